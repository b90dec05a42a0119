'use strict';
/* js/internal/polyfills/typedarray.js: the %TypedArray%.prototype methods of ES2015-ES2023.
 *
 * Duktape's typed arrays have only buffer, byteLength, byteOffset, length, set and subarray.
 * This adds at, copyWithin, every, fill, filter, find, findIndex, findLast, findLastIndex,
 * forEach, includes, indexOf, join, lastIndexOf, map, reduce, reduceRight, reverse, slice, some,
 * sort, toLocaleString, toString, toReversed, toSorted, with and @@toStringTag on the shared
 * prototype, and %TypedArray%.from/of (keys/values/entries/@@iterator are in iterators.js).
 * filter, map and slice create their result through this.constructor (species).
 *
 * Limit: the typed array constructors are Duktape's, which read an iterable argument as an
 * array-like (new Uint8Array(new Set([1])) is empty); use %TypedArray%.from for iterables. */

var common = require('internal/polyfills/common');

var toIntegerOrInfinity = common.toIntegerOrInfinity;
var relativeIndex = common.relativeIndex;
var describeReceiver = common.describeReceiver;

var TYPED_ARRAY_NAMES = ['Uint8Array', 'Int8Array', 'Uint8ClampedArray', 'Int16Array',
                         'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array',
                         'Float64Array'];
var typedArrayCtors = null;

/* Object.prototype.toString consults our @@toStringTag getter, so the brand checks below use
 * ArrayBuffer.isView and instanceof instead. */
function isTypedArray(o) {
    return ArrayBuffer.isView(o) && !(o instanceof DataView);
}

function typedArrayName(o) {
    if (!isTypedArray(o)) {
        return undefined;
    }
    for (var i = 0; i < typedArrayCtors.length; i++) {
        if (o instanceof typedArrayCtors[i]) {
            return TYPED_ARRAY_NAMES[i];
        }
    }
    return undefined;
}

function validate(o) {
    if (!isTypedArray(o)) {
        throw new TypeError('this is not a typed array.');
    }
    return o;
}

/* The methods V8 reports with the method's name instead. */
function validateNamed(o, name) {
    if (!isTypedArray(o)) {
        throw new TypeError('Method %TypedArray%.prototype.' + name +
            ' called on incompatible receiver ' + describeReceiver(o));
    }
    return o;
}

function requireCallable(fn) {
    if (typeof fn !== 'function') {
        throw new TypeError(describeReceiver(fn) + ' is not a function');
    }
    return fn;
}

/* TypedArraySpeciesCreate(exemplar, [length]) */
function speciesCreate(exemplar, length) {
    var C = exemplar.constructor;
    if (common.isObject(C) && Symbol.species !== undefined) {
        var S = C[Symbol.species];
        if (S !== undefined && S !== null) {
            C = S;
        }
    }
    if (typeof C !== 'function') {
        throw new TypeError('object.constructor[Symbol.species] is not a constructor');
    }
    var result = new C(length);
    if (!isTypedArray(result)) {
        throw new TypeError('this is not a typed array.');
    }
    return result;
}

function at(index) {
    var O = validateNamed(this, 'at');
    var len = O.length;
    var k = toIntegerOrInfinity(index);
    if (k < 0) {
        k += len;
    }
    return k < 0 || k >= len ? undefined : O[k];
}

function copyWithin(target, start) {
    var O = validate(this);
    var len = O.length;
    var to = relativeIndex(target, len);
    var from = relativeIndex(start, len);
    var end = arguments[2];
    var fin = end === undefined ? len : relativeIndex(end, len);
    var count = Math.min(fin - from, len - to);
    if (count > 0) {
        O.set(O.subarray(from, from + count), to);
    }
    return O;
}

function every(cb) {
    var O = validate(this);
    requireCallable(cb);
    var thisArg = arguments[1];
    for (var k = 0; k < O.length; k++) {
        if (!cb.call(thisArg, O[k], k, O)) {
            return false;
        }
    }
    return true;
}

function some(cb) {
    var O = validate(this);
    requireCallable(cb);
    var thisArg = arguments[1];
    for (var k = 0; k < O.length; k++) {
        if (cb.call(thisArg, O[k], k, O)) {
            return true;
        }
    }
    return false;
}

function fill(value) {
    var O = validate(this);
    var len = O.length;
    var v = +value;
    var k = relativeIndex(arguments[1], len);
    var end = arguments[2];
    var fin = end === undefined ? len : relativeIndex(end, len);
    for (; k < fin; k++) {
        O[k] = v;
    }
    return O;
}

function filter(cb) {
    var O = validate(this);
    requireCallable(cb);
    var thisArg = arguments[1];
    var kept = [];
    for (var k = 0; k < O.length; k++) {
        var v = O[k];
        if (cb.call(thisArg, v, k, O)) {
            kept[kept.length] = v;
        }
    }
    var A = speciesCreate(O, kept.length);
    for (var i = 0; i < kept.length; i++) {
        A[i] = kept[i];
    }
    return A;
}

