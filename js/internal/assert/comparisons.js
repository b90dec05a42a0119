'use strict';
/* js/internal/assert/comparisons.js: deep equality for assert.deepEqual/deepStrictEqual and
 * util.isDeepStrictEqual, with Node 20's rules (Node's internal/util/comparisons).
 *
 * Strict mode compares with Object.is, requires the same prototype and the same
 * Object.prototype.toString tag, and counts enumerable own symbols; loose mode compares
 * primitives with == (NaN equal to NaN) and ignores prototypes.  Both compare Dates by time,
 * RegExps by source/flags/lastIndex, errors by name and message, boxed primitives by value,
 * typed arrays and ArrayBuffers by bytes (loose Float arrays by element), Sets and Maps by
 * content whatever the order (objects matched pairwise), URLs by href, arrays including holes,
 * and own enumerable keys whatever their order.  Cycles are handled with per-pair memos.
 * Map and Set are whatever the runtime provides (the polyfills carry Node's toStringTag). */

var types = require('internal/util/inspect').types;
var isDate = types.isDate;
var isRegExp = types.isRegExp;
var isNativeError = types.isNativeError;
var isArrayBufferView = types.isArrayBufferView;
var isAnyArrayBuffer = types.isAnyArrayBuffer;
var isBoxedPrimitive = types.isBoxedPrimitive;
var isNumberObject = types.isNumberObject;
var isStringObject = types.isStringObject;
var isBooleanObject = types.isBooleanObject;
var isBigIntObject = types.isBigIntObject;
var isSymbolObject = types.isSymbolObject;
var isMap = types.isMap;
var isSet = types.isSet;
var typedArrayName = types.typedArrayName;

var hasOwn = Object.prototype.hasOwnProperty;
var propertyIsEnumerable = Object.prototype.propertyIsEnumerable;
var objectToString = Object.prototype.toString;

var K_NO_ITERATOR = 0;
var K_IS_ARRAY = 1;
var K_IS_SET = 2;
var K_IS_MAP = 3;

function objectIs(a, b) {
    if (a === b) return a !== 0 || 1 / a === 1 / b;
    return a !== a && b !== b;
}

function isNaNValue(v) {
    return typeof v === 'number' && v !== v;
}

function isIndexKey(key) {
    return /^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 4294967295;
}

/* Own enumerable keys that are not array indices (enumerable symbols too in strict mode). */
function nonIndexKeys(value, strict) {
    var keys = Object.keys(value).filter(function (k) { return !isIndexKey(k); });
    return strict ? keys.concat(enumerableSymbols(value)) : keys;
}

function enumerableSymbols(value) {
    if (typeof Object.getOwnPropertySymbols !== 'function') return [];
    return Object.getOwnPropertySymbols(value).filter(function (s) {
        return propertyIsEnumerable.call(value, s);
    });
}

function areSimilarRegExps(a, b) {
    return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
}

