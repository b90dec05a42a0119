'use strict';
/* js/internal/fs/promises.js: fs.promises and 'fs/promises' (Node's internal/fs/promises):
 * FileHandle and the promise form of every call.
 *
 * Each function behaves as Node's async function: argument errors reject the returned promise
 * rather than throw.  The syscalls run on the worker pool through the binding's callback form;
 * Promise is looked up at call time (js/internal/polyfills/promise.js provides it). */

var binding = internalBinding('fs');
var pathModule = require('path');
var validators = require('internal/validators');
var utils = require('internal/fs/utils');
var EventEmitter = require('events');

var constants = utils.constants;
var getOptions = utils.getOptions;
var getValidatedFd = utils.getValidatedFd;
var getValidatedPath = utils.getValidatedPath;
var getValidMode = utils.getValidMode;
var getStatsFromBinding = utils.getStatsFromBinding;
var isArrayBufferView = utils.isArrayBufferView;
var parseFileMode = utils.parseFileMode;
var stringToFlags = utils.stringToFlags;
var toUnixTimestamp = utils.toUnixTimestamp;
var bindingEncoding = utils.bindingEncoding;
var encodeResult = utils.encodeResult;
var toBuffer = utils.toBuffer;
var validateInteger = validators.validateInteger;
var validateBoolean = validators.validateBoolean;
var kMaxUserId = utils.kMaxUserId;

var kFd = Symbol('kFd');
var kRefs = Symbol('kRefs');
var kClosePromise = Symbol('kClosePromise');
var kCloseResolve = Symbol('kCloseResolve');
var kCloseReject = Symbol('kCloseReject');


function codes() {
    return require('internal/errors').codes;
}

/* Calls binding[name](args..., callback) and returns a promise of the result.  The callback
 * drops args (a read's or write's buffer) when called: its scope is freed only by the next
 * mark-and-sweep (readChecked in js/fs.js). */
function call(name, args) {
    return new Promise(function (resolve, reject) {
        args.push(function (err, result) {
            args = null;
            if (err) {
                reject(err);
            } else {
                resolve(result);
            }
        });
        binding[name].apply(binding, args);
    });
}

/* Wraps fn as an async function: a synchronous throw becomes a rejection. */
function async(fn) {
    return function () {
        try {
            return Promise.resolve(fn.apply(this, arguments));
        } catch (err) {
            return Promise.reject(err);
        }
    };
}

/* A result object as Node returns them: { bytesRead, buffer } with a null prototype. */
function result2(k1, v1, k2, v2) {
    var o = Object.create(null);
    o[k1] = v1;
    o[k2] = v2;
    return o;
}

function validateStringAfterArrayBufferView(buffer, name) {
    if (typeof buffer !== 'string') {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'TypedArray',
                                                       'DataView'], buffer);
    }
}

function checkAborted(signal) {
    if (signal && signal.aborted) {
        var AbortError = require('internal/errors').AbortError;
        throw new AbortError(undefined, { cause: signal.reason });
    }
}

function zeroedBuffer(size) {
    if (typeof Buffer.alloc === 'function') {
        return Buffer.alloc(size);
    }
    return toBuffer(new Uint8Array(size));
}

/* ------------------------------------------------------------------------------------------ */
/* FileHandle */

function FileHandle(fd) {
    EventEmitter.call(this);
    Object.defineProperty(this, kFd, { value: fd, writable: true, configurable: true });
    Object.defineProperty(this, kRefs, { value: 1, writable: true, configurable: true });
    Object.defineProperty(this, kClosePromise, { value: null, writable: true,
                                                 configurable: true });
    /* Node's FileHandle has close as an own property. */
    this.close = FileHandle.prototype.close;
}
/* Node's FileHandle mixes EventEmitter in (it is not an instanceof EventEmitter). */
(function () {
    var hasOwn = Object.prototype.hasOwnProperty;
    var proto = EventEmitter.prototype;
    while (proto && proto !== Object.prototype) {
        Object.getOwnPropertyNames(proto).forEach(function (name) {
            if (name !== 'constructor' && !hasOwn.call(FileHandle.prototype, name)) {
                Object.defineProperty(FileHandle.prototype, name,
                                      Object.getOwnPropertyDescriptor(proto, name));
            }
        });
        proto = Object.getPrototypeOf(proto);
    }
})();

