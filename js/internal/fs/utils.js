'use strict';
/* js/internal/fs/utils.js: the pieces of Node's internal/fs/utils that fs, fs/promises, Dir and
 * the streams share: fs.constants, flags strings -> O_* numbers, modes, path and fd validation
 * (file: URLs included), options and encodings, Stats, StatFs and Dirent, and the turning of
 * the binding's Uint8Arrays into Buffers. */

var binding = internalBinding('fs');
var validators = require('internal/validators');

var constants = binding.constants;
var O_APPEND = constants.O_APPEND;
var O_CREAT = constants.O_CREAT;
var O_EXCL = constants.O_EXCL;
var O_RDONLY = constants.O_RDONLY;
var O_RDWR = constants.O_RDWR;
var O_SYNC = constants.O_SYNC;
var O_TRUNC = constants.O_TRUNC;
var O_WRONLY = constants.O_WRONLY;
var S_IFMT = constants.S_IFMT;
var S_IFREG = constants.S_IFREG;
var S_IFDIR = constants.S_IFDIR;
var S_IFCHR = constants.S_IFCHR;
var S_IFBLK = constants.S_IFBLK;
var S_IFIFO = constants.S_IFIFO;
var S_IFLNK = constants.S_IFLNK;
var S_IFSOCK = constants.S_IFSOCK;
var UV_DIRENT_UNKNOWN = constants.UV_DIRENT_UNKNOWN;
var UV_DIRENT_FILE = constants.UV_DIRENT_FILE;
var UV_DIRENT_DIR = constants.UV_DIRENT_DIR;
var UV_DIRENT_LINK = constants.UV_DIRENT_LINK;
var UV_DIRENT_FIFO = constants.UV_DIRENT_FIFO;
var UV_DIRENT_SOCKET = constants.UV_DIRENT_SOCKET;
var UV_DIRENT_CHAR = constants.UV_DIRENT_CHAR;
var UV_DIRENT_BLOCK = constants.UV_DIRENT_BLOCK;

/* The binding's result encodings. */
var kEncUtf8 = 0;
var kEncBuffer = 1;

var kMaxUserId = 4294967295;
/* The largest buffer Node reads or writes in one call (2 GiB - 1). */
var kIoMaxLength = 2147483647;
var kType = Symbol('type');
var kStats = Symbol('stats');

var errorsModule;

/* Returns internal/errors' codes, loading the module on first use. */
function codes() {
    if (errorsModule === undefined) {
        errorsModule = require('internal/errors');
    }
    return errorsModule.codes;
}

/* ------------------------------------------------------------------------------------------ */
/* Buffers */

/* True for Buffers, typed arrays and DataViews. */
function isArrayBufferView(value) {
    return value !== null && typeof value === 'object' && ArrayBuffer.isView(value);
}

function isUint8Array(value) {
    return value instanceof Uint8Array;
}

/* Returns a Uint8Array from the binding as a Buffer sharing its memory.  Node's Buffer is a
 * Uint8Array with Buffer.prototype (its FastBuffer); so are Duktape's own and js/buffer.js's. */
function toBuffer(u8) {
    Object.setPrototypeOf(u8, Buffer.prototype);
    return u8;
}

/* Returns a new Buffer of `size` bytes, contents unspecified. */
function allocBuffer(size) {
    if (typeof Buffer.allocUnsafe === 'function') {
        return Buffer.allocUnsafe(size);
    }
    return toBuffer(new Uint8Array(size));
}

/* Returns the bytes of a string in `encoding` as a Buffer. */
function bufferFromString(str, encoding) {
    if (typeof Buffer.from === 'function') {
        return Buffer.from(str, encoding);
    }
    return new Buffer(str); /* Duktape's own Buffer knows only UTF-8 */
}

