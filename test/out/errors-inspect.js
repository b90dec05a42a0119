/* errors-inspect.js: how coded errors print with console.error (and in arrays and objects):
 * the stack headed 'TypeError [ERR_X]: message' followed by the own enumerable properties
 * (code, and context for ERR_UNHANDLED_ERROR), as Node prints them. */
var path = require('path');
var EventEmitter = require('events');

function capture(fn) {
    try {
        fn();
    } catch (e) {
        return e;
    }
    return null;
}

var typeErr = capture(function () { path.extname({}); });
var rangeErr = capture(function () { new EventEmitter().setMaxListeners(-3); });
var unhandled = capture(function () { new EventEmitter().emit('error', { reason: 'why' }); });
console.error(typeErr);
console.error(rangeErr);
console.error(unhandled);
console.error([typeErr.code, rangeErr.code]);
console.error({ err: typeErr });
typeErr.extra = 1;
console.error(typeErr);
