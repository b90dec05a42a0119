'use strict';
/* js/events.js: Node's 'events' module: EventEmitter with Node 20's semantics (listener
 * order, 'newListener'/'removeListener', the 'error' rules, the MaxListenersExceededWarning,
 * captureRejections) and the helpers events.once, events.on, getEventListeners,
 * getMaxListeners, setMaxListeners and addAbortListener.
 *
 * An emitter keeps Node's visible own properties (_events, _eventsCount, _maxListeners and
 * the symbols shapeMode and kCapture), since console.log shows them.  process is an emitter,
 * so this module loads at start-up: internal/errors, internal/validators and util.inspect are
 * required only when an error is thrown or a warning printed.  emit() passes up to three
 * arguments without building an array.
 *
 * Differences from Node 20 (docs/api.md): events.once and events.on need
 * a global Promise; events.once is a plain function (Node's is an AsyncFunction). */

var kCapture = Symbol('kCapture');
var kErrorMonitor = Symbol('events.errorMonitor');
var kShapeMode = Symbol('shapeMode');
var kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
var kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
var kRejection = Symbol['for']('nodejs.rejection');
var kWatermarkData = Symbol['for']('nodejs.watermarkData');

var errorsModule;
var validatorsModule;
var inspectFn;

function lazyErrors() {
    if (errorsModule === undefined) {
        errorsModule = require('internal/errors');
    }
    return errorsModule;
}

function lazyValidators() {
    if (validatorsModule === undefined) {
        validatorsModule = require('internal/validators');
    }
    return validatorsModule;
}

/* Returns util.inspect(value, opts), loading it on first use. */
function inspect(value, opts) {
    if (inspectFn === undefined) {
        inspectFn = require('internal/util/inspect').inspect;
    }
    return inspectFn(value, opts);
}

/* Reflect.ownKeys: string keys, then symbols. */
var ownKeys = typeof Reflect === 'object' && typeof Reflect.ownKeys === 'function' ?
    Reflect.ownKeys :
    function (obj) {
        var keys = Object.getOwnPropertyNames(obj);
        return Object.getOwnPropertySymbols ? keys.concat(Object.getOwnPropertySymbols(obj)) :
               keys;
    };

function checkListener(listener) {
    if (typeof listener !== 'function') {
        lazyValidators().validateFunction(listener, 'listener');
    }
}

/* Returns the global Promise, or throws when the runtime has none. */
function getPromise(what) {
    if (typeof Promise !== 'function') {
        throw new Error(what + ' needs a global Promise');
    }
    return Promise;
}

function queueMicrotaskCompat(fn) {
    if (typeof queueMicrotask === 'function') {
        queueMicrotask(fn);
    } else {
        process.nextTick(fn);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* EventEmitter */

/* Creates an emitter; `opts.captureRejections` routes rejected promises returned by listeners
 * to 'error' (or to this[Symbol.for('nodejs.rejection')]). */
function EventEmitter(opts) {
    EventEmitter.init.call(this, opts);
}

module.exports = EventEmitter;
module.exports.addAbortListener = addAbortListener;
module.exports.once = once;
module.exports.on = on;
module.exports.getEventListeners = getEventListeners;
module.exports.getMaxListeners = getMaxListeners;
/* Backwards compatibility with node 0.10. */
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.usingDomains = false;
EventEmitter.captureRejectionSymbol = kRejection;
Object.defineProperty(EventEmitter, 'captureRejections', {
    get: function () {
        return EventEmitter.prototype[kCapture];
    },
    set: function (value) {
        lazyValidators().validateBoolean(value, 'EventEmitter.captureRejections');
        EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true
});

var EventEmitterAsyncResource;

Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
    enumerable: true,
    get: lazyEventEmitterAsyncResource,
    set: undefined,
    configurable: true
});

EventEmitter.errorMonitor = kErrorMonitor;

Object.defineProperty(EventEmitter.prototype, kCapture, {
    value: false, writable: true, enumerable: false
});

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;

/* More than this many listeners for one event prints a warning, to help find leaks. */
var defaultMaxListeners = 10;

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
    enumerable: true,
    get: function () {
        return defaultMaxListeners;
    },
    set: function (arg) {
        if (typeof arg !== 'number' || arg < 0 || arg !== arg) {
            lazyValidators().validateNumber(arg, 'defaultMaxListeners', 0);
        }
        defaultMaxListeners = arg;
    }
});

