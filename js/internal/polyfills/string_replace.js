'use strict';
/* js/internal/polyfills/string_replace.js: String.prototype.replace with a global RegExp and a
 * replacer function, made re-entrant.
 *
 * Duktape's replace finds the next match through the regex's lastIndex after each call of the
 * replacer, so a replacer that uses the same regex (highlight.js's recurRegex nests replace with
 * one /<@@@>/g) resets lastIndex and the outer loop starts over, until the result overflows
 * ('buffer too long').  The spec collects every match before calling the replacer; restoring
 * lastIndex after each call gives the same result (an exception from the replacer ends the
 * replace anyway).  Every other call goes to the native. */

var common = require('internal/polyfills/common');

var nativeReplace = String.prototype.replace;

/* Capturing groups of a regex, cached by source: the replacer's arguments are the match, one
 * per group, the offset and the string. */
var groupCounts = Object.create(null);
var groupCountsSize = 0;

function groupCount(pattern) {
    var source = pattern.source;
    var n = groupCounts[source];
    if (n === undefined) {
        /* with the regex's flags but g/y: a u-only source parses as written (the number of
         * groups does not depend on the flags) */
        var flags = pattern.flags.replace(/[gy]/g, '');
        n = new RegExp('(?:' + source + ')|', flags).exec('').length - 1;
        if (groupCountsSize++ > 500) {
            groupCounts = Object.create(null);
            groupCountsSize = 0;
        }
        groupCounts[source] = n;
    }
    return n;
}

/* The replacer, called so that lastIndex is what it was before.  The common arities call it
 * with their arguments by name: in Duktape, `arguments` and apply cost some 6,000 instructions
 * a call, and a replacer runs once per match. */
function guarded(pattern, replacement) {
    switch (groupCount(pattern)) {
    case 0:
        return function (m, offset, string) {
            var lastIndex = pattern.lastIndex;
            var result = replacement(m, offset, string);
            pattern.lastIndex = lastIndex;
            return result;
        };
    case 1:
        return function (m, p1, offset, string) {
            var lastIndex = pattern.lastIndex;
            var result = replacement(m, p1, offset, string);
            pattern.lastIndex = lastIndex;
            return result;
        };
    case 2:
        return function (m, p1, p2, offset, string) {
            var lastIndex = pattern.lastIndex;
            var result = replacement(m, p1, p2, offset, string);
            pattern.lastIndex = lastIndex;
            return result;
        };
    default:
        return function () {
            var lastIndex = pattern.lastIndex;
            var result = replacement.apply(undefined, arguments);
            pattern.lastIndex = lastIndex;
            return result;
        };
    }
}

function replace(pattern, replacement) {
    if (typeof replacement !== 'function' || !(pattern instanceof RegExp) || !pattern.global) {
        return nativeReplace.call(this, pattern, replacement);
    }
    return nativeReplace.call(this, pattern, guarded(pattern, replacement));
}

function install() {
    common.define(String.prototype, 'replace', replace);
}

module.exports = {
    install: install
};
