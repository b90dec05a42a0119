'use strict';
/* js/_tls_wrap.js: Node's _tls_wrap: TLSSocket, tls.Server and tls.connect.
 *
 * A TLSSocket is a net.Socket whose _handle is a TLSHandle: a JavaScript object with the TCP
 * handle's interface (readStart, writeBuffer, shutdown, close, onread, ...) that pumps bytes
 * between a TLSWrap engine (lib/tls_wrap.c) and the stream underneath, a net.Socket or any
 * Duplex: ciphertext read from it is fed to the engine, the plaintext that comes out goes to
 * onread as a TCP read would, and plaintext written is encrypted and written to it.  Writes made
 * before the handshake completes wait in the handle.  net.Socket's stream machinery (backpressure,
 * timeouts, half-close, destroy) therefore works unchanged on TLS.
 *
 * Verification follows Node: the engine records what it found, and the client decides with
 * rejectUnauthorized and checkServerIdentity; a server asks for client certificates with
 * requestCert.  Differences from Node 20 are listed in docs/api.md. */

var net = require('net');
var errors = require('internal/errors');
var common = require('_tls_common');
var jsStreamSocket = require('internal/js_stream_socket');
var Buffer = require('buffer').Buffer;
var inherits = require('internal/util/inherit_class');
var binding = internalBinding('tls_wrap');
var UV_EOF = internalBinding('tcp').UV_EOF;

var codes = errors.codes;
var UV_EPIPE = -32;
var UV_ENOTCONN = -107;
var VERIFY_NONE = 0;
var VERIFY_OPTIONAL = 1;
var VERIFY_REQUIRED = 2;
var kConnectOptions = Symbol('connect-options');
var kErrorEmitted = Symbol('error-emitted');
var kSniName = Symbol('sni-name');

var VERIFY_MESSAGES = {
    UNABLE_TO_GET_ISSUER_CERT: 'unable to get issuer certificate',
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unable to get local issuer certificate',
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unable to verify the first certificate',
    DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
    SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in certificate chain',
    CERT_HAS_EXPIRED: 'certificate has expired',
    CERT_NOT_YET_VALID: 'certificate is not yet valid',
    CERT_REVOKED: 'certificate revoked',
    INVALID_PURPOSE: 'unsupported certificate purpose',
    CERT_REJECTED: 'certificate rejected'
};

function toBuffer(bytes) {
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
}

function noop() {}

/* ---- TLSHandle: the engine between a TLSSocket and its transport ---- */

function TLSHandle(wrap, raw) {
    this.wrap = wrap;
    this.raw = raw;
    this.owner = null;
    this.onread = null;
    this.onclose = null;
    this.reading = false;
    this.secure = false;
    this.closed = false;
    this.gotEOF = false;
    this.pending = [];
    this.pendingShutdown = null;
    var self = this;
    this.listeners = {
        data: function (chunk) { self.receive(chunk); },
        end: function () { self.transportEnd(); },
        error: function (err) { self.transportError(err); },
        close: function () { self.transportEnd(); }
    };
    raw.on('data', this.listeners.data);
    raw.on('end', this.listeners.end);
    raw.on('error', this.listeners.error);
    raw.on('close', this.listeners.close);
}

/* Starts the handshake (a client sends its hello; a server waits for one). */
TLSHandle.prototype.start = function start() {
    this.cycle();
};

TLSHandle.prototype.receive = function receive(chunk) {
    if (this.closed) {
        return;
    }
    if (typeof chunk === 'string') {
        chunk = Buffer.from(chunk, 'latin1');
    }
    if (this.wrap.receive(chunk) < 0) {
        this.fail(-0x7F00 /* ALLOC_FAILED */);
        return;
    }
    this.cycle();
};

/* Advances the handshake, then decrypts what has arrived. */
TLSHandle.prototype.cycle = function cycle() {
    if (!this.secure) {
        var r = this.wrap.handshake();
        this.flush();
        if (r < 0) {
            this.fail(r);
            return;
        }
        if (r === 1) {
            return;
        }
        this.secure = true;
        this.owner._onHandshakeDone();
        if (this.closed) {
            return;
        }
        this.writePending();
    }
    this.readPlain();
};

TLSHandle.prototype.readPlain = function readPlain() {
    while (!this.closed) {
        var r = this.wrap.read();
        if (typeof r === 'number') {
            if (r === 1) {
                this.eof();
            } else if (r < 0) {
                this.fail(r);
            }
            break;
        }
        if (this.onread !== null) {
            this.onread(r.length, r);
        }
    }
    if (!this.closed) {
        this.flush();
    }
};

