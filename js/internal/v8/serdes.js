'use strict';
/* js/internal/v8/serdes.js: V8's value serialization format (wire version 15, what Node 20
 * writes; versions 13 to 15 are read) in JavaScript, for the 'v8' module (js/v8.js):
 * Serializer, Deserializer, the Default ones Node's serialize/deserialize use (views and
 * Buffers as host objects), serialize and deserialize.  The bytes equal Node's except where they
 * depend on how V8 happens to store a value (js/v8.js says which). */

var errors = require('internal/errors');
var types = require('util').types;
var unsupported = require('internal/unsupported');

var hasOwn = Object.prototype.hasOwnProperty;
var kState = Symbol('kState');

/* ------------------------------------------------------------------------------------------ */
/* V8's serialization format: tags and helpers */

var kLatestVersion = 15;
var kMinimumVersion = 13;

var TAG_VERSION = 0xFF;
var TAG_PADDING = 0x00;
var TAG_VERIFY_OBJECT_COUNT = 0x3F;  /* ? */
var TAG_THE_HOLE = 0x2D;             /* - */
var TAG_UNDEFINED = 0x5F;            /* _ */
var TAG_NULL = 0x30;                 /* 0 */
var TAG_TRUE = 0x54;                 /* T */
var TAG_FALSE = 0x46;                /* F */
var TAG_INT32 = 0x49;                /* I */
var TAG_UINT32 = 0x55;               /* U */
var TAG_DOUBLE = 0x4E;               /* N */
var TAG_BIGINT = 0x5A;               /* Z */
var TAG_UTF8_STRING = 0x53;          /* S */
var TAG_ONE_BYTE_STRING = 0x22;      /* " */
var TAG_TWO_BYTE_STRING = 0x63;      /* c */
var TAG_OBJECT_REFERENCE = 0x5E;     /* ^ */
var TAG_BEGIN_OBJECT = 0x6F;         /* o */
var TAG_END_OBJECT = 0x7B;           /* { */
var TAG_BEGIN_SPARSE_ARRAY = 0x61;   /* a */
var TAG_END_SPARSE_ARRAY = 0x40;     /* @ */
var TAG_BEGIN_DENSE_ARRAY = 0x41;    /* A */
var TAG_END_DENSE_ARRAY = 0x24;      /* $ */
var TAG_DATE = 0x44;                 /* D */
var TAG_TRUE_OBJECT = 0x79;          /* y */
var TAG_FALSE_OBJECT = 0x78;         /* x */
var TAG_NUMBER_OBJECT = 0x6E;        /* n */
var TAG_BIGINT_OBJECT = 0x7A;        /* z */
var TAG_STRING_OBJECT = 0x73;        /* s */
var TAG_REGEXP = 0x52;               /* R */
var TAG_BEGIN_MAP = 0x3B;            /* ; */
var TAG_END_MAP = 0x3A;              /* : */
var TAG_BEGIN_SET = 0x27;            /* ' */
var TAG_END_SET = 0x2C;              /* , */
var TAG_ARRAY_BUFFER = 0x42;         /* B */
var TAG_RESIZABLE_ARRAY_BUFFER = 0x7E; /* ~ */
var TAG_ARRAY_BUFFER_TRANSFER = 0x74;  /* t */
var TAG_ARRAY_BUFFER_VIEW = 0x56;    /* V */
var TAG_HOST_OBJECT = 0x5C;          /* \ */
var TAG_ERROR = 0x72;                /* r */

/* Error sub-tags. */
var ERROR_PROTOTYPES = { EvalError: 0x45, RangeError: 0x52, ReferenceError: 0x46,
                         SyntaxError: 0x53, TypeError: 0x54, URIError: 0x55 };
var ERROR_MESSAGE = 0x6D;            /* m */
var ERROR_STACK = 0x73;              /* s */
var ERROR_CAUSE = 0x63;              /* c */
var ERROR_END = 0x2E;                /* . */

/* ArrayBufferView sub-tags, by the view's class. */
var VIEW_TAGS = { Int8Array: 0x62, Uint8Array: 0x42, Uint8ClampedArray: 0x43, Int16Array: 0x77,
                  Uint16Array: 0x57, Int32Array: 0x64, Uint32Array: 0x44, Float32Array: 0x66,
                  Float64Array: 0x46, DataView: 0x3F };

/* RegExp flag bits, as V8's JSRegExp::Flags. */
var REGEXP_FLAGS = { g: 1, i: 2, m: 4, y: 8, u: 16, s: 32, l: 64, d: 128, v: 256 };

var scratch = new Float64Array(1);
var scratchBytes = new Uint8Array(scratch.buffer);

function classOf(value) {
    return Object.prototype.toString.call(value).slice(8, -1);
}

function isSmi(n) {
    return (n | 0) === n && (n !== 0 || 1 / n > 0);
}

/* Whether the property key k is an array index, which V8 writes as a number. */
function isArrayIndex(k) {
    var c = k.charCodeAt(0);
    if (!(c >= 0x30 && c <= 0x39)) return false;
    var n = k >>> 0;
    return String(n) === k && n !== 4294967295;
}

