'use strict';
/* js/internal/fs/streams.js: fs.ReadStream and fs.WriteStream (Node's internal/fs/streams) on
 * the stream module.  A ReadStream reads highWaterMark-sized chunks (64 KiB by default) between
 * start and end through fs.read; a WriteStream writes each chunk through fs.write/fs.writev, so
 * backpressure is the Writable's.  Both open the file in _construct (or take options.fd: a
 * number or a FileHandle) and close it on destroy, after any read or write in flight. */

var validators = require('internal/validators');
var utils = require('internal/fs/utils');
var fs = require('fs');
var stream = require('stream');
var destroyImpl = require('internal/streams/destroy');

var Readable = stream.Readable;
var Writable = stream.Writable;

var kIoDone = Symbol('kIoDone');
var kIsPerformingIO = Symbol('kIsPerformingIO');
var kFs = Symbol('kFs');
var kHandle = Symbol('kHandle');

function codes() {
    return require('internal/errors').codes;
}

function defineHidden(obj, key, value) {
    Object.defineProperty(obj, key, {
        value: value, writable: true, enumerable: false, configurable: true
    });
}

function _construct(callback) {
    var self = this;
    if (typeof this.fd === 'number') {
        callback();
        return;
    }
    if (typeof this.open === 'function') {
        /* Backwards compatibility with streams that monkey-patch open(). */
        var orgEmit = this.emit;
        this.emit = function () {
            var args = Array.prototype.slice.call(arguments);
            if (args[0] === 'open') {
                this.emit = orgEmit;
                callback();
                orgEmit.apply(this, args);
            } else if (args[0] === 'error') {
                this.emit = orgEmit;
                callback(args[1]);
            } else {
                orgEmit.apply(this, args);
            }
        };
        this.open();
        return;
    }
    this[kFs].open(this.path, this.flags, this.mode, function (er, fd) {
        if (er) {
            callback(er);
        } else {
            self.fd = fd;
            callback();
            self.emit('open', self.fd);
            self.emit('ready');
        }
    });
}

/* The fs operations of a stream over a FileHandle. */
function fileHandleOperations(handle) {
    var promises = require('internal/fs/promises');
    return {
        open: function () {
            throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('open()');
        },
        close: function (fd, cb) {
            promises.unref(handle);
            handle.close().then(function () {
                cb();
            }, cb);
        },
        fsync: function (fd, cb) {
            handle.sync().then(function () {
                cb();
            }, cb);
        },
        read: function (fd, buf, offset, length, pos, cb) {
            handle.read(buf, offset, length, pos).then(function (r) {
                cb(null, r.bytesRead, r.buffer);
            }, function (err) {
                cb(err, 0, buf);
            });
        },
        write: function (fd, buf, offset, length, pos, cb) {
            handle.write(buf, offset, length, pos).then(function (r) {
                cb(null, r.bytesWritten, r.buffer);
            }, function (err) {
                cb(err, 0, buf);
            });
        },
        writev: function (fd, buffers, pos, cb) {
            handle.writev(buffers, pos).then(function (r) {
                cb(null, r.bytesWritten, r.buffers);
            }, function (err) {
                cb(err, 0, buffers);
            });
        }
    };
}

function close(stream, err, cb) {
    if (!stream.fd) {
        cb(err);
    } else if (stream.flush) {
        stream[kFs].fsync(stream.fd, function (flushErr) {
            closeFd(stream, err || flushErr, cb);
        });
    } else {
        closeFd(stream, err, cb);
    }
}

function closeFd(stream, err, cb) {
    stream[kFs].close(stream.fd, function (er) {
        cb(er || err);
    });
    stream.fd = null;
}

function importFd(stream, options) {
    if (typeof options.fd === 'number') {
        defineHidden(stream, kFs, options.fs || fs);
        return options.fd;
    }
    var promises = require('internal/fs/promises');
    if (typeof options.fd === 'object' && options.fd instanceof promises.FileHandle) {
        if (options.fs) {
            throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('FileHandle with fs');
        }
        defineHidden(stream, kHandle, options.fd);
        defineHidden(stream, kFs, fileHandleOperations(options.fd));
        promises.ref(options.fd);
        options.fd.on('close', stream.close.bind(stream));
        return options.fd.fd;
    }
    throw new (codes().ERR_INVALID_ARG_TYPE)('options.fd', ['number', 'FileHandle'], options.fd);
}

function copyOptions(options) {
    return utils.mergeOptions({}, utils.getOptions(options, {}));
}

/* ------------------------------------------------------------------------------------------ */

