'use strict';
/* js/internal/polyfills/array.js: Array and Array.prototype methods of ES2015-ES2023.
 *
 * Array.from/of, at, copyWithin, fill, find, findIndex, findLast, findLastIndex, flat, flatMap,
 * includes, toReversed, toSorted, toSpliced, with, @@unscopables and Array[@@species].  Also
 * replaces Array.prototype.sort: Duktape's is not stable, and ES2019 requires a stable sort; this
 * one is a merge sort with insertion-sorted runs.  The methods are generic (array-likes), read
 * length once and treat holes as the spec says.  Duktape's own map/filter/slice/splice/concat
 * do not honour @@species (a subclass of Array gets plain arrays from them). */

var common = require('internal/polyfills/common');

var toObject = common.toObject;
var toLength = common.toLength;
var toIntegerOrInfinity = common.toIntegerOrInfinity;
var relativeIndex = common.relativeIndex;
var describeReceiver = common.describeReceiver;
var define = common.define;

/* ToObject(this) with the message V8 gives for the find family. */
function thisObject(o, method) {
    if (o === null || o === undefined) {
        throw new TypeError('Array.prototype.' + method + ' called on null or undefined');
    }
    return Object(o);
}

function requireCallable(fn) {
    if (typeof fn !== 'function') {
        throw new TypeError(describeReceiver(fn) + ' is not a function');
    }
    return fn;
}

function isConstructor(C) {
    return typeof C === 'function';
}

function createDataProperty(o, key, value) {
    Object.defineProperty(o, key, {
        value: value, writable: true, enumerable: true, configurable: true
    });
}

/* ArraySpeciesCreate(original, length) */
function arraySpeciesCreate(original, length) {
    if (!Array.isArray(original)) {
        return new Array(length);
    }
    var C = original.constructor;
    if (common.isObject(C)) {
        C = C[Symbol.species];
        if (C === null) {
            C = undefined;
        }
    }
    if (C === undefined || C === Array) {
        return new Array(length);
    }
    if (!isConstructor(C)) {
        throw new TypeError('object.constructor[Symbol.species] is not a constructor');
    }
    return new C(length);
}

/*
 * Array
 */
function from(items) {
    var C = this;
    var mapFn = arguments[1];
    var thisArg = arguments[2];
    var mapping = mapFn !== undefined;
    if (mapping) {
        requireCallable(mapFn);
    }
    if (items === null || items === undefined) {
        throw new TypeError(common.describeForIterable(items) +
            ' is not iterable (cannot read property Symbol(Symbol.iterator))');
    }
    var usingIterator = items[Symbol.iterator];
    var A;
    var k = 0;
    var plain = C === Array || !isConstructor(C);
    if (usingIterator !== undefined && usingIterator !== null) {
        if (typeof usingIterator !== 'function') {
            throw new TypeError('%Array%.from requires that the property of the first argument, ' +
                'items[Symbol.iterator], when exists, be a function');
        }
        A = plain ? [] : new C();
        common.forOfWithMethod(items, usingIterator, function (v) {
            var mapped = mapping ? mapFn.call(thisArg, v, k) : v;
            if (plain) {
                A[k] = mapped;
            } else {
                createDataProperty(A, k, mapped);
            }
            k++;
        });
        A.length = k;
        return A;
    }
    var arrayLike = toObject(items);
    var len = toLength(arrayLike.length);
    A = plain ? new Array(len) : new C(len);
    for (; k < len; k++) {
        var kValue = arrayLike[k];
        var mappedValue = mapping ? mapFn.call(thisArg, kValue, k) : kValue;
        if (plain) {
            A[k] = mappedValue;
        } else {
            createDataProperty(A, k, mappedValue);
        }
    }
    A.length = len;
    return A;
}

function of() {
    var len = arguments.length;
    var C = this;
    var A = C === Array || !isConstructor(C) ? new Array(len) : new C(len);
    for (var k = 0; k < len; k++) {
        if (C === Array || !isConstructor(C)) {
            A[k] = arguments[k];
        } else {
            createDataProperty(A, k, arguments[k]);
        }
    }
    A.length = len;
    return A;
}

