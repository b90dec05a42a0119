'use strict';
/* js/async_hooks.js: Node's async_hooks without asynchronous context tracking.  nodule does not
 * follow async resources, so: AsyncResource runs its callbacks synchronously with ids from a
 * counter (enough for EventEmitterAsyncResource and packages such as on-finished); createHook
 * returns a hook that never fires; executionAsyncId() is 1 as at the top of a Node script.
 * AsyncLocalStorage would silently lose its store across awaits and callbacks, so constructing
 * one throws ERR_NOT_SUPPORTED instead. */

var validators = require('internal/validators');
var codes = require('internal/errors').codes;
var deprecate = require('util').deprecate;

var nextAsyncId = 2;

function executionAsyncId() {
    return 1;
}

function triggerAsyncId() {
    return 0;
}

var topLevelResource = {};

function executionAsyncResource() {
    return topLevelResource;
}

function AsyncHook(callbacks) {
    this.callbacks = callbacks;
}
AsyncHook.prototype.enable = function enable() {
    return this;
};
AsyncHook.prototype.disable = function disable() {
    return this;
};

function createHook(callbacks) {
    var hooks = callbacks === undefined ? {} : callbacks;
    ['init', 'before', 'after', 'destroy', 'promiseResolve'].forEach(function (name) {
        if (hooks[name] !== undefined && typeof hooks[name] !== 'function') {
            throw new codes.ERR_ASYNC_CALLBACK('hook.' + name);
        }
    });
    return new AsyncHook(hooks);
}

function AsyncResource(type, opts) {
    if (!(this instanceof AsyncResource)) {
        throw new TypeError("Class constructor AsyncResource cannot be invoked without 'new'");
    }
    validators.validateString(type, 'type');
    var trigger = typeof opts === 'number' ? opts :
        (opts != null && opts.triggerAsyncId !== undefined ? opts.triggerAsyncId : 1);
    this._asyncId = nextAsyncId++;
    this._triggerAsyncId = trigger;
    this._type = type;
}
AsyncResource.prototype.runInAsyncScope = function runInAsyncScope(fn, thisArg) {
    var args = Array.prototype.slice.call(arguments, 2);
    return fn.apply(thisArg, args);
};
AsyncResource.prototype.emitDestroy = function emitDestroy() {
    return this;
};
AsyncResource.prototype.asyncId = function asyncId() {
    return this._asyncId;
};
AsyncResource.prototype.triggerAsyncId = function triggerAsyncId() {
    return this._triggerAsyncId;
};
AsyncResource.prototype.bind = function bind(fn, thisArg) {
    validators.validateFunction(fn, 'fn');
    var resource = this;
    var bound = function () {
        var self = thisArg === undefined ? this : thisArg;
        var args = [fn, self].concat(Array.prototype.slice.call(arguments));
        return resource.runInAsyncScope.apply(resource, args);
    };
    Object.defineProperties(bound, {
        length: { value: fn.length, configurable: true },
        asyncResource: { get: deprecatedResource, configurable: true, enumerable: true }
    });
    bound[kResource] = resource;
    return bound;
};

var kResource = Symbol('kResource');
var deprecatedResource = deprecate(function () {
    return this[kResource];
}, 'The asyncResource property on bound functions is deprecated', 'DEP0172');
AsyncResource.bind = function bind(fn, type, thisArg) {
    var name = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(name).bind(fn, thisArg);
};

var AsyncLocalStorage = require('internal/unsupported').thrower('asynchronous context tracking',
    'AsyncLocalStorage');

var providers = ['NONE', 'DIRHANDLE', 'DNSCHANNEL', 'ELDHISTOGRAM', 'FILEHANDLE',
    'FILEHANDLECLOSEREQ', 'BLOBREADER', 'FSEVENTWRAP', 'FSREQCALLBACK', 'FSREQPROMISE',
    'GETADDRINFOREQWRAP', 'GETNAMEINFOREQWRAP', 'HEAPSNAPSHOT', 'HTTP2SESSION', 'HTTP2STREAM',
    'HTTP2PING', 'HTTP2SETTINGS', 'HTTPINCOMINGMESSAGE', 'HTTPCLIENTREQUEST', 'JSSTREAM',
    'JSUDPWRAP', 'MESSAGEPORT', 'PIPECONNECTWRAP', 'PIPESERVERWRAP', 'PIPEWRAP', 'PROCESSWRAP',
    'PROMISE', 'QUERYWRAP', 'QUIC_LOGSTREAM', 'QUIC_PACKET', 'SHUTDOWNWRAP', 'SIGNALWRAP',
    'STATWATCHER', 'STREAMPIPE', 'TCPCONNECTWRAP', 'TCPSERVERWRAP', 'TCPWRAP', 'TTYWRAP',
    'UDPSENDWRAP', 'UDPWRAP', 'SIGINTWATCHDOG', 'WORKER', 'WORKERHEAPSNAPSHOT', 'WRITEWRAP',
    'ZLIB', 'CHECKPRIMEREQUEST', 'PBKDF2REQUEST', 'KEYPAIRGENREQUEST', 'KEYGENREQUEST',
    'KEYEXPORTREQUEST', 'CIPHERREQUEST', 'DERIVEBITSREQUEST', 'HASHREQUEST',
    'RANDOMBYTESREQUEST', 'RANDOMPRIMEREQUEST', 'SCRYPTREQUEST', 'SIGNREQUEST', 'TLSWRAP',
    'VERIFYREQUEST'];
var asyncWrapProviders = Object.create(null);
providers.forEach(function (name, i) {
    asyncWrapProviders[name] = i;
});
Object.freeze(asyncWrapProviders);

module.exports = {
    AsyncLocalStorage: AsyncLocalStorage,
    createHook: createHook,
    executionAsyncId: executionAsyncId,
    triggerAsyncId: triggerAsyncId,
    executionAsyncResource: executionAsyncResource,
    asyncWrapProviders: asyncWrapProviders,
    AsyncResource: AsyncResource
};
