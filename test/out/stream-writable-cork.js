/* cork()/uncork(): writes are queued while corked and go to _writev in one call on the last
 * uncork (or end()); nested corks need as many uncorks; writableCorked counts them; without
 * _writev the queue is written chunk by chunk; writev callbacks reach every write. */
var Writable = require('stream').Writable;

function describe(chunks) {
    return chunks.map(function (c) { return String(c.chunk) + '/' + c.encoding; }).join(',') +
        ' allBuffers=' + chunks.allBuffers;
}

// 1. writev on uncork
(function () {
    var w = new Writable({
        write: function (c, e, cb) { console.log('1 _write ' + c); cb(); },
        writev: function (chunks, cb) { console.log('1 _writev ' + describe(chunks)); cb(); }
    });
    w.cork();
    w.cork();
    console.log('1 corked=' + w.writableCorked);
    w.write('a');
    w.write('b', function () { console.log('1 cb b'); });
    w.write('c');
    console.log('1 buffered=' + w.writableBuffer.length + ' len=' + w.writableLength);
    w.uncork();
    console.log('1 after one uncork corked=' + w.writableCorked + ' len=' + w.writableLength);
    w.uncork();
    console.log('1 after second uncork corked=' + w.writableCorked + ' len=' + w.writableLength);
    w.write('d');
    setTimeout(next2, 2);
})();

// 2. end() uncorks fully
function next2() {
    var w = new Writable({
        decodeStrings: false,
        writev: function (chunks, cb) { console.log('2 _writev ' + describe(chunks)); setTimeout(cb, 1); }
    });
    w.cork(); w.cork(); w.cork();
    w.write('x');
    w.write(Buffer.from('y'));
    w.end('z', function () { console.log('2 end cb corked=' + w.writableCorked); next3(); });
}

// 3. no _writev: one _write per queued chunk, in order
function next3() {
    var w = new Writable({
        write: function (c, e, cb) { console.log('3 _write ' + c); setImmediate(cb); }
    });
    w.cork();
    ['p', 'q', 'r'].forEach(function (s) { w.write(s, function () { console.log('3 cb ' + s); }); });
    process.nextTick(function () { w.uncork(); });
    w.on('finish', function () { console.log('3 finish'); next4(); });
    setTimeout(function () { w.end(); }, 10);
}

// 4. writes queued behind a slow _write go through _writev together
function next4() {
    var w = new Writable({
        write: function (c, e, cb) { console.log('4 _write ' + c); setTimeout(cb, 2); },
        writev: function (chunks, cb) { console.log('4 _writev ' + describe(chunks)); setTimeout(cb, 2); }
    });
    w.write('1');
    w.write('2', function (e) { console.log('4 cb 2 ' + e); });
    w.write('3', function (e) { console.log('4 cb 3 ' + e); });
    w.end(function () { console.log('4 end cb'); });
}
