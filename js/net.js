'use strict';
/* js/net.js: Node's 'net' module over internalBinding('tcp').
 *
 * Socket is a Duplex stream whose _read starts the handle reading and whose _write hands bytes to
 * the handle (written at once when the kernel takes them, queued in C otherwise, with
 * req.oncomplete when they leave).  Server wraps a listening handle.  Host names are resolved
 * with dns.lookup (on the worker pool); numeric addresses go straight to the binding.
 * Differences from Node 20 are listed in docs/api.md. */

var EventEmitter = require('events');
var stream = require('stream');
var errors = require('internal/errors');
var inherits = require('internal/util/inherit_class');
var binding = internalBinding('tcp');
var TCP = binding.TCP;
var UV_EOF = binding.UV_EOF;

var codes = errors.codes;
var kBytesRead = Symbol('kBytesRead');
var kBytesWritten = Symbol('kBytesWritten');
var kLastWriteQueueSize = Symbol('lastWriteQueueSize');

/* ---- addresses ---- */

var v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
var v4Str = '(?:' + v4Seg + '\\.){3}' + v4Seg;
var IPv4Reg = new RegExp('^' + v4Str + '$');
var v6Seg = '(?:[0-9a-fA-F]{1,4})';
var IPv6Reg = new RegExp('^(?:' +
    '(?:' + v6Seg + ':){7}(?:' + v6Seg + '|:)|' +
    '(?:' + v6Seg + ':){6}(?:' + v4Str + '|:' + v6Seg + '|:)|' +
    '(?:' + v6Seg + ':){5}(?::' + v4Str + '|(?::' + v6Seg + '){1,2}|:)|' +
    '(?:' + v6Seg + ':){4}(?:(?::' + v6Seg + '){0,1}:' + v4Str + '|(?::' + v6Seg + '){1,3}|:)|' +
    '(?:' + v6Seg + ':){3}(?:(?::' + v6Seg + '){0,2}:' + v4Str + '|(?::' + v6Seg + '){1,4}|:)|' +
    '(?:' + v6Seg + ':){2}(?:(?::' + v6Seg + '){0,3}:' + v4Str + '|(?::' + v6Seg + '){1,5}|:)|' +
    '(?:' + v6Seg + ':){1}(?:(?::' + v6Seg + '){0,4}:' + v4Str + '|(?::' + v6Seg + '){1,6}|:)|' +
    '(?::(?:(?::' + v6Seg + '){0,5}:' + v4Str + '|(?::' + v6Seg + '){1,7}|:))' +
    ')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(s) {
    return IPv4Reg.test(String(s));
}

function isIPv6(s) {
    return IPv6Reg.test(String(s));
}

function isIP(s) {
    if (isIPv4(s)) {
        return 4;
    }
    if (isIPv6(s)) {
        return 6;
    }
    return 0;
}

/* ---- Socket ---- */

function Socket(options) {
    if (!(this instanceof Socket)) {
        return new Socket(options);
    }
    if (typeof options === 'number') {
        options = { fd: options };
    } else if (options === undefined) {
        options = {};
    }
    var duplexOptions = {
        readable: options.readable,
        writable: options.writable,
        allowHalfOpen: Boolean(options.allowHalfOpen),
        emitClose: false,
        autoDestroy: true,
        decodeStrings: false,
        highWaterMark: options.highWaterMark
    };
    stream.Duplex.call(this, duplexOptions);
    if (options.handle) {
        this._handle = options.handle;
        initHandle(this);
    }
    this.on('end', onReadableStreamEnd);
    if (this._handle !== null && options.readable !== false) {
        if (options.pauseOnCreate) {
            this._handle.reading = false;
            this._handle.readStop();
            this.readableFlowing = false;
        } else if (!options.manualStart) {
            this.read(0);
        }
    }
}
inherits(Socket, stream.Duplex);
/* Defaults on the prototype: an idle socket holds only what it changed (the streams' states do
 * the same), which keeps thousands of kept-alive connections small. */
