'use strict';
/* js/internal/polyfills/abort.js: Event, EventTarget, AbortSignal and AbortController, as Node 20
 * has them as globals (lib/internal/event_target.js, lib/internal/abort_controller.js).
 *
 * Private state lives under hidden keys.  An EventTarget keeps, per event type, an array of
 * listener records { callback, capture, once, passive, removed }; dispatch walks a copy, so a
 * listener added during dispatch does not run and one removed does not run either.  There is no
 * tree; capture only matters for listener identity.  Node's dispatch quirks are kept: the event
 * counts as being dispatched (eventPhase AT_TARGET, currentTarget set, composedPath non-empty,
 * re-dispatch refused) only until the first listener returns; preventDefault() works in passive
 * listeners; passive listeners run even after stopImmediatePropagation().  An exception thrown by
 * a listener is rethrown on process.nextTick (Node's uncaught path).
 *
 * AbortSignal.timeout needs setTimeout (an unref'd timer, as in Node); without it the signal
 * never times out.  Node's ERR_* errors come from internal/errors when it exists. */

var common = require('internal/polyfills/common');

var define = common.define;
var isObject = common.isObject;
var setName = common.setName;

var kEvent = common.hiddenKey('eventState');
var kTarget = common.hiddenKey('eventTargetState');
var kSignal = common.hiddenKey('abortSignalState');
var kController = common.hiddenKey('abortControllerSignal');

var NONE = 0;
var CAPTURING_PHASE = 1;
var AT_TARGET = 2;
var BUBBLING_PHASE = 3;

/*
 * Node's errors, lazily
 */
function nodeError(code, args, fallbackMessage, Base) {
    var errors = null;
    try {
        errors = require('internal/errors');
    } catch (e) {
        errors = null;
    }
    if (errors !== null && errors.codes && typeof errors.codes[code] === 'function') {
        var E = errors.codes[code];
        switch (args.length) {
        case 0: return new E();
        case 1: return new E(args[0]);
        case 2: return new E(args[0], args[1]);
        default: return new E(args[0], args[1], args[2]);
        }
    }
    var err = new Base(fallbackMessage);
    err.code = code;
    return err;
}

function missingArgs(names, message) {
    return nodeError('ERR_MISSING_ARGS', names, message, TypeError);
}

function invalidArgType(name, expected, actual) {
    return nodeError('ERR_INVALID_ARG_TYPE', [name, expected, actual],
        'The "' + name + '" argument must be an instance of ' + expected, TypeError);
}

function now() {
    /* global performance: Duktape has performance.now() */
    if (typeof performance === 'object' && performance !== null &&
        typeof performance.now === 'function') {
        return performance.now();
    }
    return Date.now();
}

function reportError(err) {
    /* global process */
    if (typeof process === 'object' && process !== null && typeof process.nextTick === 'function') {
        process.nextTick(function () {
            throw err;
        });
    } else if (typeof setTimeout === 'function') {
        setTimeout(function () {
            throw err;
        }, 0);
    } else {
        throw err;
    }
}

/*
 * Event
 */
function EventState(type, options) {
    this.type = type;
    this.bubbles = !!(options && options.bubbles);
    this.cancelable = !!(options && options.cancelable);
    this.composed = !!(options && options.composed);
    this.defaultPrevented = false;
    this.timeStamp = now();
    this.target = null;
    this.stop = false;
    this.stopImmediate = false;
    this.dispatching = false;
    this.trusted = false;
}

function Event(type) {
    if (!(this instanceof Event)) {
        throw new TypeError("Class constructor Event cannot be invoked without 'new'");
    }
    if (arguments.length === 0) {
        throw missingArgs(['type'], 'The "type" argument must be specified');
    }
    var options = arguments[1];
    if (options !== null && options !== undefined && !isObject(options)) {
        throw invalidArgType('options', 'Object', options);
    }
    this[kEvent] = new EventState(String(type), options);
}

function eventState(e) {
    var st = isObject(e) ? e[kEvent] : undefined;
    if (!(st instanceof EventState)) {
        throw nodeError('ERR_INVALID_THIS', ['Event'], 'Value of "this" must be of type Event',
            TypeError);
    }
    return st;
}

