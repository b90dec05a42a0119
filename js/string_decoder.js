'use strict';
/* js/string_decoder.js: Node's 'string_decoder' module.
 *
 * A StringDecoder turns a series of byte chunks into strings without splitting a character
 * across chunks.  As in Node, its state is a 7-byte Buffer (the held bytes of an incomplete
 * character, then the missing count, the held count and the encoding id) that the C decoder
 * in internalBinding('buffer') reads and updates, so lastChar, lastNeed and lastTotal read
 * straight from it. */

var binding = internalBinding('buffer');
var Buffer = require('buffer').Buffer;
var bufferInternal = require('buffer')[internalBinding('util').hiddenKey('bufferInternal')];

var kNativeDecoder = Symbol('kNativeDecoder');
var kIncompleteCharactersStart = 0;
var kIncompleteCharactersEnd = 4;
var kMissingBytes = 4;
var kBufferedBytes = 5;
var kEncodingField = 6;
var kSize = binding.decoderStateSize;

var originalIsEncoding = Buffer.isEncoding;
var errorsModule;

function codes() {
    if (errorsModule === undefined) {
        errorsModule = require('internal/errors');
    }
    return errorsModule.codes;
}

/* The canonical name of an encoding; a name only a replaced Buffer.isEncoding accepts is kept
 * as given.  Throws ERR_UNKNOWN_ENCODING. */
function normalizeEncoding(enc) {
    var nenc = bufferInternal.normalizeEncoding(enc);
    if (nenc === undefined) {
        if (Buffer.isEncoding === originalIsEncoding || !Buffer.isEncoding(enc)) {
            throw new (codes().ERR_UNKNOWN_ENCODING)(enc);
        }
        return enc;
    }
    return nenc;
}

/* new StringDecoder([encoding]): encoding defaults to utf8. */
function StringDecoder(encoding) {
    this.encoding = normalizeEncoding(encoding);
    this[kNativeDecoder] = Buffer.alloc(kSize);
    this[kNativeDecoder][kEncodingField] = bufferInternal.encodingIds[this.encoding];
}

/* Returns the decoded text of buf, holding back an incomplete character at its end. */
StringDecoder.prototype.write = function write(buf) {
    if (typeof buf === 'string') {
        return buf;
    }
    if (!ArrayBuffer.isView(buf)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
    }
    if (!this[kNativeDecoder]) {
        throw new (codes().ERR_INVALID_THIS)('StringDecoder');
    }
    return binding.decode(this[kNativeDecoder], buf);
};

/* Returns the text of buf (if given) followed by whatever bytes are held, which are then
 * dropped, so the decoder can be reused. */
StringDecoder.prototype.end = function end(buf) {
    var ret = '';
    if (buf !== undefined) {
        ret = this.write(buf);
    }
    if (this[kNativeDecoder][kBufferedBytes] > 0) {
        ret += binding.flush(this[kNativeDecoder]);
    }
    return ret;
};

/* Undocumented legacy: decodes buf from offset, forgetting any held bytes first. */
StringDecoder.prototype.text = function text(buf, offset) {
    this[kNativeDecoder][kMissingBytes] = 0;
    this[kNativeDecoder][kBufferedBytes] = 0;
    return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
    lastChar: {
        configurable: true,
        enumerable: true,
        get: function () {
            return this[kNativeDecoder].subarray(kIncompleteCharactersStart,
                                                 kIncompleteCharactersEnd);
        }
    },
    lastNeed: {
        configurable: true,
        enumerable: true,
        get: function () {
            return this[kNativeDecoder][kMissingBytes];
        }
    },
    lastTotal: {
        configurable: true,
        enumerable: true,
        get: function () {
            return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes];
        }
    }
});

module.exports = {
    StringDecoder: StringDecoder
};