function hasEventListener(self, type) {
    if (type === undefined) {
        return self._events !== undefined;
    }
    return self._events !== undefined && self._events[type] !== undefined;
}

Object.defineProperties(EventEmitter, {
    kMaxEventTargetListeners: {
        value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false
    },
    kMaxEventTargetListenersWarned: {
        value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false,
        writable: false
    }
});

function isEventTarget(obj) {
    return obj != null && typeof obj === 'object' &&
           typeof obj.addEventListener === 'function' &&
           typeof obj.dispatchEvent === 'function' && typeof obj.on !== 'function';
}

/* setMaxListeners(n[, ...eventTargets]): without targets, sets the default for all emitters. */
EventEmitter.setMaxListeners = function () {
    var n = arguments.length > 0 && arguments[0] !== undefined ? arguments[0] :
            defaultMaxListeners;
    if (typeof n !== 'number' || n < 0 || n !== n) {
        lazyValidators().validateNumber(n, 'setMaxListeners', 0);
    }
    if (arguments.length <= 1) {
        defaultMaxListeners = n;
        return;
    }
    for (var i = 1; i < arguments.length; i++) {
        var target = arguments[i];
        if (isEventTarget(target)) {
            target[kMaxEventTargetListeners] = n;
            target[kMaxEventTargetListenersWarned] = false;
        } else if (target != null && typeof target.setMaxListeners === 'function') {
            target.setMaxListeners(n);
        } else {
            throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(
                'eventTargets', ['EventEmitter', 'EventTarget'], target);
        }
    }
};

/* Sets up the own state of an emitter; constructors of subclasses call it through
 * EventEmitter.call(this).  When a subclass prototype carries its own _events object, the
 * emitter is in "shape mode" and removals set entries to undefined instead of deleting. */
EventEmitter.init = function (opts) {
    if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
        this._events = Object.create(null);
        this._eventsCount = 0;
        this[kShapeMode] = false;
    } else {
        this[kShapeMode] = true;
    }
    this._maxListeners = this._maxListeners || undefined;
    if (opts != null && opts.captureRejections) {
        lazyValidators().validateBoolean(opts.captureRejections, 'options.captureRejections');
        this[kCapture] = Boolean(opts.captureRejections);
    } else {
        /* An own property saves a prototype lookup in emit(). */
        this[kCapture] = EventEmitter.prototype[kCapture];
    }
};

/* With captureRejections, sends a rejection of the promise a listener returned to 'error'. */
function addCatch(that, promise, type, args) {
    if (!that[kCapture]) {
        return;
    }
    /* Promises/A+: `then` may be a getter that throws on second use. */
    try {
        var then = promise.then;
        if (typeof then === 'function') {
            then.call(promise, undefined, function (err) {
                /* On the next tick, so a throw does not become another rejection. */
                process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
            });
        }
    } catch (err) {
        that.emit('error', err);
    }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
    if (typeof ee[kRejection] === 'function') {
        ee[kRejection].apply(ee, [err, type].concat(args));
    } else {
        /* Capture is off while emitting, so a rejecting 'error' listener cannot loop; if the
         * handler throws, the previous value comes back for uncaughtException handlers. */
        var prev = ee[kCapture];
        try {
            ee[kCapture] = false;
            ee.emit('error', err);
        } finally {
            ee[kCapture] = prev;
        }
    }
}

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
    if (typeof n !== 'number' || n < 0 || n !== n) {
        lazyValidators().validateNumber(n, 'setMaxListeners', 0);
    }
    this._maxListeners = n;
    return this;
};

function _getMaxListeners(that) {
    if (that._maxListeners === undefined) {
        return EventEmitter.defaultMaxListeners;
    }
    return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
    return _getMaxListeners(this);
};

