'use strict';
/* js/internal/streams/state.js: highWaterMark defaults and the validation of the
 * highWaterMark options (Node's lib/internal/streams/state.js). */

var utils = require('internal/streams/utils');

var defaultHighWaterMarkBytes = 16 * 1024;
var defaultHighWaterMarkObjectMode = 16;

function highWaterMarkFrom(options, isDuplex, duplexKey) {
    if (options.highWaterMark != null) {
        return options.highWaterMark;
    }
    return isDuplex ? options[duplexKey] : null;
}

/* Returns the default highWaterMark: 16 objects in object mode, 16 KiB otherwise. */
function getDefaultHighWaterMark(objectMode) {
    return objectMode ? defaultHighWaterMarkObjectMode : defaultHighWaterMarkBytes;
}

/* Changes the default highWaterMark of streams created from now on. */
function setDefaultHighWaterMark(objectMode, value) {
    utils.validators().validateInteger(value, 'value', 0);
    if (objectMode) {
        defaultHighWaterMarkObjectMode = value;
    } else {
        defaultHighWaterMarkBytes = value;
    }
}

/* Returns the highWaterMark for a new state from `options` (highWaterMark, or for a duplex
 * its readableHighWaterMark/writableHighWaterMark as `duplexKey`); throws
 * ERR_INVALID_ARG_VALUE for a negative or non-integer value. */
function getHighWaterMark(state, options, duplexKey, isDuplex) {
    var hwm = highWaterMarkFrom(options, isDuplex, duplexKey);
    if (hwm != null) {
        if (typeof hwm !== 'number' || hwm !== hwm || hwm < 0 || Math.floor(hwm) !== hwm ||
            hwm === Infinity) {
            var name = isDuplex ? 'options.' + duplexKey : 'options.highWaterMark';
            throw new (utils.codes().ERR_INVALID_ARG_VALUE)(name, hwm);
        }
        return hwm;
    }
    return getDefaultHighWaterMark(state.objectMode);
}

module.exports = {
    getHighWaterMark: getHighWaterMark,
    getDefaultHighWaterMark: getDefaultHighWaterMark,
    setDefaultHighWaterMark: setDefaultHighWaterMark
};
