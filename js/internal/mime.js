'use strict';
/* js/internal/mime.js: util.MIMEType and util.MIMEParams, WHATWG MIME type parsing with Node 20's
 * positions and errors (ERR_INVALID_MIME_SYNTAX names the production, the input and, when one
 * character is to blame, its index).  Loaded on the first read of util.MIMEType or MIMEParams.
 * Each object keeps its state under a hidden key, so it inspects as `MIMEType {}` like Node's
 * private fields; a method called on anything else throws Node's private-member TypeError. */

var codes = require('internal/errors').codes;
var setName = require('internal/polyfills/common').setName;

var kState = internalBinding('util').hiddenKey('mimeState');

var NOT_TOKEN_CHAR = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
var NOT_QUOTED_STRING_CHAR = /[^\t\u0020-~\u0080-\u00ff]/;
var NOT_WHITESPACE_OR_END = /[^\r\n\t ]|$/;
var TRAILING_WHITESPACE = /[\r\n\t ]*$/;
var PARAM_NAME_END = /[;=]|$/;
var UPPER_ASCII = /[A-Z]/g;

/* Template-literal conversion: like String(), but a Symbol throws. */
function toStringValue(value) {
    if (typeof value === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
    }
    return String(value);
}

function stripTrailingWhitespace(str) {
    return str.slice(0, str.search(TRAILING_WHITESPACE));
}

function toASCIILower(str) {
    return str.replace(UPPER_ASCII, function (c) {
        return c.toLowerCase();
    });
}

function hasState(self) {
    return self !== null && (typeof self === 'object' || typeof self === 'function') &&
        self[kState] !== undefined;
}

/* Returns the state of a MIMEType, or throws the TypeError V8 gives when a class's private
 * member `field` is read (or written, when `writing`) on a foreign object. */
function typeState(self, field, writing) {
    if (!hasState(self) || !(self instanceof MIMEType)) {
        throw new TypeError('Cannot ' + (writing ? 'write' : 'read') + ' private member ' +
                            field + (writing ? ' to' : ' from') +
                            ' an object whose class did not declare it');
    }
    return self[kState];
}

function requireNew(self, Class, name) {
    if (!(self instanceof Class)) {
        throw new TypeError('Class constructor ' + name + " cannot be invoked without 'new'");
    }
}

/* Defines methods and accessors the way a class body does: not enumerable, and named. */
function defineMembers(proto, members) {
    Object.keys(members).forEach(function (name) {
        var member = members[name];
        var desc = { enumerable: false, configurable: true };
        if (typeof member === 'function') {
            desc.value = member.name ? member : setName(member, name);
            desc.writable = true;
        } else {
            desc.get = setName(member.get, 'get ' + name);
            desc.set = member.set && setName(member.set, 'set ' + name);
        }
        Object.defineProperty(proto, name, desc);
    });
}

/* ------------------------------------------------------------------------------------------ */
/* Serialising */

/* A parameter value as written in a MIME type: bare when it is a token, else quoted with '"'
 * and '\' escaped. */