/* Node raises these argument errors from C++: a plain message, code set afterwards. */
function nativeTypeError(message) {
    var err = new TypeError(message);
    err.code = 'ERR_INVALID_ARG_TYPE';
    return err;
}

function describeForClone(value) {
    if (typeof value === 'function' || typeof value === 'symbol') return String(value);
    var ctor = value.constructor;
    var name = typeof ctor === 'function' && typeof ctor.name === 'string' && ctor.name !== '' ?
        ctor.name : 'Object';
    return '#<' + name + '>';
}

/* V8 cannot clone these, and neither does its serializer here. */
function isUncloneable(value) {
    if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) ||
        types.isArgumentsObject(value) || types.isMapIterator(value) ||
        types.isSetIterator(value) || types.isGeneratorObject(value)) {
        return true;
    }
    var tag = value[Symbol.toStringTag];
    return tag === 'WeakRef' || tag === 'FinalizationRegistry';
}

/* ------------------------------------------------------------------------------------------ */
/* Serializer */

/* new v8.Serializer(): writes values into a growing buffer in V8's format. */
function Serializer() {
    Object.defineProperty(this, kState, {
        value: { bytes: new Uint8Array(64), length: 0, ids: new Map(), nextId: 0,
                 transfers: new Map(), hostViews: false }
    });
}

function reserve(st, n) {
    if (st.length + n <= st.bytes.length) return;
    var size = st.bytes.length * 2;
    while (size < st.length + n) size *= 2;
    var bytes = new Uint8Array(size);
    bytes.set(st.bytes.subarray(0, st.length));
    st.bytes = bytes;
}

function writeByte(st, b) {
    if (st.length >= st.bytes.length) reserve(st, 1);
    st.bytes[st.length++] = b;
}

function writeVarint(st, n) {
    n = n >>> 0;
    if (st.length + 5 > st.bytes.length) reserve(st, 5);
    do {
        var b = n & 0x7F;
        n = n >>> 7;
        st.bytes[st.length++] = n !== 0 ? b | 0x80 : b;
    } while (n !== 0);
}

function varintSize(n) {
    var size = 1;
    while (n >= 0x80) {
        n = n >>> 7;
        size++;
    }
    return size;
}

function writeVarint64(st, hi, lo) {
    hi = hi >>> 0;
    lo = lo >>> 0;
    reserve(st, 10);
    do {
        var b = lo & 0x7F;
        lo = ((lo >>> 7) | ((hi & 0x7F) << 25)) >>> 0;
        hi = hi >>> 7;
        st.bytes[st.length++] = (hi !== 0 || lo !== 0) ? b | 0x80 : b;
    } while (hi !== 0 || lo !== 0);
}

function writeDoubleBytes(st, d) {
    scratch[0] = d;
    reserve(st, 8);
    st.bytes.set(scratchBytes, st.length);
    st.length += 8;
}

function writeBytes(st, u8) {
    reserve(st, u8.length);
    st.bytes.set(u8, st.length);
    st.length += u8.length;
}

/* Writes s as V8 does: Latin-1 when it can, otherwise UTF-16LE aligned to an even offset. */
function writeString(st, s) {
    var n = s.length;
    var i;
    for (i = 0; i < n; i++) {
        if (s.charCodeAt(i) > 0xFF) break;
    }
    if (i === n) {
        writeByte(st, TAG_ONE_BYTE_STRING);
        writeVarint(st, n);
        reserve(st, n);
        for (i = 0; i < n; i++) st.bytes[st.length++] = s.charCodeAt(i);
        return;
    }
    var byteLength = n * 2;
    if (((st.length + 1 + varintSize(byteLength)) & 1) !== 0) writeByte(st, TAG_PADDING);
    writeByte(st, TAG_TWO_BYTE_STRING);
    writeVarint(st, byteLength);
    reserve(st, byteLength);
    for (i = 0; i < n; i++) {
        var c = s.charCodeAt(i);
        st.bytes[st.length++] = c & 0xFF;
        st.bytes[st.length++] = c >>> 8;
    }
}

function writeNumber(st, n) {
    if (isSmi(n)) {
        writeByte(st, TAG_INT32);
        writeVarint(st, (n << 1) ^ (n >> 31));
    } else {
        writeByte(st, TAG_DOUBLE);
        writeDoubleBytes(st, n);
    }
}

function cloneError(ser, message) {
    return ser._getDataCloneError.call(ser, message + ' could not be cloned.');
}

/* ValueSerializer::WriteObject. */
function writeObject(ser, st, value) {
    switch (typeof value) {
    case 'undefined':
        writeByte(st, TAG_UNDEFINED);
        return;
    case 'boolean':
        writeByte(st, value ? TAG_TRUE : TAG_FALSE);
        return;
    case 'number':
        writeNumber(st, value);
        return;
    case 'string':
        writeString(st, value);
        return;
    case 'object':
        if (value === null) {
            writeByte(st, TAG_NULL);
            return;
        }
        writeReceiver(ser, st, value);
        return;
    default:
        throw cloneError(ser, describeForClone(value));
    }
}

