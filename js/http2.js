'use strict';
/* js/http2.js: Node's 'http2' module, not implemented: packages that load it for optional
 * HTTP/2 support (axios) work over HTTP/1.1; opening an HTTP/2 session or server fails with a
 * clear error.  The header-name constants are Node's, so code that reads them runs. */

var thrower = require('internal/unsupported').thrower.bind(null, 'HTTP/2');

var constants = {
    HTTP2_HEADER_STATUS: ':status',
    HTTP2_HEADER_METHOD: ':method',
    HTTP2_HEADER_AUTHORITY: ':authority',
    HTTP2_HEADER_SCHEME: ':scheme',
    HTTP2_HEADER_PATH: ':path',
    HTTP2_HEADER_PROTOCOL: ':protocol',
    HTTP2_HEADER_CONTENT_TYPE: 'content-type',
    HTTP2_HEADER_CONTENT_LENGTH: 'content-length',
    HTTP2_METHOD_GET: 'GET',
    HTTP2_METHOD_POST: 'POST',
    HTTP_STATUS_OK: 200,
    NGHTTP2_NO_ERROR: 0,
    NGHTTP2_CANCEL: 8
};

module.exports = {
    connect: thrower('http2.connect'),
    constants: constants,
    createServer: thrower('http2.createServer'),
    createSecureServer: thrower('http2.createSecureServer'),
    getDefaultSettings: function getDefaultSettings() { return {}; },
    getPackedSettings: thrower('http2.getPackedSettings'),
    getUnpackedSettings: thrower('http2.getUnpackedSettings'),
    sensitiveHeaders: Symbol('nodejs.http2.sensitiveHeaders')
};