function defineMethods(proto, methods) {
    Object.keys(methods).forEach(function (name) {
        Object.defineProperty(proto, name, {
            value: methods[name], writable: true, enumerable: false, configurable: true
        });
    });
}

/* Node's fsCall: runs fn(handle, args...) with the handle referenced, so that close() waits
 * for operations in flight; a closed handle rejects with EBADF 'file closed'. */
function fsCall(fn, handle, args, syscall) {
    if (handle[kFd] === -1) {
        var err = new Error('file closed');
        err.code = 'EBADF';
        err.syscall = syscall;
        return Promise.reject(err);
    }
    handle[kRefs]++;
    var p;
    try {
        p = Promise.resolve(fn.apply(null, [handle].concat(args)));
    } catch (e) {
        p = Promise.reject(e);
    }
    return p.then(function (value) {
        unref(handle);
        return value;
    }, function (e) {
        unref(handle);
        throw e;
    });
}

/* Drops one reference; the last one closes the descriptor (close() was called meanwhile). */
function unref(handle) {
    if (--handle[kRefs] === 0) {
        var fd = handle[kFd];
        handle[kFd] = -1;
        binding.close(fd, function (err) {
            if (err) {
                handle[kCloseReject](err);
            } else {
                handle[kCloseResolve]();
            }
        });
    }
}

/* Takes one more reference (a stream over the handle); unref() drops it. */
function ref(handle) {
    handle[kRefs]++;
}

/* Returns a promise of closing fd now. */
function closeFd(fd) {
    return call('close', [fd]);
}

defineMethods(FileHandle.prototype, {
    getAsyncId: function () {
        return -1;
    },
    appendFile: function (data, options) {
        return fsCall(writeFileHandle, this, [data, appendOptions(options, true)], 'write');
    },
    chmod: function (mode) {
        return fsCall(function (h, m) {
            return call('fchmod', [h[kFd], parseFileMode(m, 'mode')]);
        }, this, [mode], 'fchmod');
    },
    chown: function (uid, gid) {
        return fsCall(function (h) {
            validateInteger(uid, 'uid', -1, kMaxUserId);
            validateInteger(gid, 'gid', -1, kMaxUserId);
            return call('fchown', [h[kFd], uid, gid]);
        }, this, [], 'fchown');
    },
    datasync: function () {
        return fsCall(function (h) {
            return call('fdatasync', [h[kFd]]);
        }, this, [], 'fdatasync');
    },
    sync: function () {
        return fsCall(function (h) {
            return call('fsync', [h[kFd]]);
        }, this, [], 'fsync');
    },
    read: function (buffer, offset, length, position) {
        return fsCall(read, this, [buffer, offset, length, position, arguments.length], 'read');
    },
    readv: function (buffers, position) {
        return fsCall(readv, this, [buffers, position], 'read');
    },
    readFile: function (options) {
        return fsCall(readFileHandle, this, [options], 'read');
    },
    readLines: function (options) {
        var readline = require('readline');
        return readline.createInterface({
            input: this.createReadStream(options),
            crlfDelay: Infinity
        });
    },
    stat: function (options) {
        return fsCall(function (h) {
            return call('fstat', [h[kFd]]).then(getStatsFromBinding);
        }, this, [], 'fstat');
    },
    truncate: function (len) {
        return fsCall(function (h) {
            if (len === undefined) {
                len = 0;
            }
            validateInteger(len, 'len');
            return call('ftruncate', [h[kFd], Math.max(0, len)]);
        }, this, [], 'ftruncate');
    },
    utimes: function (atime, mtime) {
        return fsCall(function (h) {
            return call('futimes', [h[kFd], toUnixTimestamp(atime), toUnixTimestamp(mtime)]);
        }, this, [], 'futime');
    },
    write: function (buffer, offsetOrOptions, length, position) {
        return fsCall(write, this, [buffer, offsetOrOptions, length, position], 'write');
    },
    writev: function (buffers, position) {
        return fsCall(writev, this, [buffers, position], 'write');
    },
    writeFile: function (data, options) {
        return fsCall(writeFileHandle, this, [data, options], 'write');
    },
    close: function () {
        var self = this;
        if (this[kFd] === -1) {
            return Promise.resolve();
        }
        if (this[kClosePromise]) {
            return this[kClosePromise];
        }
        var promise;
        this[kRefs]--;
        if (this[kRefs] === 0) {
            var fd = this[kFd];
            this[kFd] = -1;
            promise = closeFd(fd);
        } else {
            promise = new Promise(function (resolve, reject) {
                self[kCloseResolve] = resolve;
                self[kCloseReject] = reject;
            });
        }
        this[kClosePromise] = promise.then(function () {
            self[kClosePromise] = null;
        }, function (err) {
            self[kClosePromise] = null;
            throw err;
        });
        this.emit('close');
        return this[kClosePromise];
    },
    createReadStream: function (options) {
        var streams = require('internal/fs/streams');
        var opts = utils.mergeOptions(options || {}, { fd: this });
        return new streams.ReadStream(undefined, opts);
    },
    createWriteStream: function (options) {
        var streams = require('internal/fs/streams');
        var opts = utils.mergeOptions(options || {}, { fd: this });
        return new streams.WriteStream(undefined, opts);
    },
    readableWebStream: function () {
        throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('readableWebStream()');
    }
});

