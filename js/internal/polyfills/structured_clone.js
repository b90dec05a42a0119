'use strict';
/* js/internal/polyfills/structured_clone.js: the global structuredClone(value[, options]).
 *
 * Follows the HTML structured clone algorithm as V8's serializer applies it in Node 20:
 * primitives as they are; Boolean/Number/String objects, Date, RegExp (lastIndex 0),
 * ArrayBuffer, typed arrays and DataView (sharing a cloned buffer when the source views shared
 * one), Map, Set, Error objects (name limited to the seven native ones, message, stack, cause),
 * arrays (length, holes and extra own properties) and any other object as a plain object of its
 * own enumerable string-keyed properties.  Cycles and shared references are preserved.  A
 * function, a symbol, a Promise, WeakMap, WeakSet or WeakRef throws a DataCloneError.
 *
 * Limits: `transfer` is validated but nothing is detached (Duktape cannot detach an
 * ArrayBuffer); the clone of a transferred buffer is a copy. */

var common = require('internal/polyfills/common');

var isObject = common.isObject;
var toStringTag = Object.prototype.toString;
var hasOwn = Object.prototype.hasOwnProperty;

var theGlobal = null;

var ERROR_NAMES = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
                   'TypeError', 'URIError'];

function dataCloneError(what) {
    return common.area('domexception').create(what + ' could not be cloned.', 'DataCloneError');
}

function typeError(code, message) {
    var err = new TypeError(message);
    err.code = code;
    return err;
}

/* Returns the built-in class of o ('Date', 'Uint8Array' ...) unless a Symbol.toStringTag
 * pretends to be one. */
function classOf(o) {
    if (o[Symbol.toStringTag] !== undefined && !ArrayBuffer.isView(o)) {
        return 'Object';
    }
    var t = toStringTag.call(o);
    return t.slice(8, -1);
}

function Cloner() {
    this.memo = new (common.area('collections').Map)();
}

Cloner.prototype.clone = function (value) {
    var t = typeof value;
    if (t === 'symbol') {
        throw dataCloneError(value.toString());
    }
    if (t === 'function') {
        throw dataCloneError(String(value));
    }
    if (t !== 'object' || value === null) {
        return value;
    }
    var memo = this.memo;
    if (memo.has(value)) {
        return memo.get(value);
    }
    var collections = common.area('collections');
    var out;
    var i;
    if (collections.isMap(value)) {
        out = new collections.Map();
        memo.set(value, out);
        var entries = [];
        value.forEach(function (v, k) {
            entries[entries.length] = k;
            entries[entries.length] = v;
        });
        for (i = 0; i < entries.length; i += 2) {
            out.set(this.clone(entries[i]), this.clone(entries[i + 1]));
        }
        return out;
    }
    if (collections.isSet(value)) {
        out = new collections.Set();
        memo.set(value, out);
        var items = [];
        value.forEach(function (v) {
            items[items.length] = v;
        });
        for (i = 0; i < items.length; i++) {
            out.add(this.clone(items[i]));
        }
        return out;
    }
    if (collections.isWeak(value) || isUncloneable(value)) {
        throw dataCloneError(common.describeReceiver(value));
    }
    var cls = classOf(value);
    switch (cls) {
    case 'Boolean':
        out = new Boolean(value.valueOf());
        break;
    case 'Number':
        out = new Number(value.valueOf());
        break;
    case 'String':
        out = new String(value.valueOf());
        break;
    case 'Date':
        out = new Date(value.getTime());
        break;
    case 'RegExp':
        out = new RegExp(value.source, value.flags);
        break;
    case 'ArrayBuffer':
        out = value.slice(0);
        break;
    case 'DataView':
        out = new DataView(this.clone(value.buffer), value.byteOffset, value.byteLength);
        break;
    case 'Error':
        return this.cloneError(value);
    default:
        if (ArrayBuffer.isView(value)) {
            var Ctor = value.constructor;
            out = new Ctor(this.clone(value.buffer), value.byteOffset, value.length);
            break;
        }
        return this.cloneObject(value, Array.isArray(value));
    }
    memo.set(value, out);
    return out;
};

Cloner.prototype.cloneObject = function (value, isArray) {
    var out = isArray ? new Array(value.length) : {};
    this.memo.set(value, out);
    var keys = Object.keys(value);
    for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (!hasOwn.call(value, key)) {
            continue;
        }
        out[key] = this.clone(value[key]);
    }
    return out;
};

Cloner.prototype.cloneError = function (value) {
    var name = value.name;
    var Ctor = ERROR_NAMES.indexOf(name) >= 0 ? theGlobal[name] : theGlobal.Error;
    var out = new Ctor();
    this.memo.set(value, out);
    var stack = value.stack;
    if (typeof stack === 'string') {
        common.define(out, 'stack', stack);
    }
    if (hasOwn.call(value, 'message')) {
        common.define(out, 'message', String(value.message));
    }
    if (hasOwn.call(value, 'cause')) {
        common.define(out, 'cause', this.clone(value.cause));
    }
    return out;
};

function isUncloneable(value) {
    var P = theGlobal.Promise;
    if (typeof P === 'function' && value instanceof P) {
        return true;
    }
    var tag = value[Symbol.toStringTag];
    return tag === 'WeakRef' || tag === 'FinalizationRegistry';
}

function structuredClone() {
    if (arguments.length === 0) {
        /* Node's message (its structuredClone is C++: no quotes around value). */
        throw typeError('ERR_MISSING_ARGS', 'The value argument must be specified');
    }
    var value = arguments[0];
    var options = arguments[1];
    if (options !== undefined && options !== null) {
        if (!isObject(options)) {
            throw typeError('ERR_INVALID_ARG_TYPE',
                'The options argument must be either an object or undefined');
        }
        var transfer = options.transfer;
        if (transfer !== undefined && transfer !== null) {
            if (!isObject(transfer) || typeof transfer[Symbol.iterator] !== 'function') {
                throw typeError('ERR_INVALID_ARG_TYPE',
                    'Optional transferList argument must be an iterable');
            }
        }
    }
    return new Cloner().clone(value);
}

function install(global) {
    theGlobal = global;
    common.defineGlobal(global, 'structuredClone', structuredClone, true);
}

module.exports = {
    structuredClone: structuredClone,
    install: install
};
