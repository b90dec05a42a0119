// Proves: with NODE_CLUSTER_SCHED_POLICY=none the primary binds one socket and sends it to each
// worker (SCHED_NONE): both workers listen on the same port and accept on it themselves, every
// request is answered, and cluster.disconnect(cb) closes the workers' servers and ends them
// with exitedAfterDisconnect true.  Worker output is printed by worker id.
process.env.NODE_CLUSTER_SCHED_POLICY = 'none';
var cluster = require('cluster');
var http = require('http');

if (cluster.isWorker) {
    var server = http.createServer(function (req, res) {
        res.end('ok');
    });
    server.listen(0, '127.0.0.1', function () {
        process.send({ listening: typeof server.address().port });
    });
    return;
}

console.log('policy is NONE:', cluster.schedulingPolicy === cluster.SCHED_NONE);
var log = {};
var ports = {};
function note(worker, text) {
    (log[worker.id] = log[worker.id] || []).push(text);
}
cluster.on('listening', function (worker, address) {
    ports[worker.id] = address.port;
    note(worker, 'listening ' + address.addressType + ' ' + address.address);
    if (Object.keys(ports).length === 2) {
        console.log('one port:', ports[1] === ports[2]);
        request(ports[1]);
    }
});
cluster.on('message', function (worker, message) {
    note(worker, 'message ' + JSON.stringify(message));
});
cluster.on('disconnect', function (worker) { note(worker, 'disconnect'); });
cluster.on('exit', function (worker, code, signal) {
    note(worker, 'exit ' + code + ' ' + signal + ' ' + worker.exitedAfterDisconnect);
});
cluster.fork();
cluster.fork();

function request(port) {
    var pending = 6;
    for (var i = 0; i < 6; i++) {
        http.get({ host: '127.0.0.1', port: port, agent: false }, function (res) {
            res.resume();
            res.on('end', function () {
                if (--pending === 0) {
                    console.log('all answered');
                    cluster.disconnect(function () {
                        console.log('disconnect callback, workers left:',
                            Object.keys(cluster.workers).length);
                    });
                }
            });
        });
    }
}

process.on('exit', function () {
    Object.keys(log).sort().forEach(function (id) {
        console.log('worker ' + id + ': ' + log[id].join(', '));
    });
});
