/* Transform: _transform output via push() and callback(null, data), several pushes per
 * chunk, _flush adding data at the end, errors from callbacks and from throwing, the order of
 * 'finish', 'end' and 'close', object mode per side, and backpressure holding the write
 * callback while the readable side is full. */
var stream = require('stream');

// 1. upper-casing transform with flush
(function () {
    var order = [];
    var t = new stream.Transform({
        transform: function (chunk, enc, cb) {
            order.push('transform ' + chunk + ' ' + enc);
            cb(null, chunk.toString().toUpperCase());
        },
        flush: function (cb) { order.push('flush'); this.push('!'); cb(null, '?'); }
    });
    var out = '';
    t.on('data', function (c) { out += c; });
    t.on('finish', function () { order.push('finish'); });
    t.on('end', function () { order.push('end'); });
    t.on('close', function () { order.push('close'); console.log('1 ' + order.join(' | ') + ' out=' + out); two(); });
    t.write('abc');
    t.end('def');
})();

// 2. multiple pushes, async callback, objectMode on the readable side only
function two() {
    var got = [];
    var t = new stream.Transform({
        readableObjectMode: true,
        transform: function (chunk, enc, cb) {
            var self = this;
            chunk.toString().split('').forEach(function (ch) { self.push({ ch: ch }); });
            setImmediate(cb);
        }
    });
    console.log('2 readableObjectMode=' + t.readableObjectMode + ' writableObjectMode=' + t.writableObjectMode +
        ' rhwm=' + t.readableHighWaterMark + ' whwm=' + t.writableHighWaterMark);
    t.on('data', function (o) { got.push(o.ch); });
    t.on('end', function () { console.log('2 ' + got.join(',')); three(); });
    t.write('xy');
    t.end('z');
}

// 3. errors
function three() {
    var order = [];
    var t = new stream.Transform({
        transform: function (chunk, enc, cb) { cb(new Error('bad chunk ' + chunk)); }
    });
    t.on('error', function (e) { order.push('error ' + e.message); });
    t.on('close', function () { order.push('close'); console.log('3 ' + order.join(' | ')); four(); });
    t.write('q', function (e) { order.push('write cb ' + (e && e.message)); });
}

function four() {
    var order = [];
    var t = new stream.Transform({
        transform: function () { throw new Error('thrown'); }
    });
    try { t.write('q'); } catch (e) { order.push('write threw ' + e.message); }
    var t2 = new stream.Transform({
        transform: function (c, e, cb) { cb(); },
        flush: function (cb) { cb(new Error('flush failed')); }
    });
    t2.on('error', function (e) { order.push('t2 error ' + e.message); });
    t2.on('close', function () { order.push('t2 close'); console.log('4 ' + order.join(' | ')); five(); });
    t2.end('x');
    t2.resume();
}

// 5. backpressure: readable side hwm 2 (object mode), nothing consumes
function five() {
    var calls = 0;
    var acks = 0;
    var t = new stream.Transform({
        objectMode: true,
        highWaterMark: 2,
        transform: function (o, e, cb) { calls++; cb(null, o); }
    });
    for (var i = 0; i < 6; i++) {
        t.write(i, function () { acks++; });
    }
    setTimeout(function () {
        console.log('5 transform calls=' + calls + ' acks=' + acks + ' rlen=' + t.readableLength + ' wlen=' + t.writableLength);
        var got = [];
        t.on('data', function (o) { got.push(o); });
        t.end();
        t.on('end', function () { console.log('5 got ' + got.join(',') + ' calls=' + calls + ' acks=' + acks); six(); });
    }, 5);
}

// 6. _transform not implemented; PassThrough
function six() {
    var t = new stream.Transform();
    t.on('error', function (e) { console.log('6 ' + e.code + ': ' + e.message); });
    try { t.write('a'); } catch (e) { console.log('6 thrown ' + e.code + ': ' + e.message); }
    var p = new stream.PassThrough();
    var out = [];
    p.on('data', function (c) { out.push(c.toString()); });
    p.on('end', function () { console.log('6 passthrough ' + out.join('+') + ' instanceof Transform=' + (p instanceof stream.Transform)); });
    p.write('one');
    p.write('two');
    p.end();
}
