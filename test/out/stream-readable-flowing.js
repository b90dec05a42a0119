/* Readable in flowing mode: 'data' listeners start the flow on the next tick, pause()/resume()
 * switch modes with 'pause'/'resume' events, readableFlowing and isPaused() follow, and
 * buffered data comes out in order before 'end' and 'close'. */
var Readable = require('stream').Readable;
var log = [];
function note(s) { log.push(s); console.log(s); }

function source(chunks, asyncPush) {
    var i = 0;
    return new Readable({
        read: function () {
            var self = this;
            function go() { self.push(i < chunks.length ? chunks[i++] : null); }
            if (asyncPush) setImmediate(go); else go();
        }
    });
}

// 1. sync source, data listener attached later in the same tick
var r1 = source(['a', 'b', 'c'], false);
note('1 flowing before: ' + r1.readableFlowing + ' paused: ' + r1.isPaused());
r1.on('data', function (c) { note('1 data ' + c + ' flowing=' + r1.readableFlowing); });
r1.on('end', function () { note('1 end'); });
r1.on('close', function () { note('1 close'); });
r1.on('resume', function () { note('1 resume event'); });
note('1 flowing after on(data): ' + r1.readableFlowing);
process.nextTick(function () { note('1 tick after on(data)'); });

// 2. async source with pause/resume
setTimeout(function () {
    var r2 = source(['x', 'y', 'z', 'w'], true);
    var n = 0;
    r2.on('pause', function () { note('2 pause event'); });
    r2.on('resume', function () { note('2 resume event'); });
    r2.on('data', function (c) {
        note('2 data ' + c);
        if (++n === 2) {
            r2.pause();
            note('2 paused: ' + r2.isPaused() + ' flowing=' + r2.readableFlowing);
            setTimeout(function () { note('2 resuming'); r2.resume(); }, 5);
        }
    });
    r2.on('end', function () { note('2 end ended=' + r2.readableEnded); });
    r2.on('close', function () { note('2 close destroyed=' + r2.destroyed); next3(); });
}, 1);

// 3. resume() without data listener drains the stream
function next3() {
    var r3 = source(['p', 'q'], false);
    r3.on('end', function () { note('3 end (resumed without listener)'); next4(); });
    r3.resume();
    note('3 flowing=' + r3.readableFlowing);
}

// 4. pause before adding data listener keeps it paused
function next4() {
    var r4 = source(['m'], false);
    r4.pause();
    r4.on('data', function (c) { note('4 data ' + c); });
    setTimeout(function () {
        note('4 still paused: ' + r4.isPaused() + ' length=' + r4.readableLength);
        r4.on('end', function () { note('4 end'); next5(); });
        r4.resume();
    }, 5);
}

// 5. readableFlowing = false / null assignment, removing data listener
function next5() {
    var r5 = source(['1', '2', '3'], true);
    function ondata(c) {
        note('5 data ' + c);
        r5.removeListener('data', ondata);
        note('5 after remove flowing=' + r5.readableFlowing);
        setTimeout(function () {
            note('5 length=' + r5.readableLength);
            r5.on('data', function (c2) { note('5 data again ' + c2); });
        }, 5);
    }
    r5.on('data', ondata);
    r5.on('end', function () { note('5 end'); });
}