/* Sends what the engine produced; cb (if any) runs once the transport has taken it. */
TLSHandle.prototype.flush = function flush(cb) {
    var out = this.closed ? undefined : this.wrap.takeOutput();
    if (out === undefined || this.raw.destroyed || this.raw.writableEnded) {
        return false;
    }
    this.raw.write(toBuffer(out), cb);
    return true;
};

TLSHandle.prototype.eof = function eof() {
    if (!this.gotEOF) {
        this.gotEOF = true;
        if (this.onread !== null) {
            this.onread(UV_EOF);
        }
    }
};

/* A TLS failure: the owner turns the engine's status into Node's error. */
TLSHandle.prototype.fail = function fail(status) {
    if (this.closed) {
        return;
    }
    var reason = this.wrap.errorReason(status);
    var err = new Error(reason);
    err.library = 'SSL routines';
    err.reason = reason;
    err.code = 'ERR_SSL_' + reason.toUpperCase().replace(/[^A-Z0-9]+/g, '_');
    this.owner._tlsError(err);
};

TLSHandle.prototype.transportEnd = function transportEnd() {
    if (this.closed) {
        return;
    }
    if (!this.secure) {
        this.owner._onTransportEndBeforeSecure();
        return;
    }
    this.eof();
};

/* A transport error (ECONNRESET...) goes where a TLS error would: a server reports it as
 * 'tlsClientError' until the socket is handed over, so a client resetting mid-handshake cannot
 * bring the server down. */
TLSHandle.prototype.transportError = function transportError(err) {
    if (!this.closed && this.owner !== null) {
        this.owner._tlsError(err);
    }
};

TLSHandle.prototype.readStart = function readStart() {
    if (this.raw.isPaused() && !this.closed) {
        this.raw.resume();
    }
    return 0;
};

TLSHandle.prototype.readStop = function readStop() {
    /* The handshake always reads; afterwards the transport pauses with the socket. */
    if (this.secure && !this.closed) {
        this.raw.pause();
    }
    return 0;
};

/* Encrypts data for req: 0 when nothing waits on the transport, 1 when req.oncomplete follows. */
TLSHandle.prototype.encrypt = function encrypt(req, data) {
    var r = this.wrap.write(data);
    if (r < 0) {
        var self = this;
        process.nextTick(function () { self.fail(r); });
        return 1;
    }
    var sent = this.flush(function (err) {
        req.oncomplete(err ? UV_EPIPE : 0);
    });
    return sent ? 1 : 0;
};

TLSHandle.prototype.writeBuffer = function writeBuffer(req, data) {
    if (this.closed) {
        return UV_EPIPE;
    }
    if (!this.secure) {
        this.pending.push({ req: req, data: data });
        return 1;
    }
    return this.encrypt(req, data);
};

TLSHandle.prototype.writeString = TLSHandle.prototype.writeBuffer;

TLSHandle.prototype.writePending = function writePending() {
    var list = this.pending;
    this.pending = [];
    for (var i = 0; i < list.length && !this.closed; i++) {
        if (this.encrypt(list[i].req, list[i].data) === 0) {
            list[i].req.oncomplete(0);
        }
    }
    if (this.pendingShutdown !== null && !this.closed) {
        var req = this.pendingShutdown;
        this.pendingShutdown = null;
        this.shutdown(req);
    }
};

TLSHandle.prototype.writeQueueSize = function writeQueueSize() {
    return this.raw.writableLength || 0;
};

/* Sends close_notify, then ends the transport. */
TLSHandle.prototype.shutdown = function shutdown(req) {
    if (this.closed) {
        return UV_ENOTCONN;
    }
    if (!this.secure) {
        this.pendingShutdown = req;
        return 0;
    }
    if (this.wrap.closeNotify() === 0) {
        this.flush();
    }
    jsStreamSocket.endStream(this.raw, req);
    return 0;
};

TLSHandle.prototype.close = function close() {
    if (this.closed) {
        return;
    }
    this.closed = true;
    var raw = this.raw;
    raw.removeListener('data', this.listeners.data);
    raw.removeListener('end', this.listeners.end);
    raw.removeListener('error', this.listeners.error);
    raw.removeListener('close', this.listeners.close);
    /* A late transport error (a write that was under way) must not go uncaught. */
    raw.on('error', noop);
    this.wrap.close();
    this.pending = [];
    /* 'close' on the TLS socket comes before what destroying the transport schedules (a
     * server's 'close' once its last connection is gone). */
    var self = this;
    process.nextTick(function () {
        if (typeof self.onclose === 'function') {
            self.onclose();
        }
    });
    raw.destroy();
};