function find(cb) {
    var O = validate(this);
    requireCallable(cb);
    var thisArg = arguments[1];
    for (var k = 0; k < O.length; k++) {
        if (cb.call(thisArg, O[k], k, O)) {
            return O[k];
        }
    }
    return undefined;
}

function findIndex(cb) {
    var O = validate(this);
    requireCallable(cb);
    var thisArg = arguments[1];
    for (var k = 0; k < O.length; k++) {
        if (cb.call(thisArg, O[k], k, O)) {
            return k;
        }
    }
    return -1;
}

function findLast(cb) {
    var O = validate(this);
    requireCallable(cb);
    var thisArg = arguments[1];
    for (var k = O.length - 1; k >= 0; k--) {
        if (cb.call(thisArg, O[k], k, O)) {
            return O[k];
        }
    }
    return undefined;
}

function findLastIndex(cb) {
    var O = validate(this);
    requireCallable(cb);
    var thisArg = arguments[1];
    for (var k = O.length - 1; k >= 0; k--) {
        if (cb.call(thisArg, O[k], k, O)) {
            return k;
        }
    }
    return -1;
}

function forEach(cb) {
    var O = validate(this);
    requireCallable(cb);
    var thisArg = arguments[1];
    for (var k = 0; k < O.length; k++) {
        cb.call(thisArg, O[k], k, O);
    }
}

function includes(search) {
    var O = validate(this);
    var len = O.length;
    var k = relativeIndex(arguments[1], len);
    var isNaNSearch = search !== search;
    for (; k < len; k++) {
        var v = O[k];
        if (v === search || (isNaNSearch && v !== v)) {
            return true;
        }
    }
    return false;
}

function indexOf(search) {
    var O = validate(this);
    var len = O.length;
    var k = relativeIndex(arguments[1], len);
    for (; k < len; k++) {
        if (O[k] === search) {
            return k;
        }
    }
    return -1;
}

function lastIndexOf(search) {
    var O = validate(this);
    var len = O.length;
    var k = len - 1;
    if (arguments.length > 1) {
        var n = toIntegerOrInfinity(arguments[1]);
        k = n >= 0 ? Math.min(n, len - 1) : len + n;
    }
    for (; k >= 0; k--) {
        if (O[k] === search) {
            return k;
        }
    }
    return -1;
}

function join(separator) {
    var O = validateNamed(this, 'join');
    var sep = separator === undefined ? ',' : String(separator);
    var parts = new Array(O.length);
    for (var k = 0; k < O.length; k++) {
        parts[k] = String(O[k]);
    }
    return parts.join(sep);
}

function map(cb) {
    var O = validate(this);
    requireCallable(cb);
    var thisArg = arguments[1];
    var len = O.length;
    var A = speciesCreate(O, len);
    for (var k = 0; k < len; k++) {
        A[k] = cb.call(thisArg, O[k], k, O);
    }
    return A;
}

function reduce(cb) {
    var O = validate(this);
    requireCallable(cb);
    var len = O.length;
    var k = 0;
    var acc;
    if (arguments.length > 1) {
        acc = arguments[1];
    } else {
        if (len === 0) {
            throw new TypeError('Reduce of empty array with no initial value');
        }
        acc = O[k++];
    }
    for (; k < len; k++) {
        acc = cb(acc, O[k], k, O);
    }
    return acc;
}

function reduceRight(cb) {
    var O = validate(this);
    requireCallable(cb);
    var k = O.length - 1;
    var acc;
    if (arguments.length > 1) {
        acc = arguments[1];
    } else {
        if (k < 0) {
            throw new TypeError('Reduce of empty array with no initial value');
        }
        acc = O[k--];
    }
    for (; k >= 0; k--) {
        acc = cb(acc, O[k], k, O);
    }
    return acc;
}

function reverse() {
    var O = validate(this);
    for (var lo = 0, hi = O.length - 1; lo < hi; lo++, hi--) {
        var t = O[lo];
        O[lo] = O[hi];
        O[hi] = t;
    }
    return O;
}

function slice(start, end) {
    var O = validateNamed(this, 'slice');
    var len = O.length;
    var k = relativeIndex(start, len);
    var fin = end === undefined ? len : relativeIndex(end, len);
    var count = Math.max(fin - k, 0);
    var A = speciesCreate(O, count);
    for (var n = 0; n < count; n++) {
        A[n] = O[k + n];
    }
    return A;
}

/* Numeric order with -0 before +0 and NaN last (the default TypedArray comparison). */
function compareNumbers(x, y) {
    if (x !== x) {
        return y !== y ? 0 : 1;
    }
    if (y !== y) {
        return -1;
    }
    if (x < y) {
        return -1;
    }
    if (x > y) {
        return 1;
    }
    if (x === 0 && y === 0) {
        var sx = 1 / x < 0;
        var sy = 1 / y < 0;
        return sx === sy ? 0 : sx ? -1 : 1;
    }
    return 0;
}

