'use strict';
/* js/internal/unsupported.js: the functions of modules nodule loads but cannot serve yet (https,
 * tls, http2 without TLS).  Each throws a clear ERR_NOT_SUPPORTED error naming the call, so a
 * package that only loads the module for optional support still runs. */

function notSupported(feature, what) {
    var err = new Error('nodule does not support ' + feature + ' yet: ' + what + ' is not available');
    err.code = 'ERR_NOT_SUPPORTED';
    return err;
}

/* A function that throws notSupported(feature, what) whenever it is called or constructed,
 * named as Node's ('get' for 'https.get'). */
function thrower(feature, what) {
    var fn = function () {
        throw notSupported(feature, what);
    };
    Object.defineProperty(fn, 'name', { value: what.slice(what.lastIndexOf('.') + 1),
                                        configurable: true });
    return fn;
}

module.exports = { notSupported: notSupported, thrower: thrower };
