'use strict';
/* js/internal/cluster/primary.js: 'cluster' in the primary.  fork() starts the program again
 * through child_process.fork with NODE_UNIQUE_ID set, and answers its workers' NODE_CLUSTER
 * messages: 'online', 'queryServer' (the listening socket: a RoundRobinHandle under SCHED_RR,
 * a SharedHandle under SCHED_NONE, one per address and per server index in a worker),
 * 'listening', 'close' and 'exitedAfterDisconnect'. */

var EventEmitter = require('events');
var errors = require('internal/errors');
var Worker = require('internal/cluster/worker');
var RoundRobinHandle = require('internal/cluster/round_robin_handle');
var SharedHandle = require('internal/cluster/shared_handle');
var utils = require('internal/cluster/utils');

var SCHED_NONE = 1;
var SCHED_RR = 2;
var cluster = new EventEmitter();
var intercom = new EventEmitter();
var handles = {};
var ids = 0;
var initialized = false;
var envPolicy = process.env.NODE_CLUSTER_SCHED_POLICY;

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
cluster.schedulingPolicy = envPolicy === 'none' ? SCHED_NONE : SCHED_RR;
var schedulingPolicy = cluster.schedulingPolicy;

function emitSetup(settings) {
    cluster.emit('setup', settings);
}

/* setupPrimary([settings]): merges settings over the defaults (args, exec, execArgv, silent)
 * and the previous settings; emits 'setup' on the next tick.  Freezes schedulingPolicy on the
 * first call, as Node does. */
cluster.setupPrimary = function setupPrimary(options) {
    var settings = Object.assign({
        args: process.argv.slice(2),
        exec: process.argv[1],
        execArgv: process.execArgv,
        silent: false
    }, cluster.settings, options);
    var prof = settings.execArgv.some(function (s) { return s.indexOf('--prof') === 0; });
    var log = settings.execArgv.some(function (s) { return s.indexOf('--logfile=') === 0; });
    if (prof && !log) {
        /* Node gives each worker its own V8 profile log. */
        settings.execArgv = settings.execArgv.concat(['--logfile=v8-%p.log']);
    }
    cluster.settings = settings;
    if (!initialized) {
        initialized = true;
        schedulingPolicy = cluster.schedulingPolicy;
        if (schedulingPolicy !== SCHED_NONE && schedulingPolicy !== SCHED_RR) {
            throw new errors.codes.ERR_INTERNAL_ASSERTION('Bad cluster.schedulingPolicy: ' +
                                                          schedulingPolicy);
        }
    }
    process.nextTick(emitSetup, settings);
};
cluster.setupMaster = cluster.setupPrimary;

function createWorkerProcess(id, env) {
    var settings = cluster.settings;
    return require('child_process').fork(settings.exec, settings.args, {
        cwd: settings.cwd,
        env: Object.assign({}, process.env, env, { NODE_UNIQUE_ID: '' + id }),
        serialization: settings.serialization,
        silent: settings.silent,
        windowsHide: settings.windowsHide,
        execArgv: settings.execArgv.slice(),
        stdio: settings.stdio,
        gid: settings.gid,
        uid: settings.uid
    });
}

function removeWorker(worker) {
    delete cluster.workers[worker.id];
    if (Object.keys(cluster.workers).length === 0) {
        intercom.emit('disconnect');
    }
}

function removeHandlesForWorker(worker) {
    Object.keys(handles).forEach(function (key) {
        if (handles[key].remove(worker)) {
            delete handles[key];
        }
    });
}

