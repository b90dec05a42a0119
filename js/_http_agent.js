'use strict';
/* js/_http_agent.js: http.Agent, the pool of client connections: at most maxSockets per
 * host:port, kept alive for reuse when keepAlive is on (Node 20's globalAgent keeps alive, with
 * a 5 s idle timeout), queued requests served in order as sockets free up. */

var EventEmitter = require('events');
var net = require('net');

function Agent(options) {
    if (!(this instanceof Agent)) {
        return new Agent(options);
    }
    EventEmitter.call(this);
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.options = Object.assign({ __proto__: null }, options || {});
    this.options.path = null;
    this.requests = Object.create(null);
    this.sockets = Object.create(null);
    this.freeSockets = Object.create(null);
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.maxTotalSockets = this.options.maxTotalSockets || Infinity;
    this.totalSocketCount = 0;
    this.scheduling = this.options.scheduling || 'lifo';
    var self = this;
    this.on('free', function (socket, opts) {
        var name = self.getName(opts);
        var queue = self.requests[name];
        if (queue && queue.length) {
            var req = queue.shift();
            if (queue.length === 0) {
                delete self.requests[name];
            }
            setRequestSocket(self, req, socket);
            return;
        }
        var req2 = socket._httpMessage;
        if (!req2 || !req2.shouldKeepAlive || !self.keepSocketAlive(socket)) {
            socket.destroy();
            return;
        }
        var freeSockets = self.freeSockets[name] || (self.freeSockets[name] = []);
        if (freeSockets.length >= self.maxFreeSockets) {
            socket.destroy();
            return;
        }
        removeSocket(self.sockets, name, socket);
        socket._httpMessage = null;
        freeSockets.push(socket);
        socket.once('error', freeSocketErrorListener);
    });
}
Agent.prototype = Object.create(EventEmitter.prototype, {
    constructor: { value: Agent, writable: true, configurable: true }
});
Object.setPrototypeOf(Agent, EventEmitter);
Agent.defaultMaxSockets = Infinity;

function freeSocketErrorListener(err) {
    this.destroy();
    this.emit('agentRemove');
}

function removeSocket(map, name, socket) {
    var list = map[name];
    if (!list) {
        return false;
    }
    var i = list.indexOf(socket);
    if (i === -1) {
        return false;
    }
    list.splice(i, 1);
    if (list.length === 0) {
        delete map[name];
    }
    return true;
}

Agent.prototype.createConnection = net.createConnection;

Agent.prototype.getName = function getName(options) {
    options = options || {};
    var name = options.host || 'localhost';
    name += ':';
    if (options.port) {
        name += options.port;
    }
    name += ':';
    if (options.localAddress) {
        name += options.localAddress;
    }
    if (options.family === 4 || options.family === 6) {
        name += ':' + options.family;
    }
    return name;
};

/* As Node 20: the server's `Keep-Alive: timeout=N` hint caps how long the socket waits in the
 * pool (a second less, so the agent gives it up before the server does), and a hint of a second
 * or less means the socket is not kept at all. */
Agent.prototype.keepSocketAlive = function keepSocketAlive(socket) {
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    var agentTimeout = this.options.timeout || 0;
    var canKeepSocketAlive = true;
    var res = socket._httpMessage ? socket._httpMessage.res : null;
    var keepAliveHint = res ? res.headers['keep-alive'] : undefined;
    var hint = keepAliveHint ? /^timeout=(\d+)/.exec(keepAliveHint) : null;
    if (hint) {
        var serverHintTimeout = parseInt(hint[1], 10) * 1000 - 1000;
        if (serverHintTimeout <= 0) {
            canKeepSocketAlive = false;
        } else if (serverHintTimeout < agentTimeout) {
            agentTimeout = serverHintTimeout;
        }
    }
    if (socket.timeout !== agentTimeout) {
        socket.setTimeout(agentTimeout);
    }
    return canKeepSocketAlive;
};

Agent.prototype.reuseSocket = function reuseSocket(socket, req) {
    socket.removeListener('error', freeSocketErrorListener);
    req.reusedSocket = true;
    socket.ref();
};