/* Node wraps a transport that is not a net.Socket in a JSStreamSocket and keeps it as
 * _handle._parentWrap; here the TLSHandle reads the stream itself, and _parentWrap, made on first
 * read, is a JSStreamSocket-prototyped object naming that stream (http2-wrapper takes
 * _parentWrap.constructor as the class). */
Object.defineProperty(TLSHandle.prototype, '_parentWrap', {
    configurable: true,
    get: function () {
        if (this.raw instanceof net.Socket) {
            return this.raw;
        }
        var wrap = Object.create(jsStreamSocket.JSStreamSocket.prototype);
        wrap.stream = this.raw;
        Object.defineProperty(this, '_parentWrap', { value: wrap, configurable: true });
        return wrap;
    }
});

function rawName(raw, which) {
    if (typeof raw._getName === 'function') {
        return raw._getName(which);
    }
    return undefined;
}

TLSHandle.prototype.getpeername = function getpeername() {
    return rawName(this.raw, 'peer');
};

TLSHandle.prototype.getsockname = function getsockname() {
    return rawName(this.raw, 'sock');
};

TLSHandle.prototype.setNoDelay = function setNoDelay(enable) {
    if (typeof this.raw.setNoDelay === 'function') {
        this.raw.setNoDelay(enable);
    }
};

TLSHandle.prototype.setKeepAlive = function setKeepAlive(enable, delaySec) {
    if (typeof this.raw.setKeepAlive === 'function') {
        this.raw.setKeepAlive(enable, delaySec * 1000);
    }
};

TLSHandle.prototype.ref = function ref() {
    if (typeof this.raw.ref === 'function') {
        this.raw.ref();
    }
};

TLSHandle.prototype.unref = function unref() {
    if (typeof this.raw.unref === 'function') {
        this.raw.unref();
    }
};

/* ---- TLSSocket ---- */

function TLSSocket(socket, opts) {
    if (!(this instanceof TLSSocket)) {
        return new TLSSocket(socket, opts);
    }
    var tlsOptions = Object.assign({}, opts);
    var isServer = !!tlsOptions.isServer;
    var context = tlsOptions.secureContext;
    if (context === undefined) {
        context = common.createSecureContext(tlsOptions);
    } else if (!common.isSecureContext(context)) {
        throw new codes.ERR_TLS_INVALID_CONTEXT('context');
    }
    if (!isServer || tlsOptions.requestCert) {
        common.useRootsIfNeeded(context);
    }
    this._tlsOptions = tlsOptions;
    this._secureEstablished = false;
    this._securePending = false;
    this._newSessionPending = false;
    this._controlReleased = false;
    this.secureConnecting = true;
    this._SNICallback = null;
    this.servername = null;
    this.alpnProtocol = null;
    this.authorized = false;
    this.authorizationError = null;
    this.encrypted = true;
    this[kErrorEmitted] = false;
    var raw = socket;
    if (raw === undefined || raw === null) {
        raw = new net.Socket({ allowHalfOpen: true });
    }
    raw.allowHalfOpen = true;
    var servername = isServer ? null : tlsOptions.servername;
    if (typeof servername !== 'string' || servername === '' || net.isIP(servername)) {
        servername = null;
    }
    var verify = VERIFY_OPTIONAL;
    if (isServer) {
        verify = !tlsOptions.requestCert ? VERIFY_NONE :
            tlsOptions.rejectUnauthorized !== false ? VERIFY_REQUIRED : VERIFY_OPTIONAL;
    }
    var wrap = new binding.TLSWrap(context.context, isServer, servername,
        common.alpnWire(tlsOptions.ALPNProtocols), verify);
    this[kSniName] = servername;
    net.Socket.call(this, {
        handle: new TLSHandle(wrap, raw),
        allowHalfOpen: !!tlsOptions.allowHalfOpen,
        pauseOnCreate: tlsOptions.pauseOnConnect,
        manualStart: true
    });
    if (isServer) {
        this.server = tlsOptions.server || null;
    }
    if (raw.connecting) {
        this.connecting = true;
        var self = this;
        raw.once('connect', function () {
            if (self._handle === null) {
                return;
            }
            self.connecting = false;
            self._handle.start();
            self.emit('connect');
            self.emit('ready');
            if (self.readable && !self.isPaused()) {
                self.read(0);
            }
        });
    }
}
inherits(TLSSocket, net.Socket);

