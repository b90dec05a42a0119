'use strict';
/* js/fs.js: Node's 'fs' module over internalBinding('fs') (lib/fs.c).
 *
 * Every binding call takes a last `req` argument: omitted, the call is synchronous and throws
 * Node's error; a function, the syscall runs on the worker pool and the function is called back
 * with (err) or (null, result).  This file owns Node's API: argument shapes and validation (in
 * Node's order, so the first bad argument is the one reported), defaults, encodings, Stats and
 * Dirent objects.  Whole-file reads and writes are one binding call each.  Differences from
 * Node 20 are listed in docs/api.md. */

var binding = internalBinding('fs');
var pathModule = require('path');
var validators = require('internal/validators');
var utils = require('internal/fs/utils');

var constants = utils.constants;
var F_OK = constants.F_OK;
var R_OK = constants.R_OK;
var W_OK = constants.W_OK;
var X_OK = constants.X_OK;
var S_IFMT = constants.S_IFMT;
var S_IFLNK = constants.S_IFLNK;
var S_IFDIR = constants.S_IFDIR;

var validateBoolean = validators.validateBoolean;
var validateBuffer = validators.validateBuffer;
var validateFunction = validators.validateFunction;
var validateInteger = validators.validateInteger;
var validateObject = validators.validateObject;
var kValidateObjectAllowNullable = validators.kValidateObjectAllowNullable;

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
var kEncBuffer = utils.kEncBuffer;
var kEncUtf8 = utils.kEncUtf8;
var kIoMaxLength = utils.kIoMaxLength;
var kMaxUserId = utils.kMaxUserId;

var kCustomPromisifiedSymbol = Symbol['for']('nodejs.util.promisify.custom');
var kCustomPromisifyArgsSymbol = Symbol['for']('nodule.util.promisify.customArgs');

var errorsModule;

function codes() {
    if (errorsModule === undefined) {
        errorsModule = require('internal/errors');
    }
    return errorsModule.codes;
}

/* Node's makeCallback: the callback must be a function ('cb' in messages). */
function makeCallback(cb) {
    validateFunction(cb, 'cb');
    return cb;
}

/* Node's maybeCallback: the same check, for APIs that take the callback from several slots. */
function maybeCallback(cb) {
    validateFunction(cb, 'cb');
    return cb;
}

/* A binding callback turning the stats array into a Stats object. */
function makeStatsCallback(cb) {
    validateFunction(cb, 'cb');
    return function (err, stats) {
        if (err) {
            cb(err);
            return;
        }
        cb(err, getStatsFromBinding(stats));
    };
}

/* Node's isFd: an int32 is a descriptor (negative ones fail getValidatedFd), anything else a
 * path. */
function isFd(path) {
    return (path | 0) === path;
}

/* A binding callback for results that are names: Buffers or other encodings are decoded here. */
function makeEncodedCallback(cb, encoding) {
    return function (err, result) {
        if (err) {
            cb(err);
            return;
        }
        cb(null, encodeResult(result, encoding));
    };
}

function validateStringAfterArrayBufferView(buffer, name) {
    if (typeof buffer !== 'string') {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['string', 'Buffer', 'TypedArray',
                                                       'DataView'], buffer);
    }
}

/* Node's validateEncoding for write(): hex needs an even length. */
function validateEncoding(data, encoding) {
    var normalized = utils.normalizeEncoding(encoding);
    if (normalized === 'hex' && data.length % 2 !== 0) {
        throw new (codes().ERR_INVALID_ARG_VALUE)('encoding', encoding,
                                                  'is invalid for data of length ' + data.length);
    }
}

function validateBufferArray(buffers, propName) {
    if (propName === undefined) {
        propName = 'buffers';
    }
    if (!Array.isArray(buffers)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)(propName, 'ArrayBufferView[]', buffers);
    }
    for (var i = 0; i < buffers.length; i++) {
        if (!isArrayBufferView(buffers[i])) {
            throw new (codes().ERR_INVALID_ARG_TYPE)(propName, 'ArrayBufferView[]', buffers);
        }
    }
    return buffers;
}

/* Returns data as what the binding writes: a string (UTF-8) or a byte view. */
function toWritable(data, encoding) {
    if (typeof data === 'string') {
        var enc = utils.normalizeEncoding(encoding);
        if (enc === 'utf8' || enc === undefined) {
            return data;
        }
        return utils.bufferFromString(data, enc);
    }
    return data;
}

function abortError(signal) {
    var AbortError = require('internal/errors').AbortError;
    return new AbortError(undefined, { cause: signal.reason });
}

function checkAborted(signal, callback) {
    if (signal && signal.aborted) {
        callback(abortError(signal));
        return true;
    }
    return false;
}

/* ------------------------------------------------------------------------------------------ */
/* access, exists */

function access(path, mode, callback) {
    if (typeof mode === 'function') {
        callback = mode;
        mode = F_OK;
    }
    path = getValidatedPath(path);
    mode = getValidMode(mode, 'access');
    callback = makeCallback(callback);
    binding.access(path, mode, callback);
}

function accessSync(path, mode) {
    binding.access(getValidatedPath(path), getValidMode(mode, 'access'));
}

function exists(path, callback) {
    validateFunction(callback, 'cb');
    function suppressedCallback(err) {
        callback(err ? false : true);
    }
    try {
        access(path, F_OK, suppressedCallback);
    } catch (err) {
        return callback(false);
    }
}

Object.defineProperty(exists, kCustomPromisifiedSymbol, {
    value: function exists(path) {
        return new Promise(function (resolve) {
            module.exports.exists(path, resolve);
        });
    },
    writable: false, enumerable: false, configurable: true
});

