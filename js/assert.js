'use strict';
/* js/assert.js: Node's 'assert' module: assert/ok, equal, notEqual, deepEqual, notDeepEqual,
 * deepStrictEqual, notDeepStrictEqual, strictEqual, notStrictEqual, throws, doesNotThrow,
 * rejects, doesNotReject, ifError, match, doesNotMatch, fail, AssertionError, CallTracker and
 * assert.strict, with Node 20's messages (internal/assert/assertion_error) and deep equality
 * (internal/assert/comparisons).
 *
 * rejects/doesNotReject need a Promise implementation; the global one is looked up when they
 * are called.  Differences from Node 20: assert.ok's generated message finds the failing call
 * from the caller's line without a column (see internal/assert/utils). */

var AssertionError = require('internal/assert/assertion_error');
var innerOk = require('internal/assert/utils').innerOk;
var inspectModule = require('internal/util/inspect');
var inspect = inspectModule.inspect;
var types = inspectModule.types;
var isRegExp = types.isRegExp;
var isPromise = types.isPromise;

var errorsModule = null;
function codes() {
    if (errorsModule === null) errorsModule = require('internal/errors');
    return errorsModule.codes;
}

var comparisons = null;
function isDeepEqual(a, b) {
    if (comparisons === null) comparisons = require('internal/assert/comparisons');
    return comparisons.isDeepEqual(a, b);
}
function isDeepStrictEqual(a, b) {
    if (comparisons === null) comparisons = require('internal/assert/comparisons');
    return comparisons.isDeepStrictEqual(a, b);
}

function isError(e) {
    return inspectModule.isError(e);
}

function objectIs(a, b) {
    if (a === b) return a !== 0 || 1 / a === 1 / b;
    return a !== a && b !== b;
}

function isNaNValue(v) {
    return typeof v === 'number' && v !== v;
}

var NO_EXCEPTION_SENTINEL = {};

function innerFail(obj) {
    if (obj.message instanceof Error) throw obj.message;
    throw new AssertionError(obj);
}

function missingArgs() {
    return new (codes().ERR_MISSING_ARGS)('actual', 'expected');
}

/* assert(value[, message]) and assert.ok(value[, message]) */
function ok() {
    innerOk(ok, arguments.length, arguments[0], arguments[1]);
}

var assert = ok;

var failWarned = false;

/* assert.fail([message]) (and the deprecated fail(actual, expected, message, operator)) */
function fail(actual, expected, message, operator, stackStartFn) {
    var argsLen = arguments.length;
    var internalMessage = false;
    if (actual == null && argsLen <= 1) {
        internalMessage = true;
        message = 'Failed';
    } else if (argsLen === 1) {
        message = actual;
        actual = undefined;
    } else {
        if (!failWarned) {
            failWarned = true;
            process.emitWarning('assert.fail() with more than one argument is deprecated. ' +
                                'Please use assert.strictEqual() instead or only pass a ' +
                                'message.', 'DeprecationWarning', 'DEP0094');
        }
        if (argsLen === 2) operator = '!=';
    }
    if (message instanceof Error) throw message;
    var err = new AssertionError({
        actual: actual,
        expected: expected,
        operator: operator === undefined ? 'fail' : operator,
        stackStartFn: stackStartFn || fail,
        message: message
    });
    if (internalMessage) err.generatedMessage = true;
    throw err;
}

function equal(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    /* eslint-disable-next-line eqeqeq */
    if (actual != expected && (!isNaNValue(actual) || !isNaNValue(expected))) {
        innerFail({ actual: actual, expected: expected, message: message, operator: '==',
                    stackStartFn: equal });
    }
}

function notEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    /* eslint-disable-next-line eqeqeq */
    if (actual == expected || (isNaNValue(actual) && isNaNValue(expected))) {
        innerFail({ actual: actual, expected: expected, message: message, operator: '!=',
                    stackStartFn: notEqual });
    }
}

function deepEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    if (!isDeepEqual(actual, expected)) {
        innerFail({ actual: actual, expected: expected, message: message,
                    operator: 'deepEqual', stackStartFn: deepEqual });
    }
}

function notDeepEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    if (isDeepEqual(actual, expected)) {
        innerFail({ actual: actual, expected: expected, message: message,
                    operator: 'notDeepEqual', stackStartFn: notDeepEqual });
    }
}

function deepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    if (!isDeepStrictEqual(actual, expected)) {
        innerFail({ actual: actual, expected: expected, message: message,
                    operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
    }
}

function notDeepStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    if (isDeepStrictEqual(actual, expected)) {
        innerFail({ actual: actual, expected: expected, message: message,
                    operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
    }
}

function strictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    if (!objectIs(actual, expected)) {
        innerFail({ actual: actual, expected: expected, message: message,
                    operator: 'strictEqual', stackStartFn: strictEqual });
    }
}

function notStrictEqual(actual, expected, message) {
    if (arguments.length < 2) throw missingArgs();
    if (objectIs(actual, expected)) {
        innerFail({ actual: actual, expected: expected, message: message,
                    operator: 'notStrictEqual', stackStartFn: notStrictEqual });
    }
}

/* Holds the keys of an object being compared with an expected error object, so the diff
 * shows only those keys (Node prints it as 'Comparison {'). */
function Comparison(obj, keys, actual) {
    for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (key in obj) {
            if (actual !== undefined && typeof actual[key] === 'string' &&
                isRegExp(obj[key]) && obj[key].exec(actual[key]) !== null) {
                this[key] = actual[key];
            } else {
                this[key] = obj[key];
            }
        }
    }
}

function compareExceptionKey(actual, expected, key, message, keys, fn) {
    if (!(key in actual) || !isDeepStrictEqual(actual[key], expected[key])) {
        if (!message) {
            var a = new Comparison(actual, keys);
            var b = new Comparison(expected, keys, actual);
            var err = new AssertionError({
                actual: a, expected: b, operator: 'deepStrictEqual', stackStartFn: fn
            });
            err.actual = actual;
            err.expected = expected;
            err.operator = fn.name;
            throw err;
        }
        innerFail({ actual: actual, expected: expected, message: message, operator: fn.name,
                    stackStartFn: fn });
    }
}

/* Checks a caught error against `expected`: a RegExp (tested on String(actual)), an object
 * whose keys must match, an Error class, or a validation function returning true. */
function expectedException(actual, expected, message, fn) {
    var generatedMessage = false;
    var throwError = false;

    if (typeof expected !== 'function') {
        if (isRegExp(expected)) {
            var str = String(actual);
            if (expected.exec(str) !== null) return;
            if (!message) {
                generatedMessage = true;
                message = 'The input did not match the regular expression ' +
                          inspect(expected) + '. Input:\n\n' + inspect(str) + '\n';
            }
            throwError = true;
        } else if (typeof actual !== 'object' || actual === null) {
            var err0 = new AssertionError({
                actual: actual, expected: expected, message: message,
                operator: 'deepStrictEqual', stackStartFn: fn
            });
            err0.operator = fn.name;
            throw err0;
        } else {
            var keys = Object.keys(expected);
            if (expected instanceof Error) {
                keys.push('name', 'message');
            } else if (keys.length === 0) {
                throw new (codes().ERR_INVALID_ARG_VALUE)('error', expected,
                                                          'may not be an empty object');
            }
            for (var i = 0; i < keys.length; i++) {
                var key = keys[i];
                if (typeof actual[key] === 'string' && isRegExp(expected[key]) &&
                    expected[key].exec(actual[key]) !== null) {
                    continue;
                }
                compareExceptionKey(actual, expected, key, message, keys, fn);
            }
            return;
        }
    } else if (expected.prototype !== undefined && actual instanceof expected) {
        return;
    } else if (Error.isPrototypeOf(expected)) {
        if (!message) {
            generatedMessage = true;
            message = 'The error is expected to be an instance of "' + expected.name +
                      '". Received ';
            if (isError(actual)) {
                var name = (actual.constructor && actual.constructor.name) || actual.name;
                if (expected.name === name) {
                    message += 'an error with identical name but a different prototype.';
                } else {
                    message += '"' + name + '"';
                }
                if (actual.message) {
                    message += '\n\nError message:\n\n' + actual.message;
                }
            } else {
                message += '"' + inspect(actual, { depth: -1 }) + '"';
            }
        }
        throwError = true;
    } else {
        var res = expected.call({}, actual);
        if (res !== true) {
            if (!message) {
                generatedMessage = true;
                var fname = expected.name ? '"' + expected.name + '" ' : '';
                message = 'The ' + fname + 'validation function is expected to return' +
                          ' "true". Received ' + inspect(res);
                if (isError(actual)) {
                    message += '\n\nCaught error:\n\n' + actual;
                }
            }
            throwError = true;
        }
    }

    if (throwError) {
        var err = new AssertionError({
            actual: actual, expected: expected, message: message, operator: fn.name,
            stackStartFn: fn
        });
        err.generatedMessage = generatedMessage;
        throw err;
    }
}