function ReadStream(path, options) {
    if (!(this instanceof ReadStream)) {
        return new ReadStream(path, options);
    }
    options = copyOptions(options);
    if (options.highWaterMark === undefined) {
        options.highWaterMark = 64 * 1024;
    }
    if (options.autoDestroy === undefined) {
        options.autoDestroy = false;
    }
    if (options.fd == null) {
        this.fd = null;
        defineHidden(this, kFs, options.fs || fs);
        validators.validateFunction(this[kFs].open, 'options.fs.open');
        this.path = utils.toPathIfFileURL(path);
        this.flags = options.flags === undefined ? 'r' : options.flags;
        this.mode = options.mode === undefined ? 438 : options.mode;
        utils.validatePath(this.path);
    } else {
        this.fd = utils.getValidatedFd(importFd(this, options));
    }
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    validators.validateFunction(this[kFs].read, 'options.fs.read');
    if (options.autoDestroy) {
        validators.validateFunction(this[kFs].close, 'options.fs.close');
    }
    this.start = options.start;
    this.end = options.end;
    this.pos = undefined;
    this.bytesRead = 0;
    defineHidden(this, kIsPerformingIO, false);
    if (this.start !== undefined) {
        validators.validateInteger(this.start, 'start', 0);
        this.pos = this.start;
    }
    if (this.end === undefined) {
        this.end = Infinity;
    } else if (this.end !== Infinity) {
        validators.validateInteger(this.end, 'end', 0);
        if (this.start !== undefined && this.start > this.end) {
            throw new (codes().ERR_OUT_OF_RANGE)('start', '<= "end" (here: ' + this.end + ')',
                                                 this.start);
        }
    }
    Readable.call(this, options);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
    get: function () {
        return this._readableState.autoDestroy;
    },
    set: function (val) {
        this._readableState.autoDestroy = val;
    },
    configurable: true
});

ReadStream.prototype._construct = _construct;

ReadStream.prototype._read = function (n) {
    var self = this;
    n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n)
        : Math.min(this.end - this.bytesRead + 1, n);
    if (n <= 0) {
        this.push(null);
        return;
    }
    var buf = utils.allocBuffer(n);
    this[kIsPerformingIO] = true;
    this[kFs].read(this.fd, buf, 0, n, this.pos, function (er, bytesRead, b) {
        /* b is the same buffer: let go of it here, not at the next collection (readChecked,
         * js/fs.js). */
        buf = null;
        self[kIsPerformingIO] = false;
        if (self.destroyed) {
            /* Tell _destroy() that it is safe to close the fd now. */
            self.emit(kIoDone, er);
            return;
        }
        if (er) {
            destroyImpl.errorOrDestroy(self, er);
        } else if (bytesRead > 0) {
            if (self.pos !== undefined) {
                self.pos += bytesRead;
            }
            self.bytesRead += bytesRead;
            if (bytesRead !== b.length) {
                /* Copy rather than slice, so a small read does not keep a large buffer. */
                var dst = utils.allocBuffer(bytesRead);
                dst.set(b.subarray(0, bytesRead));
                b = dst;
            }
            self.push(b);
        } else {
            self.push(null);
        }
    });
};

ReadStream.prototype._destroy = function (err, cb) {
    var self = this;
    /* A read in flight on the pool still uses the descriptor: close after it. */
    if (this[kIsPerformingIO]) {
        this.once(kIoDone, function (er) {
            close(self, err || er, cb);
        });
    } else {
        close(this, err, cb);
    }
};

ReadStream.prototype.close = function (cb) {
    if (typeof cb === 'function') {
        stream.finished(this, cb);
    }
    this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
    get: function () {
        return this.fd === null;
    },
    configurable: true
});

/* ------------------------------------------------------------------------------------------ */

function WriteStream(path, options) {
    if (!(this instanceof WriteStream)) {
        return new WriteStream(path, options);
    }
    options = copyOptions(options);
    options.decodeStrings = true;
    if (options.fd == null) {
        this.fd = null;
        defineHidden(this, kFs, options.fs || fs);
        validators.validateFunction(this[kFs].open, 'options.fs.open');
        this.path = utils.toPathIfFileURL(path);
        this.flags = options.flags === undefined ? 'w' : options.flags;
        this.mode = options.mode === undefined ? 438 : options.mode;
        utils.validatePath(this.path);
    } else {
        this.fd = utils.getValidatedFd(importFd(this, options));
    }
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    if (!this[kFs].write && !this[kFs].writev) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('options.fs.write', 'function',
                                                 this[kFs].write);
    }
    if (this[kFs].write) {
        validators.validateFunction(this[kFs].write, 'options.fs.write');
    }
    if (this[kFs].writev) {
        validators.validateFunction(this[kFs].writev, 'options.fs.writev');
    }
    if (options.autoDestroy) {
        validators.validateFunction(this[kFs].close, 'options.fs.close');
    }
    this.flush = options.flush;
    if (this.flush == null) {
        this.flush = false;
    } else {
        validators.validateBoolean(this.flush, 'options.flush');
        validators.validateFunction(this[kFs].fsync, 'options.fs.fsync');
    }
    if (!this[kFs].write) {
        this._write = null;
    }
    if (!this[kFs].writev) {
        this._writev = null;
    }
    this.start = options.start;
    this.pos = undefined;
    this.bytesWritten = 0;
    defineHidden(this, kIsPerformingIO, false);
    if (this.start !== undefined) {
        validators.validateInteger(this.start, 'start', 0);
        this.pos = this.start;
    }
    Writable.call(this, options);
    if (options.encoding) {
        this.setDefaultEncoding(options.encoding);
    }
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
    get: function () {
        return this._writableState.autoDestroy;
    },
    set: function (val) {
        this._writableState.autoDestroy = val;
    },
    configurable: true
});

