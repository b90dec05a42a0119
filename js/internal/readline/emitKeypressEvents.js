'use strict';
/* js/internal/readline/emitKeypressEvents.js: readline.emitKeypressEvents(stream): makes a
 * readable stream emit 'keypress' (string, key) for what it reads, once something listens
 * for 'keypress'.  A lone ESC at the end of a chunk becomes the 'escape' key after
 * escapeCodeTimeout (500 ms), as GNU readline's keyseq-timeout. */

var utils = require('internal/readline/utils');
var StringDecoder = require('string_decoder').StringDecoder;

var KEYPRESS_DECODER = Symbol('keypress-decoder');
var ESCAPE_DECODER = Symbol('escape-decoder');
var ESCAPE_CODE_TIMEOUT = 500;
var kSawKeyPress = utils.kSawKeyPress;

/* Installs the keypress decoder on stream once; iface (an Interface or {}) gets the
 * escapeCodeTimeout and the completion bookkeeping. */
function emitKeypressEvents(stream, iface) {
    if (iface === undefined) {
        iface = {};
    }
    if (stream[KEYPRESS_DECODER]) {
        return;
    }
    stream[KEYPRESS_DECODER] = new StringDecoder('utf8');
    stream[ESCAPE_DECODER] = utils.createKeyDecoder(stream);

    var escapeCodeTimeout = iface.escapeCodeTimeout === undefined ? ESCAPE_CODE_TIMEOUT :
        iface.escapeCodeTimeout;
    var timeoutId;

    function triggerEscape() {
        stream[ESCAPE_DECODER].next('');
    }

    function onData(input) {
        if (stream.listenerCount('keypress') > 0) {
            var string = stream[KEYPRESS_DECODER].write(input);
            if (string) {
                clearTimeout(timeoutId);
                iface[kSawKeyPress] = utils.charLengthAt(string, 0) === string.length;
                iface.isCompletionEnabled = false;
                var chars = utils.splitChars(string);
                var length = 0;
                for (var i = 0; i < chars.length; i++) {
                    var character = chars[i];
                    length += character.length;
                    if (length === string.length) {
                        iface.isCompletionEnabled = true;
                    }
                    try {
                        stream[ESCAPE_DECODER].next(character);
                        if (length === string.length && character === utils.CSI.kEscape) {
                            timeoutId = setTimeout(triggerEscape, escapeCodeTimeout);
                        }
                    } catch (err) {
                        stream[ESCAPE_DECODER] = utils.createKeyDecoder(stream);
                        throw err;
                    }
                }
            }
        } else {
            stream.removeListener('data', onData);
            stream.on('newListener', onNewListener);
        }
    }

    function onNewListener(event) {
        if (event === 'keypress') {
            stream.on('data', onData);
            stream.removeListener('newListener', onNewListener);
        }
    }

    if (stream.listenerCount('keypress') > 0) {
        stream.on('data', onData);
    } else {
        stream.on('newListener', onNewListener);
    }
}

module.exports = emitKeypressEvents;
