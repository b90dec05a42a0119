/* perf-hooks-timing.js: perf_hooks.performance as Node 20 (shapes, not timings): module and
 * prototype names; now() and timeOrigin types and monotonicity; mark() with detail (cloned)
 * and startTime, its errors (ERR_MISSING_ARGS, reserved names, negative timestamps);
 * measure() from marks, numbers and options, and its errors (DOMException SyntaxError for an
 * unknown mark, ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS); getEntries* ordering and filtering;
 * clearMarks/clearMeasures; entry toJSON and inspect output with fixed times; illegal
 * constructors; timerify's wrapper. */
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

console.log(Object.keys(ph).join(','));
console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(performance)).join(','));
console.log(typeof performance.now(), typeof performance.timeOrigin,
            performance.timeOrigin > 1.5e12, performance.now() >= 0,
            Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 1000);
var t1 = performance.now();
var t2 = performance.now();
console.log('monotonic', t2 >= t1);

var m1 = performance.mark('one', { startTime: 1, detail: { x: [1, 2] } });
var detail = { y: 1 };
var m2 = performance.mark('two', { startTime: 3, detail: detail });
detail.y = 2;
var m3 = performance.mark('three', { startTime: 2 });
console.log(m1);
console.log(util.inspect(m2), m2.detail.y, m3.detail);
console.log(JSON.stringify(m1), Object.keys(m1).length, m1 instanceof ph.PerformanceEntry,
            m1 instanceof ph.PerformanceMark, m1.constructor.name);
var live = performance.mark('live');
console.log(typeof live.startTime, live.startTime > 0, live.duration, live.detail);

var ms1 = performance.measure('a-to-b', 'one', 'two');
console.log(ms1, ms1 instanceof ph.PerformanceMeasure);
console.log(performance.measure('from-num', { start: 0.5, end: 2.5, detail: 'd' }));
console.log(performance.measure('start-dur', { start: 'one', duration: 0.75 }));
console.log(performance.measure('dur-end', { duration: 0.25, end: 'three' }));
var toNow = performance.measure('to-now', 'three');
console.log(toNow.startTime, typeof toNow.duration, toNow.duration > 0);
var fromZero = performance.measure('zero');
console.log(fromZero.startTime, fromZero.duration > 0);

attempt('measure unknown', function () { return performance.measure('x', 'nope'); });
attempt('measure unknown kind', function () {
    try {
        performance.measure('x', 'nope');
    } catch (e) {
        return [e instanceof DOMException, e.name, e.code];
    }
});
attempt('measure endMark with options', function () {
    return performance.measure('x', { start: 'one' }, 'two');
});
attempt('measure all three', function () {
    return performance.measure('x', { start: 1, end: 2, duration: 1 });
});
attempt('measure negative', function () { return performance.measure('x', { start: -1 }); });
attempt('measure bad name', function () { return performance.measure(5); });
attempt('mark no name', function () { return performance.mark(); });
attempt('mark reserved', function () { return performance.mark('nodeStart'); });
attempt('mark negative', function () { return performance.mark('q', { startTime: -1 }); });
attempt('mark bad start', function () { return performance.mark('q', { startTime: 'x' }); });
attempt('mark bad options', function () { return performance.mark('q', 5); });
attempt('new measure', function () { return new ph.PerformanceMeasure(); });
attempt('new entry', function () { return new ph.PerformanceEntry(); });
attempt('new performance', function () { return new ph.Performance(); });
attempt('new list', function () { return new ph.PerformanceObserverEntryList(); });
console.log(new ph.PerformanceMark('ctor', { startTime: 1 }));

function names(list) {
    return list.map(function (e) { return e.entryType + ':' + e.name; }).join(' ');
}
console.log(names(performance.getEntries()));
console.log(names(performance.getEntriesByType('mark')));
console.log(names(performance.getEntriesByType('measure')));
console.log(names(performance.getEntriesByType('other')));
console.log(names(performance.getEntriesByName('one')));
console.log(names(performance.getEntriesByName('one', 'measure')));
attempt('getEntriesByName none', function () { return performance.getEntriesByName(); });
attempt('getEntriesByType none', function () { return performance.getEntriesByType(); });
performance.clearMarks('one');
console.log(names(performance.getEntriesByType('mark')));
attempt('measure cleared', function () { return performance.measure('x', 'one'); });
performance.clearMeasures('a-to-b');
console.log(names(performance.getEntriesByType('measure')));
performance.clearMarks();
performance.clearMeasures();
console.log(performance.getEntries().length);

var tf = performance.timerify(function add(a, b) { return a + b; });
console.log(tf.name, tf.length, tf(2, 3), performance.timerify(tf) === tf);
function Point(x) { this.x = x; }
var TP = performance.timerify(Point);
var p = new TP(4);
console.log(p instanceof Point, p.x);
attempt('timerify bad', function () { return performance.timerify(5); });
attempt('timerify bad histogram', function () {
    return performance.timerify(function () {}, { histogram: {} });
});

var json = performance.toJSON();
console.log(Object.keys(json).join(','), JSON.stringify(json.eventLoopUtilization));
console.log(Object.keys(performance.nodeTiming.toJSON()).join(','));
console.log(performance.nodeTiming.name, performance.nodeTiming.entryType,
            performance.nodeTiming.startTime);
console.log(JSON.stringify(performance.eventLoopUtilization()));
console.log(Object.prototype.toString.call(performance));
console.log(JSON.stringify(ph.constants));
