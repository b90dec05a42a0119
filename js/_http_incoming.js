'use strict';
/* js/_http_incoming.js: IncomingMessage, the request a server receives and the response a
 * client receives: a Readable of the body with the parsed head (headers by Node's duplicate
 * rules, rawHeaders, trailers, httpVersion, method/url or statusCode/statusMessage). */

var Readable = require('stream').Readable;
var presize = internalBinding('util').presize;

var kHeaders = Symbol('kHeaders');
var kTrailers = Symbol('kTrailers');

/* The constructor stays lean: a request that is answered without touching its body never builds
 * the Readable machinery (its state is made on first use, below) nor an events table. */
function IncomingMessage(socket) {
    presize(this, 16); /* what a request gets by the time it is answered, in one allocation */
    this.socket = socket;
}
IncomingMessage.prototype = Object.create(Readable.prototype, {
    constructor: { value: IncomingMessage, writable: true, configurable: true }
});
Object.setPrototypeOf(IncomingMessage, Readable);
/* Defaults on the prototype: the parser sets what a message has, and a request object stays
 * small (Duktape grows an object's property table as it is filled). */
var kNoHeaders = [];
Object.freeze(kNoHeaders);
IncomingMessage.prototype.httpVersionMajor = null;
IncomingMessage.prototype.httpVersionMinor = null;
IncomingMessage.prototype.httpVersion = null;
IncomingMessage.prototype.complete = false;
IncomingMessage.prototype.rawHeaders = kNoHeaders;
IncomingMessage.prototype.rawTrailers = kNoHeaders;
IncomingMessage.prototype.url = '';
IncomingMessage.prototype.method = null;
IncomingMessage.prototype.statusCode = null;
IncomingMessage.prototype.statusMessage = null;
IncomingMessage.prototype.joinDuplicateHeaders = false;
/* Found here rather than four prototypes up (events are made on the first listener). */
IncomingMessage.prototype._events = undefined;
IncomingMessage.prototype.aborted = false;
IncomingMessage.prototype.upgrade = null;
IncomingMessage.prototype._consuming = false;
IncomingMessage.prototype._dumped = false;
IncomingMessage.prototype[kHeaders] = null;
IncomingMessage.prototype[kTrailers] = null;
IncomingMessage.prototype.socket = null;
/* The parser saw the end of a body whose stream state is not made yet. */
var kEOF = Symbol('kEOF');
IncomingMessage.prototype[kEOF] = false;

var ReadableState = Readable.ReadableState;

/* True once the message has its own stream state (a property read is cheaper than a call of
 * hasOwnProperty on the server's per-request path). */
var kHasState = Symbol('kHasState');
IncomingMessage.prototype[kHasState] = false;

function setReadableState(msg, state) {
    Object.defineProperty(msg, '_readableState', {
        value: state, writable: true, configurable: true, enumerable: false
    });
    msg[kHasState] = true;
}

/* The stream state, made on first use; a body that already ended is ended in it at once. */
Object.defineProperty(IncomingMessage.prototype, '_readableState', {
    configurable: true,
    get: function () {
        var state = new ReadableState({ autoDestroy: false }, this, false);
        state.readingMore = true;
        setReadableState(this, state);
        if (this[kEOF] === true) {
            this[kEOF] = false;
            this.push(null);
        }
        return state;
    },
    set: function (value) {
        setReadableState(this, value);
    }
});

/* The parser saw the whole message: end the body now if its state exists, or when it is made. */
function markComplete(msg) {
    msg.complete = true;
    if (msg[kHasState]) {
        msg.push(null);
    } else {
        msg[kEOF] = true;
    }
}

/* True when nothing ever looked at the body: no stream state and no listeners. */
function untouched(msg) {
    return !msg[kHasState] && (msg._events === undefined || Object.keys(msg._events).length === 0);
}

Object.defineProperty(IncomingMessage.prototype, 'connection', {
    configurable: true,
    enumerable: true,
    get: function () { return this.socket; },
    set: function (val) { this.socket = val; }
});

