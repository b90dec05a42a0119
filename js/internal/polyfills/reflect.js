'use strict';
/* js/internal/polyfills/reflect.js: Reflect.construct with a newTarget.
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

/* Replaces Reflect.construct when Duktape rejects a newTarget. */
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
}

module.exports = {
    install: install
};