function setRequestSocket(agent, req, socket) {
    req.onSocket(socket);
    var timeout = agent.options.timeout;
    if (timeout) {
        socket.setTimeout(timeout);
    }
}

/* The name a TLS connection asks for (SNI): the Host header's host, else options.host; never an
 * IP address. */
function calculateServerName(options, req) {
    var servername = options.host || '';
    var hostHeader = typeof req.getHeader === 'function' ? req.getHeader('host') : undefined;
    if (typeof hostHeader === 'string' && hostHeader !== '') {
        if (hostHeader.charAt(0) === '[') {
            var end = hostHeader.indexOf(']');
            servername = end === -1 ? hostHeader : hostHeader.slice(1, end);
        } else {
            servername = hostHeader.split(':')[0];
        }
    }
    return net.isIP(servername) ? '' : servername;
}

Agent.prototype.addRequest = function addRequest(req, options) {
    options = Object.assign({}, options, this.options);
    if (!options.servername && options.servername !== '') {
        options.servername = calculateServerName(options, req);
    }
    var name = this.getName(options);
    var freeSockets = this.freeSockets[name];
    var socket = null;
    while (freeSockets && freeSockets.length && socket === null) {
        var s = this.scheduling === 'fifo' ? freeSockets.shift() : freeSockets.pop();
        if (!s.destroyed) {
            socket = s;
        }
        if (freeSockets.length === 0) {
            delete this.freeSockets[name];
        }
    }
    var sockLen = (this.sockets[name] ? this.sockets[name].length : 0);
    if (socket !== null) {
        this.reuseSocket(socket, req);
        setRequestSocket(this, req, socket);
        (this.sockets[name] = this.sockets[name] || []).push(socket);
    } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
        var self = this;
        this.createSocket(req, options, function (err, newSocket) {
            if (err) {
                req.onSocket(newSocket, err);
            } else {
                setRequestSocket(self, req, newSocket);
            }
        });
    } else {
        (this.requests[name] = this.requests[name] || []).push(req);
    }
};

Agent.prototype.createSocket = function createSocket(req, options, cb) {
    var self = this;
    var name = this.getName(options);
    options._agentKey = name;
    var socket = this.createConnection(options);
    this.totalSocketCount++;
    (this.sockets[name] = this.sockets[name] || []).push(socket);
    var onFree = function () { self.emit('free', socket, options); };
    var onClose = function () {
        self.totalSocketCount--;
        removeSocket(self.sockets, name, socket);
        removeSocket(self.freeSockets, name, socket);
        var queue = self.requests[name];
        if (queue && queue.length) {
            var next = queue.shift();
            if (queue.length === 0) {
                delete self.requests[name];
            }
            self.createSocket(next, options, function (err, s) {
                if (err) {
                    next.onSocket(s, err);
                } else {
                    setRequestSocket(self, next, s);
                }
            });
        }
    };
    var onTimeout = function () {
        if (socket.listenerCount('timeout') === 1 && !socket._httpMessage) {
            socket.destroy();
        }
    };
    socket.on('free', onFree);
    socket.on('close', onClose);
    socket.on('timeout', onTimeout);
    socket.once('agentRemove', function () {
        socket.removeListener('free', onFree);
        socket.removeListener('close', onClose);
        socket.removeListener('timeout', onTimeout);
        removeSocket(self.sockets, name, socket);
        removeSocket(self.freeSockets, name, socket);
    });
    cb(null, socket);
};

Agent.prototype.destroy = function destroy() {
    var sets = [this.freeSockets, this.sockets];
    for (var s = 0; s < sets.length; s++) {
        var set = sets[s];
        var keys = Object.keys(set);
        for (var k = 0; k < keys.length; k++) {
            var list = set[keys[k]].slice();
            for (var i = 0; i < list.length; i++) {
                list[i].destroy();
            }
        }
    }
};

var globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = {
    Agent: Agent,
    globalAgent: globalAgent
};