Object.defineProperty(FileHandle.prototype, 'fd', {
    get: function () {
        return this[kFd];
    },
    enumerable: false,
    configurable: true
});

if (Symbol.asyncDispose) {
    Object.defineProperty(FileHandle.prototype, Symbol.asyncDispose, {
        value: function () {
            return this.close();
        },
        writable: true, enumerable: false, configurable: true
    });
}

/* ------------------------------------------------------------------------------------------ */
/* FileHandle operations (Node's read, readv, write, writev, readFileHandle, writeFileHandle) */

function read(handle, bufferOrParams, offset, length, position, argc) {
    var buffer = bufferOrParams;
    if (!isArrayBufferView(buffer)) {
        /* read(options) or read() */
        var params = bufferOrParams == null ? {} : bufferOrParams;
        validators.validateObject(params, 'options', validators.kValidateObjectAllowNullable);
        buffer = params.buffer === undefined ? zeroedBuffer(16384) : params.buffer;
        offset = params.offset === undefined ? 0 : params.offset;
        length = params.length === undefined ? buffer.byteLength - offset : params.length;
        position = params.position === undefined ? null : params.position;
    } else if (offset !== null && typeof offset === 'object') {
        /* read(buffer, options) */
        var o = offset;
        offset = o.offset === undefined ? 0 : o.offset;
        length = o.length === undefined ? buffer.byteLength - offset : o.length;
        position = o.position === undefined ? null : o.position;
    }
    if (offset == null) {
        offset = 0;
    } else {
        validateInteger(offset, 'offset', 0);
    }
    length = length === undefined ? buffer.byteLength - offset : length;
    length |= 0;
    if (length === 0) {
        return result2('bytesRead', length, 'buffer', buffer);
    }
    if (buffer.byteLength === 0) {
        throw new (codes().ERR_INVALID_ARG_VALUE)('buffer', buffer,
                                                  'is empty and cannot be written');
    }
    utils.validateOffsetLengthRead(offset, length, buffer.byteLength);
    if (position == null) {
        position = -1;
    }
    utils.validatePosition(position, 'position', length);
    return call('read', [handle[kFd], buffer, offset, length, position]).then(function (n) {
        return result2('bytesRead', n, 'buffer', buffer);
    });
}

function validateBufferArray(buffers) {
    if (!Array.isArray(buffers)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('buffers', 'ArrayBufferView[]', buffers);
    }
    for (var i = 0; i < buffers.length; i++) {
        if (!isArrayBufferView(buffers[i])) {
            throw new (codes().ERR_INVALID_ARG_TYPE)('buffers', 'ArrayBufferView[]', buffers);
        }
    }
}

function readv(handle, buffers, position) {
    validateBufferArray(buffers);
    if (typeof position !== 'number') {
        position = -1;
    }
    return call('readv', [handle[kFd], buffers, position]).then(function (n) {
        return result2('bytesRead', n, 'buffers', buffers);
    });
}

