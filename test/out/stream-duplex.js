/* Duplex: independent readable and writable sides, instanceof Readable and Writable,
 * allowHalfOpen (false ends the writable side after 'end'), readable: false and writable:
 * false options, per-side objectMode and highWaterMark, and autoDestroy waiting for both
 * sides. */
var stream = require('stream');

var d = new stream.Duplex({
    read: function () {},
    write: function (c, e, cb) { console.log('1 _write ' + c); cb(); }
});
console.log('1 instanceof Readable=' + (d instanceof stream.Readable) + ' Writable=' + (d instanceof stream.Writable) +
    ' Duplex=' + (d instanceof stream.Duplex) + ' allowHalfOpen=' + d.allowHalfOpen);
console.log('1 plain object instanceof Writable=' + ({} instanceof stream.Writable) +
    ' Readable instanceof Writable=' + (new stream.Readable() instanceof stream.Writable));
console.log('1 readable=' + d.readable + ' writable=' + d.writable);
d.write('w1');
d.push('r1');
d.push(null);
d.on('data', function (c) { console.log('1 data ' + c); });
d.on('end', function () {
    console.log('1 end; writable still=' + d.writable + ' destroyed=' + d.destroyed);
    d.end('w2');
});
d.on('finish', function () { console.log('1 finish'); });
d.on('close', function () { console.log('1 close'); two(); });

function two() {
    var order = [];
    var d2 = new stream.Duplex({
        allowHalfOpen: false,
        read: function () { this.push('x'); this.push(null); },
        write: function (c, e, cb) { cb(); },
        final: function (cb) { order.push('final'); cb(); }
    });
    d2.on('end', function () { order.push('end writableEnded=' + d2.writableEnded); });
    d2.on('finish', function () { order.push('finish'); });
    d2.on('close', function () { order.push('close'); console.log('2 ' + order.join(' | ')); three(); });
    d2.resume();
}

function three() {
    var d3 = new stream.Duplex({ readable: false, write: function (c, e, cb) { cb(); } });
    console.log('3 readable=' + d3.readable + ' writable=' + d3.writable + ' readableEnded=' + d3.readableEnded);
    d3.on('finish', function () { console.log('3 finish'); });
    d3.on('close', function () { console.log('3 close'); four(); });
    d3.end('a');
}

function four() {
    var d4 = new stream.Duplex({ writable: false, read: function () { this.push('only'); this.push(null); } });
    console.log('4 readable=' + d4.readable + ' writable=' + d4.writable + ' writableFinished=' + d4.writableFinished);
    d4.on('data', function (c) { console.log('4 data ' + c); });
    d4.on('close', function () { console.log('4 close'); five(); });
}

function five() {
    var d5 = new stream.Duplex({
        readableObjectMode: true,
        writableHighWaterMark: 3,
        readableHighWaterMark: 5,
        read: function () {},
        write: function (c, e, cb) { cb(); }
    });
    console.log('5 rObj=' + d5.readableObjectMode + ' wObj=' + d5.writableObjectMode +
        ' rhwm=' + d5.readableHighWaterMark + ' whwm=' + d5.writableHighWaterMark);
    var d6 = new stream.Duplex({ objectMode: true, highWaterMark: 7 });
    console.log('5 both rhwm=' + d6.readableHighWaterMark + ' whwm=' + d6.writableHighWaterMark);
    try { new stream.Duplex({ readableHighWaterMark: -2 }); } catch (e) { console.log('5 ' + e.code + ': ' + e.message); }
    six();
}

function six() {
    var d7 = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { setTimeout(cb, 1); } });
    console.log('6 write ok=' + d7.write('abc') + ' wlen=' + d7.writableLength + ' needDrain=' + d7.writableNeedDrain);
    d7.on('drain', function () { console.log('6 never (no hwm hit)'); });
    d7.cork();
    console.log('6 corked=' + d7.writableCorked);
    d7.uncork();
    d7.end();
    d7.on('finish', function () { console.log('6 finish, readable still=' + d7.readable + ' destroyed=' + d7.destroyed); d7.destroy(); });
}
