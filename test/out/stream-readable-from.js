/* Readable.from: arrays, strings and Buffers (one chunk), Sets and other sync iterables,
 * hand-written async iterables, promises inside a sync iterable, null values rejected with
 * ERR_STREAM_NULL_VALUES, non-iterables with ERR_INVALID_ARG_TYPE, options (objectMode:
 * false, highWaterMark), and iterator.return() when the stream is destroyed early. */
var Readable = require('stream').Readable;

function collect(name, r, next) {
    var got = [];
    r.on('data', function (c) { got.push(Buffer.isBuffer(c) ? 'buf:' + c.toString() : JSON.stringify(c)); });
    r.on('error', function (e) { got.push('error ' + e.code + ' ' + e.message); });
    r.on('close', function () { console.log(name + ': ' + got.join(' ')); if (next) next(); });
}

var r1 = Readable.from([1, 'two', { three: 3 }]);
console.log('objectMode=' + r1.readableObjectMode + ' hwm=' + r1.readableHighWaterMark);
collect('array', r1, function () {
    collect('string', Readable.from('whole string'), function () {
        collect('buffer', Readable.from(Buffer.from('buf')), function () {
            collect('set', Readable.from(new Set(['s1', 's2'])), function () {
                collect('promises', Readable.from([Promise.resolve('p1'), 'plain', Promise.resolve('p2')]), asyncIter);
            });
        });
    });
});

function makeAsync(values, log) {
    var i = 0;
    var it = {
        next: function () {
            log.push('next');
            return new Promise(function (resolve) {
                setImmediate(function () { resolve(i < values.length ? { value: values[i++], done: false } : { value: undefined, done: true }); });
            });
        },
        'return': function () { log.push('return'); return Promise.resolve({ done: true }); }
    };
    var obj = {};
    obj[Symbol.asyncIterator] = function () { return it; };
    return obj;
}

function asyncIter() {
    var log = [];
    collect('async', Readable.from(makeAsync(['a', 'b'], log)), function () {
        console.log('async iterator calls: ' + log.join(','));
        errors();
    });
}

function errors() {
    collect('null value', Readable.from(['ok', null, 'never']), function () {
        try { Readable.from(42); } catch (e) { console.log('non-iterable: ' + e.code + ' ' + e.message); }
        try { Readable.from({}); } catch (e) { console.log('object: ' + e.code); }
        var rejecting = Readable.from([Promise.reject(new Error('rejected'))]);
        collect('rejected', rejecting, options);
    });
}

function options() {
    var r = Readable.from(['a', 'b', 'c'], { objectMode: false });
    console.log('objectMode false: objectMode=' + r.readableObjectMode + ' hwm=' + r.readableHighWaterMark);
    collect('bytes', r, function () {
        var r2 = Readable.from([1, 2, 3], { highWaterMark: 5 });
        console.log('custom hwm=' + r2.readableHighWaterMark);
        r2.destroy();
        early();
    });
}

function early() {
    var log = [];
    var r = Readable.from(makeAsync(['x', 'y', 'z'], log));
    r.once('data', function (c) {
        log.push('data ' + c);
        r.destroy();
    });
    r.on('close', function () {
        setTimeout(function () { console.log('early destroy: ' + log.join(',') + ' destroyed=' + r.destroyed); }, 5);
    });
}
