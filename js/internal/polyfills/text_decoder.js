'use strict';
/* js/internal/polyfills/text_decoder.js: the global TextDecoder with the encodings Node 20 decodes
 * besides UTF-8: utf-16le, utf-16be and latin1 (Node 20 decodes 'latin1', 'ascii', 'windows-1252'
 * and their WHATWG labels as ISO-8859-1), named by any of their labels.  Duktape's own TextDecoder
 * knows only UTF-8 and ignored the label; UTF-8 is still decoded by it.  An unknown label throws
 * ERR_ENCODING_NOT_SUPPORTED; the labels of encodings Node decodes through ICU (shift_jis ...)
 * are unknown here. */

var common = require('internal/polyfills/common');

var NativeTextDecoder = null;
var kState = common.hiddenKey('textDecoderState');

var LABELS = {
    'utf-8': ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
              'x-unicode20utf8'],
    'utf-16le': ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff', 'utf-16',
                 'utf-16le'],
    'utf-16be': ['unicodefffe', 'utf-16be'],
    'windows-1252': ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1', 'ibm819',
                     'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
                     'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']
};
var encodingOf = null;

/* Returns the encoding a label names (trimmed, any case), or undefined. */
function lookup(label) {
    if (encodingOf === null) {
        encodingOf = Object.create(null);
        Object.keys(LABELS).forEach(function (enc) {
            LABELS[enc].forEach(function (l) {
                encodingOf[l] = enc;
            });
        });
    }
    return encodingOf[label.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase()];
}

function errors() {
    return require('internal/errors');
}

function decoderState(self) {
    var st = common.isObject(self) ? self[kState] : undefined;
    if (st === undefined) {
        throw new (errors().codes.ERR_INVALID_THIS)('TextDecoder');
    }
    return st;
}

function TextDecoder(encoding, options) {
    if (!(this instanceof TextDecoder)) {
        throw new TypeError("Class constructor TextDecoder cannot be invoked without 'new'");
    }
    var label = encoding === undefined ? 'utf-8' : String(encoding);
    var enc = lookup(label);
    if (enc === undefined) {
        throw new (errors().codes.ERR_ENCODING_NOT_SUPPORTED)(label);
    }
    var fatal = !!(options && options.fatal);
    var ignoreBOM = !!(options && options.ignoreBOM);
    this[kState] = {
        encoding: enc,
        fatal: fatal,
        ignoreBOM: ignoreBOM,
        native: enc === 'utf-8' ? new NativeTextDecoder('utf-8', options) : null,
        pending: [],        /* UTF-16: the odd byte and an unpaired high surrogate's two */
        bomSeen: false
    };
}

/* Returns the bytes of an ArrayBuffer or a view as a Uint8Array; throws Node's C++ error, which
 * names the argument 'list' for UTF-8 and 'input' otherwise. */
function toBytes(input, name) {
    if (input === undefined) {
        return new Uint8Array(0);
    }
    if (input instanceof ArrayBuffer) {
        return new Uint8Array(input);
    }
    if (ArrayBuffer.isView(input)) {
        return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    }
    var err = new TypeError('The "' + name + '" argument must be an instance of SharedArrayBuffer, ' +
                            'ArrayBuffer or ArrayBufferView.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
}

function invalidData(st) {
    return new (errors().codes.ERR_ENCODING_INVALID_ENCODED_DATA)(st.encoding, undefined);
}

/* Decodes UTF-16 code units, keeping an odd byte and a trailing high surrogate for the next call
 * when streaming; an unpaired surrogate is U+FFFD (or an error when fatal). */
function decodeUtf16(st, bytes, stream) {
    var all = st.pending.concat(Array.prototype.slice.call(bytes));
    var be = st.encoding === 'utf-16be';
    var out = [];
    var bad = false;
    var i = 0;
    for (; i + 1 < all.length; i += 2) {
        var u = be ? (all[i] << 8) | all[i + 1] : all[i] | (all[i + 1] << 8);
        if (u >= 0xd800 && u <= 0xdbff) {
            if (i + 3 >= all.length) {
                break;
            }
            var v = be ? (all[i + 2] << 8) | all[i + 3] : all[i + 2] | (all[i + 3] << 8);
            if (v >= 0xdc00 && v <= 0xdfff) {
                out.push(u, v);
                i += 2;
            } else {
                out.push(0xfffd);
                bad = true;
            }
        } else if (u >= 0xdc00 && u <= 0xdfff) {
            out.push(0xfffd);
            bad = true;
        } else {
            out.push(u);
        }
    }
    st.pending = all.slice(i);
    if (!stream && st.pending.length > 0) {
        out.push(0xfffd);
        bad = true;
        st.pending = [];
    }
    if (bad && st.fatal) {
        st.pending = [];
        throw invalidData(st);
    }
    var text = '';
    for (var k = 0; k < out.length; k += 4096) {
        text += String.fromCharCode.apply(null, out.slice(k, k + 4096));
    }
    return text;
}

TextDecoder.prototype.decode = function decode(input, options) {
    var st = decoderState(this);
    var bytes = toBytes(input, st.native !== null ? 'list' : 'input');
    var stream = !!(options && options.stream);
    if (st.native !== null) {
        try {
            return st.native.decode(bytes, options);
        } catch (e) {
            /* Duktape says 'utf-8 decode failed' where Node throws its coded error. */
            throw st.fatal ? invalidData(st) : e;
        }
    }
    if (st.encoding === 'windows-1252') {
        return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    }
    var text = decodeUtf16(st, bytes, stream);
    if (!st.bomSeen && text.length > 0) {
        st.bomSeen = true;
        if (!st.ignoreBOM && text.charCodeAt(0) === 0xfeff) {
            text = text.slice(1);
        }
    }
    if (!stream) {
        st.bomSeen = false;
    }
    return text;
};

function install(global) {
    NativeTextDecoder = global.TextDecoder;
    ['encoding', 'fatal', 'ignoreBOM'].forEach(function (name) {
        Object.defineProperty(TextDecoder.prototype, name, {
            get: common.setName(function () {
                return decoderState(this)[name];
            }, 'get ' + name),
            enumerable: true,
            configurable: true
        });
    });
    Object.defineProperty(TextDecoder.prototype, Symbol['for']('nodejs.util.inspect.custom'), {
        value: function (depth, options, inspect) {
            var st = decoderState(this);
            return 'TextDecoder ' + inspect({ encoding: st.encoding, fatal: st.fatal,
                                              ignoreBOM: st.ignoreBOM }, options);
        },
        writable: true,
        configurable: true
    });
    common.defineTag(TextDecoder.prototype, 'TextDecoder');
    Object.defineProperty(global, 'TextDecoder', {
        value: TextDecoder, writable: true, configurable: true, enumerable: false
    });
}

module.exports = {
    install: install
};
