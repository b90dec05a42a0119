'use strict';
/* js/internal/fetch/body.js: the Fetch standard's bodies, shared by Request and Response.
 *
 * extractBody(object) turns a BodyInit into { bytes, stream, type }: strings (UTF-8),
 * ArrayBuffers and views, Blobs, URLSearchParams and FormData become bytes, with the
 * content-type Node gives them; a ReadableStream is kept as the stream.  A body made of bytes
 * gets its ReadableStream only when `body` is read.  The mixin's text/json/arrayBuffer/blob/
 * formData/bytes read the stream to its end, once: a second read rejects as undici does. */

var util = require('internal/webstreams/util');
var readable = require('internal/webstreams/readablestream');
var blob = require('internal/blob');

function utf8(str) {
    return new Uint8Array(Buffer.from(str, 'utf8'));
}

function copyView(view) {
    var out = new Uint8Array(view.byteLength);
    out.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
    return out;
}

function extractBody(object) {
    if (typeof object === 'string') {
        return { bytes: utf8(object), stream: null, type: 'text/plain;charset=UTF-8' };
    }
    if (object instanceof URLSearchParams) {
        return { bytes: utf8(object.toString()), stream: null,
                 type: 'application/x-www-form-urlencoded;charset=UTF-8' };
    }
    if (object instanceof ArrayBuffer) {
        return { bytes: new Uint8Array(object.slice(0)), stream: null, type: null };
    }
    if (ArrayBuffer.isView(object)) return { bytes: copyView(object), stream: null, type: null };
    if (blob.isBlob(object)) {
        return { bytes: blob.blobBytes(object), stream: null, type: object.type || null };
    }
    if (readable.isReadableStream(object)) {
        if (readable.isDisturbed(object) || object.locked) {
            throw new TypeError('Response body object should not be disturbed or locked');
        }
        return { bytes: null, stream: object, type: null };
    }
    var formdata = require('internal/fetch/formdata');
    if (formdata.isFormData(object)) return formdata.encodeMultipart(object);
    return extractBody(String(object));
}

/* The ReadableStream of a body, made from its bytes on first use. */
function bodyStream(body) {
    if (body.stream === null) {
        var bytes = body.bytes;
        body.stream = readable.createReadableStream(function (c) {
            if (bytes.length > 0) c.enqueue(new Uint8Array(bytes));
            c.close();
        }, undefined, undefined, 0);
    }
    return body.stream;
}

function bodyUsed(body) {
    return body !== null && body.stream !== null && readable.isDisturbed(body.stream);
}

function unusable() {
    return new TypeError('Body is unusable: Body has already been read');
}

/* Resolves with every byte of the body (a Uint8Array); the body is used afterwards. */
function consumeBytes(body) {
    if (body === null) return Promise.resolve(new Uint8Array(0));
    var stream = bodyStream(body);
    if (readable.isDisturbed(stream) || stream.locked) return Promise.reject(unusable());
    var reader = stream.getReader();
    var chunks = [];
    var total = 0;
    function step() {
        return reader.read().then(function (result) {
            if (result.done) return concat(chunks, total);
            var chunk = result.value;
            if (!(chunk instanceof Uint8Array)) {
                throw new TypeError('Received non-Uint8Array chunk');
            }
            chunks.push(chunk);
            total += chunk.length;
            return step();
        });
    }
    return step();
}

function concat(chunks, total) {
    if (chunks.length === 1) return chunks[0];
    var out = new Uint8Array(total);
    var offset = 0;
    for (var i = 0; i < chunks.length; i++) {
        out.set(chunks[i], offset);
        offset += chunks[i].length;
    }
    return out;
}

/* Defines text/json/arrayBuffer/blob/bytes/formData, body and bodyUsed on a prototype whose
 * instances' state records have `body` and `headers`. */
function mixinBody(proto, brand) {
    function stateOf(value) {
        return util.stateOf(value, brand, brand);
    }
    function contentType(s) {
        return require('internal/fetch/headers').getRaw(s.headers[util.kState], 'content-type');
    }
    function reading(fn) {
        return util.rejectingWith(function () {
            var s = stateOf(this);
            return consumeBytes(s.body).then(function (bytes) { return fn(bytes, s); });
        });
    }
    util.defineProto(proto, {
        body: function () {
            var s = stateOf(this);
            return s.body === null ? null : bodyStream(s.body);
        },
        bodyUsed: function () {
            return bodyUsed(stateOf(this).body);
        }
    }, {
        arrayBuffer: reading(function (bytes) {
            return bytes.buffer.byteLength === bytes.length && bytes.byteOffset === 0 ?
                bytes.buffer : bytes.slice().buffer;
        }),
        blob: reading(function (bytes, s) {
            var type = contentType(s);
            return blob.createBlob(bytes.length > 0 ? [bytes] : [],
                                   type === null ? '' : type.toLowerCase());
        }),
        bytes: reading(function (bytes) {
            return bytes;
        }),
        formData: reading(function (bytes, s) {
            return require('internal/fetch/formdata').parseBody(bytes, contentType(s));
        }),
        json: reading(function (bytes) {
            return JSON.parse(new TextDecoder().decode(bytes));
        }),
        text: reading(function (bytes) {
            return new TextDecoder().decode(bytes);
        })
    }, brand);
}

/* A copy of a body for clone(): the stream is teed, one branch kept, one given. */
function cloneBody(body) {
    if (body === null) return null;
    if (bodyUsed(body) || (body.stream !== null && body.stream.locked)) {
        throw new TypeError('Response.clone: Body has already been consumed.');
    }
    var branches = bodyStream(body).tee();
    body.stream = branches[0];
    return { bytes: null, stream: branches[1], type: body.type };
}

module.exports = {
    extractBody: extractBody,
    bodyStream: bodyStream,
    bodyUsed: bodyUsed,
    consumeBytes: consumeBytes,
    mixinBody: mixinBody,
    cloneBody: cloneBody,
    unusable: unusable
};
