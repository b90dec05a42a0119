'use strict';
/* js/internal/worker/broadcast_channel.js: MessageEvent and BroadcastChannel within the one
 * thread nodule has.
 *
 * A message posted on a BroadcastChannel is structured-cloned and delivered, from a macrotask,
 * as a 'message' MessageEvent to every other open channel of the same name (never to the one
 * that posted it), in the order the channels were made.  Different from Node: nothing crosses a
 * thread, and a channel never keeps the event loop alive (ref/unref are accepted). */

var errors = require('internal/errors');

var kData = Symbol('kMessageEventData');
var kName = Symbol('kName');
var kClosed = Symbol('kClosed');

function MessageEvent(type, init) {
    if (!(this instanceof MessageEvent)) {
        throw new TypeError("Class constructor MessageEvent cannot be invoked without 'new'");
    }
    if (arguments.length === 0) {
        throw new errors.codes.ERR_MISSING_ARGS('type');
    }
    Event.call(this, type, init);
    var i = init !== null && typeof init === 'object' ? init : {};
    this[kData] = {
        data: i.data === undefined ? null : i.data,
        origin: i.origin === undefined ? '' : String(i.origin),
        lastEventId: i.lastEventId === undefined ? '' : String(i.lastEventId),
        source: i.source === undefined ? null : i.source,
        ports: Array.isArray(i.ports) ? i.ports.slice() : []
    };
}
Object.setPrototypeOf(MessageEvent.prototype, Event.prototype);
Object.setPrototypeOf(MessageEvent, Event);
['data', 'origin', 'lastEventId', 'source', 'ports'].forEach(function (key) {
    Object.defineProperty(MessageEvent.prototype, key, {
        get: function () { return this[kData][key]; },
        enumerable: true, configurable: true
    });
});

var channels = []; /* the open BroadcastChannels, in order of creation */

function BroadcastChannel(name) {
    if (!(this instanceof BroadcastChannel)) {
        throw new TypeError("Class constructor BroadcastChannel cannot be invoked without 'new'");
    }
    if (arguments.length === 0) {
        throw new errors.codes.ERR_MISSING_ARGS('name');
    }
    EventTarget.call(this);
    this[kName] = String(name);
    this[kClosed] = false;
    channels.push(this);
}
Object.setPrototypeOf(BroadcastChannel.prototype, EventTarget.prototype);
Object.setPrototypeOf(BroadcastChannel, EventTarget);

Object.defineProperty(BroadcastChannel.prototype, 'name', {
    get: function () { return this[kName]; }, enumerable: true, configurable: true
});

function closedError() {
    return new DOMException('BroadcastChannel is closed.', 'InvalidStateError');
}

function deliver(channel, data) {
    if (!channel[kClosed]) {
        channel.dispatchEvent(new MessageEvent('message', { data: data }));
    }
}

BroadcastChannel.prototype.postMessage = function postMessage(message) {
    if (arguments.length === 0) {
        throw new errors.codes.ERR_MISSING_ARGS('message');
    }
    if (this[kClosed]) {
        throw closedError();
    }
    for (var i = 0; i < channels.length; i++) {
        var other = channels[i];
        if (other !== this && other[kName] === this[kName]) {
            setImmediate(deliver, other, structuredClone(message));
        }
    }
};

BroadcastChannel.prototype.close = function close() {
    if (this[kClosed]) {
        return;
    }
    this[kClosed] = true;
    var i = channels.indexOf(this);
    if (i !== -1) {
        channels.splice(i, 1);
    }
};

BroadcastChannel.prototype.ref = function ref() {
    return this;
};

BroadcastChannel.prototype.unref = function unref() {
    return this;
};

/* onmessage / onmessageerror: one handler each, as a listener in order of assignment. */
['message', 'messageerror'].forEach(function (type) {
    var key = Symbol('on' + type);
    Object.defineProperty(BroadcastChannel.prototype, 'on' + type, {
        get: function () { return this[key] === undefined ? null : this[key]; },
        set: function (fn) {
            if (typeof this[key] === 'function') {
                this.removeEventListener(type, this[key]);
            }
            this[key] = typeof fn === 'function' ? fn : null;
            if (this[key] !== null) {
                this.addEventListener(type, this[key]);
            }
        },
        enumerable: true, configurable: true
    });
});

module.exports = {
    BroadcastChannel: BroadcastChannel,
    MessageEvent: MessageEvent
};
