/* Writable backpressure: write() returns false once writableLength reaches highWaterMark,
 * writableNeedDrain follows, 'drain' comes after the queued writes complete (and only when
 * someone hit the limit), write callbacks run in order, and highWaterMark 0 always asks for
 * a drain. */
var Writable = require('stream').Writable;

// 1. async _write, hwm 10
(function () {
    var w = new Writable({
        highWaterMark: 10,
        write: function (chunk, enc, cb) {
            console.log('1 _write ' + chunk.toString() + ' len=' + w.writableLength);
            setTimeout(cb, 1);
        }
    });
    console.log('1 hwm=' + w.writableHighWaterMark);
    for (var i = 0; i < 4; i++) {
        var ok = w.write('abcd', (function (n) {
            return function (err) { console.log('1 cb ' + n + ' err=' + err + ' len=' + w.writableLength); };
        })(i));
        console.log('1 write ' + i + ' -> ' + ok + ' len=' + w.writableLength + ' needDrain=' + w.writableNeedDrain);
    }
    w.on('drain', function () {
        console.log('1 drain len=' + w.writableLength + ' needDrain=' + w.writableNeedDrain);
        next2();
    });
})();

// 2. synchronous _write: drain still comes on a later tick
function next2() {
    var w = new Writable({
        highWaterMark: 3,
        write: function (chunk, enc, cb) { console.log('2 _write ' + chunk); cb(); }
    });
    console.log('2 write -> ' + w.write('abcdef'));
    console.log('2 len=' + w.writableLength);
    process.nextTick(function () { console.log('2 nextTick'); });
    w.on('drain', function () { console.log('2 drain'); next3(); });
}

// 3. no drain when the limit was never reached
function next3() {
    var drains = 0;
    var w = new Writable({ write: function (c, e, cb) { setImmediate(cb); } });
    w.on('drain', function () { drains++; });
    w.write('a');
    w.write('b', function () {
        setTimeout(function () { console.log('3 drains=' + drains); next4(); }, 2);
    });
}

// 4. highWaterMark 0
function next4() {
    var w = new Writable({ highWaterMark: 0, write: function (c, e, cb) { setImmediate(cb); } });
    console.log('4 write -> ' + w.write('x') + ' needDrain=' + w.writableNeedDrain);
    w.on('drain', function () {
        console.log('4 drain');
        var s = new Writable({ highWaterMark: 0, write: function (c, e, cb) { cb(); } });
        console.log('4 sync write -> ' + s.write('y'));
        next5();
    });
}

// 5. objectMode counts objects
function next5() {
    var w = new Writable({
        objectMode: true,
        highWaterMark: 2,
        write: function (o, e, cb) { console.log('5 _write ' + JSON.stringify(o) + ' enc=' + e); setTimeout(cb, 1); }
    });
    console.log('5 hwm=' + w.writableHighWaterMark + ' objectMode=' + w.writableObjectMode);
    console.log('5 write -> ' + w.write({ a: 1 }));
    console.log('5 write -> ' + w.write([1, 2]) + ' len=' + w.writableLength);
    console.log('5 write -> ' + w.write('str') + ' len=' + w.writableLength);
    w.on('drain', function () { console.log('5 drain'); w.end(); });
    w.on('finish', function () { console.log('5 finish'); });
}
