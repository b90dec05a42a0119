'use strict';
/* js/_http_server.js: the HTTP server: Server (a net.Server), ServerResponse, and the
 * per-connection glue.  The request parser consumes the socket in C (lib/http.c), so a request
 * enters JavaScript at onHeadersComplete and onMessageComplete only.  Responses to pipelined
 * requests are sent in order; keep-alive connections idle out after keepAliveTimeout; a request
 * the parser rejects gets 400 (431 for oversized headers) and the connection closes, while the
 * server goes on serving everyone else. */

var net = require('net');
var common = require('_http_common');
var socketOnData = common.socketOnData;
var outgoing = require('_http_outgoing');
var errors = require('internal/errors');
var codes = errors.codes;
var OutgoingMessage = outgoing.OutgoingMessage;
var HTTPParser = common.HTTPParser;
var httpBinding = internalBinding('http');
var presize = internalBinding('util').presize;
/* Names the response path uses on every request, held here: in Duktape `outgoing.x` from a
 * function costs a scope-chain lookup and a property lookup, a module variable only the first. */
var kOutHeaders = outgoing.kOutHeaders;
var kPendingHead = outgoing.kPendingHead;
var headersKind = outgoing.headersKind;
var headFlags = outgoing.headFlags;
var applyHeadBits = outgoing.applyHeadBits;
var HEAD_LENGTH_KNOWN = outgoing.HEAD_LENGTH_KNOWN;
var OUT_QUEUED = outgoing.OUT_QUEUED;
var OUT_CHUNKED = outgoing.OUT_CHUNKED;
var consumableHandle = common.consumableHandle;
var kConsumable = common.kConsumable;
var validatePlainHeaders = httpBinding.validatePlainHeaders;
var incomingModule = require('_http_incoming');
var IncomingMessage = incomingModule.IncomingMessage;
var markComplete = incomingModule.markComplete;
var kHasState = incomingModule.kHasState;

var STATUS_CODES = {
    100: 'Continue', 101: 'Switching Protocols', 102: 'Processing', 103: 'Early Hints',
    200: 'OK', 201: 'Created', 202: 'Accepted', 203: 'Non-Authoritative Information',
    204: 'No Content', 205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
    208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices', 301: 'Moved Permanently',
    302: 'Found', 303: 'See Other', 304: 'Not Modified', 305: 'Use Proxy',
    307: 'Temporary Redirect', 308: 'Permanent Redirect', 400: 'Bad Request',
    401: 'Unauthorized', 402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
    405: 'Method Not Allowed', 406: 'Not Acceptable', 407: 'Proxy Authentication Required',
    408: 'Request Timeout', 409: 'Conflict', 410: 'Gone', 411: 'Length Required',
    412: 'Precondition Failed', 413: 'Payload Too Large', 414: 'URI Too Long',
    415: 'Unsupported Media Type', 416: 'Range Not Satisfiable', 417: 'Expectation Failed',
    418: "I'm a Teapot", 421: 'Misdirected Request', 422: 'Unprocessable Entity',
    423: 'Locked', 424: 'Failed Dependency', 425: 'Too Early', 426: 'Upgrade Required',
    428: 'Precondition Required', 429: 'Too Many Requests',
    431: 'Request Header Fields Too Large', 451: 'Unavailable For Legal Reasons',
    500: 'Internal Server Error', 501: 'Not Implemented', 502: 'Bad Gateway',
    503: 'Service Unavailable', 504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
    506: 'Variant Also Negotiates', 507: 'Insufficient Storage', 508: 'Loop Detected',
    509: 'Bandwidth Limit Exceeded', 510: 'Not Extended', 511: 'Network Authentication Required'
};

var kServerResponse = Symbol('ServerResponse');
var kIncomingMessage = Symbol('IncomingMessage');
var kConnections = Symbol('http.server.connections');
var kResponse = Symbol('kResponse');
var kResponded = Symbol('kResponded');
IncomingMessage.prototype[kResponse] = null;
IncomingMessage.prototype[kResponded] = false;

/* ---- ServerResponse ---- */

