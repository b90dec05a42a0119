'use strict';
/* js/internal/polyfills/string_replace.js: String.prototype.replace with a global RegExp and a
 * replacer function, made re-entrant, and replace and match with named groups.
 *
 * Duktape's replace finds the next match through the regex's lastIndex after each call of the
 * replacer, so a replacer that uses the same regex (highlight.js's recurRegex nests replace with
 * one /<@@@>/g) resets lastIndex and the outer loop starts over, until the result overflows
 * ('buffer too long').  The spec collects every match before calling the replacer; restoring
 * lastIndex after each call gives the same result (an exception from the replacer ends the
 * replace anyway).  A regex with named groups ($nd.re) has its $<name> references and the
 * replacer's groups argument added, and match() with one gets its exec's .groups.  Every other
 * call goes to the native. */

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

/* Where a regex with named groups keeps them ($nd.re.NAMES, a registered symbol: reading $nd
 * here would load the lowering helpers for every script that calls replace). */
var namesKey = Symbol['for']('nodule.groupNames');

/* For a regex with named groups ([name, index, ...]): a replacement string with $<name> in
 * the numbered form ($01) Duktape knows, or a replacer that also gets the groups object. */
function withNames(replacement, names) {
    if (typeof replacement === 'function') {
        return function () {
            var args = Array.prototype.slice.call(arguments);
            var groups = Object.create(null);
            for (var i = 0; i < names.length; i += 2) {
                groups[names[i]] = args[names[i + 1]];
            }
            args.push(groups);
            return replacement.apply(undefined, args);
        };
    }
    return String(replacement).replace(/\$\$|\$<([^>]*)>/g, function (m, name) {
        if (name === undefined) {
            return m;
        }
        for (var i = 0; i < names.length; i += 2) {
            if (names[i] === name) {
                return names[i + 1] < 10 ? '$0' + names[i + 1] : '$' + names[i + 1];
            }
        }
        return '';
    });
}

/* Reading the global RegExp loads its polyfill area, so a string pattern, or a replacement
 * that is no function, gets to the native without it. */
function replace(pattern, replacement) {
    if (typeof pattern !== 'object' || pattern === null) {
        return nativeReplace.call(this, pattern, replacement);
    }
    var names = pattern[namesKey];
    if (names !== undefined) {
        replacement = withNames(replacement, names);
    }
    if (typeof replacement !== 'function' || !(pattern instanceof RegExp) || !pattern.global) {
        return nativeReplace.call(this, pattern, replacement);
    }
    return nativeReplace.call(this, pattern, guarded(pattern, replacement));
}

var nativeMatch = String.prototype.match;

/* match with a non-global regex is its exec, which for one with named groups adds .groups */
function match(pattern) {
    if (typeof pattern === 'object' && pattern !== null && pattern[namesKey] !== undefined &&
        !pattern.global) {
        return pattern.exec(String(this));
    }
    return nativeMatch.apply(this, arguments);
}

function install() {
    common.define(String.prototype, 'replace', replace);
    common.define(String.prototype, 'match', match);
}

module.exports = {
    install: install
};
