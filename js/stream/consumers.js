'use strict';
/* js/stream/consumers.js: Node's 'stream/consumers': arrayBuffer, buffer, text and json read a
 * whole stream (any async or sync iterable: a Readable, an array, a generator) and resolve
 * with its contents, as Node's async functions do with `for await`.
 *
 * blob() wraps the bytes of arrayBuffer() in a Blob.  arrayBuffer()
 * gathers the chunks as Node's Blob constructor would (strings as UTF-8, ArrayBuffers and views
 * as their bytes, anything else as the UTF-8 of String(chunk)). */

var kNotIterable = 'stream is not async iterable';

function invalidInput() {
    /* Node's TextDecoder raises this one from C++: no 'Received ...' part, and a full stop. */
    var err = new TypeError('The "input" argument must be an instance of SharedArrayBuffer, ' +
                            'ArrayBuffer or ArrayBufferView.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    return err;
}

function isBufferSource(chunk) {
    return chunk instanceof ArrayBuffer || ArrayBuffer.isView(chunk);
}

/* Returns the async iterator `for await (chunk of stream)` would use: stream's own
 * Symbol.asyncIterator, otherwise its Symbol.iterator wrapped so that each value is awaited.
 * Throws V8's TypeError when there is neither. */
function getAsyncIterator(stream) {
    if (stream === null || stream === undefined) {
        throw new TypeError('Cannot read properties of ' + stream +
                            " (reading 'Symbol(Symbol.asyncIterator)')");
    }
    var method = stream[Symbol.asyncIterator];
    if (method !== undefined && method !== null) {
        return method.call(stream);
    }
    method = stream[Symbol.iterator];
    if (typeof method !== 'function') throw new TypeError(kNotIterable);
    var it = method.call(stream);
    return {
        next: function () {
            var r = it.next();
            if (r === null || (typeof r !== 'object' && typeof r !== 'function')) {
                throw new TypeError('Iterator result ' + r + ' is not an object');
            }
            if (r.done) return Promise.resolve(r);
            return Promise.resolve(r.value).then(function (value) {
                return { value: value, done: false };
            });
        },
        'return': function () {
            if (typeof it['return'] === 'function') it['return']();
            return Promise.resolve({ value: undefined, done: true });
        }
    };
}

/* Runs `for await (chunk of stream) onChunk(chunk)`; resolves when the stream ends.  When
 * onChunk throws, the iterator is closed (a Readable is destroyed) before the rejection. */
function forAwait(stream, onChunk) {
    return new Promise(function (resolve, reject) {
        var it = getAsyncIterator(stream);
        function fail(err) {
            var ret = it['return'];
            if (typeof ret !== 'function') {
                reject(err);
                return;
            }
            var closing;
            try {
                closing = Promise.resolve(ret.call(it));
            } catch (e) {
                reject(err);
                return;
            }
            closing.then(function () { reject(err); }, function () { reject(err); });
        }
        function step() {
            Promise.resolve(it.next()).then(function (r) {
                if (r === null || (typeof r !== 'object' && typeof r !== 'function')) {
                    throw new TypeError('Iterator result ' + r + ' is not an object');
                }
                if (r.done) {
                    resolve();
                    return;
                }
                try {
                    onChunk(r.value);
                } catch (e) {
                    fail(e);
                    return;
                }
                step();
            }).then(null, reject);
        }
        step();
    });
}

/* The bytes Node's Blob constructor takes from one chunk. */
function chunkBytes(chunk) {
    if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk.slice(0));
    if (ArrayBuffer.isView(chunk)) {
        return new Uint8Array(chunk.buffer.slice(chunk.byteOffset,
                                                 chunk.byteOffset + chunk.byteLength));
    }
    if (typeof chunk === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    return Buffer.from(String(chunk), 'utf8');
}

/* arrayBuffer(stream): resolves with an ArrayBuffer of every chunk's bytes. */
function arrayBuffer(stream) {
    var parts = [];
    var total = 0;
    return forAwait(stream, function (chunk) {
        parts.push(chunk);
    }).then(function () {
        var bytes = [];
        var i;
        for (i = 0; i < parts.length; i++) {
            bytes.push(chunkBytes(parts[i]));
            total += bytes[i].length;
        }
        var out = new Uint8Array(total);
        var offset = 0;
        for (i = 0; i < bytes.length; i++) {
            out.set(bytes[i], offset);
            offset += bytes[i].length;
        }
        return out.buffer;
    });
}

/* blob(stream): resolves with a Blob of every chunk's bytes. */
function blob(stream) {
    return arrayBuffer(stream).then(function (ab) {
        var Blob = require('internal/blob').Blob;
        return new Blob([ab]);
    });
}

/* buffer(stream): resolves with a Buffer of every chunk's bytes. */
function buffer(stream) {
    return arrayBuffer(stream).then(function (ab) {
        return Buffer.from(ab);
    });
}

/* text(stream): resolves with the chunks decoded as UTF-8 (a leading BOM dropped, a character
 * split across chunks joined); string chunks are taken as they are. */
function text(stream) {
    var dec = new TextDecoder();
    var str = '';
    return forAwait(stream, function (chunk) {
        if (typeof chunk === 'string') {
            str += chunk;
        } else {
            if (!isBufferSource(chunk)) throw invalidInput();
            str += dec.decode(chunk, { stream: true });
        }
    }).then(function () {
        return str + dec.decode(undefined, { stream: false });
    });
}

/* json(stream): resolves with JSON.parse of text(stream). */
function json(stream) {
    return text(stream).then(function (str) {
        return JSON.parse(str);
    });
}

module.exports = {
    arrayBuffer: arrayBuffer,
    blob: blob,
    buffer: buffer,
    text: text,
    json: json
};