Socket.prototype.connecting = false;
Socket.prototype._hadError = false;
Socket.prototype._handle = null;
Socket.prototype._parent = null;
Socket.prototype._host = null;
Socket.prototype[kLastWriteQueueSize] = 0;
Socket.prototype[kBytesRead] = 0;
Socket.prototype[kBytesWritten] = 0;
Socket.prototype.server = null;
Socket.prototype._server = null;

function initHandle(socket) {
    var handle = socket._handle;
    handle.owner = socket;
    handle.onread = onStreamRead;
    handle.onclose = null;
    handle.reading = false;
}

/* handle.onread(nread, bytes): data for the stream, or its end, or an error. */
function onStreamRead(nread, bytes) {
    var socket = this.owner;
    if (socket === undefined || socket === null) {
        return;
    }
    socket._unrefTimer();
    if (nread > 0) {
        socket[kBytesRead] += nread;
        var chunk = toBuffer(bytes);
        if (!socket.push(chunk)) {
            this.reading = false;
            this.readStop();
        }
        return;
    }
    if (nread === UV_EOF) {
        this.reading = false;
        socket.push(null);
        socket.read(0);
        return;
    }
    socket.destroy(errors.errnoException(nread, 'read'));
}

var BufferCtor = null;
function toBuffer(bytes) {
    if (BufferCtor === null) {
        BufferCtor = require('buffer').Buffer;
    }
    if (typeof BufferCtor.from === 'function' && bytes.buffer) {
        return BufferCtor.from(bytes.buffer, bytes.byteOffset, bytes.length);
    }
    return bytes;
}

function onReadableStreamEnd() {
    if (!this.allowHalfOpen) {
        this.write = writeAfterFIN;
    }
}

function writeAfterFIN(chunk, encoding, cb) {
    if (typeof encoding === 'function') {
        cb = encoding;
    }
    var er = new Error('This socket has been ended by the other party');
    er.code = 'EPIPE';
    var self = this;
    process.nextTick(function () {
        self.destroy(er);
        if (typeof cb === 'function') {
            cb(er);
        }
    });
    return false;
}

Object.defineProperty(Socket.prototype, 'readyState', {
    configurable: true,
    get: function () {
        if (this.connecting) {
            return 'opening';
        } else if (this.readable && this.writable) {
            return 'open';
        } else if (this.readable && !this.writable) {
            return 'readOnly';
        } else if (!this.readable && this.writable) {
            return 'writeOnly';
        }
        return 'closed';
    }
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
    configurable: true,
    get: function () {
        if (this._handle) {
            return this._handle.writeQueueSize() + this.writableLength;
        }
        return undefined;
    }
});

Object.defineProperty(Socket.prototype, 'pending', {
    configurable: true,
    get: function () {
        return !this._handle || this.connecting;
    }
});

Object.defineProperty(Socket.prototype, 'bytesRead', {
    configurable: true,
    get: function () { return this[kBytesRead]; }
});

Object.defineProperty(Socket.prototype, 'bytesWritten', {
    configurable: true,
    get: function () { return this[kBytesWritten] + (this.writableLength || 0); }
});

function addressGetter(which, key) {
    return function () {
        var addr = this._getName(which);
        return addr === undefined ? undefined : addr[key];
    };
}

Socket.prototype._getName = function (which) {
    if (!this._handle) {
        return which === 'peer' ? this._peername : this._sockname;
    }
    if (which === 'peer') {
        if (!this._peername) {
            this._peername = this._handle.getpeername();
        }
        return this._peername;
    }
    if (!this._sockname) {
        this._sockname = this._handle.getsockname();
    }
    return this._sockname;
};

Object.defineProperty(Socket.prototype, 'remoteAddress', { configurable: true, get: addressGetter('peer', 'address') });
Object.defineProperty(Socket.prototype, 'remoteFamily', { configurable: true, get: addressGetter('peer', 'family') });
Object.defineProperty(Socket.prototype, 'remotePort', { configurable: true, get: addressGetter('peer', 'port') });
Object.defineProperty(Socket.prototype, 'localAddress', { configurable: true, get: addressGetter('sock', 'address') });
Object.defineProperty(Socket.prototype, 'localFamily', { configurable: true, get: addressGetter('sock', 'family') });
Object.defineProperty(Socket.prototype, 'localPort', { configurable: true, get: addressGetter('sock', 'port') });

