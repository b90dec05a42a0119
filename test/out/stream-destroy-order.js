/* destroy(): 'error' then 'close' on the next tick (once each), destroy() twice is a no-op,
 * _destroy may finish asynchronously or replace the error, destroyed/closed/errored flags,
 * the undocumented destroy callback, emitClose false, and the same for Writable and Duplex. */
var stream = require('stream');

function watch(s, name, order) {
    s.on('error', function (e) { order.push(name + ' error ' + e.message); });
    s.on('close', function () { order.push(name + ' close'); });
    s.on('end', function () { order.push(name + ' end'); });
    s.on('finish', function () { order.push(name + ' finish'); });
}

var order = [];
var r = new stream.Readable({ read: function () {} });
watch(r, 'r', order);
r.destroy(new Error('boom'));
order.push('after destroy destroyed=' + r.destroyed + ' closed=' + r.closed + ' errored=' + (r.errored && r.errored.message));
r.destroy(new Error('second'));
process.nextTick(function () { order.push('tick1'); });
setTimeout(function () {
    console.log('1 ' + order.join(' | '));
    console.log('1 closed=' + r.closed + ' readable=' + r.readable + ' aborted=' + r.readableAborted);
    two();
}, 5);

function two() {
    var order = [];
    var w = new stream.Writable({
        write: function (c, e, cb) { cb(); },
        destroy: function (err, cb) {
            order.push('_destroy ' + (err && err.message));
            setTimeout(function () { order.push('_destroy done'); cb(new Error('replaced')); }, 2);
        }
    });
    watch(w, 'w', order);
    w.destroy(new Error('orig'), function (err) { order.push('destroy cb ' + (err && err.message)); });
    order.push('sync destroyed=' + w.destroyed + ' closed=' + w.closed);
    setTimeout(function () {
        console.log('2 ' + order.join(' | '));
        console.log('2 errored=' + w.errored.message + ' aborted=' + w.writableAborted);
        three();
    }, 10);
}

function three() {
    var order = [];
    var d = new stream.Duplex({ read: function () {}, write: function (c, e, cb) { cb(); } });
    watch(d, 'd', order);
    d.destroy();
    order.push('destroyed=' + d.destroyed);
    setTimeout(function () {
        console.log('3 ' + order.join(' | '));
        four();
    }, 5);
}

function four() {
    var order = [];
    var r = new stream.Readable({ emitClose: false, read: function () {} });
    watch(r, 'r', order);
    r.destroy(new Error('quiet'));
    var w = new stream.Writable({ write: function (c, e, cb) { cb(); } });
    watch(w, 'w', order);
    w.destroy(null);
    var r2 = new stream.Readable({
        read: function () {},
        destroy: function (err, cb) { throw new Error('thrown in _destroy'); }
    });
    watch(r2, 'r2', order);
    r2.destroy();
    setTimeout(function () {
        console.log('4 ' + order.join(' | '));
        five();
    }, 5);
}

function five() {
    // destroy while data is flowing: no more data, no end
    var order = [];
    var i = 0;
    var r = new stream.Readable({
        read: function () { var self = this; setImmediate(function () { self.push('c' + (i++)); }); }
    });
    r.on('data', function (c) {
        order.push('data ' + c);
        if (c.toString() === 'c2') r.destroy();
    });
    watch(r, 'r', order);
    setTimeout(function () { console.log('5 ' + order.join(' | ')); six(); }, 20);
}

function six() {
    // destroy in 'end' and autoDestroy with both sides of a duplex
    var order = [];
    var d = new stream.Duplex({
        read: function () { this.push(null); },
        write: function (c, e, cb) { cb(); }
    });
    watch(d, 'd', order);
    d.resume();
    setTimeout(function () {
        order.push('after end destroyed=' + d.destroyed);
        d.end('x');
        setTimeout(function () { console.log('6 ' + order.join(' | ')); }, 5);
    }, 5);
}
