// Proves: fork() with serialization: 'advanced' carries what JSON cannot (Map, Set, Date,
// RegExp, Buffer, undefined, holes, circular references) both ways, and tells the child its mode.
var cp = require('child_process');
var path = require('path');
var util = require('util');
var child = cp.fork(path.join(__dirname, '../fixtures/fork/echo.js'),
    { serialization: 'advanced' });
var value = { map: new Map([[1, 'one'], ['k', { v: [1, 2] }]]), set: new Set(['a', 2]),
    date: new Date(86400000), re: /ab+c/gi, buf: Buffer.from('h\u00e9'), u: undefined,
    holes: [1, , 3], str: 'x\ny \ud83d\ude00', n: -0 };
value.self = value;
child.on('message', function (m) {
    var v = m.echo;
    console.log(util.inspect(v, { depth: 4 }));
    console.log('types:', v.map instanceof Map, v.set instanceof Set, v.date instanceof Date,
        v.re instanceof RegExp, Buffer.isBuffer(v.buf), v.buf instanceof Uint8Array,
        'u' in v, v.self === v, Object.is(v.n, -0));
    child.send('bye');
});
child.on('close', function (code) { console.log('close', code); });
child.send(value);