function ServerResponse(req, options) {
    presize(this, 16); /* what a response gets by the time it is sent, in one allocation */
    this.socket = null; /* all OutgoingMessage's constructor does (js/_http_outgoing.js) */
    this.req = req;
    if (req.method === 'HEAD') {
        this._hasBody = false;
    }
    if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
        this.useChunkedEncodingByDefault = common.chunkExpression.test(req.headers.te || '');
        this.shouldKeepAlive = false;
    }
}
ServerResponse.prototype = Object.create(OutgoingMessage.prototype, {
    constructor: { value: ServerResponse, writable: true, configurable: true }
});
Object.setPrototypeOf(ServerResponse, OutgoingMessage);
/* OutgoingMessage's defaults again one prototype closer, and the rest of what a response gets:
 * a read of a default, and each new property (whose name Duktape looks for up the whole chain
 * first), stops here. */
outgoing.copyDefaults(ServerResponse.prototype);
ServerResponse.prototype.req = null;
ServerResponse.prototype.sendDate = true;
ServerResponse.prototype.statusCode = 200;
ServerResponse.prototype.statusMessage = undefined;
ServerResponse.prototype._sent100 = false;
ServerResponse.prototype._expect_continue = false;
ServerResponse.prototype._keepAliveTimeout = 5000;
ServerResponse.prototype._finishHook = resOnFinish;

ServerResponse.prototype._finish = function _finish() {
    OutgoingMessage.prototype._finish.call(this);
};

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
    if (socket._httpMessage) {
        throw new codes.ERR_HTTP_SOCKET_ASSIGNED();
    }
    socket._httpMessage = this;
    this.socket = socket;
    if (this._events !== undefined) {
        this.emit('socket', socket);
    }
    if (this.outputData.length !== 0) {
        this._flush();
    }
};

function detachSocket(socket) {
    socket._httpMessage = null;
    this.socket = null;
}
ServerResponse.prototype.detachSocket = detachSocket;

/* The connection closed under a response still being written. */
function closeResponse(msg) {
    msg.destroyed = true;
    msg._closed = true;
    msg.emit('close');
}

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
    this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'latin1', cb);
    this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
    this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'latin1', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
    this.writeHead(this.statusCode);
};

/* 'HTTP/1.1 200 OK\r\n' by code, for the standard reason phrase each was made with (arrays:
 * a number indexes them without becoming a string). */
var statusLines = [];
var statusLineTexts = [];

/* The status line of code and message; a message with characters invalid in a header throws
 * (no response splitting). */
function statusLine(code, message) {
    if (statusLineTexts[code] === message) {
        return statusLines[code];
    }
    if (common._checkInvalidHeaderChar(message)) {
        throw new codes.ERR_INVALID_CHAR('statusMessage');
    }
    var line = 'HTTP/1.1 ' + code + ' ' + message + '\r\n';
    if (message === STATUS_CODES[code]) {
        statusLines[code] = line;
        statusLineTexts[code] = message;
    }
    return line;
}

/* Validates the status and records the head; its text is built when it is first sent, with the
 * state of now (lib/http.c), so res.end(body) can send head and body in one C call. */
ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
    if (this._header) {
        throw new codes.ERR_HTTP_HEADERS_SENT('write');
    }
    var originalStatusCode = statusCode;
    statusCode |= 0;
    if (statusCode < 100 || statusCode > 999) {
        throw new codes.ERR_HTTP_INVALID_STATUS_CODE(originalStatusCode);
    }
    if (typeof reason === 'string') {
        this.statusMessage = reason;
    } else {
        if (!this.statusMessage) {
            this.statusMessage = STATUS_CODES[statusCode] || 'unknown';
        }
        obj = reason;
    }
    this.statusCode = statusCode;
    var headers;
    var kind;
    var outHeaders = this[kOutHeaders];
    if (outHeaders) {
        if (obj) {
            if (Array.isArray(obj)) {
                for (var n = 0; n < obj.length; n += 2) {
                    this.appendHeader(obj[n], obj[n + 1]);
                }
            } else {
                var keys = Object.keys(obj);
                for (var i = 0; i < keys.length; i++) {
                    if (keys[i]) {
                        this.setHeader(keys[i], obj[keys[i]]);
                    }
                }
            }
        }
        headers = this[kOutHeaders];
        kind = 2;
    } else if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) {
        headers = null; /* as Node's for-in over a primitive: no headers */
        kind = 0;
    } else {
        headers = obj;
        /* A plain {Name: value} object whose names and values need no further check (C), or
         * anything else through the JavaScript validators. */
        kind = validatePlainHeaders(obj) ? 1 : headersKind(this, obj);
    }
    /* statusLine's cache, read here: a call less on every request */
    var message = this.statusMessage;
    var line = statusLineTexts[statusCode] === message ? statusLines[statusCode] :
        statusLine(statusCode, message);
    if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
        this._hasBody = false;
    }
    if (this._expect_continue && !this._sent100) {
        this.shouldKeepAlive = false;
    }
    this[kPendingHead] = {
        line: line, headers: headers, kind: kind, flags: headFlags(this)
    };
    this._header = line;
    this._headerSent = false;
    return this;
};