function write(handle, buffer, offsetOrOptions, length, position) {
    if (buffer && buffer.byteLength === 0) {
        return result2('bytesWritten', 0, 'buffer', buffer);
    }
    if (isArrayBufferView(buffer)) {
        var offset = offsetOrOptions;
        if (offset !== null && typeof offset === 'object') {
            var o = offset;
            offset = o.offset === undefined ? 0 : o.offset;
            length = o.length === undefined ? buffer.byteLength - offset : o.length;
            position = o.position === undefined ? null : o.position;
        }
        if (offset == null) {
            offset = 0;
        } else {
            validateInteger(offset, 'offset', 0);
        }
        if (typeof length !== 'number') {
            length = buffer.byteLength - offset;
        }
        if (typeof position !== 'number') {
            position = -1;
        }
        utils.validateOffsetLengthWrite(offset, length, buffer.byteLength);
        return call('writeBuffer', [handle[kFd], buffer, offset, length, position])
            .then(function (n) {
                return result2('bytesWritten', n, 'buffer', buffer);
            });
    }
    validateStringAfterArrayBufferView(buffer, 'buffer');
    var pos = typeof offsetOrOptions === 'number' ? offsetOrOptions : -1;
    var enc = utils.normalizeEncoding(length);
    var p;
    if (enc === 'utf8' || enc === undefined) {
        p = call('writeString', [handle[kFd], buffer, pos]);
    } else {
        var bytes = utils.bufferFromString(buffer, enc);
        p = call('writeBuffer', [handle[kFd], bytes, 0, bytes.byteLength, pos]);
    }
    return p.then(function (n) {
        return result2('bytesWritten', n, 'buffer', buffer);
    });
}

function writev(handle, buffers, position) {
    validateBufferArray(buffers);
    if (typeof position !== 'number') {
        position = -1;
    }
    if (buffers.length === 0) {
        return result2('bytesWritten', 0, 'buffers', buffers);
    }
    return call('writeBuffers', [handle[kFd], buffers, position]).then(function (n) {
        return result2('bytesWritten', n, 'buffers', buffers);
    });
}

function readFileHandle(handle, options) {
    options = getOptions(options, { flag: 'r' });
    checkAborted(options.signal);
    var enc = options.encoding;
    var asString = enc && utils.normalizeEncoding(enc) === 'utf8';
    return call('readFile', [handle[kFd], 0, asString ? utils.kEncUtf8 : utils.kEncBuffer])
        .then(function (data) {
            checkAborted(options.signal);
            if (typeof data === 'string') {
                return data;
            }
            var buffer = toBuffer(data);
            return enc ? buffer.toString(enc) : buffer;
        });
}

/* Returns whether v is an iterable or async iterable that is not a string or a buffer. */
function isIterable(v) {
    return v != null && typeof v === 'object' && !isArrayBufferView(v) &&
        (typeof v[Symbol.iterator] === 'function' ||
         (Symbol.asyncIterator && typeof v[Symbol.asyncIterator] === 'function'));
}

/* Writes every chunk of an (async) iterable in order. */
function writeIterable(fd, iterable, encoding, signal) {
    var it = Symbol.asyncIterator && typeof iterable[Symbol.asyncIterator] === 'function'
        ? iterable[Symbol.asyncIterator]() : iterable[Symbol.iterator]();
    function step() {
        checkAborted(signal);
        return Promise.resolve(it.next()).then(function (r) {
            if (r.done) {
                return undefined;
            }
            var chunk = r.value;
            var data = typeof chunk === 'string' && utils.normalizeEncoding(encoding) !== 'utf8'
                ? utils.bufferFromString(chunk, encoding) : chunk;
            if (typeof data !== 'string' && !isArrayBufferView(data)) {
                throw new (codes().ERR_INVALID_ARG_TYPE)('chunk', ['string', 'Buffer',
                    'TypedArray', 'DataView'], data);
            }
            return call('writeFile', [fd, data, 0, 0, false, -1]).then(step);
        });
    }
    return step();
}