Socket.prototype.address = function address() {
    return this._getName('sock') || {};
};

Socket.prototype._read = function _read(n) {
    if (this.connecting || !this._handle) {
        this.once('connect', function () { this._read(n); });
        return;
    }
    if (!this._handle.reading) {
        this._handle.reading = true;
        var err = this._handle.readStart();
        if (err < 0) {
            this.destroy(errors.errnoException(err, 'read'));
        }
    }
};

Socket.prototype.pause = function pause() {
    if (this._handle && this._handle.reading && !this.connecting) {
        this._handle.reading = false;
        this._handle.readStop();
    }
    return stream.Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function resume() {
    if (this._handle && !this._handle.reading && !this.connecting && !this.destroyed) {
        this._read();
    }
    return stream.Duplex.prototype.resume.call(this);
};

Socket.prototype.read = function read(n) {
    if (this._handle && !this._handle.reading && !this.connecting && !this.destroyed &&
        this.readableFlowing !== false) {
        this._read();
    }
    return stream.Duplex.prototype.read.call(this, n);
};

function afterWrite(status) {
    var socket = this.socket;
    var cb = this.callback;
    if (socket.destroyed) {
        if (typeof cb === 'function') {
            cb(new codes.ERR_SOCKET_CLOSED());
        }
        return;
    }
    if (status < 0) {
        var ex = errors.errnoException(status, 'write');
        cb(ex);
        return;
    }
    socket._unrefTimer();
    cb();
}

Socket.prototype._writeGeneric = function (data, encoding, cb) {
    if (this.connecting) {
        var self = this;
        this.once('connect', function () { self._writeGeneric(data, encoding, cb); });
        return;
    }
    if (!this._handle) {
        cb(new Error('This socket is closed'));
        return;
    }
    this._unrefTimer();
    var req = { socket: this, callback: cb, oncomplete: afterWrite };
    var r;
    var len;
    if (typeof data === 'string') {
        if (encoding && encoding !== 'utf8' && encoding !== 'utf-8' && encoding !== 'buffer') {
            data = toBuffer(require('buffer').Buffer.from(data, encoding));
            len = data.length;
            r = this._handle.writeBuffer(req, data);
        } else {
            len = Buffer.byteLength(data);
            r = this._handle.writeString(req, data);
        }
    } else {
        len = data.length;
        r = this._handle.writeBuffer(req, data);
    }
    if (r < 0) {
        cb(errors.errnoException(r, 'write'));
        return;
    }
    this[kBytesWritten] += len;
    if (r === 0) {
        cb();
    }
};

Socket.prototype._write = function (data, encoding, cb) {
    this._writeGeneric(data, encoding, cb);
};

Socket.prototype._final = function (cb) {
    if (this._writableState.ended && this.writable === false && this.fd === 0) {
        cb();
        return;
    }
    if (this.pending) {
        var self = this;
        this.once('connect', function () { self._final(cb); });
        return;
    }
    if (!this._handle) {
        cb();
        return;
    }
    var req = {
        oncomplete: function (status) {
            if (status < 0 && status !== -107 /* ENOTCONN */) {
                cb(errors.errnoException(status, 'shutdown'));
                return;
            }
            cb();
        }
    };
    var err = this._handle.shutdown(req);
    if (err < 0 && err !== -107) {
        cb(errors.errnoException(err, 'shutdown'));
    } else if (err < 0) {
        cb();
    }
};

function emitCloseNT(socket, hadError) {
    socket.emit('close', hadError);
}

function ignoreRead() {}

/* A destroyed socket's handle has closed: its 'close'.  The handle keeps its owner until now
 * (no closure over the socket).  After destroy(err), 'close' follows the 'error' that destroy
 * emits on the next tick; a TCP handle closes later than that anyway, a TLS handle
 * (js/_tls_wrap.js) on the next tick. */
function onHandleClose() {
    var socket = this.owner;
    this.owner = null;
    socket.emit('close', false);
}

function onHandleCloseAfterError() {
    var socket = this.owner;
    this.owner = null;
    process.nextTick(emitCloseNT, socket, true);
}

Socket.prototype._destroy = function (exception, cb) {
    if (this[kIdleList] !== null) {
        idleRemove(this);
    }
    this.connecting = false;
    if (this._handle) {
        this._handle.onread = ignoreRead;
        this._handle.onclose = exception ? onHandleCloseAfterError : onHandleClose;
        this._peername = this._peername || undefined;
        this._handle.close();
        this._handle = null;
        cb(exception);
    } else {
        cb(exception);
        process.nextTick(emitCloseNT, this, exception ? true : false);
    }
    if (this._server) {
        this._server._connections--;
        if (this._server._emitCloseIfDrained) {
            this._server._emitCloseIfDrained();
        }
    }
};

Socket.prototype.destroySoon = function destroySoon() {
    if (this.writable) {
        this.end();
    }
    if (this.writableFinished) {
        this.destroy();
    } else {
        this.once('finish', this.destroy);
    }
};

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
    return this.destroy();
};

