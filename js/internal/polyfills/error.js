'use strict';
/* js/internal/polyfills/error.js: AggregateError (ES2021) and the Error `cause` option (ES2022).
 *
 * Duktape's error constructors ignore a second argument.  When the core gives us
 * internalBinding('util').tracedataKey (the Duktape-internal key of an error's traceback), Error
 * and the six native subclasses are replaced by thin wrappers that construct the native error,
 * install `cause` from the options and drop the wrapper's own frame from the traceback, so
 * `stack`, `lineNumber` and `fileName` are exactly what the native constructor gives.  The
 * wrappers share the natives' prototypes (instanceof, prototype identity and
 * Object.prototype.toString are unchanged), and a subclass created through Reflect.construct gets
 * its own prototype.  Without the key no wrapper is installed: `cause` is then not supported.
 *
 * AggregateError builds a native Error and re-parents it, so it has a real traceback. */

/* Self-contained (common.js is loaded only by AggregateError): the core's bootstrap touches
 * Error, so this file is loaded at start-up and should stay small. */
var NativeError = Error;
var kTracedata = null;

try {
    /* global internalBinding: a module-wrapper parameter in the runtime */
    if (typeof internalBinding === 'function') {
        var utilBinding = internalBinding('util');
        if (utilBinding && utilBinding.tracedataKey !== undefined) {
            kTracedata = utilBinding.tracedataKey;
        }
    }
} catch (e) {
    kTracedata = null;
}

function isObject(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
}

function define(target, name, value) {
    Object.defineProperty(target, name, {
        value: value, writable: true, enumerable: false, configurable: true
    });
}

function setFunctionProp(fn, name, value) {
    Object.defineProperty(fn, name, {
        value: value, writable: false, enumerable: false, configurable: true
    });
}

/* Removes fn's frame from the top of err's traceback (Duktape keeps [fn, pc] pairs). */
function dropFrame(err, fn) {
    if (kTracedata === null) {
        return;
    }
    var td = err[kTracedata];
    if (td !== undefined && td !== null && td[0] === fn) {
        Array.prototype.splice.call(td, 0, 2);
    }
}

/* InstallErrorCause(O, options) */
function installCause(err, options) {
    if (isObject(options) && 'cause' in options) {
        define(err, 'cause', options.cause);
    }
}

/*
 * AggregateError(errors, message[, options])
 */
function AggregateError(errors, message) {
    var err = message === undefined ? new NativeError() : new NativeError(message);
    Object.setPrototypeOf(err, this instanceof AggregateError ? Object.getPrototypeOf(this) :
        AggregateError.prototype);
    installCause(err, arguments[2]);
    var list = [];
    require('internal/polyfills/common').forOf(errors, function (v) {
        list[list.length] = v;
    });
    define(err, 'errors', list);
    dropFrame(err, AggregateError);
    return err;
}

/* Returns a wrapper of the native constructor Native that honours options.cause. */
function wrapConstructor(Native, name) {
    var W = function (message) {
        var err = new Native(message);
        installCause(err, arguments[1]);
        if (this instanceof W) {
            var proto = Object.getPrototypeOf(this);
            if (proto !== Native.prototype) {
                /* Reflect.construct(W, args, Subclass) */
                Object.setPrototypeOf(err, proto);
            }
        }
        dropFrame(err, W);
        return err;
    };
    setFunctionProp(W, 'name', name);
    setFunctionProp(W, 'length', 1);
    Object.defineProperty(W, 'prototype', {
        value: Native.prototype, writable: false, enumerable: false, configurable: false
    });
    define(Native.prototype, 'constructor', W);
    return W;
}

var NATIVE_SUBCLASSES = ['EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
                         'TypeError', 'URIError'];

var installed = false;

/* Installs AggregateError and, when possible, the cause-aware constructors. */
function install(global) {
    if (installed) {
        return;
    }
    installed = true;
    var BaseError = NativeError;
    if (kTracedata !== null && new NativeError('x', { cause: 1 }).cause !== 1) {
        BaseError = wrapConstructor(NativeError, 'Error');
        define(global, 'Error', BaseError);
        for (var i = 0; i < NATIVE_SUBCLASSES.length; i++) {
            var name = NATIVE_SUBCLASSES[i];
            var W = wrapConstructor(global[name], name);
            Object.setPrototypeOf(W, BaseError);
            define(global, name, W);
        }
    }
    if (typeof global.AggregateError !== 'function') {
        var proto = Object.create(NativeError.prototype);
        define(proto, 'constructor', AggregateError);
        define(proto, 'name', 'AggregateError');
        define(proto, 'message', '');
        Object.defineProperty(AggregateError, 'prototype', {
            value: proto, writable: false, enumerable: false, configurable: false
        });
        Object.setPrototypeOf(AggregateError, BaseError);
        if (!Object.prototype.hasOwnProperty.call(global, 'AggregateError')) {
            define(global, 'AggregateError', AggregateError);
        }
    }
}

module.exports = {
    AggregateError: AggregateError,
    install: install
};
