'use strict';
/* js/dgram.js: Node's 'dgram' module over internalBinding('udp').
 *
 * A Socket is an EventEmitter around one UDP handle.  Addresses go through the socket's lookup
 * (dns.lookup unless the user gave one, so names resolve on the worker pool), then to the
 * binding, which takes numeric addresses only.  Sends made while the socket is still binding
 * wait in a queue that the 'listening' event flushes, as in Node; a datagram the kernel cannot
 * take at once waits in C and calls back when it leaves.  Differences from Node 20 are listed
 * in docs/api.md. */

var EventEmitter = require('events');
var errors = require('internal/errors');
var validators = require('internal/validators');
var Buffer = require('buffer').Buffer;
var binding = internalBinding('udp');
var UDP = binding.UDP;
var udpSocketChannel = require('diagnostics_channel').channel('udp.socket');

var codes = errors.codes;
var kStateSymbol = Symbol('state symbol');

var BIND_STATE_UNBOUND = 0;
var BIND_STATE_BINDING = 1;
var BIND_STATE_BOUND = 2;

var CONNECT_STATE_DISCONNECTED = 0;
var CONNECT_STATE_CONNECTING = 1;
var CONNECT_STATE_CONNECTED = 2;

var RECV_BUFFER = true;
var SEND_BUFFER = false;

var BUFFER_TYPES = ['Buffer', 'TypedArray', 'DataView', 'string'];

var dns;

/* ---- handles ---- */

function newHandle(type, lookup) {
    if (lookup === undefined) {
        if (dns === undefined) {
            dns = require('dns');
        }
        lookup = dns.lookup;
    } else {
        validators.validateFunction(lookup, 'lookup');
    }
    var handle;
    if (type === 'udp4') {
        handle = new UDP(4);
        handle.lookup = function (address, callback) {
            return lookup(address || '127.0.0.1', 4, callback);
        };
        return handle;
    }
    if (type === 'udp6') {
        handle = new UDP(6);
        handle.lookup = function (address, callback) {
            return lookup(address || '::1', 6, callback);
        };
        return handle;
    }
    throw new codes.ERR_SOCKET_BAD_TYPE();
}

/* ---- Socket ---- */

function Socket(type, listener) {
    EventEmitter.call(this);
    var lookup;
    var recvBufferSize;
    var sendBufferSize;
    var options;
    if (type !== null && typeof type === 'object') {
        options = type;
        type = options.type;
        lookup = options.lookup;
        if (options.recvBufferSize) {
            validators.validateUint32(options.recvBufferSize, 'options.recvBufferSize');
        }
        if (options.sendBufferSize) {
            validators.validateUint32(options.sendBufferSize, 'options.sendBufferSize');
        }
        recvBufferSize = options.recvBufferSize;
        sendBufferSize = options.sendBufferSize;
    }
    var handle = newHandle(type, lookup);
    handle.owner = this;
    this.type = type;
    if (typeof listener === 'function') {
        this.on('message', listener);
    }
    Object.defineProperty(this, kStateSymbol, {
        configurable: true,
        writable: true,
        value: {
            handle: handle,
            receiving: false,
            bindState: BIND_STATE_UNBOUND,
            connectState: CONNECT_STATE_DISCONNECTED,
            queue: undefined,
            reuseAddr: options && options.reuseAddr,
            ipv6Only: options && options.ipv6Only,
            recvBufferSize: recvBufferSize,
            sendBufferSize: sendBufferSize
        }
    });
    if (options && options.signal !== undefined) {
        watchSignal(this, options.signal);
    }
    if (udpSocketChannel.hasSubscribers) {
        udpSocketChannel.publish({ socket: this });
    }
}
Object.setPrototypeOf(Socket.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Socket, EventEmitter);

/* Closes the socket when signal aborts (options.signal). */
function watchSignal(socket, signal) {
    validators.validateAbortSignal(signal, 'options.signal');
    function onAborted() {
        if (socket[kStateSymbol].handle) {
            socket.close();
        }
    }
    if (signal.aborted) {
        onAborted();
        return;
    }
    var disposable = EventEmitter.addAbortListener(signal, onAborted);
    var dispose = typeof Symbol.dispose === 'symbol' ? Symbol.dispose :
        Symbol['for']('nodejs.dispose');
    socket.once('close', function () {
        disposable[dispose]();
    });
}

