'use strict';
/* js/internal/streams/lazy_transform.js: Node's LazyTransform, the base of crypto's Hash, Hmac,
 * Cipheriv and Decipheriv: a Transform whose stream state is only built when a stream method or
 * property is first used, so that the plain update()/digest() path pays nothing for it. */

var Transform = require('internal/streams/transform');

/* The Transform constructor runs on first access to the stream state. */
function LazyTransform(options) {
    this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

function makeGetter(name) {
    return function () {
        /* The constructor's assignments go through the setters below, which give the object
         * its own data properties that hide these accessors from then on. */
        Transform.call(this, this._options);
        this._writableState.decodeStrings = false;
        if (!Object.prototype.hasOwnProperty.call(this, name)) {
            /* Our Transform keeps no _transformState: define it so the getter is not re-run. */
            makeSetter(name).call(this, undefined);
        }
        return this[name];
    };
}

function makeSetter(name) {
    return function (val) {
        Object.defineProperty(this, name, {
            value: val, enumerable: true, configurable: true, writable: true
        });
    };
}

['_readableState', '_writableState', '_transformState'].forEach(function (name) {
    Object.defineProperty(LazyTransform.prototype, name, {
        get: makeGetter(name), set: makeSetter(name), configurable: true, enumerable: true
    });
});

module.exports = LazyTransform;
