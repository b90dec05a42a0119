'use strict';
/* js/internal/util/lazy.js: defineLazyExport(target, name, load), an enumerable property whose
 * value load() computes on first read, then kept as a plain property.  An assignment replaces
 * it, as with Node's lazy exports.  Modules use it to load what few scripts need (buffer's Blob,
 * util's TextDecoder, stream/web's classes) only when read. */

function defineLazyExport(target, name, load) {
    function set(value) {
        Object.defineProperty(target, name, { value: value, writable: true });
    }
    Object.defineProperty(target, name, {
        configurable: true,
        enumerable: true,
        get: function () {
            var value = load();
            set(value);
            return value;
        },
        set: set
    });
}

module.exports = { defineLazyExport: defineLazyExport };
