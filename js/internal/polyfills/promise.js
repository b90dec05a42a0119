'use strict';
/* js/internal/polyfills/promise.js: Promise (ES2021), to the letter of the spec.
 *
 * Jobs (reaction jobs and the thenable-adoption job) go to internal/microtasks.  The internal
 * slots live under hidden keys: kState holds the state bits, kResult the value or reason and
 * kReactions the pending reactions (undefined, one record or an array).  A reaction record
 * carries its own job argument once triggered, so a settled promise queues no closure.
 *
 * Promises whose constructor is the intrinsic Promise skip NewPromiseCapability's executor
 * dance and are resolved through the internal operations: that is not observable, and it keeps
 * then() at one allocation for the derived promise and one for the reaction.
 *
 * Unhandled rejections: setRejectionHook(fn) receives fn('unhandled', promise, reason) when a
 * promise is rejected with no handler and fn('handled', promise) when a handler is attached
 * later (V8's kPromiseRejectWithNoHandler / kPromiseHandlerAddedAfterReject).
 *
 * Exports for the core and the lowering compiler's runtime: newPromise, resolvePromise and
 * rejectPromise (the internal operations: call one of them at most once per promise), awaitValue
 * (Await as V8 does it: PerformPromiseThen with no derived promise, one tick), isPromise,
 * setRejectionHook, install.  Reach this module through
 * require('internal/polyfills/index').load('promise'), which also installs it; set the rejection
 * hook with index.onLoad('promise', ...) to keep Promise from loading at start-up.
 *
 * A long chain of pending promises (p.then().then()... 100,000 deep, as reduce() builds) is a
 * deep object graph; with Duktape's default DUK_USE_MARK_AND_SWEEP_RECLIMIT (256) every
 * mark-and-sweep then rescans the heap hundreds of times. */

var common = require('internal/polyfills/common');
var microtasks = require('internal/microtasks');

var isObject = common.isObject;
var describeReceiver = common.describeReceiver;
var enqueueWith = microtasks.enqueueWith;

var kState = common.hiddenKey('promiseState');
var kResult = common.hiddenKey('promiseResult');
var kReactions = common.hiddenKey('promiseReactions');

/* kState bits */
var PENDING = 0;
var FULFILLED = 1;
var REJECTED = 2;
var SETTLED_MASK = 3;
var HANDLED = 4;

var rejectionHook = null;

function isPromise(v) {
    return isObject(v) && v[kState] !== undefined;
}

function initPromise(p) {
    p[kState] = PENDING;
    p[kResult] = undefined;
    p[kReactions] = undefined;
}

/*
 * Promise(executor)
 */
function Promise(executor) {
    if (!(this instanceof Promise) || this[kState] !== undefined) {
        throw new TypeError("Promise constructor cannot be invoked without 'new'");
    }
    if (typeof executor !== 'function') {
        throw new TypeError('Promise resolver ' + describeReceiver(executor) +
            ' is not a function');
    }
    initPromise(this);
    var fns = createResolvingFunctions(this);
    try {
        executor(fns.resolve, fns.reject);
    } catch (e) {
        fns.reject(e);
    }
}

/* Creates a pending promise of the intrinsic Promise without running an executor. */
function newPromise() {
    var p = Object.create(Promise.prototype);
    initPromise(p);
    return p;
}

/* CreateResolvingFunctions(promise): the resolve/reject pair handed to executors, sharing one
 * alreadyResolved flag. */
function createResolvingFunctions(promise) {
    var done = false;
    return {
        resolve: function (resolution) {
            if (done) {
                return;
            }
            done = true;
            resolvePromise(promise, resolution);
        },
        reject: function (reason) {
            if (done) {
                return;
            }
            done = true;
            rejectPromise(promise, reason);
        }
    };
}

/* The [[Resolve]] steps: adopts a thenable (one extra job), fulfills with anything else. */
function resolvePromise(promise, resolution) {
    if (resolution === promise) {
        rejectPromise(promise, new TypeError('Chaining cycle detected for promise #<Promise>'));
        return;
    }
    if (!isObject(resolution)) {
        fulfillPromise(promise, resolution);
        return;
    }
    var then;
    try {
        then = resolution.then;
    } catch (e) {
        rejectPromise(promise, e);
        return;
    }
    if (typeof then !== 'function') {
        fulfillPromise(promise, resolution);
        return;
    }
    enqueueWith(resolveThenableJob, { promise: promise, thenable: resolution, then: then });
}

