'use strict';
/* js/_http_client.js: http.request and ClientRequest: the request head and body as an
 * OutgoingMessage, a socket from the Agent, and the response parsed in C (lib/http.c) into an
 * IncomingMessage delivered by 'response'.  Errors are Node's: ECONNREFUSED from the socket,
 * 'socket hang up' (ECONNRESET) when the server closes before answering. */

var net = require('net');
var common = require('_http_common');
var socketOnData = common.socketOnData;
var outgoing = require('_http_outgoing');
var agentModule = require('_http_agent');
var errors = require('internal/errors');
var codes = errors.codes;
var OutgoingMessage = outgoing.OutgoingMessage;
var HTTPParser = common.HTTPParser;

var INVALID_PATH_REGEX = /[^\u0021-\u00ff]/;

function urlToOptions(url) {
    var options = {
        protocol: url.protocol,
        hostname: typeof url.hostname === 'string' && url.hostname.charAt(0) === '[' ?
            url.hostname.slice(1, -1) : url.hostname,
        hash: url.hash,
        search: url.search,
        pathname: url.pathname,
        path: (url.pathname || '') + (url.search || ''),
        href: url.href
    };
    if (url.port !== '') {
        options.port = Number(url.port);
    }
    if (url.username || url.password) {
        options.auth = decodeURIComponent(url.username) + ':' + decodeURIComponent(url.password);
    }
    return options;
}