/* res.end(body) in one C call when nothing else waits on the socket: the head (built now, with
 * Content-Length when writeHead was not called, as Node), the body and the chunk terminator
 * leave in a single write. */
ServerResponse.prototype.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
        callback = chunk;
        chunk = null;
        encoding = null;
    } else if (typeof encoding === 'function') {
        callback = encoding;
        encoding = null;
    }
    var socket = this.socket;
    var handle = socket !== null ? socket._handle : null;
    var ws;
    if (handle === null || handle === undefined || handle[kConsumable] !== true ||
        this.finished || socket._httpMessage !== this || this._headerSent ||
        this.outputData.length !== 0 || this._trailer !== '' ||
        (ws = socket._writableState).length !== 0 || ws.corked !== 0 || ws.destroyed ||
        ws.ending ||
        !(chunk === null || chunk === undefined ||
          (typeof chunk === 'string' && (!encoding || encoding === 'utf8' || encoding === 'utf-8')) ||
          (typeof chunk === 'object' && chunk instanceof Uint8Array))) {
        return OutgoingMessage.prototype.end.call(this, chunk, encoding, callback);
    }
    var pending = this[kPendingHead];
    if (pending !== null) {
        this[kPendingHead] = null;
    } else {
        pending = implicitHead(this);
    }
    var r = httpBinding.writeResponse(handle, this, pending.line, pending.headers, pending.kind,
        pending.flags, this._keepAliveTimeout, chunk === undefined ? null : chunk);
    if (r < 0) {
        socket.destroy(errors.errnoException(r, 'write'));
        return this;
    }
    var bits = r % 64;
    socket._addBytesWritten((r - bits) / 64);
    if ((bits & ~(OUT_CHUNKED | OUT_QUEUED)) === 0) {
        this.chunkedEncoding = (bits & OUT_CHUNKED) !== 0; /* all applyHeadBits would do */
    } else {
        applyHeadBits(this, bits);
    }
    this._header = pending.line;
    this._headerSent = true;
    this.finished = true;
    if (typeof callback === 'function') {
        this.once('finish', callback);
    }
    if ((bits & OUT_QUEUED) === 0) {
        fastFinish(this);
    }
    return this;
};

/* The head of a response ended without writeHead, as end(body) sends it: Content-Length known. */
function implicitHead(res) {
    var code = res.statusCode;
    if ((code | 0) < 100 || (code | 0) > 999) {
        throw new codes.ERR_HTTP_INVALID_STATUS_CODE(code);
    }
    code |= 0;
    if (!res.statusMessage) {
        res.statusMessage = STATUS_CODES[code] || 'unknown';
    }
    if (code === 204 || code === 304 || (code >= 100 && code <= 199)) {
        res._hasBody = false;
    }
    var headers = res[kOutHeaders];
    return {
        line: statusLine(code, res.statusMessage),
        headers: headers,
        kind: headers === null ? 0 : 2,
        flags: headFlags(res) | HEAD_LENGTH_KNOWN
    };
}

/* The socket queue took the rest of a fast response and has now written it. */
ServerResponse.prototype.oncomplete = function oncomplete(status) {
    if (status < 0) {
        if (this.socket) {
            this.socket.destroy(errors.errnoException(status, 'write'));
        }
        return;
    }
    fastFinish(this);
};

function fastFinish(res) {
    resOnFinish(res);
    var events = res._events;
    if (events !== undefined && (events.finish !== undefined || events.prefinish !== undefined)) {
        process.nextTick(emitFinishNT, res);
    }
}

