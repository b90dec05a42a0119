'use strict';
/* js/timers.js: Node's 'timers' module: setTimeout, setInterval, setImmediate and their clear*.
 *
 * Timers live in one binary heap ordered by (expiry, creation order), so timers of equal delay
 * fire in creation order as in Node.  C knows only the earliest expiry and whether any ref'd
 * timer exists (internalBinding('timers')); src/loop.c calls processTimers in the timers phase
 * and processImmediate in the check phase.  Between two callbacks the nextTick and microtask
 * queues are drained, as Node has done since v11. */

var binding = internalBinding('timers');
var taskQueues = require('internal/process/task_queues');

var TIMEOUT_MAX = 2147483647;
var kRefed = Symbol('refed');
var kHeapIndex = Symbol('heapIndex');
var kExpiry = Symbol('expiry');
var kSeq = Symbol('seq');
var kId = Symbol('asyncId');

var heap = [];
var refCount = 0;
var nextSeq = 1;
var scheduledDue = 0;
var scheduledRef = false;
var knownTimersById = {};

function validateCallback(callback) {
    if (typeof callback !== 'function') {
        var errors = require('internal/errors');
        throw new errors.codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
}

function argsFrom(args, start) {
    if (args.length <= start) {
        return undefined;
    }
    var out = new Array(args.length - start);
    for (var i = start; i < args.length; i++) {
        out[i - start] = args[i];
    }
    return out;
}

/* ---- the heap ---- */

function before(a, b) {
    return a[kExpiry] < b[kExpiry] || (a[kExpiry] === b[kExpiry] && a[kSeq] < b[kSeq]);
}

function heapSwap(i, j) {
    var t = heap[i];
    heap[i] = heap[j];
    heap[j] = t;
    heap[i][kHeapIndex] = i;
    heap[j][kHeapIndex] = j;
}

function heapUp(i) {
    while (i > 0) {
        var parent = (i - 1) >> 1;
        if (!before(heap[i], heap[parent])) {
            break;
        }
        heapSwap(i, parent);
        i = parent;
    }
}

function heapDown(i) {
    var n = heap.length;
    for (;;) {
        var l = 2 * i + 1;
        var r = l + 1;
        var m = i;
        if (l < n && before(heap[l], heap[m])) {
            m = l;
        }
        if (r < n && before(heap[r], heap[m])) {
            m = r;
        }
        if (m === i) {
            return;
        }
        heapSwap(i, m);
        i = m;
    }
}

function heapInsert(timer) {
    timer[kHeapIndex] = heap.length;
    heap.push(timer);
    heapUp(heap.length - 1);
}

function heapRemove(timer) {
    var i = timer[kHeapIndex];
    if (i === -1 || heap[i] !== timer) {
        return;
    }
    timer[kHeapIndex] = -1;
    var last = heap.pop();
    if (i < heap.length) {
        heap[i] = last;
        last[kHeapIndex] = i;
        heapUp(i);
        heapDown(last[kHeapIndex]);
    }
}

/* Tells C the earliest deadline and whether ref'd timers keep the loop alive. */
function updateSchedule() {
    var due = heap.length > 0 ? heap[0][kExpiry] : 0;
    if (due !== scheduledDue) {
        scheduledDue = due;
        binding.scheduleTimer(due);
    }
    var ref = refCount > 0;
    if (ref !== scheduledRef) {
        scheduledRef = ref;
        binding.toggleTimerRef(ref);
    }
}

/* ---- Timeout ---- */

function Timeout(callback, after, args, isRepeat) {
    after *= 1;
    if (!(after >= 1 && after <= TIMEOUT_MAX)) {
        if (after > TIMEOUT_MAX) {
            process.emitWarning(after + ' does not fit into a 32-bit signed integer.' +
                '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
        }
        after = 1;
    }
    this._idleTimeout = after;
    this._idleStart = 0;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = true;
    this[kHeapIndex] = -1;
    this[kExpiry] = 0;
    this[kSeq] = 0;
    this[kId] = nextSeq;
    refCount++;
    arm(this, binding.getLoopTime());
}

function arm(timer, start) {
    timer._idleStart = start;
    timer[kExpiry] = start + timer._idleTimeout;
    timer[kSeq] = nextSeq++;
    heapInsert(timer);
    updateSchedule();
}

function unenroll(timer) {
    if (timer._destroyed) {
        return;
    }
    timer._destroyed = true;
    heapRemove(timer);
    if (timer[kRefed]) {
        refCount--;
    }
    delete knownTimersById[timer[kId]];
    updateSchedule();
}

/* Only the start moves: the timer keeps its place in the heap, and processTimers re-arms it at
 * its real deadline when the old one comes (Node's timer lists do the same), so a socket that
 * refreshes its timeout on every request costs no heap work and no call into C. */
Timeout.prototype.refresh = function refresh() {
    if (!this._destroyed) {
        this._idleStart = binding.getLoopTime();
    }
    return this;
};

Timeout.prototype.unref = function unref() {
    if (this[kRefed]) {
        this[kRefed] = false;
        if (!this._destroyed) {
            refCount--;
            updateSchedule();
        }
    }
    return this;
};

Timeout.prototype.ref = function ref() {
    if (!this[kRefed]) {
        this[kRefed] = true;
        if (!this._destroyed) {
            refCount++;
            updateSchedule();
        }
    }
    return this;
};

Timeout.prototype.hasRef = function hasRef() {
    return this[kRefed];
};

Timeout.prototype.close = function close() {
    clearTimeout(this);
    return this;
};

Timeout.prototype[Symbol.toPrimitive] = function () {
    var id = this[kId];
    if (!this._destroyed) {
        knownTimersById[id] = this;
    }
    return id;
};

function setTimeout(callback, after) {
    validateCallback(callback);
    return new Timeout(callback, after, argsFrom(arguments, 2), false);
}

function setInterval(callback, repeat) {
    validateCallback(callback);
    return new Timeout(callback, repeat, argsFrom(arguments, 2), true);
}

function clearTimeout(timer) {
    if (timer && timer._onTimeout !== undefined && timer instanceof Timeout) {
        timer._onTimeout = null;
        unenroll(timer);
        return;
    }
    if (typeof timer === 'number' || typeof timer === 'string') {
        var known = knownTimersById[timer];
        if (known !== undefined) {
            known._onTimeout = null;
            unenroll(known);
        }
    }
}

/* Runs every timer due at loop time `now`; called by src/loop.c in the timers phase. */
function processTimers(now) {
    var ran = false;
    try {
        while (heap.length > 0 && heap[0][kExpiry] <= now) {
            var timer = heap[0];
            heapRemove(timer);
            if (timer._idleStart + timer._idleTimeout > now && !timer._destroyed) {
                /* Refreshed since it was armed: not due yet. */
                arm(timer, timer._idleStart);
                continue;
            }
            if (ran) {
                taskQueues.runNextTicks();
            }
            ran = true;
            var callback = timer._onTimeout;
            if (timer._repeat !== null && !timer._destroyed) {
                timer._idleTimeout = timer._repeat;
                arm(timer, now);
            } else {
                timer._destroyed = true;
                if (timer[kRefed]) {
                    refCount--;
                }
                delete knownTimersById[timer[kId]];
            }
            if (typeof callback !== 'function') {
                continue;
            }
            var args = timer._timerArgs;
            if (args === undefined) {
                callback.call(timer);
            } else {
                callback.apply(timer, args);
            }
        }
    } finally {
        updateSchedule();
    }
}

/* ---- Immediate ---- */

var immediateHead = null;
var immediateTail = null;
var immediateCount = 0;
var immediateRefCount = 0;

function updateImmediateCounts() {
    binding.setImmediateCounts(immediateCount, immediateRefCount);
}

function Immediate(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    if (immediateTail === null) {
        immediateHead = this;
    } else {
        immediateTail._idleNext = this;
        this._idlePrev = immediateTail;
    }
    immediateTail = this;
    immediateCount++;
    immediateRefCount++;
    updateImmediateCounts();
}

Immediate.prototype.ref = function ref() {
    if (!this[kRefed]) {
        this[kRefed] = true;
        if (!this._destroyed) {
            immediateRefCount++;
            updateImmediateCounts();
        }
    }
    return this;
};

Immediate.prototype.unref = function unref() {
    if (this[kRefed]) {
        this[kRefed] = false;
        if (!this._destroyed) {
            immediateRefCount--;
            updateImmediateCounts();
        }
    }
    return this;
};

Immediate.prototype.hasRef = function hasRef() {
    return this[kRefed];
};

function unlinkImmediate(imm) {
    if (imm._idlePrev !== null) {
        imm._idlePrev._idleNext = imm._idleNext;
    } else if (immediateHead === imm) {
        immediateHead = imm._idleNext;
    }
    if (imm._idleNext !== null) {
        imm._idleNext._idlePrev = imm._idlePrev;
    } else if (immediateTail === imm) {
        immediateTail = imm._idlePrev;
    }
    imm._idleNext = null;
    imm._idlePrev = null;
}

function destroyImmediate(imm) {
    imm._destroyed = true;
    immediateCount--;
    if (imm[kRefed]) {
        immediateRefCount--;
    }
}

function setImmediate(callback) {
    validateCallback(callback);
    return new Immediate(callback, argsFrom(arguments, 1));
}

function clearImmediate(imm) {
    if (!imm || imm._destroyed || !(imm instanceof Immediate)) {
        return;
    }
    unlinkImmediate(imm);
    destroyImmediate(imm);
    imm._onImmediate = null;
    updateImmediateCounts();
}

/* Runs the immediates queued before this check phase began; those they queue run in the next
 * iteration.  Called by src/loop.c. */
function processImmediate() {
    var last = immediateTail;
    var ran = false;
    try {
        while (immediateHead !== null) {
            var imm = immediateHead;
            var isLast = imm === last;
            unlinkImmediate(imm);
            destroyImmediate(imm);
            if (ran) {
                taskQueues.runNextTicks();
            }
            ran = true;
            var callback = imm._onImmediate;
            imm._onImmediate = null;
            if (imm._argv === undefined) {
                callback.call(imm);
            } else {
                callback.apply(imm, imm._argv);
            }
            if (isLast) {
                break;
            }
        }
    } finally {
        updateImmediateCounts();
    }
}

module.exports = {
    setTimeout: setTimeout,
    clearTimeout: clearTimeout,
    setImmediate: setImmediate,
    clearImmediate: clearImmediate,
    setInterval: setInterval,
    clearInterval: clearTimeout,
    processTimers: processTimers,
    processImmediate: processImmediate
};
Object.defineProperty(module.exports, 'processTimers', { enumerable: false });
Object.defineProperty(module.exports, 'promises', {
    configurable: true,
    enumerable: true,
    get: function () { return require('timers/promises'); }
});
Object.defineProperty(module.exports, 'processImmediate', { enumerable: false });

/* util.promisify(setTimeout) and util.promisify(setImmediate) are timers/promises' functions. */
['setTimeout', 'setImmediate'].forEach(function (name) {
    Object.defineProperty(module.exports[name], Symbol['for']('nodejs.util.promisify.custom'), {
        enumerable: true,
        get: function () { return require('timers/promises')[name]; }
    });
});