function parseUrlString(input) {
    if (typeof URL === 'function') {
        return urlToOptions(new URL(input));
    }
    var m = /^(https?:)\/\/(?:([^@/]*)@)?(\[[^\]]+\]|[^:/?#]*)(?::(\d+))?([^?#]*)(\?[^#]*)?/.exec(input);
    if (!m) {
        throw new codes.ERR_INVALID_URL(input);
    }
    var options = { protocol: m[1], hostname: m[3], path: (m[5] || '/') + (m[6] || '') };
    if (m[3].charAt(0) === '[') {
        options.hostname = m[3].slice(1, -1);
    }
    if (m[4]) {
        options.port = Number(m[4]);
    }
    if (m[2]) {
        options.auth = decodeURIComponent(m[2]);
    }
    return options;
}

function ClientRequest(input, options, cb) {
    OutgoingMessage.call(this);
    if (typeof input === 'string') {
        input = parseUrlString(input);
    } else if (input !== null && typeof input === 'object' && typeof input.href === 'string' &&
        input.searchParams) {
        input = urlToOptions(input);
    } else {
        cb = options;
        options = input;
        input = null;
    }
    if (typeof options === 'function') {
        cb = options;
        options = input || {};
    } else {
        options = Object.assign({}, input || {}, options || {});
    }
    var agent = options.agent;
    var defaultAgent = options._defaultAgent || agentModule.globalAgent;
    if (agent === false) {
        agent = new defaultAgent.constructor();
    } else if (agent === null || agent === undefined) {
        if (typeof options.createConnection !== 'function') {
            agent = defaultAgent;
        }
    }
    this.agent = agent;
    var expectedProtocol = (this.agent && this.agent.protocol) || defaultAgent.protocol;
    var protocol = options.protocol || defaultAgent.protocol;
    if (protocol !== expectedProtocol) {
        throw new codes.ERR_INVALID_PROTOCOL(protocol, expectedProtocol);
    }
    var defaultPort = options.defaultPort || (this.agent && this.agent.defaultPort) || 80;
    var port = options.port = options.port || defaultPort;
    var host = options.host = validateHost(options.hostname, 'hostname') ||
        validateHost(options.host, 'host') || 'localhost';
    this.path = options.path || '/';
    if (INVALID_PATH_REGEX.test(this.path)) {
        throw new codes.ERR_UNESCAPED_CHARACTERS('Request path');
    }
    var method = options.method;
    if (method !== null && method !== undefined && typeof method !== 'string') {
        throw new codes.ERR_INVALID_ARG_TYPE('options.method', 'string', method);
    }
    method = method ? method.toUpperCase() : 'GET';
    if (!common._checkIsHttpToken(method)) {
        throw new codes.ERR_INVALID_HTTP_TOKEN('Method', method);
    }
    this.method = method;
    this.host = host;
    this.protocol = protocol;
    this.timeout = options.timeout;
    this.maxHeadersCount = null;
    this.reusedSocket = false;
    this.aborted = false;
    this.res = null;
    this._ended = false;
    this.timeoutCb = null;
    this.useChunkedEncodingByDefault = !(method === 'GET' || method === 'HEAD' ||
        method === 'DELETE' || method === 'OPTIONS' || method === 'TRACE' || method === 'CONNECT');
    if (cb) {
        this.once('response', cb);
    }
    var headersArray = Array.isArray(options.headers);
    if (!headersArray) {
        if (options.headers) {
            var keys = Object.keys(options.headers);
            for (var i = 0; i < keys.length; i++) {
                this.setHeader(keys[i], options.headers[keys[i]]);
            }
        }
        if (host && !this.getHeader('host') && options.setHost !== false) {
            var hostHeader = host;
            if (hostHeader.indexOf(':') !== -1 && hostHeader.charAt(0) !== '[') {
                hostHeader = '[' + hostHeader + ']';
            }
            if (port && +port !== +defaultPort) {
                hostHeader += ':' + port;
            }
            this.setHeader('Host', hostHeader);
        }
        if (options.auth && !this.getHeader('Authorization')) {
            this.setHeader('Authorization', 'Basic ' + Buffer.from(options.auth).toString('base64'));
        }
        this._storeHeaderLater = null;
    } else {
        this._storeHeaderLater = options.headers;
    }
    var connectOptions = Object.assign({}, options);
    this.shouldKeepAlive = !!(this.agent && this.agent.keepAlive);
    if (this.agent) {
        this.agent.addRequest(this, connectOptions);
    } else {
        var socket = typeof options.createConnection === 'function' ?
            options.createConnection(connectOptions) : net.createConnection(connectOptions);
        this.onSocket(socket);
    }
}
ClientRequest.prototype = Object.create(OutgoingMessage.prototype, {
    constructor: { value: ClientRequest, writable: true, configurable: true }
});
Object.setPrototypeOf(ClientRequest, OutgoingMessage);

function validateHost(host, name) {
    if (host !== null && host !== undefined && typeof host !== 'string') {
        throw new codes.ERR_INVALID_ARG_TYPE('options.' + name, ['string', 'undefined', 'null'],
            host);
    }
    return host;
}

ClientRequest.prototype._implicitHeader = function _implicitHeader() {
    if (this._header) {
        throw new codes.ERR_HTTP_HEADERS_SENT('render');
    }
    this._storeHeader(this.method + ' ' + this.path + ' HTTP/1.1\r\n',
        this._storeHeaderLater || this[outgoing.kOutHeaders]);
};

ClientRequest.prototype.abort = function abort() {
    if (this.aborted) {
        return;
    }
    this.aborted = true;
    var self = this;
    process.nextTick(function () { self.emit('abort'); });
    this.destroy();
};

ClientRequest.prototype.destroy = function destroy(err) {
    if (this.destroyed) {
        return this;
    }
    this.destroyed = true;
    if (this.res) {
        this.res._dump();
    }
    this[kError] = err;
    if (this.socket) {
        this.socket.destroy(err);
    } else if (err) {
        var self = this;
        process.nextTick(function () {
            self.emit('error', err);
            self.emit('close');
        });
    }
    return this;
};
var kError = Symbol('kError');

ClientRequest.prototype.onSocket = function onSocket(socket, err) {
    var req = this;
    process.nextTick(function () {
        if (err) {
            req.emit('error', err);
            return;
        }
        if (req.destroyed) {
            socket.emit('free');
            return;
        }
        tickOnSocket(req, socket);
    });
};

function tickOnSocket(req, socket) {
    var parser = common.allocParser(HTTPParser.RESPONSE, socket, undefined, req.maxHeadersCount || 2000);
    req.socket = socket;
    socket.parser = parser;
    socket._httpMessage = req;
    parser.req = req;
    parser.onIncoming = parserOnIncomingClient;
    parser.onError = parserOnClientError;
    parser.onUpgrade = parserOnUpgradeClient;
    if (common.consumableHandle(socket) !== null) {
        parser.consume(socket._handle);
    } else {
        socket.on('data', socketOnData);
    }
    socket.on('error', socketErrorListener);
    socket.on('end', socketOnEnd);
    socket.on('close', socketCloseListener);
    socket.on('drain', ondrain);
    if (req.timeout !== undefined) {
        req.setTimeout(req.timeout);
    }
    req.emit('socket', socket);
    req._flush();
    if (socket._handle && !socket.connecting && !socket._handle.reading) {
        socket._handle.reading = true;
        socket._handle.readStart();
    } else if (socket.connecting) {
        socket.once('connect', function () {
            if (socket._handle && !socket._handle.reading) {
                socket._handle.reading = true;
                socket._handle.readStart();
            }
        });
    }
}

function ondrain() {
    var msg = this._httpMessage;
    if (msg && !msg.finished) {
        msg.emit('drain');
    }
}


function parserOnClientError(code, reason) {
    var socket = this.socket;
    var req = this.req;
    var err = new Error('Parse Error: ' + reason);
    err.code = code;
    err.reason = reason;
    if (req) {
        req.socket._hadError = true;
        req.emit('error', err);
    }
    socket.destroy();
}

function socketErrorListener(err) {
    var socket = this;
    var req = socket._httpMessage;
    if (req) {
        req.socket._hadError = true;
        if (!req.res || !req.res.complete) {
            req.emit('error', err);
        }
    }
    var parser = socket.parser;
    if (parser) {
        common.freeParser(parser, req, socket);
    }
    socket.destroy();
}

function socketOnEnd() {
    var socket = this;
    var req = this._httpMessage;
    if (req && !req.res && !req.socket._hadError) {
        req.socket._hadError = true;
        req.emit('error', errors.connResetException('socket hang up'));
    }
    var parser = socket.parser;
    if (parser) {
        parser.finish();
        common.freeParser(parser, req, socket);
    }
    socket.destroy();
}

function socketCloseListener() {
    var socket = this;
    var req = socket._httpMessage;
    var parser = socket.parser;
    var res = req && req.res;
    if (req) {
        req.destroyed = true;
        if (res) {
            if (!res.complete) {
                res.destroy(errors.connResetException('aborted'));
            }
            req._closed = true;
            req.emit('close');
            if (!res.aborted && res.readable) {
                res.push(null);
            }
        } else {
            if (!req.socket._hadError) {
                req.socket._hadError = true;
                req.emit('error', errors.connResetException('socket hang up'));
            }
            req._closed = true;
            req.emit('close');
        }
    }
    if (parser) {
        common.freeParser(parser, req, socket);
    }
}

function parserOnIncomingClient(res, shouldKeepAlive) {
    var parser = this;
    var socket = parser.socket;
    var req = parser.req;
    if (req.res) {
        socket.destroy();
        return 0;
    }
    req.res = res;
    res.req = req;
    if (res.statusCode === 100) {
        req.res = null;
        req.emit('continue');
        return 1;
    }
    if (res.upgrade) {
        /* 101 Switching Protocols: no 'response'; the socket goes to 'upgrade' (onUpgrade). */
        req.upgradeOrConnect = true;
        parser.upgradeResponse = res;
        return 1;
    }
    if (req.shouldKeepAlive && !shouldKeepAlive && !req.upgradeOrConnect) {
        req.shouldKeepAlive = false;
    }
    var isHead = req.method === 'HEAD';
    res.on('end', responseOnEnd);
    if (!req.emit('response', res)) {
        res._dump();
    }
    return isHead ? 1 : 0;
}

/* The server switched protocols: hand the socket and the bytes already read to 'upgrade'
 * listeners, or close it when there are none, as Node. */
function parserOnUpgradeClient(head) {
    var parser = this;
    var socket = parser.socket;
    var req = parser.req;
    var res = parser.upgradeResponse;
    parser.upgradeResponse = null;
    socket.removeListener('error', socketErrorListener);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('close', socketCloseListener);
    socket.removeListener('drain', ondrain);
    socket.removeListener('data', socketOnData);
    common.freeParser(parser, req, socket);
    socket._httpMessage = null;
    req.res = res;
    res.req = req;
    if (req.listenerCount('upgrade') > 0) {
        req.emit('upgrade', res, socket, common.toBuffer(head));
    } else {
        socket.destroy();
    }
    req._closed = true;
    process.nextTick(function () { req.emit('close'); });
}

function responseOnEnd() {
    var req = this.req;
    var socket = req.socket;
    req._ended = true;
    if (socket && req.timeoutCb) {
        socket.removeListener('timeout', req.timeoutCb);
        req.timeoutCb = null;
    }
    if (socket && !socket.destroyed) {
        if (req.shouldKeepAlive && req.agent) {
            responseKeepAlive(req);
        } else if (socket.writable) {
            socket.destroySoon();
        }
    }
    req._closed = true;
    process.nextTick(function () { req.emit('close'); });
}

function responseKeepAlive(req) {
    var socket = req.socket;
    socket.removeListener('close', socketCloseListener);
    socket.removeListener('error', socketErrorListener);
    socket.removeListener('end', socketOnEnd);
    socket.removeListener('drain', ondrain);
    socket.removeListener('data', socketOnData);
    var parser = socket.parser;
    common.freeParser(parser, req, socket);
    /* an error before the agent takes the socket back is nobody's; from 'free' on, the
     * agent's own listener is there (one per socket: it must not pile up over reuses) */
    socket.once('error', ignoreError);
    process.nextTick(function () {
        socket.removeListener('error', ignoreError);
        socket._httpMessage = req;
        socket.emit('free');
    });
}

function ignoreError() {}

/* The socket's 'timeout' is the request's while the request has the socket: one listener,
 * taken off when a kept-alive socket goes back to the agent (as Node), so reuses do not pile
 * them up. */
function emitRequestTimeout() {
    var req = this._httpMessage;
    if (req) {
        req.emit('timeout');
    }
}

function listenSocketTimeout(req) {
    if (req.timeoutCb) {
        return;
    }
    req.timeoutCb = emitRequestTimeout;
    if (req.socket) {
        req.socket.once('timeout', emitRequestTimeout);
    } else {
        req.on('socket', function (socket) { socket.once('timeout', emitRequestTimeout); });
    }
}

function setSocketTimeout(socket, msecs) {
    if (socket.connecting) {
        socket.once('connect', function () { socket.setTimeout(msecs); });
    } else {
        socket.setTimeout(msecs);
    }
}

ClientRequest.prototype.setTimeout = function setTimeout(msecs, callback) {
    if (this._ended) {
        return this;
    }
    listenSocketTimeout(this);
    if (callback) {
        this.once('timeout', callback);
    }
    if (this.socket) {
        setSocketTimeout(this.socket, msecs);
    } else {
        this.once('socket', function (socket) { setSocketTimeout(socket, msecs); });
    }
    return this;
};

ClientRequest.prototype.setNoDelay = function setNoDelay(noDelay) {
    var req = this;
    if (this.socket) {
        this.socket.setNoDelay(noDelay);
    } else {
        this.once('socket', function (s) { s.setNoDelay(noDelay); });
    }
    return req;
};

ClientRequest.prototype.setSocketKeepAlive = function setSocketKeepAlive(enable, delay) {
    if (this.socket) {
        this.socket.setKeepAlive(enable, delay);
    } else {
        this.once('socket', function (s) { s.setKeepAlive(enable, delay); });
    }
};

module.exports = {
    ClientRequest: ClientRequest
};
