'use strict';
/* js/tls.js: Node's 'tls' module without TLS yet.  Packages that load it for optional secure
 * connections (ws, axios) work over plain sockets; a TLS connection or server fails with a
 * clear error. */

var thrower = require('internal/unsupported').thrower.bind(null, 'TLS');

module.exports = {
    CLIENT_RENEG_LIMIT: 3,
    CLIENT_RENEG_WINDOW: 600,
    DEFAULT_CIPHERS: '',
    DEFAULT_ECDH_CURVE: 'auto',
    DEFAULT_MIN_VERSION: 'TLSv1.2',
    DEFAULT_MAX_VERSION: 'TLSv1.3',
    getCiphers: function getCiphers() { return []; },
    rootCertificates: Object.freeze([]),
    checkServerIdentity: thrower('tls.checkServerIdentity'),
    createSecureContext: thrower('tls.createSecureContext'),
    SecureContext: thrower('tls.SecureContext'),
    TLSSocket: thrower('tls.TLSSocket'),
    Server: thrower('tls.Server'),
    createServer: thrower('tls.createServer'),
    connect: thrower('tls.connect'),
    createSecurePair: thrower('tls.createSecurePair')
};
