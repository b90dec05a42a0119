'use strict';
/* js/internal/child_process/channel.js: the IPC channel of fork() and of stdio 'ipc', at both
 * ends: setupChannel(target, handle, mode) gives a ChildProcess (parent side) or `process`
 * (child side, through setupChild) Node's send/connected/disconnect/channel and its 'message',
 * 'internalMessage' and 'disconnect' events.
 *
 * The channel is one end of a UNIX socket pair wrapped in a TCP handle (lib/tcp.c).  Messages
 * use Node's wire formats, so a nodule parent talks to a node child and the reverse: 'json' is
 * one JSON text and '\n' per message, 'advanced' is a 4-byte big-endian length then V8's value
 * serialization (js/internal/v8/serdes.js).  A handle (a net.Server, net.Socket, bare TCP
 * handle, or bare UDP handle as cluster shares them) goes as Node sends it: a { cmd:
 * 'NODE_HANDLE', type, msg } message whose first byte carries the descriptor (SCM_RIGHTS,
 * lib/tcp.c), acknowledged by NODE_HANDLE_ACK.
 * Loaded only by a process that has a channel: start-up without NODE_CHANNEL_FD never reads it.
 *
 * Liveness as in Node: the parent's channel is ref'd; the child's starts unref'd and is ref'd
 * while 'message' or 'disconnect' listeners exist or a write is queued (Control's counter), unless
 * the user called channel.ref()/unref(). */

var EventEmitter = require('events');
var errors = require('internal/errors');
var validators = require('internal/validators');

var codes = errors.codes;
var kChannel = Symbol('kChannel');
var kRefs = Symbol('kRefs');
var kRefExplicitlySet = Symbol('kRefExplicitlySet');
var kPendingMessages = Symbol('kPendingMessages');
var kChannelHandle = Symbol('kChannelHandle');
var INTERNAL_PREFIX = 'NODE_';
var EPIPE = -32;
var ECONNRESET = -104;

/* subprocess.channel / process.channel: ref()/unref() over the handle, and the counted
 * references the listeners and queued writes take. */
function Control(channel) {
    EventEmitter.call(this);
    this[kChannel] = channel;
    this[kRefs] = 0;
    this[kRefExplicitlySet] = false;
    this[kPendingMessages] = [];
}
Control.prototype = Object.create(EventEmitter.prototype, {
    constructor: { value: Control, writable: true, configurable: true }
});
Object.setPrototypeOf(Control, EventEmitter);

Control.prototype.refCounted = function refCounted() {
    if (++this[kRefs] === 1 && !this[kRefExplicitlySet]) {
        this[kChannel].ref();
    }
};

Control.prototype.unrefCounted = function unrefCounted() {
    if (--this[kRefs] === 0 && !this[kRefExplicitlySet]) {
        this[kChannel].unref();
        this.emit('unref');
    }
};

Control.prototype.ref = function ref() {
    this[kRefExplicitlySet] = true;
    this[kChannel].ref();
};

Control.prototype.unref = function unref() {
    this[kRefExplicitlySet] = true;
    this[kChannel].unref();
};

Object.defineProperty(Control.prototype, 'fd', {
    configurable: true,
    get: function () {
        var fd = this[kChannel] ? this[kChannel].getFd() : -1;
        return fd >= 0 ? fd : undefined;
    }
});

/* ---- wire formats: init(channel), parse(channel, bytes) -> [messages], write(channel, req,
 * message) -> 0 | 1 (queued) | -errno ---- */

var json = {
    init: function (channel) {
        channel.jsonBuffer = '';
        channel.decoder = undefined;
    },
    parse: function (channel, bytes) {
        if (channel.decoder === undefined) {
            var StringDecoder = require('string_decoder').StringDecoder;
            channel.decoder = new StringDecoder('utf8');
        }
        var chunks = channel.decoder.write(require('buffer').Buffer.from(bytes.buffer,
            bytes.byteOffset, bytes.length)).split('\n');
        var complete = chunks.length - 1;
        if (complete === 0) {
            channel.jsonBuffer += chunks[0];
            return [];
        }
        chunks[0] = channel.jsonBuffer + chunks[0];
        channel.jsonBuffer = chunks[complete];
        var messages = [];
        for (var i = 0; i < complete; i++) {
            messages.push(JSON.parse(chunks[i]));
        }
        return messages;
    },
    write: function (channel, req, message, handle) {
        return channel.writeString(req, JSON.stringify(message) + '\n', handle);
    }
};