Socket.prototype.setNoDelay = function setNoDelay(enable) {
    if (this._handle) {
        this._handle.setNoDelay(enable === undefined ? true : !!enable);
    }
    return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelay) {
    if (this._handle) {
        this._handle.setKeepAlive(!!enable, ~~((initialDelay || 0) / 1000));
    }
    return this;
};

/* ---- socket timeouts ----
 * As Node's timer lists did before v11: the sockets with the same timeout duration sit in one
 * list, and one unref'd Timeout per list fires when the earliest of them is due.  An idle socket
 * costs four properties instead of a Timeout object of its own (1 KB here), and activity (data,
 * a kept-alive HTTP connection after each response) only notes the time: the list is walked
 * when its timer fires, which also finds the next deadline. */
var getLoopTime = internalBinding('timers').getLoopTime;
var TIMEOUT_MAX = 2147483647;
var idleLists = Object.create(null);
var kIdleList = Symbol('idleList');
var kIdleStart = Symbol('idleStart');
var kIdlePrev = Symbol('idlePrev');
var kIdleNext = Symbol('idleNext');
Socket.prototype[kIdleList] = null;
Socket.prototype[kIdleStart] = 0;
Socket.prototype[kIdlePrev] = null;
Socket.prototype[kIdleNext] = null;

function IdleList(msecs) {
    this.msecs = msecs;
    this.head = null;
    this.tail = null;
    this.timer = null;
}

function idleRemove(socket) {
    var list = socket[kIdleList];
    var prev = socket[kIdlePrev];
    var next = socket[kIdleNext];
    if (prev !== null) {
        prev[kIdleNext] = next;
    } else {
        list.head = next;
    }
    if (next !== null) {
        next[kIdlePrev] = prev;
    } else {
        list.tail = prev;
    }
    socket[kIdlePrev] = null;
    socket[kIdleNext] = null;
    socket[kIdleList] = null;
}

function idleAppend(list, socket) {
    socket[kIdleList] = list;
    socket[kIdleStart] = getLoopTime();
    socket[kIdlePrev] = list.tail;
    if (list.tail !== null) {
        list.tail[kIdleNext] = socket;
    } else {
        list.head = socket;
    }
    list.tail = socket;
    if (list.timer === null) {
        idleArm(list, list.msecs);
    }
}

function idleArm(list, delay) {
    list.timer = setTimeout(idleListDue, delay, list);
    list.timer.unref();
}

/* The list's timer: each socket idle for the whole duration leaves the list and gets 'timeout'
 * (once, as in Node: only a new setTimeout arms it again); the timer is armed again for the
 * earliest deadline left. */
