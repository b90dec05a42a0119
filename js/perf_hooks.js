'use strict';
/* js/perf_hooks.js: Node's 'perf_hooks': performance (now, timeOrigin, mark, measure,
 * getEntries*, clearMarks/clearMeasures, timerify, toJSON, nodeTiming, eventLoopUtilization),
 * PerformanceEntry/Mark/Measure, PerformanceObserver with its entry list, createHistogram and
 * monitorEventLoopDelay, and constants.
 *
 * performance.now() counts milliseconds from process start on the monotonic clock
 * (process.hrtime, anchored with process.uptime()); timeOrigin is the wall-clock time of that
 * start.  Histograms follow HdrHistogram with Node's defaults (lowest 1, 3 significant
 * figures), so min/max/mean/percentiles quantize large values as Node's do.  Observers are
 * called from setImmediate, as in Node.
 *
 * Differences from Node 20: nodeTiming's milestones (nodeStart, v8Start, environment,
 * bootstrapComplete) are 0 and loopStart/loopExit -1, eventLoopUtilization() reports zeros,
 * no 'gc', 'http', 'dns' or 'net' entries are produced, the BigInt histogram accessors exist
 * only when BigInt does, and performance is not an EventTarget. */

var customInspect = Symbol['for']('nodejs.util.inspect.custom');

var errorsModule = null;
function codes() {
    if (errorsModule === null) errorsModule = require('internal/errors');
    return errorsModule.codes;
}

var validatorsModule = null;
function validators() {
    if (validatorsModule === null) validatorsModule = require('internal/validators');
    return validatorsModule;
}

function inspect(value, opts) {
    return require('internal/util/inspect').inspect(value, opts);
}

function innerOptions(options) {
    var opts = {};
    for (var k in options) opts[k] = options[k];
    opts.depth = options.depth == null ? null : options.depth - 1;
    return opts;
}

function defineMethod(target, name, fn) {
    Object.defineProperty(target, name, {
        value: fn, writable: true, configurable: true, enumerable: false
    });
}

function defineGetter(target, name, get, enumerable) {
    Object.defineProperty(target, name, {
        get: get, configurable: true, enumerable: enumerable !== false
    });
}

function illegalConstructor() {
    return new (codes().ERR_ILLEGAL_CONSTRUCTOR)();
}

/* ------------------------------------------------------------------------------------------ */
/* Clock */

function hrMs() {
    var t = process.hrtime();
    return t[0] * 1e3 + t[1] / 1e6;
}

var originHr = hrMs() - process.uptime() * 1e3;

/* Milliseconds since process start. */
function now() {
    return hrMs() - originHr;
}

var timeOrigin = Math.round((Date.now() - now()) * 1e3) / 1e3;

/* ------------------------------------------------------------------------------------------ */
/* Entries */

var kSkipThrow = {};
var kName = Symbol('kName');
var kType = Symbol('kType');
var kStart = Symbol('kStart');
var kDuration = Symbol('kDuration');
var kDetail = Symbol('kDetail');

function initEntry(self, name, type, start, duration, detail) {
    Object.defineProperty(self, kName, { value: name, writable: true });
    Object.defineProperty(self, kType, { value: type, writable: true });
    Object.defineProperty(self, kStart, { value: start, writable: true });
    Object.defineProperty(self, kDuration, { value: duration, writable: true });
    Object.defineProperty(self, kDetail, { value: detail, writable: true });
}

function checkEntry(self) {
    if (self === null || typeof self !== 'object' || self[kType] === undefined) {
        throw new (codes().ERR_INVALID_THIS)('PerformanceEntry');
    }
}

/* PerformanceEntry: created by the runtime only. */
function PerformanceEntry(skipThrowSymbol) {
    if (skipThrowSymbol !== kSkipThrow) throw illegalConstructor();
}

defineGetter(PerformanceEntry.prototype, 'name', function () {
    checkEntry(this);
    return this[kName];
});
defineGetter(PerformanceEntry.prototype, 'entryType', function () {
    checkEntry(this);
    return this[kType];
});
defineGetter(PerformanceEntry.prototype, 'startTime', function () {
    checkEntry(this);
    return this[kStart];
});
defineGetter(PerformanceEntry.prototype, 'duration', function () {
    checkEntry(this);
    return this[kDuration];
});
defineMethod(PerformanceEntry.prototype, 'toJSON', function toJSON() {
    checkEntry(this);
    return {
        name: this[kName],
        entryType: this[kType],
        startTime: this[kStart],
        duration: this[kDuration]
    };
});
defineMethod(PerformanceEntry.prototype, customInspect, function (depth, options) {
    if (depth < 0) return this;
    var name = this.constructor && this.constructor.name ? this.constructor.name :
               'PerformanceEntry';
    return name + ' ' + inspect(this.toJSON(), innerOptions(options));
});