/*
 * Array.prototype
 */
function at(index) {
    var O = toObject(this);
    var len = toLength(O.length);
    var k = toIntegerOrInfinity(index);
    if (k < 0) {
        k += len;
    }
    return k < 0 || k >= len ? undefined : O[k];
}

function copyWithin(target, start) {
    var O = toObject(this);
    var len = toLength(O.length);
    var to = relativeIndex(target, len);
    var from = relativeIndex(start, len);
    var end = arguments[2];
    var fin = end === undefined ? len : relativeIndex(end, len);
    var count = Math.min(fin - from, len - to);
    var dir = 1;
    if (from < to && to < from + count) {
        dir = -1;
        from += count - 1;
        to += count - 1;
    }
    while (count > 0) {
        if (from in O) {
            O[to] = O[from];
        } else {
            delete O[to];
        }
        from += dir;
        to += dir;
        count--;
    }
    return O;
}

function fill(value) {
    var O = toObject(this);
    var len = toLength(O.length);
    var start = arguments[1];
    var end = arguments[2];
    var k = relativeIndex(start, len);
    var fin = end === undefined ? len : relativeIndex(end, len);
    for (; k < fin; k++) {
        O[k] = value;
    }
    return O;
}

function find(predicate) {
    var O = thisObject(this, 'find');
    var len = toLength(O.length);
    requireCallable(predicate);
    var thisArg = arguments[1];
    for (var k = 0; k < len; k++) {
        var v = O[k];
        if (predicate.call(thisArg, v, k, O)) {
            return v;
        }
    }
    return undefined;
}

function findIndex(predicate) {
    var O = thisObject(this, 'findIndex');
    var len = toLength(O.length);
    requireCallable(predicate);
    var thisArg = arguments[1];
    for (var k = 0; k < len; k++) {
        if (predicate.call(thisArg, O[k], k, O)) {
            return k;
        }
    }
    return -1;
}

function findLast(predicate) {
    var O = thisObject(this, 'findLast');
    var len = toLength(O.length);
    requireCallable(predicate);
    var thisArg = arguments[1];
    for (var k = len - 1; k >= 0; k--) {
        var v = O[k];
        if (predicate.call(thisArg, v, k, O)) {
            return v;
        }
    }
    return undefined;
}

function findLastIndex(predicate) {
    var O = thisObject(this, 'findLastIndex');
    var len = toLength(O.length);
    requireCallable(predicate);
    var thisArg = arguments[1];
    for (var k = len - 1; k >= 0; k--) {
        if (predicate.call(thisArg, O[k], k, O)) {
            return k;
        }
    }
    return -1;
}

/* FlattenIntoArray; returns the next target index. */
function flattenIntoArray(target, source, sourceLen, start, depth, mapper, thisArg) {
    var targetIndex = start;
    for (var sourceIndex = 0; sourceIndex < sourceLen; sourceIndex++) {
        if (!(sourceIndex in source)) {
            continue;
        }
        var element = source[sourceIndex];
        if (mapper !== undefined) {
            element = mapper.call(thisArg, element, sourceIndex, source);
        }
        if (depth > 0 && Array.isArray(element)) {
            targetIndex = flattenIntoArray(target, element, toLength(element.length),
                targetIndex, depth - 1, undefined, undefined);
        } else {
            if (targetIndex >= 9007199254740991) {
                throw new TypeError('Array too long');
            }
            createDataProperty(target, targetIndex, element);
            targetIndex++;
        }
    }
    return targetIndex;
}

function flat() {
    var O = toObject(this);
    var sourceLen = toLength(O.length);
    var depthNum = 1;
    var depth = arguments[0];
    if (depth !== undefined) {
        depthNum = toIntegerOrInfinity(depth);
        if (depthNum < 0) {
            depthNum = 0;
        }
    }
    var A = arraySpeciesCreate(O, 0);
    flattenIntoArray(A, O, sourceLen, 0, depthNum, undefined, undefined);
    return A;
}