function emitFinishNT(res) {
    res.emit('prefinish');
    res.emit('finish');
}

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

/* ---- Server ---- */

function Server(options, requestListener) {
    if (!(this instanceof Server)) {
        return new Server(options, requestListener);
    }
    if (typeof options === 'function') {
        requestListener = options;
        options = {};
    } else if (options === null || options === undefined) {
        options = {};
    }
    storeHTTPOptions(this, options);
    net.Server.call(this, {
        allowHalfOpen: true,
        noDelay: options.noDelay === undefined ? true : options.noDelay,
        keepAlive: options.keepAlive,
        keepAliveInitialDelay: options.keepAliveInitialDelay,
        highWaterMark: options.highWaterMark
    });
    if (requestListener) {
        this.on('request', requestListener);
    }
    this.httpAllowHalfOpen = false;
    this.on('connection', connectionListener);
    initHTTPServer(this, options);
}
Server.prototype = Object.create(net.Server.prototype, {
    constructor: { value: Server, writable: true, configurable: true }
});
Object.setPrototypeOf(Server, net.Server);

/* The options an HTTP server (http's or https's) keeps before its transport server is made. */
function storeHTTPOptions(server, options) {
    server[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
    server[kServerResponse] = options.ServerResponse || ServerResponse;
    server.maxHeaderSize = options.maxHeaderSize;
    server.joinDuplicateHeaders = options.joinDuplicateHeaders;
    server.requireHostHeader = options.requireHostHeader !== false;
}

/* The timeouts and connection tracking of an HTTP server, once its transport server is made. */
function initHTTPServer(server, options) {
    server.timeout = 0;
    server.maxHeadersCount = null;
    server.maxRequestsPerSocket = 0;
    server.headersTimeout = options.headersTimeout === undefined ? 60000 : options.headersTimeout;
    server.keepAliveTimeout = 5000;
    server.requestTimeout = options.requestTimeout === undefined ? 300000 : options.requestTimeout;
    server.connectionsCheckingInterval = options.connectionsCheckingInterval === undefined ?
        30000 : options.connectionsCheckingInterval;
    server[kConnections] = [];
    server[kConnectionsCheckingInterval] = null;
    server.on('listening', setupConnectionsTracking);
}

var kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');

/* Every connectionsCheckingInterval, requests that spent longer than headersTimeout on their
 * headers or requestTimeout on the whole message get 408 and are closed (slow clients cannot
 * hold the server). */
function setupConnectionsTracking() {
    var server = this;
    if (server[kConnectionsCheckingInterval] !== null || !(server.connectionsCheckingInterval > 0)) {
        return;
    }
    server[kConnectionsCheckingInterval] = setInterval(function () {
        checkConnections(server);
    }, server.connectionsCheckingInterval).unref();
}

function checkConnections(server) {
    var headersTimeout = server.headersTimeout;
    var requestTimeout = server.requestTimeout;
    var list = server[kConnections].slice();
    for (var i = 0; i < list.length; i++) {
        var socket = list[i];
        var parser = socket.parser;
        if (!parser || socket.destroyed) {
            continue;
        }
        var elapsed = parser.elapsed();
        if ((headersTimeout > 0 && elapsed[0] > headersTimeout) ||
            (requestTimeout > 0 && elapsed[1] > requestTimeout)) {
            socketOnError.call(socket, new codes.ERR_HTTP_REQUEST_TIMEOUT());
        }
    }
}

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
    this.timeout = msecs;
    if (callback) {
        this.on('timeout', callback);
    }
    return this;
};

/* What closing an HTTP server does before its transport server closes (https shares it). */
function httpServerPreClose(server) {
    if (server[kConnectionsCheckingInterval] !== null) {
        clearInterval(server[kConnectionsCheckingInterval]);
        server[kConnectionsCheckingInterval] = null;
    }
    server.closeIdleConnections();
}

Server.prototype.close = function close() {
    httpServerPreClose(this);
    return net.Server.prototype.close.apply(this, arguments);
};

Server.prototype.closeAllConnections = function closeAllConnections() {
    var list = this[kConnections].slice();
    for (var i = 0; i < list.length; i++) {
        list[i].destroy();
    }
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
    var list = this[kConnections].slice();
    for (var i = 0; i < list.length; i++) {
        var socket = list[i];
        if (!socket._httpMessage && socket.parser && !socket.parser.incoming) {
            socket.destroy();
        }
    }
};

