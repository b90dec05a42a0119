'use strict';
/* js/_http_outgoing.js: OutgoingMessage, the base of ServerResponse and ClientRequest: headers
 * (validated as Node validates them: no header injection), the head serialised once with Node's
 * automatic Date, Connection, Keep-Alive, Content-Length and Transfer-Encoding, chunked framing,
 * and writes that wait for a socket (pipelined responses, a request still connecting).
 * The head and the first body chunk go to the socket in one write when both are strings. */

var Stream = require('stream');
var common = require('_http_common');
var httpBinding = internalBinding('http');
var errors = require('internal/errors');
var codes = errors.codes;

var kOutHeaders = Symbol('kOutHeaders');
var kCorked = Symbol('corked');
var CRLF = '\r\n';

var nop = function () {};

/* ---- validation ---- */

function validateHeaderName(name, label) {
    if (typeof name !== 'string' || !name || !common._checkIsHttpToken(name)) {
        throw new codes.ERR_INVALID_HTTP_TOKEN(label || 'Header name', name);
    }
}

function validateHeaderValue(name, value) {
    if (value === undefined) {
        throw new codes.ERR_HTTP_INVALID_HEADER_VALUE(value, name);
    }
    if (common._checkInvalidHeaderChar(String(value))) {
        throw new codes.ERR_INVALID_CHAR('header content', name);
    }
}

/* Only what differs per message is set here; the defaults live on the prototype, and the events
 * table is made on the first listener, so answering a request allocates little. */
function OutgoingMessage(options) {
    this.socket = null;
}

/* Shared by every message until it has something to hold back (see _writeRaw). */
var kNoOutput = [];
Object.freeze(kNoOutput);
OutgoingMessage.prototype = Object.create(Stream.prototype, {
    constructor: { value: OutgoingMessage, writable: true, configurable: true }
});
Object.setPrototypeOf(OutgoingMessage, Stream);

var defaults = {
    _events: undefined, outputData: kNoOutput, finished: false, _header: null,
    outputSize: 0, writable: true, destroyed: false, _last: false, chunkedEncoding: false,
    shouldKeepAlive: true, maxRequestsOnConnectionReached: false, _defaultKeepAlive: true,
    useChunkedEncodingByDefault: true, sendDate: false, _removedConnection: false,
    _removedContLen: false, _removedTE: false, strictContentLength: false, _contentLength: null,
    _hasBody: true, _trailer: '', _headerSent: false, _closed: false, _keepAliveTimeout: 0,
    agent: null
};
/* A head whose text is built when it is first sent (ServerResponse.writeHead). */
var kPendingHead = Symbol('kPendingHead');

/* Puts the per-message defaults on proto (OutgoingMessage's, and ServerResponse's again). */
function copyDefaults(proto) {
    Object.keys(defaults).forEach(function (key) {
        proto[key] = defaults[key];
    });
    proto[kCorked] = 0;
    proto[kOutHeaders] = null;
    proto[kPendingHead] = null;
    proto.socket = null;
}
copyDefaults(OutgoingMessage.prototype);
OutgoingMessage.prototype._onPendingData = nop;
OutgoingMessage.prototype._finishHook = null;

/* Builds the text of a head that writeHead deferred, with the state writeHead saw. */
function materializeHead(msg) {
    var p = msg[kPendingHead];
    msg[kPendingHead] = null;
    var r = httpBinding.formatHead(p.line, p.headers, p.kind, p.flags, msg._keepAliveTimeout,
        msg._contentLength || 0);
    applyHeadBits(msg, r[1]);
    msg._header = r[0];
}

Object.defineProperty(OutgoingMessage.prototype, 'writableFinished', {
    configurable: true,
    get: function () {
        return this.finished && this.outputSize === 0 && (!this.socket || this.socket.writableLength === 0);
    }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableObjectMode', {
    configurable: true, get: function () { return false; }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableLength', {
    configurable: true,
    get: function () { return this.outputSize + (this.socket ? this.socket.writableLength : 0); }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableHighWaterMark', {
    configurable: true,
    get: function () { return this.socket ? this.socket.writableHighWaterMark : 16384; }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableCorked', {
    configurable: true, get: function () { return this[kCorked]; }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableEnded', {
    configurable: true, get: function () { return this.finished; }
});
Object.defineProperty(OutgoingMessage.prototype, 'writableNeedDrain', {
    configurable: true, get: function () { return !this.destroyed && !this.finished && this[kNeedDrain]; }
});
var kNeedDrain = Symbol('kNeedDrain');
Object.defineProperty(OutgoingMessage.prototype, 'headersSent', {
    configurable: true, enumerable: true, get: function () { return !!this._header; }
});
Object.defineProperty(OutgoingMessage.prototype, 'connection', {
    configurable: true, enumerable: true,
    get: function () { return this.socket; },
    set: function (val) { this.socket = val; }
});

