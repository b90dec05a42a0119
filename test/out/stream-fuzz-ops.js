/* Differential fuzz of stream operations: 200 seeded random scenarios of four kinds, every
 * event and return value logged and compared with Node line for line:
 *  0  a Writable driven by random write (with and without callbacks), cork, uncork, end,
 *     destroy, with random highWaterMark, decodeStrings, objectMode, _writev, _final and
 *     errors;
 *  1  a Duplex (allowHalfOpen or not, setEncoding) read and written at random;
 *  2  one source piped to several destinations with random unpipe/destroy;
 *  3  a Readable consumed by its async iterator and a 'readable' listener at once.
 * Every stream also has finished() attached.  (read(n) is not mixed with setEncoding: Node
 * 20 miscounts in that case, see the report of the stream module.) */
var stream = require('stream');

var seed = 1;
function rnd() { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; }
function ri(n) { return Math.floor(rnd() * n); }
var log = [];
function L(s) { log.push(s); }
function later(fn) {
    var k = ri(4);
    if (k === 0) fn();
    else if (k === 1) process.nextTick(fn);
    else if (k === 2) setImmediate(fn);
    else setImmediate(function () { setImmediate(fn); });
}
function afterImmediates(n, fn) { if (n <= 0) fn(); else setImmediate(function () { afterImmediates(n - 1, fn); }); }
function e2s(e) { return e ? (e.code || e.message) : String(e); }
function track(s, name) {
    ['data', 'readable', 'end', 'finish', 'prefinish', 'close', 'error', 'drain', 'pause', 'resume', 'pipe', 'unpipe'].forEach(function (ev) {
        s.on(ev, function (a) {
            L(name + ':' + ev + (ev === 'data' ? '=' + JSON.stringify(String(a)) : ev === 'error' ? '=' + e2s(a) : ''));
            if (ev === 'readable' && s.read) {
                var c;
                var n = 0;
                while (n++ < 50 && (c = s.read(rnd() < 0.5 || s.readableEncoding ? undefined : ri(6))) !== null) {
                    L(name + ':read ' + JSON.stringify(String(c)));
                    if (rnd() < 0.1) { s.unshift(c); L(name + ':unshift'); break; }
                }
            }
        });
    });
    stream.finished(s, function (err) { L(name + ':finished ' + e2s(err)); });
}

function writableScenario() {
    var w = new stream.Writable({
        highWaterMark: ri(10),
        decodeStrings: rnd() < 0.7,
        objectMode: rnd() < 0.2,
        write: function (c, e, cb) {
            L('_write ' + String(c) + ' ' + e);
            later(function () { cb(rnd() < 0.05 ? new Error('wfail') : undefined); });
        },
        writev: rnd() < 0.5 ? function (chunks, cb) {
            L('_writev ' + chunks.map(function (x) { return String(x.chunk); }).join('+'));
            later(cb);
        } : undefined,
        final: rnd() < 0.5 ? function (cb) {
            L('_final');
            later(function () { cb(rnd() < 0.1 ? new Error('ffail') : undefined); });
        } : undefined,
        autoDestroy: rnd() < 0.8,
        emitClose: rnd() < 0.9
    });
    track(w, 'w');
    var ops = 3 + ri(8);
    (function op(i) {
        if (i >= ops) return;
        var k = ri(10);
        try {
            if (k < 4) L('write -> ' + w.write('d' + i, function (err) { L('cb d' + i + ' ' + e2s(err)); }));
            else if (k < 5) L('write nocb -> ' + w.write('n' + i));
            else if (k < 6) { w.cork(); L('cork ' + w.writableCorked); }
            else if (k < 7) { w.uncork(); L('uncork ' + w.writableCorked); }
            else if (k < 8) {
                w.end(rnd() < 0.5 ? 'e' + i : undefined, function (err) { L('end cb ' + e2s(err)); });
                L('end called');
            } else if (k < 9) { w.destroy(rnd() < 0.5 ? new Error('destroyed' + i) : undefined); L('destroy called'); }
            else {
                L('state len=' + w.writableLength + ' needDrain=' + w.writableNeedDrain + ' ended=' + w.writableEnded +
                  ' finished=' + w.writableFinished);
            }
        } catch (e) { L('threw ' + e2s(e)); }
        afterImmediates(ri(3), function () { op(i + 1); });
    })(0);
}

function duplexScenario() {
    var d = new stream.Duplex({
        allowHalfOpen: rnd() < 0.5,
        read: function () { var self = this; later(function () { self.push(rnd() < 0.4 ? null : 'r' + ri(100)); }); },
        write: function (c, e, cb) { L('d _write ' + c); later(cb); },
        final: function (cb) { L('d final'); later(cb); }
    });
    if (rnd() < 0.3) d.setEncoding('utf8');
    track(d, 'd');
    if (rnd() < 0.5) d.resume();
    d.write('a');
    if (rnd() < 0.5) afterImmediates(ri(4), function () { d.end('z'); });
    if (rnd() < 0.2) afterImmediates(ri(6), function () { L('destroy d'); d.destroy(); });
}

function fanOutScenario() {
    var n = 0;
    var max = 2 + ri(6);
    var src = new stream.Readable({
        highWaterMark: 1 + ri(8),
        read: function () { var self = this; later(function () { self.push(n < max ? 'x' + (n++) : null); }); }
    });
    track(src, 'src');
    var k = 1 + ri(3);
    for (var j = 0; j < k; j++) {
        (function (j) {
            var dst = new stream.Writable({
                highWaterMark: 1 + ri(6),
                write: function (c, e, cb) { L('dst' + j + ' got ' + c); later(cb); }
            });
            track(dst, 'dst' + j);
            src.pipe(dst, { end: rnd() < 0.8 });
            if (rnd() < 0.3) afterImmediates(ri(5), function () { L('unpipe dst' + j); src.unpipe(dst); });
            if (rnd() < 0.15) afterImmediates(ri(5), function () { L('destroy dst' + j); dst.destroy(); });
        })(j);
    }
}

function iteratorScenario() {
    var m = 0;
    var cnt = 1 + ri(6);
    var r = new stream.Readable({
        objectMode: rnd() < 0.5,
        read: function () {
            var self = this;
            later(function () {
                if (m === 3 && rnd() < 0.2) { self.destroy(new Error('iter fail')); return; }
                self.push(m < cnt ? 'v' + (m++) : null);
            });
        }
    });
    track(r, 'r');
    var it = r[Symbol.asyncIterator]();
    var stopAt = ri(8);
    (function next(i) {
        if (i === stopAt) {
            it['return']().then(function (res) { L('return done=' + res.done); });
            return;
        }
        it.next().then(function (res) {
            L('next ' + JSON.stringify(res.value === undefined ? null : String(res.value)) + ' done=' + res.done);
            if (!res.done) next(i + 1);
        }, function (err) { L('next rejected ' + e2s(err)); });
    })(0);
}

var SCENARIOS = [writableScenario, duplexScenario, fanOutScenario, iteratorScenario];

/* Runs the seeds one after the other: a scenario is over when 20 rounds of setImmediate pass
 * without a new log line. */
(function runSeed(s) {
    if (s > 200) return;
    seed = s * 7919;
    log = [];
    var kind = ri(4);
    L('scenario ' + kind);
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
