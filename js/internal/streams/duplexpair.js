'use strict';
/* js/internal/streams/duplexpair.js: stream.duplexPair([options]): two Duplexes, each
 * reading what the other writes (a socketpair in memory). */

var Duplex = require('internal/streams/duplex');
var utils = require('internal/streams/utils');

var kCallback = Symbol('Callback');
var kOtherSide = utils.hiddenKey('kOtherSide');

function DuplexSide(options) {
    Duplex.call(this, options);
    this[kCallback] = null;
    this[kOtherSide] = null;
}
Object.setPrototypeOf(DuplexSide.prototype, Duplex.prototype);
Object.setPrototypeOf(DuplexSide, Duplex);

DuplexSide.prototype._read = function () {
    var callback = this[kCallback];
    if (callback) {
        this[kCallback] = null;
        callback();
    }
};

DuplexSide.prototype._write = function (chunk, encoding, callback) {
    if (chunk.length === 0) {
        process.nextTick(callback);
    } else {
        /* The write completes when the other side reads it. */
        this[kOtherSide].push(chunk);
        this[kOtherSide][kCallback] = callback;
    }
};

DuplexSide.prototype._final = function (callback) {
    this[kOtherSide].on('end', callback);
    this[kOtherSide].push(null);
};

function duplexPair(options) {
    var side0 = new DuplexSide(options);
    var side1 = new DuplexSide(options);
    side0[kOtherSide] = side1;
    side1[kOtherSide] = side0;
    return [side0, side1];
}

module.exports = duplexPair;
