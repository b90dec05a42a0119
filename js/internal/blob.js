'use strict';
/* js/internal/blob.js: the web Blob and File of Node 20 (also buffer.Blob and buffer.File).
 *
 * A Blob holds an immutable list of byte parts (Uint8Arrays copied in at construction; a slice
 * shares its parent's parts through views, never copying).  Strings are stored as their UTF-8
 * (lone surrogates as U+FFFD); `endings: 'native'` turns CR LF and CR in strings into LF first.
 * The web-streams module is only loaded by stream().  Objects that are not Blobs are rejected
 * with Node's ERR_INVALID_THIS: thrown, except by arrayBuffer() and text(), which reject.
 *
 * Differences from Node 20: stream() gives a default ReadableStream of Uint8Array chunks (one
 * per part), not a byte stream, so it has no BYOB reader. */

var errors = require('internal/errors');
var ERR_INVALID_ARG_TYPE = errors.codes.ERR_INVALID_ARG_TYPE;
var ERR_INVALID_ARG_VALUE = errors.codes.ERR_INVALID_ARG_VALUE;
var ERR_INVALID_THIS = errors.codes.ERR_INVALID_THIS;
var ERR_MISSING_ARGS = errors.codes.ERR_MISSING_ARGS;

var kParts = Symbol('kParts');
var kSize = Symbol('kSize');
var kType = Symbol('kType');
var kName = Symbol('kName');
var kLastModified = Symbol('kLastModified');
var webUtil = require('internal/webstreams/util');
var requireNew = webUtil.requireNew;

function isBlob(value) {
    return value !== null && typeof value === 'object' && value[kParts] !== undefined;
}

function checkBlob(value) {
    if (!isBlob(value)) throw new ERR_INVALID_THIS('Blob');
}

/* The type as the File API keeps it: lower-cased, or '' when a character is outside U+0020-7E. */
function normalizeType(type) {
    type = String(type);
    if (!/^[\x20-\x7e]*$/.test(type)) return '';
    return type.toLowerCase();
}

function utf8Bytes(str, endings) {
    if (endings === 'native') str = str.replace(/\r\n?/g, '\n');
    return new Uint8Array(Buffer.from(str, 'utf8'));
}

