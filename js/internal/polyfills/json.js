'use strict';
/* js/internal/polyfills/json.js: JSON.parse errors in V8's words.
 *
 * Duktape's parser says "invalid json (at offset N)" for every malformed text; Node's users see
 * V8's messages ("Unexpected end of JSON input", "Expected ',' or '}' after property value in
 * JSON at position 7", "Unexpected token 'x', "[1,x]" is not valid JSON" ...), and programs and
 * tests print or match them.  JSON.parse stays Duktape's; when it fails, the text is scanned
 * again the way V8's JsonParser reads it (src/json/json-parser.cc) to find the first error, its
 * position and the message V8 gives for it. */

var common = require('internal/polyfills/common');

var nativeParse = JSON.parse;

/* V8's messages for text that starts with a token no value starts with. */
var SPECIAL = { 'NaN': true, 'Infinity': true, 'undefined': true, '[object Object]': true };
var CONTEXT = 10; /* kMaxContextCharacters */

function JsonError(message) {
    this.message = message;
}

function Scanner(text) {
    this.s = text;
    this.i = 0;
}

function isSpace(c) {
    return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

function isDigit(c) {
    return c >= '0' && c <= '9';
}

Scanner.prototype.skip = function () {
    while (this.i < this.s.length && isSpace(this.s[this.i])) {
        this.i++;
    }
    return this.i < this.s.length ? this.s[this.i] : '';
};

/* The message of an unexpected token at i with no better one (LookUpErrorMessageForJsonToken). */
Scanner.prototype.unexpected = function (i) {
    var s = this.s;
    if (i >= s.length) {
        return new JsonError('Unexpected end of JSON input');
    }
    var c = s[i];
    if (isDigit(c) || c === '-') {
        return new JsonError('Unexpected number in JSON at position ' + i);
    }
    if (c === '"') {
        return new JsonError('Unexpected string in JSON at position ' + i);
    }
    if (SPECIAL[s] === true) {
        return new JsonError('"' + s + '" is not valid JSON');
    }
    if (s.length <= 2 * CONTEXT + 1) {
        return new JsonError("Unexpected token '" + c + "', \"" + s + '" is not valid JSON');
    }
    var msg = "Unexpected token '" + c + "', ";
    if (i < CONTEXT) {
        msg += '"' + s.slice(0, i + CONTEXT) + '"...';
    } else if (i < s.length - CONTEXT) {
        msg += '..."' + s.slice(i - CONTEXT, i + CONTEXT) + '"...';
    } else {
        msg += '..."' + s.slice(i - CONTEXT) + '"';
    }
    return new JsonError(msg + ' is not valid JSON');
};

Scanner.prototype.expected = function (what) {
    return new JsonError(what + ' in JSON at position ' + this.i);
};

Scanner.prototype.string = function () {
    var s = this.s;
    for (var i = this.i + 1; i < s.length; i++) {
        var c = s.charCodeAt(i);
        if (c === 0x22) {
            this.i = i + 1;
            return null;
        }
        if (c < 0x20) {
            return new JsonError('Bad control character in string literal in JSON at position ' +
                i);
        }
        if (c === 0x5c) {
            i++;
            if (i >= s.length) {
                return this.unexpected(i);
            }
            var e = s[i];
            if (e === 'u') {
                for (var k = 1; k <= 4; k++) {
                    if (!/[0-9a-fA-F]/.test(s[i + k] || '')) {
                        return new JsonError('Bad Unicode escape in JSON at position ' +
                            (i + k));
                    }
                }
                i += 4;
            } else if ('"\\/bfnrt'.indexOf(e) === -1) {
                return new JsonError('Bad escaped character in JSON at position ' + i);
            }
        }
    }
    return new JsonError('Unterminated string in JSON at position ' + s.length);
};

Scanner.prototype.number = function () {
    var s = this.s;
    var i = this.i;
    if (s[i] === '-') {
        i++;
        if (!isDigit(s[i] || '')) {
            return new JsonError('No number after minus sign in JSON at position ' + i);
        }
    }
    if (s[i] === '0') {
        i++;
        if (isDigit(s[i] || '')) {
            return this.unexpected(i);
        }
    } else {
        while (isDigit(s[i] || '')) {
            i++;
        }
    }
    if (s[i] === '.') {
        i++;
        if (!isDigit(s[i] || '')) {
            return new JsonError('Unterminated fractional number in JSON at position ' + i);
        }
        while (isDigit(s[i] || '')) {
            i++;
        }
    }
    if (s[i] === 'e' || s[i] === 'E') {
        i++;
        if (s[i] === '+' || s[i] === '-') {
            i++;
        }
        if (!isDigit(s[i] || '')) {
            return new JsonError('Exponent part is missing a number in JSON at position ' + i);
        }
        while (isDigit(s[i] || '')) {
            i++;
        }
    }
    this.i = i;
    return null;
};

Scanner.prototype.literal = function (word) {
    for (var k = 0; k < word.length; k++) {
        if (this.s[this.i + k] !== word[k]) {
            return this.unexpected(this.i + k);
        }
    }
    this.i += word.length;
    return null;
};

Scanner.prototype.value = function () {
    var c = this.skip();
    if (c === '"') {
        return this.string();
    }
    if (c === '-' || isDigit(c)) {
        return this.number();
    }
    if (c === 't') {
        return this.literal('true');
    }
    if (c === 'f') {
        return this.literal('false');
    }
    if (c === 'n') {
        return this.literal('null');
    }
    if (c === '[') {
        return this.array();
    }
    if (c === '{') {
        return this.object();
    }
    return this.unexpected(this.i);
};

Scanner.prototype.array = function () {
    this.i++;
    if (this.skip() === ']') {
        this.i++;
        return null;
    }
    for (;;) {
        var err = this.value();
        if (err !== null) {
            return err;
        }
        var c = this.skip();
        if (c === ']') {
            this.i++;
            return null;
        }
        if (c !== ',') {
            return this.expected("Expected ',' or ']' after array element");
        }
        this.i++;
    }
};

/* The first property's name and colon have their own messages; a later property's colon has
 * none (V8 passes no message there). */
Scanner.prototype.object = function () {
    this.i++;
    if (this.skip() === '}') {
        this.i++;
        return null;
    }
    for (var first = true; ; first = false) {
        if (this.skip() !== '"') {
            return this.expected(first ? "Expected property name or '}'" :
                'Expected double-quoted property name');
        }
        var err = this.string();
        if (err !== null) {
            return err;
        }
        if (this.skip() !== ':') {
            return first ? this.expected("Expected ':' after property name") :
                this.unexpected(this.i);
        }
        this.i++;
        err = this.value();
        if (err !== null) {
            return err;
        }
        var c = this.skip();
        if (c === '}') {
            this.i++;
            return null;
        }
        if (c !== ',') {
            return this.expected("Expected ',' or '}' after property value");
        }
        this.i++;
    }
};

/* V8's message for malformed text, or null if this scanner finds the text well formed. */
function v8Message(text) {
    var sc = new Scanner(text);
    var err = sc.value();
    if (err === null && sc.skip() !== '') {
        err = new JsonError('Unexpected non-whitespace character after JSON at position ' +
            sc.i);
    }
    return err === null ? null : err.message;
}

/* No `arguments` here: in Duktape a function that uses it builds an arguments object on every
 * call (JSON.parse of a small text cost 60% more). */
function parse(text, reviver) {
    try {
        return nativeParse(text, reviver);
    } catch (e) {
        if (e instanceof SyntaxError && /^invalid json/.test(e.message)) {
            var msg = v8Message(String(text));
            if (msg !== null) {
                e.message = msg;
            }
        }
        throw e;
    }
}

function install() {
    common.define(JSON, 'parse', common.setLength(parse, 2));
}

module.exports = {
    install: install
};
