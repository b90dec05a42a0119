'use strict';
/* js/internal/polyfills/global.js: globalThis and queueMicrotask.
 *
 * Duktape 2.7 already has globalThis.  queueMicrotask is defined only when missing (the core's
 * internal/process/task_queues normally provides it); this one validates like Node, with
 * ERR_INVALID_ARG_TYPE from internal/errors when that module exists, and queues the callback on
 * internal/microtasks. */

var common = require('internal/polyfills/common');

function invalidCallback(callback) {
    var errors = null;
    try {
        errors = require('internal/errors');
    } catch (e) {
        errors = null;
    }
    if (errors !== null && errors.codes &&
        typeof errors.codes.ERR_INVALID_ARG_TYPE === 'function') {
        return new errors.codes.ERR_INVALID_ARG_TYPE('callback', 'Function', callback);
    }
    var err = new TypeError('The "callback" argument must be of type function. Received ' +
        describeReceived(callback));
    err.code = 'ERR_INVALID_ARG_TYPE';
    return err;
}

/* A reduced determineSpecificType for the fallback message. */
function describeReceived(v) {
    if (v === null || v === undefined) {
        return String(v);
    }
    if (typeof v === 'function') {
        return 'function ' + v.name;
    }
    if (typeof v === 'object') {
        var ctor = v.constructor;
        return ctor && ctor.name ? 'an instance of ' + ctor.name : String(v);
    }
    var shown = typeof v === 'string' ? "'" + v + "'" : String(v);
    return 'type ' + typeof v + ' (' + shown + ')';
}

function queueMicrotask(callback) {
    if (typeof callback !== 'function') {
        throw invalidCallback(callback);
    }
    require('internal/microtasks').enqueue(function () {
        callback();
    });
}

/* Defines globalThis and queueMicrotask when missing. */
function install(global) {
    if (typeof global.globalThis !== 'object') {
        common.define(global, 'globalThis', global);
    }
    common.defineGlobal(global, 'queueMicrotask', queueMicrotask, true);
}

module.exports = {
    queueMicrotask: queueMicrotask,
    install: install
};