function encodeParamValue(value) {
    if (value.length === 0) {
        return '""';
    }
    if (value.search(NOT_TOKEN_CHAR) === -1) {
        return value;
    }
    return '"' + value.replace(/["\\]/g, '\\$&') + '"';
}

function paramsToString(map) {
    var parts = [];
    map.forEach(function (value, name) {
        parts.push(name + '=' + encodeParamValue(value));
    });
    return parts.join(';');
}

/* ------------------------------------------------------------------------------------------ */
/* Parsing */

/* Returns the lowercase token `value` of a type or subtype, or throws ERR_INVALID_MIME_SYNTAX
 * (`production`, quoting `input`) when it is empty or has a non-token character. */
function checkedToken(value, production, input) {
    var invalidIndex = value.search(NOT_TOKEN_CHAR);
    if (value === '' || invalidIndex !== -1) {
        throw new codes.ERR_INVALID_MIME_SYNTAX(production, input, invalidIndex);
    }
    return value.toLowerCase();
}

/* Reads 'type/subtype' at the start of str (leading whitespace skipped).  Returns
 * { type, subtype, position }, position being just past the ';' that ends the subtype. */
function parseEssence(str) {
    var position = str.search(NOT_WHITESPACE_OR_END);
    var slash = str.indexOf('/', position);
    var rawType = slash === -1 ? str.slice(position) : str.slice(position, slash);
    var invalidIndex = rawType.search(NOT_TOKEN_CHAR);
    if (slash === -1 && invalidIndex === -1) {
        throw new codes.ERR_INVALID_MIME_SYNTAX('type', str, -1);
    }
    var type = checkedToken(rawType, 'type', str);
    position = slash + 1;
    var semicolon = str.indexOf(';', position);
    var rawSubtype = semicolon === -1 ? str.slice(position) : str.slice(position, semicolon);
    position += rawSubtype.length + (semicolon === -1 ? 0 : 1);
    var subtype = checkedToken(stripTrailingWhitespace(rawSubtype), 'subtype', str);
    return { type: type, subtype: subtype, position: position };
}

/* Reads a quoted-string whose opening '"' is just before `start`.  Returns { value, end }, end
 * being past the closing '"' (or the end of str); backslash escapes are undone, and a lone
 * final backslash is kept. */
function readQuotedValue(str, start) {
    var value = '';
    var i = start;
    while (i < str.length) {
        var c = str.charAt(i);
        if (c === '"') {
            i++;
            break;
        }
        if (c === '\\') {
            value += i + 1 < str.length ? str.charAt(i + 1) : '\\';
            i += 2;
        } else {
            value += c;
            i++;
        }
    }
    return { value: value, end: Math.min(i, str.length) };
}

/* Adds the parameters of str from `position` on to `map`.  As the spec says, the first of
 * several same-named parameters wins, and any with an invalid name or value, or without a
 * value, is dropped. */
function parseParameters(str, position, map) {
    var end = position + str.slice(position).search(TRAILING_WHITESPACE);
    while (position < end) {
        position += str.slice(position).search(NOT_WHITESPACE_OR_END);
        var nameEnd = position + str.slice(position).search(PARAM_NAME_END);
        var name = toASCIILower(str.slice(position, nameEnd));
        position = nameEnd;
        if (position < end) {
            var separator = str.charAt(position);
            position++;
            if (separator === ';') {
                continue;
            }
        }
        if (position >= end) {
            break;
        }
        var value;
        if (str.charAt(position) === '"') {
            var quoted = readQuotedValue(str, position + 1);
            value = quoted.value;
            position = quoted.end;
        } else {
            var valueEnd = str.indexOf(';', position);
            var rawValue = valueEnd === -1 ? str.slice(position) : str.slice(position, valueEnd);
            position += rawValue.length;
            value = stripTrailingWhitespace(rawValue);
            if (value === '') {
                continue;
            }
        }
        if (name !== '' && name.search(NOT_TOKEN_CHAR) === -1 &&
            value.search(NOT_QUOTED_STRING_CHAR) === -1 && !map.has(name)) {
            map.set(name, value);
        }
        /* Skips the ';' after a bare value, or the character after a closing quote. */
        position++;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* MIMEParams */

function MIMEParams() {
    requireNew(this, MIMEParams, 'MIMEParams');
    Object.defineProperty(this, kState, { value: { data: new Map() } });
}

/* Returns the Map of a MIMEParams; throws V8's brand-check TypeError for anything else. */
function paramsData(self) {
    if (!hasState(self) || !(self instanceof MIMEParams)) {
        throw new TypeError('Receiver must be an instance of class MIMEParams');
    }
    return self[kState].data;
}

defineMembers(MIMEParams.prototype, {
    delete: function (name) {
        paramsData(this)['delete'](toStringValue(name));
    },
    get: function (name) {
        var data = paramsData(this);
        name = toStringValue(name);
        return data.has(name) ? data.get(name) : null;
    },
    has: function (name) {
        return paramsData(this).has(toStringValue(name));
    },
    /* Sets name (kept as given, not lowercased) to value; throws ERR_INVALID_MIME_SYNTAX for a
     * name that is no token or a value with a character a quoted-string cannot hold. */
    set: function (name, value) {
        var data = paramsData(this);
        name = toStringValue(name);
        value = toStringValue(value);
        var invalidNameIndex = name.search(NOT_TOKEN_CHAR);
        if (name.length === 0 || invalidNameIndex !== -1) {
            throw new codes.ERR_INVALID_MIME_SYNTAX('parameter name', name, invalidNameIndex);
        }
        var invalidValueIndex = value.search(NOT_QUOTED_STRING_CHAR);
        if (invalidValueIndex !== -1) {
            throw new codes.ERR_INVALID_MIME_SYNTAX('parameter value', value, invalidValueIndex);
        }
        data.set(name, value);
    },
    entries: function () {
        return paramsData(this).entries();
    },
    keys: function () {
        return paramsData(this).keys();
    },
    values: function () {
        return paramsData(this).values();
    },
    toString: function () {
        return paramsToString(paramsData(this));
    }
});
defineMembers(MIMEParams.prototype, { toJSON: MIMEParams.prototype.toString });
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
    value: MIMEParams.prototype.entries, writable: true, enumerable: false, configurable: true
});

/* ------------------------------------------------------------------------------------------ */
/* MIMEType */

/* new MIMEType(input): parses String(input); throws ERR_INVALID_MIME_SYNTAX for a bad type or
 * subtype (bad parameters are dropped). */
function MIMEType(input) {
    requireNew(this, MIMEType, 'MIMEType');
    var str = toStringValue(input);
    var essence = parseEssence(str);
    var params = new MIMEParams();
    parseParameters(str, essence.position, paramsData(params));
    Object.defineProperty(this, kState, {
        value: { type: essence.type, subtype: essence.subtype, params: params }
    });
}

/* Anonymous, so that defineMembers names it 'toString' (toJSON is the same function). */
var mimeToString = function () {
    var state = typeState(this, '#type');
    var params = paramsToString(paramsData(state.params));
    return state.type + '/' + state.subtype + (params.length ? ';' + params : '');
};

/* The accessor pair of the type or subtype: the setter checks and lowercases the token, then
 * stores it (V8 names the private member `#key` in its errors). */
function tokenAccessor(key) {
    return {
        get: function () {
            return typeState(this, '#' + key)[key];
        },
        set: function (value) {
            value = toStringValue(value);
            var token = checkedToken(value, key, value);
            typeState(this, '#' + key, true)[key] = token;
        }
    };
}

defineMembers(MIMEType.prototype, {
    type: tokenAccessor('type'),
    subtype: tokenAccessor('subtype'),
    essence: {
        get: function () {
            var state = typeState(this, '#type');
            return state.type + '/' + state.subtype;
        }
    },
    params: {
        get: function () {
            return typeState(this, '#parameters').params;
        }
    },
    toString: mimeToString,
    toJSON: mimeToString
});

module.exports = {
    MIMEType: MIMEType,
    MIMEParams: MIMEParams
};