/* NewPromiseResolveThenableJob.  Adopting one of our own promises through the untouched then
 * skips the resolving functions and the derived promise; what then would observe (reading
 * .constructor and @@species) is still read. */
function resolveThenableJob(job) {
    var thenable = job.thenable;
    if (job.then === promiseThen && isPromise(thenable) && thenable.constructor === Promise &&
        Promise[Symbol.species] === Promise) {
        performThen(thenable, undefined, undefined, job.promise, undefined, undefined);
        return;
    }
    var fns = createResolvingFunctions(job.promise);
    try {
        job.then.call(thenable, fns.resolve, fns.reject);
    } catch (e) {
        fns.reject(e);
    }
}

function fulfillPromise(promise, value) {
    var reactions = promise[kReactions];
    promise[kState] = (promise[kState] & ~SETTLED_MASK) | FULFILLED;
    promise[kResult] = value;
    promise[kReactions] = undefined;
    triggerReactions(reactions, FULFILLED, value);
}

function rejectPromise(promise, reason) {
    var reactions = promise[kReactions];
    var state = promise[kState];
    promise[kState] = (state & ~SETTLED_MASK) | REJECTED;
    promise[kResult] = reason;
    promise[kReactions] = undefined;
    if (!(state & HANDLED) && rejectionHook !== null) {
        rejectionHook('unhandled', promise, reason);
    }
    triggerReactions(reactions, REJECTED, reason);
}

function triggerReactions(reactions, kind, argument) {
    if (reactions === undefined) {
        return;
    }
    if (!Array.isArray(reactions)) {
        reactions.k = kind;
        reactions.a = argument;
        enqueueWith(reactionJob, reactions);
        return;
    }
    for (var i = 0; i < reactions.length; i++) {
        reactions[i].k = kind;
        reactions[i].a = argument;
        enqueueWith(reactionJob, reactions[i]);
    }
}

/* PerformPromiseThen.  The result goes to `target` (an intrinsic promise resolved internally),
 * or to the capability functions res/rej, or nowhere (Await). */
function performThen(promise, onFulfilled, onRejected, target, res, rej) {
    var reaction = {
        f: typeof onFulfilled === 'function' ? onFulfilled : undefined,
        r: typeof onRejected === 'function' ? onRejected : undefined,
        t: target,
        res: res,
        rej: rej,
        k: 0,
        a: undefined
    };
    var state = promise[kState];
    var settled = state & SETTLED_MASK;
    if (settled === PENDING) {
        var list = promise[kReactions];
        if (list === undefined) {
            promise[kReactions] = reaction;
        } else if (Array.isArray(list)) {
            list[list.length] = reaction;
        } else {
            promise[kReactions] = [list, reaction];
        }
    } else {
        if (settled === REJECTED && !(state & HANDLED) && rejectionHook !== null) {
            rejectionHook('handled', promise);
        }
        reaction.k = settled;
        reaction.a = promise[kResult];
        enqueueWith(reactionJob, reaction);
    }
    promise[kState] = promise[kState] | HANDLED;
}

/* NewPromiseReactionJob */
function reactionJob(reaction) {
    var handler = reaction.k === FULFILLED ? reaction.f : reaction.r;
    var ok = reaction.k === FULFILLED;
    var result = reaction.a;
    reaction.a = undefined;
    if (handler !== undefined) {
        try {
            result = handler(result);
            ok = true;
        } catch (e) {
            result = e;
            ok = false;
        }
    }
    if (reaction.t !== undefined) {
        if (ok) {
            resolvePromise(reaction.t, result);
        } else {
            rejectPromise(reaction.t, result);
        }
    } else if (reaction.res !== undefined) {
        if (ok) {
            reaction.res(result);
        } else {
            reaction.rej(result);
        }
    } else if (!ok) {
        /* An Await reaction whose handler threw: nothing can catch it, surface it. */
        throw result;
    }
}

/*
 * NewPromiseCapability(C): { promise, resolve, reject }.  The intrinsic Promise gets internal
 * functions.
 */
function newPromiseCapability(C) {
    if (C === Promise) {
        var p = newPromise();
        var fns = createResolvingFunctions(p);
        return { promise: p, resolve: fns.resolve, reject: fns.reject };
    }
    if (typeof C !== 'function') {
        throw new TypeError(describeReceiver(C) + ' is not a constructor');
    }
    var cap = { promise: undefined, resolve: undefined, reject: undefined };
    var executor = function (resolve, reject) {
        if (cap.resolve !== undefined || cap.reject !== undefined) {
            throw new TypeError('Promise executor has already been invoked with non-undefined ' +
                'arguments');
        }
        cap.resolve = resolve;
        cap.reject = reject;
    };
    cap.promise = new C(executor);
    if (typeof cap.resolve !== 'function' || typeof cap.reject !== 'function') {
        throw new TypeError('Promise resolve or reject function is not callable');
    }
    return cap;
}

