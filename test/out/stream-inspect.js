/* console.log of streams shows Node 20's shapes: the _events placeholders, ReadableState and
 * WritableState with their visible fields and the [Symbol(kState)] bit field, through a
 * stream's life (fresh, buffering, corked, ended, flowing/paused, errored).  (Node keeps
 * [Symbol(kWriteCbValue)] and friends once a write callback has run; nodule does not show
 * those, so the writable here is printed before any write completes.) */
var stream = require('stream');
var util = require('util');

function show(label, v) { console.log(label + ' ' + util.inspect(v, { depth: 1, breakLength: 120 })); }

var r = new stream.Readable({ read: function read() {} });
show('fresh readable', r);
r.push('abc');
show('buffered', r._readableState);
r.setEncoding('hex');
show('with encoding', r._readableState);
r.on('data', function () {});
r.pause();
show('paused', r._readableState);

var w = new stream.Writable({ highWaterMark: 2, defaultEncoding: 'latin1', write: function write(c, e, cb) { setImmediate(cb); } });
w.write('xy');
w.write('z');
w.cork();
show('writing', w._writableState);
w.end();
w.on('finish', function () {
    var d = new stream.Duplex({ readable: false, objectMode: true });
    show('duplex', d);
    var t = new stream.PassThrough();
    var err = new Error('broken');
    err.stack = 'Error: broken (stack trimmed)';
    t.destroy(err);
    t.on('error', function (e) { console.log('error ' + e.message); });
    t.on('close', function () {
        show('destroyed transform writable side', t._writableState);
        show('its readable side', t._readableState);
    });
});
