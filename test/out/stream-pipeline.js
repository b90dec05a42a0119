/* stream.pipeline with callbacks: data flows through every stage, the callback gets no error
 * on success after 'finish', the first error destroys every stream and reaches the callback
 * once, a destination closing early gives ERR_STREAM_PREMATURE_CLOSE, arrays of streams,
 * a missing callback and too few streams throw, and the last stream is returned. */
var stream = require('stream');

function source(chunks) {
    var i = 0;
    return new stream.Readable({ read: function () { this.push(i < chunks.length ? chunks[i++] : null); } });
}

function upper() {
    return new stream.Transform({ transform: function (c, e, cb) { cb(null, c.toString().toUpperCase()); } });
}

function collector(out) {
    return new stream.Writable({ write: function (c, e, cb) { out.push(c.toString()); setImmediate(cb); } });
}

// 1. success
(function () {
    var out = [];
    var sink = collector(out);
    sink.on('finish', function () { out.push('<finish>'); });
    var ret = stream.pipeline(source(['a', 'b', 'c']), upper(), sink, function (err) {
        console.log('1 done err=' + err + ' out=' + out.join(',') + ' sink destroyed=' + sink.destroyed);
        two();
    });
    console.log('1 returns last=' + (ret === sink));
})();

// 2. error in the middle destroys every stream
function two() {
    var src = source(['a', 'b', 'c']);
    var bad = new stream.Transform({
        transform: function (c, e, cb) { if (c.toString() === 'b') cb(new Error('bad b')); else cb(null, c); }
    });
    var out = [];
    var sink = collector(out);
    var calls = 0;
    stream.pipeline(src, bad, sink, function (err) {
        calls++;
        console.log('2 err=' + err.message + ' src destroyed=' + src.destroyed + ' bad destroyed=' + bad.destroyed +
            ' sink destroyed=' + sink.destroyed + ' out=' + out.join(','));
        setTimeout(function () { console.log('2 callback calls=' + calls); three(); }, 5);
    });
}

// 3. source error
function three() {
    var src = new stream.Readable({ read: function () { this.destroy(new Error('read failed')); } });
    var out = [];
    var sink = collector(out);
    stream.pipeline([src, sink], function (err) {
        console.log('3 err=' + err.message + ' sink destroyed=' + sink.destroyed + ' sink errored=' + (sink.errored && sink.errored.message));
        four();
    });
}

// 4. destination destroyed early: premature close
function four() {
    var src = new stream.Readable({ read: function () {} });
    src.push('x');
    var sink = new stream.Writable({ write: function (c, e, cb) { cb(); sink.destroy(); } });
    stream.pipeline(src, sink, function (err) {
        console.log('4 err=' + (err && err.code) + ' ' + (err && err.message) + ' src destroyed=' + src.destroyed);
        five();
    });
}

// 5. argument errors
function five() {
    try { stream.pipeline(source([]), collector([])); } catch (e) { console.log('5 ' + e.name + ' ' + e.code + ': ' + e.message); }
    try { stream.pipeline(source([]), function () {}); } catch (e) { console.log('5 ' + e.code + ': ' + e.message); }
    try { stream.pipeline([source([])], function () {}); } catch (e) { console.log('5 ' + e.code + ': ' + e.message); }
    six();
}

// 6. a source that is an array (iterable) and a generator-like function source
function six() {
    var out = [];
    stream.pipeline(['x', 'y'], collector(out), function (err) {
        console.log('6 array source err=' + err + ' out=' + out.join(','));
        var out2 = [];
        stream.pipeline(function () { return ['p', 'q']; }, upper(), collector(out2), function (err2) {
            console.log('6 function source err=' + err2 + ' out=' + out2.join(','));
            seven();
        });
    });
}

// 7. event order of a 3-stage pipeline
function seven() {
    var log = [];
    var src = source(['1']);
    var mid = new stream.PassThrough();
    var sink = collector([]);
    [['src', src], ['mid', mid], ['sink', sink]].forEach(function (p) {
        ['end', 'finish', 'close'].forEach(function (ev) {
            p[1].on(ev, function () { log.push(p[0] + ' ' + ev); });
        });
    });
    stream.pipeline(src, mid, sink, function (err) {
        log.push('callback ' + err);
        setTimeout(function () { console.log('7 ' + log.join(' | ')); }, 2);
    });
}