/* Begins the handshake over a transport that is already connected. */
TLSSocket.prototype._start = function _start() {
    if (this._handle !== null && !this.connecting) {
        this._handle.start();
    }
};

TLSSocket.prototype._releaseControl = function _releaseControl() {
    if (this._controlReleased) {
        return false;
    }
    this._controlReleased = true;
    return true;
};

TLSSocket.prototype._onHandshakeDone = function _onHandshakeDone() {
    var wrap = this._handle.wrap;
    this._secureEstablished = true;
    this.alpnProtocol = wrap.alpnProtocol() || false;
    this.servername = (this._tlsOptions.isServer ? wrap.servername() : this[kSniName]) || false;
    if (this[kHandshakeTimer]) {
        this.setTimeout(0, this[kHandshakeTimer]);
        this[kHandshakeTimer] = null;
    }
    this.emit('secure');
};

var kHandshakeTimer = Symbol('handshake-timer');

/* A TLS-level failure: a server socket reports it as 'tlsClientError' until it is handed to
 * the application; a client socket emits 'error'. */
TLSSocket.prototype._tlsError = function _tlsError(err) {
    this.emit('_tlsError', err);
    if (this._controlReleased) {
        this.destroy(err);
    } else {
        this.destroy();
    }
};

TLSSocket.prototype._onTransportEndBeforeSecure = function _onTransportEndBeforeSecure() {
    var options = this[kConnectOptions];
    if (options === undefined) {
        this.destroy();
        return;
    }
    var err = errors.connResetException(
        'Client network socket disconnected before secure TLS connection was established');
    err.path = options.path;
    err.host = options.host;
    err.port = options.port;
    err.localAddress = options.localAddress;
    this.destroy(err);
};

TLSSocket.prototype._wrapOrNull = function _wrapOrNull() {
    return this._handle !== null && !this._handle.closed ? this._handle.wrap : null;
};

function translateCert(c, raw) {
    c.raw = toBuffer(raw);
    return c;
}

/* Returns the peer's certificate as Node shows it; with detailed, issuerCertificate links the
 * chain up to a self-signed root, which refers to itself. */
TLSSocket.prototype.getPeerCertificate = function getPeerCertificate(detailed) {
    var wrap = this._wrapOrNull();
    if (wrap === null) {
        return null;
    }
    var chain = wrap.peerCertificates();
    if (chain.length === 0) {
        return {};
    }
    for (var i = 0; i < chain.length; i++) {
        translateCert(chain[i], chain[i].raw);
    }
    if (detailed) {
        for (var j = 0; j < chain.length; j++) {
            var next = chain[j + 1];
            if (next === undefined && chain[j].fingerprint256 && isSelfIssued(chain[j])) {
                next = chain[j];
            }
            if (next !== undefined) {
                chain[j].issuerCertificate = next;
            }
        }
    }
    return chain[0];
};

function isSelfIssued(cert) {
    return JSON.stringify(cert.subject) === JSON.stringify(cert.issuer);
}

TLSSocket.prototype.getCertificate = function getCertificate() {
    var wrap = this._wrapOrNull();
    if (wrap === null) {
        return null;
    }
    var c = this._tlsOptions.secureContext || null;
    var cert = c !== null ? c.context.certificate() : undefined;
    return cert === undefined ? {} : translateCert(cert, cert.raw);
};

TLSSocket.prototype.getProtocol = function getProtocol() {
    var wrap = this._wrapOrNull();
    if (wrap === null) {
        return null;
    }
    return wrap.protocol() || 'unknown';
};

/* mbedTLS names suites as IANA does; Node shows OpenSSL's name beside the standard one. */
TLSSocket.prototype.getCipher = function getCipher() {
    var wrap = this._wrapOrNull();
    var suite = wrap === null ? undefined : wrap.cipher();
    if (suite === undefined) {
        return null;
    }
    var standard = suite.replace(/-/g, '_');
    var name = suite.replace(/^TLS-/, '').replace('WITH-', '').replace(/AES-(\d+)/, 'AES$1')
        .replace(/CAMELLIA-(\d+)/, 'CAMELLIA$1')
        .replace('CHACHA20-POLY1305-SHA256', 'CHACHA20-POLY1305');
    return { name: name, standardName: standard, version: wrap.protocol() };
};