function flatMap(mapper) {
    var O = toObject(this);
    var sourceLen = toLength(O.length);
    if (typeof mapper !== 'function') {
        throw new TypeError('flatMap mapper function is not callable');
    }
    var A = arraySpeciesCreate(O, 0);
    flattenIntoArray(A, O, sourceLen, 0, 1, mapper, arguments[1]);
    return A;
}

function includes(searchElement) {
    var O = toObject(this);
    var len = toLength(O.length);
    if (len === 0) {
        return false;
    }
    var k = relativeIndex(arguments[1], len);
    if (searchElement === searchElement) {
        for (; k < len; k++) {
            if (O[k] === searchElement) {
                return true;
            }
        }
        return false;
    }
    for (; k < len; k++) {
        var v = O[k];
        if (v !== v) {
            return true;
        }
    }
    return false;
}

function toReversed() {
    var O = toObject(this);
    var len = toLength(O.length);
    var A = new Array(len);
    for (var k = 0; k < len; k++) {
        A[k] = O[len - k - 1];
    }
    return A;
}

function toSorted(comparefn) {
    checkCompareFn(comparefn);
    var O = toObject(this);
    var len = toLength(O.length);
    var A = new Array(len);
    for (var k = 0; k < len; k++) {
        A[k] = O[k];
    }
    sortInPlace(A, len, comparefn, false);
    return A;
}

function toSpliced(start, skipCount) {
    var O = toObject(this);
    var len = toLength(O.length);
    var actualStart = relativeIndex(start, len);
    var insertCount = Math.max(arguments.length - 2, 0);
    var actualSkipCount;
    if (arguments.length === 0) {
        actualSkipCount = 0;
    } else if (arguments.length === 1) {
        actualSkipCount = len - actualStart;
    } else {
        actualSkipCount = Math.min(Math.max(toIntegerOrInfinity(skipCount), 0),
            len - actualStart);
    }
    var newLen = len + insertCount - actualSkipCount;
    if (newLen > 9007199254740991) {
        throw new TypeError('Invalid array length');
    }
    var A = new Array(newLen);
    var i = 0;
    var r = actualStart + actualSkipCount;
    while (i < actualStart) {
        A[i] = O[i];
        i++;
    }
    for (var j = 2; j < arguments.length; j++) {
        A[i++] = arguments[j];
    }
    while (i < newLen) {
        A[i++] = O[r++];
    }
    return A;
}

function withAt(index, value) {
    var O = toObject(this);
    var len = toLength(O.length);
    var rel = toIntegerOrInfinity(index);
    var actual = rel >= 0 ? rel : len + rel;
    if (actual >= len || actual < 0) {
        throw new RangeError('Invalid index : ' + String(index));
    }
    var A = new Array(len);
    for (var k = 0; k < len; k++) {
        A[k] = k === actual ? value : O[k];
    }
    return A;
}

/*
 * Stable sort
 */
function checkCompareFn(comparefn) {
    if (comparefn !== undefined && typeof comparefn !== 'function') {
        throw new TypeError('The comparison function must be either a function or undefined');
    }
}

function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

function insertionSort(a, lo, hi, cmp) {
    for (var i = lo + 1; i < hi; i++) {
        var x = a[i];
        var j = i - 1;
        while (j >= lo && cmp(a[j], x) > 0) {
            a[j + 1] = a[j];
            j--;
        }
        a[j + 1] = x;
    }
}

/* Sorts a (dense, no undefined) with cmp(x, y) -> number; stable. */
function mergeSort(a, cmp) {
    var n = a.length;
    var RUN = 8;
    var lo;
    for (lo = 0; lo < n; lo += RUN) {
        insertionSort(a, lo, Math.min(lo + RUN, n), cmp);
    }
    if (n <= RUN) {
        return;
    }
    var src = a;
    var dst = new Array(n);
    for (var width = RUN; width < n; width *= 2) {
        for (lo = 0; lo < n; lo += 2 * width) {
            var mid = Math.min(lo + width, n);
            var hi = Math.min(lo + 2 * width, n);
            var i = lo;
            var j = mid;
            var k = lo;
            if (mid < hi && cmp(src[mid - 1], src[mid]) <= 0) {
                /* Already in order. */
                while (i < hi) {
                    dst[k++] = src[i++];
                }
                continue;
            }
            while (i < mid && j < hi) {
                if (cmp(src[j], src[i]) < 0) {
                    dst[k++] = src[j++];
                } else {
                    dst[k++] = src[i++];
                }
            }
            while (i < mid) {
                dst[k++] = src[i++];
            }
            while (j < hi) {
                dst[k++] = src[j++];
            }
        }
        var t = src;
        src = dst;
        dst = t;
    }
    if (src !== a) {
        for (var m = 0; m < n; m++) {
            a[m] = src[m];
        }
    }
}

