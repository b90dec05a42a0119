/* Duplex.from and friends: a Duplex is returned as is; a readable, a writable, an iterable, a
 * promise, a { readable, writable } pair and an async-iterable-consuming function become
 * Duplexes; stream.compose chains streams into one Duplex; stream.duplexPair gives two
 * connected sides; Readable.wrap/readable.wrap adopt an old-style stream. */
var stream = require('stream');
var Duplex = stream.Duplex;

function collect(s, cb) {
    var out = [];
    s.on('data', function (c) { out.push(typeof c === 'object' && !Buffer.isBuffer(c) ? JSON.stringify(c) : String(c)); });
    s.on('end', function () { cb(out.join(',')); });
}

var steps = [
    function (next) {
        var d = new stream.PassThrough();
        console.log('duplex as is: ' + (Duplex.from(d) === d));
        var fromIter = Duplex.from(['a', 'b']);
        console.log('iterable: readable=' + fromIter.readable + ' writable=' + fromIter.writable);
        collect(fromIter, function (s) { console.log('iterable data ' + s); next(); });
    },
    function (next) {
        var r = new stream.Readable({ read: function () {} });
        var d = Duplex.from(r);
        console.log('from readable: readable=' + d.readable + ' writable=' + d.writable + ' isDuplex=' + (d instanceof Duplex));
        collect(d, function (s) { console.log('from readable data ' + s); next(); });
        r.push('x');
        r.push(null);
    },
    function (next) {
        var got = [];
        var w = new stream.Writable({ write: function (c, e, cb) { got.push(String(c)); cb(); } });
        var d = Duplex.from(w);
        console.log('from writable: readable=' + d.readable + ' writable=' + d.writable);
        d.end('y', function () { console.log('from writable got ' + got.join(',')); next(); });
    },
    function (next) {
        var d = Duplex.from(Promise.resolve('promised'));
        collect(d, function (s) { console.log('promise data ' + s); next(); });
    },
    function (next) {
        var r = new stream.Readable({ read: function () {} });
        var got = [];
        var w = new stream.Writable({ write: function (c, e, cb) { got.push(String(c)); cb(); } });
        var d = Duplex.from({ readable: r, writable: w });
        d.write('to-w');
        d.end();
        r.push('from-r');
        r.push(null);
        collect(d, function (s) {
            setTimeout(function () { console.log('pair read ' + s + ' wrote ' + got.join(',')); next(); }, 2);
        });
    },
    function (next) {
        var d = Duplex.from(function (source) {
            var it = source[Symbol.asyncIterator]();
            var out = {};
            out[Symbol.asyncIterator] = function () {
                return {
                    next: function () {
                        return it.next().then(function (r) {
                            return r.done ? r : { value: String(r.value).toUpperCase(), done: false };
                        });
                    }
                };
            };
            return out;
        });
        collect(d, function (s) { console.log('function duplex ' + s); next(); });
        d.write('abc');
        d.end('def');
    },
    function (next) {
        try { Duplex.from(42); } catch (e) { console.log('bad body ' + e.code); }
        var c = stream.compose(
            new stream.Transform({ transform: function (ch, e, cb) { cb(null, String(ch) + '1'); } }),
            new stream.Transform({ transform: function (ch, e, cb) { cb(null, String(ch) + '2'); } }));
        console.log('compose readable=' + c.readable + ' writable=' + c.writable);
        collect(c, function (s) { console.log('compose data ' + s); next(); });
        c.write('a');
        c.end('b');
    },
    function (next) {
        var pair = stream.duplexPair();
        console.log('duplexPair length=' + pair.length + ' duplex=' + (pair[0] instanceof Duplex));
        collect(pair[1], function (s) { console.log('side1 got ' + s); });
        collect(pair[0], function (s) { console.log('side0 got ' + s); next(); });
        pair[0].write('ping');
        pair[1].write('pong');
        pair[0].end();
        pair[1].end();
    },
    function (next) {
        var old = new stream.Stream();
        var paused = [];
        old.pause = function () { paused.push('pause'); };
        old.resume = function () { paused.push('resume'); };
        var r = new stream.Readable({ highWaterMark: 2 }).wrap(old);
        collect(r, function (s) { console.log('wrap data ' + s + ' ' + paused.join(',')); next(); });
        old.emit('data', 'aa');
        old.emit('data', 'bb');
        old.emit('end');
    },
    function () {
        var old = new stream.Stream();
        var r = stream.Readable.wrap(old);
        console.log('Readable.wrap objectMode=' + r.readableObjectMode);
        collect(r, function (s) { console.log('Readable.wrap data ' + s); });
        old.emit('data', { k: 1 });
        old.emit('end');
    }
];

(function run(i) {
    if (i < steps.length) steps[i](function () { setImmediate(function () { run(i + 1); }); });
})(0);
