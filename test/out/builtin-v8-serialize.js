/* builtin-v8-serialize.js: v8.serialize writes V8's format byte for byte (header, every
 * primitive, Latin-1 and aligned UTF-16 strings, objects with index keys, dense and sparse
 * arrays, Date, RegExp, Map, Set, ArrayBuffer, typed arrays and Buffers as host objects, boxed
 * primitives, errors, back-references); v8.deserialize reads it back (shared and cyclic
 * references kept); DataCloneErrors; malformed input; Serializer/Deserializer with raw
 * values, plain (non-host) views and transferred ArrayBuffers. */
var v8 = require('v8');

function hex(value) {
    return v8.serialize(value).toString('hex');
}
function roundTrip(value) {
    return v8.deserialize(v8.serialize(value));
}
function cyclic() {
    var o = { name: 'c' };
    o.self = o;
    return o;
}
function withCause() {
    var e = new Error('outer', { cause: 7 });
    e.stack = 'Error: outer\n    at somewhere';
    return e;
}
function rangeError() {
    var e = new RangeError('too far');
    e.stack = 'RangeError: too far';
    return e;
}
function sparse() {
    var a = [];
    a[5] = 'five';
    return a;
}

var cases = [
    ['undefined', undefined], ['null', null], ['true', true], ['false', false],
    ['0', 0], ['-1', -1], ['300', 300], ['2^31', 2147483648], ['-0', -0], ['0.5', 0.5],
    ['NaN', NaN], ['-Infinity', -Infinity],
    ['ascii', 'abc'], ['latin1', 'caf\u00e9'], ['two-byte', 'a\u20ac'], ['astral', '\ud83d\ude00'],
    ['empty string', ''], ['long string', new Array(201).join('z')],
    ['object', { a: 1, b: 'x' }], ['index keys', { b: 1, 2: 'two', a: 2, 1: 'one', 4294967294: 'big' }],
    ['padded two-byte', { ab: '\u20ac' }], ['array', [1, 2, 3]], ['doubles', [1, 2.5]],
    ['mixed', [1, 'a', null]], ['holes', [1, , 3]], ['sparse', sparse()],
    ['array props', Object.assign([1], { p: true })], ['empty array', []], ['new Array(2)', new Array(2)],
    ['date', new Date(86400000)], ['regexp', /a.b/gim], ['map', new Map([[1, 'a'], ['k', { v: 1 }]])],
    ['set', new Set([1, 'b'])], ['ArrayBuffer', new Uint8Array([7, 8, 9]).buffer],
    ['Uint8Array', new Uint8Array([1, 2])], ['Buffer', Buffer.from('hi')],
    ['Float64Array', new Float64Array([1.5])], ['Int16Array', new Int16Array([-2])],
    ['DataView', new DataView(new ArrayBuffer(2))], ['subarray', new Uint8Array(new ArrayBuffer(8), 2, 3)],
    ['Boolean', new Boolean(false)], ['Number', new Number(3)], ['String', new String('s')],
    ['RangeError', rangeError()], ['error with cause', withCause()],
    ['cyclic', cyclic()], ['inherited', Object.create({ x: 1 })],
    ['symbol key', (function () { var o = { a: 1 }; o[Symbol('s')] = 2; return o; })()],
    ['non-enumerable', Object.defineProperty({}, 'hidden', { value: 1 })],
    ['getter', { get g() { return 5; } }]
];
cases.forEach(function (c) {
    console.log(c[0] + ':', hex(c[1]));
});

console.log('--- round trips');
[undefined, null, true, -0, 1.25, -7, 'str', 'caf\u00e9\u20ac', { a: { b: [1, , 'x'] } },
 new Date(0), /x+/gi, new Map([[{ k: 1 }, new Set([2])]]), new Uint8Array([3, 4]),
 Buffer.from('buf'), new Float32Array([1.5]), new Uint16Array([9]), new ArrayBuffer(3),
 new DataView(new Uint8Array([5, 6]).buffer, 1), new Number(2), new String('w'),
 Object.assign([1, 2], { p: 'q' })].forEach(function (value, i) {
    console.log(i, roundTrip(value));
});
var shared = { n: 1 };
var back = roundTrip({ a: shared, b: shared, list: [shared] });
console.log('shared kept:', back.a === back.b, back.list[0] === back.a);
var cyc = roundTrip(cyclic());
console.log('cycle kept:', cyc.self === cyc, cyc.name);
var err = roundTrip(withCause());
console.log('error:', err instanceof Error, err.message, err.cause, JSON.stringify(err.stack),
            Object.keys(err).length);