/* Returns a view as a Uint8Array over the same bytes (DataViews and other typed arrays). */
function toUint8(view) {
    if (view instanceof Uint8Array) {
        return view;
    }
    return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

/* Decodes a Buffer/Uint8Array in `encoding` (not 'buffer'). */
function bufferToString(buf, encoding) {
    if (!(buf instanceof Buffer)) {
        buf = toBuffer(toUint8(buf));
    }
    return buf.toString(encoding);
}

/* ------------------------------------------------------------------------------------------ */
/* Encodings and options */

var encodingNames = {
    'utf8': 'utf8', 'utf-8': 'utf8',
    'ucs2': 'utf16le', 'ucs-2': 'utf16le', 'utf16le': 'utf16le', 'utf-16le': 'utf16le',
    'latin1': 'latin1', 'binary': 'latin1',
    'base64': 'base64', 'base64url': 'base64url', 'hex': 'hex', 'ascii': 'ascii'
};

/* Returns Node's canonical name of an encoding, or undefined when it is not one. */
function normalizeEncoding(enc) {
    if (enc == null || enc === 'utf8' || enc === 'utf-8') {
        return 'utf8';
    }
    if (typeof enc !== 'string') {
        return undefined;
    }
    var name = encodingNames[enc.toLowerCase()];
    return typeof name === 'string' ? name : undefined;
}

/* Throws Node's error for an encoding Buffer does not know. */
function assertEncoding(encoding) {
    if (encoding && normalizeEncoding(encoding) === undefined) {
        throw new (codes().ERR_INVALID_ARG_VALUE)('encoding', encoding, 'is invalid encoding');
    }
}

/* Node's getOptions: a string is the encoding; null and functions give the defaults. */
function getOptions(options, defaultOptions) {
    if (options == null || typeof options === 'function') {
        return defaultOptions || {};
    }
    if (typeof options === 'string') {
        var copy = {};
        for (var k in defaultOptions) {
            copy[k] = defaultOptions[k];
        }
        copy.encoding = options;
        options = copy;
    } else if (typeof options !== 'object') {
        throw new (codes().ERR_INVALID_ARG_TYPE)('options', ['string', 'Object'], options);
    }
    if (options.encoding !== 'buffer') {
        assertEncoding(options.encoding);
    }
    if (options.signal !== undefined) {
        validators.validateAbortSignal(options.signal, 'options.signal');
    }
    return options;
}

/* Returns a shallow copy of options with the defaults filled in (Node's { ...defaults, ...o }). */
function mergeOptions(defaults, options) {
    var out = {};
    var k;
    for (k in defaults) {
        out[k] = defaults[k];
    }
    for (k in options) {
        out[k] = options[k];
    }
    return out;
}

/* The binding's result encoding for an options.encoding. */
function bindingEncoding(encoding) {
    return encoding === 'buffer' || (encoding && normalizeEncoding(encoding) !== 'utf8')
        ? kEncBuffer : kEncUtf8;
}

/* Turns a binding result obtained with bindingEncoding(encoding) into the value the caller
 * asked for: the string as is, a Buffer, or bytes decoded in another encoding. */
function encodeResult(value, encoding) {
    if (value === undefined || typeof value === 'string') {
        return value;
    }
    var buf = toBuffer(value);
    if (encoding === 'buffer') {
        return buf;
    }
    return buf.toString(encoding);
}

/* ------------------------------------------------------------------------------------------ */
/* Flags, modes, fds, positions */

/* Node's stringToFlags: 'r', 'w+', 'ax' ... -> O_* bits; numbers pass through. */
function stringToFlags(flags, name) {
    if (typeof flags === 'number') {
        return flags;
    }
    if (flags == null) {
        return O_RDONLY;
    }
    switch (flags) {
    case 'r': return O_RDONLY;
    case 'rs':
    case 'sr': return O_RDONLY | O_SYNC;
    case 'r+': return O_RDWR;
    case 'rs+':
    case 'sr+': return O_RDWR | O_SYNC;
    case 'w': return O_TRUNC | O_CREAT | O_WRONLY;
    case 'wx':
    case 'xw': return O_TRUNC | O_CREAT | O_WRONLY | O_EXCL;
    case 'w+': return O_TRUNC | O_CREAT | O_RDWR;
    case 'wx+':
    case 'xw+': return O_TRUNC | O_CREAT | O_RDWR | O_EXCL;
    case 'a': return O_APPEND | O_CREAT | O_WRONLY;
    case 'ax':
    case 'xa': return O_APPEND | O_CREAT | O_WRONLY | O_EXCL;
    case 'as':
    case 'sa': return O_APPEND | O_CREAT | O_WRONLY | O_SYNC;
    case 'a+': return O_APPEND | O_CREAT | O_RDWR;
    case 'ax+':
    case 'xa+': return O_APPEND | O_CREAT | O_RDWR | O_EXCL;
    case 'as+':
    case 'sa+': return O_APPEND | O_CREAT | O_RDWR | O_SYNC;
    }
    throw new (codes().ERR_INVALID_ARG_VALUE)(name === undefined ? 'flags' : name, flags);
}

function parseFileMode(value, name, def) {
    return validators.parseFileMode(value, name, def);
}

/* Node's getValidatedFd: an int32 >= 0 (-0 reads as 0). */
function getValidatedFd(fd, propName) {
    if (fd === 0 && 1 / fd < 0) {
        return 0;
    }
    validators.validateInt32(fd, propName === undefined ? 'fd' : propName, 0);
    return fd;
}

/* access() and copyFile() modes, checked as Node 20's binding checks them. */
function getValidMode(mode, type) {
    var min = 0;
    var max = 7;
    var def = 0;
    if (type === 'copyFile') {
        def = 0;
    }
    if (mode == null) {
        return def;
    }
    if (typeof mode !== 'number' || Math.floor(mode) !== mode || !isFinite(mode) ||
        mode !== (mode | 0)) {
        var ErrType = codes().ERR_INVALID_ARG_TYPE;
        var e = new ErrType('mode', 'number', mode);
        setErrorMessage(e, 'mode must be int32 or null/undefined');
        throw e;
    }
    if (mode < min || mode > max) {
        var ErrRange = codes().ERR_OUT_OF_RANGE;
        var r = new ErrRange('mode', 'x', mode);
        setErrorMessage(r, 'mode is out of range: >= ' + min + ' && <= ' + max);
        throw r;
    }
    return mode;
}

/* Replaces the message of an ERR_* error built with another code's template (Node's binding
 * throws these codes with messages of its own). */
function setErrorMessage(err, message) {
    var old = err.message;
    Object.defineProperty(err, 'message', {
        value: message, writable: true, enumerable: false, configurable: true
    });
    if (typeof err.stack === 'string' && err.stack.indexOf(old) !== -1) {
        try {
            err.stack = err.stack.replace(old, message);
        } catch (e) {
            /* a read-only stack keeps the old first line */
        }
    }
}

/* Node's validatePosition: null/undefined, a safe integer >= -1 (bigint: not in Duktape). */
function validatePosition(position, name, length) {
    if (typeof position === 'number') {
        validators.validateInteger(position, name, -1);
    } else {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['integer', 'bigint'], position);
    }
}