function idleListDue(list) {
    list.timer = null;
    var now = getLoopTime();
    var next = Infinity;
    var due = [];
    for (var socket = list.head; socket !== null;) {
        var following = socket[kIdleNext];
        var deadline = socket[kIdleStart] + list.msecs;
        if (deadline <= now) {
            idleRemove(socket);
            due.push(socket);
        } else if (deadline < next) {
            next = deadline;
        }
        socket = following;
    }
    if (next !== Infinity) {
        idleArm(list, next - now);
    }
    for (var i = 0; i < due.length; i++) {
        due[i].emit('timeout');
    }
}

Socket.prototype.setTimeout = function setTimeout_(msecs, callback) {
    var list = this[kIdleList]; /* null once destroyed */
    if (list !== null && list.msecs === msecs && callback === undefined) {
        this[kIdleStart] = getLoopTime(); /* the same timeout again: it starts over */
        return this;
    }
    if (this.destroyed) {
        return this;
    }
    this.timeout = msecs;
    if (typeof msecs !== 'number') {
        throw new errors.codes.ERR_INVALID_ARG_TYPE('msecs', 'number', msecs);
    }
    if (msecs < 0 || !isFinite(msecs)) {
        throw new errors.codes.ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
    }
    if (msecs > TIMEOUT_MAX) {
        process.emitWarning(msecs + ' does not fit into a 32-bit signed integer.\nTimer duration ' +
            'was truncated to ' + TIMEOUT_MAX + '.', 'TimeoutOverflowWarning');
        msecs = TIMEOUT_MAX;
    }
    if (list !== null) {
        idleRemove(this);
    }
    if (msecs === 0) {
        if (callback !== undefined) {
            this.removeListener('timeout', callback);
        }
        return this;
    }
    list = idleLists[msecs];
    if (list === undefined) {
        list = idleLists[msecs] = new IdleList(msecs);
    }
    idleAppend(list, this);
    if (callback !== undefined) {
        this.once('timeout', callback);
    }
    return this;
};

/* Activity: the socket's timeout starts again. */
Socket.prototype._unrefTimer = function _unrefTimer() {
    if (this[kIdleList] !== null) {
        this[kIdleStart] = getLoopTime();
    }
};

/* Counts bytes written around the stream (the HTTP server's one-write responses). */
Socket.prototype._addBytesWritten = function _addBytesWritten(n) {
    this[kBytesWritten] += n;
};

Socket.prototype.ref = function ref() {
    if (this._handle) {
        this._handle.ref();
    } else {
        this.once('connect', this.ref);
    }
    return this;
};

Socket.prototype.unref = function unref() {
    if (this._handle) {
        this._handle.unref();
    } else {
        this.once('connect', this.unref);
    }
    return this;
};

/* socket.connect(port[, host][, cb]) | connect(options[, cb]) */
function normalizeArgs(args) {
    var options = {};
    var cb = null;
    if (args.length === 0) {
        return [options, cb];
    }
    var arg0 = args[0];
    if (arg0 !== null && typeof arg0 === 'object') {
        options = arg0;
    } else if (typeof arg0 === 'string' && Number(arg0) != arg0) {
        options.path = arg0;
    } else {
        options.port = arg0;
        if (args.length > 1 && typeof args[1] === 'string') {
            options.host = args[1];
        }
    }
    var last = args[args.length - 1];
    if (typeof last === 'function') {
        cb = last;
    }
    return [options, cb];
}

function afterConnect(status, handle) {
    var self = this.socket;
    if (self.destroyed) {
        return;
    }
    self.connecting = false;
    self._sockname = null;
    if (status === 0) {
        self._unrefTimer();
        self.emit('connect');
        self.emit('ready');
        if (self.readable && !self.isPaused()) {
            self.read(0);
        }
    } else {
        var ex = errors.exceptionWithHostPort(status, 'connect', this.address, this.port);
        self.destroy(ex);
    }
}