/* What the server tracks for a connection: its requests not yet answered (incoming), responses
 * waiting for the socket behind an earlier one (outgoing), whether the client ended it, the
 * keep-alive timer and the request count.  The defaults and the empty lists are shared on the
 * prototype and a list is made when a message joins it, so an idle kept-alive connection holds
 * almost nothing here. */
var kNoMessages = [];
Object.freeze(kNoMessages);

function ConnectionState() {}
ConnectionState.prototype.incoming = kNoMessages;
ConnectionState.prototype.outgoing = kNoMessages;
ConnectionState.prototype.ended = false;
ConnectionState.prototype.keepAliveTimeoutSet = false;
ConnectionState.prototype.requestsCount = 0;

function connectionListener(socket) {
    var server = this;
    server[kConnections].push(socket);
    if (server.timeout && typeof socket.setTimeout === 'function') {
        socket.setTimeout(server.timeout);
    }
    socket.on('timeout', socketOnTimeout);
    var parser = common.allocParser(HTTPParser.REQUEST, socket, server.maxHeaderSize,
        server.maxHeadersCount || 2000);
    var state = new ConnectionState();
    parser.server = server;
    parser.state = state;
    parser.onHeadersComplete = serverOnHeadersComplete;
    parser.onError = parserOnError;
    parser.onUpgrade = parserOnUpgrade;
    socket.parser = parser;
    socket._httpState = state;
    socket.on('error', socketOnError);
    socket.on('end', socketOnEnd);
    socket.on('close', socketOnClose);
    socket.on('drain', socketOnDrain);
    if (consumableHandle(socket) !== null) {
        parser.consume(socket._handle);
    } else {
        socket.on('data', socketOnData);
    }
}


/* The server's parser.onHeadersComplete (see js/_http_common.js for the arguments): builds the
 * request and its response and calls the 'request' listener, in one call from C.  `complete`:
 * the request has no body and ended in the same read (as in Node, the listener still sees
 * req.complete false; the end follows at once). */
function serverOnHeadersComplete(versionMajor, versionMinor, headers, method, url, statusCode,
    statusMessage, upgrade, keepAlive, complete, headBits) {
    var parser = this;
    var server = parser.server;
    var socket = parser.socket;
    var req = new server[kIncomingMessage](socket);
    var http11 = versionMajor === 1 && versionMinor === 1;
    req.httpVersionMajor = versionMajor;
    req.httpVersionMinor = versionMinor;
    req.httpVersion = http11 ? '1.1' : versionMajor + '.' + versionMinor;
    req.url = url;
    req.rawHeaders = headers;
    req.method = method;
    if (upgrade) {
        req.upgrade = upgrade;
    }
    parser.incoming = complete === true ? null : req;
    var state = parser.state;
    if (state.keepAliveTimeoutSet) {
        state.keepAliveTimeoutSet = false;
        if (server.timeout > 0) {
            socket.setTimeout(server.timeout);
        }
    }
    if (state.incoming === kNoMessages) {
        state.incoming = [req];
    } else {
        state.incoming.push(req);
    }
    if (req.upgrade) {
        if (req.method === 'CONNECT' || server.listenerCount('upgrade') > 0) {
            /* The socket goes to the 'connect' or 'upgrade' listener (onUpgrade brings the
             * head). */
            parser.upgradeRequest = req;
            if (complete === true) {
                markComplete(req);
            }
            return 2;
        }
        req.upgrade = false;
    }
    var Response = server[kServerResponse];
    var res = new Response(req);
    req[kResponse] = res;
    if (server.keepAliveTimeout !== 5000) {
        res._keepAliveTimeout = server.keepAliveTimeout;
    }
    if (!keepAlive) {
        res.shouldKeepAlive = false;
    }
    if (server.maxRequestsPerSocket > 0) {
        state.requestsCount++;
        res.maxRequestsOnConnectionReached = server.maxRequestsPerSocket <= state.requestsCount;
    }
    if (socket._httpMessage) {
        if (state.outgoing === kNoMessages) {
            state.outgoing = [res];
        } else {
            state.outgoing.push(res);
        }
    } else if (Response === ServerResponse) {
        /* assignSocket, for a response that has no listeners or output yet */
        socket._httpMessage = res;
        res.socket = socket;
    } else {
        res.assignSocket(socket);
    }
    /* The common case: HTTP/1.1 with a Host header and no Expect. */
    if ((headBits === 1 && http11) || !answerSpecialRequest(server, req, res, headBits, http11)) {
        /* One 'request' listener (the createServer callback): call it as emit would. */
        var listener = server._events !== undefined ? server._events.request : undefined;
        if (typeof listener === 'function') {
            listener.call(server, req, res);
        } else {
            server.emit('request', req, res);
        }
    }
    if (complete === true) {
        markComplete(req);
    }
    return 0;
}

