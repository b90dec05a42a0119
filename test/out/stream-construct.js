/* _construct(): runs on the next tick; until its callback, _read/_write/_final/_destroy wait;
 * writes made meanwhile are buffered; a construct error destroys the stream; destroy() during
 * construction waits for it; a callback called twice is ERR_MULTIPLE_CALLBACK. */
var stream = require('stream');

var order = [];
var w = new stream.Writable({
    construct: function (cb) {
        order.push('construct');
        setTimeout(function () { order.push('construct done'); cb(); }, 2);
    },
    write: function (c, e, cb) { order.push('write ' + c); cb(); },
    final: function (cb) { order.push('final'); cb(); }
});
w.write('a');
w.write('b');
w.end();
order.push('sync end, len=' + w.writableLength);
process.nextTick(function () { order.push('tick'); });
w.on('finish', function () { order.push('finish'); });
w.on('close', function () { console.log('1 ' + order.join(' | ')); two(); });

function two() {
    var order = [];
    var r = new stream.Readable({
        construct: function (cb) { order.push('construct'); cb(); },
        read: function () { order.push('read'); this.push('x'); this.push(null); }
    });
    r.on('data', function (c) { order.push('data ' + c); });
    r.on('end', function () { order.push('end'); });
    r.on('close', function () { console.log('2 ' + order.join(' | ')); three(); });
    order.push('sync');
}

function three() {
    var order = [];
    var r = new stream.Readable({
        construct: function (cb) { setTimeout(function () { cb(new Error('cannot open')); }, 1); },
        read: function () { order.push('read (should not run)'); }
    });
    r.resume();
    r.on('error', function (e) { order.push('error ' + e.message); });
    r.on('close', function () { order.push('close'); console.log('3 ' + order.join(' | ')); four(); });
}

function four() {
    var order = [];
    var d = new stream.Duplex({
        construct: function (cb) { order.push('construct'); setTimeout(function () { order.push('construct cb'); cb(); }, 2); },
        read: function () {},
        write: function (c, e, cb) { cb(); },
        destroy: function (err, cb) { order.push('_destroy ' + (err && err.message)); cb(err); }
    });
    d.destroy(new Error('early'));
    order.push('destroyed=' + d.destroyed);
    d.on('error', function (e) { order.push('error ' + e.message); });
    d.on('close', function () { order.push('close'); console.log('4 ' + order.join(' | ')); five(); });
}

function five() {
    var w = new stream.Writable({
        construct: function (cb) { cb(); cb(); },
        write: function (c, e, cb) { cb(); }
    });
    w.on('error', function (e) { console.log('5 ' + e.code); });
    w.on('close', function () { console.log('5 close'); });
}