function getActual(fn) {
    if (typeof fn !== 'function') {
        throw new (codes().ERR_INVALID_ARG_TYPE)('fn', 'Function', fn);
    }
    try {
        fn();
    } catch (e) {
        return e;
    }
    return NO_EXCEPTION_SENTINEL;
}

function checkIsPromise(obj) {
    return isPromise(obj) ||
        (obj !== null && typeof obj === 'object' && typeof obj.then === 'function' &&
         typeof obj['catch'] === 'function');
}

function getPromise() {
    if (typeof Promise !== 'function') {
        throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('Promise');
    }
    return Promise;
}

/* Resolves to the rejection reason of promiseFn's promise, or to the sentinel. */
function waitForActual(promiseFn) {
    var P = getPromise();
    return new P(function (resolve, reject) {
        var resultPromise;
        if (typeof promiseFn === 'function') {
            resultPromise = promiseFn();
            if (!checkIsPromise(resultPromise)) {
                throw new (codes().ERR_INVALID_RETURN_VALUE)('instance of Promise',
                                                            'promiseFn', resultPromise);
            }
        } else if (checkIsPromise(promiseFn)) {
            resultPromise = promiseFn;
        } else {
            throw new (codes().ERR_INVALID_ARG_TYPE)('promiseFn', ['Function', 'Promise'],
                                                    promiseFn);
        }
        resultPromise.then(function () {
            resolve(NO_EXCEPTION_SENTINEL);
        }, function (e) {
            resolve(e);
        });
    });
}

function expectsError(stackStartFn, actual, error, message) {
    if (typeof error === 'string') {
        if (arguments.length === 4) {
            throw new (codes().ERR_INVALID_ARG_TYPE)('error',
                ['Object', 'Error', 'Function', 'RegExp'], error);
        }
        if (typeof actual === 'object' && actual !== null) {
            if (actual.message === error) {
                throw new (codes().ERR_AMBIGUOUS_ARGUMENT)('error/message',
                    'The error message "' + actual.message + '" is identical to the message.');
            }
        } else if (actual === error) {
            throw new (codes().ERR_AMBIGUOUS_ARGUMENT)('error/message',
                'The error "' + actual + '" is identical to the message.');
        }
        message = error;
        error = undefined;
    } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
        throw new (codes().ERR_INVALID_ARG_TYPE)('error',
            ['Object', 'Error', 'Function', 'RegExp'], error);
    }

    if (actual === NO_EXCEPTION_SENTINEL) {
        var details = '';
        if (error && error.name) details += ' (' + error.name + ')';
        details += message ? ': ' + message : '.';
        var fnType = stackStartFn === rejects ? 'rejection' : 'exception';
        innerFail({
            actual: undefined,
            expected: error,
            operator: stackStartFn.name,
            message: 'Missing expected ' + fnType + details,
            stackStartFn: stackStartFn
        });
    }
    if (!error) return;
    expectedException(actual, error, message, stackStartFn);
}

function hasMatchingError(actual, expected) {
    if (typeof expected !== 'function') {
        if (isRegExp(expected)) {
            return expected.exec(String(actual)) !== null;
        }
        throw new (codes().ERR_INVALID_ARG_TYPE)('expected', ['Function', 'RegExp'], expected);
    }
    if (expected.prototype !== undefined && actual instanceof expected) return true;
    if (Error.isPrototypeOf(expected)) return false;
    return expected.call({}, actual) === true;
}