/* SortIndexedProperties + write-back on O (length len).  With skipHoles, holes are skipped
 * and the tail deleted (Array.prototype.sort); otherwise holes read as undefined. */
function sortInPlace(O, len, comparefn, skipHoles) {
    var items = [];
    var n = 0;
    var undefCount = 0;
    var k;
    for (k = 0; k < len; k++) {
        if (skipHoles && !(k in O)) {
            continue;
        }
        var v = O[k];
        if (v === undefined) {
            undefCount++;
        } else {
            items[n++] = v;
        }
    }
    if (comparefn === undefined) {
        var allStrings = true;
        for (k = 0; k < n; k++) {
            if (typeof items[k] !== 'string') {
                allStrings = false;
                break;
            }
        }
        if (allStrings) {
            mergeSort(items, compareStrings);
        } else {
            var wrapped = new Array(n);
            for (k = 0; k < n; k++) {
                wrapped[k] = { s: String(items[k]), v: items[k] };
            }
            mergeSort(wrapped, function (x, y) {
                return x.s < y.s ? -1 : x.s > y.s ? 1 : 0;
            });
            for (k = 0; k < n; k++) {
                items[k] = wrapped[k].v;
            }
        }
    } else {
        mergeSort(items, function (x, y) {
            var r = +comparefn(x, y);
            return r !== r ? 0 : r;
        });
    }
    for (k = 0; k < n; k++) {
        O[k] = items[k];
    }
    var end = n + undefCount;
    for (; k < end; k++) {
        O[k] = undefined;
    }
    for (; k < len; k++) {
        delete O[k];
    }
}

function sort(comparefn) {
    checkCompareFn(comparefn);
    var O = toObject(this);
    sortInPlace(O, toLength(O.length), comparefn, true);
    return O;
}

function speciesGetter() {
    return this;
}

var UNSCOPABLES = ['at', 'copyWithin', 'entries', 'fill', 'find', 'findIndex', 'findLast',
                   'findLastIndex', 'flat', 'flatMap', 'includes', 'keys', 'values',
                   'toReversed', 'toSorted', 'toSpliced'];

/* Installs the methods on Array and Array.prototype. */
function install(global) {
    var AP = Array.prototype;
    common.defineMissing(Array, { from: common.setLength(from, 1), of: of });
    common.defineMissing(AP, {
        at: at,
        copyWithin: copyWithin,
        fill: fill,
        find: find,
        findIndex: findIndex,
        findLast: findLast,
        findLastIndex: findLastIndex,
        flat: flat,
        flatMap: flatMap,
        includes: includes,
        toReversed: toReversed,
        toSorted: toSorted,
        toSpliced: toSpliced,
        'with': common.setName(withAt, 'with')
    });
    define(AP, 'sort', sort);
    if (!Object.getOwnPropertyDescriptor(Array, Symbol.species)) {
        Object.defineProperty(Array, Symbol.species, {
            get: common.setName(speciesGetter, 'get [Symbol.species]'),
            enumerable: false,
            configurable: true
        });
    }
    if (AP[Symbol.unscopables] === undefined) {
        var u = Object.create(null);
        for (var i = 0; i < UNSCOPABLES.length; i++) {
            u[UNSCOPABLES[i]] = true;
        }
        Object.defineProperty(AP, Symbol.unscopables, {
            value: u, writable: false, enumerable: false, configurable: true
        });
    }
}

module.exports = {
    install: install,
    sortInPlace: sortInPlace,
    mergeSort: mergeSort
};
