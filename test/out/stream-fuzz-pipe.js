/* Differential fuzz of the pipe machinery: 150 seeded random scenarios, each a source (random
 * highWaterMark, object mode, sync or deferred pushes) piped, read through 'readable', or
 * pipelined into an optional Transform and a Writable (random highWaterMarks, deferred
 * callbacks, rare write/transform errors, _final), with random pause/resume and destroy.
 * Every event, push result and callback is logged; the logs must equal Node's line for line.
 * Only nextTick and setImmediate defer work, so each run is deterministic. */
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
function track(s, name) {
    ['data', 'readable', 'end', 'finish', 'prefinish', 'close', 'error', 'drain', 'pause', 'resume', 'pipe', 'unpipe'].forEach(function (ev) {
        s.on(ev, function (a) {
            L(name + ':' + ev + (ev === 'data' ? '=' + String(a) : ev === 'error' ? '=' + a.message : ''));
        });
    });
}

function scenario() {
    var objectMode = rnd() < 0.3;
    var nChunks = 1 + ri(8);
    var produced = 0;
    var src = new stream.Readable({
        objectMode: objectMode,
        highWaterMark: ri(3) === 0 ? 0 : 1 + ri(20),
        read: function () {
            var self = this;
            L('src:_read');
            var pushOne = function () {
                if (produced >= nChunks) { self.push(null); return; }
                var c = 'c' + (produced++) + 'xxxxxxxx'.slice(0, ri(8));
                var r = self.push(c);
                L('src:push ' + c + ' -> ' + r);
                if (r && rnd() < 0.5) pushOne();
            };
            later(pushOne);
        }
    });
    var mode = ri(4);
    var mid = null;
    if (mode >= 2) {
        mid = new stream.Transform({
            objectMode: objectMode,
            highWaterMark: 1 + ri(10),
            transform: function (c, e, cb) {
                var self = this;
                later(function () {
                    if (rnd() < 0.3) self.push(String(c) + '!');
                    if (rnd() < 0.05) { cb(new Error('transform fail')); return; }
                    cb(null, String(c).toUpperCase());
                });
            },
            flush: function (cb) { later(function () { cb(null, 'FLUSH'); }); }
        });
        track(mid, 'mid');
    }
    var dst = new stream.Writable({
        objectMode: objectMode,
        highWaterMark: ri(3) === 0 ? 0 : 1 + ri(20),
        write: function (c, e, cb) {
            L('dst:_write ' + String(c));
            later(function () { cb(rnd() < 0.03 ? new Error('write fail') : null); });
        },
        final: rnd() < 0.5 ? function (cb) { L('dst:_final'); later(cb); } : undefined
    });
    track(src, 'src');
    track(dst, 'dst');
    if (mode === 0 || mode === 2) {
        if (mid) src.pipe(mid).pipe(dst); else src.pipe(dst);
    } else if (mode === 1) {
        src.removeAllListeners('data');
        src.on('readable', function () {
            var c;
            while ((c = src.read(rnd() < 0.5 ? undefined : 1 + ri(5))) !== null) {
                L('read ' + String(c));
                if (!dst.write(c)) L('write false');
            }
        });
        src.on('end', function () { dst.end(); });
    } else {
        stream.pipeline(src, mid, dst, function (err) { L('pipeline cb ' + (err && err.message)); });
    }
    if (rnd() < 0.3) {
        afterImmediates(ri(4), function () {
            L('pausing');
            src.pause();
            afterImmediates(ri(4), function () { L('resuming'); src.resume(); });
        });
    }
    if (rnd() < 0.1) {
        afterImmediates(ri(5), function () { L('destroying src'); src.destroy(rnd() < 0.5 ? new Error('boom') : undefined); });
    }
}

/* Runs the seeds one after the other: a scenario is over when 20 rounds of setImmediate pass
 * without a new log line. */
(function runSeed(s) {
    if (s > 150) return;
    seed = s * 7919;
    log = [];
    scenario();
    var quiet = 0;
    var last = -1;
    (function poll() {
        if (log.length === last) quiet++; else { quiet = 0; last = log.length; }
        if (quiet < 20) { setImmediate(poll); return; }
        console.log('--- seed ' + s + '\n' + log.join('\n'));
        runSeed(s + 1);
    })();
})(1);
