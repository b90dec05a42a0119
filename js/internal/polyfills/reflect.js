'use strict';
/* js/internal/polyfills/reflect.js: Reflect.construct with a newTarget, Reflect.get and
 * Reflect.set with a receiver.
 *
 * Duktape 2.7's Reflect.construct throws "unsupported" when newTarget differs from target, and
 * lowered `class extends Map/Error/Array` needs exactly that.  The replacement keeps the native
 * path when newTarget is target; otherwise it approximates [[Construct]] with a NewTarget:
 *   - an ECMAScript constructor is called with `this` = Object.create(newTarget.prototype),
 *     and its object result, if any, wins (`new.target` inside it stays what Duktape says);
 *   - a native constructor (Error, Array, Date, RegExp, typed arrays ...) is constructed natively
 *     and its result re-parented to newTarget.prototype, which keeps its internal slots.
 * The polyfilled Map, Set, Promise ... are ECMAScript functions and take the first path.
 * Duktape's Reflect.get and Reflect.set throw "unsupported" too when a receiver other than the
 * target is given (Babel's _get helper for `super.x` passes one): those walk the prototype chain
 * as [[Get]] and [[Set]] do (OrdinaryGet, OrdinarySet), calling accessors on the receiver. */

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

var nativeGet = Reflect.get;
var nativeSet = Reflect.set;

/* The descriptor of key on target or the first object of its prototype chain that has it. */
function findProperty(target, key) {
    for (var o = target; o !== null; o = Object.getPrototypeOf(o)) {
        var desc = Object.getOwnPropertyDescriptor(o, key);
        if (desc !== undefined) {
            return desc;
        }
    }
    return undefined;
}

function get(target, key, receiver) {
    if (arguments.length < 3 || receiver === target || !common.isObject(target)) {
        return nativeGet.apply(Reflect, arguments);
    }
    var desc = findProperty(target, key);
    if (desc === undefined) {
        return undefined;
    }
    return 'value' in desc ? desc.value : desc.get === undefined ? undefined :
        desc.get.call(receiver);
}

function set(target, key, value, receiver) {
    if (arguments.length < 4 || receiver === target || !common.isObject(target)) {
        return nativeSet.apply(Reflect, arguments);
    }
    var desc = findProperty(target, key);
    if (desc !== undefined && !('value' in desc)) {
        if (desc.set === undefined) {
            return false;
        }
        desc.set.call(receiver, value);
        return true;
    }
    if ((desc !== undefined && !desc.writable) || !common.isObject(receiver)) {
        return false;
    }
    var own = Object.getOwnPropertyDescriptor(receiver, key);
    if (own !== undefined) {
        if (!('value' in own) || !own.writable) {
            return false;
        }
        Object.defineProperty(receiver, key, { value: value });
        return true;
    }
    if (!Object.isExtensible(receiver)) {
        return false;
    }
    Object.defineProperty(receiver, key, { value: value, writable: true, enumerable: true,
        configurable: true });
    return true;
}

/* Whether native(args) works, rather than throwing "unsupported". */
function works(native, args) {
    try {
        native.apply(Reflect, args);
        return true;
    } catch (e) {
        return false;
    }
}

/* Replaces Reflect.construct, get and set where Duktape rejects a newTarget or a receiver. */
function install(global) {
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
    if (!works(nativeGet, [{}, 'x', {}])) {
        common.define(Reflect, 'get', common.setLength(get, 2));
    }
    if (!works(nativeSet, [{}, 'x', 1, {}])) {
        common.define(Reflect, 'set', common.setLength(set, 3));
    }
}

module.exports = {
    install: install
};
