'use strict';
/* js/internal/polyfills/weakref.js: WeakRef and FinalizationRegistry (ES2021), as far as Duktape
 * allows.
 *
 * Duktape has no weak references: a WeakRef holds its target strongly, so deref() always returns
 * it, and a FinalizationRegistry never calls its cleanup callback.  Both validate their arguments
 * as V8 does, and unregister(token) reports whether the token had registrations.  The
 * registrations are kept on the token itself (hidden key), so the registry keeps nothing alive. */

var common = require('internal/polyfills/common');

var isObject = common.isObject;
var define = common.define;

var kTarget = common.hiddenKey('weakRefTarget');
var kRegistry = common.hiddenKey('finalizationRegistry');
var kTokens = common.hiddenKey('finalizationTokens');

var nextRegistryId = 1;

function canBeHeldWeakly(v) {
    return isObject(v) || (typeof v === 'symbol' && Symbol.keyFor(v) === undefined);
}

function WeakRef(target) {
    if (!(this instanceof WeakRef)) {
        throw new TypeError("Constructor WeakRef requires 'new'");
    }
    if (!canBeHeldWeakly(target)) {
        throw new TypeError('WeakRef: invalid target');
    }
    this[kTarget] = target;
}

function deref() {
    if (!isObject(this) || !(kTarget in this)) {
        throw new TypeError('Method WeakRef.prototype.deref called on incompatible receiver ' +
            common.describeReceiver(this));
    }
    return this[kTarget];
}

function FinalizationRegistry(cleanupCallback) {
    if (!(this instanceof FinalizationRegistry)) {
        throw new TypeError("Constructor FinalizationRegistry requires 'new'");
    }
    if (typeof cleanupCallback !== 'function') {
        throw new TypeError('FinalizationRegistry: cleanup must be callable');
    }
    this[kRegistry] = { id: 'r' + nextRegistryId++, cleanup: cleanupCallback };
}

function registryState(r, method) {
    var st = isObject(r) ? r[kRegistry] : undefined;
    if (st === undefined) {
        throw new TypeError('Method FinalizationRegistry.prototype.' + method +
            ' called on incompatible receiver ' + common.describeReceiver(r));
    }
    return st;
}

function register(target, heldValue) {
    var st = registryState(this, 'register');
    var token = arguments[2];
    if (!canBeHeldWeakly(target)) {
        throw new TypeError('FinalizationRegistry.prototype.register: invalid target');
    }
    if (target === heldValue) {
        throw new TypeError('FinalizationRegistry.prototype.register: target and holdings ' +
            'must not be same');
    }
    if (token !== undefined && !canBeHeldWeakly(token)) {
        throw new TypeError('Invalid unregisterToken (\'' + String(token) + '\')');
    }
    if (isObject(token) && Object.isExtensible(token)) {
        var tokens = token[kTokens];
        if (tokens === undefined || tokens.owner !== token) {
            tokens = Object.create(null);
            tokens.owner = token;
            token[kTokens] = tokens;
        }
        tokens[st.id] = (tokens[st.id] || 0) + 1;
    }
}

function unregister(token) {
    var st = registryState(this, 'unregister');
    if (!canBeHeldWeakly(token)) {
        throw new TypeError('Invalid unregisterToken (\'' + String(token) + '\')');
    }
    var tokens = isObject(token) ? token[kTokens] : undefined;
    if (tokens === undefined || tokens.owner !== token || !tokens[st.id]) {
        return false;
    }
    delete tokens[st.id];
    return true;
}

var built = false;

function install(global) {
    if (!built) {
        built = true;
        define(WeakRef.prototype, 'deref', deref);
        common.defineTag(WeakRef.prototype, 'WeakRef');
        define(FinalizationRegistry.prototype, 'register', common.setLength(register, 2));
        define(FinalizationRegistry.prototype, 'unregister', unregister);
        common.defineTag(FinalizationRegistry.prototype, 'FinalizationRegistry');
    }
    common.defineGlobal(global, 'WeakRef', WeakRef);
    common.defineGlobal(global, 'FinalizationRegistry', FinalizationRegistry);
}

module.exports = {
    install: install
};
