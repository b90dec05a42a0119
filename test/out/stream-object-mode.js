/* Object mode: any value but null is a chunk (undefined, 0, false, '', objects), read(n)
 * ignores n and returns one object, highWaterMark counts objects (default 16), lengths count
 * objects, and objects pass through a Transform and a pipe unchanged. */
var stream = require('stream');

var r = new stream.Readable({ objectMode: true, read: function () {} });
console.log('hwm=' + r.readableHighWaterMark + ' objectMode=' + r.readableObjectMode);
var values = [{ a: 1 }, [1, 2], 'str', 0, false, '', 3.5];
values.forEach(function (v) { r.push(v); });
console.log('length=' + r.readableLength);
console.log('read(100)=' + JSON.stringify(r.read(100)));
console.log('read(0)=' + JSON.stringify(r.read(0)) + ' length=' + r.readableLength);
console.log('read()=' + JSON.stringify(r.read()));
var rest = [];
var v;
while ((v = r.read()) !== null) rest.push(JSON.stringify(v));
console.log('rest=' + rest.join(','));

// push() returns false at 16 objects by default
var r2 = new stream.Readable({ objectMode: true, read: function () {} });
var pushes = 0;
while (r2.push({ n: pushes })) pushes++;
console.log('pushes before false=' + pushes + ' length=' + r2.readableLength);

// objects through a transform and a pipe
var src = new stream.Readable({ objectMode: true, read: function () {} });
var t = new stream.Transform({
    objectMode: true,
    transform: function (o, e, cb) { cb(null, { doubled: o.n * 2, enc: e }); }
});
var got = [];
var sink = new stream.Writable({
    objectMode: true,
    write: function (o, e, cb) { got.push(JSON.stringify(o)); cb(); }
});
sink.on('finish', function () {
    console.log('sink got ' + got.join(' '));
    undefinedChunk();
});
src.pipe(t).pipe(sink);
src.push({ n: 1 });
src.push({ n: 2 });
src.push(null);

// undefined is a valid object-mode chunk for push but ends nothing; strings with setEncoding
function undefinedChunk() {
    var r3 = new stream.Readable({ objectMode: true, read: function () {} });
    console.log('push undefined -> ' + r3.push(undefined) + ' length=' + r3.readableLength);
    r3.push(null);
    var seen = [];
    r3.on('data', function (d) { seen.push(typeof d); });
    r3.on('end', function () { console.log('data types: ' + seen.join(',')); writableSide(); });
}

function writableSide() {
    var w = new stream.Writable({
        objectMode: true,
        highWaterMark: 3,
        write: function (o, e, cb) { setImmediate(cb); }
    });
    var results = [];
    for (var i = 0; i < 4; i++) results.push(w.write({ i: i }));
    console.log('write results=' + results.join(',') + ' length=' + w.writableLength);
    var d = new stream.Duplex({ objectMode: true, read: function () {}, write: function (o, e, cb) { cb(); } });
    console.log('duplex objectMode both: ' + d.readableObjectMode + ' ' + d.writableObjectMode + ' hwm ' + d.readableHighWaterMark + ' ' + d.writableHighWaterMark);
}