function expectsNoError(stackStartFn, actual, error, message) {
    if (actual === NO_EXCEPTION_SENTINEL) return;
    if (typeof error === 'string') {
        message = error;
        error = undefined;
    }
    if (!error || hasMatchingError(actual, error)) {
        var details = message ? ': ' + message : '.';
        var fnType = stackStartFn === doesNotReject ? 'rejection' : 'exception';
        innerFail({
            actual: actual,
            expected: error,
            operator: stackStartFn.name,
            message: 'Got unwanted ' + fnType + details + '\n' +
                     'Actual message: "' + (actual && actual.message) + '"',
            stackStartFn: stackStartFn
        });
    }
    throw actual;
}

function withActual(args, actual) {
    var list = [actual];
    for (var i = 1; i < args.length; i++) list.push(args[i]);
    return list;
}

/* assert.throws(fn[, error][, message]) */
function throws(promiseFn) {
    expectsError.apply(null, [throws].concat(withActual(arguments, getActual(promiseFn))));
}

/* assert.rejects(asyncFn | promise[, error][, message]): a promise. */
function rejects(promiseFn) {
    var args = arguments;
    return waitForActual(promiseFn).then(function (actual) {
        expectsError.apply(null, [rejects].concat(withActual(args, actual)));
    });
}

/* assert.doesNotThrow(fn[, error][, message]) */
function doesNotThrow(fn) {
    expectsNoError.apply(null, [doesNotThrow].concat(withActual(arguments, getActual(fn))));
}

/* assert.doesNotReject(asyncFn | promise[, error][, message]): a promise. */
function doesNotReject(fn) {
    var args = arguments;
    return waitForActual(fn).then(function (actual) {
        expectsNoError.apply(null, [doesNotReject].concat(withActual(args, actual)));
    });
}

/* assert.ifError(value): throws for anything but null and undefined, keeping the original
 * error's frames in the new error's stack. */
function ifError(err) {
    if (err === null || err === undefined) return;
    var message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
        if (err.message.length === 0 && err.constructor) {
            message += err.constructor.name;
        } else {
            message += err.message;
        }
    } else {
        message += inspect(err);
    }
    var newErr = new AssertionError({
        actual: err, expected: null, operator: 'ifError', message: message,
        stackStartFn: ifError
    });
    var origStack = err.stack;
    if (typeof origStack === 'string') {
        var origStackStart = origStack.indexOf('\n    at');
        if (origStackStart !== -1) {
            var originalFrames = origStack.slice(origStackStart + 1).split('\n');
            var newFrames = String(newErr.stack).split('\n');
            for (var i = 0; i < originalFrames.length; i++) {
                var pos = newFrames.indexOf(originalFrames[i]);
                if (pos !== -1) {
                    newFrames = newFrames.slice(0, pos);
                    break;
                }
            }
            newErr.stack = newFrames.join('\n') + '\n' + originalFrames.join('\n');
        }
    }
    throw newErr;
}

