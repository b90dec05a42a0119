'use strict';
/* js/https.js: Node's 'https' module without TLS yet.  Packages that load it for their optional
 * https support (ws, axios) work over plain http; making an https request or server fails with
 * a clear error.  The Agent and globalAgent are http's, so code that configures them runs. */

var http = require('http');

var thrower = require('internal/unsupported').thrower.bind(null, 'TLS');

function Agent(options) {
    if (!(this instanceof Agent)) {
        return new Agent(options);
    }
    http.Agent.call(this, options);
    this.defaultPort = 443;
    this.protocol = 'https:';
}
Agent.prototype = Object.create(http.Agent.prototype, {
    constructor: { value: Agent, writable: true, configurable: true }
});

module.exports = {
    Agent: Agent,
    globalAgent: new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 }),
    Server: thrower('https.Server'),
    createServer: thrower('https.createServer'),
    get: thrower('https.get'),
    request: thrower('https.request')
};
