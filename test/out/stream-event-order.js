/* Event order against process.nextTick and setImmediate markers for the common cases:
 * a readable read to the end with a 'data' listener, with a 'readable' listener, a writable
 * written and ended, a transform piped through, and destroy() with and without an error.
 * Each line is one scenario's full sequence. */
var stream = require('stream');

var scenarios = [];
function scenario(name, fn) { scenarios.push({ name: name, fn: fn }); }

function markers(log) {
    process.nextTick(function () { log.push('tick'); });
    setImmediate(function () { log.push('immediate'); });
}

function trackAll(s, log, prefix) {
    ['data', 'readable', 'end', 'finish', 'prefinish', 'close', 'error', 'drain', 'pause', 'resume', 'pipe', 'unpipe'].forEach(function (ev) {
        s.on(ev, function (arg) {
            var extra = ev === 'data' ? ' ' + arg : ev === 'error' ? ' ' + arg.message : '';
            log.push((prefix || '') + ev + extra);
            if (ev === 'readable') {
                var c;
                while ((c = s.read()) !== null) log.push((prefix || '') + 'read ' + c);
            }
        });
    });
}

scenario('data listener, sync source', function (log, done) {
    var i = 0;
    var r = new stream.Readable({ read: function () { this.push(i < 2 ? 'c' + (i++) : null); } });
    ['data', 'end', 'close', 'resume'].forEach(function (ev) { r.on(ev, function (a) { log.push(ev + (a ? ' ' + a : '')); }); });
    r.on('close', done);
    markers(log);
});

scenario('readable listener, pushed up front', function (log, done) {
    var r = new stream.Readable({ read: function () {} });
    r.push('x'); r.push('y'); r.push(null);
    trackAll(r, log);
    r.on('close', done);
    markers(log);
});

scenario('writable write+end sync', function (log, done) {
    var w = new stream.Writable({ write: function (c, e, cb) { log.push('_write ' + c); cb(); } });
    trackAll(w, log);
    w.write('a', function () { log.push('cb a'); });
    w.end('b', function () { log.push('end cb'); });
    w.on('close', done);
    markers(log);
});

scenario('writable objectMode write+end sync', function (log, done) {
    var w = new stream.Writable({ objectMode: true, write: function (c, e, cb) { log.push('_write ' + c); cb(); } });
    trackAll(w, log);
    w.write('a');
    w.end();
    w.on('close', done);
    markers(log);
});

scenario('writable drain with hwm 1', function (log, done) {
    var w = new stream.Writable({ highWaterMark: 1, write: function (c, e, cb) { log.push('_write ' + c); cb(); } });
    trackAll(w, log);
    log.push('write ' + w.write('ab'));
    log.push('write ' + w.write('cd'));
    setImmediate(function () { w.end(); });
    w.on('close', done);
    markers(log);
});

scenario('transform piped', function (log, done) {
    var src = new stream.Readable({ read: function () {} });
    var t = new stream.PassThrough();
    var dst = new stream.Writable({ write: function (c, e, cb) { log.push('dst _write ' + c); cb(); } });
    trackAll(t, log, 't:');
    src.pipe(t).pipe(dst);
    src.push('m');
    src.push(null);
    dst.on('finish', function () { log.push('dst finish'); });
    dst.on('close', function () { log.push('dst close'); done(); });
    markers(log);
});

scenario('destroy without error', function (log, done) {
    var d = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
    trackAll(d, log);
    d.destroy();
    log.push('sync after destroy');
    d.on('close', function () { setImmediate(done); });
    markers(log);
});

scenario('destroy with error', function (log, done) {
    var r = new stream.Readable({ read: function () {} });
    trackAll(r, log);
    r.destroy(new Error('e1'));
    r.on('close', function () { setImmediate(done); });
    markers(log);
});

scenario('end after resume on empty stream', function (log, done) {
    var r = new stream.Readable({ read: function () { this.push(null); } });
    trackAll(r, log);
    r.resume();
    r.on('close', function () { setImmediate(done); });
    markers(log);
});

scenario('readable with hwm 0 and async pushes', function (log, done) {
    var n = 0;
    var r = new stream.Readable({
        highWaterMark: 0,
        read: function () { var s = this; setImmediate(function () { s.push(n < 2 ? 'v' + (n++) : null); }); }
    });
    trackAll(r, log);
    r.on('close', function () { setImmediate(done); });
    markers(log);
});

(function runNext(i) {
    if (i >= scenarios.length) return;
    var log = [];
    scenarios[i].fn(log, function () {
        setImmediate(function () {
            setImmediate(function () {
                console.log(scenarios[i].name + ': ' + log.join(' | '));
                runNext(i + 1);
            });
        });
    });
})(0);
