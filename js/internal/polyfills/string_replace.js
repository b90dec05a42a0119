'use strict';
/* js/internal/polyfills/string_replace.js: String.prototype.replace with a global RegExp and a
 * replacer function, made re-entrant.
 *
 * Duktape's replace finds the next match through the regex's lastIndex after each call of the
 * replacer, so a replacer that uses the same regex (highlight.js's recurRegex nests replace with
 * one /<@@@>/g) resets lastIndex and the outer loop starts over, until the result overflows
 * ('buffer too long').  The spec collects every match before calling the replacer; restoring
 * lastIndex around each call gives the same result.  Every other call goes to the native. */

var common = require('internal/polyfills/common');

var nativeReplace = String.prototype.replace;

function replace(pattern, replacement) {
    if (typeof replacement !== 'function' || !(pattern instanceof RegExp) || !pattern.global) {
        return nativeReplace.call(this, pattern, replacement);
    }
    return nativeReplace.call(this, pattern, function () {
        var lastIndex = pattern.lastIndex;
        try {
            return replacement.apply(undefined, arguments);
        } finally {
            pattern.lastIndex = lastIndex;
        }
    });
}

function install() {
    common.define(String.prototype, 'replace', replace);
}

module.exports = {
    install: install
};
