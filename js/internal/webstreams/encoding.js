'use strict';
/* js/internal/webstreams/encoding.js: TextEncoderStream and TextDecoderStream, transform
 * streams over TextEncoder and a streaming TextDecoder (a character split across chunks is
 * joined; flush() reports what is left). */

var util = require('internal/webstreams/util');
var createTransformStream = require('internal/webstreams/transformstream').createTransformStream;
var kState = util.kState;

function TextEncoderStream() {
    util.requireNew(new.target, 'TextEncoderStream');
    var encoder = new TextEncoder();
    var pending = '';
    var transform = createTransformStream(function (chunk, controller) {
        var text = pending + String(chunk);
        pending = '';
        var last = text.charCodeAt(text.length - 1);
        if (last >= 0xd800 && last <= 0xdbff) {
            pending = text.charAt(text.length - 1);
            text = text.slice(0, -1);
        }
        if (text.length > 0) controller.enqueue(encoder.encode(text));
    }, function (controller) {
        if (pending !== '') controller.enqueue(new Uint8Array([0xef, 0xbf, 0xbd]));
    });
    util.setState(this, { brand: 'TextEncoderStream', transform: transform });
}

function TextDecoderStream(encoding, options) {
    util.requireNew(new.target, 'TextDecoderStream');
    options = util.validateDictionary(options, 'options');
    var decoder = new TextDecoder(encoding === undefined ? 'utf-8' : encoding, options);
    var transform = createTransformStream(function (chunk, controller) {
        var text = decoder.decode(chunk, { stream: true });
        if (text !== '') controller.enqueue(text);
    }, function (controller) {
        var text = decoder.decode();
        if (text !== '') controller.enqueue(text);
    });
    util.setState(this, { brand: 'TextDecoderStream', transform: transform, decoder: decoder });
}

function sideGetters(name) {
    return {
        readable: function () {
            return util.stateOf(this, name, name).transform.readable;
        },
        writable: function () {
            return util.stateOf(this, name, name).transform.writable;
        }
    };
}

var encoderGetters = sideGetters('TextEncoderStream');
encoderGetters.encoding = function () {
    util.stateOf(this, 'TextEncoderStream', 'TextEncoderStream');
    return 'utf-8';
};
util.defineProto(TextEncoderStream.prototype, encoderGetters, {}, 'TextEncoderStream');
util.defineInspect(TextEncoderStream.prototype, 'TextEncoderStream', function (stream) {
    var t = stream[kState].transform;
    return { encoding: 'utf-8', readable: t.readable, writable: t.writable };
});

var decoderGetters = sideGetters('TextDecoderStream');
['encoding', 'fatal', 'ignoreBOM'].forEach(function (name) {
    decoderGetters[name] = function () {
        return util.stateOf(this, 'TextDecoderStream', 'TextDecoderStream').decoder[name];
    };
});
util.defineProto(TextDecoderStream.prototype, decoderGetters, {}, 'TextDecoderStream');
util.defineInspect(TextDecoderStream.prototype, 'TextDecoderStream', function (stream) {
    var s = stream[kState];
    return { encoding: s.decoder.encoding, fatal: s.decoder.fatal,
             ignoreBOM: s.decoder.ignoreBOM, readable: s.transform.readable,
             writable: s.transform.writable };
});

module.exports = {
    TextEncoderStream: TextEncoderStream,
    TextDecoderStream: TextDecoderStream
};
