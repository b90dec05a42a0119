'use strict';
/* js/internal/streams/passthrough.js: stream.PassThrough, a Transform that outputs its input
 * unchanged. */

var Transform = require('internal/streams/transform');

module.exports = PassThrough;

Object.setPrototypeOf(PassThrough.prototype, Transform.prototype);
Object.setPrototypeOf(PassThrough, Transform);

function PassThrough(options) {
    if (!(this instanceof PassThrough)) {
        return new PassThrough(options);
    }
    Transform.call(this, options);
}

PassThrough.prototype._transform = function (chunk, encoding, cb) {
    cb(null, chunk);
};
