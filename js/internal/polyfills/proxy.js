'use strict';
/* js/internal/polyfills/proxy.js: Proxy, wrapped so that util.inspect and util.types.isProxy
 * can see through a proxy as Node's internals do (getProxyDetails), and Proxy.revocable.
 *
 * Duktape keeps a proxy's target and handler where no API reaches them, and anything else
 * touches the proxy and runs its traps (a proxied function's toString throws), so util.inspect
 * could not show a proxy as Node does (its target, or `Proxy [ target, handler ]` with
 * showProxy).  The wrapper makes the native proxy and notes target and handler in a WeakMap. */

var common = require('internal/polyfills/common');

var NativeProxy = null;
var details = new WeakMap(); /* proxy -> [target, handler], or null once revoked */

function Proxy(target, handler) {
    if (!(this instanceof Proxy)) {
        throw new TypeError("Constructor Proxy requires 'new'");
    }
    if (!common.isObject(target) || !common.isObject(handler)) {
        throw new TypeError('Cannot create proxy with a non-object as target or handler');
    }
    var proxy = new NativeProxy(target, handler);
    details.set(proxy, [target, handler]);
    return proxy;
}

/* Proxy.revocable, which Duktape lacks: a proxy whose every trap first checks the revoke flag,
 * then runs the handler's trap or, without one, the default (Reflect's) behaviour. */
var PROXY_TRAPS = ['get', 'set', 'has', 'deleteProperty', 'ownKeys', 'defineProperty',
    'getOwnPropertyDescriptor', 'apply', 'construct'];

/* The behaviour of a missing trap.  get and set leave out the receiver, which Duktape's
 * Reflect.get/set refuse: accessors on the target see the target as `this`. */
function defaultTrap(name, args) {
    var target = args[0];
    switch (name) {
    case 'get':
        return target[args[1]];
    case 'set':
        target[args[1]] = args[2];
        return true;
    case 'has':
        return args[1] in target;
    case 'deleteProperty':
        return delete target[args[1]];
    default:
        return Reflect[name].apply(Reflect, args);
    }
}

function revocable(target, handler) {
    if (!common.isObject(target) || !common.isObject(handler)) {
        throw new TypeError('Cannot create proxy with a non-object as target or handler');
    }
    var state = { revoked: false };
    var guarded = {};
    PROXY_TRAPS.forEach(function (name) {
        guarded[name] = function () {
            if (state.revoked) {
                throw new TypeError("Cannot perform '" + name +
                    "' on a proxy that has been revoked");
            }
            var trap = handler[name];
            if (typeof trap === 'function') {
                /* Duktape passes array indices as numbers; keys are strings in JavaScript. */
                if (typeof arguments[1] === 'number' && name !== 'apply' && name !== 'construct') {
                    arguments[1] = String(arguments[1]);
                }
                return trap.apply(handler, arguments);
            }
            return defaultTrap(name, arguments);
        };
    });
    var proxy = new NativeProxy(target, guarded);
    details.set(proxy, [target, handler]);
    return {
        proxy: proxy,
        revoke: function () {
            state.revoked = true;
            details.set(proxy, null);
        }
    };
}

/* Node's getProxyDetails: undefined for a value that is no proxy, null for a revoked one, else
 * [target, handler] (withHandler) or the target. */
function getProxyDetails(value, withHandler) {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function') ||
        !details.has(value)) {
        return undefined;
    }
    var d = details.get(value);
    if (d === null) {
        return null;
    }
    return withHandler ? d : d[0];
}

function install(global) {
    NativeProxy = global.Proxy;
    common.define(Proxy, 'revocable', common.setLength(revocable, 2));
    Object.defineProperty(global, 'Proxy', {
        value: Proxy, writable: true, configurable: true, enumerable: false
    });
}

module.exports = {
    install: install,
    getProxyDetails: getProxyDetails
};
