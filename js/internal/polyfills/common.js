'use strict';
/* js/internal/polyfills/common.js: helpers shared by the ES2015+ polyfills.
 *
 * Property definition with the spec's attributes, hidden keys for private state, the abstract
 * operations most built-ins need (ToIntegerOrInfinity, ToLength, RelativeIndex), V8's wording of
 * values in messages, the iterator protocol (getIterator, forOf, iteratorClose) and
 * %IteratorPrototype%.  Loaded by every polyfill file except error.js; keeps no state besides
 * the hidden-key source and the array-iterator originals that forOf's fast path compares
 * against. */

var hiddenKeySource = null;

/* Returns a property key that no reflection API shows: a Duktape hidden symbol from
 * internalBinding('util').hiddenKey when the core provides it, otherwise a plain Symbol (under
 * node, or before the binding exists), which getOwnPropertySymbols would still list. */
function hiddenKey(name) {
    if (hiddenKeySource === null) {
        hiddenKeySource = false;
        try {
            /* global internalBinding: a module-wrapper parameter in the runtime, absent in node */
            if (typeof internalBinding === 'function') {
                var util = internalBinding('util');
                if (util && typeof util.hiddenKey === 'function') {
                    hiddenKeySource = util;
                }
            }
        } catch (e) {
            hiddenKeySource = false;
        }
    }
    return hiddenKeySource ? hiddenKeySource.hiddenKey(name) : Symbol(name);
}

/* Defines a method (or value) as the spec does for built-ins: writable, configurable, not
 * enumerable.  Overwrites whatever is there. */
function define(target, name, value) {
    Object.defineProperty(target, name, {
        value: value, writable: true, enumerable: false, configurable: true
    });
}

/* Defines a global the way Node has its built-in constructors (non-enumerable unless asked),
 * unless the user already put an own property of that name there. */
function defineGlobal(global, name, value, enumerable) {
    if (Object.prototype.hasOwnProperty.call(global, name)) {
        return;
    }
    Object.defineProperty(global, name, {
        value: value, writable: true, enumerable: enumerable === true, configurable: true
    });
}

/* Returns the module of polyfill area `name`, loaded and installed (see index.js). */
function area(name) {
    return require('internal/polyfills/index').load(name);
}

/* Defines every own property of `methods` on target unless target already has an own property of
 * that name (a native that probing showed correct is kept). */
function defineMissing(target, methods) {
    var names = Object.keys(methods);
    for (var i = 0; i < names.length; i++) {
        if (!Object.prototype.hasOwnProperty.call(target, names[i])) {
            define(target, names[i], methods[names[i]]);
        }
    }
}

/* Defines a read-only, non-enumerable, configurable accessor (Symbol.toStringTag style getters
 * and 'size'). */
function defineGetter(target, name, get) {
    Object.defineProperty(target, name, { get: get, enumerable: false, configurable: true });
}

/* Defines a constant as the spec does for Symbol.toStringTag: not writable, configurable. */
function defineTag(target, tag) {
    Object.defineProperty(target, Symbol.toStringTag, {
        value: tag, writable: false, enumerable: false, configurable: true
    });
}

/* Sets fn.name (Duktape makes it configurable, as the spec does); returns fn. */
function setName(fn, name) {
    Object.defineProperty(fn, 'name', {
        value: name, writable: false, enumerable: false, configurable: true
    });
    return fn;
}

/* Sets fn.length (Duktape makes it configurable, as the spec does). */
function setLength(fn, n) {
    Object.defineProperty(fn, 'length', {
        value: n, writable: false, enumerable: false, configurable: true
    });
    return fn;
}

function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function toObject(v) {
    if (v === null || v === undefined) {
        throw new TypeError('Cannot convert undefined or null to object');
    }
    return Object(v);
}

function toIntegerOrInfinity(v) {
    var n = +v;
    if (n !== n || n === 0) {
        return 0;
    }
    if (n === Infinity || n === -Infinity) {
        return n;
    }
    return n < 0 ? -Math.floor(-n) : Math.floor(n);
}

function toLength(v) {
    var n = toIntegerOrInfinity(v);
    if (n <= 0) {
        return 0;
    }
    return n > 9007199254740991 ? 9007199254740991 : n;
}

/* Resolves a relative index (negative counts from the end) into [0, len]. */
function relativeIndex(v, len) {
    var n = toIntegerOrInfinity(v);
    if (n < 0) {
        n += len;
        return n < 0 ? 0 : n;
    }
    return n > len ? len : n;
}

/* Describes a value the way V8 puts it in "X is not iterable" and "X is not a function"
 * messages: 'undefined', 'object null', 'number 5', 'string "s"', 'object', 'symbol'. */
function describeForIterable(v) {
    var t = typeof v;
    if (v === undefined) {
        return 'undefined';
    }
    if (v === null) {
        return 'object null';
    }
    if (t === 'number' || t === 'boolean') {
        return t + ' ' + String(v);
    }
    if (t === 'string') {
        return 'string "' + v + '"';
    }
    return t;
}