/* Writes obj, or a back-reference to it when it was written before. */
function writeReceiver(ser, st, obj) {
    var isView = ArrayBuffer.isView(obj);
    /* V8 writes a view's buffer ahead of the view, unless views are host objects. */
    if (isView && !st.hostViews && !st.ids.has(obj)) writeReceiver(ser, st, obj.buffer);
    var id = st.ids.get(obj);
    if (id !== undefined) {
        writeByte(st, TAG_OBJECT_REFERENCE);
        writeVarint(st, id);
        return;
    }
    st.ids.set(obj, st.nextId++);
    if (Array.isArray(obj)) {
        writeArray(ser, st, obj);
        return;
    }
    if (isView) {
        if (st.hostViews) {
            writeHostObject(ser, st, obj);
        } else {
            writeView(ser, st, obj);
        }
        return;
    }
    var cls = classOf(obj);
    if (cls !== 'Object') {
        if (writeBuiltin(ser, st, obj, cls)) return;
        if (isUncloneable(obj)) throw cloneError(ser, describeForClone(obj));
    }
    writeByte(st, TAG_BEGIN_OBJECT);
    var count = writeProperties(ser, st, obj, Object.keys(obj));
    writeByte(st, TAG_END_OBJECT);
    writeVarint(st, count);
}

/* Writes obj when it is one of the built-in classes V8 knows; false otherwise.  cls, from
 * Object.prototype.toString, picks the one brand check to make (they are slow in Duktape). */
function writeBuiltin(ser, st, obj, cls) {
    var i;
    switch (cls) {
    case 'Map':
        if (!types.isMap(obj)) return false;
        var entries = [];
        obj.forEach(function (v, k) { entries.push(k, v); });
        writeByte(st, TAG_BEGIN_MAP);
        for (i = 0; i < entries.length; i++) writeObject(ser, st, entries[i]);
        writeByte(st, TAG_END_MAP);
        writeVarint(st, entries.length);
        return true;
    case 'Set':
        if (!types.isSet(obj)) return false;
        var items = [];
        obj.forEach(function (v) { items.push(v); });
        writeByte(st, TAG_BEGIN_SET);
        for (i = 0; i < items.length; i++) writeObject(ser, st, items[i]);
        writeByte(st, TAG_END_SET);
        writeVarint(st, items.length);
        return true;
    case 'ArrayBuffer':
        if (!types.isArrayBuffer(obj)) return false;
        var transferId = st.transfers.get(obj);
        if (transferId !== undefined) {
            writeByte(st, TAG_ARRAY_BUFFER_TRANSFER);
            writeVarint(st, transferId);
        } else {
            writeByte(st, TAG_ARRAY_BUFFER);
            writeVarint(st, obj.byteLength);
            writeBytes(st, new Uint8Array(obj));
        }
        return true;
    case 'Date':
        if (!types.isDate(obj)) return false;
        writeByte(st, TAG_DATE);
        writeDoubleBytes(st, obj.getTime());
        return true;
    case 'RegExp':
        if (!types.isRegExp(obj)) return false;
        writeRegExp(st, obj);
        return true;
    case 'Boolean':
        if (!types.isBooleanObject(obj)) return false;
        writeByte(st, obj.valueOf() ? TAG_TRUE_OBJECT : TAG_FALSE_OBJECT);
        return true;
    case 'Number':
        if (!types.isNumberObject(obj)) return false;
        writeByte(st, TAG_NUMBER_OBJECT);
        writeDoubleBytes(st, obj.valueOf());
        return true;
    case 'String':
        if (!types.isStringObject(obj)) return false;
        writeByte(st, TAG_STRING_OBJECT);
        writeString(st, obj.valueOf());
        return true;
    case 'Symbol':
        if (types.isSymbolObject(obj)) throw cloneError(ser, describeForClone(obj));
        return false;
    case 'Error':
        if (!types.isNativeError(obj)) return false;
        writeError(ser, st, obj);
        return true;
    default:
        return false;
    }
}

/* Writes the own properties named by keys that still exist; returns how many. */
function writeProperties(ser, st, obj, keys) {
    var count = 0;
    for (var i = 0; i < keys.length; i++) {
        var key = keys[i];
        if (!hasOwn.call(obj, key)) continue;
        var value = obj[key];
        if (isArrayIndex(key)) {
            writeNumber(st, +key);
        } else {
            writeString(st, key);
        }
        writeObject(ser, st, value);
        count++;
    }
    return count;
}