/* Returns the longest run of `a` (over 3 lines) also found in `b`: { len, offset in a }. */
function identicalSequenceRange(a, b) {
    for (var i = 0; i < a.length - 3; i++) {
        var pos = b.indexOf(a[i]);
        if (pos !== -1) {
            var rest = b.length - pos;
            if (rest > 3) {
                var len = 1;
                var maxLen = Math.min(a.length - i, rest);
                while (maxLen > len && a[i + len] === b[pos + len]) {
                    len++;
                }
                if (len > 3) {
                    return { len: len, offset: i };
                }
            }
        }
    }
    return { len: 0, offset: 0 };
}

/* The stack printed for an unhandled 'error': the error's own stack, then where it was
 * emitted.  Runs with the emitter as `this`. */
function enhanceStackTrace(err, own) {
    var ctorInfo = '';
    try {
        var name = this.constructor.name;
        if (name !== 'EventEmitter') {
            ctorInfo = ' on ' + name + ' instance';
        }
    } catch (e) {
        /* Best effort. */
    }
    var sep = "\nEmitted 'error' event" + ctorInfo + ' at:\n';
    var errStack = String(err.stack).split('\n').slice(1);
    var ownStack = String(own.stack).split('\n').slice(1);
    var range = identicalSequenceRange(ownStack, errStack);
    if (range.len > 0) {
        ownStack.splice(range.offset + 1, range.len - 2,
                        '    [... lines matching original stack trace ...]');
    }
    return err.stack + sep + ownStack.join('\n');
}

/* Throws for an 'error' event nobody listens to: the error itself when it is an Error, else
 * ERR_UNHANDLED_ERROR carrying it as .context. */
function throwUnhandledError(emitter, args) {
    var er = args.length > 1 ? args[1] : undefined;
    var errors = lazyErrors();
    if (er instanceof Error) {
        try {
            var capture = {};
            if (typeof Error.captureStackTrace === 'function') {
                Error.captureStackTrace(capture, EventEmitter.prototype.emit);
            } else {
                capture = new Error();
            }
            Object.defineProperty(er, errors.kEnhanceStackBeforeInspector, {
                value: enhanceStackTrace.bind(emitter, er, capture),
                configurable: true
            });
        } catch (e) {
            /* Continue regardless of error. */
        }
        throw er; // Unhandled 'error' event
    }
    var stringifiedEr;
    try {
        stringifiedEr = inspect(er);
    } catch (e) {
        stringifiedEr = er;
    }
    var err = new errors.codes.ERR_UNHANDLED_ERROR(stringifiedEr);
    err.context = er;
    throw err; // Unhandled 'error' event
}

function sliceArgs(args, start) {
    var n = args.length - start;
    var out = new Array(n > 0 ? n : 0);
    for (var i = 0; i < n; i++) {
        out[i] = args[start + i];
    }
    return out;
}

/* Calls `fn` on `self` with the arguments of emit() after the event name. */
function callListener(fn, self, args) {
    switch (args.length) {
    case 1:
        return fn.call(self);
    case 2:
        return fn.call(self, args[1]);
    case 3:
        return fn.call(self, args[1], args[2]);
    case 4:
        return fn.call(self, args[1], args[2], args[3]);
    default:
        return fn.apply(self, sliceArgs(args, 1));
    }
}

/* Calls each listener of `type` in order with the remaining arguments; returns whether there
 * were listeners. */
EventEmitter.prototype.emit = function emit(type) {
    var doError = type === 'error';
    var events = this._events;
    if (events !== undefined) {
        if (doError && events[kErrorMonitor] !== undefined) {
            var monitorArgs = sliceArgs(arguments, 1);
            monitorArgs.unshift(kErrorMonitor);
            this.emit.apply(this, monitorArgs);
        }
        doError = doError && events.error === undefined;
    } else if (!doError) {
        return false;
    }

    if (doError) {
        throwUnhandledError(this, arguments);
    }

    var handler = events[type];
    if (handler === undefined) {
        return false;
    }
    var result;
    if (typeof handler === 'function') {
        result = callListener(handler, this, arguments);
        /* Most listeners return undefined: test that first. */
        if (result !== undefined && result !== null) {
            addCatch(this, result, type, sliceArgs(arguments, 1));
        }
    } else {
        var len = handler.length;
        var listeners = arrayClone(handler);
        for (var i = 0; i < len; ++i) {
            result = callListener(listeners[i], this, arguments);
            if (result !== undefined && result !== null) {
                addCatch(this, result, type, sliceArgs(arguments, 1));
            }
        }
    }
    return true;
};

