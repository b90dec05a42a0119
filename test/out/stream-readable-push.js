/* Readable.push and unshift: return values against highWaterMark, push(null) ending the
 * stream, push after EOF and unshift after 'end' errors, invalid chunk types, empty chunks,
 * Uint8Array chunks, and unshift putting data back in front. */
var Readable = require('stream').Readable;

var steps = [];
function step(fn) { steps.push(fn); }
function runSteps() {
    var fn = steps.shift();
    if (fn) fn(function () { setImmediate(runSteps); });
}

function errText(e) { return e.name + ' ' + e.code + ': ' + e.message; }

// 1. push return values
step(function (next) {
    var r = new Readable({ highWaterMark: 5, read: function () {} });
    console.log('1 push abc ' + r.push('abc') + ' len=' + r.readableLength);
    console.log('1 push de ' + r.push('de') + ' len=' + r.readableLength);
    console.log('1 push f ' + r.push('f') + ' len=' + r.readableLength);
    console.log('1 push empty ' + r.push('') + ' len=' + r.readableLength);
    console.log('1 push null ' + r.push(null));
    console.log('1 read ' + r.read().toString());
    r.on('end', function () { console.log('1 end'); next(); });
    r.resume();
});

// 2. push after EOF emits an error (autoDestroy: destroy + error + close)
step(function (next) {
    var r = new Readable({ read: function () {} });
    r.on('error', function (e) { console.log('2 error ' + errText(e) + ' destroyed=' + r.destroyed); });
    r.on('close', function () { console.log('2 close'); next(); });
    r.push(null);
    console.log('2 push after EOF returns ' + r.push('late'));
});

// 3. invalid chunk types
step(function (next) {
    var r = new Readable({ read: function () {} });
    r.on('error', function (e) { console.log('3 error ' + errText(e)); });
    console.log('3 push number returns ' + r.push(42));
    var r2 = new Readable({ read: function () {}, autoDestroy: false });
    r2.on('error', function (e) { console.log('3b error (sync, no autoDestroy) ' + e.code); });
    console.log('3b push object returns ' + r2.push({}));
    console.log('3b errored=' + (r2.errored && r2.errored.code) + ' destroyed=' + r2.destroyed);
    r.on('close', next);
});

// 4. unshift puts data back in front
step(function (next) {
    var r = new Readable({ read: function () {} });
    r.push('world');
    var first = r.read(3);
    console.log('4 read(3) ' + first.toString());
    r.unshift(first);
    r.unshift('hello ');
    console.log('4 len=' + r.readableLength + ' read ' + r.read().toString());
    r.push(null);
    r.on('end', function () {
        console.log('4 end');
        r.on('error', function (e) { console.log('4 unshift after end: ' + errText(e)); next(); });
        r.unshift('x');
    });
    r.resume();
});

// 5. Uint8Array chunks and objectMode pushes of falsy values
step(function (next) {
    var r = new Readable({ read: function () {} });
    r.push(new Uint8Array([104, 105]));
    r.push(null);
    r.on('data', function (c) { console.log('5 data isBuffer=' + Buffer.isBuffer(c) + ' ' + c.toString()); });
    r.on('end', function () {
        var o = new Readable({ objectMode: true, read: function () {} });
        console.log('5 obj push 0 ' + o.push(0) + ' push false ' + o.push(false) + ' push "" ' + o.push(''));
        o.push(null);
        var got = [];
        o.on('data', function (v) { got.push(JSON.stringify(v)); });
        o.on('end', function () { console.log('5 objects ' + got.join(',')); next(); });
    });
});

// 6. push from inside _read synchronously many times respects highWaterMark
step(function (next) {
    var reads = 0;
    var r = new Readable({
        highWaterMark: 10,
        read: function () {
            reads++;
            while (this.push('xxx')) { /* fill */ }
        }
    });
    r.read(0);
    setImmediate(function () {
        console.log('6 reads=' + reads + ' len=' + r.readableLength);
        r.destroy();
        next();
    });
});

runSteps();
