'use strict';
/* js/internal/microtasks.js: the microtask queue (ECMAScript job queue) of the runtime.
 *
 * Promise reaction jobs and queueMicrotask callbacks are enqueued here; the core drains the queue
 * with run() after each batch of process.nextTick callbacks, as Node's processTicksAndRejections
 * does.  A job is a function called with no arguments and `this` undefined.
 *
 * The queue is one array of (function, argument) pairs with a read index: jobs enqueued while
 * run() drains are appended and run in the same drain.  enqueueWith(fn, arg) lets promise.js
 * queue a reaction record without allocating a closure per job.  A job that throws is handed to
 * exports.onError (set by the core) and the drain goes on; without a hook the error propagates
 * out of run(), the failed job already removed, and the next run() continues with the jobs
 * after it. */

var queue = [];
var head = 0;
var NO_ARG = {};
/* Shared with C (src/vm.c): a raised flag makes the loop drain this queue after the current
 * callback.  Index 1 is ND_TICK_HAS_MICROTASK. */
var tickInfo = internalBinding('process').tickInfo;
var kHasMicrotask = 1;

/* Appends a job, called later as job() with no arguments.  Jobs run in FIFO order. */
function enqueue(job) {
    tickInfo[kHasMicrotask] = 1;
    var n = queue.length;
    queue[n] = job;
    queue[n + 1] = NO_ARG;
}

/* Appends a job called later as fn(arg). */
function enqueueWith(fn, arg) {
    tickInfo[kHasMicrotask] = 1;
    var n = queue.length;
    queue[n] = fn;
    queue[n + 1] = arg;
}

/* Returns true when at least one job waits. */
function hasPending() {
    return head < queue.length;
}

/* Drains the queue until it is empty, including jobs enqueued by the jobs it runs. */
function run() {
    while (head < queue.length) {
        var job = queue[head];
        var arg = queue[head + 1];
        queue[head] = undefined;
        queue[head + 1] = undefined;
        head += 2;
        if (head === queue.length) {
            /* Drained: reset so the array does not grow without bound. */
            queue.length = 0;
            head = 0;
        } else if (head >= 2048 && head * 2 >= queue.length) {
            queue.splice(0, head);
            head = 0;
        }
        try {
            if (arg === NO_ARG) {
                job();
            } else {
                job(arg);
            }
        } catch (err) {
            var hook = module.exports.onError;
            if (typeof hook !== 'function') {
                throw err;
            }
            hook(err);
        }
    }
}

module.exports = {
    enqueue: enqueue,
    enqueueWith: enqueueWith,
    run: run,
    hasPending: hasPending,
    /* Set by the core: called with the exception of a job that threw. */
    onError: null
};