function existsSync(path) {
    try {
        path = getValidatedPath(path);
    } catch (err) {
        return false;
    }
    try {
        binding.access(path, F_OK);
        return true;
    } catch (err) {
        return false;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Whole files */

function readFileAfter(options, callback) {
    return function (err, result) {
        if (err) {
            callback(err);
            return;
        }
        if (options.signal && options.signal.aborted) {
            callback(abortError(options.signal));
            return;
        }
        if (typeof result === 'string') {
            callback(null, result);
            return;
        }
        var buffer = toBuffer(result);
        callback(null, options.encoding ? buffer.toString(options.encoding) : buffer);
    };
}

function readFile(path, options, callback) {
    callback = maybeCallback(callback || options);
    options = getOptions(options, { flag: 'r' });
    if (!isFd(path)) {
        path = getValidatedPath(path);
    } else {
        path = getValidatedFd(path);
    }
    var flags = stringToFlags(options.flag);
    if (checkAborted(options.signal, function (err) {
        process.nextTick(callback, err);
    })) {
        return;
    }
    var enc = utils.normalizeEncoding(options.encoding);
    binding.readFile(path, flags, options.encoding && enc === 'utf8' ? kEncUtf8 : kEncBuffer,
                     readFileAfter(options, callback));
}

function readFileSync(path, options) {
    options = getOptions(options, { flag: 'r' });
    if (!isFd(path)) {
        path = getValidatedPath(path);
    } else {
        path = getValidatedFd(path);
    }
    var flags = stringToFlags(options.flag);
    var enc = options.encoding;
    if (enc && utils.normalizeEncoding(enc) === 'utf8') {
        return binding.readFile(path, flags, kEncUtf8);
    }
    var buffer = toBuffer(binding.readFile(path, flags, kEncBuffer));
    return enc ? buffer.toString(enc) : buffer;
}

/* The checks writeFile and writeFileSync share; returns [ data, flags, mode, flush, position ]. */
function writeFileArgs(path, data, options) {
    validateBoolean(options.flush === undefined ? false : options.flush, 'options.flush');
    if (!isArrayBufferView(data)) {
        validateStringAfterArrayBufferView(data, 'data');
    }
    var flag = options.flag || 'w';
    var flags = stringToFlags(flag);
    var mode = parseFileMode(options.mode, 'mode', 438);
    /* Node writes a path's file from offset 0 (pwrite) unless appending; an fd at its own
     * position. */
    var position = (typeof flag === 'string' && /a/.test(flag)) || isFd(path) ? -1 : 0;
    if (typeof flag === 'number' && (flag & constants.O_APPEND)) {
        position = -1;
    }
    return [toWritable(data, options.encoding), flags, mode, !!options.flush, position];
}

function writeFile(path, data, options, callback) {
    callback = maybeCallback(callback || options);
    options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'w', flush: false });
    if (isFd(path)) {
        path = getValidatedFd(path);
    } else {
        path = getValidatedPath(path);
    }
    var a = writeFileArgs(path, data, options);
    if (checkAborted(options.signal, function (err) {
        process.nextTick(callback, err);
    })) {
        return;
    }
    binding.writeFile(path, a[0], a[1], a[2], a[3], a[4], function (err) {
        callback(err || null);
    });
}

function writeFileSync(path, data, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'w', flush: false });
    if (isFd(path)) {
        path = getValidatedFd(path);
    } else {
        path = getValidatedPath(path);
    }
    var a = writeFileArgs(path, data, options);
    binding.writeFile(path, a[0], a[1], a[2], a[3], a[4]);
}

function appendOptions(path, options) {
    options = getOptions(options, { encoding: 'utf8', mode: 438, flag: 'a' });
    options = utils.mergeOptions({}, options);
    if (!options.flag || isFd(path)) {
        options.flag = 'a';
    }
    return options;
}

function appendFile(path, data, options, callback) {
    callback = maybeCallback(callback || options);
    writeFile(path, data, appendOptions(path, options), callback);
}

function appendFileSync(path, data, options) {
    writeFileSync(path, data, appendOptions(path, options));
}

/* ------------------------------------------------------------------------------------------ */
/* Descriptors */

function defaultCloseCallback(err) {
    if (err != null) {
        throw err;
    }
}

function close(fd, callback) {
    fd = getValidatedFd(fd);
    if (callback === undefined) {
        callback = defaultCloseCallback;
    } else {
        callback = makeCallback(callback);
    }
    binding.close(fd, callback);
}

function closeSync(fd) {
    binding.close(getValidatedFd(fd));
}

function open(path, flags, mode, callback) {
    path = getValidatedPath(path);
    if (arguments.length < 3) {
        callback = flags;
        flags = 'r';
        mode = 438;
    } else if (typeof mode === 'function') {
        callback = mode;
        mode = 438;
    } else {
        mode = parseFileMode(mode, 'mode', 438);
    }
    var flagsNumber = stringToFlags(flags);
    callback = makeCallback(callback);
    binding.open(path, flagsNumber, mode, callback);
}

function openSync(path, flags, mode) {
    return binding.open(getValidatedPath(path), stringToFlags(flags),
                        parseFileMode(mode, 'mode', 438));
}

/* Node's { offset = 0, length = byteLength - offset, position = null } = params. */
function readParams(params, buffer) {
    var p = params == null ? {} : params;
    var offset = p.offset === undefined ? 0 : p.offset;
    var length = p.length === undefined
        ? (buffer == null ? undefined : buffer.byteLength) - offset : p.length;
    var position = p.position === undefined ? null : p.position;
    return [offset, length, position];
}

/* The checks read() and readSync() share after the argument shapes are sorted out.  Returns
 * the position for the binding (-1: current), or undefined for a zero-length read. */
