'use strict';
/* js/internal/cluster/child.js: 'cluster' in a worker (a process forked with NODE_UNIQUE_ID).
 * A server's listen() comes here (js/net.js listenInCluster): the worker asks the primary
 * with a 'queryServer' message and gets either the bound socket (SCHED_NONE) or nothing, in
 * which case its server gets a stand-in handle and its connections arrive one by one as
 * 'newconn' messages (SCHED_RR). */

var EventEmitter = require('events');
var Worker = require('internal/cluster/worker');
var utils = require('internal/cluster/utils');

var cluster = new EventEmitter();
var handles = {};
var indexes = {};

cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

function send(message, cb) {
    return utils.sendHelper(process, message, null, cb);
}

/* Called at start-up (js/internal/main.js): cluster.worker, and 'online' to the primary. */
cluster._setupWorker = function setupWorker() {
    var worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process: process,
                              state: 'online' });
    cluster.worker = worker;
    process.once('disconnect', function () {
        worker.emit('disconnect');
        if (!worker.exitedAfterDisconnect) {
            /* The primary went away: nothing is left to serve. */
            process.exit(0);
        }
    });
    process.on('internalMessage', utils.internal(worker, function (message, handle) {
        if (message.act === 'newconn') {
            onconnection(message, handle);
        } else if (message.act === 'disconnect') {
            disconnectWorker(worker, true);
        }
    }));
    send({ act: 'online' });
};

function removeIndex(indexesKey, index) {
    var set = indexes[indexesKey];
    if (set) {
        delete set.used[index];
        if (Object.keys(set.used).length === 0) {
            delete indexes[indexesKey];
        }
    }
}

/* Gets the listening socket of server obj from the primary: cb(errno, handle). */
cluster._getServer = function getServer(obj, options, cb) {
    var address = options.address;
    if (options.port < 0 && typeof address === 'string') {
        address = require('path').resolve(address);
    }
    var indexesKey = [address, options.port, options.addressType, options.fd].join(':');
    var set = indexes[indexesKey] || (indexes[indexesKey] = { next: 0, used: {} });
    var index = set.next++;
    set.used[index] = true;
    var message = Object.assign({ act: 'queryServer', index: index, data: null }, options);
    message.address = address;
    send(message, function (reply, handle) {
        var where = { indexesKey: indexesKey, index: index };
        if (handle) {
            shared(reply, handle, where, cb);
        } else {
            rr(reply, where, cb);
        }
    });
    obj.once('listening', function () {
        if (!indexes[indexesKey]) {
            return;
        }
        cluster.worker.state = 'listening';
        var sockname = obj.address();
        message.act = 'listening';
        message.port = (sockname && sockname.port) || options.port;
        send(message);
    });
};

/* SCHED_NONE: the worker listens on the socket itself; its close() tells the primary. */
function shared(message, handle, where, cb) {
    var key = message.key;
    var close = handle.close;
    handle.close = function () {
        send({ act: 'close', key: key });
        delete handles[key];
        removeIndex(where.indexesKey, where.index);
        return close.apply(handle, arguments);
    };
    handles[key] = handle;
    cb(message.errno, handle);
}

/* SCHED_RR: a stand-in handle for net.Server; an interval keeps the worker alive while it
 * is ref'd, as the listening socket would. */
function rr(message, where, cb) {
    if (message.errno) {
        cb(message.errno, null);
        return;
    }
    var key = message.key;
    var keepAlive = null;
    var handle = {
        listen: function () { return 0; },
        ref: function () {
            if (!keepAlive) {
                keepAlive = setInterval(function () {}, 0x7fffffff);
            }
        },
        unref: function () {
            if (keepAlive) {
                clearInterval(keepAlive);
                keepAlive = null;
            }
        },
        close: function () {
            if (key === undefined) {
                return;
            }
            handle.unref();
            send({ act: 'close', key: key });
            delete handles[key];
            removeIndex(where.indexesKey, where.index);
            key = undefined;
        },
        getsockname: function () {
            return key !== undefined ? message.sockname : {};
        }
    };
    handle.ref();
    handles[key] = handle;
    cb(0, handle);
}

/* A connection from the primary (SCHED_RR): taken unless the server is gone or full. */
function onconnection(message, handle) {
    var server = handles[message.key];
    var accepted = server !== undefined;
    var owner = accepted ? server.owner : null;
    if (owner && owner.maxConnections != null && owner._connections >= owner.maxConnections) {
        accepted = false;
    }
    send({ ack: message.seq, accepted: accepted });
    if (accepted) {
        server.onconnection(0, handle);
    } else {
        handle.close();
    }
}

/* Closes every server, then the channel; a worker-initiated disconnect first makes sure the
 * primary knows it was asked for. */
function disconnectWorker(worker, primaryInitiated) {
    worker.exitedAfterDisconnect = true;
    var waiting = 1;
    function check() {
        if (--waiting !== 0) {
            return;
        }
        if (primaryInitiated) {
            process.disconnect();
        } else {
            send({ act: 'exitedAfterDisconnect' }, function () { process.disconnect(); });
        }
    }
    Object.keys(handles).forEach(function (key) {
        var handle = handles[key];
        waiting++;
        if (handle.owner) {
            handle.owner.close(check);
        } else {
            handle.close(check);
        }
    });
    handles = {};
    check();
}

Worker.prototype.disconnect = function disconnect() {
    if (this.state !== 'disconnecting' && this.state !== 'destroying') {
        this.state = 'disconnecting';
        disconnectWorker(this, false);
    }
    return this;
};

Worker.prototype.destroy = function destroy() {
    if (this.state === 'destroying') {
        return;
    }
    this.exitedAfterDisconnect = true;
    if (!this.isConnected()) {
        process.exit(0);
    }
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, function () { process.disconnect(); });
    process.once('disconnect', function () { process.exit(0); });
};

module.exports = cluster;
