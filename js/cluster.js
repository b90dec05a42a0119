'use strict';
/* js/cluster.js: Node's 'cluster' module in a process that is always the primary and never has
 * workers.  As in Node it is an EventEmitter carrying isPrimary/isMaster (true), isWorker
 * (false), workers ({}), settings, SCHED_NONE/SCHED_RR and schedulingPolicy (from
 * NODE_CLUSTER_SCHED_POLICY); setupPrimary/setupMaster fill settings and emit 'setup' on the
 * next tick, and disconnect(cb) with no workers calls cb on the next tick.
 *
 * Differences from Node 20: cluster.fork() throws ERR_NOT_SUPPORTED, because nodule's
 * child_process has no fork() and no IPC channel; so cluster.workers stays empty and a Worker
 * never gets a process (its send/kill/disconnect/destroy throw ERR_NOT_SUPPORTED). */

var EventEmitter = require('events');
var errors = require('internal/errors');
var thrower = require('internal/unsupported').thrower.bind(null, 'cluster workers');

var SCHED_NONE = 1;
var SCHED_RR = 2;

/* cluster.Worker([options]): Node's worker object, an EventEmitter with id and state. */
function Worker(options) {
    if (!(this instanceof Worker)) return new Worker(options);
    EventEmitter.call(this);
    if (options === null || typeof options !== 'object') options = {};
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

Worker.prototype.kill = thrower('worker.kill');
Worker.prototype.send = thrower('worker.send');

/* Whether the worker's process has exited. */
Worker.prototype.isDead = function isDead() {
    return this.process.exitCode != null || this.process.signalCode != null;
};

/* Whether the worker's IPC channel is open. */
Worker.prototype.isConnected = function isConnected() {
    return this.process.connected;
};

Worker.prototype.disconnect = thrower('worker.disconnect');
Worker.prototype.destroy = thrower('worker.destroy');

var cluster = new EventEmitter();

var policy = process.env.NODE_CLUSTER_SCHED_POLICY;
var initialized = false;

function emitSetup(settings) {
    cluster.emit('setup', settings);
}

/* setupPrimary([settings]): merges settings over the defaults (args, exec, execArgv, silent)
 * and the previous settings; emits 'setup' on the next tick.  Freezes schedulingPolicy on the
 * first call, as Node does. */
function setupPrimary(options) {
    var settings = Object.assign({
        args: process.argv.slice(2),
        exec: process.argv[1],
        execArgv: process.execArgv,
        silent: false
    }, cluster.settings, options);
    /* Node gives each worker its own V8 profile log. */
    if (settings.execArgv.indexOf('--prof') !== -1 &&
        settings.execArgv.indexOf('--logfile=') === -1) {
        settings.execArgv = settings.execArgv.concat(['--logfile=v8-%p.log']);
    }
    cluster.settings = settings;
    if (!initialized) {
        initialized = true;
        var frozen = cluster.schedulingPolicy;
        if (frozen !== SCHED_NONE && frozen !== SCHED_RR) {
            throw new errors.codes.ERR_INTERNAL_ASSERTION('Bad cluster.schedulingPolicy: ' +
                                                          frozen);
        }
    }
    process.nextTick(emitSetup, settings);
}

/* disconnect([callback]): disconnects every worker, of which there are none, so callback
 * runs on the next tick. */
function disconnect(cb) {
    if (typeof cb === 'function') process.nextTick(function () { cb(); });
}

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
cluster.schedulingPolicy = policy === 'none' ? SCHED_NONE : SCHED_RR;
cluster.setupPrimary = setupPrimary;
cluster.setupMaster = setupPrimary;
cluster.fork = thrower('cluster.fork');
cluster.disconnect = disconnect;

module.exports = cluster;
