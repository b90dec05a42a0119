'use strict';
/* js/stream/web.js: Node's 'stream/web', the WHATWG streams API (also the globals of the same
 * names).  Each class loads its file on first use.
 *
 * Missing: byte streams, so ReadableStreamBYOBReader, ReadableStreamBYOBRequest and
 * ReadableByteStreamController are illegal constructors only; CompressionStream and
 * DecompressionStream throw ERR_NOT_SUPPORTED. */

var FILES = {
    ReadableStream: 'readablestream',
    ReadableStreamDefaultReader: 'readablestream',
    ReadableStreamBYOBReader: null,
    ReadableStreamBYOBRequest: null,
    ReadableByteStreamController: null,
    ReadableStreamDefaultController: 'readablestream',
    TransformStream: 'transformstream',
    TransformStreamDefaultController: 'transformstream',
    WritableStream: 'writablestream',
    WritableStreamDefaultWriter: 'writablestream',
    WritableStreamDefaultController: 'writablestream',
    ByteLengthQueuingStrategy: 'queuingstrategies',
    CountQueuingStrategy: 'queuingstrategies',
    TextEncoderStream: 'encoding',
    TextDecoderStream: 'encoding',
    CompressionStream: false,
    DecompressionStream: false
};

/* The class `name` of Node's stream/web. */
function load(name) {
    var file = FILES[name];
    if (file === null) {
        return function () {
            throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
        };
    }
    if (file === false) {
        return require('internal/unsupported').thrower('compression streams', name);
    }
    return require('internal/webstreams/' + file)[name];
}

var defineLazyExport = require('internal/util/lazy').defineLazyExport;
Object.keys(FILES).forEach(function (name) {
    defineLazyExport(module.exports, name, function () { return load(name); });
});