function validateOffsetLengthRead(offset, length, bufferLength) {
    var ErrRange = codes().ERR_OUT_OF_RANGE;
    if (offset < 0) {
        throw new ErrRange('offset', '>= 0', offset);
    }
    if (length < 0) {
        throw new ErrRange('length', '>= 0', length);
    }
    if (offset + length > bufferLength) {
        throw new ErrRange('length', '<= ' + (bufferLength - offset), length);
    }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
    var ErrRange = codes().ERR_OUT_OF_RANGE;
    if (offset > byteLength) {
        throw new ErrRange('offset', '<= ' + byteLength, offset);
    }
    if (length > byteLength - offset) {
        throw new ErrRange('length', '<= ' + (byteLength - offset), length);
    }
    if (length < 0) {
        throw new ErrRange('length', '>= 0', length);
    }
    validators.validateInt32(length, 'length', 0);
}

/* Node's toUnixTimestamp: seconds from a number, a numeric string or a Date. */
function toUnixTimestamp(time, name) {
    if (typeof time === 'string' && +time == time) {
        return +time;
    }
    if (typeof time === 'number' && isFinite(time)) {
        if (time < 0) {
            return Date.now() / 1000;
        }
        return time;
    }
    if (time instanceof Date) {
        return time.getTime() / 1000;
    }
    throw new (codes().ERR_INVALID_ARG_TYPE)(name === undefined ? 'time' : name,
                                             ['Date', 'Time in seconds'], time);
}