/* A hole-free array is written dense, as V8 does for its packed arrays; any other sparse. */
function writeArray(ser, st, arr) {
    var length = arr.length;
    var values = [];
    var dense = true;
    var numbers = true;
    var smis = true;
    var i;
    for (i = 0; i < length; i++) {
        if (!hasOwn.call(arr, i)) {
            dense = false;
            break;
        }
        var v = arr[i];
        values.push(v);
        if (typeof v !== 'number') {
            numbers = false;
        } else if (!isSmi(v)) {
            smis = false;
        }
    }
    var keys = Object.keys(arr);
    var count;
    if (!dense) {
        writeByte(st, TAG_BEGIN_SPARSE_ARRAY);
        writeVarint(st, length);
        count = writeProperties(ser, st, arr, keys);
        writeByte(st, TAG_END_SPARSE_ARRAY);
        writeVarint(st, count);
        writeVarint(st, length);
        return;
    }
    writeByte(st, TAG_BEGIN_DENSE_ARRAY);
    writeVarint(st, length);
    /* V8 stores an all-number array holding a non-Smi as doubles, and writes each as one. */
    var doubles = numbers && !smis;
    for (i = 0; i < length; i++) {
        if (doubles) {
            writeByte(st, TAG_DOUBLE);
            writeDoubleBytes(st, values[i]);
        } else {
            writeObject(ser, st, values[i]);
        }
    }
    count = writeProperties(ser, st, arr, keys.filter(function (k) { return !isArrayIndex(k); }));
    writeByte(st, TAG_END_DENSE_ARRAY);
    writeVarint(st, count);
    writeVarint(st, length);
}

function writeRegExp(st, re) {
    var flags = String(re.flags);
    var bits = 0;
    for (var i = 0; i < flags.length; i++) bits |= REGEXP_FLAGS[flags.charAt(i)] || 0;
    writeByte(st, TAG_REGEXP);
    writeString(st, re.source);
    writeVarint(st, bits);
}

function writeError(ser, st, err) {
    var messageDesc = Object.getOwnPropertyDescriptor(err, 'message');
    var causeDesc = Object.getOwnPropertyDescriptor(err, 'cause');
    writeByte(st, TAG_ERROR);
    var name = String(err.name);
    if (hasOwn.call(ERROR_PROTOTYPES, name)) writeVarint(st, ERROR_PROTOTYPES[name]);
    if (messageDesc !== undefined && hasOwn.call(messageDesc, 'value')) {
        writeVarint(st, ERROR_MESSAGE);
        writeString(st, String(messageDesc.value));
    }
    if (causeDesc !== undefined && hasOwn.call(causeDesc, 'value')) {
        writeVarint(st, ERROR_CAUSE);
        writeObject(ser, st, causeDesc.value);
    }
    var stack = err.stack;
    if (typeof stack === 'string') {
        writeVarint(st, ERROR_STACK);
        writeString(st, stack);
    }
    writeVarint(st, ERROR_END);
}

function writeView(ser, st, view) {
    var tag = VIEW_TAGS[classOf(view)];
    if (tag === undefined) throw cloneError(ser, describeForClone(view));
    writeByte(st, TAG_ARRAY_BUFFER_VIEW);
    writeByte(st, tag);
    writeVarint(st, view.byteOffset);
    writeVarint(st, view.byteLength);
    writeVarint(st, 0 /* flags: not length-tracking, not backed by a resizable buffer */);
}

function writeHostObject(ser, st, obj) {
    writeByte(st, TAG_HOST_OBJECT);
    if (typeof ser._writeHostObject !== 'function') throw cloneError(ser, describeForClone(obj));
    ser._writeHostObject(obj);
}

/* serializer.writeHeader(): the version tag and number. */
Serializer.prototype.writeHeader = function writeHeader() {
    var st = this[kState];
    writeByte(st, TAG_VERSION);
    writeVarint(st, kLatestVersion);
};

/* serializer.writeValue(value): appends value; returns true or throws a DataCloneError built
 * by _getDataCloneError. */
Serializer.prototype.writeValue = function writeValue(value) {
    writeObject(this, this[kState], value);
    return true;
};

/* serializer.releaseBuffer(): returns what was written as a Buffer of its own memory (Node's
 * owns exactly those bytes) and starts a new one. */
Serializer.prototype.releaseBuffer = function releaseBuffer() {
    var st = this[kState];
    var out = Buffer.from(st.bytes.buffer.slice(0, st.length));
    st.bytes = new Uint8Array(64);
    st.length = 0;
    return out;
};

/* serializer.transferArrayBuffer(id, arrayBuffer): writes arrayBuffer as a transfer of id. */
Serializer.prototype.transferArrayBuffer = function transferArrayBuffer(id, arrayBuffer) {
    if (!types.isArrayBuffer(arrayBuffer)) {
        throw nativeTypeError('arrayBuffer must be an ArrayBuffer');
    }
    this[kState].transfers.set(arrayBuffer, id >>> 0);
};

Serializer.prototype.writeUint32 = function writeUint32(value) {
    writeVarint(this[kState], value);
};

Serializer.prototype.writeUint64 = function writeUint64(hi, lo) {
    writeVarint64(this[kState], hi, lo);
};

Serializer.prototype.writeDouble = function writeDouble(value) {
    writeDoubleBytes(this[kState], +value);
};

Serializer.prototype.writeRawBytes = function writeRawBytes(source) {
    if (!ArrayBuffer.isView(source)) {
        throw nativeTypeError('source must be a TypedArray or a DataView');
    }
    writeBytes(this[kState], new Uint8Array(source.buffer, source.byteOffset, source.byteLength));
};