function sortValues(values, comparefn) {
    if (comparefn === undefined) {
        values.sort(compareNumbers);
    } else {
        common.area('array').mergeSort(values, function (x, y) {
            var r = +comparefn(x, y);
            return r !== r ? 0 : r;
        });
    }
}

function sort(comparefn) {
    if (comparefn !== undefined && typeof comparefn !== 'function') {
        throw new TypeError('The comparison function must be either a function or undefined');
    }
    var O = validateNamed(this, 'sort');
    var values = Array.prototype.slice.call(O);
    sortValues(values, comparefn);
    for (var k = 0; k < values.length; k++) {
        O[k] = values[k];
    }
    return O;
}

function toLocaleString() {
    var O = validateNamed(this, 'toLocaleString');
    var parts = new Array(O.length);
    for (var k = 0; k < O.length; k++) {
        parts[k] = O[k].toLocaleString();
    }
    return parts.join(',');
}

function toReversed() {
    var O = validateNamed(this, 'toReversed');
    var len = O.length;
    var A = new O.constructor(len);
    for (var k = 0; k < len; k++) {
        A[k] = O[len - k - 1];
    }
    return A;
}

function toSorted(comparefn) {
    if (comparefn !== undefined && typeof comparefn !== 'function') {
        throw new TypeError('The comparison function must be either a function or undefined');
    }
    var O = validateNamed(this, 'toSorted');
    var values = Array.prototype.slice.call(O);
    sortValues(values, comparefn);
    var A = new O.constructor(values.length);
    for (var k = 0; k < values.length; k++) {
        A[k] = values[k];
    }
    return A;
}

function withAt(index, value) {
    var O = validate(this);
    var len = O.length;
    var rel = toIntegerOrInfinity(index);
    var actual = rel >= 0 ? rel : len + rel;
    var v = +value;
    if (actual >= len || actual < 0) {
        throw new RangeError('Invalid typed array index');
    }
    var A = new O.constructor(len);
    for (var k = 0; k < len; k++) {
        A[k] = k === actual ? v : O[k];
    }
    return A;
}

function getToStringTag() {
    return typedArrayName(this);
}

/* %TypedArray%.from(source[, mapFn[, thisArg]]) */
function from(source) {
    var C = this;
    if (typeof C !== 'function') {
        throw new TypeError(describeReceiver(C) + ' is not a constructor');
    }
    var mapFn = arguments[1];
    var thisArg = arguments[2];
    if (mapFn !== undefined) {
        requireCallable(mapFn);
    }
    var values;
    var method = source === null || source === undefined ? undefined : source[Symbol.iterator];
    if (method !== undefined && method !== null) {
        values = [];
        common.forOfWithMethod(source, method, function (v) {
            values[values.length] = v;
        });
    } else {
        var arrayLike = common.toObject(source);
        var n = common.toLength(arrayLike.length);
        values = new Array(n);
        for (var i = 0; i < n; i++) {
            values[i] = arrayLike[i];
        }
    }
    var A = new C(values.length);
    for (var k = 0; k < values.length; k++) {
        A[k] = mapFn === undefined ? values[k] : mapFn.call(thisArg, values[k], k);
    }
    return A;
}

/* %TypedArray%.of(...items) */
function of() {
    var C = this;
    if (typeof C !== 'function') {
        throw new TypeError(describeReceiver(C) + ' is not a constructor');
    }
    var A = new C(arguments.length);
    for (var k = 0; k < arguments.length; k++) {
        A[k] = arguments[k];
    }
    return A;
}

/* Installs the methods on %TypedArray%.prototype and %TypedArray%. */
function install(global) {
    typedArrayCtors = TYPED_ARRAY_NAMES.map(function (name) {
        return global[name];
    });
    var TA = Object.getPrototypeOf(Uint8Array.prototype);
    var TAC = Object.getPrototypeOf(Uint8Array);
    common.defineMissing(TA, {
        at: at,
        copyWithin: copyWithin,
        every: every,
        fill: fill,
        filter: filter,
        find: find,
        findIndex: findIndex,
        findLast: findLast,
        findLastIndex: findLastIndex,
        forEach: forEach,
        includes: includes,
        indexOf: indexOf,
        join: join,
        lastIndexOf: lastIndexOf,
        map: map,
        reverse: reverse,
        reduce: reduce,
        reduceRight: reduceRight,
        slice: slice,
        some: some,
        sort: sort,
        toLocaleString: toLocaleString,
        toString: Array.prototype.toString,
        toReversed: toReversed,
        toSorted: toSorted,
        'with': common.setName(withAt, 'with')
    });
    if (Object.getOwnPropertyDescriptor(TA, Symbol.toStringTag) === undefined) {
        common.defineGetter(TA, Symbol.toStringTag,
            common.setName(getToStringTag, 'get [Symbol.toStringTag]'));
    }
    if (TAC !== Function.prototype) {
        common.defineMissing(TAC, { from: from, of: of });
    }
}

module.exports = {
    install: install
};
