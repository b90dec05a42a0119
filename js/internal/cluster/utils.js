'use strict';
/* js/internal/cluster/utils.js: the NODE_CLUSTER messages primary and workers exchange over
 * the fork() channel.  sendHelper numbers each message (seq) and keeps its callback until the
 * other side answers with { ack: seq }; internal() routes a received message to that callback,
 * or else to the side's own handler. */

var callbacks = {};
var seq = 0;

/* Sends message (and handle) to proc as a NODE_CLUSTER message; cb(reply, handle) runs on the
 * answer.  Returns false when the channel is closed. */
function sendHelper(proc, message, handle, cb) {
    if (!proc.connected) {
        return false;
    }
    message = Object.assign({ cmd: 'NODE_CLUSTER' }, message, { seq: seq });
    if (typeof cb === 'function') {
        callbacks[seq] = cb;
    }
    seq += 1;
    return proc.send(message, handle);
}

/* Returns the 'internalMessage' listener that calls cb (or the callback an ack answers) with
 * worker as this. */
function internal(worker, cb) {
    return function onInternalMessage(message, handle) {
        if (message.cmd !== 'NODE_CLUSTER') {
            return;
        }
        var fn = cb;
        if (message.ack !== undefined && callbacks[message.ack] !== undefined) {
            fn = callbacks[message.ack];
            delete callbacks[message.ack];
        }
        fn.call(worker, message, handle);
    };
}

module.exports = {
    sendHelper: sendHelper,
    internal: internal
};
