'use strict';
/* js/inspector.js: Node's 'inspector' module for a runtime with no inspector: Duktape has no
 * Chrome DevTools protocol backend.  The inspector is never active, so url() is undefined,
 * close() does nothing and waitForDebugger() throws ERR_INSPECTOR_NOT_ACTIVE, as in a Node
 * process that did not open it; inspector.console drops what it is given, as Node's does with
 * no front end attached; inspector.Network's events go nowhere.
 *
 * Differences from Node 20: open() and Session's connect() throw ERR_NOT_SUPPORTED (there is no
 * server to start and no session to connect to). */

var EventEmitter = require('events');
var errors = require('internal/errors');
var validators = require('internal/validators');
var thrower = require('internal/unsupported').thrower.bind(null, 'the inspector');

/* Node's codes that internal/errors does not define yet. */
function defineCode(code, message) {
    if (errors.codes[code] === undefined) errors.E(code, message, Error);
}
defineCode('ERR_INSPECTOR_ALREADY_CONNECTED', '%s is already connected');
defineCode('ERR_INSPECTOR_NOT_ACTIVE', 'Inspector is not active');
defineCode('ERR_INSPECTOR_NOT_CONNECTED', 'Session is not connected');
defineCode('ERR_INSPECTOR_NOT_WORKER', 'Current thread is not a worker');

/* inspector.Session: an EventEmitter that would carry protocol messages. */
function Session() {
    EventEmitter.call(this);
}
Object.setPrototypeOf(Session.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Session, EventEmitter);

Session.prototype.connect = thrower('inspector.Session.connect');

/* session.connectToMainThread(): only a worker thread may, and there are none. */
Session.prototype.connectToMainThread = function connectToMainThread() {
    throw new errors.codes.ERR_INSPECTOR_NOT_WORKER();
};

/* session.post(method[, params][, callback]): validated as Node does; a session never
 * connects, so it then throws ERR_INSPECTOR_NOT_CONNECTED. */
Session.prototype.post = function post(method, params, callback) {
    validators.validateString(method, 'method');
    if (!callback && typeof params === 'function') {
        callback = params;
        params = null;
    }
    if (params) validators.validateObject(params, 'params');
    if (callback) validators.validateFunction(callback, 'callback');
    throw new errors.codes.ERR_INSPECTOR_NOT_CONNECTED();
};

/* session.disconnect(): nothing is connected. */
Session.prototype.disconnect = function disconnect() {
};

/* The console methods V8's inspector console has; here they all do nothing. */
var CONSOLE_METHODS = ['debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table',
                       'trace', 'group', 'groupCollapsed', 'groupEnd', 'clear', 'count',
                       'countReset', 'assert', 'profile', 'profileEnd', 'time', 'timeLog',
                       'timeEnd', 'timeStamp', 'context'];

function named(name, fn) {
    Object.defineProperty(fn, 'name', { value: name, configurable: true });
    return fn;
}

function makeConsole() {
    var c = {};
    CONSOLE_METHODS.forEach(function (name) {
        c[name] = named(name, name === 'context' ? makeConsole : function () {});
    });
    return c;
}

/* Node's Network domain helpers: without a front end there is no one to tell. */
var Network = {
    requestWillBeSent: function requestWillBeSent(params) {},
    responseReceived: function responseReceived(params) {},
    loadingFinished: function loadingFinished(params) {},
    loadingFailed: function loadingFailed(params) {}
};

module.exports = {
    open: thrower('inspector.open'),
    close: function close() {},
    url: function url() { return undefined; },
    waitForDebugger: function waitForDebugger() {
        throw new errors.codes.ERR_INSPECTOR_NOT_ACTIVE();
    },
    console: makeConsole(),
    Session: Session,
    Network: Network
};