Serializer.prototype._setTreatArrayBufferViewsAsHostObjects =
    function _setTreatArrayBufferViewsAsHostObjects(flag) {
        this[kState].hostViews = !!flag;
    };

Serializer.prototype._getDataCloneError = Error;

/* ------------------------------------------------------------------------------------------ */
/* Deserializer */

/* Thrown inside the reader for malformed data; readValue turns it into V8's error. */
var kMalformed = { malformed: true };

/* new v8.Deserializer(buffer): reads values back from a TypedArray, Buffer or DataView. */
function Deserializer(buffer) {
    if (!ArrayBuffer.isView(buffer)) {
        throw nativeTypeError('buffer must be a TypedArray or a DataView');
    }
    this.buffer = buffer;
    Object.defineProperty(this, kState, {
        value: { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
                 pos: 0, version: 0, ids: [], nextId: 0, transfers: {} }
    });
}

function readByte(st) {
    if (st.pos >= st.bytes.length) throw kMalformed;
    return st.bytes[st.pos++];
}

/* ValueDeserializer::ReadVarint<uint32_t>: bits past the 32nd are dropped. */
function readVarint(st) {
    var value = 0;
    var shift = 0;
    var b;
    do {
        b = readByte(st);
        if (shift < 32) {
            value = (value + (b & 0x7F) * Math.pow(2, shift)) % 4294967296;
            shift += 7;
        }
    } while ((b & 0x80) !== 0);
    return value;
}

function readVarint64(st) {
    var hi = 0;
    var lo = 0;
    var shift = 0;
    var b;
    do {
        b = readByte(st);
        var bits = b & 0x7F;
        if (shift < 32) {
            lo = (lo | (bits << shift)) >>> 0;
            if (shift > 25) hi = (hi | (bits >>> (32 - shift))) >>> 0;
        } else if (shift < 64) {
            hi = (hi | (bits << (shift - 32))) >>> 0;
        }
        shift += 7;
    } while ((b & 0x80) !== 0);
    return [hi, lo];
}

function readDoubleBytes(st) {
    if (st.pos + 8 > st.bytes.length) throw kMalformed;
    for (var i = 0; i < 8; i++) scratchBytes[i] = st.bytes[st.pos++];
    return scratch[0];
}

function readRaw(st, n) {
    if (n > st.bytes.length - st.pos) throw kMalformed;
    var start = st.pos;
    st.pos += n;
    return start;
}

function readTag(st) {
    var tag;
    do {
        tag = readByte(st);
    } while (tag === TAG_PADDING);
    return tag;
}

function peekTag(st) {
    if (st.pos < st.bytes.length && st.bytes[st.pos] !== TAG_PADDING) return st.bytes[st.pos];
    var pos = st.pos;
    var tag = readTag(st);
    st.pos = pos;
    return tag;
}

function decodeBytes(st, start, n, encoding) {
    return Buffer.from(st.bytes.buffer, st.bytes.byteOffset + start, n).toString(encoding);
}

/* Latin-1 (and ASCII-only UTF-8) of a short string, without making a Buffer; null when an
 * ASCII-only decode meets a byte above 0x7F. */
function decodeShort(bytes, start, n, ascii) {
    var view = bytes.subarray(start, start + n);
    if (ascii) {
        for (var i = 0; i < n; i++) {
            if (view[i] > 0x7F) return null;
        }
    }
    return String.fromCharCode.apply(null, view);
}

function readStringBody(st, tag) {
    var n = readVarint(st);
    var start = readRaw(st, n);
    var s;
    switch (tag) {
    case TAG_UTF8_STRING:
        s = n <= 1024 ? decodeShort(st.bytes, start, n, true) : null;
        return s !== null ? s : decodeBytes(st, start, n, 'utf8');
    case TAG_ONE_BYTE_STRING:
        if (n <= 1024) return decodeShort(st.bytes, start, n, false);
        return decodeBytes(st, start, n, 'latin1');
    default:
        if (n % 2 !== 0) throw kMalformed;
        return decodeBytes(st, start, n, 'utf16le');
    }
}

/* ValueDeserializer::ReadString: a string and nothing else. */
function readString(st) {
    var tag = readTag(st);
    if (tag !== TAG_UTF8_STRING && tag !== TAG_ONE_BYTE_STRING && tag !== TAG_TWO_BYTE_STRING) {
        throw kMalformed;
    }
    return readStringBody(st, tag);
}

function bigIntNotSupported() {
    return unsupported.notSupported('BigInt', 'v8.deserialize() of a BigInt');
}

/* ValueDeserializer::ReadObject. */
function readObject(der, st) {
    var result = readObjectInternal(der, st);
    /* A view follows the buffer it is on. */
    if (typeof result === 'object' && result !== null && classOf(result) === 'ArrayBuffer' &&
        st.pos < st.bytes.length && peekTag(st) === TAG_ARRAY_BUFFER_VIEW) {
        readTag(st);
        result = readView(st, result);
    }
    return result;
}