function internalConnect(self, address, port) {
    var req = { socket: self, address: address, port: port, oncomplete: afterConnect };
    var err = self._handle.connect(req, address, port);
    if (err < 0) {
        self.destroy(errors.exceptionWithHostPort(err, 'connect', address, port));
    }
}

Socket.prototype.connect = function connect() {
    var args = new Array(arguments.length);
    for (var i = 0; i < arguments.length; i++) {
        args[i] = arguments[i];
    }
    var normalized = normalizeArgs(args);
    var options = normalized[0];
    var cb = normalized[1];
    if (cb !== null) {
        this.once('connect', cb);
    }
    if (options.path) {
        return connectPath(this, String(options.path));
    }
    var port = options.port;
    var validators = require('internal/validators');
    if ((typeof port !== 'number' && typeof port !== 'string') ||
        (typeof port === 'string' && port.trim() === '')) {
        throw new codes.ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    port = validators.validatePort(port);
    var host = options.host || 'localhost';
    if (this.destroyed) {
        this._handle = null;
        this._peername = null;
        this._sockname = null;
        this._undestroy();
    }
    this._handle = new TCP();
    initHandle(this);
    this.connecting = true;
    this._host = host;
    var self = this;
    if (options.timeout) {
        this.setTimeout(options.timeout);
    }
    if (options.noDelay) {
        this.setNoDelay(true);
    }
    lookupAndConnect(this, host, port);
    return this;
};

/* A Unix-domain socket: socket.connect(path) / net.connect({ path }). */
function connectPath(self, path) {
    if (self.destroyed) {
        self._undestroy();
    }
    self._handle = new TCP();
    initHandle(self);
    self.connecting = true;
    var req = {
        socket: self, address: path, port: undefined,
        oncomplete: function (status, handle) {
            if (status < 0 && !self.destroyed) {
                self.connecting = false;
                self.destroy(errors.exceptionWithHostPort(status, 'connect', path));
                return;
            }
            afterConnect.call(this, status, handle);
        }
    };
    process.nextTick(function () {
        if (!self.connecting) {
            return;
        }
        var err = self._handle.connectPath(req, path);
        if (err < 0) {
            self.destroy(errors.exceptionWithHostPort(err, 'connect', path));
        }
    });
    return self;
}

function lookupAndConnect(self, host, port) {
    var ipVersion = isIP(host);
    if (ipVersion) {
        process.nextTick(function () {
            if (self.connecting) {
                internalConnect(self, host, port);
            }
        });
        return;
    }
    require('dns').lookup(host, { family: 0 }, function (err, address) {
        if (!self.connecting) {
            return;
        }
        if (err) {
            process.nextTick(function () { self.destroy(err); });
            return;
        }
        self.emit('lookup', null, address, isIP(address) === 6 ? 6 : 4, host);
        internalConnect(self, address, port);
    });
}

/* ---- Server ---- */

function Server(options, connectionListener) {
    if (!(this instanceof Server)) {
        return new Server(options, connectionListener);
    }
    EventEmitter.call(this);
    if (typeof options === 'function') {
        connectionListener = options;
        options = {};
    } else if (options === undefined || options === null) {
        options = {};
    }
    if (typeof connectionListener === 'function') {
        this.on('connection', connectionListener);
    }
    this._connections = 0;
    this._handle = null;
    this._usingWorkers = false;
    this._workers = [];
    this._unref = false;
    this.allowHalfOpen = options.allowHalfOpen || false;
    this.pauseOnConnect = !!options.pauseOnConnect;
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay || 0) / 1000);
    this.highWaterMark = options.highWaterMark;
}
inherits(Server, EventEmitter);

Object.defineProperty(Server.prototype, 'listening', {
    configurable: true,
    enumerable: true,
    get: function () { return !!this._handle; }
});