OutgoingMessage.prototype.cork = function cork() {
    if (this.socket) {
        this.socket.cork();
    } else {
        this[kCorked]++;
    }
};

OutgoingMessage.prototype.uncork = function uncork() {
    if (this.socket) {
        this.socket.uncork();
    } else if (this[kCorked]) {
        this[kCorked]--;
    }
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
    if (callback) {
        this.on('timeout', callback);
    }
    if (!this.socket) {
        this.once('socket', function (socket) { socket.setTimeout(msecs); });
    } else {
        this.socket.setTimeout(msecs);
    }
    return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
    if (this.destroyed) {
        return this;
    }
    this.destroyed = true;
    if (this.socket) {
        this.socket.destroy(error);
    } else {
        this.once('socket', function (socket) { socket.destroy(error); });
    }
    return this;
};

/* Writes raw bytes to the socket, or keeps them until there is one. */
OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback) {
    var conn = this.socket;
    if (conn && conn.destroyed) {
        return false;
    }
    if (typeof encoding === 'function') {
        callback = encoding;
        encoding = null;
    }
    if (conn && conn._httpMessage === this && conn.writable) {
        if (this.outputData.length) {
            this._flushOutput(conn);
        }
        return conn.write(data, encoding, callback);
    }
    if (this.outputData === kNoOutput) {
        this.outputData = [];
    }
    this.outputData.push({ data: data, encoding: encoding, callback: callback });
    this.outputSize += data.length;
    this._onPendingData(data.length);
    return this.outputSize < 16384;
};

OutgoingMessage.prototype._send = function _send(data, encoding, callback) {
    if (this[kPendingHead] !== null) {
        materializeHead(this);
    }
    if (!this._headerSent && this._header !== null) {
        var header = this._header;
        if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' ||
            !encoding) && !/[^\x00-\x7f]/.test(header)) {
            data = header + data;
        } else {
            if (this.outputData === kNoOutput) {
                this.outputData = [];
            }
            this.outputData.unshift({ data: header, encoding: 'latin1', callback: null });
            this.outputSize += header.length;
            this._onPendingData(header.length);
        }
        this._headerSent = true;
    }
    return this._writeRaw(data, encoding, callback);
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
    var out = this.outputData;
    if (out.length === 0) {
        return undefined;
    }
    this.outputData = [];
    var size = this.outputSize;
    this.outputSize = 0;
    this._onPendingData(-size);
    var ret;
    socket.cork();
    for (var i = 0; i < out.length; i++) {
        ret = socket.write(out[i].data, out[i].encoding || undefined, out[i].callback || undefined);
    }
    socket.uncork();
    return ret;
};

OutgoingMessage.prototype._flush = function _flush() {
    var socket = this.socket;
    if (socket && socket.writable) {
        var ret = this._flushOutput(socket);
        if (this.finished) {
            this._finish();
        } else if (ret) {
            this.emit('drain');
        }
    }
};

/* Head flags and result bits shared with lib/http.c (HEAD_* there). */
var HEAD_SEND_DATE = 1;
var HEAD_KEEP_ALIVE = 2;
var HEAD_HAS_BODY = 4;
var HEAD_CHUNKED_DEFAULT = 8;
var HEAD_LENGTH_KNOWN = 16;
var HEAD_MAX_REQUESTS = 32;
var HEAD_AGENT = 64;
var HEAD_REMOVED_CONNECTION = 128;
var HEAD_REMOVED_CONTLEN = 256;
var HEAD_REMOVED_TE = 512;
var HEAD_DEFAULT_KEEPALIVE = 1024;
var HEAD_CHUNKED_SET = 2048;
var HEAD_STATUS_NOBODY = 4096;
var OUT_LAST = 1;
var OUT_CHUNKED = 2;
var OUT_NO_BODY = 4;
var OUT_QUEUED = 8;
var OUT_NO_KEEPALIVE_HDR = 16;