function _addListener(target, type, listener, prepend) {
    var events;
    var existing;

    checkListener(listener);

    events = target._events;
    if (events === undefined) {
        events = target._events = Object.create(null);
        target._eventsCount = 0;
    } else {
        /* 'newListener' goes out before the listener is added, so a 'newListener' listener
         * never sees itself. */
        if (events.newListener !== undefined) {
            target.emit('newListener', type,
                        listener.listener != null ? listener.listener : listener);
            /* A 'newListener' listener may have replaced _events. */
            events = target._events;
        }
        existing = events[type];
    }

    if (existing === undefined) {
        /* One listener is stored bare, without an array. */
        events[type] = listener;
        ++target._eventsCount;
    } else {
        if (typeof existing === 'function') {
            existing = events[type] = prepend ? [listener, existing] : [existing, listener];
        } else if (prepend) {
            existing.unshift(listener);
        } else {
            existing.push(listener);
        }

        var m = _getMaxListeners(target);
        if (m > 0 && existing.length > m && !existing.warned) {
            existing.warned = true;
            /* A warning, so no error code. */
            var w = lazyErrors().genericNodeError(
                'Possible EventEmitter memory leak detected. ' + existing.length + ' ' +
                String(type) + ' listeners added to ' + inspect(target, { depth: -1 }) +
                '. MaxListeners is ' + m + '. Use emitter.setMaxListeners() to increase limit',
                { name: 'MaxListenersExceededWarning', emitter: target, type: type,
                  count: existing.length });
            process.emitWarning(w);
        }
    }
    return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
    return _addListener(this, type, listener, false);
};

EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
    return _addListener(this, type, listener, true);
};

function onceWrapper() {
    if (!this.fired) {
        this.target.removeListener(this.type, this.wrapFn);
        this.fired = true;
        if (arguments.length === 0) {
            return this.listener.call(this.target);
        }
        return this.listener.apply(this.target, arguments);
    }
}

/* Returns the wrapper a once-listener is stored as: it removes itself, then calls
 * `listener`, which rawListeners() shows as wrapper.listener. */
function _onceWrap(target, type, listener) {
    var state = { fired: false, wrapFn: undefined, target: target, type: type,
                  listener: listener };
    var wrapped = onceWrapper.bind(state);
    wrapped.listener = listener;
    state.wrapFn = wrapped;
    return wrapped;
}

EventEmitter.prototype.once = function once(type, listener) {
    checkListener(listener);
    this.on(type, _onceWrap(this, type, listener));
    return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
    checkListener(listener);
    this.prependListener(type, _onceWrap(this, type, listener));
    return this;
};

/* Removes the most recently added instance of `listener` for `type`. */
EventEmitter.prototype.removeListener = function removeListener(type, listener) {
    checkListener(listener);
    if (!hasEventListener(this, type)) {
        return this;
    }
    var events = this._events;
    var list = events[type];

    if (list === listener || list.listener === listener) {
        this._eventsCount -= 1;
        if (this[kShapeMode]) {
            events[type] = undefined;
        } else if (this._eventsCount === 0) {
            this._events = Object.create(null);
        } else {
            delete events[type];
            if (events.removeListener) {
                this.emit('removeListener', type, list.listener || listener);
            }
        }
    } else if (typeof list !== 'function') {
        var position = -1;
        for (var i = list.length - 1; i >= 0; i--) {
            if (list[i] === listener || list[i].listener === listener) {
                position = i;
                break;
            }
        }
        if (position < 0) {
            return this;
        }
        if (position === 0) {
            list.shift();
        } else {
            spliceOne(list, position);
        }
        if (list.length === 1) {
            events[type] = list[0];
        }
        if (events.removeListener !== undefined) {
            this.emit('removeListener', type, listener);
        }
    }
    return this;
};

EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

/* Removes all listeners, or those of `type`; 'removeListener' listeners hear about each one
 * (LIFO per event) and are removed last. */
EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
    if (!hasEventListener(this)) {
        return this;
    }
    var events = this._events;

    /* Nobody listens for 'removeListener': no need to emit. */
    if (events.removeListener === undefined) {
        if (arguments.length === 0) {
            this._events = Object.create(null);
            this._eventsCount = 0;
        } else if (events[type] !== undefined) {
            if (--this._eventsCount === 0) {
                this._events = Object.create(null);
            } else {
                delete events[type];
            }
        }
        this[kShapeMode] = false;
        return this;
    }

    if (arguments.length === 0) {
        var keys = ownKeys(events);
        for (var k = 0; k < keys.length; k++) {
            if (keys[k] === 'removeListener') {
                continue;
            }
            this.removeAllListeners(keys[k]);
        }
        this.removeAllListeners('removeListener');
        this._events = Object.create(null);
        this._eventsCount = 0;
        this[kShapeMode] = false;
        return this;
    }

    var listeners = events[type];
    if (typeof listeners === 'function') {
        this.removeListener(type, listeners);
    } else if (listeners !== undefined) {
        for (var i = listeners.length - 1; i >= 0; i--) {
            this.removeListener(type, listeners[i]);
        }
    }
    return this;
};

function _listeners(target, type, unwrap) {
    if (!hasEventListener(target, type)) {
        return [];
    }
    var evlistener = target._events[type];
    if (typeof evlistener === 'function') {
        return unwrap ? [evlistener.listener || evlistener] : [evlistener];
    }
    return unwrap ? unwrapListeners(evlistener) : arrayClone(evlistener);
}

/* Returns a copy of the listeners of `type`, once-wrappers replaced by their listener. */
EventEmitter.prototype.listeners = function listeners(type) {
    return _listeners(this, type, true);
};

/* Returns a copy of the listeners of `type`, once-wrappers included. */
EventEmitter.prototype.rawListeners = function rawListeners(type) {
    return _listeners(this, type, false);
};

/* Deprecated since v3.2.0: use emitter.listenerCount(type). */
EventEmitter.listenerCount = function (emitter, type) {
    if (typeof emitter.listenerCount === 'function') {
        return emitter.listenerCount(type);
    }
    return listenerCount.call(emitter, type);
};

EventEmitter.prototype.listenerCount = listenerCount;

/* Returns how many listeners `type` has (only those equal to `listener`, when given). */
function listenerCount(type, listener) {
    var events = this._events;
    if (events !== undefined) {
        var evlistener = events[type];
        if (typeof evlistener === 'function') {
            if (listener != null) {
                return listener === evlistener || listener === evlistener.listener ? 1 : 0;
            }
            return 1;
        } else if (evlistener !== undefined) {
            if (listener != null) {
                var matching = 0;
                for (var i = 0, l = evlistener.length; i < l; i++) {
                    if (evlistener[i] === listener || evlistener[i].listener === listener) {
                        matching++;
                    }
                }
                return matching;
            }
            return evlistener.length;
        }
    }
    return 0;
}

/* Returns the event names (strings and symbols) that have listeners. */
EventEmitter.prototype.eventNames = function eventNames() {
    return this._eventsCount > 0 ? ownKeys(this._events) : [];
};

function arrayClone(arr) {
    switch (arr.length) {
    case 2:
        return [arr[0], arr[1]];
    case 3:
        return [arr[0], arr[1], arr[2]];
    case 4:
        return [arr[0], arr[1], arr[2], arr[3]];
    default:
        return Array.prototype.slice.call(arr);
    }
}

function unwrapListeners(arr) {
    var ret = arrayClone(arr);
    for (var i = 0; i < ret.length; ++i) {
        var orig = ret[i].listener;
        if (typeof orig === 'function') {
            ret[i] = orig;
        }
    }
    return ret;
}

function spliceOne(list, index) {
    for (; index + 1 < list.length; index++) {
        list[index] = list[index + 1];
    }
    list.pop();
}

/* ------------------------------------------------------------------------------------------ */
/* Module functions */

