'use strict';
/* js/internal/cluster/shared_handle.js: SCHED_NONE in the primary, and every UDP socket.  One
 * bound socket is sent to every worker that listens on the same address; each worker listens
 * and accepts (or receives) on it itself, and the kernel picks which one takes a connection. */

function SharedHandle(key, address, message) {
    this.key = key;
    this.workers = {};
    this.count = 0;
    this.handle = null;
    this.errno = 0;
    var udp = message.addressType === 'udp4' || message.addressType === 'udp6';
    var handle = udp ? require('dgram')._createSocketHandleQuietly(address, message.port,
        message.addressType, message.fd, message.flags) :
        require('net')._createServerHandle(address, message.port, message.flags & 1);
    if (typeof handle === 'number') {
        this.errno = handle;
    } else {
        this.handle = handle;
    }
}

/* Sends the worker the socket (or the bind error): send(errno, reply, handle). */
SharedHandle.prototype.add = function add(worker, send) {
    this.workers[worker.id] = worker;
    this.count++;
    send(this.errno, null, this.handle);
};

/* Forgets worker; returns true when it was the last one and the socket is closed. */
SharedHandle.prototype.remove = function remove(worker) {
    if (!(worker.id in this.workers)) {
        return false;
    }
    delete this.workers[worker.id];
    if (--this.count !== 0) {
        return false;
    }
    if (this.handle) {
        this.handle.close();
        this.handle = null;
    }
    return true;
};

module.exports = SharedHandle;