function onconnection(status, clientHandle) {
    var self = this.owner;
    if (status < 0) {
        self.emit('error', errors.errnoException(status, 'accept'));
        return;
    }
    if (self.maxConnections && self._connections >= self.maxConnections) {
        clientHandle.close();
        return;
    }
    var socket = new Socket({
        handle: clientHandle,
        allowHalfOpen: self.allowHalfOpen,
        pauseOnCreate: self.pauseOnConnect,
        readable: true,
        writable: true,
        highWaterMark: self.highWaterMark
    });
    if (self.noDelay) {
        clientHandle.setNoDelay(true);
    }
    if (self.keepAlive) {
        clientHandle.setKeepAlive(true, self.keepAliveInitialDelay);
    }
    self._connections++;
    socket.server = self;
    socket._server = self;
    self.emit('connection', socket);
}

function listenError(server, err, address, port) {
    var ex = errors.uvExceptionWithHostPort(err, 'listen', address, port);
    process.nextTick(function () { server.emit('error', ex); });
}

/* Returns a TCP handle bound to address:port (address null: the IPv6 any address, dual-stack,
 * else the IPv4 one; port < 0: address is a Unix-domain path), or a -errno. */
function createServerHandle(address, port, ipv6Only) {
    var handle = new TCP();
    var err;
    if (port < 0) {
        err = handle.bindPath(address);
    } else if (address === null) {
        err = handle.bind('::', port, false);
        if (err < 0) {
            handle.close();
            handle = new TCP();
            err = handle.bind('0.0.0.0', port, false);
        }
    } else {
        err = handle.bind(address, port, !!ipv6Only);
    }
    if (err < 0) {
        handle.close();
        return err;
    }
    return handle;
}

function bindAndListen(server, address, port, backlog, ipv6Only) {
    var handle = createServerHandle(address, port, ipv6Only);
    var err = typeof handle === 'number' ? handle : handle.listen(backlog || 511);
    if (err < 0) {
        if (typeof handle !== 'number') {
            handle.close();
        }
        listenError(server, err, address === null ? '::' : address, port);
        return;
    }
    if (port < 0) {
        server._pipeName = address;
    }
    startListening(server, handle);
}

/* The server accepts on handle, which listens already; 'listening' follows. */
function startListening(server, handle) {
    server._handle = handle;
    handle.owner = server;
    handle.onconnection = onconnection;
    if (server._unref) {
        handle.unref();
    }
    process.nextTick(function () {
        if (server._handle) {
            server.emit('listening');
        }
    });
}

/* server.listen(handle) / listen({ fd }): accepts on a socket that is bound already (one
 * received from another process, or inherited). */
function listenOnHandle(server, handle, backlog) {
    var err = handle.listen(backlog || 511);
    if (err < 0) {
        handle.close();
        listenError(server, err, null, -1);
        return;
    }
    startListening(server, handle);
}

/* A cluster worker asks the primary for the listening socket (internal/cluster/child), unless
 * exclusive; elsewhere the server binds itself. */
function listenInCluster(server, address, port, options) {
    var cluster = process.channel && !options.exclusive ? require('cluster') : null;
    if (cluster === null || cluster.isPrimary) {
        bindAndListen(server, address, port, options.backlog, options.ipv6Only);
        return;
    }
    var query = { address: address, port: port, addressType: port < 0 ? -1 : isIP(address) || 4,
                  fd: undefined, flags: options.ipv6Only ? 1 : 0, backlog: options.backlog };
    cluster._getServer(server, query, function (err, handle) {
        if (err) {
            var ex = errors.exceptionWithHostPort(err, 'bind', address, port);
            process.nextTick(function () { server.emit('error', ex); });
            return;
        }
        listenOnHandle(server, handle, options.backlog);
    });
}

