'use strict';
/* js/internal/polyfills/reflect.js: Reflect.construct with a newTarget, and Proxy.revocable.
 *
 * Duktape 2.7's Reflect.construct throws "unsupported" when newTarget differs from target, and
 * lowered `class extends Map/Error/Array` needs exactly that.  The replacement keeps the native
 * path when newTarget is target; otherwise it approximates [[Construct]] with a NewTarget:
 *   - an ECMAScript constructor is called with `this` = Object.create(newTarget.prototype),
 *     and its object result, if any, wins (`new.target` inside it stays what Duktape says);
 *   - a native constructor (Error, Array, Date, RegExp, typed arrays ...) is constructed natively
 *     and its result re-parented to newTarget.prototype, which keeps its internal slots.
 * The polyfilled Map, Set, Promise ... are ECMAScript functions and take the first path. */

var common = require('internal/polyfills/common');

var nativeConstruct = Reflect.construct;
var fnToString = Function.prototype.toString;

function isNativeFunction(f) {
    return /\{\s*\[native code\]\s*\}\s*$/.test(fnToString.call(f));
}

function construct(target, argumentsList) {
    if (typeof target !== 'function') {
        throw new TypeError(common.describeReceiver(target) + ' is not a constructor');
    }
    var newTarget = arguments.length > 2 ? arguments[2] : target;
    if (typeof newTarget !== 'function') {
        throw new TypeError(common.describeReceiver(newTarget) + ' is not a constructor');
    }
    if (!common.isObject(argumentsList)) {
        throw new TypeError('CreateListFromArrayLike called on non-object');
    }
    if (newTarget === target) {
        return nativeConstruct(target, argumentsList);
    }
    var proto = newTarget.prototype;
    if (!common.isObject(proto)) {
        proto = Object.prototype;
    }
    if (isNativeFunction(target)) {
        var made = nativeConstruct(target, argumentsList);
        Object.setPrototypeOf(made, proto);
        return made;
    }
    var self = Object.create(proto);
    var result = Function.prototype.apply.call(target, self, argumentsList);
    return common.isObject(result) ? result : self;
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
                throw new TypeError("Cannot perform '" + name + "' on a proxy that has been revoked");
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
    return {
        proxy: new Proxy(target, guarded),
        revoke: function () {
            state.revoked = true;
        }
    };
}

/* Replaces Reflect.construct when Duktape rejects a newTarget; adds Proxy.revocable. */
function install(global) {
    if (typeof Proxy === 'function' && typeof Proxy.revocable !== 'function') {
        common.define(Proxy, 'revocable', common.setLength(revocable, 2));
    }
    var supported = true;
    try {
        var F = function () {};
        var G = function () {};
        supported = nativeConstruct(F, [], G) instanceof G;
    } catch (e) {
        supported = false;
    }
    if (!supported) {
        common.define(Reflect, 'construct', common.setLength(construct, 2));
    }
}

module.exports = {
    install: install
};