function createSocket(type, listener) {
    return new Socket(type, listener);
}

function startListening(socket) {
    var state = socket[kStateSymbol];
    state.handle.onmessage = onMessage;
    state.handle.recvStart();
    state.receiving = true;
    state.bindState = BIND_STATE_BOUND;
    if (state.recvBufferSize) {
        bufferSize(socket, state.recvBufferSize, RECV_BUFFER);
    }
    if (state.sendBufferSize) {
        bufferSize(socket, state.sendBufferSize, SEND_BUFFER);
    }
    socket.emit('listening');
}

function bufferSize(socket, size, recv) {
    if (size >>> 0 !== size) {
        throw new codes.ERR_SOCKET_BAD_BUFFER_SIZE();
    }
    var ret = socket[kStateSymbol].handle.bufferSize(size, recv);
    if (ret < 0) {
        var entry = errors.uvErrmapGet(ret) || ['UNKNOWN', 'unknown error'];
        throw new codes.ERR_SOCKET_BUFFER_SIZE({
            errno: ret,
            code: entry[0],
            message: entry[1],
            syscall: recv ? 'uv_recv_buffer_size' : 'uv_send_buffer_size'
        });
    }
    return ret;
}

Socket.prototype.bind = function (port_, address_ /* , callback */) {
    var port = port_;
    var self = this;
    healthCheck(this);
    var state = this[kStateSymbol];
    if (state.bindState !== BIND_STATE_UNBOUND) {
        throw new codes.ERR_SOCKET_ALREADY_BOUND();
    }
    state.bindState = BIND_STATE_BINDING;

    var cb = arguments.length && arguments[arguments.length - 1];
    if (typeof cb === 'function') {
        var removeListeners = function () {
            this.removeListener('error', removeListeners);
            this.removeListener('listening', onListening);
        };
        var onListening = function () {
            removeListeners.call(this);
            cb.call(this);
        };
        this.on('error', removeListeners);
        this.on('listening', onListening);
    }

    if (port !== null && typeof port === 'object' && validators.isInt32(port.fd) &&
        port.fd > 0) {
        /* An existing descriptor (there are no cluster workers to share it with). */
        var type = internalBinding('util').guessHandleType(port.fd);
        if (type !== 'UDP') {
            throw new codes.ERR_INVALID_FD_TYPE(type);
        }
        var openErr = state.handle.open(port.fd);
        if (openErr) {
            throw errors.errnoException(openErr, 'open');
        }
        startListening(this);
        return this;
    }

    var address;
    var exclusive = false;
    if (port !== null && typeof port === 'object') {
        address = port.address || '';
        exclusive = !!port.exclusive;
        port = port.port;
    } else {
        address = typeof address_ === 'function' ? '' : address_;
    }
    if (!address) {
        address = this.type === 'udp4' ? '0.0.0.0' : '::';
    }

    state.handle.lookup(address, function (err, ip) {
        if (!state.handle) {
            return; /* closed meanwhile */
        }
        if (err) {
            state.bindState = BIND_STATE_UNBOUND;
            self.emit('error', err);
            return;
        }
        var flags = 0;
        if (state.reuseAddr) {
            flags |= binding.UV_UDP_REUSEADDR;
        }
        if (state.ipv6Only) {
            flags |= binding.UV_UDP_IPV6ONLY;
        }
        var cluster = process.channel && !exclusive ? require('cluster') : null;
        if (cluster !== null && cluster.isWorker) {
            bindInCluster(self, cluster, ip, port, flags);
            return;
        }
        var status = state.handle.bind(ip, port || 0, flags);
        if (status) {
            state.bindState = BIND_STATE_UNBOUND;
            self.emit('error', errors.exceptionWithHostPort(status, 'bind', ip, port));
            return;
        }
        startListening(self);
    });
    return this;
};

/* A cluster worker's socket gets the primary's bound socket (internal/cluster, SCHED_NONE
 * whatever the policy, as in Node), which replaces its own handle. */
