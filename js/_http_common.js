'use strict';
/* js/_http_common.js: what the HTTP server and client share: the parser glue over
 * internalBinding('http'), header-name and value validation, the methods list.
 *
 * A parser is bound to one socket at a time.  Its callbacks (set here) turn the C parser's calls
 * into IncomingMessage objects: onHeadersComplete builds the message, onBody pushes chunks,
 * onMessageComplete ends it.  `parser.onIncoming(incoming, shouldKeepAlive, headBits)` is
 * supplied by the client; the server replaces onHeadersComplete itself (serverOnHeadersComplete
 * in js/_http_server.js), which also gets headBits (bit 0 the message has a Host header, bit 1
 * an Expect header). */

var binding = internalBinding('http');
var HTTPParser = binding.HTTPParser;
var incomingModule = require('_http_incoming');
var IncomingMessage = incomingModule.IncomingMessage;
var markComplete = incomingModule.markComplete;

var tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
/* Invalid in a header value: control characters other than HTAB, and DEL. */
var headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;

function checkIsHttpToken(val) {
    return typeof val === 'string' && tokenRegExp.test(val);
}

function checkInvalidHeaderChar(val) {
    return headerCharRegex.test(val);
}

var BufferCtor = null;
function toBuffer(bytes) {
    if (BufferCtor === null) {
        BufferCtor = require('buffer').Buffer;
    }
    return BufferCtor.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

/* `complete`: the parser saw the whole message in the same read (a request without a body),
 * so this is its only call; no onMessageComplete follows. */
function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url, statusCode,
    statusMessage, upgrade, shouldKeepAlive, complete, headBits) {
    var parser = this;
    var socket = parser.socket;
    var incoming = new IncomingMessage(socket);
    incoming.httpVersionMajor = versionMajor;
    incoming.httpVersionMinor = versionMinor;
    incoming.httpVersion = versionMajor === 1 && versionMinor === 1 ? '1.1' :
        versionMajor + '.' + versionMinor;
    if (url !== undefined) {
        incoming.url = url;
    }
    if (upgrade) {
        incoming.upgrade = upgrade;
    }
    incoming.rawHeaders = headers;
    if (method !== undefined) {
        incoming.method = method;
    } else {
        incoming.statusCode = statusCode;
        incoming.statusMessage = statusMessage;
    }
    if (complete !== true) {
        parser.incoming = incoming;
        return parser.onIncoming(incoming, shouldKeepAlive, headBits);
    }
    /* As in Node, 'request' sees complete === false; the end follows at once. */
    parser.incoming = null;
    var ret = parser.onIncoming(incoming, shouldKeepAlive, headBits);
    markComplete(incoming);
    return ret;
}

function parserOnBody(bytes) {
    var stream = this.incoming;
    if (stream === null || stream === undefined || stream._dumped) {
        return;
    }
    if (!stream.push(toBuffer(bytes))) {
        readStop(this.socket);
    }
}

/* trailers: the raw trailer fields of a chunked body, when it had any. */
function parserOnMessageComplete(trailers) {
    var parser = this;
    var stream = parser.incoming;
    if (stream !== null && stream !== undefined) {
        if (trailers !== undefined) {
            stream.rawTrailers = trailers;
        }
        markComplete(stream);
    }
    parser.incoming = null;
}

function readStop(socket) {
    if (socket && socket._handle && socket._handle.reading) {
        socket._handle.reading = false;
        socket._handle.readStop();
    }
}

var TCP = internalBinding('tcp').TCP;

/* TCP handles carry this mark: the C parser consumes them directly, and a response goes to them
 * in one C write.  A TLS socket's handle is JavaScript (js/_tls_wrap.js), and its plaintext
 * arrives as 'data'. */
var kConsumable = Symbol('kConsumable');
TCP.prototype[kConsumable] = true;

/* Returns the socket's handle when it is such a TCP handle, or null. */
function consumableHandle(socket) {
    var handle = socket._handle;
    return handle !== null && handle !== undefined && handle[kConsumable] === true ? handle : null;
}

var freeParsers = [];

/* A parser's defaults live on the prototype: one kept by an idle connection holds as its own
 * properties only what its user set (the server's: the socket, the server, the connection's
 * state and three callbacks). */
var parserDefaults = {
    socket: null, incoming: null, onHeadersComplete: parserOnHeadersComplete, onBody: parserOnBody,
    onMessageComplete: parserOnMessageComplete, onIncoming: null, onError: null, onUpgrade: null,
    upgradeRequest: null, upgradeResponse: null, server: null, state: null, req: null
};
var parserDefaultKeys = Object.keys(parserDefaults);
parserDefaultKeys.forEach(function (key) {
    HTTPParser.prototype[key] = parserDefaults[key];
});

/* Returns a parser bound to socket, reusing a free one. */
function allocParser(type, socket, maxHeaderSize, maxHeadersCount) {
    var parser = freeParsers.pop() || new HTTPParser(type);
    parser.initialize(type, maxHeaderSize, maxHeadersCount);
    parser.socket = socket;
    return parser;
}

function freeParser(parser, req, socket) {
    if (parser) {
        parser.unconsume();
        /* back to the defaults, dropping what the last user hung on it */
        for (var i = 0; i < parserDefaultKeys.length; i++) {
            if (Object.prototype.hasOwnProperty.call(parser, parserDefaultKeys[i])) {
                parser[parserDefaultKeys[i]] = parserDefaults[parserDefaultKeys[i]];
            }
        }
        if (freeParsers.length < 1000) {
            freeParsers.push(parser);
        }
    }
    if (req) {
        req.parser = null;
    }
    if (socket) {
        socket.parser = null;
    }
}

/* 'data' of a socket whose handle the C parser cannot read itself (TLS), on either side: the
 * bytes are parsed here, and after an upgrade (a request the 'upgrade' listener takes, or a 101
 * response) the rest goes to onUpgrade with the socket, as the C path does. */
function socketOnData(d) {
    var parser = this.parser;
    if (!parser) {
        return;
    }
    var ret = parser.execute(d);
    if (typeof ret === 'object') {
        if (parser.onError) {
            parser.onError(ret.code, ret.reason);
        }
    } else if (parser.upgradeRequest || parser.upgradeResponse) {
        parser.onUpgrade(d.slice(ret));
    }
}

module.exports = {
    _checkInvalidHeaderChar: checkInvalidHeaderChar,
    _checkIsHttpToken: checkIsHttpToken,
    allocParser: allocParser,
    chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
    consumableHandle: consumableHandle,
    kConsumable: kConsumable,
    continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
    CRLF: '\r\n',
    freeParser: freeParser,
    HTTPParser: HTTPParser,
    methods: binding.methods.slice().sort(),
    readStop: readStop,
    socketOnData: socketOnData,
    toBuffer: toBuffer
};