TLSSocket.prototype.getSession = function getSession() {
    return undefined;
};

TLSSocket.prototype.getTLSTicket = function getTLSTicket() {
    return undefined;
};

TLSSocket.prototype.isSessionReused = function isSessionReused() {
    return false;
};

TLSSocket.prototype.getFinished = function getFinished() {
    return undefined;
};

TLSSocket.prototype.getPeerFinished = function getPeerFinished() {
    return undefined;
};

TLSSocket.prototype.getEphemeralKeyInfo = function getEphemeralKeyInfo() {
    return this._tlsOptions.isServer ? null : {};
};

TLSSocket.prototype.setServername = function setServername(name) {
    if (typeof name !== 'string') {
        throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
    }
    if (this._tlsOptions.isServer) {
        throw new codes.ERR_TLS_SNI_FROM_SERVER();
    }
    var wrap = this._wrapOrNull();
    if (wrap !== null && !this._secureEstablished && name !== '' && !net.isIP(name) &&
        wrap.setServername(name) === 0) {
        this[kSniName] = name;
    }
};

TLSSocket.prototype.setMaxSendFragment = function setMaxSendFragment(size) {
    return size >= 512 && size <= 16384;
};

TLSSocket.prototype.disableRenegotiation = function disableRenegotiation() {};

TLSSocket.prototype.enableTrace = function enableTrace() {};

TLSSocket.prototype.setSession = function setSession() {};

/* ---- client ---- */

function verifyError(code) {
    var err = new Error(VERIFY_MESSAGES[code] || code);
    err.code = code;
    return err;
}

function onConnectSecure() {
    var options = this[kConnectOptions];
    var code = this._handle.wrap.verifyError();
    var error = code === undefined ? null : verifyError(code);
    if (error === null) {
        var hostname = options.servername || options.host ||
            (options.socket && options.socket._host) || 'localhost';
        error = options.checkServerIdentity(hostname, this.getPeerCertificate(true)) || null;
    }
    if (error !== null) {
        this.authorized = false;
        this.authorizationError = error.code || error.message;
        if (options.rejectUnauthorized) {
            this.destroy(error);
            return;
        }
    } else {
        this.authorized = true;
    }
    this.secureConnecting = false;
    this.emit('secureConnect');
}

/* tls.connect(options[, cb]) | (port[, host][, options][, cb]) */
function normalizeConnectArgs(args) {
    var options = {};
    var i = 0;
    if (typeof args[0] === 'number' || typeof args[0] === 'string') {
        options.port = args[0];
        i = 1;
        if (typeof args[1] === 'string') {
            options.host = args[1];
            i = 2;
        }
    }
    if (args[i] !== null && typeof args[i] === 'object') {
        options = Object.assign({}, args[i], options);
        i++;
    }
    var cb = typeof args[i] === 'function' ? args[i] : null;
    return [options, cb];
}

var warnedUnauthorized = false;

/* NODE_TLS_REJECT_UNAUTHORIZED=0 turns verification off by default, with Node's warning once. */
function allowUnauthorized() {
    var allow = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
    if (allow && !warnedUnauthorized) {
        warnedUnauthorized = true;
        process.emitWarning('Setting the NODE_TLS_REJECT_UNAUTHORIZED environment variable to ' +
            "'0' makes TLS connections and HTTPS requests insecure by disabling certificate " +
            'verification.');
    }
    return allow;
}

function connect() {
    var args = Array.prototype.slice.call(arguments);
    var normalized = normalizeConnectArgs(args);
    var options = Object.assign({
        rejectUnauthorized: !allowUnauthorized(),
        checkServerIdentity: require('tls').checkServerIdentity
    }, normalized[0]);
    var cb = normalized[1];
    if (typeof options.checkServerIdentity !== 'function') {
        throw new codes.ERR_INVALID_ARG_TYPE('options.checkServerIdentity', 'Function',
            options.checkServerIdentity);
    }
    var context = options.secureContext;
    if (context === undefined) {
        var named = options.ca || options.cert || options.key || options.pfx;
        context = named ? common.createSecureContext(options) : common.getDefaultContext();
    }
    var raw = options.socket;
    if (raw === undefined || raw === null) {
        raw = new net.Socket({ allowHalfOpen: true });
        raw.connect({
            port: options.port,
            host: options.host || 'localhost',
            path: options.path,
            localAddress: options.localAddress,
            family: options.family
        });
    }
    var socket = new TLSSocket(raw, {
        secureContext: context,
        isServer: false,
        servername: options.servername,
        ALPNProtocols: options.ALPNProtocols,
        rejectUnauthorized: options.rejectUnauthorized,
        allowHalfOpen: options.allowHalfOpen,
        pauseOnConnect: options.pauseOnConnect
    });
    socket[kConnectOptions] = options;
    socket._host = options.host;
    socket._releaseControl();
    if (cb !== null) {
        socket.once('secureConnect', cb);
    }
    if (options.timeout && (options.socket === undefined || options.socket === null)) {
        socket.setTimeout(options.timeout);
    }
    socket.on('secure', onConnectSecure);
    socket._start();
    return socket;
}