var eventMethods = {
    initEvent: function initEvent(type) {
        var st = eventState(this);
        if (st.dispatching) {
            return;
        }
        st.type = String(type);
        st.bubbles = !!arguments[1];
        st.cancelable = !!arguments[2];
    },
    stopImmediatePropagation: function stopImmediatePropagation() {
        var st = eventState(this);
        st.stop = true;
        st.stopImmediate = true;
    },
    preventDefault: function preventDefault() {
        eventState(this).defaultPrevented = true;
    },
    composedPath: function composedPath() {
        var st = eventState(this);
        return st.dispatching ? [st.target] : [];
    },
    stopPropagation: function stopPropagation() {
        eventState(this).stop = true;
    }
};

var eventGetters = {
    target: function () {
        return eventState(this).target;
    },
    currentTarget: function () {
        var st = eventState(this);
        return st.dispatching ? st.target : null;
    },
    srcElement: function () {
        return eventState(this).target;
    },
    type: function () {
        return eventState(this).type;
    },
    cancelable: function () {
        return eventState(this).cancelable;
    },
    defaultPrevented: function () {
        var st = eventState(this);
        return st.cancelable && st.defaultPrevented;
    },
    timeStamp: function () {
        return eventState(this).timeStamp;
    },
    returnValue: function () {
        var st = eventState(this);
        return !(st.cancelable && st.defaultPrevented);
    },
    bubbles: function () {
        return eventState(this).bubbles;
    },
    composed: function () {
        return eventState(this).composed;
    },
    eventPhase: function () {
        return eventState(this).dispatching ? AT_TARGET : NONE;
    },
    cancelBubble: function () {
        return eventState(this).stop;
    },
    isTrusted: function () {
        return eventState(this).trusted;
    }
};

/*
 * EventTarget
 */
function Listener(callback, capture, once, passive) {
    this.callback = callback;
    this.capture = capture;
    this.once = once;
    this.passive = passive;
    this.removed = false;
}

var events = null;

function lazyEvents() {
    if (events === null) {
        events = require('events');
    }
    return events;
}

/* A target starts with the listener limit events.setMaxListeners() changes, as in Node. */
function initEventTarget(self) {
    self[kTarget] = Object.create(null);
    var EE = lazyEvents();
    self[EE.kMaxEventTargetListeners] = EE.defaultMaxListeners;
    self[EE.kMaxEventTargetListenersWarned] = false;
}

/* Emits Node's MaxListenersExceededWarning, once per target, when `count` listeners of `type`
 * pass its limit. */
function checkMaxListeners(target, type, count) {
    var EE = lazyEvents();
    var max = target[EE.kMaxEventTargetListeners];
    if (max > 0 && count > max && !target[EE.kMaxEventTargetListenersWarned]) {
        target[EE.kMaxEventTargetListenersWarned] = true;
        var inspect = require('internal/util/inspect').inspect;
        var w = new Error('Possible EventTarget memory leak detected. ' + count + ' ' + type +
            ' listeners added to ' + inspect(target, { depth: -1 }) + '. MaxListeners is ' +
            max + '. Use events.setMaxListeners() to increase limit');
        w.name = 'MaxListenersExceededWarning';
        w.target = target;
        w.type = type;
        w.count = count;
        process.emitWarning(w);
    }
}

function EventTarget() {
    if (!(this instanceof EventTarget)) {
        throw new TypeError("Class constructor EventTarget cannot be invoked without 'new'");
    }
    initEventTarget(this);
}

function targetState(t) {
    var st = isObject(t) ? t[kTarget] : undefined;
    if (st === undefined) {
        throw nodeError('ERR_INVALID_THIS', ['EventTarget'],
            'Value of "this" must be of type EventTarget', TypeError);
    }
    return st;
}

function validateListener(listener) {
    if (typeof listener === 'function' ||
        (isObject(listener) && typeof listener.handleEvent === 'function')) {
        return true;
    }
    if (listener === null || listener === undefined) {
        return false;
    }
    if (isObject(listener)) {
        /* Node accepts any object; handleEvent is looked up at dispatch. */
        return true;
    }
    throw invalidArgType('listener', 'EventListener', listener);
}

function flattenOptions(options) {
    if (typeof options === 'boolean') {
        return { capture: options, once: false, passive: false, signal: undefined };
    }
    if (options === null || options === undefined) {
        return { capture: false, once: false, passive: false, signal: undefined };
    }
    return {
        capture: !!options.capture,
        once: !!options.once,
        passive: !!options.passive,
        signal: options.signal
    };
}

function emitNullListenerWarning() {
    if (typeof process === 'object' && process !== null &&
        typeof process.emitWarning === 'function') {
        process.emitWarning('addEventListener called with null which has no effect.',
            'AddEventListenerArgumentTypeWarning');
    }
}

