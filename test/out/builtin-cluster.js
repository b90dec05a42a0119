/* builtin-cluster.js: cluster in the primary process: an EventEmitter with isPrimary/isMaster,
 * isWorker, workers, settings, the scheduling constants and policy; setupPrimary (and its
 * setupMaster alias) merge settings over Node's defaults and emit 'setup' on the next tick;
 * disconnect() with no workers calls back on the next tick; cluster.Worker is an EventEmitter
 * with Node's fields. */
var cluster = require('cluster');
var EventEmitter = require('events');

console.log('same as node:cluster:', require('node:cluster') === cluster);
console.log('EventEmitter:', cluster instanceof EventEmitter, Object.getPrototypeOf(cluster) === EventEmitter.prototype);
console.log('keys:', Object.keys(cluster).join(','));
console.log('isPrimary:', cluster.isPrimary, 'isMaster:', cluster.isMaster, 'isWorker:', cluster.isWorker);
console.log('workers:', cluster.workers, 'settings:', cluster.settings);
console.log('SCHED_NONE:', cluster.SCHED_NONE, 'SCHED_RR:', cluster.SCHED_RR, 'policy:', cluster.schedulingPolicy);
console.log('setupMaster is setupPrimary:', cluster.setupMaster === cluster.setupPrimary);
console.log('fork:', typeof cluster.fork, 'disconnect:', typeof cluster.disconnect);

function describe(s) {
    return JSON.stringify({ args: s.args, exec: s.exec === process.argv[1] ? '<argv[1]>' : s.exec,
                            execArgv: s.execArgv, silent: s.silent, extra: s.extra });
}

cluster.on('setup', function (settings) {
    console.log('setup event:', describe(settings), settings === cluster.settings);
});
cluster.setupPrimary({ exec: 'worker.js', extra: 1 });
console.log('after setupPrimary:', describe(cluster.settings));
cluster.setupMaster({ silent: true, args: ['--flag'] });
console.log('after setupMaster:', describe(cluster.settings));
cluster.disconnect(function () {
    console.log('disconnect callback, arguments:', arguments.length);
});
cluster.disconnect();

var w = new cluster.Worker();
console.log('Worker:', w instanceof EventEmitter, w.id, w.state, w.exitedAfterDisconnect, Object.keys(w).join(','));
var w2 = cluster.Worker({ id: 3.7, state: 'online' });
console.log('Worker() without new:', w2 instanceof cluster.Worker, w2.id, w2.state);
console.log('Worker methods:', ['kill', 'send', 'isDead', 'isConnected', 'disconnect', 'destroy'].map(function (m) {
    return typeof cluster.Worker.prototype[m];
}).join(','));
console.log('end of synchronous part');