var advanced = {
    init: function (channel) {
        channel.messageBuffer = [];
        channel.messageBufferSize = 0;
        channel.buffering = false;
    },
    parse: function (channel, bytes) {
        var Buffer = require('buffer').Buffer;
        var messages = [];
        channel.messageBuffer.push(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length));
        channel.messageBufferSize += bytes.length;
        var head = channel.messageBuffer[0];
        while (head.length >= 4) {
            var size = head.readUInt32BE(0) + 4;
            if (channel.messageBufferSize < size) {
                break;
            }
            var all = channel.messageBuffer.length === 1 ? channel.messageBuffer[0] :
                Buffer.concat(channel.messageBuffer, channel.messageBufferSize);
            var des = new (serdes().ChildProcessDeserializer)(all.subarray(4, size));
            head = all.subarray(size);
            channel.messageBufferSize = head.length;
            channel.messageBuffer = head.length !== 0 ? [head] : [];
            des.readHeader();
            messages.push(des.readValue());
        }
        channel.buffering = channel.messageBufferSize > 0;
        return messages;
    },
    write: function (channel, req, message, handle) {
        var Buffer = require('buffer').Buffer;
        var ser = new (serdes().ChildProcessSerializer)();
        ser.writeRawBytes(Buffer.alloc(4));
        ser.writeHeader();
        ser.writeValue(message);
        var bytes = ser.releaseBuffer();
        bytes.writeUInt32BE(bytes.length - 4, 0);
        return channel.writeBuffer(req, bytes, handle);
    }
};

var serdesClasses = null;

/* Node's serializer for 'advanced' IPC: views as host objects behind a tag 0, other host
 * objects as plain copies behind a tag 1. */
function serdes() {
    if (serdesClasses !== null) {
        return serdesClasses;
    }
    var v8 = require('v8');
    var isArrayBufferView = ArrayBuffer.isView;
    function ChildProcessSerializer() {
        v8.DefaultSerializer.call(this);
    }
    ChildProcessSerializer.prototype = Object.create(v8.DefaultSerializer.prototype);
    ChildProcessSerializer.prototype.constructor = ChildProcessSerializer;
    ChildProcessSerializer.prototype._writeHostObject = function (object) {
        if (isArrayBufferView(object)) {
            this.writeUint32(0);
            return v8.DefaultSerializer.prototype._writeHostObject.call(this, object);
        }
        this.writeUint32(1);
        this.writeValue(Object.assign({}, object));
    };
    function ChildProcessDeserializer(buffer) {
        v8.DefaultDeserializer.call(this, buffer);
    }
    ChildProcessDeserializer.prototype = Object.create(v8.DefaultDeserializer.prototype);
    ChildProcessDeserializer.prototype.constructor = ChildProcessDeserializer;
    ChildProcessDeserializer.prototype._readHostObject = function () {
        if (this.readUint32() === 0) {
            return v8.DefaultDeserializer.prototype._readHostObject.call(this);
        }
        return this.readValue();
    };
    serdesClasses = {
        ChildProcessSerializer: ChildProcessSerializer,
        ChildProcessDeserializer: ChildProcessDeserializer
    };
    return serdesClasses;
}

var formats = { json: json, advanced: advanced };

function isInternal(message) {
    return message !== null && typeof message === 'object' &&
        typeof message.cmd === 'string' && message.cmd.length > INTERNAL_PREFIX.length &&
        message.cmd.slice(0, INTERNAL_PREFIX.length) === INTERNAL_PREFIX;
}

function nop() {}

function isHandleAnswer(message) {
    return message !== null && typeof message === 'object' &&
        (message.cmd === 'NODE_HANDLE_ACK' || message.cmd === 'NODE_HANDLE_NACK');
}

/* What a handle passed to send() becomes on the wire, as Node's handleConversion: its type
 * and the TCP handle whose descriptor goes along (null: the message goes alone). */
function sendableHandle(handle) {
    var net = require('net');
    if (handle instanceof net.Socket) {
        return { type: 'net.Socket', handle: handle._handle, socket: handle };
    }
    if (handle instanceof net.Server) {
        return { type: 'net.Server', handle: handle._handle };
    }
    if (handle instanceof internalBinding('tcp').TCP) {
        return { type: 'net.Native', handle: handle };
    }
    if (handle instanceof internalBinding('udp').UDP) {
        return { type: 'dgram.Native', handle: handle };
    }
    throw new codes.ERR_INVALID_HANDLE_TYPE();
}