/* SpeciesConstructor(O, %Promise%) */
function speciesConstructor(o) {
    var C = o.constructor;
    if (C === undefined) {
        return Promise;
    }
    if (!isObject(C)) {
        throw new TypeError('The .constructor property is not an object');
    }
    var S = C[Symbol.species];
    if (S === undefined || S === null) {
        return Promise;
    }
    if (typeof S === 'function') {
        return S;
    }
    throw new TypeError('object.constructor[Symbol.species] is not a constructor');
}

/* PromiseResolve(C, x) */
function promiseResolve(C, x) {
    if (isPromise(x) && x.constructor === C) {
        return x;
    }
    if (C === Promise) {
        var p = newPromise();
        resolvePromise(p, x);
        return p;
    }
    var cap = newPromiseCapability(C);
    cap.resolve(x);
    return cap.promise;
}

/*
 * Promise.prototype
 */
function promiseThen(onFulfilled, onRejected) {
    if (!isPromise(this)) {
        throw new TypeError('Method Promise.prototype.then called on incompatible receiver ' +
            describeReceiver(this));
    }
    var C = speciesConstructor(this);
    if (C === Promise) {
        var derived = newPromise();
        performThen(this, onFulfilled, onRejected, derived, undefined, undefined);
        return derived;
    }
    var cap = newPromiseCapability(C);
    performThen(this, onFulfilled, onRejected, undefined, cap.resolve, cap.reject);
    return cap.promise;
}

function promiseCatch(onRejected) {
    /* Invoke(promise, "then", ...) with V8's message when there is no callable then. */
    var then = this === null || this === undefined ? undefined : this.then;
    if (typeof then !== 'function') {
        throw new TypeError(common.describeForIterable(then) + ' is not a function');
    }
    return then.call(this, undefined, onRejected);
}

function promiseFinally(onFinally) {
    var promise = this;
    if (!isObject(promise)) {
        throw new TypeError('Promise.prototype.finally called on non-object');
    }
    var C = speciesConstructor(promise);
    if (typeof onFinally !== 'function') {
        return promise.then(onFinally, onFinally);
    }
    var thenFinally = function (value) {
        var result = onFinally();
        return promiseResolve(C, result).then(function () {
            return value;
        });
    };
    var catchFinally = function (reason) {
        var result = onFinally();
        return promiseResolve(C, result).then(function () {
            throw reason;
        });
    };
    return promise.then(thenFinally, catchFinally);
}

/* Symbol.for('nodule.promiseState') on the prototype: what util.inspect prints. */
function promiseStateOf() {
    if (!isPromise(this)) {
        return undefined;
    }
    var s = this[kState] & SETTLED_MASK;
    return {
        state: s === PENDING ? 'pending' : s === FULFILLED ? 'fulfilled' : 'rejected',
        value: this[kResult]
    };
}

/*
 * Promise statics
 */
function promiseStaticResolve(x) {
    if (!isObject(this)) {
        throw new TypeError('PromiseResolve called on non-object');
    }
    return promiseResolve(this, x);
}

function promiseStaticReject(r) {
    if (!isObject(this)) {
        throw new TypeError('PromiseReject called on non-object');
    }
    var cap = newPromiseCapability(this);
    cap.reject(r);
    return cap.promise;
}

/* GetPromiseResolve(C) */
function getPromiseResolve(C) {
    var resolve = C.resolve;
    if (typeof resolve !== 'function') {
        throw new TypeError('resolve is not a function');
    }
    return resolve;
}

/* The skeleton shared by all, allSettled and any: calls perElement(index, nextPromise, cap,
 * state) for each value; `state.remaining` starts at 1 and finish(state, cap) runs when it drops
 * to 0. */
function combinator(C, name, iterable, perElement, finish) {
    if (!isObject(C)) {
        throw new TypeError(name + ' called on non-object');
    }
    var cap = newPromiseCapability(C);
    try {
        var resolveFn = getPromiseResolve(C);
        var state = { values: [], remaining: 1 };
        var index = 0;
        common.forOf(iterable, function (value) {
            state.values[index] = undefined;
            var next = resolveFn.call(C, value);
            perElement(index, next, cap, state);
            index++;
        });
        if (--state.remaining === 0) {
            finish(state, cap);
        }
    } catch (e) {
        cap.reject(e);
    }
    return cap.promise;
}