function writeFileHandle(handle, data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'w', flush: false });
    checkAborted(options.signal);
    if (isIterable(data)) {
        return writeIterable(handle[kFd], data, options.encoding, options.signal);
    }
    if (!isArrayBufferView(data)) {
        validateStringAfterArrayBufferView(data, 'data');
        if (utils.normalizeEncoding(options.encoding) !== 'utf8') {
            data = utils.bufferFromString(data, options.encoding);
        }
    }
    return call('writeFile', [handle[kFd], data, 0, 0, false, -1]).then(function () {
        return undefined;
    });
}

function appendOptions(options, forHandle) {
    options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'a' });
    options = utils.mergeOptions({}, options);
    options.flag = options.flag || 'a';
    return options;
}

/* ------------------------------------------------------------------------------------------ */
/* The promise API */

var access = async(function (path, mode) {
    path = getValidatedPath(path);
    mode = getValidMode(mode, 'access');
    return call('access', [path, mode]);
});

var copyFile = async(function (src, dest, mode) {
    src = getValidatedPath(src, 'src');
    dest = getValidatedPath(dest, 'dest');
    mode = getValidMode(mode, 'copyFile');
    return call('copyFile', [src, dest, mode]);
});

var cp = async(function (src, dest, options) {
    return new Promise(function (resolve, reject) {
        require('internal/fs/cp').cp(src, dest, options, function (err) {
            if (err) {
                reject(err);
            } else {
                resolve();
            }
        });
    });
});

var open = async(function (path, flags, mode) {
    path = getValidatedPath(path);
    var flagsNumber = stringToFlags(flags);
    mode = parseFileMode(mode, 'mode', 438);
    return call('open', [path, flagsNumber, mode]).then(function (fd) {
        return new FileHandle(fd);
    });
});

var opendir = async(function (path, options) {
    return new Promise(function (resolve, reject) {
        require('internal/fs/dir').opendir(path, options, function (err, dir) {
            if (err) {
                reject(err);
            } else {
                resolve(dir);
            }
        });
    });
});

var rename = async(function (oldPath, newPath) {
    oldPath = getValidatedPath(oldPath, 'oldPath');
    newPath = getValidatedPath(newPath, 'newPath');
    return call('rename', [oldPath, newPath]);
});

var truncate = async(function (path, len) {
    if (len === undefined) {
        len = 0;
    }
    return open(path, 'r+').then(function (fd) {
        return fd.truncate(len).then(function () {
            return fd.close();
        }, function (err) {
            return fd.close().then(function () {
                throw err;
            });
        });
    });
});

var rm = async(function (path, options) {
    path = getValidatedPath(path);
    return new Promise(function (resolve, reject) {
        utils.validateRmOptions(path, options, false, function (err, o) {
            if (err) {
                reject(err);
                return;
            }
            require('internal/fs/rimraf').rimraf(path, o, function (err2) {
                if (err2) {
                    reject(err2);
                } else {
                    resolve();
                }
            });
        });
    });
});

var rmdir = async(function (path, options) {
    path = getValidatedPath(path);
    options = utils.validateRmdirOptions(options);
    if (options.recursive) {
        return new Promise(function (resolve, reject) {
            require('fs').rmdir(path, options, function (err) {
                if (err) {
                    reject(err);
                } else {
                    resolve();
                }
            });
        });
    }
    return call('rmdir', [path]);
});

var mkdir = async(function (path, options) {
    if (typeof options === 'number' || typeof options === 'string') {
        options = { mode: options };
    }
    var recursive = options && options.recursive !== undefined ? options.recursive : false;
    var mode = options && options.mode !== undefined ? options.mode : 511;
    path = getValidatedPath(path);
    validateBoolean(recursive, 'options.recursive');
    return call('mkdir', [path, parseFileMode(mode, 'mode', 511), recursive])
        .then(function (first) {
            return recursive ? first : undefined;
        });
});