/* ---- Server ---- */

function onServerSocketSecure() {
    if (this._tlsOptions.requestCert) {
        var code = this._handle.wrap.verifyError();
        if (code !== undefined) {
            this.authorizationError = code;
            if (this._tlsOptions.rejectUnauthorized) {
                this.destroy();
                return;
            }
        } else {
            this.authorized = true;
        }
    }
    if (!this.destroyed && this._releaseControl()) {
        this.secureConnecting = false;
        this._tlsOptions.server.emit('secureConnection', this);
    }
}

function onSocketTLSError(err) {
    if (!this._controlReleased && !this[kErrorEmitted]) {
        this[kErrorEmitted] = true;
        this._tlsOptions.server.emit('tlsClientError', err, this);
    }
}

function onSocketClose(hadError) {
    if (!hadError && !this._controlReleased && !this[kErrorEmitted]) {
        this[kErrorEmitted] = true;
        this._tlsOptions.server.emit('tlsClientError', errors.connResetException('socket hang up'),
            this);
    }
}

function onHandshakeTimeout() {
    this._tlsError(new codes.ERR_TLS_HANDSHAKE_TIMEOUT());
}

function tlsConnectionListener(raw) {
    var server = this;
    var socket = new TLSSocket(raw, {
        secureContext: server._sharedCreds,
        isServer: true,
        server: server,
        requestCert: server.requestCert,
        rejectUnauthorized: server.rejectUnauthorized,
        ALPNProtocols: server.ALPNProtocols,
        allowHalfOpen: server[kAllowHalfOpen],
        pauseOnConnect: server.pauseOnConnect
    });
    socket.on('secure', onServerSocketSecure);
    socket.on('close', onSocketClose);
    socket.on('_tlsError', onSocketTLSError);
    if (server.handshakeTimeout > 0) {
        socket[kHandshakeTimer] = onHandshakeTimeout;
        socket.setTimeout(server.handshakeTimeout, onHandshakeTimeout);
    }
    socket._start();
}

var kAllowHalfOpen = Symbol('allowHalfOpen');

function Server(options, listener) {
    if (!(this instanceof Server)) {
        return new Server(options, listener);
    }
    if (typeof options === 'function') {
        listener = options;
        options = {};
    } else if (options === undefined || options === null) {
        options = {};
    } else if (typeof options !== 'object') {
        throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    /* The transport stays half-open; the TLSSocket applies the option itself. */
    net.Server.call(this, Object.assign({}, options, { allowHalfOpen: true }),
        tlsConnectionListener);
    this[kAllowHalfOpen] = !!options.allowHalfOpen;
    this._contexts = [];
    this.requestCert = options.requestCert === true;
    this.rejectUnauthorized = options.rejectUnauthorized !== false;
    this.ALPNProtocols = options.ALPNProtocols;
    this.handshakeTimeout = options.handshakeTimeout || 120 * 1000;
    this.setSecureContext(options);
    if (typeof listener === 'function') {
        this.on('secureConnection', listener);
    }
}
inherits(Server, net.Server);

Server.prototype.setSecureContext = function setSecureContext(options) {
    this._sharedCreds = options.secureContext || common.createSecureContext(options);
    this.key = options.key;
    this.cert = options.cert;
    this.ca = options.ca;
};

Server.prototype.addContext = function addContext(servername, context) {
    this._contexts.push([servername, context]);
};

Server.prototype.getTicketKeys = function getTicketKeys() {
    return Buffer.alloc(48);
};

Server.prototype.setTicketKeys = function setTicketKeys() {};

function createServer(options, listener) {
    return new Server(options, listener);
}

module.exports = {
    TLSSocket: TLSSocket,
    Server: Server,
    createServer: createServer,
    connect: connect
};
