/* Proves the Error `cause` option on every native error constructor (present only when given,
 * non-enumerable, any value), that the constructors keep their identity (prototype, instanceof,
 * constructor, name, length, called without new, first stack line), subclassing through
 * Reflect.construct, and AggregateError (errors from any iterable, message, cause, shape). */
'use strict';

function fmt(v) {
    if (typeof v === 'string') {
        return JSON.stringify(v);
    }
    if (v !== null && typeof v === 'object') {
        return JSON.stringify(v);
    }
    return String(v);
}

function show(label, fn) {
    var r;
    try {
        r = fmt(fn());
    } catch (e) {
        r = 'throws ' + e.name + ': ' + e.message;
    }
    console.log(label + ': ' + r);
}

function props(e) {
    return Object.getOwnPropertyNames(e).filter(function (k) { return k !== 'stack'; });
}

show('cause', function () {
    var e = new Error('outer', { cause: 'inner' });
    var d = Object.getOwnPropertyDescriptor(e, 'cause');
    return [e.message, e.cause, d.enumerable, d.writable, d.configurable, props(e)];
});
show('cause undefined is present', function () {
    var e = new Error('m', { cause: undefined });
    return ['cause' in e, Object.prototype.hasOwnProperty.call(e, 'cause')];
});
show('no cause key', function () { return props(new Error('m', {})); });
show('inherited cause counts', function () {
    return new Error('m', Object.create({ cause: 'from proto' })).cause;
});
show('cause getter', function () {
    var calls = 0;
    var opts = {};
    Object.defineProperty(opts, 'cause', { get: function () { calls++; return 'got'; } });
    var e = new Error('m', opts);
    return [e.cause, calls];
});
show('non-object options', function () {
    return [props(new Error('m', 'cause')), props(new Error('m', null)), props(new Error('m', 5))];
});
show('error cause', function () {
    var root = new TypeError('root');
    var e = new Error('wrapped', { cause: root });
    return [e.cause === root, e.cause.message];
});
show('every constructor', function () {
    return [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError].map(function (C) {
        var e = new C('msg', { cause: C.name });
        return [e.name, e.cause, e instanceof C, e instanceof Error, Object.getPrototypeOf(e) === C.prototype].join('/');
    });
});
show('called without new', function () {
    var e = TypeError('no new', { cause: 1 });
    return [e instanceof TypeError, e.message, e.cause];
});
show('no message', function () { return [props(new Error()), props(new Error(undefined)), new Error().message]; });
show('message coercion', function () { return [new Error(5).message, new Error({ toString: function () { return 'obj'; } }).message]; });
show('identity', function () {
    return [Error.prototype.constructor === Error, TypeError.prototype.constructor === TypeError,
            Object.getPrototypeOf(TypeError) === Error, Object.getPrototypeOf(TypeError.prototype) === Error.prototype,
            Error.length, TypeError.length, Error.name, RangeError.name];
});
show('prototype not writable', function () {
    var d = Object.getOwnPropertyDescriptor(Error, 'prototype');
    return [d.writable, d.enumerable, d.configurable];
});
show('engine errors still match', function () {
    try {
        null.x;
    } catch (e) {
        return [e instanceof TypeError, e.constructor === TypeError, e instanceof Error];
    }
});
show('toString', function () { return [String(new Error('a', { cause: 'c' })), String(new RangeError('r'))]; });
show('stack first line', function () {
    return [new Error('top', { cause: 'x' }).stack.split('\n')[0], new TypeError('t').stack.split('\n')[0]];
});
show('Object.prototype.toString', function () {
    return Object.prototype.toString.call(new Error('x', { cause: 1 }));
});
show('JSON ignores cause', function () { return JSON.stringify(new Error('j', { cause: 'c' })); });

function MyError(message, options) {
    return Reflect.construct(Error, [message, options], MyError);
}
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.constructor = MyError;
MyError.prototype.name = 'MyError';
show('subclass', function () {
    var e = new MyError('sub', { cause: 'why' });
    return [e instanceof MyError, e instanceof Error, e.message, e.cause, String(e), typeof e.stack,
            e.stack.split('\n')[0]];
});

function OldStyle(message) {
    Error.call(this, message);
    this.message = message;
}
OldStyle.prototype = Object.create(Error.prototype);
OldStyle.prototype.name = 'OldStyle';
show('ES5-style subclass', function () {
    var e = new OldStyle('old');
    return [e instanceof OldStyle, e instanceof Error, String(e)];
});

/* AggregateError */
show('AggregateError', function () {
    var e = new AggregateError([1, 'two'], 'many', { cause: 'c' });
    var d = Object.getOwnPropertyDescriptor(e, 'errors');
    return [e.name, e.message, e.errors, e.cause, d.enumerable, d.writable, props(e)];
});
show('errors is a new array', function () {
    var list = [1];
    var e = new AggregateError(list);
    return [e.errors !== list, Array.isArray(e.errors)];
});
show('errors from iterables', function () {
    return [new AggregateError(new Set([1, 2])).errors, new AggregateError('ab').errors];
});
show('no message', function () {
    var e = new AggregateError([]);
    return [props(e), e.message, String(e)];
});
show('not iterable', function () { return new AggregateError(5); });
show('missing errors', function () { return new AggregateError(); });
show('without new', function () { return AggregateError([1], 'x') instanceof AggregateError; });
show('shape', function () {
    return [AggregateError.length, AggregateError.name, Object.getPrototypeOf(AggregateError) === Error,
            Object.getPrototypeOf(AggregateError.prototype) === Error.prototype,
            AggregateError.prototype.name, JSON.stringify(AggregateError.prototype.message),
            Object.prototype.hasOwnProperty.call(AggregateError.prototype, 'errors')];
});
show('AggregateError stack', function () { return new AggregateError([], 'agg').stack.split('\n')[0]; });
show('AggregateError toString tag', function () { return Object.prototype.toString.call(new AggregateError([])); });
