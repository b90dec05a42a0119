'use strict';
/* js/internal/fetch/headers.js: the Fetch standard's Headers.
 *
 * The list keeps one entry per lower-cased name with the name as first given and its values
 * (set-cookie values stay apart).  Iteration is sorted by lower-cased name with values joined by
 * ', ', each set-cookie value on its own, as undici does; inspection shows the names as given,
 * in insertion order.  A guard of 'immutable' (a fetched Response's headers) refuses changes.
 * Errors are undici's plain TypeErrors. */

var util = require('internal/webstreams/util');
var kState = util.kState;

var TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;
var INVALID_VALUE = /[\0\r\n]/;

function normalizeValue(value) {
    return String(value).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function checkName(name, context) {
    if (!TOKEN.test(name)) {
        throw new TypeError(context + ': "' + name + '" is an invalid header name.');
    }
}

function checkValue(value, context) {
    if (INVALID_VALUE.test(value)) {
        throw new TypeError(context + ': "' + value + '" is an invalid header value.');
    }
}

function headersOf(value) {
    return util.stateOf(value, 'Headers', 'Headers');
}

function checkMutable(h) {
    if (h.guard === 'immutable') throw new TypeError('immutable');
}

/* Appends without validation (the caller has checked name and value). */
function appendRaw(h, name, value) {
    var key = name.toLowerCase();
    var entry = h.map[key];
    if (entry === undefined) {
        entry = { name: name, values: [] };
        h.map[key] = entry;
        h.order.push(key);
    }
    entry.values.push(value);
}

function deleteRaw(h, key) {
    if (h.map[key] === undefined) return;
    delete h.map[key];
    h.order.splice(h.order.indexOf(key), 1);
}

function getRaw(h, key) {
    var entry = h.map[key];
    return entry === undefined ? null : entry.values.join(', ');
}

/* [[name, value]] as iteration gives them. */
function sortedPairs(h) {
    var keys = h.order.slice().sort();
    var pairs = [];
    for (var i = 0; i < keys.length; i++) {
        var entry = h.map[keys[i]];
        if (keys[i] === 'set-cookie') {
            for (var j = 0; j < entry.values.length; j++) pairs.push([keys[i], entry.values[j]]);
        } else {
            pairs.push([keys[i], entry.values.join(', ')]);
        }
    }
    return pairs;
}

function fill(h, init) {
    if (init === undefined || init === null) return;
    if (typeof init !== 'object' && typeof init !== 'function') {
        throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
                            'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
    }
    if (util.hasBrand(init, 'Headers')) {
        var pairs = init[kState].order;
        for (var k = 0; k < pairs.length; k++) {
            var entry = init[kState].map[pairs[k]];
            for (var v = 0; v < entry.values.length; v++) appendRaw(h, entry.name, entry.values[v]);
        }
        return;
    }
    var append = function (name, value) {
        name = String(name);
        value = normalizeValue(value);
        checkName(name, 'Headers.append');
        checkValue(value, 'Headers.append');
        appendRaw(h, name, value);
    };
    if (typeof init[Symbol.iterator] === 'function') {
        var list = require('internal/blob').iterableToArray(init, 'init');
        for (var i = 0; i < list.length; i++) {
            var pair = require('internal/blob').iterableToArray(list[i], 'init');
            if (pair.length !== 2) {
                throw new TypeError('Headers constructor: expected name/value pair to be ' +
                                    'length 2, found ' + pair.length + '.');
            }
            append(pair[0], pair[1]);
        }
        return;
    }
    Object.keys(init).forEach(function (name) {
        append(name, init[name]);
    });
}

function Headers(init) {
    util.requireNew(new.target, 'Headers');
    var h = { brand: 'Headers', map: Object.create(null), order: [], guard: 'none' };
    util.setState(this, h);
    fill(h, init);
}

function pairIterator(h, pick) {
    var pairs = sortedPairs(h);
    var index = 0;
    var it = {
        next: function () {
            if (index >= pairs.length) return { value: undefined, done: true };
            return { value: pick(pairs[index++]), done: false };
        }
    };
    it[Symbol.iterator] = function () { return it; };
    Object.defineProperty(it, Symbol.toStringTag, { value: 'Headers Iterator' });
    return it;
}

util.defineProto(Headers.prototype, {}, {
    append: function (name, value) {
        var h = headersOf(this);
        name = String(name);
        value = normalizeValue(value);
        checkName(name, 'Headers.append');
        checkValue(value, 'Headers.append');
        checkMutable(h);
        appendRaw(h, name, value);
    },
    'delete': function (name) {
        var h = headersOf(this);
        name = String(name);
        checkName(name, 'Headers.delete');
        checkMutable(h);
        deleteRaw(h, name.toLowerCase());
    },
    get: function (name) {
        var h = headersOf(this);
        name = String(name);
        checkName(name, 'Headers.get');
        return getRaw(h, name.toLowerCase());
    },
    getSetCookie: function () {
        var entry = headersOf(this).map['set-cookie'];
        return entry === undefined ? [] : entry.values.slice();
    },
    has: function (name) {
        var h = headersOf(this);
        name = String(name);
        checkName(name, 'Headers.has');
        return h.map[name.toLowerCase()] !== undefined;
    },
    set: function (name, value) {
        var h = headersOf(this);
        name = String(name);
        value = normalizeValue(value);
        checkName(name, 'Headers.set');
        checkValue(value, 'Headers.set');
        checkMutable(h);
        setRaw(h, name, value);
    },
    forEach: function (callback, thisArg) {
        var pairs = sortedPairs(headersOf(this));
        for (var i = 0; i < pairs.length; i++) callback.call(thisArg, pairs[i][1], pairs[i][0], this);
    },
    keys: function () {
        return pairIterator(headersOf(this), function (p) { return p[0]; });
    },
    values: function () {
        return pairIterator(headersOf(this), function (p) { return p[1]; });
    },
    entries: function () {
        return pairIterator(headersOf(this), function (p) { return p; });
    }
}, 'Headers');

Object.defineProperty(Headers.prototype, Symbol.iterator, {
    value: Headers.prototype.entries, writable: true, configurable: true
});

function setRaw(h, name, value) {
    var key = name.toLowerCase();
    if (h.map[key] !== undefined) h.map[key].values = [value];
    else appendRaw(h, name, value);
}

/* Node shows `Headers { Name: 'v1, v2' }`, names as first given. */
util.defineInspect(Headers.prototype, 'Headers', function (headers) {
    var h = headers[kState];
    var out = {};
    for (var i = 0; i < h.order.length; i++) {
        var entry = h.map[h.order[i]];
        out[entry.name] = entry.values.join(', ');
    }
    return out;
});

/* Headers for internal users: from raw [name, value, ...] pairs, with a guard. */
function createHeaders(rawPairs, guard) {
    var headers = new Headers();
    var h = headers[kState];
    for (var i = 0; rawPairs !== undefined && i < rawPairs.length; i += 2) {
        appendRaw(h, rawPairs[i], rawPairs[i + 1]);
    }
    h.guard = guard || 'none';
    return headers;
}

module.exports = {
    Headers: Headers,
    createHeaders: createHeaders,
    headersState: function (headers) { return headers[kState]; },
    appendRaw: appendRaw,
    setRaw: setRaw,
    getRaw: getRaw,
    deleteRaw: deleteRaw,
    sortedPairs: sortedPairs
};
