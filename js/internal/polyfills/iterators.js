'use strict';
/* js/internal/polyfills/iterators.js: the iterator protocol on the built-in iterables.
 *
 * Adds Symbol.prototype.description, %ArrayIteratorPrototype% with
 * Array.prototype.keys/values/entries and @@iterator (values), the same on %TypedArray%.prototype,
 * and String.prototype[@@iterator] by code point.
 *
 * Limits: an `arguments` object cannot be given @@iterator (it inherits from Object.prototype),
 * so for...of over arguments is the lowering compiler's job (getIterator below handles it).  The
 * well-known symbols index.js adds are plain symbols: Duktape's own String.prototype.replace,
 * split, match and search do not consult @@replace and friends. */

var common = require('internal/polyfills/common');

var define = common.define;
var isObject = common.isObject;
var describeReceiver = common.describeReceiver;

var kIter = common.hiddenKey('arrayIterator');

var KIND_KEYS = 0;
var KIND_VALUES = 1;
var KIND_ENTRIES = 2;

var ArrayIteratorPrototype = Object.create(common.IteratorPrototype);
var StringIteratorPrototype = Object.create(common.IteratorPrototype);

function ArrayIterState(target, kind) {
    this.a = target;
    this.i = 0;
    this.kind = kind;
}

/* CreateArrayIterator(array, kind) */
function createArrayIterator(target, kind) {
    var it = Object.create(ArrayIteratorPrototype);
    it[kIter] = new ArrayIterState(target, kind);
    return it;
}

function arrayIteratorNext() {
    var st = isObject(this) ? this[kIter] : undefined;
    if (!(st instanceof ArrayIterState)) {
        throw new TypeError('Method Array Iterator.prototype.next called on incompatible ' +
            'receiver ' + describeReceiver(this));
    }
    var a = st.a;
    if (a === undefined) {
        return { value: undefined, done: true };
    }
    var i = st.i;
    if (i >= common.toLength(a.length)) {
        st.a = undefined;
        return { value: undefined, done: true };
    }
    st.i = i + 1;
    if (st.kind === KIND_VALUES) {
        return { value: a[i], done: false };
    }
    if (st.kind === KIND_KEYS) {
        return { value: i, done: false };
    }
    return { value: [i, a[i]], done: false };
}

function values() {
    return createArrayIterator(common.toObject(this), KIND_VALUES);
}

function keys() {
    return createArrayIterator(common.toObject(this), KIND_KEYS);
}

function entries() {
    return createArrayIterator(common.toObject(this), KIND_ENTRIES);
}

/* %TypedArray%.prototype versions: the receiver must be a typed array. */
function requireTypedArray(o) {
    if (!ArrayBuffer.isView(o) || o instanceof DataView) {
        throw new TypeError('this is not a typed array.');
    }
    return o;
}

function typedValues() {
    return createArrayIterator(requireTypedArray(this), KIND_VALUES);
}

function typedKeys() {
    return createArrayIterator(requireTypedArray(this), KIND_KEYS);
}

function typedEntries() {
    return createArrayIterator(requireTypedArray(this), KIND_ENTRIES);
}

/*
 * Strings, by code point
 */
function StringIterState(s) {
    this.s = s;
    this.i = 0;
}

function stringIterator() {
    if (this === null || this === undefined) {
        throw new TypeError('String.prototype[Symbol.iterator] called on null or undefined');
    }
    var it = Object.create(StringIteratorPrototype);
    it[kIter] = new StringIterState(String(this));
    return it;
}

function stringIteratorNext() {
    var st = isObject(this) ? this[kIter] : undefined;
    if (!(st instanceof StringIterState)) {
        throw new TypeError('Method String Iterator.prototype.next called on incompatible ' +
            'receiver ' + describeReceiver(this));
    }
    var s = st.s;
    if (s === undefined) {
        return { value: undefined, done: true };
    }
    var i = st.i;
    if (i >= s.length) {
        st.s = undefined;
        return { value: undefined, done: true };
    }
    var c = s.charCodeAt(i);
    var n = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
        var d = s.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
            n = 2;
        }
    }
    st.i = i + n;
    return { value: n === 1 ? s.charAt(i) : s.substr(i, 2), done: false };
}

/* GetIterator(obj) that also iterates arguments objects, for the lowering compiler. */
function getIterator(obj) {
    if (isObject(obj) && obj[Symbol.iterator] === undefined &&
        Object.prototype.toString.call(obj) === '[object Arguments]') {
        return createArrayIterator(obj, KIND_VALUES);
    }
    return common.getIterator(obj);
}

/*
 * Symbols
 */
function symbolDescription() {
    var s;
    if (typeof this === 'symbol') {
        s = this;
    } else if (isObject(this) && Object.prototype.toString.call(this) === '[object Symbol]') {
        s = this.valueOf();
    } else {
        throw new TypeError("Symbol.prototype.description requires that 'this' be a Symbol");
    }
    var str = s.toString();
    /* Duktape cannot tell Symbol() from Symbol(''): both read as undefined here. */
    return str.length === 8 ? undefined : str.slice(7, -1);
}

/* Symbol.prototype.description (the well-known symbols themselves are created by index.js). */
function installDescription() {
    if (!('description' in Symbol.prototype)) {
        common.defineGetter(Symbol.prototype, 'description',
            common.setName(symbolDescription, 'get description'));
    }
}

var built = false;

function build() {
    built = true;
    installDescription();
    define(ArrayIteratorPrototype, 'next', common.setName(arrayIteratorNext, 'next'));
    common.defineTag(ArrayIteratorPrototype, 'Array Iterator');
    define(StringIteratorPrototype, 'next', common.setName(stringIteratorNext, 'next'));
    common.defineTag(StringIteratorPrototype, 'String Iterator');
    common.setArrayIteratorOriginals(values, ArrayIteratorPrototype);
}

/* Installs the iterator methods on Array, %TypedArray% and String prototypes. */
function install(global) {
    if (!built) {
        build();
    }
    var AP = Array.prototype;
    if (AP.values === undefined) {
        define(AP, 'keys', keys);
        define(AP, 'entries', entries);
        define(AP, 'values', values);
    }
    define(AP, Symbol.iterator, AP.values);
    var TA = Object.getPrototypeOf(Uint8Array.prototype);
    if (TA.values === undefined) {
        define(TA, 'entries', common.setName(typedEntries, 'entries'));
        define(TA, 'keys', common.setName(typedKeys, 'keys'));
        define(TA, 'values', common.setName(typedValues, 'values'));
    }
    define(TA, Symbol.iterator, TA.values);
    if (String.prototype[Symbol.iterator] === undefined) {
        define(String.prototype, Symbol.iterator,
            common.setName(stringIterator, '[Symbol.iterator]'));
    }
}

module.exports = {
    install: install,
    createArrayIterator: createArrayIterator,
    getIterator: getIterator,
    ArrayIteratorPrototype: ArrayIteratorPrototype,
    KIND_KEYS: KIND_KEYS,
    KIND_VALUES: KIND_VALUES,
    KIND_ENTRIES: KIND_ENTRIES
};