/* A 'function' entry from timerify: the call's arguments are its detail and indices. */
function createNodeEntry(name, type, start, duration, detail) {
    var entry = Object.create(PerformanceEntry.prototype);
    initEntry(entry, name, type, start, duration, detail);
    return entry;
}

function cloneDetail(detail) {
    if (detail == null) return null;
    return typeof structuredClone === 'function' ? structuredClone(detail) : detail;
}

/* Names that mark() may not take and measure() reads from nodeTiming. */
var nodeTimingReadOnlyAttributes = ['nodeStart', 'v8Start', 'environment', 'loopStart',
                                    'loopExit', 'bootstrapComplete'];

/* new PerformanceMark(name[, { detail, startTime }]) */
function PerformanceMark(name, options) {
    if (!(this instanceof PerformanceMark)) {
        throw new TypeError("Class constructor PerformanceMark cannot be invoked without 'new'");
    }
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('name');
    name = '' + name;
    if (options == null) options = {};
    if (nodeTimingReadOnlyAttributes.indexOf(name) !== -1) {
        throw new (codes().ERR_INVALID_ARG_VALUE)('name', name);
    }
    validators().validateObject(options, 'options');
    var startTime = options.startTime == null ? now() : options.startTime;
    validators().validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new (codes().ERR_PERFORMANCE_INVALID_TIMESTAMP)(startTime);
    markTimings[name] = startTime;
    initEntry(this, name, 'mark', startTime, 0, cloneDetail(options.detail));
}
PerformanceMark.prototype = Object.create(PerformanceEntry.prototype);
defineMethod(PerformanceMark.prototype, 'constructor', PerformanceMark);
defineGetter(PerformanceMark.prototype, 'detail', function () {
    checkEntry(this);
    return this[kDetail];
});
defineMethod(PerformanceMark.prototype, 'toJSON', function toJSON() {
    checkEntry(this);
    return {
        name: this[kName],
        entryType: this[kType],
        startTime: this[kStart],
        duration: this[kDuration],
        detail: this[kDetail]
    };
});

/* PerformanceMeasure: created by performance.measure() only. */
function PerformanceMeasure() {
    throw illegalConstructor();
}
PerformanceMeasure.prototype = Object.create(PerformanceEntry.prototype);
defineMethod(PerformanceMeasure.prototype, 'constructor', PerformanceMeasure);
defineGetter(PerformanceMeasure.prototype, 'detail', function () {
    checkEntry(this);
    return this[kDetail];
});
defineMethod(PerformanceMeasure.prototype, 'toJSON', PerformanceMark.prototype.toJSON);

function PerformanceResourceTiming() {
    throw illegalConstructor();
}
PerformanceResourceTiming.prototype = Object.create(PerformanceEntry.prototype);
defineMethod(PerformanceResourceTiming.prototype, 'constructor', PerformanceResourceTiming);

/* ------------------------------------------------------------------------------------------ */
/* User timing buffers */

var markTimings = Object.create(null);
var markEntries = [];
var measureEntries = [];

function bufferUserTiming(entry) {
    (entry.entryType === 'mark' ? markEntries : measureEntries).push(entry);
}

/* Stable sort by startTime. */
function sortByStartTime(list) {
    var indexed = list.map(function (e, i) { return [e, i]; });
    indexed.sort(function (a, b) {
        var d = a[0][kStart] - b[0][kStart];
        return d !== 0 ? d : a[1] - b[1];
    });
    return indexed.map(function (p) { return p[0]; });
}

function filterBuffer(name, type) {
    var list;
    if (type === 'mark') {
        list = markEntries;
    } else if (type === 'measure') {
        list = measureEntries;
    } else if (type === 'resource') {
        list = [];
    } else if (type !== undefined) {
        return [];
    } else {
        list = markEntries.concat(measureEntries);
    }
    if (name !== undefined) {
        list = list.filter(function (e) { return e[kName] === name; });
    }
    return sortByStartTime(list);
}

function getMark(name) {
    if (name === undefined) return undefined;
    if (typeof name === 'number') {
        if (name < 0) throw new (codes().ERR_PERFORMANCE_INVALID_TIMESTAMP)(name);
        return name;
    }
    name = '' + name;
    if (nodeTimingReadOnlyAttributes.indexOf(name) !== -1) return nodeTiming[name];
    var ts = markTimings[name];
    if (ts === undefined) {
        throw new DOMException('The "' + name + '" performance mark has not been set',
                               'SyntaxError');
    }
    return ts;
}

function invalidMeasureOptions(msg) {
    return new (codes().ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS)(msg);
}

