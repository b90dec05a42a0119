/* perf-hooks-observer.js: PerformanceObserver and histograms as Node 20: observers get
 * mark/measure/function entries of their types in a later setImmediate callback, with an
 * entry list (getEntries, getEntriesByType, getEntriesByName) and the observer itself;
 * buffered single-type observation; takeRecords; disconnect; observe() argument errors and
 * the single/multiple switch DOMException; supportedEntryTypes; createHistogram's HdrHistogram
 * statistics (min/max/mean/stddev/percentiles, quantized above 2047), percentile(), record()
 * and percentile() range errors, reset, add, toJSON and inspect output; monitorEventLoopDelay's
 * enable/disable. */
var ph = require('perf_hooks');
var util = require('util');
var performance = ph.performance;

function attempt(label, fn) {
    try {
        var r = fn();
        console.log(label, '->', r);
    } catch (e) {
        console.log(label, 'throws', e.name, e.code, e.message);
    }
}

console.log(ph.PerformanceObserver.supportedEntryTypes.join(','));
performance.mark('early', { startTime: 1 });

var calls = 0;
var obs = new ph.PerformanceObserver(function (list, observer) {
    calls++;
    console.log('callback', calls, observer === obs, list.constructor.name,
                list.getEntries().map(function (e) { return e.entryType + ':' + e.name; }).join(' '),
                list.getEntriesByType('mark').length, list.getEntriesByName('m2').length,
                list.getEntriesByName('m2', 'measure').length);
    observer.disconnect();
    console.log(util.inspect(observer));
});
console.log(util.inspect(obs));
obs.observe({ entryTypes: ['mark', 'measure', 'bogus'] });
console.log(util.inspect(obs));
performance.mark('m1', { startTime: 2 });
performance.mark('m2', { startTime: 3 });
performance.measure('m2', 'm1', 'm2');
console.log('sync after marks', calls);

var buffered = new ph.PerformanceObserver(function (list) {
    console.log('buffered', list.getEntries().map(function (e) { return e.name; }).join(' '));
    buffered.disconnect();
});
buffered.observe({ type: 'mark', buffered: true });

var fnObs = new ph.PerformanceObserver(function (list) {
    var e = list.getEntries()[0];
    console.log('function entry', e.name, e.entryType, typeof e.duration, e[0], e[1],
                e instanceof ph.PerformanceEntry);
    fnObs.disconnect();
});
fnObs.observe({ entryTypes: ['function'] });
performance.timerify(function mul(a, b) { return a * b; })(6, 7);

var taker = new ph.PerformanceObserver(function () { console.log('taker called'); });
taker.observe({ type: 'mark' });
performance.mark('taken', { startTime: 4 });
console.log('takeRecords', taker.takeRecords().map(function (e) { return e.name; }).join(','),
            taker.takeRecords().length);
taker.disconnect();

var o = new ph.PerformanceObserver(function () {});
attempt('observe no options', function () { return o.observe(); });
attempt('observe both', function () { return o.observe({ entryTypes: ['mark'], type: 'mark' }); });
attempt('observe bad entryTypes', function () { return o.observe({ entryTypes: 'mark' }); });
attempt('observe bad options', function () { return o.observe(5); });
attempt('switch to single', function () { return o.observe({ type: 'mark' }); });
o.disconnect();
var o2 = new ph.PerformanceObserver(function () {});
o2.observe({ type: 'mark' });
attempt('switch to multiple', function () { return o2.observe({ entryTypes: ['mark'] }); });
attempt('switch error class', function () {
    try {
        o2.observe({ entryTypes: ['mark'] });
    } catch (e) {
        return e instanceof DOMException;
    }
});
o2.disconnect();
var o3 = new ph.PerformanceObserver(function () {});
attempt('unknown single type', function () { return o3.observe({ type: 'nothing' }); });
attempt('no callback', function () { return new ph.PerformanceObserver(); });

var h = ph.createHistogram();
console.log(h);
console.log(h.percentile(50), h.count, JSON.stringify(h.toJSON()));
[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100, 1000, 5000].forEach(function (v) { h.record(v); });
console.log(h);
console.log(h.min, h.max, h.mean, h.stddev, h.exceeds, h.count);
console.log(h.percentile(1), h.percentile(50), h.percentile(99), h.percentile(100));
console.log(JSON.stringify(h.toJSON()));
var big = ph.createHistogram();
[3000, 70000, 123456789, 2048, 2049, 4097].forEach(function (v) { big.record(v); });
console.log(big.min, big.max, big.mean, big.percentile(50));
console.log(big.percentiles);
attempt('record 0', function () { return h.record(0); });
attempt('record float', function () { return h.record(1.5); });
attempt('record string', function () { return h.record('1'); });
attempt('percentile 0', function () { return h.percentile(0); });
attempt('percentile 101', function () { return h.percentile(101); });
attempt('percentile NaN', function () { return h.percentile(NaN); });
attempt('percentile string', function () { return h.percentile('5'); });
var h2 = ph.createHistogram();
h2.record(20000);
h.add(h2);
console.log(h.count, h.max);
h.reset();
console.log(h.count, h.min, h.max, h.mean);
attempt('bad figures', function () { return ph.createHistogram({ figures: 6 }); });
attempt('bad lowest', function () { return ph.createHistogram({ lowest: 0 }); });
var rd = ph.createHistogram();
rd.recordDelta();
rd.recordDelta();
console.log('recordDelta count', rd.count);

var d = ph.monitorEventLoopDelay({ resolution: 20 });
console.log(d.enable(), d.enable(), d.disable(), d.disable(), d.count);
attempt('bad resolution', function () { return ph.monitorEventLoopDelay({ resolution: 0 }); });
/* (The *BigInt accessors need BigInt, which not every engine has.) */
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(Object.getPrototypeOf(h)))
    .filter(function (n) { return !/BigInt$/.test(n); }).join(','));