/* The flags describing msg for the C head builder. */
function headFlags(msg) {
    var f = 0;
    if (msg.sendDate) { f |= HEAD_SEND_DATE; }
    if (msg.shouldKeepAlive) { f |= HEAD_KEEP_ALIVE; }
    if (msg._hasBody) { f |= HEAD_HAS_BODY; }
    if (msg.useChunkedEncodingByDefault) { f |= HEAD_CHUNKED_DEFAULT; }
    if (typeof msg._contentLength === 'number') { f |= HEAD_LENGTH_KNOWN; }
    if (msg.maxRequestsOnConnectionReached) { f |= HEAD_MAX_REQUESTS; }
    if (msg.agent) { f |= HEAD_AGENT; }
    if (msg._removedConnection) { f |= HEAD_REMOVED_CONNECTION; }
    if (msg._removedContLen) { f |= HEAD_REMOVED_CONTLEN; }
    if (msg._removedTE) { f |= HEAD_REMOVED_TE; }
    if (msg._defaultKeepAlive) { f |= HEAD_DEFAULT_KEEPALIVE; }
    if (msg.chunkedEncoding) { f |= HEAD_CHUNKED_SET; }
    if (msg.statusCode === 204 || msg.statusCode === 304) { f |= HEAD_STATUS_NOBODY; }
    return f;
}

/* Applies what the C head builder decided to msg's fields. */
function applyHeadBits(msg, bits) {
    if (bits & OUT_LAST) { msg._last = true; }
    msg.chunkedEncoding = (bits & OUT_CHUNKED) !== 0;
    if (bits & OUT_NO_BODY) { msg._hasBody = false; }
    if (bits & OUT_NO_KEEPALIVE_HDR) { msg._defaultKeepAlive = false; }
}

/* Validated header names and values, so a constant header object is checked once. */
var validNames = Object.create(null);
var validValues = Object.create(null);
var validCount = 0;

function validateHeaderCached(name, value) {
    if (typeof name !== 'string' || validNames[name] !== true) {
        validateHeaderName(name);
        if (validCount < 2000) {
            validNames[name] = true;
            validCount++;
        }
    }
    if (typeof value === 'string') {
        if (validValues[value] !== true) {
            validateHeaderValue(name, value);
            if (validCount < 2000 && value.length < 256) {
                validValues[value] = true;
                validCount++;
            }
        }
    } else if (Array.isArray(value)) {
        for (var i = 0; i < value.length; i++) {
            validateHeaderValue(name, value[i]);
        }
    } else {
        validateHeaderValue(name, value);
    }
}

/* Validates headers given to writeHead/ClientRequest and returns the kind lib/http.c reads:
 * 0 none, 1 plain object, 2 kOutHeaders, 3 flat array, 4 array of pairs. */
function headersKind(msg, headers) {
    if ((typeof headers !== 'object' && typeof headers !== 'function') || headers === null) {
        return 0;
    }
    if (headers === msg[kOutHeaders]) {
        return 2;
    }
    var i;
    if (Array.isArray(headers)) {
        if (headers.length && Array.isArray(headers[0])) {
            for (i = 0; i < headers.length; i++) {
                validateHeaderCached(headers[i][0], headers[i][1]);
            }
            return 4;
        }
        if (headers.length % 2 !== 0) {
            throw new codes.ERR_INVALID_ARG_VALUE('headers', headers);
        }
        for (i = 0; i < headers.length; i += 2) {
            validateHeaderCached(headers[i], headers[i + 1]);
        }
        return 3;
    }
    if (!httpBinding.validatePlainHeaders(headers)) {
        for (var key in headers) {
            if (Object.prototype.hasOwnProperty.call(headers, key)) {
                validateHeaderCached(key, headers[key]);
            }
        }
    }
    return 1;
}

/* Serialises the head once: firstLine, the headers, then what Node adds by itself (lib/http.c
 * builds the text: Date, Connection, Keep-Alive, Content-Length or Transfer-Encoding). */
OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers, kind) {
    if (kind === undefined) {
        kind = headersKind(this, headers);
    }
    var r = httpBinding.formatHead(firstLine, headers, kind, headFlags(this),
        this._keepAliveTimeout, this._contentLength || 0);
    applyHeadBits(this, r[1]);
    this._header = r[0];
    this._headerSent = false;
    if (kind !== 0 && hasExpect(headers, kind)) {
        this._send('');
    }
};

