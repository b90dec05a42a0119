'use strict';
/* js/internal/worker/io.js: MessageChannel and MessagePort within the one thread nodule has.
 *
 * A channel is two entangled ports; postMessage structured-clones the value and queues it on
 * the other port, which delivers it as a 'message' MessageEvent (with `data` and `ports`) from
 * a macrotask once the port is started: by start(), by setting onmessage, or by Node's
 * port.on('message', fn), whose listener gets the data itself.  close() closes both ports and
 * fires 'close' on each.  Different from Node: nothing crosses a thread, transfer lists are
 * ignored, and a port never keeps the event loop alive (ref/unref/hasRef are accepted). */

var errors = require('internal/errors');

var kPort = Symbol('kPort');

function PortState() {
    this.peer = null;
    this.queue = [];
    this.started = false;
    this.closed = false;
    this.scheduled = false;
    this.onmessage = null;
    this.wrappers = [];
}

function MessagePort() {
    throw new errors.codes.ERR_CONSTRUCT_CALL_INVALID();
}
Object.setPrototypeOf(MessagePort.prototype, EventTarget.prototype);
Object.setPrototypeOf(MessagePort, EventTarget);

function createPort() {
    var port = Object.create(MessagePort.prototype);
    EventTarget.call(port);
    Object.defineProperty(port, kPort, { value: new PortState() });
    return port;
}

function state(port) {
    var st = port !== null && typeof port === 'object' ? port[kPort] : undefined;
    if (st === undefined) {
        throw new TypeError('Illegal invocation');
    }
    return st;
}

function flush(port) {
    var st = port[kPort];
    st.scheduled = false;
    while (st.started && !st.closed && st.queue.length > 0) {
        port.dispatchEvent(new MessageEvent('message', { data: st.queue.shift() }));
    }
}

function schedule(port) {
    var st = port[kPort];
    if (!st.scheduled && st.started && st.queue.length > 0) {
        st.scheduled = true;
        setImmediate(flush, port);
    }
}

MessagePort.prototype.postMessage = function postMessage(value) {
    var st = state(this);
    if (arguments.length === 0) {
        throw new errors.codes.ERR_MISSING_ARGS('message');
    }
    var data = structuredClone(value);
    if (st.closed || st.peer === null) {
        return;
    }
    st.peer[kPort].queue.push(data);
    schedule(st.peer);
};

MessagePort.prototype.start = function start() {
    var st = state(this);
    st.started = true;
    schedule(this);
};

MessagePort.prototype.close = function close() {
    var st = state(this);
    var peer = st.peer;
    if (st.closed) {
        return;
    }
    st.closed = true;
    st.peer = null;
    var self = this;
    setImmediate(function () { self.dispatchEvent(new Event('close')); });
    if (peer !== null) {
        peer.close();
    }
};

MessagePort.prototype.ref = function ref() {
    state(this);
    return this;
};
MessagePort.prototype.unref = function unref() {
    state(this);
    return this;
};
MessagePort.prototype.hasRef = function hasRef() {
    state(this);
    return false;
};

Object.defineProperty(MessagePort.prototype, 'onmessage', {
    configurable: true,
    enumerable: true,
    get: function () { return state(this).onmessage; },
    set: function (fn) {
        var st = state(this);
        if (typeof st.onmessage === 'function') {
            this.removeEventListener('message', st.onmessage);
        }
        st.onmessage = typeof fn === 'function' ? fn : null;
        if (st.onmessage !== null) {
            this.addEventListener('message', st.onmessage);
            this.start();
        }
    }
});

/* Node's EventEmitter-style methods: 'message' listeners get the data, not the event. */
MessagePort.prototype.on = MessagePort.prototype.addListener = function on(type, fn) {
    var st = state(this);
    var wrapper = function (ev) { fn.call(this, type === 'message' ? ev.data : ev); };
    st.wrappers.push({ type: type, fn: fn, wrapper: wrapper });
    this.addEventListener(type, wrapper);
    if (type === 'message') {
        this.start();
    }
    return this;
};
MessagePort.prototype.once = function once(type, fn) {
    var self = this;
    return this.on(type, function one(v) {
        self.off(type, one);
        fn.call(this, v);
    });
};
MessagePort.prototype.off = MessagePort.prototype.removeListener = function off(type, fn) {
    var st = state(this);
    for (var i = 0; i < st.wrappers.length; i++) {
        var w = st.wrappers[i];
        if (w.type === type && w.fn === fn) {
            this.removeEventListener(type, w.wrapper);
            st.wrappers.splice(i, 1);
            break;
        }
    }
    return this;
};

/* Returns [] or [data] taken from port's queue, or null when port is not a MessagePort. */
function receive(port) {
    var st = port !== null && typeof port === 'object' ? port[kPort] : undefined;
    if (st === undefined) {
        return null;
    }
    return st.queue.length === 0 ? [] : [st.queue.shift()];
}

function MessageChannel() {
    if (!(this instanceof MessageChannel)) {
        throw new TypeError("Class constructor MessageChannel cannot be invoked without 'new'");
    }
    var a = createPort();
    var b = createPort();
    a[kPort].peer = b;
    b[kPort].peer = a;
    Object.defineProperty(this, 'port1', { value: a, enumerable: true });
    Object.defineProperty(this, 'port2', { value: b, enumerable: true });
}

module.exports = {
    MessageChannel: MessageChannel,
    MessagePort: MessagePort,
    receive: receive
};