function bindInCluster(socket, cluster, ip, port, flags) {
    var state = socket[kStateSymbol];
    var query = { address: ip, port: port, addressType: socket.type, fd: -1, flags: flags };
    cluster._getServer(socket, query, function (err, handle) {
        if (err) {
            state.bindState = BIND_STATE_UNBOUND;
            socket.emit('error', errors.exceptionWithHostPort(err, 'bind', ip, port));
            return;
        }
        if (!state.handle) {
            return; /* closed meanwhile */
        }
        handle.lookup = state.handle.lookup;
        handle.owner = socket;
        state.handle.close();
        state.handle = handle;
        startListening(socket);
    });
}

Socket.prototype.connect = function (port, address, callback) {
    port = validators.validatePort(port, 'Port', false);
    if (typeof address === 'function') {
        callback = address;
        address = '';
    } else if (address === undefined) {
        address = '';
    }
    validators.validateString(address, 'address');
    var state = this[kStateSymbol];
    if (state.connectState !== CONNECT_STATE_DISCONNECTED) {
        throw new codes.ERR_SOCKET_DGRAM_IS_CONNECTED();
    }
    state.connectState = CONNECT_STATE_CONNECTING;
    if (state.bindState === BIND_STATE_UNBOUND) {
        this.bind({ port: 0, exclusive: true }, null);
    }
    if (state.bindState !== BIND_STATE_BOUND) {
        enqueue(this, doConnectLater(this, port, address, callback));
        return;
    }
    startConnect(this, port, address, callback);
};

function doConnectLater(socket, port, address, callback) {
    return function () {
        startConnect(socket, port, address, callback);
    };
}

function startConnect(socket, port, address, callback) {
    var state = socket[kStateSymbol];
    if (callback) {
        socket.once('connect', callback);
    }
    state.handle.lookup(address, function (ex, ip) {
        doConnect(ex, socket, ip, address, port, callback);
    });
}

function doConnect(ex, self, ip, address, port, callback) {
    var state = self[kStateSymbol];
    if (!state.handle) {
        return;
    }
    if (!ex) {
        var err = state.handle.connect(ip, port);
        if (err) {
            ex = errors.exceptionWithHostPort(err, 'connect', address, port);
        }
    }
    if (ex) {
        state.connectState = CONNECT_STATE_DISCONNECTED;
        process.nextTick(function () {
            if (callback) {
                self.removeListener('connect', callback);
                callback(ex);
            } else {
                self.emit('error', ex);
            }
        });
        return;
    }
    state.connectState = CONNECT_STATE_CONNECTED;
    process.nextTick(function () {
        self.emit('connect');
    });
}

Socket.prototype.disconnect = function () {
    var state = this[kStateSymbol];
    if (state.connectState !== CONNECT_STATE_CONNECTED) {
        throw new codes.ERR_SOCKET_DGRAM_NOT_CONNECTED();
    }
    var err = state.handle.disconnect();
    if (err) {
        throw errors.errnoException(err, 'connect');
    }
    state.connectState = CONNECT_STATE_DISCONNECTED;
};

/* A thin wrapper around send, kept for old code, as Node keeps it. */
Socket.prototype.sendto = function (buffer, offset, length, port, address, callback) {
    validators.validateNumber(offset, 'offset');
    validators.validateNumber(length, 'length');
    validators.validateNumber(port, 'port');
    validators.validateString(address, 'address');
    this.send(buffer, offset, length, port, address, callback);
};

function sliceBuffer(buffer, offset, length) {
    if (typeof buffer === 'string') {
        buffer = Buffer.from(buffer);
    } else if (!ArrayBuffer.isView(buffer)) {
        throw new codes.ERR_INVALID_ARG_TYPE('buffer', BUFFER_TYPES, buffer);
    }
    offset = offset >>> 0;
    length = length >>> 0;
    if (offset > buffer.byteLength) {
        throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
    }
    if (offset + length > buffer.byteLength) {
        throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
    }
    return Buffer.from(buffer.buffer, buffer.byteOffset + offset, length);
}

/* Returns the list as Buffers, or null when an element is neither a string nor a view. */
function fixBufferList(list) {
    var out = new Array(list.length);
    for (var i = 0; i < list.length; i++) {
        var buf = list[i];
        if (typeof buf === 'string') {
            out[i] = Buffer.from(buf);
        } else if (!ArrayBuffer.isView(buf)) {
            return null;
        } else {
            out[i] = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
        }
    }
    return out;
}

