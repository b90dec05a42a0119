/* builtin-worker-threads.js: worker_threads seen from the main thread: isMainThread, threadId,
 * parentPort, workerData, resourceLimits, SHARE_ENV (a registered symbol); environment data
 * set, read and deleted; markAsUntransferable accepts anything; receiveMessageOnPort and
 * moveMessagePortToContext reject a non-port; postMessageToThread validates its timeout and
 * rejects for the own thread and for a thread that does not exist. */
var wt = require('worker_threads');

console.log('same as node:worker_threads:', require('node:worker_threads') === wt);
console.log('isMainThread:', wt.isMainThread, 'threadId:', wt.threadId);
console.log('parentPort:', wt.parentPort, 'workerData:', wt.workerData);
console.log('resourceLimits:', wt.resourceLimits);
console.log('SHARE_ENV:', typeof wt.SHARE_ENV, wt.SHARE_ENV === Symbol.for('nodejs.worker_threads.SHARE_ENV'),
            String(wt.SHARE_ENV));
console.log('Worker:', typeof wt.Worker);

wt.setEnvironmentData('k', { v: 1 });
wt.setEnvironmentData(2, 'two');
console.log('env data:', wt.getEnvironmentData('k'), wt.getEnvironmentData(2), wt.getEnvironmentData('none'));
wt.setEnvironmentData('k');
console.log('after delete:', wt.getEnvironmentData('k'));

console.log('markAsUntransferable:', wt.markAsUntransferable({}), wt.markAsUntransferable(1),
            wt.markAsUntransferable(new ArrayBuffer(1)));

function attempt(label, fn) {
    try {
        console.log(label, '->', fn());
    } catch (e) {
        console.log(label, 'throws', e.name, e.code, e.message);
    }
}
attempt('receiveMessageOnPort({})', function () { return wt.receiveMessageOnPort({}); });
attempt('moveMessagePortToContext({}, {})', function () { return wt.moveMessagePortToContext({}, {}); });

function post(label, args) {
    return wt.postMessageToThread.apply(null, args).then(function (v) {
        console.log(label, 'resolved', v);
    }, function (e) {
        console.log(label, 'rejected', e.name, e.code, e.message);
    });
}
post('own thread', [0, 'x'])
    .then(function () { return post('negative timeout', [1, 'x', -1]); })
    .then(function () { return post('string timeout', [1, 'x', [], 'soon']); })
    .then(function () { return post('no such thread', [7, { a: 1 }]); })
    .then(function () { return post('no such thread, timeout', [7, 'x', 100]); });