/* ------------------------------------------------------------------------------------------ */
/* Paths */

/* Node's isURL: a WHATWG URL object (not a legacy url.parse result). */
function isURL(self) {
    return !!(self != null && self.href && self.protocol && self.auth === undefined &&
              self.path === undefined);
}

/* Node's fileURLToPath for POSIX. */
function fileURLToPath(url) {
    if (typeof url === 'string') {
        if (typeof URL !== 'function') {
            throw new (codes().ERR_INVALID_ARG_TYPE)('path', ['string', 'URL'], url);
        }
        url = new URL(url);
    } else if (!isURL(url)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('path', ['string', 'URL'], url);
    }
    if (url.protocol !== 'file:') {
        throw new (codes().ERR_INVALID_URL_SCHEME)('file');
    }
    if (url.hostname !== '') {
        throw new (codes().ERR_INVALID_FILE_URL_HOST)(process.platform);
    }
    var pathname = url.pathname;
    for (var n = 0; n < pathname.length; n++) {
        if (pathname.charAt(n) === '%') {
            var third = pathname.charCodeAt(n + 2) | 0x20;
            if (pathname.charAt(n + 1) === '2' && third === 102) {
                throw new (codes().ERR_INVALID_FILE_URL_PATH)(
                    'must not include encoded / characters');
            }
        }
    }
    return decodeURIComponent(pathname);
}

function toPathIfFileURL(fileURLOrPath) {
    if (!isURL(fileURLOrPath)) {
        return fileURLOrPath;
    }
    return fileURLToPath(fileURLOrPath);
}

function validatePath(path, propName) {
    if (propName === undefined) {
        propName = 'path';
    }
    if (typeof path === 'string') {
        if (path.indexOf('\u0000') === -1) {
            return;
        }
    } else if (isUint8Array(path)) {
        if (Array.prototype.indexOf.call(path, 0) === -1) {
            return;
        }
    } else {
        throw new (codes().ERR_INVALID_ARG_TYPE)(propName, ['string', 'Buffer', 'URL'], path);
    }
    throw new (codes().ERR_INVALID_ARG_VALUE)(
        propName, path, 'must be a string, Uint8Array, or URL without null bytes');
}

/* Node's getValidatedPath: a string or Uint8Array path, file: URLs converted. */
function getValidatedPath(fileURLOrPath, propName) {
    var path = toPathIfFileURL(fileURLOrPath);
    validatePath(path, propName);
    return path;
}

/* A path as a string, for messages and joins (Buffers decoded as UTF-8). */
function pathToString(path) {
    return typeof path === 'string' ? path : bufferToString(path, 'utf8');
}

var nonPortableTemplateWarn = true;