WriteStream.prototype._construct = _construct;

function writeAll(self, data, size, pos, cb, retries) {
    self[kFs].write(self.fd, data, 0, size, pos, function (er, bytesWritten, buffer) {
        /* buffer is the same bytes: let go of them here, not at the next collection (readChecked,
         * js/fs.js). */
        data = null;
        /* No room now (a non-blocking pipe): try again. */
        if (er && er.code === 'EAGAIN') {
            er = null;
            bytesWritten = 0;
        }
        if (self.destroyed || er) {
            cb(er || new (codes().ERR_STREAM_DESTROYED)('write'));
            return;
        }
        self.bytesWritten += bytesWritten;
        retries = bytesWritten ? 0 : retries + 1;
        size -= bytesWritten;
        if (pos !== undefined && pos !== null) {
            pos += bytesWritten;
        }
        if (retries > 5) {
            cb(new Error('write failed'));
        } else if (size) {
            writeAll(self, buffer.subarray(bytesWritten), size, pos, cb, retries);
        } else {
            cb();
        }
    });
}

function writevAll(self, chunks, size, pos, cb, retries) {
    self[kFs].writev(self.fd, chunks, self.pos, function (er, bytesWritten, buffers) {
        if (er && er.code === 'EAGAIN') {
            er = null;
            bytesWritten = 0;
        }
        if (self.destroyed || er) {
            cb(er || new (codes().ERR_STREAM_DESTROYED)('writev'));
            return;
        }
        self.bytesWritten += bytesWritten;
        retries = bytesWritten ? 0 : retries + 1;
        size -= bytesWritten;
        if (pos !== undefined && pos !== null) {
            pos += bytesWritten;
        }
        if (retries > 5) {
            cb(new Error('writev failed'));
        } else if (size) {
            writevAll(self, [Buffer.concat(buffers).subarray(bytesWritten)], size, pos, cb,
                      retries);
        } else {
            cb();
        }
    });
}

WriteStream.prototype._write = function (data, encoding, cb) {
    var self = this;
    this[kIsPerformingIO] = true;
    writeAll(this, data, data.length, this.pos, function (er) {
        data = null; /* not kept until the next collection (readChecked, js/fs.js) */
        self[kIsPerformingIO] = false;
        if (self.destroyed) {
            cb(er);
            self.emit(kIoDone, er);
            return;
        }
        cb(er);
    }, 0);
    if (this.pos !== undefined) {
        this.pos += data.length;
    }
};

WriteStream.prototype._writev = function (data, cb) {
    var self = this;
    var len = data.length;
    var chunks = new Array(len);
    var size = 0;
    for (var i = 0; i < len; i++) {
        chunks[i] = data[i].chunk;
        size += chunks[i].length;
    }
    this[kIsPerformingIO] = true;
    writevAll(this, chunks, size, this.pos, function (er) {
        self[kIsPerformingIO] = false;
        if (self.destroyed) {
            cb(er);
            self.emit(kIoDone, er);
            return;
        }
        cb(er);
    }, 0);
    if (this.pos !== undefined) {
        this.pos += size;
    }
};

WriteStream.prototype._destroy = function (err, cb) {
    var self = this;
    if (this[kIsPerformingIO]) {
        this.once(kIoDone, function (er) {
            close(self, err || er, cb);
        });
    } else {
        close(this, err, cb);
    }
};

WriteStream.prototype.close = function (cb) {
    if (cb) {
        if (this.closed) {
            process.nextTick(cb);
            return;
        }
        this.on('close', cb);
    }
    /* Without autoClose, destroy on 'finish'. */
    if (!this.autoClose) {
        this.on('finish', this.destroy);
    }
    /* end() rather than destroy(): what was written must reach the file first. */
    this.end();
};

/* There is no shutdown() for files. */
WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
    get: function () {
        return this.fd === null;
    },
    configurable: true
});

module.exports = {
    ReadStream: ReadStream,
    WriteStream: WriteStream
};
