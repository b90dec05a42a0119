// Proves: setupPrimary({ exec, args, silent }) chooses the workers' program and arguments and
// pipes their output, with 'setup' emitted once per call; fork(env) adds to the worker's
// environment; a worker has cluster.worker (its id, state 'online', process === process) and
// no NODE_UNIQUE_ID left; messages go both ways; a worker ending itself by disconnect() or
// destroy() exits with exitedAfterDisconnect true, by process.exit(3) with false.
var cluster = require('cluster');
var path = require('path');

var setups = 0;
cluster.on('setup', function (settings) {
    setups++;
    console.log('setup', setups, path.basename(settings.exec), settings.args.join(' '),
        settings.silent);
});
cluster.setupPrimary({ exec: path.join(__dirname, '../fixtures/cluster/worker.js'),
    args: ['--one', 'two'], silent: true });

var log = {};
var outputs = {};
var modes = ['disconnect', 'exit', 'destroy'];
var exited = 0;
modes.forEach(function (mode) {
    var worker = cluster.fork({ GREETING: 'hello ' + mode });
    var lines = log[worker.id] = [];
    var out = outputs[worker.id] = [''];
    worker.process.stdout.on('data', function (d) { out[0] += d; });
    worker.on('online', function () {
        worker.send('ping');
    });
    worker.on('message', function (message) {
        lines.push('message ' + JSON.stringify(message));
        worker.send(mode);
    });
    worker.on('disconnect', function () { lines.push('disconnect'); });
    worker.on('exit', function (code, signal) {
        lines.push('exit ' + code + ' ' + signal + ' exitedAfterDisconnect=' +
            worker.exitedAfterDisconnect);
        if (++exited === modes.length) {
            setTimeout(report, 100);
        }
    });
});

function report() {
    Object.keys(log).sort().forEach(function (id) {
        console.log('worker ' + id + ' (' + modes[id - 1] + '):\n  ' + log[id].join('\n  '));
        console.log('  stdout: ' + outputs[id][0].trim().split('\n').join('\n          '));
    });
}
