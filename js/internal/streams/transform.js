'use strict';
/* js/internal/streams/transform.js: stream.Transform, a Duplex whose output is computed from
 * its input by _transform(chunk, encoding, callback) and, at the end, _flush(callback).
 *
 * A written chunk is not acknowledged (its write callback held back) while the readable side
 * is at or above its highWaterMark: the next _read() releases it.  That is the whole of the
 * backpressure between the two sides. */

var Duplex = require('internal/streams/duplex');
var stateMod = require('internal/streams/state');
var utils = require('internal/streams/utils');

module.exports = Transform;

Object.setPrototypeOf(Transform.prototype, Duplex.prototype);
Object.setPrototypeOf(Transform, Duplex);

var kCallback = Symbol('kCallback');
var kWriteCallback = utils.hiddenKey('kWriteCallback');
var kLength = utils.hiddenKey('kLength');
var kAfterTransform = utils.hiddenKey('kAfterTransform');

/* new Transform([options]): options.transform and options.flush become _transform and
 * _flush. */
function Transform(options) {
    if (!(this instanceof Transform)) {
        return new Transform(options);
    }

    /* A readableHighWaterMark of 0 would never let a chunk through: keep the writable side's
     * own highWaterMark instead of sharing highWaterMark. */
    var readableHighWaterMark = options ?
        stateMod.getHighWaterMark(this, options, 'readableHighWaterMark', true) : null;
    if (readableHighWaterMark === 0) {
        var copy = {};
        var keys = Object.keys(options);
        for (var i = 0; i < keys.length; i++) {
            copy[keys[i]] = options[keys[i]];
        }
        copy.highWaterMark = null;
        copy.readableHighWaterMark = readableHighWaterMark;
        copy.writableHighWaterMark = options.writableHighWaterMark || 0;
        options = copy;
    }

    Duplex.call(this, options);

    /* Data may be pushed from the write side at any time: no 'sync' guard on reads. */
    this._readableState.sync = false;

    this[kCallback] = null;
    this[kWriteCallback] = null;
    this[kLength] = 0;
    var self = this;
    this[kAfterTransform] = function (err, val) {
        afterTransform(self, err, val);
    };

    if (options) {
        if (typeof options.transform === 'function') {
            this._transform = options.transform;
        }
        if (typeof options.flush === 'function') {
            this._flush = options.flush;
        }
    }

    /* When the user overrides _final, end-of-input still has to run _flush: do it on
     * 'prefinish'. */
    this.on('prefinish', prefinish);
}

function final(cb) {
    var self = this;
    if (typeof this._flush === 'function' && !this.destroyed) {
        this._flush(function (er, data) {
            if (er) {
                if (cb) {
                    cb(er);
                } else {
                    self.destroy(er);
                }
                return;
            }
            if (data != null) {
                self.push(data);
            }
            self.push(null);
            if (cb) {
                cb();
            }
        });
    } else {
        this.push(null);
        if (cb) {
            cb();
        }
    }
}

function prefinish() {
    if (this._final !== final) {
        final.call(this);
    }
}

Transform.prototype._final = final;

Transform.prototype._transform = function (chunk, encoding, callback) {
    throw new (utils.codes().ERR_METHOD_NOT_IMPLEMENTED)('_transform()');
};

/* The _transform() callback: one per stream (made in the constructor), reading the write
 * in flight from kWriteCallback/kLength, so a chunk costs no closure.  Writable never has
 * two _write() calls in flight. */
function afterTransform(stream, err, val) {
    var callback = stream[kWriteCallback];
    var rState = stream._readableState;
    if (err) {
        callback(err);
        return;
    }
    if (val != null) {
        stream.push(val);
    }
    if (rState.ended) {
        /* push(null) from _transform: acknowledge later, nothing more will be read. */
        process.nextTick(callback);
    } else if (stream._writableState.ended || stream[kLength] === rState.length ||
               rState.length < rState.highWaterMark) {
        callback();
    } else {
        stream[kCallback] = callback;
    }
}

Transform.prototype._write = function (chunk, encoding, callback) {
    this[kWriteCallback] = callback;
    this[kLength] = this._readableState.length;
    this._transform(chunk, encoding, this[kAfterTransform]);
};

Transform.prototype._read = function () {
    if (this[kCallback]) {
        var callback = this[kCallback];
        this[kCallback] = null;
        callback();
    }
};