function bytesOf(view) {
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function equalBytes(a, b) {
    if (a.length !== b.length) return false;
    for (var i = 0; i < a.length; i++) {
        if (a[i] !== b[i]) return false;
    }
    return true;
}

/* Loose Float arrays compare by element (so -0 equals 0 and NaN never equals NaN). */
function areSimilarFloatArrays(a, b) {
    if (a.byteLength !== b.byteLength) return false;
    for (var offset = 0; offset < a.byteLength; offset++) {
        if (a[offset] !== b[offset]) return false;
    }
    return true;
}

function areSimilarTypedArrays(a, b) {
    if (a.byteLength !== b.byteLength) return false;
    return equalBytes(bytesOf(a), bytesOf(b));
}

function areEqualArrayBuffers(a, b) {
    return a.byteLength === b.byteLength && equalBytes(new Uint8Array(a), new Uint8Array(b));
}

function isEqualBoxedPrimitive(a, b) {
    if (isNumberObject(a)) {
        return isNumberObject(b) && objectIs(Number.prototype.valueOf.call(a),
                                             Number.prototype.valueOf.call(b));
    }
    if (isStringObject(a)) {
        return isStringObject(b) && String.prototype.valueOf.call(a) ===
                                    String.prototype.valueOf.call(b);
    }
    if (isBooleanObject(a)) {
        return isBooleanObject(b) && Boolean.prototype.valueOf.call(a) ===
                                     Boolean.prototype.valueOf.call(b);
    }
    if (isBigIntObject(a)) {
        return isBigIntObject(b) && BigInt.prototype.valueOf.call(a) ===
                                    BigInt.prototype.valueOf.call(b);
    }
    if (isSymbolObject(a)) {
        return isSymbolObject(b) && Symbol.prototype.valueOf.call(a) ===
                                    Symbol.prototype.valueOf.call(b);
    }
    return false;
}

/* Compares a non-enumerable error field (message, name, cause, errors); an enumerable one
 * must be enumerable on both sides and is left to keyCheck. */
function sameErrorField(val1, val2, key, strict, memos) {
    var enumerable = propertyIsEnumerable.call(val1, key);
    if (enumerable !== propertyIsEnumerable.call(val2, key)) return false;
    if (enumerable) return true;
    if (key === 'message' || key === 'name') return val1[key] === val2[key];
    return innerDeepEqual(val1[key], val2[key], strict, memos);
}

/* Whether v is a WHATWG URL (the url module is loaded only once a URL has been seen). */
function isURL(v) {
    return require('internal/url').isURL(v);
}

function isErrorLike(v) {
    return isNativeError(v) || v instanceof Error;
}

function isFloatArray(v) {
    var name = typedArrayName(v);
    return name === 'Float32Array' || name === 'Float64Array';
}

/* Compares two values; memos tracks the pairs being compared to stop at cycles. */
function innerDeepEqual(val1, val2, strict, memos) {
    if (val1 === val2) {
        return val1 !== 0 || objectIs(val1, val2) || !strict;
    }
    if (strict) {
        if (typeof val1 !== 'object') {
            return isNaNValue(val1) && isNaNValue(val2);
        }
        if (typeof val2 !== 'object' || val1 === null || val2 === null) return false;
        if (Object.getPrototypeOf(val1) !== Object.getPrototypeOf(val2)) return false;
    } else {
        if (val1 === null || typeof val1 !== 'object') {
            if (val2 === null || typeof val2 !== 'object') {
                /* eslint-disable-next-line eqeqeq */
                return val1 == val2 || (isNaNValue(val1) && isNaNValue(val2));
            }
            return false;
        }
        if (val2 === null || typeof val2 !== 'object') return false;
    }
    var tag1 = objectToString.call(val1);
    var tag2 = objectToString.call(val2);
    if (tag1 !== tag2) return false;

    var keys1;
    var keys2;
    if (Array.isArray(val1)) {
        if (!Array.isArray(val2) || val1.length !== val2.length) return false;
        keys1 = nonIndexKeys(val1, strict);
        keys2 = nonIndexKeys(val2, strict);
        if (keys1.length !== keys2.length) return false;
        return keyCheck(val1, val2, strict, memos, K_IS_ARRAY, keys1);
    } else if (tag1 === '[object Object]') {
        return keyCheck(val1, val2, strict, memos, K_NO_ITERATOR);
    } else if (isDate(val1)) {
        if (!isDate(val2) || Date.prototype.getTime.call(val1) !==
                             Date.prototype.getTime.call(val2)) {
            return false;
        }
    } else if (isRegExp(val1)) {
        if (!isRegExp(val2) || !areSimilarRegExps(val1, val2)) return false;
    } else if (isErrorLike(val1)) {
        /* The stack is not compared: it differs between otherwise equal errors.  message,
         * name, cause and errors are, unless they are enumerable (then keyCheck does it). */
        if (!isErrorLike(val2) || !sameErrorField(val1, val2, 'message', strict, memos) ||
            !sameErrorField(val1, val2, 'name', strict, memos) ||
            !sameErrorField(val1, val2, 'cause', strict, memos) ||
            !sameErrorField(val1, val2, 'errors', strict, memos)) {
            return false;
        }
    } else if (isArrayBufferView(val1)) {
        if (!isArrayBufferView(val2) || typedArrayName(val1) !== typedArrayName(val2)) {
            return false;
        }
        if (!strict && isFloatArray(val1)) {
            if (!areSimilarFloatArrays(val1, val2)) return false;
        } else if (!areSimilarTypedArrays(val1, val2)) {
            return false;
        }
        keys1 = nonIndexKeys(val1, strict);
        keys2 = nonIndexKeys(val2, strict);
        if (keys1.length !== keys2.length) return false;
        return keyCheck(val1, val2, strict, memos, K_NO_ITERATOR, keys1);
    } else if (isSet(val1)) {
        if (!isSet(val2) || val1.size !== val2.size) return false;
        return keyCheck(val1, val2, strict, memos, K_IS_SET);
    } else if (isMap(val1)) {
        if (!isMap(val2) || val1.size !== val2.size) return false;
        return keyCheck(val1, val2, strict, memos, K_IS_MAP);
    } else if (isAnyArrayBuffer(val1)) {
        if (!isAnyArrayBuffer(val2) || !areEqualArrayBuffers(val1, val2)) return false;
    } else if (isBoxedPrimitive(val1)) {
        if (!isEqualBoxedPrimitive(val1, val2)) return false;
    } else if (tag1 === '[object URL]' && isURL(val1)) {
        /* URLs keep their state privately: they compare by href. */
        if (!isURL(val2) || val1.href !== val2.href) return false;
    } else if (Array.isArray(val2) || isArrayBufferView(val2) || isSet(val2) || isMap(val2) ||
               isDate(val2) || isRegExp(val2) || isAnyArrayBuffer(val2) ||
               isBoxedPrimitive(val2) || isErrorLike(val2)) {
        return false;
    }
    return keyCheck(val1, val2, strict, memos, K_NO_ITERATOR);
}

/* Compares own enumerable keys (given for arrays and typed arrays, which have them counted
 * already), then hands over to objEquiv.  Cycles: the first pair and the first nested pair are
 * remembered in the memo itself; past that a set of every object on the current path is kept,
 * and a pair whose two objects are both on it already counts as equal (Node 20's rule, which
 * makes structurally equivalent cyclic graphs equal). */
function keyCheck(val1, val2, strict, memos, iterationType, aKeys) {
    var i;
    var isArrayLike = aKeys !== undefined;
    if (aKeys === undefined) aKeys = Object.keys(val1);
    for (i = 0; i < aKeys.length; i++) {
        if (!propertyIsEnumerable.call(val2, aKeys[i])) return false;
    }
    if (!isArrayLike) {
        if (aKeys.length !== Object.keys(val2).length) return false;
        if (strict && typeof Object.getOwnPropertySymbols === 'function') {
            var symbolsA = Object.getOwnPropertySymbols(val1);
            if (symbolsA.length !== 0) {
                var count = 0;
                for (i = 0; i < symbolsA.length; i++) {
                    var key = symbolsA[i];
                    if (propertyIsEnumerable.call(val1, key)) {
                        if (!propertyIsEnumerable.call(val2, key)) return false;
                        aKeys.push(key);
                        count++;
                    } else if (propertyIsEnumerable.call(val2, key)) {
                        return false;
                    }
                }
                var symbolsB = Object.getOwnPropertySymbols(val2);
                if (symbolsA.length !== symbolsB.length &&
                    enumerableSymbols(val2).length !== count) {
                    return false;
                }
            } else if (enumerableSymbols(val2).length !== 0) {
                return false;
            }
        }
    }

    if (aKeys.length === 0 &&
        (iterationType === K_NO_ITERATOR ||
         (iterationType === K_IS_ARRAY && val1.length === 0) ||
         val1.size === 0)) {
        return true;
    }

    if (memos === undefined) {
        memos = { set: undefined, a: val1, b: val2, c: undefined, d: undefined, deep: false };
        return objEquiv(val1, val2, strict, aKeys, memos, iterationType);
    }
    if (memos.set === undefined) {
        if (memos.deep === false) {
            if (memos.a === val1 && memos.b === val2) return true;
            memos.c = val1;
            memos.d = val2;
            memos.deep = true;
            var result = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
            memos.deep = false;
            return result;
        }
        memos.set = newIdentitySet();
        memos.set.add(memos.a);
        memos.set.add(memos.b);
        memos.set.add(memos.c);
        memos.set.add(memos.d);
    }
    var set = memos.set;
    var originalSize = set.size();
    set.add(val1);
    set.add(val2);
    if (originalSize === set.size()) return true;
    var areEq = objEquiv(val1, val2, strict, aKeys, memos, iterationType);
    set.remove(val1);
    set.remove(val2);
    return areEq;
}

/* A set of objects by identity: a Set when the runtime has one. */
function newIdentitySet() {
    if (typeof Set === 'function') {
        var native = new Set();
        return {
            add: function (v) { native.add(v); },
            remove: function (v) { native['delete'](v); },
            size: function () { return native.size; }
        };
    }
    var items = [];
    return {
        add: function (v) { if (items.indexOf(v) === -1) items.push(v); },
        remove: function (v) {
            var i = items.indexOf(v);
            if (i !== -1) items.splice(i, 1);
        },
        size: function () { return items.length; }
    };
}

function toArray(collection) {
    var out = [];
    collection.forEach(function (v, k) { out.push([k, v]); });
    return out;
}

/* Removes and reports the first element of list deep-equal to val. */
function takeEqualElement(list, val, strict, memo) {
    for (var i = 0; i < list.length; i++) {
        if (innerDeepEqual(val, list[i], strict, memo)) {
            list.splice(i, 1);
            return true;
        }
    }
    return false;
}

/* For a primitive missing from the other collection in loose mode: null or undefined to look
 * up instead (undefined <-> null), or true/false when the answer is known already. */
function findLooseMatchingPrimitives(prim) {
    switch (typeof prim) {
    case 'undefined':
        return null;
    case 'object':
        return undefined;
    case 'symbol':
        return false;
    case 'string':
        prim = +prim;
        /* falls through */
    case 'number':
        if (prim !== prim) return false;
    }
    return true;
}

function setMightHaveLoosePrim(a, b, prim) {
    var alt = findLooseMatchingPrimitives(prim);
    if (alt != null) return alt;
    return b.has(alt) && !a.has(alt);
}

function mapMightHaveLoosePrim(a, b, prim, item, memo) {
    var alt = findLooseMatchingPrimitives(prim);
    if (alt != null) return alt;
    var curB = b.get(alt);
    if ((curB === undefined && !b.has(alt)) || !innerDeepEqual(item, curB, false, memo)) {
        return false;
    }
    return !a.has(alt) && innerDeepEqual(item, curB, false, memo);
}

function setEquiv(a, b, strict, memo) {
    var pending = null;
    var entriesA = toArray(a);
    var i;
    for (i = 0; i < entriesA.length; i++) {
        var val = entriesA[i][1];
        if (typeof val === 'object' && val !== null) {
            if (pending === null) pending = [];
            pending.push(val);
        } else if (!b.has(val)) {
            if (strict) return false;
            if (!setMightHaveLoosePrim(a, b, val)) return false;
            if (pending === null) pending = [];
            pending.push(val);
        }
    }
    if (pending !== null) {
        var entriesB = toArray(b);
        for (i = 0; i < entriesB.length; i++) {
            var v = entriesB[i][1];
            if (typeof v === 'object' && v !== null) {
                if (!takeEqualElement(pending, v, strict, memo)) return false;
            } else if (!strict && !a.has(v) && !takeEqualElement(pending, v, strict, memo)) {
                return false;
            }
        }
        return pending.length === 0;
    }
    return true;
}

/* Removes from keys the first key deep-equal to key1 whose value in map matches item1. */
function takeEqualEntry(keys, map, key1, item1, strict, memo) {
    for (var i = 0; i < keys.length; i++) {
        var key2 = keys[i];
        if (innerDeepEqual(key1, key2, strict, memo) &&
            innerDeepEqual(item1, map.get(key2), strict, memo)) {
            keys.splice(i, 1);
            return true;
        }
    }
    return false;
}

function mapEquiv(a, b, strict, memo) {
    var pending = null;
    var entriesA = toArray(a);
    var i;
    for (i = 0; i < entriesA.length; i++) {
        var key = entriesA[i][0];
        var item1 = entriesA[i][1];
        if (typeof key === 'object' && key !== null) {
            if (pending === null) pending = [];
            pending.push(key);
        } else {
            var item2 = b.get(key);
            if ((item2 === undefined && !b.has(key)) ||
                !innerDeepEqual(item1, item2, strict, memo)) {
                if (strict) return false;
                if (!mapMightHaveLoosePrim(a, b, key, item1, memo)) return false;
                if (pending === null) pending = [];
                pending.push(key);
            }
        }
    }
    if (pending !== null) {
        var entriesB = toArray(b);
        for (i = 0; i < entriesB.length; i++) {
            var k = entriesB[i][0];
            var item = entriesB[i][1];
            if (typeof k === 'object' && k !== null) {
                if (!takeEqualEntry(pending, a, k, item, strict, memo)) return false;
            } else if (!strict && (!a.has(k) || !innerDeepEqual(a.get(k), item, false, memo)) &&
                       !takeEqualEntry(pending, a, k, item, false, memo)) {
                return false;
            }
        }
        return pending.length === 0;
    }
    return true;
}

function objEquiv(a, b, strict, keys, memos, iterationType) {
    var i;
    for (i = 0; i < keys.length; i++) {
        if (!innerDeepEqual(a[keys[i]], b[keys[i]], strict, memos)) return false;
    }
    if (iterationType === K_IS_ARRAY) {
        for (i = 0; i < a.length; i++) {
            if (hasOwn.call(a, i)) {
                if (!hasOwn.call(b, i) || !innerDeepEqual(a[i], b[i], strict, memos)) {
                    return false;
                }
            } else if (hasOwn.call(b, i)) {
                return false;
            } else {
                /* A hole: compare the remaining own keys of the sparse array. */
                var keysA = Object.keys(a);
                for (; i < keysA.length; i++) {
                    var key = keysA[i];
                    if (!hasOwn.call(b, key) || !innerDeepEqual(a[key], b[key], strict, memos)) {
                        return false;
                    }
                }
                return keysA.length === Object.keys(b).length;
            }
        }
    } else if (iterationType === K_IS_SET) {
        if (!setEquiv(a, b, strict, memos)) return false;
    } else if (iterationType === K_IS_MAP) {
        if (!mapEquiv(a, b, strict, memos)) return false;
    }
    return true;
}

/* Returns whether val1 and val2 are loosely deep-equal (assert.deepEqual). */
function isDeepEqual(val1, val2) {
    return innerDeepEqual(val1, val2, false);
}

/* Returns whether val1 and val2 are strictly deep-equal (assert.deepStrictEqual,
 * util.isDeepStrictEqual). */
function isDeepStrictEqual(val1, val2) {
    return innerDeepEqual(val1, val2, true);
}

module.exports = {
    isDeepEqual: isDeepEqual,
    isDeepStrictEqual: isDeepStrictEqual
};
