'use strict';
/* js/internal/polyfills/object.js: Object statics of ES2015-ES2022.
 *
 * Object.entries, values, fromEntries, getOwnPropertyDescriptors and hasOwn.  Duktape's
 * Object.assign copies no symbol-keyed properties: it is wrapped so each source's enumerable own
 * symbols are copied after its strings, in the spec's order.  Object.is is Duktape's (correct). */

var common = require('internal/polyfills/common');

var toObject = common.toObject;
var hasOwnProperty = Object.prototype.hasOwnProperty;
var propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
var getOwnPropertySymbols = Object.getOwnPropertySymbols;
var nativeAssign = Object.assign;

function entries(O) {
    var obj = toObject(O);
    var keys = Object.keys(obj);
    var result = [];
    for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        /* A getter met earlier may have deleted or hidden this key. */
        if (propertyIsEnumerable.call(obj, key)) {
            result[result.length] = [key, obj[key]];
        }
    }
    return result;
}

function values(O) {
    var obj = toObject(O);
    var keys = Object.keys(obj);
    var result = [];
    for (var i = 0; i < keys.length; i++) {
        if (propertyIsEnumerable.call(obj, keys[i])) {
            result[result.length] = obj[keys[i]];
        }
    }
    return result;
}

function fromEntries(iterable) {
    if (iterable === null || iterable === undefined) {
        /* V8 says 'undefined' for null too. */
        throw new TypeError('undefined is not iterable');
    }
    var obj = {};
    common.forOf(iterable, function (entry) {
        if (!common.isObject(entry)) {
            throw new TypeError('Iterator value ' + (typeof entry === 'symbol' ?
                entry.toString() : String(entry)) + ' is not an entry object');
        }
        var k = entry[0];
        var v = entry[1];
        Object.defineProperty(obj, typeof k === 'symbol' ? k : String(k), {
            value: v, writable: true, enumerable: true, configurable: true
        });
    });
    return obj;
}

function getOwnPropertyDescriptors(O) {
    var obj = toObject(O);
    var keys = Reflect.ownKeys(obj);
    var descriptors = {};
    for (var i = 0; i < keys.length; i++) {
        var desc = Object.getOwnPropertyDescriptor(obj, keys[i]);
        if (desc !== undefined) {
            Object.defineProperty(descriptors, keys[i], {
                value: desc, writable: true, enumerable: true, configurable: true
            });
        }
    }
    return descriptors;
}

function hasOwn(O, P) {
    return hasOwnProperty.call(toObject(O), P);
}

function assign(target, firstSource) {
    var to = toObject(target);
    for (var i = 1; i < arguments.length; i++) {
        var source = arguments[i];
        if (source === null || source === undefined) {
            continue;
        }
        nativeAssign(to, source);
        var from = Object(source);
        var syms = getOwnPropertySymbols(from);
        for (var j = 0; j < syms.length; j++) {
            if (propertyIsEnumerable.call(from, syms[j])) {
                to[syms[j]] = from[syms[j]];
            }
        }
    }
    return to;
}

/* Returns true when the native Object.assign copies symbol-keyed properties. */
function assignCopiesSymbols() {
    var s = Symbol('probe');
    var src = {};
    src[s] = 1;
    return nativeAssign({}, src)[s] === 1;
}

/* Installs the statics on Object. */
function install(global) {
    common.defineMissing(Object, {
        entries: entries,
        values: values,
        fromEntries: fromEntries,
        getOwnPropertyDescriptors: getOwnPropertyDescriptors,
        hasOwn: hasOwn
    });
    if (typeof nativeAssign !== 'function') {
        nativeAssign = function (to, source) {
            var from = Object(source);
            var keys = Object.keys(from);
            for (var k = 0; k < keys.length; k++) {
                to[keys[k]] = from[keys[k]];
            }
        };
        common.define(Object, 'assign', assign);
    } else if (!assignCopiesSymbols()) {
        common.define(Object, 'assign', assign);
    }
}

module.exports = {
    install: install
};
