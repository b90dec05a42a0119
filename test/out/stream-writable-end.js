/* Writable.end: the chunk is written first, the callback runs after 'finish' (with null), then
 * 'close'; 'finish' waits for every write callback; write after end errors with
 * ERR_STREAM_WRITE_AFTER_END; end() twice and end() after finish; writableEnded and
 * writableFinished along the way. */
var Writable = require('stream').Writable;

function tag(e) { return e ? e.code : String(e); }

// 1. order of events with async writes
(function () {
    var w = new Writable({
        write: function (chunk, enc, cb) {
            console.log('1 _write ' + chunk);
            setTimeout(function () { console.log('1 write done ' + chunk); cb(); }, 2);
        }
    });
    w.on('prefinish', function () { console.log('1 prefinish'); });
    w.on('finish', function () { console.log('1 finish finished=' + w.writableFinished); });
    w.on('close', function () { console.log('1 close'); next2(); });
    w.write('a', function (e) { console.log('1 write cb a ' + e); });
    w.end('b', function (e) { console.log('1 end cb ' + e); });
    console.log('1 ended=' + w.writableEnded + ' finished=' + w.writableFinished + ' writable=' + w.writable);
})();

// 2. write after end
function next2() {
    var w = new Writable({ write: function (c, e, cb) { cb(); } });
    w.on('error', function (e) { console.log('2 error ' + e.name + ' ' + e.code + ': ' + e.message); });
    w.on('close', function () { console.log('2 close'); next3(); });
    w.end();
    var ret = w.write('late', function (e) { console.log('2 write cb ' + tag(e)); });
    console.log('2 write returned ' + ret);
}

// 3. end() twice, end() after finish, end with callback after finish
function next3() {
    var w = new Writable({ write: function (c, e, cb) { cb(); } });
    w.end(function (e) { console.log('3 first end cb ' + tag(e)); });
    w.end(function (e) { console.log('3 second end cb ' + tag(e)); });
    w.on('finish', function () {
        console.log('3 finish');
        w.end(function (e) { console.log('3 end after finish cb ' + tag(e) + (e ? ': ' + e.message : '')); });
    });
    w.on('close', function () {
        console.log('3 close');
        setTimeout(next4, 1);
    });
}

// 4. end with a chunk and encoding; sync writes; event order against nextTick
function next4() {
    var order = [];
    var w = new Writable({
        decodeStrings: false,
        write: function (c, e, cb) { order.push('_write ' + c + ' ' + e); cb(); }
    });
    w.on('finish', function () { order.push('finish'); });
    w.on('close', function () { order.push('close'); console.log('4 ' + order.join(' | ')); next5(); });
    w.end('6869', 'hex', function () { order.push('end cb'); });
    process.nextTick(function () { order.push('tick1'); process.nextTick(function () { order.push('tick2'); }); });
}

// 5. autoDestroy false: no close; emitClose false
function next5() {
    var w = new Writable({ autoDestroy: false, write: function (c, e, cb) { cb(); } });
    w.on('finish', function () {
        console.log('5 finish destroyed=' + w.destroyed);
        setTimeout(function () {
            console.log('5 no close yet, closed=' + w.closed);
            w.destroy();
            w.on('close', function () { console.log('5 close after destroy, closed=' + w.closed); next6(); });
        }, 2);
    });
    w.end('x');
}

function next6() {
    var w = new Writable({ emitClose: false, write: function (c, e, cb) { cb(); } });
    var closed = false;
    w.on('close', function () { closed = true; });
    w.on('finish', function () { console.log('6 finish'); });
    w.end();
    setTimeout(function () { console.log('6 close emitted=' + closed + ' destroyed=' + w.destroyed + ' closed=' + w.closed); }, 5);
}
