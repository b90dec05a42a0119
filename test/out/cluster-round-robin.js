// Proves: cluster.fork() under the default SCHED_RR: each worker's events come in Node's order on
// cluster and worker ('fork', 'online', 'listening' with the address, 'message', 'disconnect',
// 'exit'); workers that listen(0) share one port, and the primary hands connections to both;
// worker.disconnect() ends a worker with exitedAfterDisconnect true, worker.kill() with SIGTERM
// and false; isDead/isConnected/state follow; a send to a dead worker gives
// ERR_IPC_CHANNEL_CLOSED; cluster.workers empties.  Worker output is printed by worker id.
var cluster = require('cluster');
var http = require('http');

if (cluster.isWorker) {
    process.send({ hello: cluster.worker.id, isPrimary: cluster.isPrimary,
        uniqueId: process.env.NODE_UNIQUE_ID, state: cluster.worker.state });
    http.createServer(function (req, res) {
        res.end('' + cluster.worker.id);
    }).listen(0);
    return;
}

console.log('policy is RR:', cluster.schedulingPolicy === cluster.SCHED_RR);
var log = {};
var ports = {};
var exits = 0;
function note(worker, text) {
    (log[worker.id] = log[worker.id] || []).push(text);
}
['fork', 'online', 'disconnect'].forEach(function (name) {
    cluster.on(name, function (worker) { note(worker, 'cluster ' + name); });
});
cluster.on('listening', function (worker, address) {
    ports[worker.id] = address.port;
    note(worker, 'cluster listening ' + JSON.stringify(Object.keys(address)) + ' ' +
        address.addressType + ' ' + address.address + ' ' + typeof address.port);
    if (Object.keys(ports).length === 2) {
        console.log('one port:', ports[1] === ports[2]);
        request(ports[1]);
    }
});
cluster.on('message', function (worker, message) {
    note(worker, 'cluster message ' + JSON.stringify(message));
});
cluster.on('exit', function (worker, code, signal) {
    note(worker, 'cluster exit ' + code + ' ' + signal + ' exitedAfterDisconnect=' +
        worker.exitedAfterDisconnect + ' isDead=' + worker.isDead() + ' isConnected=' +
        worker.isConnected() + ' state=' + worker.state);
    worker.send('late', function (err) {
        note(worker, 'send after exit: ' + err.code);
    });
    if (++exits === 2) {
        setTimeout(report, 50);
    }
});

function watch(worker) {
    ['online', 'listening', 'message', 'disconnect', 'exit'].forEach(function (name) {
        worker.on(name, function (a, b) {
            note(worker, 'worker ' + name + (name === 'exit' ? ' ' + a + ' ' + b : ''));
        });
    });
}

var a = cluster.fork();
var b = cluster.fork();
watch(a);
watch(b);
console.log('ids:', a.id, b.id, 'workers:', Object.keys(cluster.workers).join(','),
    'state:', a.state, 'pid:', typeof a.process.pid);

function request(port) {
    var answered = {};
    var pending = 4;
    for (var i = 0; i < 4; i++) {
        http.get({ host: '127.0.0.1', port: port, agent: false }, function (res) {
            var body = '';
            res.on('data', function (d) { body += d; });
            res.on('end', function () {
                answered[body] = true;
                if (--pending === 0) {
                    console.log('answered by workers:', Object.keys(answered).sort().join(','));
                    a.disconnect();
                    b.kill();
                }
            });
        });
    }
}

function report() {
    Object.keys(log).sort().forEach(function (id) {
        console.log('worker ' + id + ':\n  ' + log[id].join('\n  '));
    });
    console.log('workers left:', Object.keys(cluster.workers).length);
}
