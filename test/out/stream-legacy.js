/* The stream module object: require('stream') is the legacy Stream constructor (an
 * EventEmitter) carrying the classes and helpers; Stream.prototype.pipe (the old pipe) moves
 * 'data' to write(), pauses on false and resumes on 'drain', ends the destination on 'end';
 * class relationships and statics (ReadableState, WritableState) are as in Node. */
var stream = require('stream');
var EE = require('events');

console.log('typeof stream=' + typeof stream + ' Stream===stream ' + (stream.Stream === stream));
console.log('new Stream instanceof EE=' + (new stream() instanceof EE));
console.log('Readable.prototype instanceof Stream=' + (stream.Readable.prototype instanceof stream));
console.log('Object.getPrototypeOf(Duplex)===Readable ' + (Object.getPrototypeOf(stream.Duplex) === stream.Readable));
console.log('Transform<Duplex ' + (Object.getPrototypeOf(stream.Transform.prototype) === stream.Duplex.prototype));
console.log('PassThrough<Transform ' + (Object.getPrototypeOf(stream.PassThrough) === stream.Transform));
console.log('ReadableState ' + typeof stream.Readable.ReadableState + ' WritableState ' + typeof stream.Writable.WritableState);
console.log('functions: ' + ['pipeline', 'finished', 'addAbortSignal', 'destroy', 'compose', 'isReadable',
    'isErrored', 'isDisturbed', 'getDefaultHighWaterMark', 'setDefaultHighWaterMark', 'duplexPair'].map(function (k) {
    return k + '=' + typeof stream[k];
}).join(' '));
console.log('Readable() without new: ' + (stream.Readable() instanceof stream.Readable) +
    ' Writable(): ' + (stream.Writable() instanceof stream.Writable) +
    ' Transform(): ' + (stream.Transform() instanceof stream.Transform));
console.log('_isUint8Array ' + stream._isUint8Array(new Uint8Array(1)) + ' ' + stream._isUint8Array([]) +
    ' _isArrayBufferView ' + stream._isArrayBufferView(new DataView(new ArrayBuffer(1))));
console.log('_uint8ArrayToBuffer ' + Buffer.isBuffer(stream._uint8ArrayToBuffer(new Uint8Array([1]))));

// legacy pipe
var src = new stream();
src.readable = true;
var log = [];
var dst = new stream();
dst.writable = true;
var writes = 0;
dst.write = function (c) { log.push('write ' + c); writes++; return writes % 2 === 1; };
dst.end = function () { log.push('end'); };
src.pause = function () { log.push('pause'); };
src.resume = function () { log.push('resume'); };
dst.on('pipe', function (s) { log.push('pipe ' + (s === src)); });
console.log('legacy pipe returns dest ' + (src.pipe(dst) === dst));
src.emit('data', 'a');
src.emit('data', 'b');
dst.emit('drain');
src.emit('end');
src.emit('data', 'after end (listener removed)');
console.log('legacy: ' + log.join(' | '));

// legacy pipe: error with no other listener is rethrown
var s2 = new stream();
var d2 = new stream();
d2.writable = true;
d2.write = function () { return true; };
s2.pipe(d2);
try { s2.emit('error', new Error('legacy boom')); } catch (e) { console.log('rethrown ' + e.message); }

// a new-style Readable piped into a legacy writable
var r = new stream.Readable({ read: function () {} });
var sink = new stream();
sink.writable = true;
var got = [];
sink.write = function (c) { got.push(String(c)); return true; };
sink.end = function () { console.log('legacy sink got ' + got.join(',') + ' then end'); };
r.pipe(sink);
r.push('x');
r.push('y');
r.push(null);