function readdirRecursive(originalPath, options) {
    var withFileTypes = !!options.withFileTypes;
    var encoding = options.encoding;
    var enc = bindingEncoding(encoding);
    var result = [];
    var queue = [];
    function readOne(path) {
        return call('readdir', [path, withFileTypes, enc]);
    }
    function drain() {
        if (queue.length === 0) {
            return Promise.resolve(result);
        }
        var item = queue.pop();
        var path = item[0];
        var entries = item[1];
        var i = 0;
        function next() {
            if (withFileTypes) {
                var dirents = item[2];
                if (dirents === undefined) {
                    for (var j = 0; j < entries[0].length; j++) {
                        entries[0][j] = encodeResult(entries[0][j], encoding);
                    }
                    dirents = item[2] = utils.getDirentsSync(path, entries);
                }
                while (i < dirents.length) {
                    var dirent = dirents[i++];
                    result.push(dirent);
                    if (dirent.isDirectory()) {
                        var direntPath = pathModule.join(path, utils.pathToString(dirent.name));
                        return readOne(direntPath).then(function (r) {
                            queue.push([direntPath, r]);
                            return next();
                        });
                    }
                }
                return drain();
            }
            while (i < entries.length) {
                var name = utils.pathToString(entries[i++]);
                var entPath = pathModule.join(path, name);
                var rel = pathModule.relative(originalPath, entPath);
                result.push(enc === utils.kEncBuffer
                    ? encodeResult(utils.bufferFromString(rel, 'utf8'), encoding) : rel);
                if (binding.internalModuleStat(entPath) === 1) {
                    return readOne(entPath).then(function (r) {
                        queue.push([entPath, r]);
                        return next();
                    });
                }
            }
            return drain();
        }
        return next();
    }
    return readOne(originalPath).then(function (r) {
        queue.push([originalPath, r]);
        return drain();
    });
}

var readdir = async(function (path, options) {
    options = getOptions(options);
    path = getValidatedPath(path);
    if (options.recursive) {
        return readdirRecursive(utils.pathToString(path), options);
    }
    var withFileTypes = !!options.withFileTypes;
    return call('readdir', [path, withFileTypes, bindingEncoding(options.encoding)])
        .then(function (result) {
            if (!withFileTypes) {
                if (bindingEncoding(options.encoding) === utils.kEncBuffer) {
                    for (var i = 0; i < result.length; i++) {
                        result[i] = encodeResult(result[i], options.encoding);
                    }
                }
                return result;
            }
            for (var j = 0; j < result[0].length; j++) {
                result[0][j] = encodeResult(result[0][j], options.encoding);
            }
            return new Promise(function (resolve, reject) {
                utils.getDirents(path, result, function (err, dirents) {
                    if (err) {
                        reject(err);
                    } else {
                        resolve(dirents);
                    }
                });
            });
        });
});

var readlink = async(function (path, options) {
    options = getOptions(options);
    path = getValidatedPath(path, 'oldPath');
    return call('readlink', [path, bindingEncoding(options.encoding)]).then(function (r) {
        return encodeResult(r, options.encoding);
    });
});

var symlink = async(function (target, path, type) {
    type = typeof type === 'string' ? type : null;
    target = getValidatedPath(target, 'target');
    path = getValidatedPath(path);
    return call('symlink', [target, path, utils.stringToSymlinkType(type)]);
});

var lstat = async(function (path, options) {
    path = getValidatedPath(path);
    return call('lstat', [path]).then(getStatsFromBinding);
});

var stat = async(function (path, options) {
    path = getValidatedPath(path);
    return call('stat', [path]).then(getStatsFromBinding);
});

var statfs = async(function (path, options) {
    path = getValidatedPath(path);
    return call('statfs', [path]).then(utils.getStatFsFromBinding);
});

var link = async(function (existingPath, newPath) {
    existingPath = getValidatedPath(existingPath, 'existingPath');
    newPath = getValidatedPath(newPath, 'newPath');
    return call('link', [existingPath, newPath]);
});

var unlink = async(function (path) {
    return call('unlink', [getValidatedPath(path)]);
});

var chmod = async(function (path, mode) {
    path = getValidatedPath(path);
    mode = parseFileMode(mode, 'mode');
    return call('chmod', [path, mode]);
});

var lchmod = async(function (path, mode) {
    throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('lchmod()');
});

var lchown = async(function (path, uid, gid) {
    path = getValidatedPath(path);
    validateInteger(uid, 'uid', -1, kMaxUserId);
    validateInteger(gid, 'gid', -1, kMaxUserId);
    return call('lchown', [path, uid, gid]);
});

