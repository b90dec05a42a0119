/* stream/promises: pipeline() resolves after the last stream finishes and rejects with the
 * first error; an options object with an AbortSignal aborts it with an AbortError; a final
 * async function stage's return value is the resolved value; finished() resolves or rejects;
 * require('stream').promises is the same module; util.promisify(pipeline) gives it. */
var stream = require('stream');
var sp = require('stream/promises');
var util = require('util');

console.log('same module=' + (stream.promises === sp) + ' keys=' + Object.keys(sp).join(','));
console.log('promisify(pipeline)=' + (util.promisify(stream.pipeline) === sp.pipeline) +
    ' promisify(finished)=' + (util.promisify(stream.finished) === sp.finished));

function src(chunks) { return stream.Readable.from(chunks, { objectMode: false }); }
function sink(out) { return new stream.Writable({ write: function (c, e, cb) { out.push(c.toString()); cb(); } }); }

var out = [];
sp.pipeline(src(['a', 'b']), sink(out)).then(function (v) {
    console.log('1 resolved ' + v + ' out=' + out.join(','));
    var bad = new stream.Transform({ transform: function (c, e, cb) { cb(new Error('nope')); } });
    return sp.pipeline(src(['x']), bad, sink([]));
}).then(null, function (err) {
    console.log('2 rejected ' + err.message);
    var ac = new AbortController();
    var slow = new stream.Readable({ read: function () {} });
    var p = sp.pipeline(slow, sink([]), { signal: ac.signal });
    setTimeout(function () { ac.abort(); }, 2);
    return p;
}).then(null, function (err) {
    console.log('3 rejected ' + err.name + ' ' + err.code + ': ' + err.message);
    var seen = [];
    return sp.pipeline(src(['1', '2', '3']), function (source) {
        return new Promise(function (resolve, reject) {
            var it = source[Symbol.asyncIterator]();
            function step() {
                it.next().then(function (r) {
                    if (r.done) { resolve('total ' + seen.length); return; }
                    seen.push(r.value.toString());
                    step();
                }, reject);
            }
            step();
        });
    }).then(function (v) { console.log('4 resolved ' + v + ' seen=' + seen.join(',')); });
}).then(function () {
    var r = src(['z']);
    r.resume();
    return sp.finished(r);
}).then(function (v) {
    console.log('5 finished resolved ' + v);
    var r = new stream.Readable({ read: function () {} });
    var p = sp.finished(r);
    r.destroy(new Error('gone'));
    return p;
}).then(null, function (err) {
    console.log('6 finished rejected ' + err.message);
    var ac = new AbortController();
    ac.abort();
    return sp.pipeline(src(['q']), sink([]), { signal: ac.signal });
}).then(null, function (err) {
    console.log('7 pre-aborted ' + err.name);
});
