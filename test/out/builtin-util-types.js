/* builtin-util-types.js: require('util/types') (and node:util/types) is the very object
 * util.types, with the same checks. */
var types = require('util/types');
var util = require('util');
console.log('same object:', types === util.types, require('node:util/types') === types);
console.log('checks:', types.isDate(new Date()), types.isRegExp(/x/), types.isMap(new Map()),
            types.isSet(new Set()), types.isPromise(Promise.resolve()),
            types.isUint8Array(Buffer.alloc(1)), types.isNativeError(new TypeError('t')),
            types.isDate({}), types.isBoxedPrimitive(Object('s')));
console.log('typeof every export:', Object.keys(types).every(function (k) {
    return typeof types[k] === 'function';
}));
