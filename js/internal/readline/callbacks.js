'use strict';
/* js/internal/readline/callbacks.js: readline's cursor helpers (cursorTo, moveCursor,
 * clearLine, clearScreenDown).  Each writes one ANSI sequence to a stream and returns what
 * stream.write returned; with no stream (or nothing to do) it returns true and still calls
 * the callback, on the next tick. */

var errors = require('internal/errors');
var validateFunction = require('internal/validators').validateFunction;
var CSI = require('internal/readline/utils').CSI;

function nothingToWrite(callback) {
    if (typeof callback === 'function') {
        process.nextTick(callback, null);
    }
    return true;
}

/* Moves the cursor to column x (and row y when given) of stream. */
function cursorTo(stream, x, y, callback) {
    if (callback !== undefined) {
        validateFunction(callback, 'callback');
    }
    if (typeof y === 'function') {
        callback = y;
        y = undefined;
    }
    /* Node tests with Number.isNaN: only the number NaN is rejected. */
    if (typeof x === 'number' && x !== x) {
        throw new errors.codes.ERR_INVALID_ARG_VALUE('x', x);
    }
    if (typeof y === 'number' && y !== y) {
        throw new errors.codes.ERR_INVALID_ARG_VALUE('y', y);
    }
    if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
        return nothingToWrite(callback);
    }
    if (typeof x !== 'number') {
        throw new errors.codes.ERR_INVALID_CURSOR_POS();
    }
    var data = typeof y !== 'number' ? CSI(x + 1, 'G') : CSI(y + 1, ';', x + 1, 'H');
    return stream.write(data, callback);
}

/* Moves the cursor dx columns right (left when negative) and dy rows down (up). */
function moveCursor(stream, dx, dy, callback) {
    if (callback !== undefined) {
        validateFunction(callback, 'callback');
    }
    if (stream == null || !(dx || dy)) {
        return nothingToWrite(callback);
    }
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
    return stream.write(data, callback);
}

/* Clears the line: left of the cursor (dir < 0), right of it (dir > 0) or all of it. */
function clearLine(stream, dir, callback) {
    if (callback !== undefined) {
        validateFunction(callback, 'callback');
    }
    if (stream === null || stream === undefined) {
        return nothingToWrite(callback);
    }
    var type = dir < 0 ? CSI.kClearToLineBeginning :
        dir > 0 ? CSI.kClearToLineEnd : CSI.kClearLine;
    return stream.write(type, callback);
}

/* Clears the screen from the cursor down. */
function clearScreenDown(stream, callback) {
    if (callback !== undefined) {
        validateFunction(callback, 'callback');
    }
    if (stream === null || stream === undefined) {
        return nothingToWrite(callback);
    }
    return stream.write(CSI.kClearScreenDown, callback);
}

module.exports = {
    clearLine: clearLine,
    clearScreenDown: clearScreenDown,
    cursorTo: cursorTo,
    moveCursor: moveCursor
};
