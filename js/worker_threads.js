'use strict';
/* js/worker_threads.js: Node's 'worker_threads' as seen from the main thread of a runtime that
 * has no JavaScript threads.  What packages probe is here with Node's main-thread values
 * (isMainThread true, threadId 0, parentPort and workerData null, resourceLimits {}, SHARE_ENV,
 * the environment data map), so code that only checks where it runs works unchanged.
 *
 * Differences from Node 20: `new Worker()` throws ERR_NOT_SUPPORTED.  MessageChannel and
 * MessagePort work within the thread (internal/worker/io); BroadcastChannel is absent;
 * moveMessagePortToContext rejects every argument as Node does a non-port, and
 * postMessageToThread always finds no destination thread. */

var errors = require('internal/errors');
var validators = require('internal/validators');
var thrower = require('internal/unsupported').thrower.bind(null, 'worker threads');

/* Node's codes that internal/errors does not define yet. */
function defineCode(code, message) {
    if (errors.codes[code] === undefined) errors.E(code, message, Error);
}
defineCode('ERR_WORKER_MESSAGING_FAILED', 'Cannot find the destination thread or listener');
defineCode('ERR_WORKER_MESSAGING_SAME_THREAD', 'Cannot sent a message to the same thread');

var io = require('internal/worker/io');
var environmentData = new Map();

/* Node throws this from C++ for anything that is not a MessagePort: no 'Received' part. */
function notAPort() {
    var err = new TypeError('The "port" argument must be a MessagePort instance');
    err.code = 'ERR_INVALID_ARG_TYPE';
    return err;
}

/* Marks obj as untransferable.  Nothing is ever transferred here, so this only accepts it. */
function markAsUntransferable(obj) {
}

/* moveMessagePortToContext(port, contextifiedSandbox): there are no ports to move. */
function moveMessagePortToContext() {
    throw notAPort();
}

/* receiveMessageOnPort(port): takes the oldest queued message as { message }, or undefined. */
function receiveMessageOnPort(port) {
    var got = io.receive(port);
    if (got === null) {
        throw notAPort();
    }
    return got.length === 0 ? undefined : { message: got[0] };
}

/* postMessageToThread(threadId, value[, transferList][, timeout]): rejects as Node's does on
 * the main thread of a process without workers: the own thread, then no destination. */
function postMessageToThread(threadId, value, transferList, timeout) {
    return new Promise(function (resolve, reject) {
        if (typeof transferList === 'number' && typeof timeout === 'undefined') {
            timeout = transferList;
        }
        if (typeof timeout !== 'undefined') {
            validators.validateNumber(timeout, 'timeout', 0);
        }
        if (threadId === 0) {
            throw new errors.codes.ERR_WORKER_MESSAGING_SAME_THREAD();
        }
        reject(new errors.codes.ERR_WORKER_MESSAGING_FAILED());
    });
}

/* setEnvironmentData(key[, value]): stores value for getEnvironmentData; undefined deletes. */
function setEnvironmentData(key, value) {
    if (value === undefined) {
        environmentData['delete'](key);
    } else {
        environmentData.set(key, value);
    }
}

/* getEnvironmentData(key): the value stored with setEnvironmentData, or undefined. */
function getEnvironmentData(key) {
    return environmentData.get(key);
}

module.exports = {
    BroadcastChannel: require('internal/worker/broadcast_channel').BroadcastChannel,
    isMainThread: true,
    markAsUntransferable: markAsUntransferable,
    MessageChannel: io.MessageChannel,
    MessagePort: io.MessagePort,
    moveMessagePortToContext: moveMessagePortToContext,
    receiveMessageOnPort: receiveMessageOnPort,
    resourceLimits: {},
    postMessageToThread: postMessageToThread,
    threadId: 0,
    SHARE_ENV: Symbol['for']('nodejs.worker_threads.SHARE_ENV'),
    Worker: thrower('worker_threads.Worker'),
    parentPort: null,
    workerData: null,
    setEnvironmentData: setEnvironmentData,
    getEnvironmentData: getEnvironmentData
};
