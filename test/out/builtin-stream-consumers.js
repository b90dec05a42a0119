/* builtin-stream-consumers.js: stream/consumers arrayBuffer, buffer, text and json read a whole
 * Readable (byte, string and object mode), an array or an async generator; text joins a UTF-8
 * character split across chunks and drops a BOM; arrayBuffer takes non-byte chunks as Blob
 * does; a stream error, a non-iterable argument and a chunk text cannot decode reject (the
 * stream is then destroyed). */
var consumers = require('stream/consumers');
var stream = require('stream');

function show(label, p) {
    return p.then(function (v) {
        console.log(label, 'resolved', v);
    }, function (e) {
        console.log(label, 'rejected', e.name, e.code, e.message);
    });
}

function bytes(list) {
    return stream.Readable.from(list.map(function (a) { return Buffer.from(a); }),
                                { objectMode: false });
}

console.log('functions:', ['arrayBuffer', 'buffer', 'text', 'json'].map(function (k) {
    return k + '/' + typeof consumers[k] + '/' + consumers[k].length;
}).join(' '));
console.log('same as node:stream/consumers:',
            require('node:stream/consumers') === consumers);

var steps = [
    function () { return show('text bytes', consumers.text(bytes([[0xef, 0xbb, 0xbf, 0x68, 0xc3], [0xa9, 0xe2, 0x82], [0xac]]))); },
    function () {
        var r = new stream.Readable({ read: function () {} });
        r.setEncoding('utf8');
        r.push('str');
        r.push(Buffer.from('ing'));
        r.push(null);
        return show('text strings', consumers.text(r));
    },
    function () { return show('text array', consumers.text(['a', new Uint8Array([0x62]), new Uint8Array([0x63]).buffer])); },
    function () { return show('text truncated', consumers.text([new Uint8Array([0x61, 0xe2, 0x82])]).then(function (s) { return s.length + ' ' + s.charCodeAt(1).toString(16); })); },
    function () { return show('json', consumers.json(bytes([Buffer.from('{"a":[1,'), Buffer.from('2],"b":"\u00e9"}')]))); },
    function () {
        return show('buffer', consumers.buffer(bytes([[1, 2], [3]])).then(function (b) {
            return Buffer.isBuffer(b) + ' ' + b.toString('hex');
        }));
    },
    function () {
        return show('arrayBuffer', consumers.arrayBuffer(bytes([[4], [5, 6]])).then(function (ab) {
            return (ab instanceof ArrayBuffer) + ' ' + ab.byteLength + ' ' + Buffer.from(ab).toString('hex');
        }));
    },
    function () {
        var r = stream.Readable.from([1, 'x', { a: 1 }, true, new Uint16Array([0x0102])]);
        return show('arrayBuffer objects', consumers.arrayBuffer(r).then(function (ab) {
            return JSON.stringify(Buffer.from(ab).toString('latin1'));
        }));
    },
    function () {
        async function* gen() {
            yield 'g1';
            yield Buffer.from('-g2');
        }
        return show('text async generator', consumers.text(gen()));
    },
    function () {
        var r = new stream.Readable({ read: function () {} });
        r.push('partial');
        setTimeout(function () { r.destroy(new Error('boom')); }, 1);
        return show('stream error', consumers.text(r));
    },
    function () {
        var r = stream.Readable.from(['ok', { not: 'bytes' }, 'more']);
        return show('bad chunk', consumers.text(r)).then(function () {
            console.log('stream destroyed after bad chunk:', r.destroyed);
        });
    },
    function () { return show('number', consumers.text(5)); },
    function () { return show('plain object', consumers.buffer({})); },
    function () { return show('null', consumers.json(null)); },
    function () { return show('rejected chunk', consumers.text([Promise.reject(new Error('rej'))])); },
    function () { return show('empty', consumers.text([])); }
];

steps.reduce(function (p, step) { return p.then(step); }, Promise.resolve()).then(function () {
    console.log('done');
});