/* Runs fn once the socket is listening (dropped if binding fails). */
function enqueue(self, fn) {
    var state = self[kStateSymbol];
    if (state.queue === undefined) {
        state.queue = [];
        self.once(EventEmitter.errorMonitor, onListenError);
        self.once('listening', onListenSuccess);
    }
    state.queue.push(fn);
}

function onListenSuccess() {
    this.removeListener(EventEmitter.errorMonitor, onListenError);
    clearQueue.call(this);
}

function onListenError() {
    this.removeListener('listening', onListenSuccess);
    this[kStateSymbol].queue = undefined;
}

function clearQueue() {
    var state = this[kStateSymbol];
    var queue = state.queue;
    state.queue = undefined;
    for (var i = 0; i < queue.length; i++) {
        queue[i]();
    }
}

/* The forms Node accepts:
 *   unconnected: send(buf, offset, length, port[, address][, cb]), send(bufOrList, port[,
 *                address][, cb])
 *   connected:   send(buf, offset, length[, cb]), send(bufOrList[, cb]) */
Socket.prototype.send = function (buffer, offset, length, port, address, callback) {
    var list;
    var self = this;
    var state = this[kStateSymbol];
    var connected = state.connectState === CONNECT_STATE_CONNECTED;
    if (!connected) {
        if (address || (port && typeof port !== 'function')) {
            buffer = sliceBuffer(buffer, offset, length);
        } else {
            callback = port;
            port = offset;
            address = length;
        }
    } else {
        if (typeof length === 'number') {
            buffer = sliceBuffer(buffer, offset, length);
            if (typeof port === 'function') {
                callback = port;
                port = null;
            }
        } else {
            callback = offset;
        }
        if (port || address) {
            throw new codes.ERR_SOCKET_DGRAM_IS_CONNECTED();
        }
    }

    if (!Array.isArray(buffer)) {
        if (typeof buffer === 'string') {
            list = [Buffer.from(buffer)];
        } else if (!ArrayBuffer.isView(buffer)) {
            throw new codes.ERR_INVALID_ARG_TYPE('buffer', BUFFER_TYPES, buffer);
        } else {
            list = [buffer];
        }
    } else if (!(list = fixBufferList(buffer))) {
        throw new codes.ERR_INVALID_ARG_TYPE('buffer list arguments', BUFFER_TYPES, buffer);
    }

    if (!connected) {
        port = validators.validatePort(port, 'Port', false);
    }
    if (typeof callback !== 'function') {
        callback = undefined;
    }
    if (typeof address === 'function') {
        callback = address;
        address = undefined;
    } else if (address !== undefined && address !== null) {
        validators.validateString(address, 'address');
    }

    healthCheck(this);

    if (state.bindState === BIND_STATE_UNBOUND) {
        this.bind({ port: 0, exclusive: true }, null);
    }
    if (list.length === 0) {
        list.push(Buffer.alloc(0));
    }
    if (state.bindState !== BIND_STATE_BOUND) {
        enqueue(this, this.send.bind(this, list, port, address, callback));
        return;
    }
    if (!connected) {
        state.handle.lookup(address, function (ex, ip) {
            doSend(ex, self, ip, list, address, port, callback);
        });
    } else {
        doSend(null, self, null, list, address, port, callback);
    }
};

function doSend(ex, self, ip, list, address, port, callback) {
    var state = self[kStateSymbol];
    if (ex) {
        if (typeof callback === 'function') {
            process.nextTick(callback, ex);
            return;
        }
        process.nextTick(function () {
            self.emit('error', ex);
        });
        return;
    } else if (!state.handle) {
        return;
    }
    var req = { list: list, address: address, port: port, callback: callback };
    if (callback) {
        req.oncomplete = afterSend;
    }
    var err = state.handle.send(req, list, port || 0, ip, !!callback);
    if (err >= 1) {
        /* Sent at once: the binding returns the length + 1. */
        if (callback) {
            process.nextTick(callback, null, err - 1);
        }
        return;
    }
    if (err && callback) {
        /* Not an 'error' event, as in Node (dgram_legacy compatibility). */
        process.nextTick(callback, errors.exceptionWithHostPort(err, 'send', address, port));
    }
}

/* req.oncomplete(status, sent) for a datagram that waited in the binding's queue. */
function afterSend(status, sent) {
    var err = status ? errors.exceptionWithHostPort(status, 'send', this.address, this.port) :
        null;
    this.callback(err, sent);
}