function readObjectInternal(der, st) {
    var tag = readTag(st);
    var id;
    var value;
    switch (tag) {
    case TAG_VERIFY_OBJECT_COUNT:
        readVarint(st);
        return readObject(der, st);
    case TAG_UNDEFINED:
        return undefined;
    case TAG_NULL:
        return null;
    case TAG_TRUE:
        return true;
    case TAG_FALSE:
        return false;
    case TAG_INT32:
        value = readVarint(st);
        return (value >>> 1) ^ -(value & 1);
    case TAG_UINT32:
        return readVarint(st);
    case TAG_DOUBLE:
        return readDoubleBytes(st);
    case TAG_UTF8_STRING:
    case TAG_ONE_BYTE_STRING:
    case TAG_TWO_BYTE_STRING:
        return readStringBody(st, tag);
    case TAG_OBJECT_REFERENCE:
        id = readVarint(st);
        if (!hasOwn.call(st.ids, id)) throw kMalformed;
        return st.ids[id];
    case TAG_BEGIN_OBJECT:
        return readPlainObject(der, st);
    case TAG_BEGIN_SPARSE_ARRAY:
        return readSparseArray(der, st);
    case TAG_BEGIN_DENSE_ARRAY:
        return readDenseArray(der, st);
    case TAG_DATE:
        value = new Date(readDoubleBytes(st));
        st.ids[st.nextId++] = value;
        return value;
    case TAG_TRUE_OBJECT:
    case TAG_FALSE_OBJECT:
        value = new Boolean(tag === TAG_TRUE_OBJECT);
        st.ids[st.nextId++] = value;
        return value;
    case TAG_NUMBER_OBJECT:
        id = st.nextId++;
        value = new Number(readDoubleBytes(st));
        st.ids[id] = value;
        return value;
    case TAG_STRING_OBJECT:
        id = st.nextId++;
        value = new String(readString(st));
        st.ids[id] = value;
        return value;
    case TAG_REGEXP:
        return readRegExp(st);
    case TAG_BEGIN_MAP:
        return readMap(der, st);
    case TAG_BEGIN_SET:
        return readSet(der, st);
    case TAG_ARRAY_BUFFER:
    case TAG_RESIZABLE_ARRAY_BUFFER:
        return readArrayBuffer(st, tag);
    case TAG_ARRAY_BUFFER_TRANSFER:
        id = st.nextId++;
        var transferId = readVarint(st);
        if (!hasOwn.call(st.transfers, transferId)) throw kMalformed;
        st.ids[id] = st.transfers[transferId];
        return st.ids[id];
    case TAG_ERROR:
        return readError(der, st);
    case TAG_HOST_OBJECT:
        return readHostObject(der, st);
    case TAG_BIGINT:
    case TAG_BIGINT_OBJECT:
        throw bigIntNotSupported();
    default:
        throw kMalformed;
    }
}

/* CreateDataProperty(obj, key, value); a key that cannot be created is malformed data. */
function setProperty(obj, key, value) {
    if (typeof key !== 'string' && typeof key !== 'number') throw kMalformed;
    if (key === '__proto__') {
        Object.defineProperty(obj, key, { value: value, writable: true, enumerable: true,
                                          configurable: true });
        return;
    }
    if (key === 'length' && Array.isArray(obj)) throw kMalformed;
    obj[key] = value;
}

/* Reads key/value pairs up to endTag; returns how many. */
function readProperties(der, st, obj, endTag) {
    var count = 0;
    for (;;) {
        if (peekTag(st) === endTag) {
            readTag(st);
            return count;
        }
        var key = readObject(der, st);
        setProperty(obj, key, readObject(der, st));
        count++;
    }
}

function readPlainObject(der, st) {
    var obj = {};
    st.ids[st.nextId++] = obj;
    var count = readProperties(der, st, obj, TAG_END_OBJECT);
    if (readVarint(st) !== count) throw kMalformed;
    return obj;
}

function readDenseArray(der, st) {
    var length = readVarint(st);
    if (length > st.bytes.length - st.pos) throw kMalformed;
    var arr = new Array(length);
    st.ids[st.nextId++] = arr;
    for (var i = 0; i < length; i++) {
        if (peekTag(st) === TAG_THE_HOLE) {
            readTag(st);
            continue;
        }
        arr[i] = readObject(der, st);
    }
    var count = readProperties(der, st, arr, TAG_END_DENSE_ARRAY);
    if (readVarint(st) !== count || readVarint(st) !== length) throw kMalformed;
    return arr;
}

function readSparseArray(der, st) {
    var length = readVarint(st);
    var arr = new Array(length);
    st.ids[st.nextId++] = arr;
    var count = readProperties(der, st, arr, TAG_END_SPARSE_ARRAY);
    if (readVarint(st) !== count || readVarint(st) !== length) throw kMalformed;
    return arr;
}

function readRegExp(st) {
    var id = st.nextId++;
    var source = readString(st);
    var bits = readVarint(st);
    var flags = '';
    for (var f in REGEXP_FLAGS) {
        if ((bits & REGEXP_FLAGS[f]) !== 0) flags += f;
    }
    if (bits >= 512 || (bits & REGEXP_FLAGS.l) !== 0) throw kMalformed;
    var re;
    try {
        re = new RegExp(source, flags);
    } catch (e) {
        throw kMalformed;
    }
    st.ids[id] = re;
    return re;
}