function hasExpect(headers, kind) {
    if (kind === 2) {
        return headers.expect !== undefined;
    }
    if (kind === 1) {
        for (var key in headers) {
            if (key.length === 6 && key.toLowerCase() === 'expect') {
                return true;
            }
        }
    }
    return false;
}

/* ---- the header API ---- */

/* Header names in lower case, remembered (a middleware stack sets and reads the same few names
 * on every response; toLowerCase made a new string each time). */
var lowerNames = Object.create(null);
var lowerCount = 0;

function lowerName(name) {
    var lower = lowerNames[name];
    if (lower === undefined) {
        lower = name.toLowerCase();
        if (lowerCount < 2000) {
            lowerNames[name] = lower;
            lowerCount++;
        }
    }
    return lower;
}

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
    if (this._header) {
        throw new codes.ERR_HTTP_HEADERS_SENT('set');
    }
    validateHeaderCached(name, value);
    var headers = this[kOutHeaders];
    if (headers === null) {
        this[kOutHeaders] = headers = Object.create(null);
    }
    headers[lowerName(name)] = [name, value];
    return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
    if (this._header) {
        throw new codes.ERR_HTTP_HEADERS_SENT('set');
    }
    var self = this;
    if (headers && typeof headers.forEach === 'function') {
        headers.forEach(function (value, key) { self.setHeader(key, value); });
    }
    return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
    if (this._header) {
        throw new codes.ERR_HTTP_HEADERS_SENT('append');
    }
    validateHeaderCached(name, value);
    var field = lowerName(name);
    var headers = this[kOutHeaders];
    if (headers === null || !headers[field]) {
        return this.setHeader(name, value);
    }
    var existing = headers[field][1];
    headers[field][1] = [].concat(existing, value);
    return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
    if (typeof name !== 'string') {
        throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
    }
    var headers = this[kOutHeaders];
    if (headers === null) {
        return undefined;
    }
    var entry = headers[lowerName(name)];
    return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
    return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
    var headers = this[kOutHeaders];
    if (headers === null) {
        return [];
    }
    return Object.keys(headers).map(function (key) { return headers[key][0]; });
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
    var headers = this[kOutHeaders];
    var ret = Object.create(null);
    if (headers) {
        for (var key in headers) {
            ret[key] = headers[key][1];
        }
    }
    return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
    if (typeof name !== 'string') {
        throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
    }
    return this[kOutHeaders] !== null && !!this[kOutHeaders][lowerName(name)];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
    if (typeof name !== 'string') {
        throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
    }
    if (this._header) {
        throw new codes.ERR_HTTP_HEADERS_SENT('remove');
    }
    var key = name.toLowerCase();
    switch (key) {
    case 'connection':
        this._removedConnection = true;
        break;
    case 'content-length':
        this._removedContLen = true;
        break;
    case 'transfer-encoding':
        this._removedTE = true;
        break;
    case 'date':
        this.sendDate = false;
        break;
    }
    if (this[kOutHeaders] !== null) {
        delete this[kOutHeaders][key];
    }
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
    throw new codes.ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()');
};

/* ---- writing the body ---- */

function byteLength(chunk, encoding) {
    if (typeof chunk !== 'string') {
        return chunk.length;
    }
    return Buffer.byteLength(chunk, encoding);
}

function validChunk(msg, chunk, encoding) {
    if (typeof chunk === 'string' || (chunk !== null && typeof chunk === 'object' &&
        typeof chunk.byteLength === 'number' && ArrayBuffer.isView(chunk))) {
        return true;
    }
    if (chunk === null) {
        throw new codes.ERR_STREAM_NULL_VALUES();
    }
    throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
}

function writeAfterEnd(msg, callback) {
    var err = new codes.ERR_STREAM_WRITE_AFTER_END();
    var triggerError = function () {
        msg.emit('error', err);
    };
    process.nextTick(function () {
        if (msg.socket && msg.listenerCount('error') === 0) {
            return;
        }
        triggerError();
        if (typeof callback === 'function') {
            callback(err);
        }
    });
}

