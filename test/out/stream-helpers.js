/* The stream helper functions: isReadable, isWritable, isErrored, isDisturbed, isDestroyed
 * across a stream's life; getDefaultHighWaterMark/setDefaultHighWaterMark affecting new
 * streams; stream.destroy() on streams of every kind; readableDidRead, readableAborted,
 * writableAborted. */
var stream = require('stream');

function flags(s) {
    return 'readable=' + stream.isReadable(s) + ' writable=' + stream.isWritable(s) +
        ' errored=' + stream.isErrored(s) + ' disturbed=' + stream.isDisturbed(s) +
        ' destroyed=' + stream.isDestroyed(s);
}

console.log('non-stream: ' + flags({}));
var r = new stream.Readable({ read: function () {} });
console.log('fresh readable: ' + flags(r) + ' didRead=' + r.readableDidRead);
r.push('a');
r.read();
console.log('after read: ' + flags(r) + ' didRead=' + r.readableDidRead);
r.push(null);
r.resume();
r.on('end', function () {
    console.log('after end: ' + flags(r) + ' aborted=' + r.readableAborted);
    var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
    console.log('fresh writable: ' + flags(w));
    w.end();
    console.log('ended writable: ' + flags(w));
    var e = new stream.Readable({ read: function () {} });
    e.on('error', function () {
        console.log('errored readable: ' + flags(e) + ' aborted=' + e.readableAborted);
        var w2 = new stream.Writable({ write: function (c, enc, cb) { cb(new Error('x')); } });
        w2.on('error', function () {
            console.log('errored writable: ' + flags(w2) + ' aborted=' + w2.writableAborted);
            hwm();
        });
        w2.write('q');
    });
    e.destroy(new Error('bad'));
});

function hwm() {
    console.log('defaults ' + stream.getDefaultHighWaterMark(false) + ' ' + stream.getDefaultHighWaterMark(true));
    stream.setDefaultHighWaterMark(false, 1024);
    stream.setDefaultHighWaterMark(true, 4);
    console.log('changed ' + new stream.Readable().readableHighWaterMark + ' ' +
        new stream.Writable({ objectMode: true }).writableHighWaterMark + ' ' +
        new stream.Duplex().writableHighWaterMark);
    try { stream.setDefaultHighWaterMark(false, -1); } catch (e) { console.log(e.code + ': ' + e.message); }
    stream.setDefaultHighWaterMark(false, 16384);
    stream.setDefaultHighWaterMark(true, 16);
    destroyer();
}

function destroyer() {
    var log = [];
    var r = new stream.Readable({ read: function () {} });
    r.on('error', function (e) { log.push('r error ' + e.name + ' ' + e.code); });
    r.on('close', function () { log.push('r close'); });
    stream.destroy(r);
    var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
    w.on('error', function (e) { log.push('w error ' + e.message); });
    stream.destroy(w, new Error('given'));
    var done = new stream.Readable({ read: function () { this.push(null); } });
    done.resume();
    done.on('end', function () {
        done.on('error', function (e) { log.push('done error ' + e.code); });
        stream.destroy(done);
    });
    var legacy = new stream();
    legacy.on('close', function () { log.push('legacy close'); });
    legacy.on('error', function (e) { log.push('legacy error ' + e.message); });
    stream.destroy(legacy, new Error('legacy err'));
    log.push('isDestroyed legacy=' + stream.isDestroyed(legacy));
    setTimeout(function () { console.log('destroy: ' + log.join(' | ')); }, 5);
}