function readMap(der, st) {
    var map = new Map();
    st.ids[st.nextId++] = map;
    var count = 0;
    while (peekTag(st) !== TAG_END_MAP) {
        var key = readObject(der, st);
        map.set(key, readObject(der, st));
        count += 2;
    }
    readTag(st);
    if (readVarint(st) !== count) throw kMalformed;
    return map;
}

function readSet(der, st) {
    var set = new Set();
    st.ids[st.nextId++] = set;
    var count = 0;
    while (peekTag(st) !== TAG_END_SET) {
        set.add(readObject(der, st));
        count++;
    }
    readTag(st);
    if (readVarint(st) !== count) throw kMalformed;
    return set;
}

function readArrayBuffer(st, tag) {
    var byteLength = readVarint(st);
    if (tag === TAG_RESIZABLE_ARRAY_BUFFER && readVarint(st) < byteLength) throw kMalformed;
    var start = readRaw(st, byteLength);
    var ab = new ArrayBuffer(byteLength);
    new Uint8Array(ab).set(st.bytes.subarray(start, start + byteLength));
    st.ids[st.nextId++] = ab;
    return ab;
}

var VIEW_CTORS = {
    0x62: 'Int8Array', 0x42: 'Uint8Array', 0x43: 'Uint8ClampedArray', 0x77: 'Int16Array',
    0x57: 'Uint16Array', 0x64: 'Int32Array', 0x44: 'Uint32Array', 0x66: 'Float32Array',
    0x46: 'Float64Array', 0x3F: 'DataView'
};

function readView(st, ab) {
    var subtag = readVarint(st) & 0xFF;
    var byteOffset = readVarint(st);
    var byteLength = readVarint(st);
    if (byteOffset > ab.byteLength || byteLength > ab.byteLength - byteOffset) throw kMalformed;
    if (st.version >= 14) readVarint(st);
    var id = st.nextId++;
    var name = VIEW_CTORS[subtag];
    if (name === undefined) throw kMalformed;
    var Ctor = global[name];
    var size = Ctor.BYTES_PER_ELEMENT || 1;
    if (byteOffset % size !== 0 || byteLength % size !== 0) throw kMalformed;
    var view = name === 'DataView' ? new DataView(ab, byteOffset, byteLength) :
        new Ctor(ab, byteOffset, byteLength / size);
    st.ids[id] = view;
    return view;
}

function readError(der, st) {
    var id = st.nextId++;
    var Ctor = Error;
    var message;
    var stack;
    var cause;
    var hasCause = false;
    for (;;) {
        var tag = readVarint(st);
        if (tag === ERROR_END) break;
        switch (tag) {
        case ERROR_MESSAGE:
            message = readString(st);
            break;
        case ERROR_STACK:
            stack = readString(st);
            break;
        case ERROR_CAUSE:
            cause = readObject(der, st);
            hasCause = true;
            break;
        default:
            Ctor = null;
            for (var name in ERROR_PROTOTYPES) {
                if (ERROR_PROTOTYPES[name] === tag) Ctor = global[name];
            }
            if (Ctor === null) throw kMalformed;
        }
    }
    var err = new Ctor();
    var attrs = { writable: true, enumerable: false, configurable: true };
    if (message !== undefined) {
        attrs.value = message;
        Object.defineProperty(err, 'message', attrs);
    } else {
        delete err.message;
    }
    if (hasCause) {
        attrs.value = cause;
        Object.defineProperty(err, 'cause', attrs);
    }
    attrs.value = stack;
    Object.defineProperty(err, 'stack', attrs);
    st.ids[id] = err;
    return err;
}

function readHostObject(der, st) {
    var id = st.nextId++;
    if (typeof der._readHostObject !== 'function') throw kMalformed;
    var obj = der._readHostObject();
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
        throw new TypeError('readHostObject must return an object');
    }
    st.ids[id] = obj;
    return obj;
}

function malformedError(versionError) {
    return new Error(versionError ?
        'Unable to deserialize cloned data due to invalid or unsupported version.' :
        'Unable to deserialize cloned data.');
}

/* deserializer.readHeader(): reads the version; true, or throws if it is not 13 to 15. */
Deserializer.prototype.readHeader = function readHeader() {
    var st = this[kState];
    try {
        if (readByte(st) !== TAG_VERSION) throw kMalformed;
        st.version = readVarint(st);
    } catch (e) {
        if (e === kMalformed) throw malformedError(true);
        throw e;
    }
    if (st.version < kMinimumVersion || st.version > kLatestVersion) throw malformedError(true);
    return true;
};

/* deserializer.readValue(): the next value; throws V8's error on malformed data. */
Deserializer.prototype.readValue = function readValue() {
    try {
        return readObject(this, this[kState]);
    } catch (e) {
        if (e === kMalformed) throw malformedError(false);
        throw e;
    }
};

Deserializer.prototype.getWireFormatVersion = function getWireFormatVersion() {
    return this[kState].version;
};