Server.prototype.listen = function listen() {
    var args = new Array(arguments.length);
    for (var i = 0; i < arguments.length; i++) {
        args[i] = arguments[i];
    }
    var cb = typeof args[args.length - 1] === 'function' ? args.pop() : null;
    var options;
    if (args[0] !== null && typeof args[0] === 'object') {
        options = args[0];
    } else {
        options = {};
        if (typeof args[0] === 'string' && !/^\d+$/.test(args[0])) {
            options.path = args[0];
        } else {
            options.port = args[0];
            if (typeof args[1] === 'string') {
                options.host = args[1];
                options.backlog = args[2];
            } else if (typeof args[1] === 'number') {
                options.backlog = args[1];
            }
        }
    }
    if (this._handle) {
        throw new codes.ERR_SERVER_ALREADY_LISTEN();
    }
    if (cb !== null) {
        this.once('listening', cb);
    }
    var handle = options instanceof TCP ? options : options._handle;
    if (handle instanceof TCP || typeof options.fd === 'number') {
        if (!handle) {
            handle = new TCP();
            handle.open(options.fd);
        }
        listenOnHandle(this, handle, typeof args[1] === 'number' ? args[1] : options.backlog);
        return this;
    }
    if (options.path) {
        listenInCluster(this, String(options.path), -1, options);
        return this;
    }
    var port = options.port === undefined || options.port === null ? 0 : options.port;
    port = require('internal/validators').validatePort(port, 'options.port', true);
    var host = options.host;
    var self = this;
    if (host === undefined || host === null || host === '') {
        listenInCluster(this, null, port, options);
    } else if (isIP(host)) {
        listenInCluster(this, host, port, options);
    } else {
        require('dns').lookup(host, function (err, address) {
            if (err) {
                self.emit('error', err);
                return;
            }
            listenInCluster(self, address, port, options);
        });
    }
    return this;
};

Server.prototype.address = function address() {
    if (this._handle) {
        return this._handle.getsockname() || {};
    }
    return null;
};

Server.prototype.getConnections = function getConnections(cb) {
    var n = this._connections;
    process.nextTick(function () { cb(null, n); });
    return this;
};

Server.prototype.close = function close(cb) {
    if (typeof cb === 'function') {
        if (!this._handle) {
            this.once('close', function () {
                cb(new codes.ERR_SERVER_NOT_RUNNING());
            });
        } else {
            this.once('close', cb);
        }
    }
    if (this._handle) {
        this._handle.close();
        this._handle = null;
        if (this._pipeName) {
            /* Node removes the socket file when the server closes. */
            try {
                require('fs').unlinkSync(this._pipeName);
            } catch (e) {
                /* Already gone. */
            }
        }
    }
    this._emitCloseIfDrained();
    return this;
};

Server.prototype._emitCloseIfDrained = function () {
    if (this._handle || this._connections) {
        return;
    }
    var self = this;
    process.nextTick(function () {
        if (!self._closeEmitted && !self._handle && !self._connections) {
            self._closeEmitted = true;
            self.emit('close');
        }
    });
};

Server.prototype.ref = function ref() {
    this._unref = false;
    if (this._handle) {
        this._handle.ref();
    }
    return this;
};

Server.prototype.unref = function unref() {
    this._unref = true;
    if (this._handle) {
        this._handle.unref();
    }
    return this;
};

/* ---- module API ---- */

function createServer(options, connectionListener) {
    return new Server(options, connectionListener);
}

function connect() {
    var args = new Array(arguments.length);
    for (var i = 0; i < arguments.length; i++) {
        args[i] = arguments[i];
    }
    var normalized = normalizeArgs(args);
    var options = normalized[0];
    var socket = new Socket(options);
    if (options.timeout) {
        socket.setTimeout(options.timeout);
    }
    return Socket.prototype.connect.apply(socket, args);
}

module.exports = {
    BlockList: undefined,
    SocketAddress: undefined,
    connect: connect,
    createConnection: connect,
    createServer: createServer,
    getDefaultAutoSelectFamily: function () { return true; },
    setDefaultAutoSelectFamily: function () {},
    getDefaultAutoSelectFamilyAttemptTimeout: function () { return 250; },
    setDefaultAutoSelectFamilyAttemptTimeout: function () {},
    isIP: isIP,
    isIPv4: isIPv4,
    isIPv6: isIPv6,
    Server: Server,
    Socket: Socket,
    Stream: Socket,
    _createServerHandle: createServerHandle
};
delete module.exports.BlockList;
delete module.exports.SocketAddress;