function checkRead(buffer, offset, length, position) {
    if (offset == null) {
        offset = 0;
    } else {
        validateInteger(offset, 'offset', 0);
    }
    length |= 0;
    if (length === 0) {
        return [offset, 0, -1];
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
    return [offset, length, position];
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
    fd = getValidatedFd(fd);
    var offset = offsetOrOptions;
    var params = null;
    if (arguments.length <= 4) {
        if (arguments.length === 4) {
            validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
            callback = length;
            params = offsetOrOptions;
        } else if (arguments.length === 3) {
            if (!isArrayBufferView(buffer)) {
                params = buffer;
                buffer = params == null || params.buffer === undefined
                    ? zeroedBuffer(16384) : params.buffer;
            }
            callback = offsetOrOptions;
        } else {
            callback = buffer;
            buffer = zeroedBuffer(16384);
        }
        if (params !== undefined) {
            validateObject(params, 'options', kValidateObjectAllowNullable);
        }
        var rp = readParams(params, buffer);
        offset = rp[0];
        length = rp[1];
        position = rp[2];
    }
    validateBuffer(buffer);
    validateFunction(callback, 'cb');
    var r = checkRead(buffer, offset, length, position);
    if (r[1] === 0) {
        process.nextTick(callback, null, 0, buffer);
        return;
    }
    readChecked(fd, buffer, r, callback);
}

/* Duktape frees a closure, and with it the scope it closes over, only by mark-and-sweep (a
 * function and its prototype point at each other).  So the completion closure is made here,
 * not in read, whose scope also holds `arguments`, and lets go of the buffer when called:
 * otherwise every read's buffer waited for the next collection (docs/performance.md). */
function readChecked(fd, buffer, r, callback) {
    binding.read(fd, buffer, r[0], r[1], r[2], function (err, bytesRead) {
        var cb = callback;
        var buf = buffer;
        callback = buffer = null;
        cb(err, bytesRead || 0, buf);
    });
}

Object.defineProperty(read, kCustomPromisifyArgsSymbol, {
    value: ['bytesRead', 'buffer'], enumerable: false
});

function zeroedBuffer(size) {
    if (typeof Buffer.alloc === 'function') {
        return Buffer.alloc(size);
    }
    return toBuffer(new Uint8Array(size));
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
    fd = getValidatedFd(fd);
    validateBuffer(buffer);
    var offset = offsetOrOptions;
    if (arguments.length <= 3 || typeof offsetOrOptions === 'object') {
        if (offsetOrOptions !== undefined) {
            validateObject(offsetOrOptions, 'options', kValidateObjectAllowNullable);
        }
        var rp = readParams(offsetOrOptions, buffer);
        offset = rp[0];
        length = rp[1];
        position = rp[2];
    }
    if (offset === undefined) {
        offset = 0;
    }
    var r = checkRead(buffer, offset, length, position);
    if (r[1] === 0) {
        return 0;
    }
    return binding.read(fd, buffer, r[0], r[1], r[2]);
}

function readv(fd, buffers, position, callback) {
    fd = getValidatedFd(fd);
    validateBufferArray(buffers);
    callback = maybeCallback(callback || position);
    if (typeof position !== 'number') {
        position = -1;
    }
    binding.readv(fd, buffers, position, function (err, bytesRead) {
        callback(err, bytesRead || 0, buffers);
    });
}

Object.defineProperty(readv, kCustomPromisifyArgsSymbol, {
    value: ['bytesRead', 'buffers'], enumerable: false
});

function readvSync(fd, buffers, position) {
    fd = getValidatedFd(fd);
    validateBufferArray(buffers);
    if (typeof position !== 'number') {
        position = -1;
    }
    return binding.readv(fd, buffers, position);
}

/* Sorts out write()'s shapes for a buffer: returns [ offset, length, position ]. */
function writeBufferParams(buffer, offset, length, position, isSync) {
    if (typeof offset === 'object' && offset !== null) {
        var rp = readParams(offset, buffer);
        offset = rp[0];
        length = rp[1];
        position = rp[2];
    } else if (typeof offset === 'object') {
        var dp = readParams(null, buffer);
        offset = dp[0];
        length = dp[1];
        position = dp[2];
    }
    if (isSync) {
        if (typeof offset !== 'number') {
            offset = 0;
        }
    } else if (offset == null || typeof offset === 'function') {
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
    return [offset, length, position];
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
    fd = getValidatedFd(fd);
    var offset = offsetOrOptions;
    function wrapper(err, written) {
        var cb = callback;
        var buf = buffer;
        /* Let go of the data now, not at the next collection (readChecked). */
        callback = buffer = str = data = null;
        cb(err, written || 0, buf);
    }
    if (isArrayBufferView(buffer)) {
        callback = maybeCallback(callback || position || length || offset);
        var p = writeBufferParams(buffer, offset, typeof length === 'function' ? undefined : length,
                                  typeof position === 'function' ? undefined : position, false);
        binding.writeBuffer(fd, buffer, p[0], p[1], p[2], wrapper);
        return;
    }
    validateStringAfterArrayBufferView(buffer, 'buffer');
    if (typeof position !== 'function') {
        if (typeof offset === 'function') {
            position = offset;
            offset = null;
        } else {
            position = length;
        }
        length = 'utf8';
    }
    var str = buffer;
    validateEncoding(str, length);
    callback = maybeCallback(position);
    var pos = typeof offset === 'number' ? offset : -1;
    var data = toWritable(str, length);
    if (typeof data === 'string') {
        binding.writeString(fd, data, pos, wrapper);
    } else {
        binding.writeBuffer(fd, data, 0, data.byteLength, pos, wrapper);
    }
}

Object.defineProperty(write, kCustomPromisifyArgsSymbol, {
    value: ['bytesWritten', 'buffer'], enumerable: false
});

function writeSync(fd, buffer, offsetOrOptions, length, position) {
    fd = getValidatedFd(fd);
    var offset = offsetOrOptions;
    if (isArrayBufferView(buffer)) {
        var p = writeBufferParams(buffer, offset, length, position, true);
        return binding.writeBuffer(fd, buffer, p[0], p[1], p[2]);
    }
    validateStringAfterArrayBufferView(buffer, 'buffer');
    validateEncoding(buffer, length);
    var pos = typeof offset === 'number' ? offset : -1;
    var data = toWritable(buffer, length);
    if (typeof data === 'string') {
        return binding.writeString(fd, data, pos);
    }
    return binding.writeBuffer(fd, data, 0, data.byteLength, pos);
}

function writev(fd, buffers, position, callback) {
    fd = getValidatedFd(fd);
    validateBufferArray(buffers);
    callback = maybeCallback(callback || position);
    if (buffers.length === 0) {
        process.nextTick(callback, null, 0, buffers);
        return;
    }
    if (typeof position !== 'number') {
        position = -1;
    }
    binding.writeBuffers(fd, buffers, position, function (err, written) {
        callback(err, written || 0, buffers);
    });
}

Object.defineProperty(writev, kCustomPromisifyArgsSymbol, {
    value: ['bytesWritten', 'buffer'], enumerable: false
});

function writevSync(fd, buffers, position) {
    fd = getValidatedFd(fd);
    validateBufferArray(buffers);
    if (buffers.length === 0) {
        return 0;
    }
    if (typeof position !== 'number') {
        position = -1;
    }
    return binding.writeBuffers(fd, buffers, position);
}

function fsync(fd, callback) {
    fd = getValidatedFd(fd);
    binding.fsync(fd, makeCallback(callback));
}

function fsyncSync(fd) {
    binding.fsync(getValidatedFd(fd));
}

function fdatasync(fd, callback) {
    fd = getValidatedFd(fd);
    binding.fdatasync(fd, makeCallback(callback));
}

function fdatasyncSync(fd) {
    binding.fdatasync(getValidatedFd(fd));
}

function ftruncate(fd, len, callback) {
    if (typeof len === 'function') {
        callback = len;
        len = 0;
    } else if (len === undefined) {
        len = 0;
    }
    fd = getValidatedFd(fd);
    validateInteger(len, 'len');
    len = Math.max(0, len);
    binding.ftruncate(fd, len, makeCallback(callback));
}

function ftruncateSync(fd, len) {
    if (len === undefined) {
        len = 0;
    }
    fd = getValidatedFd(fd);
    validateInteger(len, 'len');
    binding.ftruncate(fd, Math.max(0, len));
}

var truncateWarned = false;

function showTruncateDeprecation() {
    if (!truncateWarned) {
        truncateWarned = true;
        process.emitWarning('Using fs.truncate with a file descriptor is deprecated. Please use ' +
                            'fs.ftruncate with a file descriptor instead.',
                            'DeprecationWarning', 'DEP0081');
    }
}

function truncate(path, len, callback) {
    if (typeof path === 'number') {
        showTruncateDeprecation();
        return ftruncate(path, len, callback);
    }
    if (typeof len === 'function') {
        callback = len;
        len = 0;
    } else if (len === undefined) {
        len = 0;
    }
    validateInteger(len, 'len');
    len = Math.max(0, len);
    callback = maybeCallback(callback);
    open(path, 'r+', function (er, fd) {
        if (er) {
            callback(er);
            return;
        }
        binding.ftruncate(fd, len, function (er1) {
            close(fd, function (er2) {
                callback(require('internal/errors').aggregateTwoErrors(er2, er1) || null);
            });
        });
    });
}

function truncateSync(path, len) {
    if (typeof path === 'number') {
        showTruncateDeprecation();
        return ftruncateSync(path, len);
    }
    if (len === undefined) {
        len = 0;
    }
    var fd = openSync(path, 'r+');
    try {
        ftruncateSync(fd, len);
    } finally {
        closeSync(fd);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* stat */

function stat(path, options, callback) {
    if (typeof options === 'function') {
        callback = options;
    }
    callback = makeStatsCallback(callback);
    path = getValidatedPath(path);
    binding.stat(path, callback);
}

function lstat(path, options, callback) {
    if (typeof options === 'function') {
        callback = options;
    }
    callback = makeStatsCallback(callback);
    path = getValidatedPath(path);
    binding.lstat(path, callback);
}

function fstat(fd, options, callback) {
    if (typeof options === 'function') {
        callback = options;
    }
    fd = getValidatedFd(fd);
    callback = makeStatsCallback(callback);
    binding.fstat(fd, callback);
}

/* statSync/lstatSync with throwIfNoEntry: false return undefined for a missing path. */
function statWith(fn, path, options) {
    var stats;
    try {
        stats = fn(path);
    } catch (err) {
        if (options && options.throwIfNoEntry === false && err.code === 'ENOENT') {
            return undefined;
        }
        throw err;
    }
    return getStatsFromBinding(stats);
}

function statSync(path, options) {
    return statWith(binding.stat, getValidatedPath(path), options);
}

function lstatSync(path, options) {
    return statWith(binding.lstat, getValidatedPath(path), options);
}

function fstatSync(fd, options) {
    return getStatsFromBinding(binding.fstat(getValidatedFd(fd)));
}

function statfs(path, options, callback) {
    if (typeof options === 'function') {
        callback = options;
    }
    validateFunction(callback, 'cb');
    path = getValidatedPath(path);
    binding.statfs(path, function (err, s) {
        if (err) {
            callback(err);
            return;
        }
        callback(null, utils.getStatFsFromBinding(s));
    });
}

function statfsSync(path, options) {
    return utils.getStatFsFromBinding(binding.statfs(getValidatedPath(path)));
}

/* ------------------------------------------------------------------------------------------ */
/* Directories */

function readdirSyncRecursive(basePath, options) {
    var withFileTypes = Boolean(options.withFileTypes);
    var encoding = options.encoding;
    var enc = bindingEncoding(encoding);
    var results = [];
    var queue = [basePath];
    function readOne(path) {
        var result = binding.readdir(path, withFileTypes, enc);
        if (withFileTypes) {
            var names = result[0];
            for (var i = 0; i < names.length; i++) {
                names[i] = encodeResult(names[i], encoding);
            }
            var dirents = utils.getDirentsSync(path, result);
            for (var j = 0; j < dirents.length; j++) {
                results.push(dirents[j]);
                if (dirents[j].isDirectory()) {
                    queue.push(pathModule.join(dirents[j].parentPath, dirents[j].name));
                }
            }
        } else {
            for (var k = 0; k < result.length; k++) {
                var name = utils.pathToString(result[k]);
                var resultPath = pathModule.join(path, name);
                var relative = pathModule.relative(basePath, resultPath);
                results.push(encoding === 'buffer' || enc === kEncBuffer
                    ? encodeResult(utils.bufferFromString(relative, 'utf8'), encoding) : relative);
                if (binding.internalModuleStat(resultPath) === 1) {
                    queue.push(resultPath);
                }
            }
        }
    }
    for (var i = 0; i < queue.length; i++) {
        readOne(queue[i]);
    }
    return results;
}

function readdir(path, options, callback) {
    callback = makeCallback(typeof options === 'function' ? options : callback);
    options = getOptions(options);
    path = getValidatedPath(path);
    if (options.recursive != null) {
        validateBoolean(options.recursive, 'options.recursive');
    }
    if (options.recursive) {
        /* Node 20 does the recursive walk synchronously and calls back before returning. */
        callback(null, readdirSyncRecursive(utils.pathToString(path), options));
        return;
    }
    var encoding = options.encoding;
    var withFileTypes = !!options.withFileTypes;
    binding.readdir(path, withFileTypes, bindingEncoding(encoding), function (err, result) {
        if (err) {
            callback(err);
            return;
        }
        if (!withFileTypes) {
            callback(null, encodeNames(result, encoding));
            return;
        }
        encodeNames(result[0], encoding);
        utils.getDirents(path, result, callback);
    });
}

/* Decodes a names array in place for encodings other than UTF-8. */
function encodeNames(names, encoding) {
    if (bindingEncoding(encoding) === kEncBuffer) {
        for (var i = 0; i < names.length; i++) {
            names[i] = encodeResult(names[i], encoding);
        }
    }
    return names;
}

function readdirSync(path, options) {
    options = getOptions(options);
    path = getValidatedPath(path);
    if (options.recursive != null) {
        validateBoolean(options.recursive, 'options.recursive');
    }
    if (options.recursive) {
        return readdirSyncRecursive(utils.pathToString(path), options);
    }
    var withFileTypes = !!options.withFileTypes;
    var result = binding.readdir(path, withFileTypes, bindingEncoding(options.encoding));
    if (!withFileTypes) {
        return encodeNames(result, options.encoding);
    }
    encodeNames(result[0], options.encoding);
    return utils.getDirentsSync(path, result);
}

/* Sorts out mkdir's options: returns [ mode, recursive ]. */
function mkdirOptions(options) {
    var mode = 511;
    var recursive = false;
    if (typeof options === 'number' || typeof options === 'string') {
        mode = parseFileMode(options, 'mode');
    } else if (options && typeof options !== 'function') {
        if (options.recursive !== undefined) {
            recursive = options.recursive;
        }
        if (options.mode !== undefined) {
            mode = parseFileMode(options.mode, 'mode');
        }
    }
    return [mode, recursive];
}

function mkdir(path, options, callback) {
    if (typeof options === 'function') {
        callback = options;
    }
    var o = mkdirOptions(options);
    callback = makeCallback(callback);
    path = getValidatedPath(path);
    validateBoolean(o[1], 'options.recursive');
    if (o[1]) {
        binding.mkdir(path, o[0], true, makeEncodedCallback(callback, 'utf8'));
    } else {
        binding.mkdir(path, o[0], false, callback);
    }
}

function mkdirSync(path, options) {
    var o = mkdirOptions(options);
    path = getValidatedPath(path);
    validateBoolean(o[1], 'options.recursive');
    var result = binding.mkdir(path, o[0], o[1]);
    if (o[1]) {
        return result;
    }
}

function mkdtemp(prefix, options, callback) {
    callback = makeCallback(typeof options === 'function' ? options : callback);
    options = getOptions(options);
    prefix = getValidatedPath(prefix, 'prefix');
    utils.warnOnNonPortableTemplate(prefix);
    binding.mkdtemp(prefix, bindingEncoding(options.encoding),
                    makeEncodedCallback(callback, options.encoding));
}

function mkdtempSync(prefix, options) {
    options = getOptions(options);
    prefix = getValidatedPath(prefix, 'prefix');
    utils.warnOnNonPortableTemplate(prefix);
    return encodeResult(binding.mkdtemp(prefix, bindingEncoding(options.encoding)),
                        options.encoding);
}

var rmdirWarned = false;

function emitRecursiveRmdirWarning() {
    if (!rmdirWarned) {
        rmdirWarned = true;
        process.emitWarning('In future versions of Node.js, fs.rmdir(path, { recursive: true }) ' +
                            'will be removed. Use fs.rm(path, { recursive: true }) instead',
                            'DeprecationWarning', 'DEP0147');
    }
}

function rmdir(path, options, callback) {
    if (typeof options === 'function') {
        callback = options;
        options = undefined;
    }
    callback = makeCallback(callback);
    path = getValidatedPath(path);
    if (options && options.recursive) {
        emitRecursiveRmdirWarning();
        var opts = utils.mergeOptions(options, { force: false });
        utils.validateRmOptions(path, opts, true, function (err, o) {
            if (err === false) {
                binding.rmdir(path, callback);
                return;
            }
            if (err) {
                callback(err);
                return;
            }
            require('internal/fs/rimraf').rimraf(path, o, callback);
        });
    } else {
        utils.validateRmdirOptions(options);
        binding.rmdir(path, callback);
    }
}

function rmdirSync(path, options) {
    path = getValidatedPath(path);
    if (options && options.recursive) {
        emitRecursiveRmdirWarning();
        var opts = utils.validateRmOptionsSync(path, utils.mergeOptions(options, { force: false }),
                                               true);
        if (opts !== false) {
            return require('internal/fs/rimraf').rimrafSync(path, opts);
        }
    } else {
        utils.validateRmdirOptions(options);
    }
    binding.rmdir(path);
}

function rm(path, options, callback) {
    if (typeof options === 'function') {
        callback = options;
        options = undefined;
    }
    path = getValidatedPath(path);
    utils.validateRmOptions(path, options, false, function (err, o) {
        if (err) {
            callback(err);
            return;
        }
        require('internal/fs/rimraf').rimraf(path, o, callback);
    });
}

function rmSync(path, options) {
    path = getValidatedPath(path);
    options = utils.validateRmOptionsSync(path, options, false);
    require('internal/fs/rimraf').rimrafSync(path, options);
}

function opendir(path, options, callback) {
    return require('internal/fs/dir').opendir(path, options, callback);
}

function opendirSync(path, options) {
    return require('internal/fs/dir').opendirSync(path, options);
}

/* ------------------------------------------------------------------------------------------ */
/* Names and links */

function unlink(path, callback) {
    callback = makeCallback(callback);
    path = getValidatedPath(path);
    binding.unlink(path, callback);
}

function unlinkSync(path) {
    binding.unlink(getValidatedPath(path));
}

function rename(oldPath, newPath, callback) {
    callback = makeCallback(callback);
    oldPath = getValidatedPath(oldPath, 'oldPath');
    newPath = getValidatedPath(newPath, 'newPath');
    binding.rename(oldPath, newPath, callback);
}

function renameSync(oldPath, newPath) {
    oldPath = getValidatedPath(oldPath, 'oldPath');
    newPath = getValidatedPath(newPath, 'newPath');
    binding.rename(oldPath, newPath);
}

function link(existingPath, newPath, callback) {
    callback = makeCallback(callback);
    existingPath = getValidatedPath(existingPath, 'existingPath');
    newPath = getValidatedPath(newPath, 'newPath');
    binding.link(existingPath, newPath, callback);
}

function linkSync(existingPath, newPath) {
    existingPath = getValidatedPath(existingPath, 'existingPath');
    newPath = getValidatedPath(newPath, 'newPath');
    binding.link(existingPath, newPath);
}

function symlink(target, path, type, callback) {
    type = typeof type === 'string' ? type : null;
    callback = makeCallback(arguments[arguments.length - 1]);
    target = getValidatedPath(target, 'target');
    path = getValidatedPath(path);
    var flags = utils.stringToSymlinkType(type);
    binding.symlink(target, path, flags, callback);
}

function symlinkSync(target, path, type) {
    type = typeof type === 'string' ? type : null;
    target = getValidatedPath(target, 'target');
    path = getValidatedPath(path);
    var flags = utils.stringToSymlinkType(type);
    binding.symlink(target, path, flags);
}

function readlink(path, options, callback) {
    callback = makeCallback(typeof options === 'function' ? options : callback);
    options = getOptions(options);
    path = getValidatedPath(path, 'oldPath');
    binding.readlink(path, bindingEncoding(options.encoding),
                     makeEncodedCallback(callback, options.encoding));
}

function readlinkSync(path, options) {
    options = getOptions(options);
    path = getValidatedPath(path, 'oldPath');
    return encodeResult(binding.readlink(path, bindingEncoding(options.encoding)),
                        options.encoding);
}

function copyFile(src, dest, mode, callback) {
    if (typeof mode === 'function') {
        callback = mode;
        mode = 0;
    }
    src = getValidatedPath(src, 'src');
    dest = getValidatedPath(dest, 'dest');
    mode = getValidMode(mode, 'copyFile');
    callback = makeCallback(callback);
    binding.copyFile(src, dest, mode, callback);
}

function copyFileSync(src, dest, mode) {
    src = getValidatedPath(src, 'src');
    dest = getValidatedPath(dest, 'dest');
    binding.copyFile(src, dest, getValidMode(mode, 'copyFile'));
}

function cp(src, dest, options, callback) {
    if (typeof options === 'function') {
        callback = options;
        options = undefined;
    }
    callback = makeCallback(callback);
    require('internal/fs/cp').cp(src, dest, options, callback);
}

function cpSync(src, dest, options) {
    require('internal/fs/cp').cpSync(src, dest, options);
}

/* ------------------------------------------------------------------------------------------ */
/* realpath: Node's JavaScript walk (lstat each component, readlink the links), and the
 * system's realpath(3) as realpath.native. */

function splitRoot(str) {
    for (var i = 0; i < str.length; ++i) {
        if (str.charCodeAt(i) !== 47) {
            return str.slice(0, i);
        }
    }
    return str;
}

function encodeRealpathResult(result, options) {
    if (!options || !options.encoding || options.encoding === 'utf8') {
        return result;
    }
    var asBuffer = utils.bufferFromString(result, 'utf8');
    if (options.encoding === 'buffer') {
        return asBuffer;
    }
    return asBuffer.toString(options.encoding);
}

function realpathSync(p, options) {
    options = getOptions(options);
    p = utils.toPathIfFileURL(p);
    if (typeof p !== 'string') {
        p = utils.pathToString(p);
    }
    utils.validatePath(p);
    p = pathModule.resolve(p);
    var cache = options.realpathCache || null; /* fs.realpath's internal cache: a Map */
    if (cache !== null && cache.get(p)) {
        return cache.get(p);
    }
    var seenLinks = {};
    var knownHard = {};
    var original = p;
    var current = splitRoot(p);
    var base = current;
    var pos = current.length;
    var previous;
    while (pos < p.length) {
        var result = p.indexOf('/', pos);
        previous = current;
        if (result === -1) {
            var last = p.slice(pos);
            current += last;
            base = previous + last;
            pos = p.length;
        } else {
            current += p.slice(pos, result + 1);
            base = previous + p.slice(pos, result);
            pos = result + 1;
        }
        if (knownHard['$' + base] || (cache !== null && cache.get(base) === base)) {
            continue;
        }
        var resolvedLink;
        var cached = cache !== null ? cache.get(base) : undefined;
        if (cached) {
            resolvedLink = cached;
        } else {
            var stats = binding.lstat(base);
            if ((stats[1] & S_IFMT) !== S_IFLNK) {
                knownHard['$' + base] = true;
                if (cache !== null) {
                    cache.set(base, base);
                }
                continue;
            }
            var id = '$' + stats[0].toString(32) + ':' + stats[7].toString(32);
            var linkTarget = seenLinks[id] !== undefined ? seenLinks[id] : null;
            if (linkTarget === null) {
                binding.stat(base);
                linkTarget = binding.readlink(base, kEncUtf8);
            }
            resolvedLink = pathModule.resolve(previous, linkTarget);
            if (cache !== null) {
                cache.set(base, resolvedLink);
            }
            seenLinks[id] = linkTarget;
        }
        p = pathModule.resolve(resolvedLink, p.slice(pos));
        current = base = splitRoot(p);
        pos = current.length;
    }
    if (cache !== null) {
        cache.set(original, p);
    }
    return encodeRealpathResult(p, options);
}

realpathSync.native = function (path, options) {
    options = getOptions(options);
    path = getValidatedPath(path);
    return encodeResult(binding.realpath(path, bindingEncoding(options.encoding)),
                        options.encoding);
};

function realpath(p, options, callback) {
    callback = typeof options === 'function' ? options : maybeCallback(callback);
    options = getOptions(options);
    p = utils.toPathIfFileURL(p);
    if (typeof p !== 'string') {
        p = utils.pathToString(p);
    }
    utils.validatePath(p);
    p = pathModule.resolve(p);
    var seenLinks = {};
    var knownHard = {};
    var current = splitRoot(p);
    var base = current;
    var pos = current.length;
    var previous;

    function LOOP() {
        if (pos >= p.length) {
            callback(null, encodeRealpathResult(p, options));
            return;
        }
        var result = p.indexOf('/', pos);
        previous = current;
        if (result === -1) {
            var last = p.slice(pos);
            current += last;
            base = previous + last;
            pos = p.length;
        } else {
            current += p.slice(pos, result + 1);
            base = previous + p.slice(pos, result);
            pos = result + 1;
        }
        if (knownHard['$' + base]) {
            process.nextTick(LOOP);
            return;
        }
        binding.lstat(base, gotStat);
    }

    function gotStat(err, stats) {
        if (err) {
            callback(err);
            return;
        }
        if ((stats[1] & S_IFMT) !== S_IFLNK) {
            knownHard['$' + base] = true;
            LOOP();
            return;
        }
        var id = '$' + stats[0].toString(32) + ':' + stats[7].toString(32);
        if (seenLinks[id] !== undefined) {
            gotTarget(null, seenLinks[id]);
            return;
        }
        binding.stat(base, function (err2) {
            if (err2) {
                callback(err2);
                return;
            }
            binding.readlink(base, kEncUtf8, function (err3, target) {
                if (!err3) {
                    seenLinks[id] = target;
                }
                gotTarget(err3, target);
            });
        });
    }

    function gotTarget(err, target) {
        if (err) {
            callback(err);
            return;
        }
        p = pathModule.resolve(pathModule.resolve(previous, target), p.slice(pos));
        current = base = splitRoot(p);
        pos = current.length;
        LOOP();
    }

    process.nextTick(LOOP);
}

realpath.native = function (path, options, callback) {
    callback = makeCallback(callback || options);
    options = getOptions(options);
    path = getValidatedPath(path);
    binding.realpath(path, bindingEncoding(options.encoding),
                     makeEncodedCallback(callback, options.encoding));
};

/* ------------------------------------------------------------------------------------------ */
/* Permissions, owners, times */

function chmod(path, mode, callback) {
    path = getValidatedPath(path);
    mode = parseFileMode(mode, 'mode');
    callback = makeCallback(callback);
    binding.chmod(path, mode, callback);
}

function chmodSync(path, mode) {
    path = getValidatedPath(path);
    mode = parseFileMode(mode, 'mode');
    binding.chmod(path, mode);
}

function fchmod(fd, mode, callback) {
    fd = getValidatedFd(fd);
    mode = parseFileMode(mode, 'mode');
    callback = makeCallback(callback);
    binding.fchmod(fd, mode, callback);
}

function fchmodSync(fd, mode) {
    binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'));
}

function chown(path, uid, gid, callback) {
    callback = makeCallback(callback);
    path = getValidatedPath(path);
    validateInteger(uid, 'uid', -1, kMaxUserId);
    validateInteger(gid, 'gid', -1, kMaxUserId);
    binding.chown(path, uid, gid, callback);
}

function chownSync(path, uid, gid) {
    path = getValidatedPath(path);
    validateInteger(uid, 'uid', -1, kMaxUserId);
    validateInteger(gid, 'gid', -1, kMaxUserId);
    binding.chown(path, uid, gid);
}

function lchown(path, uid, gid, callback) {
    callback = makeCallback(callback);
    path = getValidatedPath(path);
    validateInteger(uid, 'uid', -1, kMaxUserId);
    validateInteger(gid, 'gid', -1, kMaxUserId);
    binding.lchown(path, uid, gid, callback);
}

function lchownSync(path, uid, gid) {
    path = getValidatedPath(path);
    validateInteger(uid, 'uid', -1, kMaxUserId);
    validateInteger(gid, 'gid', -1, kMaxUserId);
    binding.lchown(path, uid, gid);
}

function fchown(fd, uid, gid, callback) {
    fd = getValidatedFd(fd);
    validateInteger(uid, 'uid', -1, kMaxUserId);
    validateInteger(gid, 'gid', -1, kMaxUserId);
    callback = makeCallback(callback);
    binding.fchown(fd, uid, gid, callback);
}

function fchownSync(fd, uid, gid) {
    fd = getValidatedFd(fd);
    validateInteger(uid, 'uid', -1, kMaxUserId);
    validateInteger(gid, 'gid', -1, kMaxUserId);
    binding.fchown(fd, uid, gid);
}

function utimes(path, atime, mtime, callback) {
    callback = makeCallback(callback);
    path = getValidatedPath(path);
    binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function utimesSync(path, atime, mtime) {
    path = getValidatedPath(path);
    binding.utimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

function futimes(fd, atime, mtime, callback) {
    fd = getValidatedFd(fd);
    atime = toUnixTimestamp(atime, 'atime');
    mtime = toUnixTimestamp(mtime, 'mtime');
    callback = makeCallback(callback);
    binding.futimes(fd, atime, mtime, callback);
}

function futimesSync(fd, atime, mtime) {
    fd = getValidatedFd(fd);
    binding.futimes(fd, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'));
}

function lutimes(path, atime, mtime, callback) {
    callback = makeCallback(callback);
    path = getValidatedPath(path);
    binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime), callback);
}

function lutimesSync(path, atime, mtime) {
    path = getValidatedPath(path);
    binding.lutimes(path, toUnixTimestamp(atime), toUnixTimestamp(mtime));
}

/* ------------------------------------------------------------------------------------------ */
/* Watchers and streams: loaded on first use */

function watch(filename, options, listener) {
    return require('internal/fs/watchers').watch(filename, options, listener);
}

function watchFile(filename, options, listener) {
    return require('internal/fs/watchers').watchFile(filename, options, listener);
}

function unwatchFile(filename, listener) {
    return require('internal/fs/watchers').unwatchFile(filename, listener);
}

function createReadStream(path, options) {
    var streams = require('internal/fs/streams');
    return new streams.ReadStream(path, options);
}

function createWriteStream(path, options) {
    var streams = require('internal/fs/streams');
    return new streams.WriteStream(path, options);
}

function openAsBlob(path, options) {
    throw new (codes().ERR_METHOD_NOT_IMPLEMENTED)('openAsBlob');
}

/* ------------------------------------------------------------------------------------------ */

module.exports = {
    appendFile: appendFile,
    appendFileSync: appendFileSync,
    access: access,
    accessSync: accessSync,
    chown: chown,
    chownSync: chownSync,
    chmod: chmod,
    chmodSync: chmodSync,
    close: close,
    closeSync: closeSync,
    copyFile: copyFile,
    copyFileSync: copyFileSync,
    cp: cp,
    cpSync: cpSync,
    createReadStream: createReadStream,
    createWriteStream: createWriteStream,
    exists: exists,
    existsSync: existsSync,
    fchown: fchown,
    fchownSync: fchownSync,
    fchmod: fchmod,
    fchmodSync: fchmodSync,
    fdatasync: fdatasync,
    fdatasyncSync: fdatasyncSync,
    fstat: fstat,
    fstatSync: fstatSync,
    fsync: fsync,
    fsyncSync: fsyncSync,
    ftruncate: ftruncate,
    ftruncateSync: ftruncateSync,
    futimes: futimes,
    futimesSync: futimesSync,
    lchown: lchown,
    lchownSync: lchownSync,
    lchmod: undefined,
    lchmodSync: undefined,
    link: link,
    linkSync: linkSync,
    lstat: lstat,
    lstatSync: lstatSync,
    lutimes: lutimes,
    lutimesSync: lutimesSync,
    mkdir: mkdir,
    mkdirSync: mkdirSync,
    mkdtemp: mkdtemp,
    mkdtempSync: mkdtempSync,
    open: open,
    openSync: openSync,
    openAsBlob: openAsBlob,
    readdir: readdir,
    readdirSync: readdirSync,
    read: read,
    readSync: readSync,
    readv: readv,
    readvSync: readvSync,
    readFile: readFile,
    readFileSync: readFileSync,
    readlink: readlink,
    readlinkSync: readlinkSync,
    realpath: realpath,
    realpathSync: realpathSync,
    rename: rename,
    renameSync: renameSync,
    rm: rm,
    rmSync: rmSync,
    rmdir: rmdir,
    rmdirSync: rmdirSync,
    stat: stat,
    statfs: statfs,
    statSync: statSync,
    statfsSync: statfsSync,
    symlink: symlink,
    symlinkSync: symlinkSync,
    truncate: truncate,
    truncateSync: truncateSync,
    unwatchFile: unwatchFile,
    unlink: unlink,
    unlinkSync: unlinkSync,
    utimes: utimes,
    utimesSync: utimesSync,
    watch: watch,
    watchFile: watchFile,
    writeFile: writeFile,
    writeFileSync: writeFileSync,
    write: write,
    writeSync: writeSync,
    writev: writev,
    writevSync: writevSync,
    Dirent: utils.Dirent,
    Stats: utils.Stats
};

/* The stream classes, Dir and promises load on first use, as in Node. */
function defineLazy(name, get) {
    Object.defineProperty(module.exports, name, {
        configurable: true,
        enumerable: true,
        get: get,
        set: function (value) {
            Object.defineProperty(module.exports, name, {
                value: value, writable: true, enumerable: true, configurable: true
            });
        }
    });
}

defineLazy('ReadStream', function () {
    return require('internal/fs/streams').ReadStream;
});
defineLazy('WriteStream', function () {
    return require('internal/fs/streams').WriteStream;
});
defineLazy('FileReadStream', function () {
    return require('internal/fs/streams').ReadStream;
});
defineLazy('FileWriteStream', function () {
    return require('internal/fs/streams').WriteStream;
});
module.exports._toUnixTimestamp = toUnixTimestamp;
defineLazy('Dir', function () {
    return require('internal/fs/dir').Dir;
});
module.exports.opendir = opendir;
module.exports.opendirSync = opendirSync;
module.exports.F_OK = F_OK;
module.exports.R_OK = R_OK;
module.exports.W_OK = W_OK;
module.exports.X_OK = X_OK;
module.exports.constants = constants;
Object.defineProperty(module.exports, 'promises', {
    configurable: true,
    enumerable: true,
    get: function () {
        return require('internal/fs/promises').exports;
    }
});