/* One source of the constructor as byte parts (a Blob gives its own, already immutable). */
function sourceParts(source, endings) {
    if (isBlob(source)) return source[kParts];
    if (source instanceof ArrayBuffer) return [new Uint8Array(source.slice(0))];
    if (ArrayBuffer.isView(source)) {
        var copy = new Uint8Array(source.byteLength);
        copy.set(new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
        return [copy];
    }
    if (typeof source === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    return [utf8Bytes(String(source), endings)];
}

/* The values of an iterable, as WebIDL's sequence<> conversion takes them. */
function iterableToArray(sources, name) {
    if (sources === null || typeof sources !== 'object' ||
        typeof sources[Symbol.iterator] !== 'function') {
        throw new ERR_INVALID_ARG_TYPE(name, 'a sequence', sources);
    }
    if (Array.isArray(sources)) return sources;
    var out = [];
    var it = sources[Symbol.iterator]();
    for (var r = it.next(); !r.done; r = it.next()) out.push(r.value);
    return out;
}

function validateOptions(options) {
    if (options === undefined || options === null) return {};
    if (typeof options !== 'object' && typeof options !== 'function') {
        throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    return options;
}

function readEndings(options) {
    var endings = options.endings === undefined ? 'transparent' : String(options.endings);
    if (endings !== 'transparent' && endings !== 'native') {
        throw new ERR_INVALID_ARG_VALUE('options.endings', options.endings);
    }
    return endings;
}

function initBlob(blob, parts, type) {
    var size = 0;
    for (var i = 0; i < parts.length; i++) size += parts[i].length;
    Object.defineProperty(blob, kParts, { value: parts });
    Object.defineProperty(blob, kSize, { value: size });
    Object.defineProperty(blob, kType, { value: type });
}

/* A Blob with no checks, for slice() and the fetch bodies. */
function createBlob(parts, type) {
    var blob = Object.create(Blob.prototype);
    initBlob(blob, parts, type || '');
    return blob;
}

function Blob(sources, options) {
    requireNew(new.target, 'Blob');
    constructBlob(this, sources, options);
}

function constructBlob(blob, sources, options) {
    var list = sources === undefined ? [] : iterableToArray(sources, 'sources');
    options = validateOptions(options);
    var endings = readEndings(options);
    var parts = [];
    for (var i = 0; i < list.length; i++) {
        var more = sourceParts(list[i], endings);
        for (var j = 0; j < more.length; j++) {
            if (more[j].length > 0) parts.push(more[j]);
        }
    }
    initBlob(blob, parts, options.type === undefined ? '' : normalizeType(options.type));
}

/* The parts covering bytes [start, end) of `parts`, as views. */
function sliceParts(parts, start, end) {
    var out = [];
    var offset = 0;
    for (var i = 0; i < parts.length && offset < end; i++) {
        var part = parts[i];
        var from = Math.max(start - offset, 0);
        var to = Math.min(end - offset, part.length);
        if (from < to) out.push(from === 0 && to === part.length ? part : part.subarray(from, to));
        offset += part.length;
    }
    return out;
}

function relativeIndex(value, size, fallback) {
    if (value === undefined) return fallback;
    var n = Number(value);
    n = n !== n ? 0 : (n < 0 ? Math.ceil(n) : Math.floor(n));
    return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
}

/* All the bytes of a Blob in one Uint8Array (the part itself when there is only one). */
function blobBytes(blob) {
    var parts = blob[kParts];
    if (parts.length === 1) return parts[0];
    var out = new Uint8Array(blob[kSize]);
    var offset = 0;
    for (var i = 0; i < parts.length; i++) {
        out.set(parts[i], offset);
        offset += parts[i].length;
    }
    return out;
}

function copyToArrayBuffer(bytes) {
    var ab = new ArrayBuffer(bytes.length);
    new Uint8Array(ab).set(bytes);
    return ab;
}

function defineMethods(proto, methods, hidden) {
    Object.keys(methods).forEach(function (name) {
        Object.defineProperty(proto, name, {
            value: methods[name], writable: true, configurable: true,
            enumerable: hidden[name] !== true
        });
    });
}

function defineGetters(proto, getters) {
    Object.keys(getters).forEach(function (name) {
        Object.defineProperty(proto, name, {
            get: getters[name], configurable: true, enumerable: true
        });
    });
}

defineGetters(Blob.prototype, {
    type: function () {
        checkBlob(this);
        return this[kType];
    },
    size: function () {
        checkBlob(this);
        return this[kSize];
    }
});

defineMethods(Blob.prototype, {
    slice: function (start, end, contentType) {
        checkBlob(this);
        var size = this[kSize];
        var from = relativeIndex(start, size, 0);
        var to = relativeIndex(end, size, size);
        var type = contentType === undefined ? '' : normalizeType(contentType);
        return createBlob(to > from ? sliceParts(this[kParts], from, to) : [], type);
    },
    arrayBuffer: function () {
        if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
        return Promise.resolve(copyToArrayBuffer(blobBytes(this)));
    },
    text: function () {
        if (!isBlob(this)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
        return Promise.resolve(new TextDecoder().decode(blobBytes(this)));
    },
    bytes: function () {
        checkBlob(this);
        return Promise.resolve(new Uint8Array(copyToArrayBuffer(blobBytes(this))));
    },
    stream: function () {
        checkBlob(this);
        var parts = this[kParts].slice();
        var ReadableStream = require('internal/webstreams/readablestream').ReadableStream;
        return new ReadableStream({
            pull: function (controller) {
                if (parts.length === 0) {
                    controller.close();
                    return;
                }
                controller.enqueue(new Uint8Array(copyToArrayBuffer(parts.shift())));
            }
        }, { highWaterMark: 0 });
    }
}, { bytes: true });

Object.defineProperty(Blob, 'length', { value: 0 });
Object.defineProperty(File, 'length', { value: 2 });
Object.defineProperty(Blob.prototype, Symbol.toStringTag, { value: 'Blob', configurable: true });

/* Node prints `Blob { size: 3, type: '' }`, or `[Blob]` past the depth limit. */
webUtil.defineInspect(Blob.prototype, 'Blob', function (blob) {
    return { size: blob[kSize], type: blob[kType] };
});

function File(fileBits, fileName, options) {
    requireNew(new.target, 'File');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    constructBlob(this, fileBits, options);
    options = validateOptions(options);
    var lastModified = options.lastModified === undefined ? Date.now() :
        Number(options.lastModified);
    Object.defineProperty(this, kName, { value: String(fileName) });
    Object.defineProperty(this, kLastModified, { value: lastModified });
}
Object.setPrototypeOf(File, Blob);
File.prototype = Object.create(Blob.prototype, {
    constructor: { value: File, writable: true, configurable: true }
});

function checkFile(value) {
    if (!isBlob(value) || value[kName] === undefined) throw new ERR_INVALID_THIS('File');
}

defineGetters(File.prototype, {
    name: function () {
        checkFile(this);
        return this[kName];
    },
    lastModified: function () {
        checkFile(this);
        return this[kLastModified];
    }
});
Object.defineProperty(File.prototype, Symbol.toStringTag, { value: 'File', configurable: true });
webUtil.defineInspect(File.prototype, 'File', function (file) {
    return { size: file[kSize], type: file[kType], name: file[kName],
             lastModified: file[kLastModified] };
});

module.exports = {
    Blob: Blob,
    File: File,
    isBlob: isBlob,
    createBlob: createBlob,
    blobBytes: blobBytes,
    iterableToArray: iterableToArray
};