Socket.prototype.close = function (callback) {
    var state = this[kStateSymbol];
    var queue = state.queue;
    if (typeof callback === 'function') {
        this.on('close', callback);
    }
    if (queue !== undefined) {
        queue.push(this.close.bind(this));
        return this;
    }
    healthCheck(this);
    stopReceiving(this);
    state.handle.close();
    state.handle = null;
    process.nextTick(socketCloseNT, this);
    return this;
};

if (typeof Symbol.asyncDispose === 'symbol') {
    Socket.prototype[Symbol.asyncDispose] = function () {
        var self = this;
        if (!this[kStateSymbol].handle) {
            return Promise.resolve();
        }
        return new Promise(function (resolve) {
            self.close(resolve);
        });
    };
}

function socketCloseNT(self) {
    self.emit('close');
}

Socket.prototype.address = function () {
    healthCheck(this);
    var out = this[kStateSymbol].handle.getsockname();
    if (typeof out === 'number') {
        throw errors.errnoException(out, 'getsockname');
    }
    return out;
};

Socket.prototype.remoteAddress = function () {
    healthCheck(this);
    var state = this[kStateSymbol];
    if (state.connectState !== CONNECT_STATE_CONNECTED) {
        throw new codes.ERR_SOCKET_DGRAM_NOT_CONNECTED();
    }
    var out = state.handle.getpeername();
    if (typeof out === 'number') {
        throw errors.errnoException(out, 'getpeername');
    }
    return out;
};

/* Throws Node's 'syscall ECODE' error when the binding returned one. */
function check(err, syscall) {
    if (err) {
        throw errors.errnoException(err, syscall);
    }
}

Socket.prototype.setBroadcast = function (arg) {
    check(this[kStateSymbol].handle.setBroadcast(arg ? 1 : 0), 'setBroadcast');
};

Socket.prototype.setTTL = function (ttl) {
    validators.validateNumber(ttl, 'ttl');
    check(this[kStateSymbol].handle.setTTL(ttl), 'setTTL');
    return ttl;
};

Socket.prototype.setMulticastTTL = function (ttl) {
    validators.validateNumber(ttl, 'ttl');
    check(this[kStateSymbol].handle.setMulticastTTL(ttl), 'setMulticastTTL');
    return ttl;
};

Socket.prototype.setMulticastLoopback = function (arg) {
    check(this[kStateSymbol].handle.setMulticastLoopback(arg ? 1 : 0), 'setMulticastLoopback');
    return arg; /* 0.4 compatibility */
};

Socket.prototype.setMulticastInterface = function (interfaceAddress) {
    healthCheck(this);
    validators.validateString(interfaceAddress, 'interfaceAddress');
    check(this[kStateSymbol].handle.setMulticastInterface(interfaceAddress),
          'setMulticastInterface');
};

/* Joins (add) or leaves a multicast group through handle[method]. */
function membership(socket, method, multicastAddress, interfaceAddress) {
    healthCheck(socket);
    if (!multicastAddress) {
        throw new codes.ERR_MISSING_ARGS('multicastAddress');
    }
    check(socket[kStateSymbol].handle[method](multicastAddress, interfaceAddress), method);
}

Socket.prototype.addMembership = function (multicastAddress, interfaceAddress) {
    membership(this, 'addMembership', multicastAddress, interfaceAddress);
};

Socket.prototype.dropMembership = function (multicastAddress, interfaceAddress) {
    membership(this, 'dropMembership', multicastAddress, interfaceAddress);
};

/* Joins or leaves a source-specific multicast group through handle[method]. */
function sourceMembership(socket, method, sourceAddress, groupAddress, interfaceAddress) {
    healthCheck(socket);
    validators.validateString(sourceAddress, 'sourceAddress');
    validators.validateString(groupAddress, 'groupAddress');
    check(socket[kStateSymbol].handle[method](sourceAddress, groupAddress, interfaceAddress),
          method);
}

Socket.prototype.addSourceSpecificMembership = function (sourceAddress, groupAddress,
                                                         interfaceAddress) {
    sourceMembership(this, 'addSourceSpecificMembership', sourceAddress, groupAddress,
                     interfaceAddress);
};