/* Warns once about mkdtemp() templates ending with X, as Node does. */
function warnOnNonPortableTemplate(template) {
    if (nonPortableTemplateWarn &&
        ((typeof template === 'string' && template.charAt(template.length - 1) === 'X') ||
         (typeof template !== 'string' && template[template.length - 1] === 0x58))) {
        process.emitWarning('mkdtemp() templates ending with X are not portable. ' +
                            'For details see: https://nodejs.org/api/fs.html');
        nonPortableTemplateWarn = false;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Stats */

function dateFromMs(ms) {
    return new Date(Math.round(Number(ms)));
}

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
    this.dev = dev;
    this.mode = mode;
    this.nlink = nlink;
    this.uid = uid;
    this.gid = gid;
    this.rdev = rdev;
    this.blksize = blksize;
    this.ino = ino;
    this.size = size;
    this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function () {
    return this._checkModeProperty(S_IFDIR);
};
StatsBase.prototype.isFile = function () {
    return this._checkModeProperty(S_IFREG);
};
StatsBase.prototype.isBlockDevice = function () {
    return this._checkModeProperty(S_IFBLK);
};
StatsBase.prototype.isCharacterDevice = function () {
    return this._checkModeProperty(S_IFCHR);
};
StatsBase.prototype.isSymbolicLink = function () {
    return this._checkModeProperty(S_IFLNK);
};
StatsBase.prototype.isFIFO = function () {
    return this._checkModeProperty(S_IFIFO);
};
StatsBase.prototype.isSocket = function () {
    return this._checkModeProperty(S_IFSOCK);
};

/* fs.Stats: the ten numbers, the four *Ms times and the four Dates, in Node's key order. */
function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
    StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
    this.atimeMs = atimeMs;
    this.mtimeMs = mtimeMs;
    this.ctimeMs = ctimeMs;
    this.birthtimeMs = birthtimeMs;
    this.atime = dateFromMs(atimeMs);
    this.mtime = dateFromMs(mtimeMs);
    this.ctime = dateFromMs(ctimeMs);
    this.birthtime = dateFromMs(birthtimeMs);
}
Stats.prototype = Object.create(StatsBase.prototype);
Object.defineProperty(Stats.prototype, 'constructor', {
    value: Stats, writable: true, enumerable: false, configurable: true
});
Stats.prototype._checkModeProperty = function (property) {
    return (this.mode & S_IFMT) === property;
};
Stats.prototype.isFile = StatsBase.prototype.isFile;

function msFromTimeSpec(sec, nsec) {
    return sec * 1000 + nsec / 1000000;
}

/* Builds a Stats from the binding's array (Node's getStatsFromBinding). */
function getStatsFromBinding(s) {
    return new Stats(s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9],
                     msFromTimeSpec(s[10], s[11]), msFromTimeSpec(s[12], s[13]),
                     msFromTimeSpec(s[14], s[15]), msFromTimeSpec(s[16], s[17]));
}

function StatFs(type, bsize, blocks, bfree, bavail, files, ffree) {
    this.type = type;
    this.bsize = bsize;
    this.blocks = blocks;
    this.bfree = bfree;
    this.bavail = bavail;
    this.files = files;
    this.ffree = ffree;
}

