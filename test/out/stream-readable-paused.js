/* Readable in paused mode: 'readable' events, read() and read(n) return values, how often and
 * with which size _read() is called, highWaterMark growth for large read(n), read(0), and
 * that 'end' only follows once the buffer is drained. */
var Readable = require('stream').Readable;

var steps = [];
function step(fn) { steps.push(fn); }
function runSteps() {
    var fn = steps.shift();
    if (fn) fn(function () { setImmediate(runSteps); });
}

function show(v) { return v === null ? 'null' : JSON.stringify(String(v)); }

// 1. synchronous pushes, read() of everything on 'readable'
step(function (next) {
    var calls = 0;
    var r = new Readable({
        highWaterMark: 4,
        read: function (n) {
            calls++;
            console.log('1 _read(' + n + ') call ' + calls);
            if (calls <= 3) this.push('ab' + calls); else this.push(null);
        }
    });
    r.on('readable', function () {
        console.log('1 readable len=' + r.readableLength);
        var c;
        while ((c = r.read()) !== null) console.log('1 read ' + show(c));
    });
    r.on('end', function () { console.log('1 end'); next(); });
});

// 2. read(n) with partial chunks, read(n) larger than what is buffered
step(function (next) {
    var r = new Readable({ read: function () {} });
    r.push('hello');
    r.push('world');
    console.log('2 len=' + r.readableLength);
    console.log('2 read(3)=' + show(r.read(3)));
    console.log('2 read(4)=' + show(r.read(4)));
    console.log('2 read(10)=' + show(r.read(10)));
    console.log('2 len=' + r.readableLength);
    r.push(null);
    console.log('2 read(10) after EOF=' + show(r.read(10)));
    console.log('2 read()=' + show(r.read()));
    r.on('end', function () { console.log('2 end'); next(); });
    r.read();
});

// 3. read(n) above highWaterMark raises it to the next power of two
step(function (next) {
    var r = new Readable({ highWaterMark: 8, read: function (n) { console.log('3 _read(' + n + ')'); } });
    console.log('3 hwm=' + r.readableHighWaterMark);
    console.log('3 read(100)=' + show(r.read(100)));
    console.log('3 hwm=' + r.readableHighWaterMark);
    try { r.read(0x50000000); } catch (e) { console.log('3 ' + e.code + ': ' + e.message); }
    next();
});

// 4. read(0) triggers a _read without consuming; 'readable' fires once per batch
step(function (next) {
    var n = 0;
    var r = new Readable({
        read: function () {
            var self = this;
            n++;
            console.log('4 _read #' + n);
            if (n < 3) setImmediate(function () { self.push('c' + n); });
            else setImmediate(function () { self.push(null); });
        }
    });
    console.log('4 read(0)=' + show(r.read(0)));
    var events = 0;
    r.on('readable', function () {
        events++;
        var c = r.read();
        console.log('4 readable #' + events + ' got ' + show(c));
    });
    r.on('end', function () { console.log('4 end after ' + events + ' readable events'); next(); });
});

// 5. once('readable') cycles and readableFlowing
step(function (next) {
    var r = new Readable({ read: function () {} });
    console.log('5 flowing=' + r.readableFlowing);
    r.once('readable', function () {
        console.log('5 readable, flowing=' + r.readableFlowing + ' read=' + show(r.read()));
        setTimeout(function () {
            r.once('readable', function () {
                console.log('5 readable again read=' + show(r.read()));
            });
            r.push('second');
            r.push(null);
        }, 1);
    });
    console.log('5 flowing after on(readable)=' + r.readableFlowing);
    r.push('first');
    r.on('end', function () { console.log('5 end'); next(); });
});

// 6. highWaterMark 0: nothing is read ahead
step(function (next) {
    var reads = 0;
    var r = new Readable({ highWaterMark: 0, read: function () { reads++; this.push('z' + reads); if (reads === 2) this.push(null); } });
    setTimeout(function () {
        console.log('6 reads before consumer=' + reads + ' len=' + r.readableLength);
        r.on('data', function (c) { console.log('6 data ' + c); });
        r.on('end', function () { console.log('6 end reads=' + reads); next(); });
    }, 2);
});

runSteps();
