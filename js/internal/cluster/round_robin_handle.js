'use strict';
/* js/internal/cluster/round_robin_handle.js: SCHED_RR in the primary, Node's default.  The
 * primary listens and accepts; each connection goes to a free worker as a 'newconn' message
 * carrying the socket, and a worker is free again once it has answered.  Connections wait in
 * a queue while every worker is busy. */

var sendHelper = require('internal/cluster/utils').sendHelper;

function RoundRobinHandle(key, address, message) {
    var self = this;
    this.key = key;
    this.all = {};
    this.count = 0;
    this.free = [];
    this.pending = [];
    this.handle = null;
    this.server = require('net').createServer();
    if (message.port >= 0) {
        this.server.listen({ port: message.port, host: address, ipv6Only: !!(message.flags & 1),
                             backlog: message.backlog });
    } else {
        this.server.listen({ path: address, backlog: message.backlog });
    }
    this.server.once('listening', function () {
        self.handle = self.server._handle;
        self.handle.onconnection = function (status, handle) {
            self.distribute(status, handle);
        };
        self.server._handle = null;
        self.server = null;
    });
}

/* Registers worker; send(errno, reply) answers its queryServer once the socket listens. */
RoundRobinHandle.prototype.add = function add(worker, send) {
    var self = this;
    this.all[worker.id] = worker;
    this.count++;
    function done() {
        send(null, { sockname: self.handle.getsockname() }, null);
        self.handoff(worker);
    }
    if (this.server === null) {
        process.nextTick(done);
        return;
    }
    this.server.once('listening', done);
    this.server.once('error', function (err) {
        send(err.errno, null);
    });
};

/* Forgets worker; returns true when it was the last one and the socket is closed. */
RoundRobinHandle.prototype.remove = function remove(worker) {
    if (!(worker.id in this.all)) {
        return false;
    }
    delete this.all[worker.id];
    var i = this.free.indexOf(worker);
    if (i !== -1) {
        this.free.splice(i, 1);
    }
    if (--this.count !== 0) {
        return false;
    }
    while (this.pending.length > 0) {
        this.pending.shift().close();
    }
    if (this.handle) {
        this.handle.close();
        this.handle = null;
    }
    return true;
};

RoundRobinHandle.prototype.distribute = function distribute(status, handle) {
    if (status < 0) {
        return;
    }
    this.pending.push(handle);
    if (this.free.length > 0) {
        this.handoff(this.free.shift());
    }
};

/* Sends worker the oldest waiting connection, or marks it free when there is none. */
RoundRobinHandle.prototype.handoff = function handoff(worker) {
    var self = this;
    if (!(worker.id in this.all)) {
        return;
    }
    var handle = this.pending.shift();
    if (handle === undefined) {
        this.free.push(worker);
        return;
    }
    var message = { act: 'newconn', key: this.key };
    sendHelper(worker.process, message, handle, function (reply) {
        if (reply.accepted) {
            handle.close();
        } else {
            self.distribute(0, handle);
        }
        self.handoff(worker);
    });
};

module.exports = RoundRobinHandle;
