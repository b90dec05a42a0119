'use strict';
/* js/internal/process/task_queues.js: process.nextTick, queueMicrotask and the drain that C runs
 * after every callback from the loop (processTicksAndRejections), in Node's order: the whole
 * nextTick queue, then microtasks (promise jobs), repeated until both are empty; then unhandled
 * promise rejections are processed.
 *
 * tickInfo is a Uint8Array shared with C (src/vm.c): C calls the drain only when a flag is set, so
 * a callback that scheduled nothing costs no extra call. */

var binding = internalBinding('process');
var tickInfo = binding.tickInfo;
var kHasTick = 0;
var kHasMicrotask = 1;

var queue = [];
var head = 0;

var microtasks = null;
var pendingRejections = [];

function loadMicrotasks() {
    if (microtasks === null && internalBinding('builtins').has('internal/microtasks')) {
        /* Its enqueue functions raise tickInfo[kHasMicrotask] themselves, so the loop drains
         * promise jobs after the current callback. */
        microtasks = require('internal/microtasks');
    }
    return microtasks;
}

function validateCallback(callback) {
    if (typeof callback !== 'function') {
        var errors = require('internal/errors');
        throw new errors.codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
}

function nextTick(callback) {
    validateCallback(callback);
    if (process._exiting) {
        return;
    }
    var args;
    var n = arguments.length;
    if (n > 1) {
        args = new Array(n - 1);
        for (var i = 1; i < n; i++) {
            args[i - 1] = arguments[i];
        }
    }
    queue.push({ callback: callback, args: args });
    tickInfo[kHasTick] = 1;
}

function runTicks() {
    while (head < queue.length) {
        var tick = queue[head];
        queue[head++] = undefined;
        var args = tick.args;
        if (args === undefined) {
            tick.callback();
        } else {
            tick.callback.apply(undefined, args);
        }
    }
    queue = [];
    head = 0;
}

function runMicrotasks() {
    tickInfo[kHasMicrotask] = 0;
    if (microtasks !== null) {
        microtasks.run();
    }
}

/* Called by C after a callback when a flag is set, and between timers and immediates. */
function processTicksAndRejections() {
    do {
        runTicks();
        runMicrotasks();
    } while (head < queue.length || tickInfo[kHasMicrotask]);
    tickInfo[kHasTick] = 0;
    processPromiseRejections();
}

function runNextTicks() {
    if (tickInfo[kHasTick] || tickInfo[kHasMicrotask]) {
        processTicksAndRejections();
    }
}

function queueMicrotask(callback) {
    validateCallback(callback);
    var m = loadMicrotasks();
    if (m === null) {
        nextTick(callback);
        return;
    }
    m.enqueue(function () {
        callback();
    });
}

/* ---- unhandled promise rejections (Node 20 default: --unhandled-rejections=throw) ---- */

/* Rejections already reported to 'unhandledRejection' listeners, for 'rejectionHandled'. */
var reportedRejections = [];
var handledLate = [];

function rejectionHook(type, promise, reason) {
    if (type === 'unhandled') {
        pendingRejections.push({ promise: promise, reason: reason, handled: false });
        tickInfo[kHasMicrotask] = 1;
    } else if (type === 'handled') {
        for (var i = 0; i < pendingRejections.length; i++) {
            if (pendingRejections[i].promise === promise) {
                pendingRejections[i].handled = true;
                return;
            }
        }
        var at = reportedRejections.indexOf(promise);
        if (at !== -1) {
            /* Emitted after this drain's microtasks, as Node's asyncHandledRejections. */
            reportedRejections.splice(at, 1);
            handledLate.push(promise);
            tickInfo[kHasMicrotask] = 1;
        }
    }
}

function processPromiseRejections() {
    while (handledLate.length > 0) {
        process.emit('rejectionHandled', handledLate.shift());
    }
    while (pendingRejections.length > 0) {
        var item = pendingRejections.shift();
        if (item.handled) {
            continue;
        }
        if (process.listenerCount('unhandledRejection') > 0) {
            reportedRejections.push(item.promise);
            process.emit('unhandledRejection', item.reason, item.promise);
            continue;
        }
        var reason = item.reason;
        var isError = reason !== null && typeof reason === 'object' &&
            typeof reason.stack === 'string';
        throw isError ? reason : require('internal/errors').UnhandledPromiseRejection(reason);
    }
}

/* The Promise polyfill loads on first use; the hook is set when it does. */
function setupPromiseHooks() {
    if (internalBinding('builtins').has('internal/polyfills/index')) {
        require('internal/polyfills/index').onLoad('promise', function (promise) {
            promise.setRejectionHook(rejectionHook);
        });
    }
}

loadMicrotasks();
setupPromiseHooks();

module.exports = {
    nextTick: nextTick,
    queueMicrotask: queueMicrotask,
    processTicksAndRejections: processTicksAndRejections,
    runNextTicks: runNextTicks
};