/* Returns a copy of the listeners of `type` on an EventEmitter or an EventTarget. */
function getEventListeners(emitterOrTarget, type) {
    if (typeof emitterOrTarget.listeners === 'function') {
        return emitterOrTarget.listeners(type);
    }
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(
        'emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

/* Returns the listener limit of an EventEmitter or an EventTarget. */
function getMaxListeners(emitterOrTarget) {
    if (emitterOrTarget != null && typeof emitterOrTarget.getMaxListeners === 'function') {
        return _getMaxListeners(emitterOrTarget);
    } else if (emitterOrTarget != null && emitterOrTarget[kMaxEventTargetListeners]) {
        return emitterOrTarget[kMaxEventTargetListeners];
    }
    throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(
        'emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
    if (typeof emitter.removeListener === 'function') {
        emitter.removeListener(name, listener);
    } else if (typeof emitter.removeEventListener === 'function') {
        emitter.removeEventListener(name, listener, flags);
    } else {
        throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
    }
}

function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
    if (typeof emitter.on === 'function') {
        if (flags != null && flags.once) {
            emitter.once(name, listener);
        } else {
            emitter.on(name, listener);
        }
    } else if (typeof emitter.addEventListener === 'function') {
        emitter.addEventListener(name, listener, flags);
    } else {
        throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('emitter', 'EventEmitter', emitter);
    }
}

function abortError(signal) {
    return new (lazyErrors().AbortError)(undefined,
                                         { cause: signal == null ? undefined : signal.reason });
}

/* Returns a Promise fulfilled with the arguments of the next `name` event (an array), or
 * rejected by an 'error' event or by options.signal aborting.  Node's once() is an async
 * function; the result keeps its timing: an invalid argument rejects the returned promise at
 * once, and the event's promise is adopted, which takes two more microtask turns. */
function once(emitter, name, options) {
    var P = getPromise('events.once()');
    var signal;
    try {
        if (options === undefined) {
            options = {};
        }
        signal = options == null ? undefined : options.signal;
        lazyValidators().validateAbortSignal(signal, 'options.signal');
        if (signal != null && signal.aborted) {
            throw abortError(signal);
        }
    } catch (err) {
        return P.reject(err);
    }
    var inner = new P(function (resolve, reject) {
        function errorListener(err) {
            emitter.removeListener(name, resolver);
            if (signal != null) {
                eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
            }
            reject(err);
        }
        function resolver() {
            var args = sliceArgs(arguments, 0);
            if (typeof emitter.removeListener === 'function') {
                emitter.removeListener('error', errorListener);
            }
            if (signal != null) {
                eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
            }
            resolve(args);
        }
        function abortListener() {
            eventTargetAgnosticRemoveListener(emitter, name, resolver);
            eventTargetAgnosticRemoveListener(emitter, 'error', errorListener);
            reject(abortError(signal));
        }
        eventTargetAgnosticAddListener(emitter, name, resolver, { once: true });
        if (name !== 'error' && typeof emitter.once === 'function') {
            /* EventTargets have no 'error' semantics: only emitters get this listener. */
            emitter.once('error', errorListener);
        }
        if (signal != null) {
            eventTargetAgnosticAddListener(signal, 'abort', abortListener, { once: true });
        }
    });
    return new P(function (resolve) {
        resolve(inner);
    });
}

/* A FIFO queue with O(1) shift. */
function Queue() {
    this.items = [];
    this.head = 0;
}
Queue.prototype.push = function (value) {
    this.items.push(value);
};
Queue.prototype.shift = function () {
    var value = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
        this.items = [];
        this.head = 0;
    }
    return value;
};
Queue.prototype.isEmpty = function () {
    return this.head === this.items.length;
};

function createIterResult(value, done) {
    return { value: value, done: done };
}

/* Returns an async iterator over the `event` events of `emitter` (each value is the array of
 * the event's arguments).  options: signal, close (event names that end it), highWaterMark and
 * lowWaterMark (pause()/resume() the emitter around a queue of that size). */
function on(emitter, event, options) {
    if (options === undefined) {
        options = {};
    }
    var P = getPromise('events.on()');
    var validators = lazyValidators();
    var signal = options.signal;
    validators.validateAbortSignal(signal, 'options.signal');
    if (signal != null && signal.aborted) {
        throw abortError(signal);
    }
    /* highWatermark and lowWatermark are accepted for backward compatibility. */
    var highWatermark = options.highWaterMark != null ? options.highWaterMark :
                        options.highWatermark != null ? options.highWatermark :
                        9007199254740991;
    validators.validateInteger(highWatermark, 'options.highWaterMark', 1);
    var lowWatermark = options.lowWaterMark != null ? options.lowWaterMark :
                       options.lowWatermark != null ? options.lowWatermark : 1;
    validators.validateInteger(lowWatermark, 'options.lowWaterMark', 1);

    var unconsumedEvents = new Queue();
    var unconsumedPromises = new Queue();
    var paused = false;
    var error = null;
    var finished = false;
    var size = 0;
    var registered = [];

    var iterator = {
        next: function () {
            /* Unread events first. */
            if (size) {
                var value = unconsumedEvents.shift();
                size--;
                if (paused && size < lowWatermark) {
                    emitter.resume();
                    paused = false;
                }
                return P.resolve(createIterResult(value, false));
            }
            /* Then an error, once: after 'error' nothing is listened to. */
            if (error) {
                var p = P.reject(error);
                error = null;
                return p;
            }
            if (finished) {
                return closeHandler();
            }
            return new P(function (resolve, reject) {
                unconsumedPromises.push({ resolve: resolve, reject: reject });
            });
        },
        'return': function () {
            return closeHandler();
        },
        'throw': function (err) {
            if (!err || !(err instanceof Error)) {
                throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)(
                    'EventEmitter.AsyncIterator', 'Error', err);
            }
            errorHandler(err);
        }
    };
    if (typeof Symbol.asyncIterator === 'symbol') {
        iterator[Symbol.asyncIterator] = function () {
            return this;
        };
    }
    iterator[kWatermarkData] = Object.create(Object.prototype, {
        size: { get: function () { return size; }, enumerable: true },
        low: { get: function () { return lowWatermark; }, enumerable: true },
        high: { get: function () { return highWatermark; }, enumerable: true },
        isPaused: { get: function () { return paused; }, enumerable: true }
    });

    function addListener(target, name, handler) {
        eventTargetAgnosticAddListener(target, name, handler);
        registered.push([target, name, handler]);
    }
    function removeAll() {
        while (registered.length > 0) {
            var entry = registered.pop();
            eventTargetAgnosticRemoveListener(entry[0], entry[1], entry[2]);
        }
    }

    addListener(emitter, event, function () {
        return eventHandler(sliceArgs(arguments, 0));
    });
    if (event !== 'error' && typeof emitter.on === 'function') {
        addListener(emitter, 'error', errorHandler);
    }
    var closeEvents = options.close;
    if (closeEvents != null && closeEvents.length) {
        for (var i = 0; i < closeEvents.length; i++) {
            addListener(emitter, closeEvents[i], closeHandler);
        }
    }
    var abortDisposable = signal ? addAbortListener(signal, abortListener) : null;
    return iterator;

    function abortListener() {
        errorHandler(abortError(signal));
    }

    function eventHandler(value) {
        if (unconsumedPromises.isEmpty()) {
            size++;
            if (!paused && size > highWatermark) {
                paused = true;
                emitter.pause();
            }
            unconsumedEvents.push(value);
        } else {
            unconsumedPromises.shift().resolve(createIterResult(value, false));
        }
    }

    function errorHandler(err) {
        if (unconsumedPromises.isEmpty()) {
            error = err;
        } else {
            unconsumedPromises.shift().reject(err);
        }
        closeHandler();
    }

    function closeHandler() {
        if (abortDisposable !== null) {
            abortDisposable[disposeSymbol()]();
            abortDisposable = null;
        }
        removeAll();
        finished = true;
        var doneResult = createIterResult(undefined, true);
        while (!unconsumedPromises.isEmpty()) {
            unconsumedPromises.shift().resolve(doneResult);
        }
        return P.resolve(doneResult);
    }
}

