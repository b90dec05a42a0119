/* Differential fuzz of the promise-based paths: 150 seeded random scenarios with nextTick,
 * microtask and setImmediate markers interleaved, compared with Node line for line:
 * Readable.from over arrays (with promises) and async iterables (some failing), pipeline
 * from an async iterable, pipeline through a function stage, a Readable consumed by its
 * async iterator (with return()), and stream/promises pipeline + finished. */
var stream = require('stream');
var promises = require('stream/promises');

var seed = 1;
function rnd() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; }
function ri(n) { return Math.floor(rnd() * n); }
var log = [];
function L(s) { log.push(s); }
function e2s(e) { return e ? (e.code || e.message) : String(e); }
function markers(tag) {
    var mine = log;
    process.nextTick(function () { mine.push(tag + ' tick'); });
    Promise.resolve().then(function () { mine.push(tag + ' micro'); });
    setImmediate(function () { mine.push(tag + ' immediate'); });
}
function asyncIterable(vals, failAt) {
    var i = 0;
    var o = {};
    o[Symbol.asyncIterator] = function () {
        return {
            next: function () {
                L('src next ' + i);
                if (i === failAt) return Promise.reject(new Error('src fail'));
                var k = ri(3);
                var res = i < vals.length ? { value: vals[i++], done: false } : { value: undefined, done: true };
                if (k === 0) return Promise.resolve(res);
                return new Promise(function (r) { if (k === 1) process.nextTick(r, res); else setImmediate(r, res); });
            },
            'return': function () { L('src return'); return Promise.resolve({ done: true }); }
        };
    };
    return o;
}

function fromScenario() {
    var vals = [];
    var n = ri(5);
    for (var i = 0; i < n; i++) vals.push(rnd() < 0.3 ? Promise.resolve('p' + i) : 'v' + i);
    var r = stream.Readable.from(rnd() < 0.5 ? vals : asyncIterable(vals, rnd() < 0.2 ? ri(4) : -1), { highWaterMark: ri(3) });
    ['data', 'end', 'close', 'error', 'readable'].forEach(function (ev) {
        r.on(ev, function (a) {
            L('r ' + ev + ' ' + (ev === 'data' ? a : ev === 'error' ? e2s(a) : ''));
            if (ev === 'readable') {
                var c;
                while ((c = r.read()) !== null) L('read ' + c);
            }
        });
    });
}

function pipelineFromIterable() {
    var sink = new stream.Writable({
        objectMode: true,
        highWaterMark: 1 + ri(3),
        write: function (c, e, cb) { L('sink ' + c); if (ri(2)) cb(); else setImmediate(cb); }
    });
    ['finish', 'close', 'error'].forEach(function (ev) { sink.on(ev, function () { L('sink ' + ev); }); });
    stream.pipeline(asyncIterable(['a', 'b', 'c'].slice(0, ri(4)), rnd() < 0.2 ? 1 : -1), sink, function (err) {
        L('pipeline cb ' + e2s(err));
        markers('cb');
    });
}

function pipelineThroughFunction() {
    var src = stream.Readable.from(['x', 'y', 'z'].slice(0, 1 + ri(3)));
    var sink = new stream.Writable({ objectMode: true, write: function (c, e, cb) { L('sink ' + c); cb(); } });
    stream.pipeline(src, function (source) {
        L('fn called');
        var it = source[Symbol.asyncIterator]();
        var o = {};
        o[Symbol.asyncIterator] = function () {
            return {
                next: function () {
                    return it.next().then(function (r) {
                        L('mid got ' + JSON.stringify(r));
                        return r.done ? r : { value: r.value + '!', done: false };
                    });
                },
                'return': function () { L('mid return'); return it['return'](); }
            };
        };
        return o;
    }, sink, function (err) { L('pipeline cb ' + e2s(err)); markers('cb'); });
}

function iteratorScenario() {
    var r = new stream.Readable({
        objectMode: true,
        read: function () {
            var s = this;
            var k = ri(3);
            var f = function () { s.push(rnd() < 0.25 ? null : 'q' + ri(9)); };
            if (k === 0) f(); else if (k === 1) process.nextTick(f); else setImmediate(f);
        }
    });
    ['end', 'close', 'error'].forEach(function (ev) { r.on(ev, function () { L('r ' + ev); }); });
    var it = r[Symbol.asyncIterator]();
    (function go(n) {
        it.next().then(function (res) {
            L('it ' + JSON.stringify(res));
            markers('n' + n);
            if (!res.done && n < 6) go(n + 1);
            else if (!res.done) it['return']().then(function (x) { L('returned ' + JSON.stringify(x)); });
        });
    })(0);
}

function promisesScenario() {
    var r = stream.Readable.from(['1', '2']);
    var w = new stream.Writable({ objectMode: true, write: function (c, e, cb) { L('w ' + c); setImmediate(cb); } });
    promises.pipeline(r, w).then(function () {
        L('resolved');
        markers('res');
        return promises.finished(w);
    }).then(function () { L('finished resolved'); });
}

var SCENARIOS = [fromScenario, pipelineFromIterable, pipelineThroughFunction, iteratorScenario,
                 promisesScenario];

/* Runs the seeds one after the other: a scenario is over when 20 rounds of setImmediate pass
 * without a new log line. */
(function runSeed(s) {
    if (s > 150) return;
    seed = s * 7919;
    log = [];
    var kind = ri(5);
    L('scenario ' + kind);
    markers('start');
    SCENARIOS[kind]();
    var quiet = 0;
    var last = -1;
    (function poll() {
        if (log.length === last) quiet++; else { quiet = 0; last = log.length; }
        if (quiet < 20) { setImmediate(poll); return; }
        console.log('--- seed ' + s + '\n' + log.join('\n'));
        runSeed(s + 1);
    })();
})(1);
