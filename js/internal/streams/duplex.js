'use strict';
/* js/internal/streams/duplex.js: stream.Duplex, a Readable that is also a Writable.
 *
 * It inherits from Readable and borrows Writable's methods and writable-side accessors, with
 * one state object per side.  allowHalfOpen (default true) keeps the writable side open after
 * the readable side ends; with false, 'end' calls end().  readable: false / writable: false
 * create the stream with that side already finished. */

var legacy = require('internal/streams/legacy');
var Readable = require('internal/streams/readable');
var Writable = require('internal/streams/writable');
var destroyImpl = require('internal/streams/destroy');
var utils = require('internal/streams/utils');

var Stream = legacy.Stream;
var kOnConstructed = utils.kOnConstructed;

module.exports = Duplex;

Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

(function () {
    var keys = Object.keys(Writable.prototype);
    for (var i = 0; i < keys.length; i++) {
        var method = keys[i];
        if (!Duplex.prototype[method]) {
            Duplex.prototype[method] = Writable.prototype[method];
        }
    }
})();

Duplex.prototype.destroy = Writable.prototype.destroy;

/* new Duplex([options]): Readable's and Writable's options together, plus allowHalfOpen,
 * readable, writable, readableObjectMode/writableObjectMode and the per-side
 * highWaterMarks. */
function Duplex(options) {
    if (!(this instanceof Duplex)) {
        return new Duplex(options);
    }

    if (this._events === undefined) {
        this._events = {
            close: undefined,
            error: undefined,
            prefinish: undefined,
            finish: undefined,
            drain: undefined,
            data: undefined,
            end: undefined,
            readable: undefined
        };
    }

    this._readableState = new Readable.ReadableState(options, this, true);
    this._writableState = new Writable.WritableState(options, this, true);

    if (options) {
        this.allowHalfOpen = options.allowHalfOpen !== false;

        if (options.readable === false) {
            this._readableState.readable = false;
            this._readableState.ended = true;
            this._readableState.endEmitted = true;
        }

        if (options.writable === false) {
            this._writableState.writable = false;
            this._writableState.ending = true;
            this._writableState.ended = true;
            this._writableState.finished = true;
        }

        if (typeof options.read === 'function') {
            this._read = options.read;
        }
        if (typeof options.write === 'function') {
            this._write = options.write;
        }
        if (typeof options.writev === 'function') {
            this._writev = options.writev;
        }
        if (typeof options.destroy === 'function') {
            this._destroy = options.destroy;
        }
        if (typeof options.final === 'function') {
            this._final = options.final;
        }
        if (typeof options.construct === 'function') {
            this._construct = options.construct;
        }
        if (options.signal) {
            require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
        }
    } else {
        this.allowHalfOpen = true;
    }

    Stream.call(this, options);

    if (this._construct != null) {
        var self = this;
        destroyImpl.construct(this, function () {
            self._readableState[kOnConstructed](self);
            self._writableState[kOnConstructed](self);
        });
    }
}

function copyAccessor(name) {
    var desc = Object.getOwnPropertyDescriptor(Writable.prototype, name);
    Object.defineProperty(Duplex.prototype, name, desc);
}

copyAccessor('writable');
copyAccessor('writableHighWaterMark');
copyAccessor('writableObjectMode');
copyAccessor('writableBuffer');
copyAccessor('writableLength');
copyAccessor('writableFinished');
copyAccessor('writableCorked');
copyAccessor('writableEnded');
copyAccessor('writableNeedDrain');

Object.defineProperty(Duplex.prototype, 'destroyed', {
    get: function () {
        if (this._readableState === undefined || this._writableState === undefined) {
            return false;
        }
        return this._readableState.destroyed && this._writableState.destroyed;
    },
    set: function (value) {
        if (this._readableState && this._writableState) {
            this._readableState.destroyed = value;
            this._writableState.destroyed = value;
        }
    }
});

/* Duplex.from(body): a duplex out of a stream, an iterable, a function or a promise
 * (internal/streams/duplexify). */
Duplex.from = function (body) {
    return require('internal/streams/duplexify')(body, 'body');
};