/* The requests serverOnHeadersComplete does not simply pass on: an HTTP/1.1 request without Host gets 400,
 * and Expect is answered (headBits: bit 0 Host, bit 1 Expect).  Returns true when the request
 * needs nothing more. */
function answerSpecialRequest(server, req, res, headBits, http11) {
    if (http11 && server.requireHostHeader && (headBits & 1) === 0) {
        /* RFC 7230 5.4: an HTTP/1.1 request without Host gets 400 (Node 20). */
        res.writeHead(400, ['Connection', 'close']);
        res.end();
        return true;
    }
    var expect = (headBits & 2) !== 0 ? rawHeader(req.rawHeaders, 'expect') : null;
    if (expect === null || !http11) {
        return false;
    }
    if (!common.continueExpression.test(expect)) {
        if (server.listenerCount('checkExpectation') > 0) {
            server.emit('checkExpectation', req, res);
        } else {
            res.writeHead(417);
            res.end();
        }
        return true;
    }
    res._expect_continue = true;
    if (server.listenerCount('checkContinue') > 0) {
        server.emit('checkContinue', req, res);
        return true;
    }
    res.writeContinue();
    return false;
}

/* The first value of the header `lower` from the raw list, without building req.headers. */
function rawHeader(raw, lower) {
    for (var i = 0; i < raw.length; i += 2) {
        var name = raw[i];
        if (name.length === lower.length && name.toLowerCase() === lower) {
            return raw[i + 1];
        }
    }
    return null;
}


function parserOnUpgrade(head) {
    var parser = this;
    var server = parser.server;
    var socket = parser.socket;
    var req = parser.upgradeRequest;
    parser.upgradeRequest = null;
    socket.removeListener('data', socketOnData);
    socket.removeListener('error', socketOnError);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('close', socketOnClose);
    socket.removeListener('drain', socketOnDrain);
    socket.removeListener('timeout', socketOnTimeout);
    removeConnection(server, socket);
    common.freeParser(parser, req, socket);
    var event = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (server.listenerCount(event) > 0) {
        server.emit(event, req, socket, common.toBuffer(head));
    } else {
        socket.destroy(); /* a CONNECT nothing listens for */
    }
}

/* After a response has gone out: the next pipelined response takes the socket, or the
 * connection idles (keep-alive timeout) or closes. */
function resOnFinish(res) {
    var req = res.req;
    var socket = res.socket;
    /* Break the request -> response link: a cycle only the slow mark-and-sweep would collect,
     * while plain reference counting frees these objects as soon as they are done. */
    req[kResponse] = null;
    req[kResponded] = true;
    if (!req._consuming && !req._dumped) {
        if (req._events === undefined && !req[kHasState]) {
            req._dumped = true; /* all _dump does for a body nobody looked at */
        } else {
            req._dump();
        }
    }
    var events = res._events;
    if (events !== undefined && events.close !== undefined) {
        process.nextTick(emitCloseNT, res);
    } else {
        res._closed = true;
        res.destroyed = true;
    }
    if (!socket) {
        return;
    }
    var state = socket._httpState;
    var incoming = state.incoming;
    if (incoming.length !== 0 && incoming[0] === req) {
        if (incoming.length === 1) {
            state.incoming = kNoMessages;
        } else {
            incoming.shift();
        }
    }
    var server = socket.server;
    if (res.detachSocket === detachSocket) {
        socket._httpMessage = null;
        res.socket = null;
    } else {
        res.detachSocket(socket);
    }
    if (res._last) {
        socket.destroySoon();
    } else if (state.outgoing.length === 0) {
        if (state.ended) {
            socket.end();
        } else if (server.keepAliveTimeout) {
            socket.setTimeout(server.keepAliveTimeout);
            state.keepAliveTimeoutSet = true;
        }
    } else {
        var next = state.outgoing.shift();
        if (state.outgoing.length === 0) {
            state.outgoing = kNoMessages;
        }
        next.assignSocket(socket);
    }
}

