'use strict';
/* js/internal/process/stdio.js: process.stdout, process.stderr and process.stdin.
 *
 * stdout and stderr are Writable streams whose writes are synchronous and complete, as Node's
 * are on Linux for files, pipes and terminals: output is never lost, even when process.exit()
 * follows.  A plain string written while nothing is buffered skips the stream machinery (the
 * console.log path).  stdin is a net.Socket over descriptor 0 when it is a pipe, socket or
 * terminal (read on the loop, never blocking it), and a readable stream of the file otherwise. */

/* Only the Writable class: the rest of the stream module is not needed to print. */
var Writable = require('internal/streams/writable');
var binding = internalBinding('process');

function WriteStream(fd) {
    Writable.call(this, { decodeStrings: false, emitClose: false });
    var info = binding.ttyInfo(fd);
    this.fd = fd;
    /* As Node: isTTY exists only on a terminal (undefined for pipes and files). */
    if (info.isTTY) {
        this.isTTY = true;
        this.columns = info.columns;
        this.rows = info.rows;
    }
    this._isStdio = true;
    this._type = info.isTTY ? 'tty' : 'pipe';
}
WriteStream.prototype = Object.create(Writable.prototype, {
    constructor: { value: WriteStream, writable: true, configurable: true }
});
Object.setPrototypeOf(WriteStream, Writable);

function writeOut(stream, text) {
    var err = binding.writeString(stream.fd, text);
    /* EPIPE (a closed reader) is not an error Node reports on stdout. */
    if (err < 0 && err !== -32) {
        return require('internal/errors').errnoException(err, 'write');
    }
    return null;
}

WriteStream.prototype._write = function _write(chunk, encoding, cb) {
    var text = typeof chunk === 'string' ? chunk :
        (chunk && typeof chunk.toString === 'function' && chunk instanceof Uint8Array ?
            require('buffer').Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
                .toString('latin1') : String(chunk));
    var err;
    if (typeof chunk === 'string') {
        err = writeOut(this, text);
    } else {
        err = binding.writeBytes(this.fd, chunk);
        err = err < 0 && err !== -32 ? require('internal/errors').errnoException(err, 'write') : null;
    }
    cb(err);
};

WriteStream.prototype.write = function write(chunk, encoding, cb) {
    var state = this._writableState;
    if (typeof chunk === 'string' && state.length === 0 && !state.corked && !state.ending &&
        !state.destroyed && typeof encoding !== 'string') {
        if (typeof encoding === 'function') {
            cb = encoding;
        }
        var err = writeOut(this, chunk);
        if (err !== null) {
            this.destroy(err);
            return false;
        }
        if (typeof cb === 'function') {
            process.nextTick(cb, null);
        }
        return true;
    }
    return Writable.prototype.write.call(this, chunk, encoding, cb);
};

/* Standard streams are never really closed, as in Node. */
WriteStream.prototype._destroy = function _destroy(err, cb) {
    cb(err);
};

WriteStream.prototype.getColorDepth = function getColorDepth(env) {
    env = env || process.env;
    if (!this.isTTY || env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined) {
        return 1;
    }
    if (env.FORCE_COLOR === '0') {
        return 1;
    }
    var term = env.TERM || '';
    if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') {
        return 24;
    }
    if (term === 'dumb') {
        return 1;
    }
    if (/-256(color)?$/i.test(term)) {
        return 8;
    }
    return 4;
};

WriteStream.prototype.hasColors = function hasColors(count, env) {
    if (typeof count === 'object') {
        env = count;
        count = 16;
    }
    return (count === undefined ? 16 : count) <= Math.pow(2, this.getColorDepth(env));
};

WriteStream.prototype.getWindowSize = function getWindowSize() {
    return [this.columns, this.rows];
};

function create(fd) {
    return new WriteStream(fd);
}

/* stream.setRawMode(flag) of a terminal's ReadStream: key by key, no echo, Ctrl+C as a byte. */
function setRawMode(flag) {
    var err = binding.setRawMode(this.fd, !!flag);
    if (err < 0) {
        throw require('internal/errors').errnoException(err, 'setRawMode');
    }
    this.isRaw = !!flag;
    return this;
}

/* stdin: a socket over fd 0 for pipes and terminals; for a regular file (or when fd 0 cannot
 * be polled) the file's content read as a stream. */
function createStdin() {
    var net = require('net');
    var TCP = internalBinding('tcp').TCP;
    var handle = new TCP();
    var isTTY = binding.ttyInfo(0).isTTY;
    if (binding.stdinPollable() && handle.open(0) === 0) {
        var socket = new net.Socket({ handle: handle, readable: true, writable: false,
            manualStart: true });
        socket.fd = 0;
        if (isTTY) {
            socket.isTTY = true;
            socket.isRaw = false;
            socket.setRawMode = setRawMode;
        }
        /* Node's stdin starts paused, and does not keep the loop alive until read. */
        socket.readableFlowing = null;
        socket.on('pause', function () { handle.unref(); });
        socket.on('resume', function () { handle.ref(); });
        return socket;
    }
    var Readable = require('stream').Readable;
    var stream = new Readable({
        read: function () {
            var data = binding.readStdin();
            if (data.length > 0) {
                this.push(data);
            }
            this.push(null);
        }
    });
    stream.fd = 0;
    return stream;
}

module.exports = {
    create: create,
    createStdin: createStdin,
    setRawMode: setRawMode,
    WriteStream: WriteStream
};