Socket.prototype.dropSourceSpecificMembership = function (sourceAddress, groupAddress,
                                                          interfaceAddress) {
    sourceMembership(this, 'dropSourceSpecificMembership', sourceAddress, groupAddress,
                     interfaceAddress);
};

function healthCheck(socket) {
    if (!socket[kStateSymbol].handle) {
        throw new codes.ERR_SOCKET_DGRAM_NOT_RUNNING();
    }
}

function stopReceiving(socket) {
    var state = socket[kStateSymbol];
    if (!state.receiving) {
        return;
    }
    state.handle.recvStop();
    state.receiving = false;
}

/* handle.onmessage(nread, bytes, rinfo): a datagram, or a receive error (nread < 0). */
function onMessage(nread, bytes, rinfo) {
    var self = this.owner;
    if (nread < 0) {
        self.emit('error', errors.errnoException(nread, 'recvmsg'));
        return;
    }
    var buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    rinfo.size = buf.length;
    self.emit('message', buf, rinfo);
}

Socket.prototype.ref = function () {
    var handle = this[kStateSymbol].handle;
    if (handle) {
        handle.ref();
    }
    return this;
};

Socket.prototype.unref = function () {
    var handle = this[kStateSymbol].handle;
    if (handle) {
        handle.unref();
    }
    return this;
};

Socket.prototype.setRecvBufferSize = function (size) {
    bufferSize(this, size, RECV_BUFFER);
};

Socket.prototype.setSendBufferSize = function (size) {
    bufferSize(this, size, SEND_BUFFER);
};

Socket.prototype.getRecvBufferSize = function () {
    return bufferSize(this, 0, RECV_BUFFER);
};

Socket.prototype.getSendBufferSize = function () {
    return bufferSize(this, 0, SEND_BUFFER);
};

Socket.prototype.getSendQueueSize = function () {
    return this[kStateSymbol].handle.getSendQueueSize();
};

Socket.prototype.getSendQueueCount = function () {
    return this[kStateSymbol].handle.getSendQueueCount();
};

/* Wraps fn so that its first call warns that msg is deprecated (DEP0112); util, which does the
 * warning, is loaded only then. */
function deprecate(fn, msg) {
    var wrapped = null;
    return function () {
        if (wrapped === null) {
            wrapped = require('util').deprecate(fn, msg, 'DEP0112');
        }
        return wrapped.apply(this, arguments);
    };
}

/* The private fields old code reached for, deprecated in Node. */
function deprecatedAccessor(name, key) {
    Object.defineProperty(Socket.prototype, name, {
        configurable: true,
        get: deprecate(function () {
            return this[kStateSymbol][key];
        }, 'Socket.prototype.' + name + ' is deprecated'),
        set: deprecate(function (val) {
            this[kStateSymbol][key] = val;
        }, 'Socket.prototype.' + name + ' is deprecated')
    });
}
deprecatedAccessor('_handle', 'handle');
deprecatedAccessor('_receiving', 'receiving');
deprecatedAccessor('_bindState', 'bindState');
deprecatedAccessor('_queue', 'queue');
deprecatedAccessor('_reuseAddr', 'reuseAddr');

Socket.prototype._healthCheck = deprecate(function () {
    healthCheck(this);
}, 'Socket.prototype._healthCheck() is deprecated');

Socket.prototype._stopReceiving = deprecate(function () {
    stopReceiving(this);
}, 'Socket.prototype._stopReceiving() is deprecated');

/* Returns a handle bound to address and port, or opened on fd, or a negative errno. */
function createSocketHandle(address, port, addressType, fd, flags) {
    var handle = newHandle(addressType);
    var err = 0;
    if (validators.isInt32(fd) && fd > 0) {
        err = internalBinding('util').guessHandleType(fd) === 'UDP' ? handle.open(fd) :
            -22; /* UV_EINVAL */
    } else if (port || address) {
        err = handle.bind(address, port || 0, flags);
    }
    if (err) {
        handle.close();
        return err;
    }
    return handle;
}

module.exports = {
    _createSocketHandle: deprecate(createSocketHandle, 'dgram._createSocketHandle() is deprecated'),
    createSocket: createSocket,
    Socket: Socket
};
/* For internal/cluster/shared_handle, without the deprecation warning; not enumerable, so the
 * module's keys stay Node's. */
Object.defineProperty(module.exports, '_createSocketHandleQuietly', { value: createSocketHandle });