var range = roundTrip(rangeError());
console.log('RangeError:', range instanceof RangeError, range.name, range.message);
var u8 = roundTrip(new Uint8Array([1]));
console.log('views:', u8.constructor.name, Buffer.isBuffer(roundTrip(Buffer.from('x'))),
            roundTrip(new DataView(new ArrayBuffer(2))).constructor.name);

console.log('--- cannot clone');
function tryClone(label, value) {
    try {
        v8.serialize(value);
        console.log(label, 'serialized');
    } catch (e) {
        console.log(label, 'throws', e.name, e.constructor === Error, e.message);
    }
}
tryClone('symbol', Symbol('q'));
tryClone('promise', Promise.resolve());
tryClone('weakmap', new WeakMap());
tryClone('arguments', (function () { return arguments; })());
try {
    v8.serialize({ f: function () {} });
} catch (e) {
    console.log('function throws', e.name, / could not be cloned\.$/.test(e.message));
}

console.log('--- malformed');
[[], [0xff], [0xff, 0x0f], [0xff, 0x10, 0x5f], [0xff, 0x0c, 0x5f], [0xff, 0x0f, 0x99],
 [0x5f], [0xff, 0x0f, 0x5e, 0x00], [0xff, 0x0f, 0x6f, 0x22, 0x01, 0x61], [0xff, 0x0f, 0x49],
 [0xff, 0x0f, 0x00, 0x00, 0x54], [0xff, 0x0f, 0x3f, 0x05, 0x46],
 [0xff, 0x0d, 0x42, 0x02, 0x01, 0x02, 0x56, 0x42, 0x01, 0x01],
 [0xff, 0x0f, 0x41, 0x02, 0x2d, 0x49, 0x02, 0x24, 0x00, 0x02]].forEach(function (bytes) {
    try {
        console.log(bytes.length, 'bytes ->', v8.deserialize(Buffer.from(bytes)));
    } catch (e) {
        console.log(bytes.length, 'bytes throws', e.name, e.message);
    }
});
try {
    v8.deserialize('nope');
} catch (e) {
    console.log('string input throws', e.name, e.code, e.message);
}

console.log('--- Serializer and Deserializer');
var ser = new v8.Serializer();
ser.writeHeader();
console.log('writeValue:', ser.writeValue(new Uint8Array([1, 2, 3]).subarray(1)));
ser.writeValue(new DataView(new ArrayBuffer(4), 1, 2));
ser.writeUint32(300);
ser.writeUint64(1, 2);
ser.writeUint64(0xffffffff, 0xfffffffe);
ser.writeDouble(-1.5);
ser.writeRawBytes(Buffer.from('raw'));
var out = ser.releaseBuffer();
console.log('buffer:', out.toString('hex'));
console.log('released again:', ser.releaseBuffer().length);
var der = new v8.Deserializer(out);
console.log('own keys:', Object.keys(der).join(','), der.buffer === out);
console.log('readHeader:', der.readHeader(), 'version:', der.getWireFormatVersion());
console.log('values:', der.readValue(), der.readValue());
console.log('raw:', der.readUint32(), der.readUint64(), der.readUint64(), der.readDouble(), der.readRawBytes(3));
try {
    der.readUint32();
} catch (e) {
    console.log('past the end:', e.message);
}
try {
    der._readRawBytes(1);
} catch (e) {
    console.log('past the end:', e.message);
}

var ab = new ArrayBuffer(2);
var tser = new v8.Serializer();
tser.writeHeader();
tser.transferArrayBuffer(7, ab);
tser.writeValue([ab, ab]);
var tbuf = tser.releaseBuffer();
console.log('transfer:', tbuf.toString('hex'));
var tder = new v8.Deserializer(tbuf);
tder.readHeader();
var target = new ArrayBuffer(5);
tder.transferArrayBuffer(7, target);
var got = tder.readValue();
console.log('transferred:', got[0] === target, got[1] === target);
try {
    tser.transferArrayBuffer(1, 'x');
} catch (e) {
    console.log('transferArrayBuffer("x"):', e.name, e.code, e.message);
}
try {
    tser.writeRawBytes(5);
} catch (e) {
    console.log('writeRawBytes(5):', e.name, e.code, e.message);
}

function CustomError(message) {
    return new TypeError('custom: ' + message);
}
var cser = new v8.Serializer();
cser._getDataCloneError = CustomError;
try {
    cser.writeValue(Symbol('z'));
} catch (e) {
    console.log('_getDataCloneError:', e.name, e.message);
}
console.log('DefaultSerializer is a Serializer:', new v8.DefaultSerializer() instanceof v8.Serializer,
            new v8.DefaultDeserializer(Buffer.alloc(0)) instanceof v8.Deserializer);
