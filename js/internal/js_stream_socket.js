'use strict';
/* js/internal/js_stream_socket.js: Node's internal/js_stream_socket, a net.Socket over any Duplex
 * stream.  Its handle, a StreamHandle, has the TCP handle's interface (readStart, writeBuffer,
 * shutdown, close, onread, ...) and passes bytes to and from the stream: a 'data' chunk becomes an
 * onread, 'end' an EOF, a write a stream write whose callback completes the request.  A TLSSocket
 * made over a stream that is not a net.Socket exposes the class as
 * tlsSocket._handle._parentWrap.constructor, where http2-wrapper (got) finds it. */

var net = require('net');
var Buffer = require('buffer').Buffer;
var UV_EOF = internalBinding('tcp').UV_EOF;

var UV_EPIPE = -32;
var UV_ENOTCONN = -107;

function noop() {}

function StreamHandle(stream) {
    this.stream = stream;
    this.owner = null;
    this.onread = null;
    this.onclose = null;
    this.reading = false;
    this.closed = false;
    this.gotEOF = false;
    var self = this;
    this.listeners = {
        data: function (chunk) {
            if (!self.closed && self.onread !== null) {
                if (typeof chunk === 'string') {
                    chunk = Buffer.from(chunk);
                }
                self.onread(chunk.length, chunk);
            }
        },
        end: function () { self.eof(); },
        close: function () { self.eof(); },
        error: function (err) {
            if (!self.closed && self.owner !== null) {
                self.owner.destroy(err);
            }
        }
    };
    for (var ev in this.listeners) {
        stream.on(ev, this.listeners[ev]);
    }
    stream.pause();
}

StreamHandle.prototype.eof = function eof() {
    if (!this.closed && !this.gotEOF) {
        this.gotEOF = true;
        if (this.onread !== null) {
            this.onread(UV_EOF);
        }
    }
};

StreamHandle.prototype.readStart = function readStart() {
    if (!this.closed) {
        this.stream.resume();
    }
    return 0;
};

StreamHandle.prototype.readStop = function readStop() {
    if (!this.closed) {
        this.stream.pause();
    }
    return 0;
};

/* 1: req.oncomplete follows once the stream has taken the bytes. */
StreamHandle.prototype.writeBuffer = function writeBuffer(req, data) {
    if (this.closed || this.stream.destroyed || this.stream.writableEnded) {
        return UV_EPIPE;
    }
    this.stream.write(data, function (err) {
        req.oncomplete(err ? UV_EPIPE : 0);
    });
    return 1;
};

StreamHandle.prototype.writeString = StreamHandle.prototype.writeBuffer;

StreamHandle.prototype.writeQueueSize = function writeQueueSize() {
    return this.stream.writableLength || 0;
};

StreamHandle.prototype.shutdown = function shutdown(req) {
    if (this.closed) {
        return UV_ENOTCONN;
    }
    endStream(this.stream, req);
    return 0;
};

/* Ends stream (unless it is already ended or destroyed), then completes shutdown request req. */
function endStream(stream, req) {
    if (stream.destroyed || stream.writableEnded) {
        process.nextTick(function () { req.oncomplete(0); });
    } else {
        stream.end(function () { req.oncomplete(0); });
    }
}

StreamHandle.prototype.close = function close() {
    if (this.closed) {
        return;
    }
    this.closed = true;
    var stream = this.stream;
    for (var ev in this.listeners) {
        stream.removeListener(ev, this.listeners[ev]);
    }
    /* a late error of a write under way must not go uncaught */
    stream.on('error', noop);
    var self = this;
    process.nextTick(function () {
        if (typeof self.onclose === 'function') {
            self.onclose();
        }
    });
    stream.destroy();
};

StreamHandle.prototype.getpeername = function getpeername() {
    return undefined;
};
StreamHandle.prototype.getsockname = StreamHandle.prototype.getpeername;
StreamHandle.prototype.ref = noop;
StreamHandle.prototype.unref = noop;
StreamHandle.prototype.setNoDelay = noop;
StreamHandle.prototype.setKeepAlive = noop;

/* new JSStreamSocket(stream): a net.Socket that reads and writes stream. */
function JSStreamSocket(stream) {
    net.Socket.call(this, { handle: new StreamHandle(stream), allowHalfOpen: true });
    this.stream = stream;
}
Object.setPrototypeOf(JSStreamSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(JSStreamSocket, net.Socket);

module.exports = {
    JSStreamSocket: JSStreamSocket,
    endStream: endStream
};