function onWorkerExit(worker, exitCode, signalCode) {
    /* A worker still connected stays in cluster.workers until its 'disconnect'. */
    if (!worker.isConnected()) {
        removeHandlesForWorker(worker);
        removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
}

function onWorkerDisconnect(worker) {
    removeHandlesForWorker(worker);
    if (worker.isDead()) {
        removeWorker(worker);
    }
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
}

function emitFork(worker) {
    cluster.emit('fork', worker);
}

/* cluster.fork([env]): starts a worker; 'fork' follows on the next tick. */
cluster.fork = function fork(env) {
    cluster.setupPrimary();
    var id = ++ids;
    var worker = new Worker({ id: id, process: createWorkerProcess(id, env) });
    worker.on('message', function (message, handle) {
        cluster.emit('message', this, message, handle);
    });
    worker.process.once('exit', function (exitCode, signalCode) {
        onWorkerExit(worker, exitCode, signalCode);
    });
    worker.process.once('disconnect', function () {
        onWorkerDisconnect(worker);
    });
    worker.process.on('internalMessage', utils.internal(worker, onmessage));
    process.nextTick(emitFork, worker);
    cluster.workers[worker.id] = worker;
    return worker;
};

/* cluster.disconnect([callback]): disconnects every worker; callback once all are gone. */
cluster.disconnect = function disconnect(cb) {
    var ids = Object.keys(cluster.workers);
    if (ids.length === 0) {
        process.nextTick(function () { intercom.emit('disconnect'); });
    }
    ids.forEach(function (id) {
        var worker = cluster.workers[id];
        if (worker.isConnected()) {
            worker.disconnect();
        }
    });
    if (typeof cb === 'function') {
        intercom.once('disconnect', cb);
    }
};

function send(worker, message, handle, cb) {
    return utils.sendHelper(worker.process, message, handle, cb);
}

function online(worker) {
    worker.state = 'online';
    worker.emit('online');
    cluster.emit('online', worker);
}

function exitedAfterDisconnect(worker, message) {
    worker.exitedAfterDisconnect = true;
    send(worker, { ack: message.seq });
}

function queryServer(worker, message) {
    if (worker.exitedAfterDisconnect) {
        return;
    }
    var key = message.address + ':' + message.port + ':' + message.addressType + ':' +
        message.fd + ':' + message.index;
    var handle = handles[key];
    if (handle === undefined) {
        /* Datagrams are not connections: there is nothing to hand round. */
        var udp = message.addressType === 'udp4' || message.addressType === 'udp6';
        var Handle = schedulingPolicy === SCHED_RR && !udp ? RoundRobinHandle : SharedHandle;
        handle = handles[key] = new Handle(key, message.address, message);
    }
    if (!handle.data) {
        handle.data = message.data;
    }
    handle.add(worker, function (errno, reply, sent) {
        var data = handles[key] ? handles[key].data : undefined;
        if (errno) {
            /* Another worker may try again. */
            delete handles[key];
        }
        send(worker, Object.assign({ errno: errno, key: key, ack: message.seq, data: data },
                                   reply), sent);
    });
}

function listening(worker, message) {
    var info = {
        addressType: message.addressType,
        address: message.address,
        port: message.port,
        fd: message.fd
    };
    worker.state = 'listening';
    worker.emit('listening', info);
    cluster.emit('listening', worker, info);
}

/* A worker's server closed; the handle may be gone already with the worker's others. */
function close(worker, message) {
    var handle = handles[message.key];
    if (handle && handle.remove(worker)) {
        delete handles[message.key];
    }
}

var actions = {
    close: close,
    exitedAfterDisconnect: exitedAfterDisconnect,
    listening: listening,
    online: online,
    queryServer: queryServer
};

function onmessage(message) {
    var fn = actions[message.act];
    if (typeof fn === 'function') {
        fn(this, message);
    }
}

/* worker.disconnect(): asks the worker to close its servers and its channel. */
Worker.prototype.disconnect = function disconnect() {
    this.exitedAfterDisconnect = true;
    send(this, { act: 'disconnect' });
    removeHandlesForWorker(this);
    removeWorker(this);
    return this;
};

/* worker.destroy([signal]) / kill([signal]): kills the worker's process (SIGTERM). */
Worker.prototype.destroy = function destroy(signo) {
    this.process.kill(signo || 'SIGTERM');
};

module.exports = cluster;
