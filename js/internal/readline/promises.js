'use strict';
/* js/internal/readline/promises.js: readlinePromises.Readline, which queues cursor and
 * clear actions for a stream and writes them in one go on commit() (or on the next tick of
 * each action with autoCommit). */

var CSI = require('internal/readline/utils').CSI;
var validators = require('internal/validators');
var isWritable = require('internal/streams/utils').isWritable;
var errors = require('internal/errors');

var kStream = Symbol('kStream');
var kTodo = Symbol('kTodo');
var kAutoCommit = Symbol('kAutoCommit');

/* new Readline(stream[, { autoCommit }]); throws ERR_INVALID_ARG_TYPE unless stream is a
 * Writable. */
function Readline(stream, options) {
    if (!(this instanceof Readline)) {
        throw new TypeError("Class constructor Readline cannot be invoked without 'new'");
    }
    if (!isWritable(stream)) {
        throw new errors.codes.ERR_INVALID_ARG_TYPE('stream', 'Writable', stream);
    }
    this[kAutoCommit] = false;
    this[kStream] = stream;
    this[kTodo] = [];
    if (options != null && options.autoCommit != null) {
        validators.validateBoolean(options.autoCommit, 'options.autoCommit');
        this[kAutoCommit] = options.autoCommit;
    }
}

function queue(self, data) {
    if (self[kAutoCommit]) {
        process.nextTick(function () {
            self[kStream].write(data);
        });
    } else {
        self[kTodo].push(data);
    }
}

function method(name, fn) {
    Object.defineProperty(Readline.prototype, name, {
        value: fn, writable: true, configurable: true, enumerable: false
    });
}

method('cursorTo', function cursorTo(x, y) {
    validators.validateInteger(x, 'x');
    if (y != null) {
        validators.validateInteger(y, 'y');
    }
    queue(this, y == null ? CSI(x + 1, 'G') : CSI(y + 1, ';', x + 1, 'H'));
    return this;
});

method('moveCursor', function moveCursor(dx, dy) {
    if (dx || dy) {
        validators.validateInteger(dx, 'dx');
        validators.validateInteger(dy, 'dy');
        var data = '';
        if (dx < 0) {
            data += CSI(-dx, 'D');
        } else if (dx > 0) {
            data += CSI(dx, 'C');
        }
        if (dy < 0) {
            data += CSI(-dy, 'A');
        } else if (dy > 0) {
            data += CSI(dy, 'B');
        }
        queue(this, data);
    }
    return this;
});

method('clearLine', function clearLine(dir) {
    validators.validateInteger(dir, 'dir', -1, 1);
    queue(this, dir < 0 ? CSI.kClearToLineBeginning :
        dir > 0 ? CSI.kClearToLineEnd : CSI.kClearLine);
    return this;
});

method('clearScreenDown', function clearScreenDown() {
    queue(this, CSI.kClearScreenDown);
    return this;
});

method('commit', function commit() {
    var self = this;
    return new Promise(function (resolve) {
        self[kStream].write(self[kTodo].join(''), resolve);
        self[kTodo] = [];
    });
});

method('rollback', function rollback() {
    this[kTodo] = [];
    return this;
});

module.exports = {
    Readline: Readline
};