/* deserializer.transferArrayBuffer(id, arrayBuffer): what a transfer of id reads as. */
Deserializer.prototype.transferArrayBuffer = function transferArrayBuffer(id, arrayBuffer) {
    if (!types.isArrayBuffer(arrayBuffer)) {
        throw nativeTypeError('arrayBuffer must be an ArrayBuffer or SharedArrayBuffer');
    }
    this[kState].transfers[id >>> 0] = arrayBuffer;
};

function rawReader(name, read) {
    return function () {
        try {
            return read(this[kState]);
        } catch (e) {
            if (e === kMalformed) throw new Error(name + '() failed');
            throw e;
        }
    };
}

Deserializer.prototype.readUint32 = rawReader('ReadUint32', readVarint);
Deserializer.prototype.readUint64 = rawReader('ReadUint64', readVarint64);
Deserializer.prototype.readDouble = rawReader('ReadDouble', readDoubleBytes);

/* deserializer._readRawBytes(length): skips length bytes; returns their offset in buffer. */
Deserializer.prototype._readRawBytes = function _readRawBytes(length) {
    var st = this[kState];
    try {
        return readRaw(st, length >>> 0);
    } catch (e) {
        if (e === kMalformed) throw new Error('ReadRawBytes() failed');
        throw e;
    }
};

/* deserializer.readRawBytes(length): the next length bytes, as a Buffer over buffer's memory. */
Deserializer.prototype.readRawBytes = function readRawBytes(length) {
    var offset = this._readRawBytes(length);
    return Buffer.from(this.buffer.buffer, this.buffer.byteOffset + offset, length);
};

/* ------------------------------------------------------------------------------------------ */
/* Node's default (de)serializer: views, Buffers included, as host objects */

var HOST_VIEW_TYPES = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array',
                       'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array',
                       'Float64Array', 'DataView', 'Buffer', 'BigInt64Array', 'BigUint64Array'];

function DefaultSerializer() {
    Serializer.call(this);
    this._setTreatArrayBufferViewsAsHostObjects(true);
}
Object.setPrototypeOf(DefaultSerializer.prototype, Serializer.prototype);
Object.setPrototypeOf(DefaultSerializer, Serializer);

/* Writes a view as its type index, byte length and bytes (only the view's own bytes). */
DefaultSerializer.prototype._writeHostObject = function _writeHostObject(abView) {
    var i = 10;
    if (abView.constructor !== Buffer) {
        i = HOST_VIEW_TYPES.indexOf(classOf(abView));
        if (i === -1 || i === 10) {
            throw new this._getDataCloneError('Unserializable host object: ' +
                                              require('util').inspect(abView));
        }
    }
    this.writeUint32(i);
    this.writeUint32(abView.byteLength);
    this.writeRawBytes(new Uint8Array(abView.buffer, abView.byteOffset, abView.byteLength));
};

function DefaultDeserializer(buffer) {
    Deserializer.call(this, buffer);
}
Object.setPrototypeOf(DefaultDeserializer.prototype, Deserializer.prototype);
Object.setPrototypeOf(DefaultDeserializer, Deserializer);

/* Reads a view written by DefaultSerializer; an aligned one shares the input's memory. */
DefaultDeserializer.prototype._readHostObject = function _readHostObject() {
    var typeIndex = this.readUint32();
    var name = HOST_VIEW_TYPES[typeIndex];
    var byteLength = this.readUint32();
    var byteOffset = this._readRawBytes(byteLength);
    var offset = this.buffer.byteOffset + byteOffset;
    if (name === 'Buffer') return Buffer.from(this.buffer.buffer, offset, byteLength);
    var Ctor = name === undefined ? undefined : global[name];
    if (typeof Ctor !== 'function') {
        if (name === 'BigInt64Array' || name === 'BigUint64Array') {
            throw unsupported.notSupported('BigInt', 'v8.deserialize() of a ' + name);
        }
        throw new TypeError("Cannot read properties of undefined (reading 'BYTES_PER_ELEMENT')");
    }
    var size = Ctor.BYTES_PER_ELEMENT || 1;
    var ab = this.buffer.buffer;
    if (offset % size !== 0) {
        ab = new ArrayBuffer(byteLength);
        new Uint8Array(ab).set(new Uint8Array(this.buffer.buffer, offset, byteLength));
        offset = 0;
    }
    if (name === 'DataView') return new DataView(ab, offset, byteLength);
    return new Ctor(ab, offset, byteLength / size);
};

/* serialize(value): value in V8's format, as a Buffer. */
function serialize(value) {
    var ser = new DefaultSerializer();
    ser.writeHeader();
    ser.writeValue(value);
    return ser.releaseBuffer();
}

/* deserialize(buffer): the value serialize() wrote into buffer. */
function deserialize(buffer) {
    var der = new DefaultDeserializer(buffer);
    der.readHeader();
    return der.readValue();
}


module.exports = {
    Serializer: Serializer,
    Deserializer: Deserializer,
    DefaultSerializer: DefaultSerializer,
    DefaultDeserializer: DefaultDeserializer,
    serialize: serialize,
    deserialize: deserialize
};