/* The start and duration of performance.measure(name, startOrOptions, endMark). */
function calculateStartDuration(startOrMeasureOptions, endMark) {
    var start;
    var end;
    var duration;
    var optionsValid = false;
    if (startOrMeasureOptions !== null && typeof startOrMeasureOptions === 'object') {
        start = startOrMeasureOptions.start;
        end = startOrMeasureOptions.end;
        duration = startOrMeasureOptions.duration;
        optionsValid = start !== undefined || end !== undefined;
    }
    if (optionsValid) {
        if (endMark !== undefined) {
            throw invalidMeasureOptions('endMark must not be specified');
        }
        if (start !== undefined && end !== undefined && duration !== undefined) {
            throw invalidMeasureOptions(
                'Must not have options.start, options.end, and options.duration specified');
        }
    }
    if (endMark !== undefined) {
        end = getMark(endMark);
    } else if (optionsValid && end !== undefined) {
        end = getMark(end);
    } else if (optionsValid && start !== undefined && duration !== undefined) {
        end = getMark(start) + getMark(duration);
    } else {
        end = now();
    }
    if (typeof startOrMeasureOptions === 'string') {
        start = getMark(startOrMeasureOptions);
    } else if (optionsValid && start !== undefined) {
        start = getMark(start);
    } else if (optionsValid && duration !== undefined && end !== undefined) {
        start = end - getMark(duration);
    } else {
        start = 0;
    }
    return { start: start, duration: end - start };
}

/* ------------------------------------------------------------------------------------------ */
/* Observers */

var kSupportedEntryTypes = ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net',
                            'resource'];
Object.freeze(kSupportedEntryTypes);

var observers = [];
var pending = [];
var isPending = false;

function queuePending() {
    if (isPending) return;
    isPending = true;
    setImmediate(function () {
        isPending = false;
        var list = pending;
        pending = [];
        for (var i = 0; i < list.length; i++) dispatch(list[i]);
    });
}

function markPending(observer) {
    if (pending.indexOf(observer) === -1) pending.push(observer);
    queuePending();
}

/* Hands a new entry to every observer of its type. */
function enqueue(entry) {
    for (var i = 0; i < observers.length; i++) {
        var o = observers[i][kObserver];
        if (o.entryTypes.indexOf(entry[kType]) !== -1) {
            o.buffer.push(entry);
            markPending(observers[i]);
        }
    }
}

var kObserver = Symbol('kObserver');
var kTypeSingle = 1;
var kTypeMultiple = 2;

function observerState(self) {
    if (self === null || typeof self !== 'object' || self[kObserver] === undefined) {
        throw new (codes().ERR_INVALID_THIS)('PerformanceObserver');
    }
    return self[kObserver];
}

function dispatch(observer) {
    var state = observer[kObserver];
    var records = state.buffer;
    state.buffer = [];
    state.callback.call(undefined, new PerformanceObserverEntryList(kSkipThrow, records),
                        observer);
}

/* new PerformanceObserver(callback) */
function PerformanceObserver(callback) {
    if (!(this instanceof PerformanceObserver)) {
        throw new TypeError(
            "Class constructor PerformanceObserver cannot be invoked without 'new'");
    }
    validators().validateFunction(callback, 'callback');
    Object.defineProperty(this, kObserver, {
        value: { callback: callback, buffer: [], entryTypes: [], type: undefined }
    });
}

defineMethod(PerformanceObserver.prototype, 'disconnect', function disconnect() {
    var state = observerState(this);
    var i = observers.indexOf(this);
    if (i !== -1) observers.splice(i, 1);
    i = pending.indexOf(this);
    if (i !== -1) pending.splice(i, 1);
    state.buffer = [];
    state.entryTypes = [];
});

