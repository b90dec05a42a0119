'use strict';
/* js/internal/process/stdio.js: process.stdout, process.stderr and process.stdin.
 *
 * Writes are synchronous and complete, as Node's stdout and stderr are on Linux for files, pipes
 * and terminals: output is never lost, even when process.exit() follows.  These are minimal
 * writable emitters until the stream module exists; then they become real streams. */

var EventEmitter = require('events');
var binding = internalBinding('process');

function WriteStream(fd) {
    EventEmitter.call(this);
    var info = binding.ttyInfo(fd);
    this.fd = fd;
    this.isTTY = info.isTTY;
    if (info.isTTY) {
        this.columns = info.columns;
        this.rows = info.rows;
    }
    this.writable = true;
    this._isStdio = true;
}
WriteStream.prototype = Object.create(EventEmitter.prototype, {
    constructor: { value: WriteStream, writable: true, configurable: true }
});

WriteStream.prototype.write = function write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
        callback = encoding;
    }
    var text;
    if (typeof chunk === 'string') {
        text = chunk;
    } else if (chunk !== null && typeof chunk === 'object' && typeof chunk.length === 'number') {
        text = typeof chunk.toString === 'function' && chunk.constructor &&
            chunk.constructor.name === 'Buffer' ? chunk.toString() : String.fromCharCode.apply(null, chunk);
    } else {
        var errors = require('internal/errors');
        throw new errors.codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray',
            'DataView'], chunk);
    }
    var err = binding.writeString(this.fd, text);
    if (err < 0 && err !== -32) {
        var e = require('internal/errors').errnoException(err, 'write');
        var self = this;
        process.nextTick(function () { self.emit('error', e); });
    }
    if (typeof callback === 'function') {
        process.nextTick(callback);
    }
    return true;
};

WriteStream.prototype.end = function end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
        callback = chunk;
        chunk = undefined;
    }
    if (chunk !== undefined && chunk !== null) {
        this.write(chunk, encoding);
    }
    if (typeof callback === 'function') {
        process.nextTick(callback);
    }
    return this;
};

WriteStream.prototype.getColorDepth = function getColorDepth() {
    return this.isTTY ? 8 : 1;
};

WriteStream.prototype.hasColors = function hasColors() {
    return this.isTTY === true;
};

function create(fd) {
    return new WriteStream(fd);
}

/* stdin: the whole input is read when a 'data' listener is added; a terminal or pipe that must
 * be read incrementally waits for the stream module. */
function ReadStream() {
    EventEmitter.call(this);
    this.fd = 0;
    this.isTTY = binding.ttyInfo(0).isTTY;
    this._encoding = null;
    this._started = false;
}
ReadStream.prototype = Object.create(EventEmitter.prototype, {
    constructor: { value: ReadStream, writable: true, configurable: true }
});

ReadStream.prototype.setEncoding = function setEncoding(enc) {
    this._encoding = enc || 'utf8';
    return this;
};

ReadStream.prototype.resume = function resume() {
    var self = this;
    if (self._started) {
        return self;
    }
    self._started = true;
    setImmediate(function () {
        var data = binding.readStdin();
        if (data.length > 0) {
            self.emit('data', data);
        }
        self.emit('end');
        self.emit('close');
    });
    return self;
};

ReadStream.prototype.pause = function pause() {
    return this;
};

ReadStream.prototype.on = function on(name, listener) {
    EventEmitter.prototype.on.call(this, name, listener);
    if (name === 'data' || name === 'end' || name === 'readable') {
        this.resume();
    }
    return this;
};
ReadStream.prototype.addListener = ReadStream.prototype.on;

function createStdin() {
    return new ReadStream();
}

module.exports = {
    create: create,
    createStdin: createStdin
};