function disposeSymbol() {
    return typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol['for']('nodejs.dispose');
}

/* Calls `listener` once `signal` aborts (on the next microtask when it already has); returns
 * a disposable that removes the listener. */
function addAbortListener(signal, listener) {
    if (signal === undefined) {
        throw new (lazyErrors().codes.ERR_INVALID_ARG_TYPE)('signal', 'AbortSignal', signal);
    }
    var validators = lazyValidators();
    validators.validateAbortSignal(signal, 'signal');
    validators.validateFunction(listener, 'listener');
    var removeEventListener;
    if (signal.aborted) {
        queueMicrotaskCompat(function () {
            listener();
        });
    } else {
        signal.addEventListener('abort', listener, { once: true });
        removeEventListener = function () {
            signal.removeEventListener('abort', listener);
        };
    }
    var disposable = Object.create(null);
    disposable[disposeSymbol()] = function () {
        if (removeEventListener !== undefined) {
            removeEventListener();
        }
    };
    return disposable;
}

/* ------------------------------------------------------------------------------------------ */
/* EventEmitterAsyncResource */

/* Builds the class on first use: it needs async_hooks' AsyncResource. */
function lazyEventEmitterAsyncResource() {
    if (EventEmitterAsyncResource !== undefined) {
        return EventEmitterAsyncResource;
    }
    var AsyncResource = require('async_hooks').AsyncResource;
    var kEventEmitter = Symbol('kEventEmitter');
    var kAsyncResource = Symbol('kAsyncResource');

    function invalidThis(name) {
        return new (lazyErrors().codes.ERR_INVALID_THIS)(name);
    }

    function EventEmitterReferencingAsyncResource(ee, type, options) {
        AsyncResource.call(this, type, options);
        this[kEventEmitter] = ee;
    }
    EventEmitterReferencingAsyncResource.prototype = Object.create(AsyncResource.prototype, {
        constructor: { value: EventEmitterReferencingAsyncResource, writable: true,
                       configurable: true }
    });
    Object.defineProperty(EventEmitterReferencingAsyncResource.prototype, 'eventEmitter', {
        get: function () {
            if (this[kEventEmitter] === undefined) {
                throw invalidThis('EventEmitterReferencingAsyncResource');
            }
            return this[kEventEmitter];
        },
        configurable: true
    });

    function AsyncResourceEmitter(options) {
        var name;
        if (typeof options === 'string') {
            name = options;
            options = undefined;
        } else {
            var ctor = this.constructor;
            if (ctor === AsyncResourceEmitter) {
                lazyValidators().validateString(options == null ? undefined : options.name,
                                                'options.name');
            }
            name = (options != null && options.name) || ctor.name;
        }
        EventEmitter.call(this, options);
        this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }
    Object.defineProperty(AsyncResourceEmitter, 'name', { value: 'EventEmitterAsyncResource' });
    AsyncResourceEmitter.prototype = Object.create(EventEmitter.prototype, {
        constructor: { value: AsyncResourceEmitter, writable: true, configurable: true }
    });
    Object.setPrototypeOf(AsyncResourceEmitter, EventEmitter);
    AsyncResourceEmitter.prototype.emit = function emit() {
        if (this[kAsyncResource] === undefined) {
            throw invalidThis('EventEmitterAsyncResource');
        }
        var asyncResource = this.asyncResource;
        var args = [EventEmitter.prototype.emit, this].concat(sliceArgs(arguments, 0));
        return asyncResource.runInAsyncScope.apply(asyncResource, args);
    };
    AsyncResourceEmitter.prototype.emitDestroy = function emitDestroy() {
        if (this[kAsyncResource] === undefined) {
            throw invalidThis('EventEmitterAsyncResource');
        }
        this.asyncResource.emitDestroy();
    };
    Object.defineProperties(AsyncResourceEmitter.prototype, {
        asyncId: {
            get: function () {
                if (this[kAsyncResource] === undefined) {
                    throw invalidThis('EventEmitterAsyncResource');
                }
                return this.asyncResource.asyncId();
            },
            configurable: true
        },
        triggerAsyncId: {
            get: function () {
                if (this[kAsyncResource] === undefined) {
                    throw invalidThis('EventEmitterAsyncResource');
                }
                return this.asyncResource.triggerAsyncId();
            },
            configurable: true
        },
        asyncResource: {
            get: function () {
                if (this[kAsyncResource] === undefined) {
                    throw invalidThis('EventEmitterAsyncResource');
                }
                return this[kAsyncResource];
            },
            configurable: true
        }
    });
    EventEmitterAsyncResource = AsyncResourceEmitter;
    return EventEmitterAsyncResource;
}