defineMethod(PerformanceObserver.prototype, 'observe', function observe(options) {
    var state = observerState(this);
    if (options === undefined) options = {};
    validators().validateObject(options, 'options');
    var entryTypes = options.entryTypes;
    var type = options.type;
    var buffered = options.buffered;
    if (entryTypes === undefined && type === undefined) {
        throw new (codes().ERR_MISSING_ARGS)('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
        throw new (codes().ERR_INVALID_ARG_VALUE)('options.entryTypes', entryTypes,
            'options.entryTypes can not set with options.type together');
    }
    switch (state.type) {
    case undefined:
        if (entryTypes !== undefined) state.type = kTypeMultiple;
        if (type !== undefined) state.type = kTypeSingle;
        break;
    case kTypeSingle:
        if (entryTypes !== undefined) {
            throw new DOMException('PerformanceObserver can not change to multiple ' +
                                   'observations', 'InvalidModificationError');
        }
        break;
    case kTypeMultiple:
        if (type !== undefined) {
            throw new DOMException('PerformanceObserver can not change to single observation',
                                   'InvalidModificationError');
        }
        break;
    }
    if (state.type === kTypeMultiple) {
        if (!Array.isArray(entryTypes)) {
            throw new (codes().ERR_INVALID_ARG_TYPE)('options.entryTypes', 'string[]',
                                                    entryTypes);
        }
        state.entryTypes = [];
        for (var n = 0; n < entryTypes.length; n++) {
            if (kSupportedEntryTypes.indexOf(entryTypes[n]) !== -1 &&
                state.entryTypes.indexOf(entryTypes[n]) === -1) {
                state.entryTypes.push(entryTypes[n]);
            }
        }
    } else {
        if (kSupportedEntryTypes.indexOf(type) === -1) return;
        if (state.entryTypes.indexOf(type) === -1) state.entryTypes.push(type);
        if (buffered) {
            var entries = filterBuffer(undefined, type);
            for (var j = 0; j < entries.length; j++) state.buffer.push(entries[j]);
            markPending(this);
        }
    }
    if (state.entryTypes.length) {
        if (observers.indexOf(this) === -1) observers.push(this);
    } else {
        this.disconnect();
    }
});

defineMethod(PerformanceObserver.prototype, 'takeRecords', function takeRecords() {
    var state = observerState(this);
    var list = state.buffer;
    state.buffer = [];
    return list;
});

defineGetter(PerformanceObserver, 'supportedEntryTypes', function () {
    return kSupportedEntryTypes;
}, false);

defineMethod(PerformanceObserver.prototype, customInspect, function (depth, options) {
    if (depth < 0) return this;
    var state = observerState(this);
    return 'PerformanceObserver ' + inspect({
        connected: observers.indexOf(this) !== -1,
        pending: pending.indexOf(this) !== -1,
        entryTypes: state.entryTypes.slice(),
        buffer: state.buffer
    }, innerOptions(options));
});

var kBuffer = Symbol('kBuffer');

/* The list an observer's callback receives. */
function PerformanceObserverEntryList(skipThrowSymbol, entries) {
    if (skipThrowSymbol !== kSkipThrow) throw illegalConstructor();
    Object.defineProperty(this, kBuffer, { value: sortByStartTime(entries) });
}

function listOf(self) {
    if (self === null || typeof self !== 'object' || self[kBuffer] === undefined) {
        throw new (codes().ERR_INVALID_THIS)('PerformanceObserverEntryList');
    }
    return self[kBuffer];
}

defineMethod(PerformanceObserverEntryList.prototype, 'getEntries', function getEntries() {
    return listOf(this).slice();
});
defineMethod(PerformanceObserverEntryList.prototype, 'getEntriesByType',
    function getEntriesByType(type) {
        var list = listOf(this);
        if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('type');
        type = '' + type;
        return list.filter(function (e) { return e[kType] === type; });
    });
defineMethod(PerformanceObserverEntryList.prototype, 'getEntriesByName',
    function getEntriesByName(name, type) {
        var list = listOf(this);
        if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('name');
        name = '' + name;
        if (type !== undefined) type = '' + type;
        return list.filter(function (e) {
            return e[kName] === name && (type === undefined || e[kType] === type);
        });
    });
defineMethod(PerformanceObserverEntryList.prototype, customInspect, function (depth, options) {
    if (depth < 0) return this;
    return 'PerformanceObserverEntryList ' + inspect(listOf(this), innerOptions(options));
});

/* ------------------------------------------------------------------------------------------ */
/* Histograms (HdrHistogram: lowest 1, 3 significant figures) */

var SUB_BUCKET_HALF_COUNT_MAGNITUDE = 10;
var SUB_BUCKET_COUNT = 2048;
var INT64_MAX_AS_NUMBER = 9223372036854775807;

function bitLength(v) {
    var n = 0;
    while (v >= 4294967296) {
        v = Math.floor(v / 4294967296);
        n += 32;
    }
    while (v >= 1) {
        v = Math.floor(v / 2);
        n++;
    }
    return n;
}

function bucketIndex(value) {
    /* value | sub_bucket_mask has at least 11 bits. */
    var len = Math.max(bitLength(value), 11);
    return len - (SUB_BUCKET_HALF_COUNT_MAGNITUDE + 1);
}

function lowestEquivalentValue(value) {
    var b = bucketIndex(value);
    var scale = Math.pow(2, b);
    return Math.floor(value / scale) * scale;
}

function equivalentRange(value) {
    var b = bucketIndex(value);
    var sub = Math.floor(value / Math.pow(2, b));
    return Math.pow(2, sub >= SUB_BUCKET_COUNT ? b + 1 : b);
}

function highestEquivalentValue(value) {
    return lowestEquivalentValue(value) + equivalentRange(value) - 1;
}

function medianEquivalentValue(value) {
    return lowestEquivalentValue(value) + Math.floor(equivalentRange(value) / 2);
}

var kHistogram = Symbol('kHistogram');

function HistogramState() {
    this.counts = Object.create(null);
    this.total = 0;
    this.minValue = INT64_MAX_AS_NUMBER;
    this.maxValue = 0;
    this.exceeds = 0;
    this.prevDelta = undefined;
}

HistogramState.prototype.record = function (value) {
    var key = lowestEquivalentValue(value);
    this.counts[key] = (this.counts[key] || 0) + 1;
    this.total++;
    if (value < this.minValue) this.minValue = value;
    if (value > this.maxValue) this.maxValue = value;
};

HistogramState.prototype.sortedKeys = function () {
    return Object.keys(this.counts).map(Number).sort(function (a, b) { return a - b; });
};

HistogramState.prototype.mean = function () {
    var keys = this.sortedKeys();
    var sum = 0;
    for (var i = 0; i < keys.length; i++) {
        sum += this.counts[keys[i]] * medianEquivalentValue(keys[i]);
    }
    return sum / this.total;
};

HistogramState.prototype.stddev = function () {
    var mean = this.mean();
    var keys = this.sortedKeys();
    var total = 0;
    for (var i = 0; i < keys.length; i++) {
        var dev = medianEquivalentValue(keys[i]) - mean;
        total += dev * dev * this.counts[keys[i]];
    }
    return Math.sqrt(total / this.total);
};

HistogramState.prototype.valueAtPercentile = function (percentile) {
    var requested = percentile < 100 ? percentile : 100;
    var countAt = Math.floor(requested / 100 * this.total + 0.5);
    if (countAt < 1) countAt = 1;
    var keys = this.sortedKeys();
    var total = 0;
    for (var i = 0; i < keys.length; i++) {
        total += this.counts[keys[i]];
        if (total >= countAt) return highestEquivalentValue(keys[i]);
    }
    return 0;
};

/* HdrHistogram's percentile iteration with one tick per half distance: 0, 50, 75, 87.5, ...
 * and finally 100, each with the lowest value of the bucket reached (as Node reports them). */
HistogramState.prototype.percentiles = function () {
    var out = [];
    var keys = this.sortedKeys();
    var total = this.total;
    var idx = -1;
    var cumulative = 0;
    var percentileTo = 0;
    var lastValue = 0;
    var seenLast = false;
    function advance(state) {
        idx++;
        if (idx >= keys.length) return false;
        cumulative += state.counts[keys[idx]];
        return true;
    }
    for (;;) {
        if (!(cumulative < total)) {
            if (seenLast) break;
            seenLast = true;
            out.push([100, lastValue]);
            continue;
        }
        if (idx === -1 && !advance(this)) break;
        var reported = false;
        do {
            if (percentileTo <= 100 * cumulative / total) {
                lastValue = keys[idx];
                out.push([percentileTo, lastValue]);
                var ticks = Math.pow(2, Math.floor(Math.log(100 / (100 - percentileTo)) /
                                                   Math.log(2)) + 1);
                percentileTo += 100 / ticks;
                reported = true;
                break;
            }
        } while (advance(this));
        if (!reported) break;
    }
    return out;
};

function histogramState(self) {
    if (self === null || typeof self !== 'object' || self[kHistogram] === undefined) {
        throw new (codes().ERR_INVALID_THIS)('Histogram');
    }
    return self[kHistogram];
}

/* A Map that util.inspect shows as 'SafeMap(n) [Map]', as Node's percentiles are. */
function SafeMap() {}
SafeMap.prototype = typeof Map === 'function' ? Object.create(Map.prototype) : {};
defineMethod(SafeMap.prototype, 'constructor', SafeMap);

function newSafeMap(entries) {
    var m = new Map();
    for (var i = 0; i < entries.length; i++) m.set(entries[i][0], entries[i][1]);
    Object.setPrototypeOf(m, SafeMap.prototype);
    return m;
}

/* Histogram: the read-only side, shared with monitorEventLoopDelay's. */
function Histogram() {
    throw illegalConstructor();
}

defineGetter(Histogram.prototype, 'count', function () {
    return histogramState(this).total;
});
defineGetter(Histogram.prototype, 'min', function () {
    var s = histogramState(this);
    return s.total === 0 ? INT64_MAX_AS_NUMBER : lowestEquivalentValue(s.minValue);
});
defineGetter(Histogram.prototype, 'max', function () {
    var s = histogramState(this);
    return s.total === 0 ? 0 : highestEquivalentValue(s.maxValue);
});
defineGetter(Histogram.prototype, 'mean', function () {
    var s = histogramState(this);
    return s.total === 0 ? NaN : s.mean();
});
defineGetter(Histogram.prototype, 'exceeds', function () {
    return histogramState(this).exceeds;
});
defineGetter(Histogram.prototype, 'stddev', function () {
    var s = histogramState(this);
    return s.total === 0 ? NaN : s.stddev();
});
defineMethod(Histogram.prototype, 'percentile', function percentile(p) {
    var s = histogramState(this);
    validators().validateNumber(p, 'percentile');
    if (p !== p || p <= 0 || p > 100) {
        throw new (codes().ERR_OUT_OF_RANGE)('percentile', '> 0 && <= 100', p);
    }
    return s.total === 0 ? 0 : s.valueAtPercentile(p);
});
defineGetter(Histogram.prototype, 'percentiles', function () {
    var s = histogramState(this);
    return newSafeMap(s.total === 0 ? [[100, 0]] : s.percentiles());
});
if (typeof BigInt === 'function') {
    ['count', 'min', 'max', 'exceeds'].forEach(function (name) {
        defineGetter(Histogram.prototype, name + 'BigInt', function () {
            return BigInt(this[name]);
        });
    });
}
defineMethod(Histogram.prototype, 'reset', function reset() {
    var s = histogramState(this);
    s.counts = Object.create(null);
    s.total = 0;
    s.minValue = INT64_MAX_AS_NUMBER;
    s.maxValue = 0;
    s.exceeds = 0;
});
defineMethod(Histogram.prototype, 'toJSON', function toJSON() {
    var out = {};
    this.percentiles.forEach(function (v, k) { out[k] = v; });
    return {
        count: this.count,
        min: this.min,
        max: this.max,
        mean: this.mean,
        exceeds: this.exceeds,
        stddev: this.stddev,
        percentiles: out
    };
});
defineMethod(Histogram.prototype, customInspect, function (depth, options) {
    if (depth < 0) return this;
    return 'Histogram ' + inspect({
        min: this.min,
        max: this.max,
        mean: this.mean,
        exceeds: this.exceeds,
        stddev: this.stddev,
        count: this.count,
        percentiles: this.percentiles
    }, innerOptions(options));
});

/* RecordableHistogram: what createHistogram() returns. */
function RecordableHistogram() {
    throw illegalConstructor();
}
RecordableHistogram.prototype = Object.create(Histogram.prototype);
defineMethod(RecordableHistogram.prototype, 'constructor', RecordableHistogram);
defineMethod(RecordableHistogram.prototype, 'record', function record(val) {
    var s = histogramState(this);
    validators().validateInteger(val, 'val', 1);
    s.record(val);
});
defineMethod(RecordableHistogram.prototype, 'recordDelta', function recordDelta() {
    var s = histogramState(this);
    var t = process.hrtime();
    var ns = t[0] * 1e9 + t[1];
    if (s.prevDelta !== undefined) s.record(Math.max(1, ns - s.prevDelta));
    s.prevDelta = ns;
});
defineMethod(RecordableHistogram.prototype, 'add', function add(other) {
    var s = histogramState(this);
    var o = histogramState(other);
    var keys = o.sortedKeys();
    for (var i = 0; i < keys.length; i++) {
        var k = keys[i];
        s.counts[k] = (s.counts[k] || 0) + o.counts[k];
    }
    s.total += o.total;
    if (o.total > 0) {
        if (o.minValue < s.minValue) s.minValue = o.minValue;
        if (o.maxValue > s.maxValue) s.maxValue = o.maxValue;
    }
    s.exceeds += o.exceeds;
});

function newHistogram(proto) {
    var h = Object.create(proto);
    Object.defineProperty(h, kHistogram, { value: new HistogramState() });
    return h;
}

/* perf_hooks.createHistogram([{ lowest, highest, figures }]) */
function createHistogram(options) {
    if (options === undefined) options = {};
    validators().validateObject(options, 'options');
    var lowest = options.lowest === undefined ? 1 : options.lowest;
    var highest = options.highest === undefined ? 9007199254740991 : options.highest;
    var figures = options.figures === undefined ? 3 : options.figures;
    validators().validateInteger(lowest, 'options.lowest', 1, 9007199254740991);
    validators().validateInteger(highest, 'options.highest', 2 * lowest, 9007199254740991);
    validators().validateInteger(figures, 'options.figures', 1, 5);
    return newHistogram(RecordableHistogram.prototype);
}

/* IntervalHistogram: monitorEventLoopDelay's, sampling timer lateness while enabled. */
function IntervalHistogram() {
    throw illegalConstructor();
}
IntervalHistogram.prototype = Object.create(Histogram.prototype);
defineMethod(IntervalHistogram.prototype, 'constructor', IntervalHistogram);
var kMonitor = Symbol('kMonitor');
defineMethod(IntervalHistogram.prototype, 'enable', function enable() {
    var s = histogramState(this);
    var m = this[kMonitor];
    if (m.timer !== null) return false;
    var expected = hrMs() + m.resolution;
    m.timer = setInterval(function () {
        var t = hrMs();
        s.record(Math.max(1, Math.round((t - expected) * 1e6)));
        expected = t + m.resolution;
    }, m.resolution);
    m.timer.unref();
    return true;
});
defineMethod(IntervalHistogram.prototype, 'disable', function disable() {
    histogramState(this);
    var m = this[kMonitor];
    if (m.timer === null) return false;
    clearInterval(m.timer);
    m.timer = null;
    return true;
});

/* perf_hooks.monitorEventLoopDelay([{ resolution }]) */
function monitorEventLoopDelay(options) {
    if (options === undefined) options = {};
    validators().validateObject(options, 'options');
    var resolution = options.resolution === undefined ? 10 : options.resolution;
    validators().validateInteger(resolution, 'options.resolution', 1);
    var h = newHistogram(IntervalHistogram.prototype);
    Object.defineProperty(h, kMonitor, { value: { resolution: resolution, timer: null } });
    return h;
}

/* ------------------------------------------------------------------------------------------ */
/* performance */

function PerformanceNodeTiming() {
    throw illegalConstructor();
}
var nodeTiming = Object.create(PerformanceNodeTiming.prototype);
var nodeTimingFields = {
    name: function () { return 'node'; },
    entryType: function () { return 'node'; },
    startTime: function () { return 0; },
    duration: function () { return now(); },
    nodeStart: function () { return 0; },
    v8Start: function () { return 0; },
    bootstrapComplete: function () { return 0; },
    environment: function () { return 0; },
    loopStart: function () { return -1; },
    loopExit: function () { return -1; },
    idleTime: function () { return 0; }
};
Object.keys(nodeTimingFields).forEach(function (k) {
    defineGetter(PerformanceNodeTiming.prototype, k, nodeTimingFields[k]);
});
defineMethod(PerformanceNodeTiming.prototype, 'toJSON', function toJSON() {
    var out = {};
    var self = this;
    Object.keys(nodeTimingFields).forEach(function (k) { out[k] = self[k]; });
    return out;
});
defineMethod(PerformanceNodeTiming.prototype, customInspect, function (depth, options) {
    if (depth < 0) return this;
    return 'PerformanceNodeTiming ' + inspect(this.toJSON(), innerOptions(options));
});

function Performance() {
    throw illegalConstructor();
}

function checkPerformance(self) {
    if (self !== performance) throw new (codes().ERR_INVALID_THIS)('Performance');
}

var proto = Performance.prototype;

defineMethod(proto, 'clearMarks', function clearMarks(name) {
    checkPerformance(this);
    if (name !== undefined) {
        name = '' + name;
        delete markTimings[name];
        markEntries = markEntries.filter(function (e) { return e[kName] !== name; });
    } else {
        markTimings = Object.create(null);
        markEntries = [];
    }
});
defineMethod(proto, 'clearMeasures', function clearMeasures(name) {
    checkPerformance(this);
    if (name !== undefined) {
        name = '' + name;
        measureEntries = measureEntries.filter(function (e) { return e[kName] !== name; });
    } else {
        measureEntries = [];
    }
});
defineMethod(proto, 'clearResourceTimings', function clearResourceTimings() {
    checkPerformance(this);
});
defineMethod(proto, 'getEntries', function getEntries() {
    checkPerformance(this);
    return filterBuffer(undefined, undefined);
});
defineMethod(proto, 'getEntriesByName', function getEntriesByName(name, type) {
    checkPerformance(this);
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('name');
    name = '' + name;
    if (type !== undefined) type = '' + type;
    return filterBuffer(name, type);
});
defineMethod(proto, 'getEntriesByType', function getEntriesByType(type) {
    checkPerformance(this);
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('type');
    return filterBuffer(undefined, '' + type);
});
defineMethod(proto, 'mark', function mark(name, options) {
    checkPerformance(this);
    var entry = arguments.length === 0 ? new PerformanceMark() :
                new PerformanceMark(name, options);
    enqueue(entry);
    bufferUserTiming(entry);
    return entry;
});
defineMethod(proto, 'measure', function measure(name, startOrMeasureOptions, endMark) {
    checkPerformance(this);
    validators().validateString(name, 'name');
    var sd = calculateStartDuration(startOrMeasureOptions, endMark);
    var detail = startOrMeasureOptions != null && typeof startOrMeasureOptions === 'object' ?
                 startOrMeasureOptions.detail : undefined;
    var entry = Object.create(PerformanceMeasure.prototype);
    initEntry(entry, name, 'measure', sd.start, sd.duration, cloneDetail(detail));
    enqueue(entry);
    bufferUserTiming(entry);
    return entry;
});
defineMethod(proto, 'now', function now_() {
    checkPerformance(this);
    return now();
});
defineMethod(proto, 'setResourceTimingBufferSize', function setResourceTimingBufferSize(max) {
    checkPerformance(this);
    if (arguments.length === 0) throw new (codes().ERR_MISSING_ARGS)('maxSize');
    validators().validateInteger(max, 'maxSize', 0);
});
defineGetter(proto, 'timeOrigin', function () {
    checkPerformance(this);
    return timeOrigin;
});
defineMethod(proto, 'toJSON', function toJSON() {
    checkPerformance(this);
    return {
        nodeTiming: this.nodeTiming,
        timeOrigin: this.timeOrigin,
        eventLoopUtilization: this.eventLoopUtilization()
    };
});
/* Without loop metrics the loop is reported as neither idle nor active, as Node reports it
 * before the loop starts. */
defineMethod(proto, 'eventLoopUtilization', function eventLoopUtilization(util1, util2) {
    return { idle: 0, active: 0, utilization: 0 };
});
defineGetter(proto, 'nodeTiming', function () {
    return nodeTiming;
});
defineMethod(proto, 'markResourceTiming', function markResourceTiming() {
    throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('markResourceTiming()');
});

/* performance.timerify(fn[, { histogram }]): a new wrapper (each call makes one, as in Node 20)
 * that reports each call as a 'function' entry and records its duration in nanoseconds in the
 * histogram. */
defineMethod(proto, 'timerify', function timerify(fn, options) {
    validators().validateFunction(fn, 'fn');
    if (options === undefined) options = {};
    validators().validateObject(options, 'options');
    var histogram = options.histogram;
    if (histogram !== undefined &&
        (histogram === null || typeof histogram !== 'object' ||
         histogram[kHistogram] === undefined ||
         !(histogram instanceof RecordableHistogram))) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('options.histogram', 'RecordableHistogram',
                                                histogram);
    }

    function processComplete(start, args) {
        var duration = now() - start;
        if (histogram !== undefined) histogram.record(Math.ceil(duration * 1e6));
        var entry = createNodeEntry(fn.name, 'function', start, duration, args);
        for (var n = 0; n < args.length; n++) entry[n] = args[n];
        enqueue(entry);
    }

    function timerified() {
        var args = Array.prototype.slice.call(arguments);
        var isConstructorCall = this instanceof timerified;
        var start = now();
        var result;
        if (isConstructorCall) {
            result = Reflect.construct(fn, args, fn);
        } else {
            result = fn.apply(this, args);
        }
        if (!isConstructorCall && result != null && typeof result['finally'] === 'function') {
            return result['finally'](function () { processComplete(start, args); });
        }
        processComplete(start, args);
        return result;
    }
    Object.defineProperty(timerified, 'length', {
        value: fn.length, configurable: false, enumerable: true
    });
    Object.defineProperty(timerified, 'name', {
        value: 'timerified ' + fn.name, configurable: false, enumerable: true
    });
    return timerified;
});