function addEventListener(type, listener) {
    var st = targetState(this);
    if (arguments.length < 2) {
        throw missingArgs(['type', 'listener'],
            'The "type" and "listener" arguments must be specified');
    }
    if (!validateListener(listener)) {
        emitNullListenerWarning();
        return;
    }
    var opts = flattenOptions(arguments[2]);
    var signal = opts.signal;
    if (signal !== undefined && signal !== null) {
        if (!isObject(signal) || signal[kSignal] === undefined) {
            throw invalidArgType('options.signal', 'AbortSignal', signal);
        }
        if (signal[kSignal].aborted) {
            return;
        }
    }
    type = String(type);
    var list = st[type];
    if (list === undefined) {
        list = st[type] = [];
    }
    for (var i = 0; i < list.length; i++) {
        if (list[i].callback === listener && list[i].capture === opts.capture) {
            return;
        }
    }
    var record = new Listener(listener, opts.capture, opts.once, opts.passive);
    list[list.length] = record;
    checkMaxListeners(this, type, list.length);
    if (signal !== undefined && signal !== null) {
        var target = this;
        signal.addEventListener('abort', function () {
            target.removeEventListener(type, listener, opts.capture);
        }, { once: true });
    }
}

function removeEventListener(type, listener) {
    var st = targetState(this);
    if (arguments.length < 2) {
        throw missingArgs(['type', 'listener'],
            'The "type" and "listener" arguments must be specified');
    }
    var capture = flattenOptions(arguments[2]).capture;
    type = String(type);
    var list = st[type];
    if (list === undefined) {
        return;
    }
    for (var i = 0; i < list.length; i++) {
        if (list[i].callback === listener && list[i].capture === capture) {
            list[i].removed = true;
            list.splice(i, 1);
            return;
        }
    }
}

function dispatchEvent(event) {
    var st = targetState(this);
    if (arguments.length < 1) {
        throw missingArgs(['event'], 'The "event" argument must be specified');
    }
    if (!(event instanceof Event)) {
        throw invalidArgType('event', 'Event', event);
    }
    var es = eventState(event);
    if (es.dispatching) {
        throw nodeError('ERR_EVENT_RECURSION', [es.type],
            'The event "' + es.type + '" is already being dispatched', Error);
    }
    es.dispatching = true;
    es.target = this;
    var list = st[es.type];
    if (list !== undefined) {
        var snapshot = list.slice();
        for (var i = 0; i < snapshot.length; i++) {
            var l = snapshot[i];
            if (es.stopImmediate && !l.passive) {
                break;
            }
            if (l.removed) {
                continue;
            }
            if (l.once) {
                this.removeEventListener(es.type, l.callback, l.capture);
            }
            try {
                var cb = l.callback;
                if (typeof cb === 'function') {
                    cb.call(this, event);
                } else if (cb && typeof cb.handleEvent === 'function') {
                    cb.handleEvent(event);
                }
            } catch (err) {
                reportError(err);
            }
            /* As in Node: the event stops counting as dispatched after the first listener. */
            es.dispatching = false;
        }
    }
    es.dispatching = false;
    return !(es.cancelable && es.defaultPrevented);
}

/*
 * AbortSignal
 */
function SignalState() {
    this.aborted = false;
    this.reason = undefined;
    this.onabort = null;
    this.onabortListener = null;
}

function AbortSignal() {
    throw nodeError('ERR_ILLEGAL_CONSTRUCTOR', [], 'Illegal constructor', TypeError);
}

function createSignal() {
    var s = Object.create(AbortSignal.prototype);
    initEventTarget(s);
    s[kSignal] = new SignalState();
    return s;
}

function signalState(s) {
    var st = isObject(s) ? s[kSignal] : undefined;
    if (!(st instanceof SignalState)) {
        throw nodeError('ERR_INVALID_THIS', ['AbortSignal'],
            'Value of "this" must be of type AbortSignal', TypeError);
    }
    return st;
}

function defaultAbortReason() {
    return common.area('domexception').create('This operation was aborted', 'AbortError');
}

function abortSignal(signal, reason) {
    var st = signal[kSignal];
    if (st.aborted) {
        return;
    }
    st.aborted = true;
    st.reason = reason;
    var event = new Event('abort');
    event[kEvent].trusted = true;
    signal.dispatchEvent(event);
}

var signalMethods = {
    throwIfAborted: function throwIfAborted() {
        var st = signalState(this);
        if (st.aborted) {
            throw st.reason;
        }
    }
};

