/* Writable errors: null chunks, wrong chunk types and unknown encodings throw synchronously;
 * a _write error reaches the write callback before 'error' and 'close'; calling the _write
 * callback twice gives ERR_MULTIPLE_CALLBACK; writing to a destroyed stream gives
 * ERR_STREAM_DESTROYED; queued writes fail when the stream errors; pipe() on a Writable. */
var Writable = require('stream').Writable;

var steps = [];
function step(fn) { steps.push(fn); }
function runSteps() {
    var fn = steps.shift();
    if (fn) fn(function () { setImmediate(runSteps); });
}

function text(e) { return e.name + ' ' + e.code + ': ' + e.message; }

var w = new Writable({ write: function (c, e, cb) { cb(); } });
try { w.write(null); } catch (e) { console.log('1 ' + text(e)); }
try { w.write(123); } catch (e) { console.log('1 ' + text(e)); }
try { w.write({}); } catch (e) { console.log('1 ' + text(e)); }
try { w.write('x', 'nope'); } catch (e) { console.log('1 ' + text(e)); }
try { w.setDefaultEncoding('bad'); } catch (e) { console.log('1 ' + text(e)); }
try { new Writable({ highWaterMark: -1 }); } catch (e) { console.log('1 ' + text(e)); }
try { new Writable({ highWaterMark: 1.5 }); } catch (e) { console.log('1 ' + text(e)); }
try { new Writable({ highWaterMark: 'x' }); } catch (e) { console.log('1 ' + text(e)); }
var ow = new Writable({ objectMode: true, write: function (c, e, cb) { cb(); } });
try { ow.write(null); } catch (e) { console.log('1 objectMode ' + text(e)); }
console.log('1 objectMode write undefined -> ' + ow.write(undefined));

// 2. _write error: callback, then 'error', then 'close'
step(function (next) {
    var order = [];
    var w2 = new Writable({
        write: function (c, e, cb) { setImmediate(function () { cb(new Error('disk full')); }); }
    });
    w2.write('a', function (e) { order.push('cb a: ' + (e && e.message)); });
    w2.write('b', function (e) { order.push('cb b: ' + (e && e.message)); });
    w2.on('error', function (e) { order.push('error: ' + e.message + ' errored=' + (w2.errored === e)); });
    w2.on('close', function () {
        order.push('close');
        console.log('2 ' + order.join(' | '));
        console.log('2 writable=' + w2.writable + ' destroyed=' + w2.destroyed);
        next();
    });
});

// 3. synchronous _write error
step(function (next) {
    var order = [];
    var w3 = new Writable({ write: function (c, e, cb) { cb(new Error('sync fail')); } });
    w3.on('error', function (e) { order.push('error ' + e.message); });
    w3.on('close', function () { order.push('close'); console.log('3 ' + order.join(' | ')); next(); });
    var ret = w3.write('a', function (e) { order.push('cb ' + e.message); });
    order.push('write returned ' + ret);
});

// 4. callback called twice
step(function (next) {
    var w4 = new Writable({ write: function (c, e, cb) { cb(); cb(); } });
    w4.on('error', function (e) { console.log('4 ' + text(e)); });
    w4.on('close', next);
    w4.write('a');
});

// 5. write after destroy
step(function (next) {
    var w5 = new Writable({ write: function (c, e, cb) { cb(); } });
    w5.destroy();
    w5.on('error', function (e) { console.log('5 error event ' + e.code); });
    w5.write('a', function (e) { console.log('5 cb ' + text(e)); });
    setTimeout(function () { console.log('5 errored=' + w5.errored); next(); }, 1);
});

// 6. pipe() from a writable
step(function (next) {
    var w6 = new Writable({ write: function (c, e, cb) { cb(); } });
    w6.on('error', function (e) { console.log('6 ' + text(e)); });
    w6.on('close', next);
    w6.pipe(new Writable());
});

// 7. _write not implemented
step(function (next) {
    var w7 = new Writable();
    w7.on('error', function (e) { console.log('7 error ' + text(e)); });
    try { w7.write('a'); } catch (e) { console.log('7 thrown ' + text(e)); }
    setImmediate(next);
});

// 8. destroy with pending writes: their callbacks get the error
step(function (next) {
    var w8 = new Writable({ write: function (c, e, cb) { setTimeout(cb, 5); } });
    w8.write('a', function (e) { console.log('8 cb a ' + (e && e.code)); });
    w8.write('b', function (e) { console.log('8 cb b ' + (e && e.code)); });
    w8.end(function (e) { console.log('8 end cb ' + (e && e.code)); });
    w8.on('error', function (e) { console.log('8 error ' + e.message); });
    w8.on('close', function () { console.log('8 close'); setTimeout(next, 10); });
    w8.destroy();
});

runSteps();