Object.defineProperty(IncomingMessage.prototype, 'headers', {
    configurable: true,
    enumerable: true,
    get: function () {
        if (this[kHeaders] === null) {
            this[kHeaders] = {};
            var src = this.rawHeaders;
            for (var n = 0; n < src.length; n += 2) {
                this._addHeaderLine(src[n], src[n + 1], this[kHeaders]);
            }
        }
        return this[kHeaders];
    },
    set: function (val) { this[kHeaders] = val; }
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
    configurable: true,
    enumerable: true,
    get: function () {
        var out = {};
        var src = this.rawHeaders;
        for (var n = 0; n < src.length; n += 2) {
            var key = src[n].toLowerCase();
            (out[key] = out[key] || []).push(src[n + 1]);
        }
        return out;
    }
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
    configurable: true,
    enumerable: true,
    get: function () {
        if (this[kTrailers] === null) {
            this[kTrailers] = {};
            var src = this.rawTrailers;
            for (var n = 0; n < src.length; n += 2) {
                this._addHeaderLine(src[n], src[n + 1], this[kTrailers]);
            }
        }
        return this[kTrailers];
    },
    set: function (val) { this[kTrailers] = val; }
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
    if (callback) {
        this.on('timeout', callback);
    }
    this.socket.setTimeout(msecs);
    return this;
};

IncomingMessage.prototype._read = function _read(n) {
    if (!this._consuming) {
        this._readableState.readingMore = false;
        this._consuming = true;
    }
    /* The body arrives through the parser; resume the socket if a full buffer stopped it. */
    var socket = this.socket;
    if (socket && socket._handle && !socket._handle.reading && !socket.destroyed) {
        socket._handle.reading = true;
        socket._handle.readStart();
    }
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
    if (!this.readableEnded || !this.complete) {
        this.aborted = true;
        this.emit('aborted');
    }
    var self = this;
    if (this.socket && !this.socket.destroyed && this.aborted) {
        this.socket.destroy(err);
        this.socket.once('close', function () {
            process.nextTick(onDestroyError, self, err, cb);
        });
        return;
    }
    process.nextTick(onDestroyError, this, err, cb);
};

/* As Node: the error is emitted only when someone listens for it. */
function onDestroyError(self, err, cb) {
    if (self.listenerCount('error') === 0) {
        cb();
    } else {
        cb(err);
    }
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
    if (headers && headers.length) {
        if (this.complete) {
            this.rawTrailers = headers;
        } else {
            this.rawHeaders = headers;
        }
    }
};

/* Node's rules for repeated headers: set-cookie is an array; a few headers keep their first
 * value; cookie values join with '; '; the rest join with ', '. */
var dropDuplicates = {
    'content-type': true, 'content-length': true, 'user-agent': true, 'referer': true,
    'host': true, 'authorization': true, 'proxy-authorization': true,
    'if-modified-since': true, 'if-unmodified-since': true, 'from': true, 'location': true,
    'max-forwards': true, 'retry-after': true, 'etag': true, 'last-modified': true,
    'server': true, 'age': true, 'expires': true
};

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
    field = field.toLowerCase();
    if (field === 'set-cookie') {
        if (dest[field] !== undefined) {
            dest[field].push(value);
        } else {
            dest[field] = [value];
        }
    } else if (dest[field] === undefined) {
        dest[field] = value;
    } else if (dropDuplicates[field] === true) {
        return;
    } else if (field === 'cookie') {
        dest[field] += '; ' + value;
    } else {
        dest[field] += ', ' + value;
    }
};

IncomingMessage.prototype._dump = function _dump() {
    if (!this._dumped && untouched(this)) {
        /* Nobody listens and nothing was read: the parser drops the rest of the body itself
         * (parserOnBody skips a dumped message), so no stream machinery is needed. */
        this._dumped = true;
        return;
    }
    if (!this._dumped) {
        this._dumped = true;
        this.removeAllListeners('data');
        this.resume();
    }
};

module.exports = {
    IncomingMessage: IncomingMessage,
    kHasState: kHasState,
    markComplete: markComplete
};