function signalAborted() {
    return signalState(this).aborted;
}

function signalReason() {
    return signalState(this).reason;
}

function getOnabort() {
    return signalState(this).onabort;
}

function setOnabort(handler) {
    var st = signalState(this);
    st.onabort = typeof handler === 'function' || isObject(handler) ? handler : null;
    if (st.onabortListener === null && st.onabort !== null) {
        st.onabortListener = function (event) {
            var h = st.onabort;
            if (typeof h === 'function') {
                return h.call(this, event);
            }
        };
        this.addEventListener('abort', st.onabortListener);
    }
}

function abortStatic() {
    var s = createSignal();
    abortSignal(s, arguments.length > 0 && arguments[0] !== undefined ? arguments[0] :
        defaultAbortReason());
    return s;
}

function validateDelay(delay) {
    if (typeof delay !== 'number') {
        throw invalidArgType('delay', 'number', delay);
    }
    var range = null;
    if (delay !== Math.floor(delay) || delay === Infinity) {
        range = 'an integer';
    } else if (delay < 0 || delay > 4294967295) {
        range = '>= 0 && <= 4294967295';
    }
    if (range !== null) {
        throw nodeError('ERR_OUT_OF_RANGE', ['delay', range, delay],
            'The value of "delay" is out of range. It must be ' + range + '. Received ' +
            String(delay), RangeError);
    }
}

function timeoutStatic(delay) {
    validateDelay(delay);
    var s = createSignal();
    if (typeof setTimeout === 'function') {
        var timer = setTimeout(function () {
            abortSignal(s, common.area('domexception').create(
                'The operation was aborted due to timeout', 'TimeoutError'));
        }, delay);
        if (timer && typeof timer.unref === 'function') {
            timer.unref();
        }
    }
    return s;
}

function anyStatic(signals) {
    var list = [];
    common.forOf(signals, function (sig) {
        if (!isObject(sig) || !(sig[kSignal] instanceof SignalState)) {
            throw invalidArgType('signals[' + list.length + ']', 'AbortSignal', sig);
        }
        list[list.length] = sig;
    });
    var result = createSignal();
    for (var i = 0; i < list.length; i++) {
        if (list[i][kSignal].aborted) {
            abortSignal(result, list[i][kSignal].reason);
            return result;
        }
    }
    for (var j = 0; j < list.length; j++) {
        list[j].addEventListener('abort', function (event) {
            abortSignal(result, event.target[kSignal].reason);
        }, { once: true });
    }
    return result;
}

/*
 * AbortController
 */
function AbortController() {
    if (!(this instanceof AbortController)) {
        throw new TypeError("Class constructor AbortController cannot be invoked without 'new'");
    }
    this[kController] = createSignal();
}

function controllerSignal(c) {
    var s = isObject(c) ? c[kController] : undefined;
    if (s === undefined) {
        /* Node's AbortController keeps the signal in a private field. */
        throw new TypeError('Cannot read private member #signal from an object whose class did ' +
            'not declare it');
    }
    return s;
}

function getSignal() {
    return controllerSignal(this);
}

function abort() {
    var s = controllerSignal(this);
    abortSignal(s, arguments.length > 0 && arguments[0] !== undefined ? arguments[0] :
        defaultAbortReason());
}

/*
 * Installation
 */
/* WebIDL members are enumerable in Node (kEnumerableProperty), except where noted. */
function defineMethods(proto, methods, enumerable) {
    var names = Object.keys(methods);
    for (var i = 0; i < names.length; i++) {
        Object.defineProperty(proto, names[i], {
            value: methods[names[i]],
            writable: true,
            enumerable: enumerable !== false,
            configurable: true
        });
    }
}

function defineGetters(proto, getters, enumerable) {
    var names = Object.keys(getters);
    for (var i = 0; i < names.length; i++) {
        Object.defineProperty(proto, names[i], {
            get: setName(getters[names[i]], 'get ' + names[i]),
            enumerable: enumerable !== false,
            configurable: true
        });
    }
}

var inspectCustom = Symbol['for']('nodejs.util.inspect.custom');

/* Gives proto Node's util.inspect.custom: the constructor's name and the inspected fields(this)
 * ('Event { type: ... }'), or what atLimit(this, options) returns below the depth limit. */
function defineInspect(proto, fields, atLimit) {
    define(proto, inspectCustom, function (depth, options, inspect) {
        if (depth < 0) {
            return atLimit(this, options);
        }
        var opts = Object.assign({}, options);
        if (typeof options.depth === 'number' && options.depth % 1 === 0) {
            opts.depth = options.depth - 1;
        }
        return this.constructor.name + ' ' + inspect(fields(this), opts);
    });
}

