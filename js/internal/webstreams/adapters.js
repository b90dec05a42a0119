'use strict';
/* js/internal/webstreams/adapters.js: Node's bridges between its streams and web streams:
 * Readable.fromWeb/toWeb and Writable.fromWeb/toWeb.  A Node Readable made from a web stream
 * reads one chunk per _read(); a web stream made from a Readable pauses it while the web
 * stream's queue is full.  Destroying one side cancels or aborts the other. */

var util = require('internal/webstreams/util');
var readable = require('internal/webstreams/readablestream');
var writable = require('internal/webstreams/writablestream');

function checkBrand(value, brand, name) {
    if (!util.hasBrand(value, brand)) {
        throw new util.codes.ERR_INVALID_ARG_TYPE(name, brand, value);
    }
}

/* Readable.fromWeb(readableStream[, options]) */
function readableFromWeb(stream, options) {
    checkBrand(stream, 'ReadableStream', 'readableStream');
    var Readable = require('stream').Readable;
    var reader = stream.getReader();
    var opts = Object.assign({ objectMode: false }, options);
    opts.read = function () {
        var self = this;
        reader.read().then(function (result) {
            if (result.done) self.push(null);
            else self.push(result.value);
        }, function (e) {
            self.destroy(e);
        });
    };
    opts.destroy = function (error, callback) {
        reader.cancel(error === null ? undefined : error).then(function () {
            callback(error);
        }, function (e) {
            callback(e);
        });
    };
    return new Readable(opts);
}

/* Readable.toWeb(streamReadable) */
function readableToWeb(nodeStream) {
    var ended = false;
    var controller;
    var stream = readable.createReadableStream(function (c) {
        controller = c;
        nodeStream.on('data', function (chunk) {
            if (ended) return;
            if (Buffer.isBuffer(chunk) && !nodeStream.readableObjectMode) {
                chunk = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.length);
            }
            controller.enqueue(chunk);
            if (controller.desiredSize <= 0) nodeStream.pause();
        });
        nodeStream.once('end', function () {
            ended = true;
            controller.close();
        });
        nodeStream.once('error', function (e) {
            ended = true;
            controller.error(e);
        });
        nodeStream.pause();
    }, function () {
        nodeStream.resume();
    }, function (reason) {
        ended = true;
        nodeStream.destroy(reason);
    }, 1);
    return stream;
}

/* Writable.fromWeb(writableStream[, options]) */
function writableFromWeb(stream, options) {
    checkBrand(stream, 'WritableStream', 'writableStream');
    var Writable = require('stream').Writable;
    var writer = stream.getWriter();
    var opts = Object.assign({ decodeStrings: false }, options);
    opts.write = function (chunk, encoding, callback) {
        writer.ready.then(function () {
            return writer.write(chunk);
        }).then(function () { callback(); }, callback);
    };
    opts.final = function (callback) {
        writer.close().then(function () { callback(); }, callback);
    };
    opts.destroy = function (error, callback) {
        if (error === null) {
            callback(null);
            return;
        }
        writer.abort(error).then(function () { callback(error); }, callback);
    };
    return new Writable(opts);
}

/* Writable.toWeb(streamWritable) */
function writableToWeb(nodeStream) {
    return writable.createWritableStream(undefined, function (chunk) {
        return new Promise(function (resolve, reject) {
            nodeStream.write(chunk, function (err) {
                if (err) reject(err);
                else resolve();
            });
        });
    }, function () {
        return new Promise(function (resolve, reject) {
            nodeStream.once('error', reject);
            nodeStream.end(resolve);
        });
    }, function (reason) {
        nodeStream.destroy(reason);
        return Promise.resolve(undefined);
    }, 1);
}

module.exports = {
    readableFromWeb: readableFromWeb,
    readableToWeb: readableToWeb,
    writableFromWeb: writableFromWeb,
    writableToWeb: writableToWeb
};