function getStatFsFromBinding(s) {
    return new StatFs(s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
}

/* ------------------------------------------------------------------------------------------ */
/* Dirent */

function Dirent(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
}

function defineMethod(proto, name, fn) {
    Object.defineProperty(proto, name, {
        value: fn, writable: true, enumerable: false, configurable: true
    });
}

defineMethod(Dirent.prototype, 'isDirectory', function () {
    return this[kType] === UV_DIRENT_DIR;
});
defineMethod(Dirent.prototype, 'isFile', function () {
    return this[kType] === UV_DIRENT_FILE;
});
defineMethod(Dirent.prototype, 'isBlockDevice', function () {
    return this[kType] === UV_DIRENT_BLOCK;
});
defineMethod(Dirent.prototype, 'isCharacterDevice', function () {
    return this[kType] === UV_DIRENT_CHAR;
});
defineMethod(Dirent.prototype, 'isSymbolicLink', function () {
    return this[kType] === UV_DIRENT_LINK;
});
defineMethod(Dirent.prototype, 'isFIFO', function () {
    return this[kType] === UV_DIRENT_FIFO;
});
defineMethod(Dirent.prototype, 'isSocket', function () {
    return this[kType] === UV_DIRENT_SOCKET;
});

/* Returns the dirent type of a stats mode. */
function typeFromMode(mode) {
    switch (mode & S_IFMT) {
    case S_IFREG: return UV_DIRENT_FILE;
    case S_IFDIR: return UV_DIRENT_DIR;
    case S_IFLNK: return UV_DIRENT_LINK;
    case S_IFIFO: return UV_DIRENT_FIFO;
    case S_IFSOCK: return UV_DIRENT_SOCKET;
    case S_IFCHR: return UV_DIRENT_CHAR;
    case S_IFBLK: return UV_DIRENT_BLOCK;
    }
    return UV_DIRENT_UNKNOWN;
}

/* Joins a directory path and an entry name as Node's Dirent paths are joined. */
function joinPath(dir, name) {
    dir = pathToString(dir);
    name = pathToString(name);
    return dir.charAt(dir.length - 1) === '/' ? dir + name : dir + '/' + name;
}

/* Returns the Dirents of one readdir result [names, types]; entries whose type the file system
 * did not say are lstat'ed (synchronously), as Node's getDirents does. */
function getDirentsSync(path, result) {
    var names = result[0];
    var types = result[1];
    var out = new Array(names.length);
    for (var i = 0; i < names.length; i++) {
        var type = types[i];
        if (type === UV_DIRENT_UNKNOWN) {
            try {
                var st = binding.lstat(joinPath(path, names[i]));
                type = typeFromMode(st[1]);
            } catch (e) {
                /* vanished meanwhile: leave it unknown, as Node */
            }
        }
        out[i] = new Dirent(names[i], type, pathToString(path));
    }
    return out;
}

/* The asynchronous form of getDirentsSync: callback(err, dirents). */
function getDirents(path, result, callback) {
    var names = result[0];
    var types = result[1];
    var out = new Array(names.length);
    var pending = 1;
    var failed = false;
    function done(err) {
        if (failed) {
            return;
        }
        if (err) {
            failed = true;
            callback(err);
            return;
        }
        if (--pending === 0) {
            callback(null, out);
        }
    }
    function stat(i) {
        pending++;
        binding.lstat(joinPath(path, names[i]), function (err, st) {
            if (err) {
                done(err);
                return;
            }
            out[i] = new Dirent(names[i], typeFromMode(st[1]), pathToString(path));
            done(null);
        });
    }
    for (var i = 0; i < names.length; i++) {
        if (types[i] === UV_DIRENT_UNKNOWN) {
            stat(i);
        } else {
            out[i] = new Dirent(names[i], types[i], pathToString(path));
        }
    }
    done(null);
}

/* ------------------------------------------------------------------------------------------ */
/* rm/rmdir options */

var defaultRmdirOptions = { retryDelay: 100, maxRetries: 0, recursive: false };
var defaultRmOptions = { recursive: false, force: false, retryDelay: 100, maxRetries: 0 };

function validateRmdirOptions(options, defaults) {
    if (defaults === undefined) {
        defaults = defaultRmdirOptions;
    }
    if (options === undefined) {
        return defaults;
    }
    validators.validateObject(options, 'options');
    options = mergeOptions(defaults, options);
    validators.validateBoolean(options.recursive, 'options.recursive');
    validators.validateInt32(options.retryDelay, 'options.retryDelay', 0);
    validators.validateUint32(options.maxRetries, 'options.maxRetries');
    return options;
}

/* Node's ERR_FS_EISDIR for rm on a directory without `recursive`. */
function rmIsDirectoryError(path) {
    var ErrIsDir = codes().ERR_FS_EISDIR;
    return new ErrIsDir({
        code: 'EISDIR', message: 'is a directory', path: pathToString(path), syscall: 'rm',
        errno: 21
    });
}

function validateRmOptionsSync(path, options, expectDir) {
    options = validateRmdirOptions(options, defaultRmOptions);
    validators.validateBoolean(options.force, 'options.force');
    if (!options.force || expectDir || !options.recursive) {
        var st;
        try {
            st = binding.lstat(path);
        } catch (err) {
            if (!(options.force && err.code === 'ENOENT')) {
                throw err;
            }
        }
        var isDirectory = st !== undefined && (st[1] & S_IFMT) === S_IFDIR;
        if (expectDir && !isDirectory) {
            return false;
        }
        if (isDirectory && !options.recursive) {
            throw rmIsDirectoryError(path);
        }
    }
    return options;
}

function validateRmOptions(path, options, expectDir, cb) {
    options = validateRmdirOptions(options, defaultRmOptions);
    validators.validateBoolean(options.force, 'options.force');
    binding.lstat(path, function (err, st) {
        if (err) {
            if (options.force && err.code === 'ENOENT') {
                cb(null, options);
                return;
            }
            cb(err, options);
            return;
        }
        var isDirectory = (st[1] & S_IFMT) === S_IFDIR;
        if (expectDir && !isDirectory) {
            cb(false);
            return;
        }
        if (isDirectory && !options.recursive) {
            cb(rmIsDirectoryError(path));
            return;
        }
        cb(null, options);
    });
}

/* ------------------------------------------------------------------------------------------ */

/* Node's stringToSymlinkType: 'dir', 'file', 'junction' or null/undefined. */
function stringToSymlinkType(type) {
    var flags = 0;
    if (typeof type === 'string') {
        switch (type) {
        case 'dir':
            flags |= constants.UV_FS_SYMLINK_DIR;
            break;
        case 'junction':
            flags |= constants.UV_FS_SYMLINK_JUNCTION;
            break;
        case 'file':
            break;
        default:
            throw new (codes().ERR_FS_INVALID_SYMLINK_TYPE)(type);
        }
    }
    return flags;
}

module.exports = {
    assertEncoding: assertEncoding,
    allocBuffer: allocBuffer,
    bindingEncoding: bindingEncoding,
    bufferFromString: bufferFromString,
    bufferToString: bufferToString,
    constants: constants,
    Dirent: Dirent,
    encodeResult: encodeResult,
    fileURLToPath: fileURLToPath,
    getDirents: getDirents,
    getDirentsSync: getDirentsSync,
    getOptions: getOptions,
    getStatFsFromBinding: getStatFsFromBinding,
    getStatsFromBinding: getStatsFromBinding,
    getValidatedFd: getValidatedFd,
    getValidatedPath: getValidatedPath,
    getValidMode: getValidMode,
    isArrayBufferView: isArrayBufferView,
    isURL: isURL,
    joinPath: joinPath,
    kEncBuffer: kEncBuffer,
    kEncUtf8: kEncUtf8,
    kIoMaxLength: kIoMaxLength,
    kMaxUserId: kMaxUserId,
    kStats: kStats,
    kType: kType,
    mergeOptions: mergeOptions,
    normalizeEncoding: normalizeEncoding,
    parseFileMode: parseFileMode,
    pathToString: pathToString,
    StatFs: StatFs,
    Stats: Stats,
    stringToFlags: stringToFlags,
    stringToSymlinkType: stringToSymlinkType,
    toBuffer: toBuffer,
    toPathIfFileURL: toPathIfFileURL,
    toUint8: toUint8,
    toUnixTimestamp: toUnixTimestamp,
    typeFromMode: typeFromMode,
    validateOffsetLengthRead: validateOffsetLengthRead,
    validateOffsetLengthWrite: validateOffsetLengthWrite,
    validatePath: validatePath,
    validatePosition: validatePosition,
    validateRmdirOptions: validateRmdirOptions,
    validateRmOptions: validateRmOptions,
    validateRmOptionsSync: validateRmOptionsSync,
    warnOnNonPortableTemplate: warnOnNonPortableTemplate
};
