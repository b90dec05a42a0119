'use strict';
/* js/internal/cluster/worker.js: cluster.Worker, the part primary and worker share: an
 * EventEmitter over a process (a ChildProcess in the primary, `process` in a worker) that
 * forwards its 'message' and 'error'.  primary.js and child.js add disconnect() and
 * destroy(). */

var EventEmitter = require('events');

function Worker(options) {
    if (!(this instanceof Worker)) {
        return new Worker(options);
    }
    EventEmitter.call(this);
    if (options === null || typeof options !== 'object') {
        options = {};
    }
    this.exitedAfterDisconnect = undefined;
    this.state = options.state || 'none';
    this.id = options.id | 0;
    if (options.process) {
        var self = this;
        this.process = options.process;
        this.process.on('error', function (code, signal) {
            self.emit('error', code, signal);
        });
        this.process.on('message', function (message, handle) {
            self.emit('message', message, handle);
        });
    }
}
Object.setPrototypeOf(Worker.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Worker, EventEmitter);

Worker.prototype.kill = function kill() {
    return this.destroy.apply(this, arguments);
};

Worker.prototype.send = function send() {
    return this.process.send.apply(this.process, arguments);
};

/* Whether the worker's process has exited. */
Worker.prototype.isDead = function isDead() {
    return this.process.exitCode != null || this.process.signalCode != null;
};

/* Whether the worker's IPC channel is open. */
Worker.prototype.isConnected = function isConnected() {
    return this.process.connected;
};

module.exports = Worker;
