'use strict';
/* js/http.js: Node's 'http' module: createServer and the server classes (js/_http_server.js),
 * the client (js/_http_client.js, js/_http_agent.js), and the shared tables. */

var common = require('_http_common');
var incoming = require('_http_incoming');
var outgoing = require('_http_outgoing');
var server = require('_http_server');

function createServer(options, requestListener) {
    return new server.Server(options, requestListener);
}

function lazyClient() {
    return require('_http_client');
}

function request(url, options, cb) {
    var ClientRequest = lazyClient().ClientRequest;
    return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
    var req = request(url, options, cb);
    req.end();
    return req;
}

var http = {
    METHODS: common.methods,
    STATUS_CODES: server.STATUS_CODES,
    Server: server.Server,
    ServerResponse: server.ServerResponse,
    IncomingMessage: incoming.IncomingMessage,
    OutgoingMessage: outgoing.OutgoingMessage,
    createServer: createServer,
    request: request,
    get: get,
    validateHeaderName: outgoing.validateHeaderName,
    validateHeaderValue: outgoing.validateHeaderValue,
    maxHeaderSize: 16384,
    setMaxIdleHTTPParsers: function () {}
};

['Agent', 'globalAgent', 'ClientRequest'].forEach(function (name) {
    Object.defineProperty(http, name, {
        configurable: true,
        enumerable: true,
        get: function () {
            var client = lazyClient();
            var value = name === 'ClientRequest' ? client.ClientRequest :
                require('_http_agent')[name];
            Object.defineProperty(http, name, {
                value: value, writable: true, configurable: true, enumerable: true
            });
            return value;
        },
        set: function (value) {
            Object.defineProperty(http, name, {
                value: value, writable: true, configurable: true, enumerable: true
            });
        }
    });
});

module.exports = http;