defineGetter(proto, 'onresourcetimingbufferfull', function () {
    return null;
});

defineMethod(proto, customInspect, function (depth, options) {
    if (depth < 0) return this;
    return 'Performance ' + inspect({
        nodeTiming: this.nodeTiming,
        timeOrigin: this.timeOrigin
    }, innerOptions(options));
});

if (typeof Symbol.toStringTag === 'symbol') {
    Object.defineProperty(proto, Symbol.toStringTag, {
        value: 'Performance', configurable: true
    });
}

var performance = Object.create(Performance.prototype);

var constants = {
    NODE_PERFORMANCE_GC_MAJOR: 4,
    NODE_PERFORMANCE_GC_MINOR: 1,
    NODE_PERFORMANCE_GC_INCREMENTAL: 8,
    NODE_PERFORMANCE_GC_WEAKCB: 16,
    NODE_PERFORMANCE_GC_FLAGS_NO: 0,
    NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
    NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
    NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
    NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
    NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
    NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64
};

module.exports = {
    Performance: Performance,
    PerformanceEntry: PerformanceEntry,
    PerformanceMark: PerformanceMark,
    PerformanceMeasure: PerformanceMeasure,
    PerformanceObserver: PerformanceObserver,
    PerformanceObserverEntryList: PerformanceObserverEntryList,
    PerformanceResourceTiming: PerformanceResourceTiming,
    monitorEventLoopDelay: monitorEventLoopDelay,
    createHistogram: createHistogram,
    performance: performance,
    constants: constants
};
