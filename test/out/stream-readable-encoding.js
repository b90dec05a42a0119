/* Readable.setEncoding and the encoding option: Buffers become strings, multi-byte UTF-8
 * characters split across chunks are decoded whole, already-buffered data is converted,
 * readableEncoding reports the encoding, and hex/base64 decoders work. */
var Readable = require('stream').Readable;

var steps = [];
function step(fn) { steps.push(fn); }
function runSteps() {
    var fn = steps.shift();
    if (fn) fn(function () { setImmediate(runSteps); });
}

// 1. setEncoding('utf8') with a split euro sign
step(function (next) {
    var r = new Readable({ read: function () {} });
    r.setEncoding('utf8');
    console.log('1 encoding=' + r.readableEncoding);
    var euro = Buffer.from('\u20ac');
    r.push(euro.slice(0, 1));
    r.push(euro.slice(1));
    r.push(Buffer.from(' ok'));
    r.push(null);
    var out = [];
    r.on('data', function (c) { out.push(typeof c + ':' + JSON.stringify(c)); });
    r.on('end', function () { console.log('1 ' + out.join(' ')); next(); });
});

// 2. setEncoding converts data already buffered
step(function (next) {
    var r = new Readable({ read: function () {} });
    r.push(Buffer.from('caf'));
    r.push(Buffer.from([0xc3]));
    console.log('2 len before=' + r.readableLength);
    r.setEncoding('utf8');
    console.log('2 len after=' + r.readableLength);
    r.push(Buffer.from([0xa9]));
    r.push(null);
    r.on('data', function (c) { console.log('2 data ' + JSON.stringify(c)); });
    r.on('end', next);
});

// 3. encoding option, hex and base64
step(function (next) {
    var r = new Readable({ encoding: 'hex', read: function () {} });
    console.log('3 encoding=' + r.readableEncoding);
    r.push(Buffer.from('AB'));
    r.push(null);
    r.on('data', function (c) { console.log('3 hex ' + c); });
    var b = new Readable({ read: function () {} });
    b.setEncoding('base64');
    b.push(Buffer.from('hello'));
    b.push(null);
    var s = '';
    b.on('data', function (c) { s += c; });
    b.on('end', function () { console.log('3 base64 ' + s); next(); });
});

// 4. pushing strings with an encoding argument
step(function (next) {
    var r = new Readable({ read: function () {} });
    r.push('68656c6c6f', 'hex');
    r.push(null);
    r.on('data', function (c) { console.log('4 data ' + Buffer.isBuffer(c) + ' ' + c.toString()); });
    var r2 = new Readable({ read: function () {} });
    r2.setEncoding('utf8');
    r2.push('already a string');
    r2.push(null);
    r2.on('data', function (c) { console.log('4 data2 ' + typeof c + ' ' + c); });
    r2.on('end', next);
});

// 5. setEncoding(null) means utf8; unknown encodings throw
step(function (next) {
    var r = new Readable({ read: function () {} });
    r.setEncoding(null);
    console.log('5 encoding=' + r.readableEncoding);
    try { r.setEncoding('nope'); } catch (e) { console.log('5 ' + e.name + ' ' + e.code + ': ' + e.message); }
    try { new Readable({ encoding: 'bogus' }); } catch (e) { console.log('5 ' + e.code + ': ' + e.message); }
    try { new Readable({ defaultEncoding: 'bogus' }); } catch (e) { console.log('5 ' + e.code + ': ' + e.message); }
    next();
});

// 6. read(n) on a string buffer counts characters
step(function (next) {
    var r = new Readable({ read: function () {} });
    r.setEncoding('utf8');
    r.push(Buffer.from('h\u00e9llo w\u00f6rld'));
    console.log('6 len=' + r.readableLength);
    console.log('6 read(3)=' + r.read(3));
    r.push(Buffer.from('!'));
    console.log('6 read(9)=' + r.read(9));
    console.log('6 rest=' + r.read());
    next();
});

runSteps();