/* Describes a receiver the way V8's messages do: '#<Object>', '[object Array]', '5'. */
function describeReceiver(v) {
    if (typeof v === 'string') {
        return v;
    }
    if (typeof v === 'symbol') {
        return v.toString();
    }
    if (!isObject(v)) {
        return String(v);
    }
    if (Array.isArray(v)) {
        return '[object Array]';
    }
    if (typeof v === 'function') {
        return String(v);
    }
    var name = 'Object';
    try {
        var ctor = v.constructor;
        if (typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '') {
            name = ctor.name;
        }
    } catch (e) {
        name = 'Object';
    }
    return '#<' + name + '>';
}

/* Returns the iterator of obj (GetIterator with hint sync); throws V8's TypeError when obj has
 * no callable @@iterator. */
function getIterator(obj, method) {
    if (arguments.length < 2) {
        method = obj === null || obj === undefined ? undefined : obj[Symbol.iterator];
    }
    if (typeof method !== 'function') {
        throw new TypeError(describeForIterable(obj) +
            ' is not iterable (cannot read property Symbol(Symbol.iterator))');
    }
    var it = method.call(obj);
    if (!isObject(it)) {
        throw new TypeError('Result of the Symbol.iterator method is not an object');
    }
    return it;
}

/* Calls iterator.return() after an abrupt completion; its own errors are swallowed, as the
 * spec's IteratorClose does when the completion is a throw. */
function iteratorCloseQuiet(it) {
    try {
        var ret = it['return'];
        if (ret !== undefined && ret !== null) {
            ret.call(it);
        }
    } catch (e) {
        /* The original throw wins (IteratorClose step 5). */
    }
}

/* Calls iterator.return() after a normal early exit; errors propagate and a non-object result
 * is a TypeError. */
function iteratorClose(it) {
    var ret = it['return'];
    if (ret !== undefined && ret !== null) {
        var r = ret.call(it);
        if (!isObject(r)) {
            throw new TypeError('Iterator result ' + String(r) + ' is not an object');
        }
    }
}

/* Runs fn(value) for each value that iterable yields (for...of).  An exception from fn closes
 * the iterator and propagates; fn returning true stops early and closes it normally.  Arrays
 * whose iteration is untouched take a plain index loop, which is not observable. */
var arrayValuesOriginal = null;
var arrayIterNextOriginal = null;
var arrayIterProto = null;

function setArrayIteratorOriginals(values, proto) {
    arrayValuesOriginal = values;
    arrayIterProto = proto;
    arrayIterNextOriginal = proto.next;
}

function forOf(iterable, fn) {
    var method = iterable === null || iterable === undefined ? undefined :
        iterable[Symbol.iterator];
    forOfWithMethod(iterable, method, fn);
}

/* forOf with @@iterator already read (GetMethod done by the caller). */
function forOfWithMethod(iterable, method, fn) {
    if (method === arrayValuesOriginal && method !== null && Array.isArray(iterable) &&
        arrayIterProto.next === arrayIterNextOriginal) {
        /* Live length, as the array iterator reads it on every step. */
        for (var i = 0; i < iterable.length; i++) {
            if (fn(iterable[i]) === true) {
                return;
            }
        }
        return;
    }
    iterate(getIterator(iterable, method), fn);
}

/* Runs fn(value) over an iterator already obtained (the body of forOf). */
function iterate(it, fn) {
    var next = it.next;
    for (;;) {
        var step = next.call(it);
        if (!isObject(step)) {
            throw new TypeError('Iterator result ' + String(step) + ' is not an object');
        }
        if (step.done) {
            return;
        }
        var stop;
        try {
            stop = fn(step.value);
        } catch (e) {
            iteratorCloseQuiet(it);
            throw e;
        }
        if (stop === true) {
            iteratorClose(it);
            return;
        }
    }
}

/* %IteratorPrototype%: the prototype of every built-in iterator prototype. */
var IteratorPrototype = {};
define(IteratorPrototype, Symbol.iterator, setName(function () {
    return this;
}, '[Symbol.iterator]'));

module.exports = {
    hiddenKey: hiddenKey,
    define: define,
    defineGlobal: defineGlobal,
    area: area,
    defineMissing: defineMissing,
    defineGetter: defineGetter,
    defineTag: defineTag,
    setName: setName,
    setLength: setLength,
    isObject: isObject,
    toObject: toObject,
    toIntegerOrInfinity: toIntegerOrInfinity,
    toLength: toLength,
    relativeIndex: relativeIndex,
    describeReceiver: describeReceiver,
    describeForIterable: describeForIterable,
    getIterator: getIterator,
    iteratorClose: iteratorClose,
    iteratorCloseQuiet: iteratorCloseQuiet,
    setArrayIteratorOriginals: setArrayIteratorOriginals,
    forOf: forOf,
    forOfWithMethod: forOfWithMethod,
    iterate: iterate,
    IteratorPrototype: IteratorPrototype
};