function eventFields(e) {
    var st = eventState(e);
    return { type: st.type, defaultPrevented: st.defaultPrevented, cancelable: st.cancelable,
             timeStamp: st.timeStamp };
}

function constructorName(value) {
    return value.constructor.name;
}

function noFields() {
    return {};
}

/* Node's signal, returned as itself, shows as one with own (symbol) keys does. */
function signalAtLimit(signal, options) {
    return options.stylize('[' + signal.constructor.name + ']', 'special');
}

function signalFields(signal) {
    return { aborted: signal.aborted };
}

function controllerFields(controller) {
    return { signal: controller.signal };
}

function itself(value) {
    return value;
}

var built = false;

function build() {
    built = true;
    var EP = Event.prototype;
    defineMethods(EP, { initEvent: eventMethods.initEvent,
        stopImmediatePropagation: eventMethods.stopImmediatePropagation,
        preventDefault: eventMethods.preventDefault });
    defineGetters(EP, { target: eventGetters.target, currentTarget: eventGetters.currentTarget,
        srcElement: eventGetters.srcElement, type: eventGetters.type,
        cancelable: eventGetters.cancelable, defaultPrevented: eventGetters.defaultPrevented,
        timeStamp: eventGetters.timeStamp });
    defineMethods(EP, { composedPath: eventMethods.composedPath });
    defineGetters(EP, { returnValue: eventGetters.returnValue, bubbles: eventGetters.bubbles,
        composed: eventGetters.composed, eventPhase: eventGetters.eventPhase,
        cancelBubble: eventGetters.cancelBubble });
    defineMethods(EP, { stopPropagation: eventMethods.stopPropagation });
    defineGetters(EP, { isTrusted: eventGetters.isTrusted });
    common.defineTag(EP, 'Event');
    defineInspect(EP, eventFields, constructorName);
    var constants = { NONE: NONE, CAPTURING_PHASE: CAPTURING_PHASE, AT_TARGET: AT_TARGET,
                      BUBBLING_PHASE: BUBBLING_PHASE };
    var names = Object.keys(constants);
    for (var i = 0; i < names.length; i++) {
        Object.defineProperty(Event, names[i], {
            value: constants[names[i]], writable: false, enumerable: true, configurable: false
        });
    }

    defineMethods(EventTarget.prototype, { addEventListener: addEventListener,
        removeEventListener: removeEventListener, dispatchEvent: dispatchEvent });
    common.defineTag(EventTarget.prototype, 'EventTarget');
    defineInspect(EventTarget.prototype, noFields, constructorName);

    var SP = Object.create(EventTarget.prototype);
    define(SP, 'constructor', AbortSignal);
    Object.defineProperty(AbortSignal, 'prototype', { value: SP, writable: false });
    Object.setPrototypeOf(AbortSignal, EventTarget);
    defineGetters(SP, { aborted: signalAborted });
    defineGetters(SP, { reason: signalReason }, false);
    defineMethods(SP, signalMethods, false);
    Object.defineProperty(SP, 'onabort', {
        get: setName(getOnabort, 'get onabort'),
        set: setName(setOnabort, 'set onabort'),
        enumerable: true,
        configurable: true
    });
    common.defineTag(SP, 'AbortSignal');
    defineInspect(SP, signalFields, signalAtLimit);
    define(AbortSignal, 'abort', setName(abortStatic, 'abort'));
    define(AbortSignal, 'timeout', setName(timeoutStatic, 'timeout'));
    define(AbortSignal, 'any', setName(anyStatic, 'any'));

    defineGetters(AbortController.prototype, { signal: getSignal });
    defineMethods(AbortController.prototype, { abort: abort });
    common.defineTag(AbortController.prototype, 'AbortController');
    defineInspect(AbortController.prototype, controllerFields, itself);
}

/* Defines the globals Event, EventTarget, AbortSignal and AbortController. */
function install(global) {
    if (!built) {
        build();
    }
    common.defineGlobal(global, 'Event', Event);
    common.defineGlobal(global, 'EventTarget', EventTarget);
    common.defineGlobal(global, 'AbortSignal', AbortSignal);
    common.defineGlobal(global, 'AbortController', AbortController);
}

module.exports = {
    Event: Event,
    EventTarget: EventTarget,
    AbortSignal: AbortSignal,
    AbortController: AbortController,
    install: install
};