function internalMatch(string, regexp, message, fn) {
    if (!isRegExp(regexp)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('regexp', 'RegExp', regexp);
    }
    var isMatch = fn === match;
    if (typeof string !== 'string' || (regexp.exec(string) !== null) !== isMatch) {
        if (message instanceof Error) throw message;
        var generatedMessage = !message;
        message = message || (typeof string !== 'string' ?
            'The "string" argument must be of type string. Received type ' +
            typeof string + ' (' + inspect(string) + ')' :
            (isMatch ? 'The input did not match the regular expression ' :
                     'The input was expected to not match the regular expression ') +
            inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n');
        var err = new AssertionError({
            actual: string, expected: regexp, message: message, operator: fn.name,
            stackStartFn: fn
        });
        err.generatedMessage = generatedMessage;
        throw err;
    }
}

/* assert.match(string, regexp[, message]) */
function match(string, regexp, message) {
    internalMatch(string, regexp, message, match);
}

/* assert.doesNotMatch(string, regexp[, message]) */
function doesNotMatch(string, regexp, message) {
    internalMatch(string, regexp, message, doesNotMatch);
}

/* ------------------------------------------------------------------------------------------ */
/* assert.CallTracker (deprecated in Node 20, DEP0173) */

var trackerWarned = false;

function CallTrackerContext(expected, stackTrace, name) {
    this.calls = [];
    this.expected = expected;
    this.stackTrace = stackTrace;
    this.name = name;
}

CallTrackerContext.prototype.report = function () {
    if (this.calls.length - this.expected !== 0) {
        return {
            message: 'Expected the ' + this.name + ' function to be executed ' +
                     this.expected + ' time(s) but was executed ' + this.calls.length +
                     ' time(s).',
            actual: this.calls.length,
            expected: this.expected,
            operator: this.name,
            stack: this.stackTrace
        };
    }
    return undefined;
};

var kTracker = Symbol('kTracker');

function noop() {}

function CallTracker() {
    if (!(this instanceof CallTracker)) {
        throw new TypeError("Class constructor CallTracker cannot be invoked without 'new'");
    }
    if (!trackerWarned) {
        trackerWarned = true;
        process.emitWarning('assert.CallTracker is deprecated.', 'DeprecationWarning',
                            'DEP0173');
    }
    Object.defineProperty(this, kTracker, { value: { contexts: [], tracked: [] } });
}

function trackedContext(self, tracked) {
    var state = self[kTracker];
    var i = state.tracked.indexOf(tracked);
    if (i === -1) {
        throw new (codes().ERR_INVALID_ARG_VALUE)('tracked', tracked,
                                                  'is not a tracked function');
    }
    return state.contexts[i];
}

CallTracker.prototype.calls = function calls(fn, expected) {
    if (typeof fn === 'number') {
        expected = fn;
        fn = noop;
    } else if (fn === undefined) {
        fn = noop;
    }
    if (expected === undefined) expected = 1;
    require('internal/validators').validateUint32(expected, 'expected', true);
    var context = new CallTrackerContext(expected, new Error(), fn.name || 'calls');
    var tracked = function () {
        context.calls.push(Object.freeze({
            thisArg: this, arguments: Object.freeze(Array.prototype.slice.call(arguments))
        }));
        return fn.apply(this, arguments);
    };
    Object.defineProperty(tracked, 'name', { value: fn.name, configurable: true });
    Object.defineProperty(tracked, 'length', { value: fn.length, configurable: true });
    var state = this[kTracker];
    state.contexts.push(context);
    state.tracked.push(tracked);
    return tracked;
};

CallTracker.prototype.getCalls = function getCalls(tracked) {
    return trackedContext(this, tracked).calls.slice();
};

CallTracker.prototype.reset = function reset(tracked) {
    if (tracked === undefined) {
        this[kTracker].contexts.forEach(function (c) { c.calls = []; });
        return;
    }
    trackedContext(this, tracked).calls = [];
};

CallTracker.prototype.report = function report() {
    var errors = [];
    this[kTracker].contexts.forEach(function (c) {
        var message = c.report();
        if (message !== undefined) errors.push(message);
    });
    return errors;
};

CallTracker.prototype.verify = function verify() {
    var errors = this.report();
    if (errors.length === 0) return;
    var message = errors.length === 1 ? errors[0].message :
                  'Functions were not called the expected number of times';
    throw new AssertionError({ message: message, details: errors });
};

/* ------------------------------------------------------------------------------------------ */

assert.fail = fail;
assert.AssertionError = AssertionError;
assert.ok = ok;
assert.equal = equal;
assert.notEqual = notEqual;
assert.deepEqual = deepEqual;
assert.notDeepEqual = notDeepEqual;
assert.deepStrictEqual = deepStrictEqual;
assert.notDeepStrictEqual = notDeepStrictEqual;
assert.strictEqual = strictEqual;
assert.notStrictEqual = notStrictEqual;
assert.throws = throws;
assert.rejects = rejects;
assert.doesNotThrow = doesNotThrow;
assert.doesNotReject = doesNotReject;
assert.ifError = ifError;
assert.match = match;
assert.doesNotMatch = doesNotMatch;
assert.CallTracker = CallTracker;

/* assert.strict: the same functions with the strict comparisons under the loose names. */
function strict() {
    innerOk(strict, arguments.length, arguments[0], arguments[1]);
}
var names = Object.keys(assert);
for (var i = 0; i < names.length; i++) strict[names[i]] = assert[names[i]];
strict.equal = strictEqual;
strict.deepEqual = deepStrictEqual;
strict.notEqual = notStrictEqual;
strict.notDeepEqual = notDeepStrictEqual;
assert.strict = strict;
strict.strict = strict;

module.exports = assert;
