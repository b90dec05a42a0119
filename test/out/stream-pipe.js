/* Readable.pipe: data flows into the destination, the source pauses when write() returns
 * false and resumes on 'drain', 'pipe'/'unpipe' events, end() of the destination unless
 * { end: false }, unpipe() of one or all destinations, piping to several destinations with
 * the slowest one setting the pace, and errors on the destination unpiping the source. */
var stream = require('stream');

function slowSink(name, log, delay, hwm) {
    return new stream.Writable({
        highWaterMark: hwm,
        write: function (c, e, cb) { log.push(name + ' got ' + c); setTimeout(cb, delay); }
    });
}

function counter(n, size) {
    var i = 0;
    return new stream.Readable({
        highWaterMark: size,
        read: function () { this.push(i < n ? 'c' + (i++) : null); }
    });
}

// 1. backpressure: pause/resume/drain events
(function () {
    var log = [];
    var src = counter(5, 2);
    var dst = slowSink('dst', log, 1, 4);
    src.on('pause', function () { log.push('src pause'); });
    src.on('resume', function () { log.push('src resume'); });
    dst.on('drain', function () { log.push('dst drain'); });
    dst.on('pipe', function (s) { log.push('pipe event same=' + (s === src)); });
    dst.on('unpipe', function (s) { log.push('unpipe event same=' + (s === src)); });
    dst.on('finish', function () { log.push('dst finish'); console.log('1 ' + log.join(' | ')); two(); });
    var ret = src.pipe(dst);
    log.push('pipe returns dest=' + (ret === dst) + ' flowing=' + src.readableFlowing);
})();

// 2. end: false keeps the destination open
function two() {
    var log = [];
    var src = counter(2, 16);
    var dst = slowSink('dst', log, 0, 16);
    src.pipe(dst, { end: false });
    src.on('end', function () {
        setTimeout(function () {
            log.push('after end writable=' + dst.writable + ' ended=' + dst.writableEnded);
            console.log('2 ' + log.join(' | '));
            dst.end();
            three();
        }, 3);
    });
}

// 3. unpipe
function three() {
    var log = [];
    var src = new stream.Readable({ read: function () {} });
    var a = slowSink('a', log, 0, 16);
    var b = slowSink('b', log, 0, 16);
    a.on('unpipe', function () { log.push('a unpiped'); });
    b.on('unpipe', function () { log.push('b unpiped'); });
    src.pipe(a);
    src.pipe(b);
    log.push('pipes=' + src._readableState.pipes.length);
    src.push('one');
    setTimeout(function () {
        src.unpipe(a);
        log.push('after unpipe(a) flowing=' + src.readableFlowing);
        src.push('two');
        setTimeout(function () {
            src.unpipe();
            log.push('after unpipe() flowing=' + src.readableFlowing + ' pipes=' + src._readableState.pipes.length);
            src.unpipe(a);
            console.log('3 ' + log.join(' | '));
            four();
        }, 3);
    }, 3);
}

// 4. two destinations, the slow one sets the pace
function four() {
    var log = [];
    var src = counter(4, 1);
    var fast = slowSink('fast', log, 0, 1);
    var slow = slowSink('slow', log, 4, 1);
    var finished = 0;
    function done() { if (++finished === 2) { console.log('4 ' + log.join(' | ')); five(); } }
    fast.on('finish', function () { log.push('fast finish'); done(); });
    slow.on('finish', function () { log.push('slow finish'); done(); });
    src.pipe(fast);
    src.pipe(slow);
}

// 5. error on the destination unpipes the source; the error still reaches user listeners
function five() {
    var log = [];
    var src = new stream.Readable({ read: function () {} });
    var dst = new stream.Writable({ write: function (c, e, cb) { cb(new Error('write failed')); } });
    dst.on('unpipe', function () { log.push('unpipe'); });
    dst.on('error', function (e) { log.push('error ' + e.message + ' pipes=' + src._readableState.pipes.length); });
    dst.on('close', function () {
        log.push('close, src flowing=' + src.readableFlowing);
        console.log('5 ' + log.join(' | '));
        six();
    });
    src.pipe(dst);
    src.push('x');
}

// 6. piping an already-ended source ends the destination; destination closing unpipes
function six() {
    var log = [];
    var src = counter(1, 16);
    src.on('end', function () {
        var dst = slowSink('late', log, 0, 16);
        dst.on('finish', function () { log.push('late finish'); console.log('6 ' + log.join(' | ')); seven(); });
        src.pipe(dst);
    });
    src.resume();
}

function seven() {
    var log = [];
    var src = new stream.Readable({ read: function () {} });
    var dst = slowSink('d', log, 0, 16);
    dst.on('unpipe', function () { log.push('unpiped by close, flowing=' + src.readableFlowing); });
    src.pipe(dst);
    src.push('a');
    setTimeout(function () {
        dst.destroy();
        dst.on('close', function () {
            setTimeout(function () { console.log('7 ' + log.join(' | ')); }, 1);
        });
    }, 2);
}
