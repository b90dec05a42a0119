'use strict';
/* js/https.js: Node's 'https' module: http's client and server over TLS sockets.  Server is a
 * tls.Server whose 'secureConnection' goes to http's connection handling (the request parser
 * then reads the decrypted bytes as 'data'); Agent is an http.Agent whose createConnection is
 * tls.connect and whose pool key includes the TLS options.  Differences from Node 20 are listed
 * in docs/api.md. */

var tls = require('tls');
var http = require('http');
var httpServer = require('_http_server');
var HttpAgent = require('_http_agent').Agent;
var ClientRequest = require('_http_client').ClientRequest;
var inherits = require('internal/util/inherit_class');

/* ---- Server ---- */

function onTlsClientError(err, conn) {
    if (!this.emit('clientError', err, conn)) {
        conn.destroy(err);
    }
}

function Server(opts, requestListener) {
    if (!(this instanceof Server)) {
        return new Server(opts, requestListener);
    }
    var options = opts !== null && typeof opts === 'object' ? opts : {};
    if (typeof opts === 'function') {
        requestListener = opts;
    }
    httpServer.storeHTTPOptions(this, options);
    tls.Server.call(this, Object.assign({ noDelay: true, ALPNProtocols: ['http/1.1'] }, options),
        httpServer.connectionListener);
    this.httpAllowHalfOpen = false;
    if (requestListener) {
        this.on('request', requestListener);
    }
    this.on('tlsClientError', onTlsClientError);
    httpServer.initHTTPServer(this, options);
}
inherits(Server, tls.Server);

['closeAllConnections', 'closeIdleConnections', 'setTimeout'].forEach(function (name) {
    Server.prototype[name] = http.Server.prototype[name];
});

Server.prototype.close = function close() {
    httpServer.httpServerPreClose(this);
    return tls.Server.prototype.close.apply(this, arguments);
};

function createServer(options, requestListener) {
    return new Server(options, requestListener);
}

/* ---- Agent ---- */

/* The TLS options that make two connections to one host:port different pools. */
var NAME_KEYS = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx', 'rejectUnauthorized',
                 'servername', 'minVersion', 'maxVersion', 'secureProtocol', 'crl',
                 'honorCipherOrder', 'ecdhCurve', 'dhparam', 'secureOptions', 'sessionIdContext',
                 'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine'];

function Agent(options) {
    if (!(this instanceof Agent)) {
        return new Agent(options);
    }
    HttpAgent.call(this, options);
    this.defaultPort = 443;
    this.protocol = 'https:';
    this.maxCachedSessions = this.options.maxCachedSessions === undefined ? 100 :
        this.options.maxCachedSessions;
}
inherits(Agent, HttpAgent);

/* agent.createConnection(options) | (port[, host][, options]): a tls.connect socket. */
Agent.prototype.createConnection = function createConnection(port, host, options) {
    if (port !== null && typeof port === 'object') {
        options = port;
    } else if (host !== null && typeof host === 'object') {
        options = Object.assign({}, host);
    } else if (options === null || typeof options !== 'object') {
        options = {};
    } else {
        options = Object.assign({}, options);
    }
    if (typeof port === 'number') {
        options.port = port;
    }
    if (typeof host === 'string') {
        options.host = host;
    }
    return tls.connect(options);
};

Agent.prototype.getName = function getName(options) {
    options = options || {};
    var name = HttpAgent.prototype.getName.call(this, options);
    for (var i = 0; i < NAME_KEYS.length; i++) {
        var key = NAME_KEYS[i];
        var value = options[key];
        name += ':';
        if (key === 'servername') {
            if (value && value !== options.host) {
                name += value;
            }
        } else if (key === 'rejectUnauthorized') {
            if (value !== undefined) {
                name += value;
            }
        } else if (value) {
            name += value;
        }
    }
    return name;
};

var globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

/* ---- requests ---- */

function isURL(value) {
    return value !== null && typeof value === 'object' && typeof value.href === 'string' &&
        value.searchParams !== undefined;
}

/* https.request(url[, options][, cb]) | (options[, cb]): an http ClientRequest whose default
 * agent is https.globalAgent. */
function request(input, options, cb) {
    var defaults = { _defaultAgent: module.exports.globalAgent };
    if (typeof input === 'string' || isURL(input)) {
        if (typeof options === 'function') {
            cb = options;
            options = undefined;
        }
        return new ClientRequest(input, Object.assign({}, options, defaults), cb);
    }
    return new ClientRequest(Object.assign({}, input, defaults), options);
}

function get(input, options, cb) {
    var req = request(input, options, cb);
    req.end();
    return req;
}

module.exports = {
    Agent: Agent,
    globalAgent: globalAgent,
    Server: Server,
    createServer: createServer,
    get: get,
    request: request
};