var chown = async(function (path, uid, gid) {
    path = getValidatedPath(path);
    validateInteger(uid, 'uid', -1, kMaxUserId);
    validateInteger(gid, 'gid', -1, kMaxUserId);
    return call('chown', [path, uid, gid]);
});

var utimes = async(function (path, atime, mtime) {
    path = getValidatedPath(path);
    return call('utimes', [path, toUnixTimestamp(atime), toUnixTimestamp(mtime)]);
});

var lutimes = async(function (path, atime, mtime) {
    path = getValidatedPath(path);
    return call('lutimes', [path, toUnixTimestamp(atime), toUnixTimestamp(mtime)]);
});

var realpath = async(function (path, options) {
    options = getOptions(options);
    path = getValidatedPath(path);
    return call('realpath', [path, bindingEncoding(options.encoding)]).then(function (r) {
        return encodeResult(r, options.encoding);
    });
});

var mkdtemp = async(function (prefix, options) {
    options = getOptions(options);
    prefix = getValidatedPath(prefix, 'prefix');
    utils.warnOnNonPortableTemplate(prefix);
    return call('mkdtemp', [prefix, bindingEncoding(options.encoding)]).then(function (r) {
        return encodeResult(r, options.encoding);
    });
});

var writeFile = async(function (path, data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'w', flush: false });
    var flag = options.flag || 'w';
    var flush = options.flush === undefined ? false : options.flush;
    validateBoolean(flush, 'options.flush');
    if (!isArrayBufferView(data) && !isIterable(data)) {
        validateStringAfterArrayBufferView(data, 'data');
        if (utils.normalizeEncoding(options.encoding) !== 'utf8') {
            data = utils.bufferFromString(data, options.encoding);
        }
    }
    checkAborted(options.signal);
    if (path instanceof FileHandle) {
        return writeFileHandle(path, data, options);
    }
    path = getValidatedPath(path);
    var flags = stringToFlags(flag);
    var mode = parseFileMode(options.mode, 'mode', 438);
    if (isIterable(data)) {
        return open(path, flag, mode).then(function (fh) {
            return writeIterable(fh.fd, data, options.encoding, options.signal).then(function () {
                return fh.close();
            }, function (err) {
                return fh.close().then(function () {
                    throw err;
                });
            });
        });
    }
    var position = /a/.test(String(flag)) ? -1 : 0;
    return call('writeFile', [path, data, flags, mode, flush, position]).then(function () {
        return undefined;
    });
});

var appendFile = async(function (path, data, options) {
    return writeFile(path, data, appendOptions(options));
});

var readFile = async(function (path, options) {
    options = getOptions(options, { flag: 'r' });
    var flag = options.flag || 'r';
    if (path instanceof FileHandle) {
        return readFileHandle(path, options);
    }
    checkAborted(options.signal);
    path = getValidatedPath(path);
    var enc = options.encoding;
    var asString = enc && utils.normalizeEncoding(enc) === 'utf8';
    return call('readFile', [path, stringToFlags(flag), asString ? utils.kEncUtf8 :
        utils.kEncBuffer]).then(function (data) {
        checkAborted(options.signal);
        if (typeof data === 'string') {
            return data;
        }
        var buffer = toBuffer(data);
        return enc ? buffer.toString(enc) : buffer;
    });
});

var watch = function (filename, options) {
    return require('internal/fs/watchers').watchPromise(filename, options);
};

var exportsObject = {
    access: access,
    copyFile: copyFile,
    cp: cp,
    open: open,
    opendir: opendir,
    rename: rename,
    truncate: truncate,
    rm: rm,
    rmdir: rmdir,
    mkdir: mkdir,
    readdir: readdir,
    readlink: readlink,
    symlink: symlink,
    lstat: lstat,
    stat: stat,
    statfs: statfs,
    link: link,
    unlink: unlink,
    chmod: chmod,
    lchmod: lchmod,
    lchown: lchown,
    chown: chown,
    utimes: utimes,
    lutimes: lutimes,
    realpath: realpath,
    mkdtemp: mkdtemp,
    writeFile: writeFile,
    appendFile: appendFile,
    readFile: readFile,
    watch: watch,
    constants: constants
};

module.exports = {
    exports: exportsObject,
    FileHandle: FileHandle,
    kFd: kFd,
    ref: ref,
    unref: unref
};