/* A socket sent without keepOpen is the receiver's now: the sender's handle is closed (the
 * descriptor already travels, duplicated by lib/tcp.c if the write waits). */
function releaseSentSocket(sent, options) {
    if (sent.socket && !options.keepOpen) {
        sent.handle.onread = nop;
        sent.socket._handle = null;
        sent.socket.setTimeout(0);
        sent.handle.close();
    }
}

/* Turns a received TCP handle into what the sender passed, then calls emit(object). */
function receiveHandle(type, handle, emit) {
    var net = require('net');
    if (type === 'net.Server') {
        var server = new net.Server();
        server.listen(handle, function () {
            emit(server);
        });
    } else if (type === 'net.Socket') {
        emit(new net.Socket({ handle: handle, readable: true, writable: true }));
    } else {
        emit(handle);
    }
}

/* A failed send goes to its callback, or else is target's 'error', on the next tick. */
function reportError(target, err, callback) {
    if (typeof callback === 'function') {
        process.nextTick(callback, err);
    } else {
        process.nextTick(function () {
            target.emit('error', err);
        });
    }
}

/* Gives target (a ChildProcess, or process in a child) the channel over handle, a TCP handle
 * that owns the socket, and starts reading.  Returns the Control that is target.channel. */
function setupChannel(target, channel, serializationMode) {
    var control = new Control(channel);
    var format = formats[serializationMode] || json;
    target.channel = control;
    target[kChannelHandle] = channel;
    Object.defineProperty(target, '_channel', {
        configurable: true,
        enumerable: false,
        get: function () { return this.channel; },
        set: function (value) { this.channel = value; }
    });
    target._handleQueue = null;
    target._pendingMessage = null;
    format.init(channel);

    function emit(event, message, handle) {
        if (event === 'internalMessage' || target.listenerCount('message') > 0) {
            target.emit(event, message, handle);
            return;
        }
        /* Kept until a 'message' listener comes, as Node does. */
        control[kPendingMessages].push([event, message, handle]);
    }

    /* The descriptor came with this message's bytes: it is the oldest one the channel holds. */
    function handleMessageWithHandle(message) {
        var UDP = internalBinding('udp').UDP;
        var handle = channel.takeHandle(message.type === 'dgram.Native' ? new UDP(4) :
            undefined);
        target._send({ cmd: handle ? 'NODE_HANDLE_ACK' : 'NODE_HANDLE_NACK' }, null, true);
        if (!handle) {
            return;
        }
        var inner = message.msg;
        receiveHandle(message.type, handle, function (object) {
            process.nextTick(emit, isInternal(inner) ? 'internalMessage' : 'message', inner,
                             object);
        });
    }

    function handleMessage(message, internal) {
        if (!target.channel) {
            return;
        }
        if (internal && message.cmd === 'NODE_HANDLE') {
            handleMessageWithHandle(message);
            return;
        }
        process.nextTick(emit, internal ? 'internalMessage' : 'message', message);
    }

    channel.onread = function onread(nread, bytes) {
        if (nread > 0) {
            var messages = format.parse(channel, bytes);
            for (var i = 0; i < messages.length; i++) {
                handleMessage(messages[i], isInternal(messages[i]));
            }
            return;
        }
        /* The end of the stream, or a read error, which ends the channel the same way. */
        channel.buffering = false;
        target.disconnect();
        channel.onread = nop;
        channel.close();
        if (typeof target._closesNeeded === 'number') {
            require('internal/child_process').maybeClose(target);
        }
    };

    /* The receiver took (or refused) the handle: what waited behind it goes out.  A refused
     * socket is not sent again (Node retries one), as its handle here is closed already. */
    target.on('internalMessage', function (message) {
        var queue = target._handleQueue;
        if (!isHandleAnswer(message) || !queue) {
            return;
        }
        target._handleQueue = null;
        for (var i = 0; i < queue.length; i++) {
            target._send.apply(target, queue[i]);
        }
        if (!target.connected && target.channel && !target._handleQueue) {
            target._disconnect();
        }
    });

    target.on('newListener', function () {
        process.nextTick(function () {
            if (!target.channel || target.listenerCount('message') === 0) {
                return;
            }
            var messages = target.channel[kPendingMessages];
            if (messages.length === 0) {
                return;
            }
            target.channel[kPendingMessages] = [];
            for (var i = 0; i < messages.length; i++) {
                target.emit.apply(target, messages[i]);
            }
        });
    });

    target.send = function send(message, handle, options, callback) {
        if (typeof handle === 'function') {
            callback = handle;
            handle = undefined;
            options = undefined;
        } else if (typeof options === 'function') {
            callback = options;
            options = undefined;
        } else if (options !== undefined) {
            validators.validateObject(options, 'options');
        }
        options = Object.assign({ swallowErrors: false }, options);
        if (this.connected) {
            return this._send(message, handle, options, callback);
        }
        reportError(this, new codes.ERR_IPC_CHANNEL_CLOSED(), callback);
        return false;
    };

    target._send = function _send(message, handle, options, callback) {
        if (message === undefined) {
            throw new codes.ERR_MISSING_ARGS('message');
        }
        if (typeof message !== 'string' && typeof message !== 'object' &&
            typeof message !== 'number' && typeof message !== 'boolean') {
            throw new codes.ERR_INVALID_ARG_TYPE('message',
                ['string', 'object', 'number', 'boolean'], message);
        }
        if (typeof options === 'boolean') {
            options = { swallowErrors: options };
        }
        /* While a handle waits for its NODE_HANDLE_ACK, later messages wait behind it, as
         * in Node. */
        if (this._handleQueue && !isHandleAnswer(message)) {
            this._handleQueue.push([message, handle, options, callback]);
            return this._handleQueue.length === 1;
        }
        var sent = null;
        if (handle) {
            sent = sendableHandle(handle);
            message = sent.handle ? { cmd: 'NODE_HANDLE', type: sent.type, msg: message } :
                message;
        }
        var req = {};
        var err = format.write(channel, req, message, sent && sent.handle);
        if (sent && sent.handle && err >= 0) {
            releaseSentSocket(sent, options);
            this._handleQueue = this._handleQueue || [];
        }
        if (err === 1) {
            req.oncomplete = function () {
                control.unrefCounted();
                if (typeof callback === 'function') {
                    callback(null);
                }
            };
            control.refCounted();
        } else if (err === 0 || err === EPIPE || err === ECONNRESET) {
            /* As in Node, where the write completes later and its error is dropped: a peer
             * that went away is reported by the channel's end ('disconnect'), not here. */
            if (typeof callback === 'function') {
                process.nextTick(callback, null);
            }
        } else if (!options.swallowErrors) {
            reportError(this, errors.errnoException(err, 'write'), callback);
        }
        /* If the other side is more than two reads behind, please stop sending. */
        return channel.writeQueueSize() < 65536 * 2;
    };

    /* connected turns false as soon as disconnect() is asked for; channel turns null when the
     * channel is really gone. */
    target.connected = true;

    target.disconnect = function disconnect() {
        if (!this.connected) {
            this.emit('error', new codes.ERR_IPC_DISCONNECTED());
            return;
        }
        this.connected = false;
        if (!this._handleQueue) {
            this._disconnect();
        }
    };

    target._disconnect = function _disconnect() {
        this.channel = null;
        this[kChannelHandle] = null;
        var fired = false;
        function finish() {
            if (fired) {
                return;
            }
            fired = true;
            channel.close();
            target.emit('disconnect');
        }
        /* A message half read is delivered before the end. */
        if (channel.buffering) {
            this.once('message', finish);
            this.once('internalMessage', finish);
            return;
        }
        process.nextTick(finish);
    };

    channel.readStart();
    return control;
}

/* Opens the channel of a forked child on fd (NODE_CHANNEL_FD) as `process`'s: unref'd, and
 * ref'd while 'message' or 'disconnect' listeners exist. */
function setupChild(fd, serializationMode) {
    var TCP = internalBinding('tcp').TCP;
    var handle = new TCP();
    var err = handle.open(fd, true);
    if (err < 0) {
        throw errors.errnoException(err, 'open');
    }
    handle.unref();
    var control = setupChannel(process, handle, serializationMode);
    process.on('newListener', function onNewListener(name) {
        if (name === 'message' || name === 'disconnect') {
            control.refCounted();
        }
    });
    process.on('removeListener', function onRemoveListener(name) {
        if (name === 'message' || name === 'disconnect') {
            control.unrefCounted();
        }
    });
}

module.exports = {
    setupChannel: setupChannel,
    setupChild: setupChild
};