function emitCloseNT(res) {
    if (!res._closed) {
        res._closed = true;
        res.destroyed = true;
        res.emit('close');
    }
}

function parserOnError(code, reason) {
    var socket = this.socket;
    var err = new Error('Parse Error: ' + reason);
    err.code = code;
    err.reason = reason;
    socketOnError.call(socket, err);
}

var badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
var requestHeaderFieldsTooLargeResponse =
    'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';
var requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';

function socketOnError(e) {
    var socket = this;
    this.removeListener('error', socketOnError);
    this.on('error', function () {});
    var server = socket.server;
    if (server && server.listenerCount('clientError') > 0) {
        server.emit('clientError', e, socket);
        return;
    }
    /* A response already on its way (even one finished by now, for a request whose body the
     * parser rejects) means no 400 can follow: just close. */
    var msg = socket._httpMessage;
    var current = socket.parser && socket.parser.incoming;
    var answered = (msg && msg._headerSent) || (current && (current[kResponded] === true ||
        (current[kResponse] && current[kResponse]._headerSent)));
    if (socket.writable && !answered) {
        var response = e.code === 'HPE_HEADER_OVERFLOW' ? requestHeaderFieldsTooLargeResponse :
            e.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? requestTimeoutResponse : badRequestResponse;
        socket.write(response);
        socket.end();
        socket.destroySoon();
        return;
    }
    socket.destroy();
}

function socketOnEnd() {
    var socket = this;
    var state = socket._httpState;
    var server = socket.server;
    if (server && server.httpAllowHalfOpen) {
        return;
    }
    if (state) {
        state.ended = true;
        abortIncoming(state);
    }
    if (socket.writable && !socket._httpMessage) {
        socket.end();
    }
}

function abortIncoming(state) {
    var incoming = state.incoming;
    state.incoming = kNoMessages;
    for (var i = 0; i < incoming.length; i++) {
        if (!incoming[i].complete) {
            incoming[i].destroy(errors.connResetException('aborted'));
        }
    }
}

function socketOnClose() {
    var socket = this;
    var state = socket._httpState;
    if (socket.server) {
        removeConnection(socket.server, socket);
    }
    if (state) {
        abortIncoming(state);
        if (socket._httpMessage) {
            closeResponse(socket._httpMessage);
        }
        var outgoing = state.outgoing;
        state.outgoing = kNoMessages;
        for (var i = 0; i < outgoing.length; i++) {
            emitCloseNT(outgoing[i]);
        }
    }
    common.freeParser(socket.parser, null, socket);
}

function socketOnDrain() {
    var msg = this._httpMessage;
    if (msg && !msg.finished) {
        msg.emit('drain');
    }
}

function socketOnTimeout() {
    var socket = this;
    var server = socket.server;
    var state = socket._httpState;
    if (state && !state.keepAliveTimeoutSet && server && server.timeout === 0) {
        /* The keep-alive timer ran out while a request was being served: without
         * server.timeout, an active request has no time limit. */
        return;
    }
    var req = socket.parser && socket.parser.incoming;
    var reqTimeout = req && !req.complete && req.emit('timeout', socket);
    var res = socket._httpMessage;
    var resTimeout = res && res.emit('timeout', socket);
    var serverTimeout = server && server.emit('timeout', socket);
    if (!reqTimeout && !resTimeout && !serverTimeout) {
        socket.destroy();
    }
}

function removeConnection(server, socket) {
    var list = server[kConnections];
    var i = list.indexOf(socket);
    if (i !== -1) {
        list.splice(i, 1);
    }
}

module.exports = {
    STATUS_CODES: STATUS_CODES,
    Server: Server,
    ServerResponse: ServerResponse,
    kConnections: kConnections,
    storeHTTPOptions: storeHTTPOptions,
    initHTTPServer: initHTTPServer,
    httpServerPreClose: httpServerPreClose,
    connectionListener: connectionListener
};
