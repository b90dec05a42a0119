/* stream.finished (end-of-stream): calls back after 'end' for readables and 'finish' for
 * writables (after 'close' when the stream will emit one), with the error on 'error', with
 * ERR_STREAM_PREMATURE_CLOSE on an early 'close', once only; options readable/writable/error;
 * an already finished stream is reported on the next tick; the returned cleanup function
 * removes the listeners. */
var stream = require('stream');
var finished = stream.finished;

function e2s(err) { return err ? err.code || err.message : String(err); }

// 1. readable ending normally
(function () {
    var log = [];
    var r = new stream.Readable({ read: function () { this.push('a'); this.push(null); } });
    r.on('end', function () { log.push('end'); });
    r.on('close', function () { log.push('close'); });
    finished(r, function (err) { log.push('finished ' + e2s(err)); console.log('1 ' + log.join(' | ')); two(); });
    r.resume();
})();

// 2. writable finishing, and one with emitClose false
function two() {
    var log = [];
    var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
    w.on('finish', function () { log.push('finish'); });
    w.on('close', function () { log.push('close'); });
    finished(w, function (err) { log.push('finished ' + e2s(err)); });
    w.end('x');
    var w2 = new stream.Writable({ emitClose: false, write: function (c, e, cb) { cb(); } });
    w2.on('finish', function () { log.push('w2 finish'); });
    finished(w2, function (err) {
        log.push('w2 finished ' + e2s(err));
        setTimeout(function () { console.log('2 ' + log.join(' | ')); three(); }, 2);
    });
    w2.end();
}

// 3. errors and premature close
function three() {
    var log = [];
    var r = new stream.Readable({ read: function () {} });
    finished(r, function (err) { log.push('r ' + e2s(err)); });
    r.destroy(new Error('kaput'));
    var r2 = new stream.Readable({ read: function () {} });
    finished(r2, function (err) { log.push('r2 ' + e2s(err) + ' ' + (err && err.message)); });
    r2.destroy();
    var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
    finished(w, function (err) { log.push('w ' + e2s(err)); });
    w.write('x');
    w.destroy();
    setTimeout(function () { console.log('3 ' + log.join(' | ')); four(); }, 5);
}

// 4. options: readable only on a duplex, error: false
function four() {
    var log = [];
    var d = new stream.Duplex({ read: function () { this.push(null); }, write: function (c, e, cb) { cb(); } });
    finished(d, { writable: false }, function (err) { log.push('readable side done ' + e2s(err) + ' writableEnded=' + d.writableEnded); });
    d.resume();
    var d2 = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
    finished(d2, { readable: false }, function (err) { log.push('writable side done ' + e2s(err)); });
    d2.end();
    var w = new stream.Writable({ write: function (c, e, cb) { cb(new Error('werr')); } });
    w.on('error', function () { log.push('user error listener'); });
    finished(w, { error: false }, function (err) { log.push('error:false done ' + e2s(err)); });
    w.write('x');
    setTimeout(function () { console.log('4 ' + log.join(' | ')); five(); }, 5);
}

// 5. already finished streams, cleanup function
function five() {
    var log = [];
    var r = new stream.Readable({ read: function () { this.push(null); } });
    r.resume();
    r.on('close', function () {
        finished(r, function (err) { log.push('late on closed ' + e2s(err)); });
        log.push('registered');
    });
    var r2 = new stream.Readable({ read: function () {} });
    var cleanup = finished(r2, function () { log.push('should not be called'); });
    log.push('cleanup is ' + typeof cleanup + ' listeners before=' + r2.listenerCount('close'));
    cleanup();
    log.push('listeners after=' + r2.listenerCount('close'));
    r2.destroy();
    setTimeout(function () { console.log('5 ' + log.join(' | ')); six(); }, 5);
}

// 6. argument validation, legacy streams
function six() {
    try { finished({}, function () {}); } catch (e) { console.log('6 ' + e.code + ': ' + e.message); }
    try { finished(new stream.PassThrough(), 'x', function () {}); } catch (e) { console.log('6 ' + e.code + ': ' + e.message); }
    try { finished(new stream.PassThrough()); } catch (e) { console.log('6 ' + e.code + ': ' + e.message); }
    var legacy = new stream.Stream();
    legacy.readable = true;
    legacy.pipe = stream.Stream.prototype.pipe;
    finished(legacy, function (err) { console.log('6 legacy finished ' + e2s(err)); });
    legacy.emit('end');
}