function promiseAll(iterable) {
    return combinator(this, 'Promise.all', iterable, function (index, next, cap, state) {
        var called = false;
        state.remaining++;
        next.then(function (x) {
            if (called) {
                return;
            }
            called = true;
            state.values[index] = x;
            if (--state.remaining === 0) {
                cap.resolve(state.values);
            }
        }, cap.reject);
    }, function (state, cap) {
        cap.resolve(state.values);
    });
}

function promiseAllSettled(iterable) {
    return combinator(this, 'Promise.allSettled', iterable, function (index, next, cap, state) {
        var called = false;
        state.remaining++;
        next.then(function (x) {
            if (called) {
                return;
            }
            called = true;
            state.values[index] = { status: 'fulfilled', value: x };
            if (--state.remaining === 0) {
                cap.resolve(state.values);
            }
        }, function (r) {
            if (called) {
                return;
            }
            called = true;
            state.values[index] = { status: 'rejected', reason: r };
            if (--state.remaining === 0) {
                cap.resolve(state.values);
            }
        });
    }, function (state, cap) {
        cap.resolve(state.values);
    });
}

function rejectAll(state, cap) {
    var AE = common.area('error').AggregateError;
    cap.reject(new AE(state.values, 'All promises were rejected'));
}

function promiseAny(iterable) {
    return combinator(this, 'Promise.any', iterable, function (index, next, cap, state) {
        var called = false;
        state.remaining++;
        next.then(cap.resolve, function (r) {
            if (called) {
                return;
            }
            called = true;
            state.values[index] = r;
            if (--state.remaining === 0) {
                rejectAll(state, cap);
            }
        });
    }, rejectAll);
}

function promiseRace(iterable) {
    var C = this;
    if (!isObject(C)) {
        throw new TypeError('Promise.race called on non-object');
    }
    var cap = newPromiseCapability(C);
    try {
        var resolveFn = getPromiseResolve(C);
        common.forOf(iterable, function (value) {
            resolveFn.call(C, value).then(cap.resolve, cap.reject);
        });
    } catch (e) {
        cap.reject(e);
    }
    return cap.promise;
}

/*
 * Internal API
 */

/* Await(value) as V8 does it: PromiseResolve(%Promise%, value), then PerformPromiseThen with no
 * derived promise.  onFulfilled/onRejected run as a job with the value or reason. */
function awaitValue(value, onFulfilled, onRejected) {
    var p = promiseResolve(Promise, value);
    performThen(p, onFulfilled, onRejected, undefined, undefined, undefined);
}

function setRejectionHook(fn) {
    rejectionHook = typeof fn === 'function' ? fn : null;
}

var defined = false;

/* Builds Promise's properties once and sets global.Promise. */
function install(global) {
    if (!defined) {
        defined = true;
        var define = common.define;
        common.setLength(promiseThen, 2);
        define(Promise.prototype, 'then', promiseThen);
        define(Promise.prototype, 'catch', promiseCatch);
        define(Promise.prototype, 'finally', promiseFinally);
        common.defineTag(Promise.prototype, 'Promise');
        define(Promise.prototype, Symbol.for('nodule.promiseState'), promiseStateOf);
        define(Promise, 'all', promiseAll);
        define(Promise, 'allSettled', promiseAllSettled);
        define(Promise, 'any', promiseAny);
        define(Promise, 'race', promiseRace);
        define(Promise, 'reject', promiseStaticReject);
        define(Promise, 'resolve', promiseStaticResolve);
        Object.defineProperty(Promise, Symbol.species, {
            get: common.setName(function () {
                return this;
            }, 'get [Symbol.species]'),
            enumerable: false,
            configurable: true
        });
        common.setName(promiseThen, 'then');
        common.setName(promiseCatch, 'catch');
        common.setName(promiseFinally, 'finally');
        common.setName(promiseStaticResolve, 'resolve');
        common.setName(promiseStaticReject, 'reject');
        common.setName(promiseAll, 'all');
        common.setName(promiseAllSettled, 'allSettled');
        common.setName(promiseAny, 'any');
        common.setName(promiseRace, 'race');
    }
    common.defineGlobal(global, 'Promise', Promise);
}

module.exports = {
    Promise: Promise,
    install: install,
    isPromise: isPromise,
    newPromise: newPromise,
    resolvePromise: resolvePromise,
    rejectPromise: rejectPromise,
    awaitValue: awaitValue,
    setRejectionHook: setRejectionHook
};