function write_(msg, chunk, encoding, callback, fromEnd) {
    if (typeof callback !== 'function') {
        callback = nop;
    }
    if (chunk === null) {
        throw new codes.ERR_STREAM_NULL_VALUES();
    }
    validChunk(msg, chunk, encoding);
    if (msg.finished) {
        writeAfterEnd(msg, callback);
        return true;
    }
    if (!msg._header) {
        if (fromEnd) {
            msg._contentLength = byteLength(chunk, encoding);
        }
        msg._implicitHeader();
    }
    if (msg[kPendingHead] !== null) {
        materializeHead(msg);
    }
    if (!msg._hasBody) {
        process.nextTick(callback);
        return true;
    }
    if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
        msg.socket.cork();
        process.nextTick(connectionCorkNT, msg.socket);
    }
    var ret;
    if (msg.chunkedEncoding && chunk.length !== 0) {
        var len = byteLength(chunk, encoding);
        msg._send(len.toString(16) + CRLF, 'latin1', null);
        msg._send(chunk, encoding, null);
        ret = msg._send(CRLF, 'latin1', callback);
    } else {
        ret = msg._send(chunk, encoding, callback);
    }
    msg[kNeedDrain] = !ret;
    return ret;
}

function connectionCorkNT(conn) {
    conn.uncork();
}

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
        callback = encoding;
        encoding = null;
    }
    var ret = write_(this, chunk, encoding, callback, false);
    if (!ret) {
        this[kNeedDrain] = true;
    }
    return ret;
};

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
    this._trailer = '';
    var keys = Object.keys(headers);
    for (var i = 0; i < keys.length; i++) {
        var field = keys[i];
        var value = headers[field];
        validateHeaderName(field, 'Trailer name');
        if (common._checkInvalidHeaderChar(String(value))) {
            throw new codes.ERR_INVALID_CHAR('trailer content', field);
        }
        this._trailer += field + ': ' + value + CRLF;
    }
};

function onFinish(outmsg) {
    if (outmsg && outmsg.socket && outmsg.socket._hadError) {
        return;
    }
    /* The server's own bookkeeping runs first, as its listener was registered first in Node. */
    if (outmsg._finishHook !== null) {
        outmsg._finishHook(outmsg);
    }
    outmsg.emit('finish');
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
        callback = chunk;
        chunk = null;
        encoding = null;
    } else if (typeof encoding === 'function') {
        callback = encoding;
        encoding = null;
    }
    var corked = null;
    if (chunk !== null && chunk !== undefined) {
        if (this.finished) {
            writeAfterEnd(this, callback);
            return this;
        }
        if (this.socket && this.socket._httpMessage === this) {
            corked = this.socket;
            corked.cork();
        }
        write_(this, chunk, encoding, null, true);
    } else if (this.finished) {
        if (typeof callback === 'function') {
            if (!this.writableFinished) {
                this.on('finish', callback);
            } else {
                callback(new codes.ERR_STREAM_ALREADY_FINISHED('end'));
            }
        }
        return this;
    } else if (!this._header) {
        if (this.socket && this.socket._httpMessage === this) {
            corked = this.socket;
            corked.cork();
        }
        this._contentLength = 0;
        this._implicitHeader();
    }
    if (typeof callback === 'function') {
        this.once('finish', callback);
    }
    if (this[kPendingHead] !== null) {
        materializeHead(this);
    }
    var self = this;
    var finish = function () { onFinish(self); };
    if (this._hasBody && this.chunkedEncoding) {
        this._send('0' + CRLF + this._trailer + CRLF, 'latin1', finish);
    } else if (!this._headerSent || this.writableLength || chunk) {
        this._send('', 'latin1', finish);
    } else {
        process.nextTick(finish);
    }
    if (corked !== null) {
        /* Head, body and terminator leave in one write. */
        corked.uncork();
    }
    this[kCorked] = 0;
    this.finished = true;
    if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) {
        this._finish();
    }
    return this;
};

OutgoingMessage.prototype._finish = function _finish() {
    this.emit('prefinish');
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
    if (!this._header) {
        this._implicitHeader();
    }
    if (this[kPendingHead] !== null) {
        materializeHead(this);
    }
    this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
    this.emit('error', new codes.ERR_STREAM_CANNOT_PIPE());
};

module.exports = {
    applyHeadBits: applyHeadBits,
    copyDefaults: copyDefaults,
    headFlags: headFlags,
    headersKind: headersKind,
    HEAD_LENGTH_KNOWN: HEAD_LENGTH_KNOWN,
    OUT_CHUNKED: OUT_CHUNKED,
    OUT_QUEUED: OUT_QUEUED,
    kOutHeaders: kOutHeaders,
    kPendingHead: kPendingHead,
    materializeHead: materializeHead,
    OutgoingMessage: OutgoingMessage,
    validateHeaderName: validateHeaderName,
    validateHeaderValue: validateHeaderValue
};
