'use strict';
/* js/v8.js: Node's 'v8' module on a runtime whose engine is Duktape.
 *
 * serialize/deserialize and the Serializer/Deserializer classes speak V8's value serialization
 * format (wire version 15, what Node 20 writes; versions 13 to 15 are read), written in
 * JavaScript in js/internal/v8/serdes.js, so buffers pass between node and nodule.  The bytes equal Node's except where
 * they depend on how V8 happens to store a value: an integer V8 holds as a double (the result
 * of a division, say) is written as an int32 here; an array V8 keeps "holey" (made with
 * new Array(n) and filled later) is written dense; V8 writes every number of an array of only
 * numbers as a double when one of them is not an int32, and so does this file.
 * Not supported: BigInt (Duktape has none), SharedArrayBuffer, WebAssembly, resizable buffers
 * (read as plain ArrayBuffers).
 *
 * The rest stands in for V8 internals Duktape does not have: getHeapStatistics fills Node's
 * fields from process.memoryUsage() (heap_size_limit is the machine's memory: Duktape's heap
 * has no cap), getHeapSpaceStatistics is [] (one heap, no spaces), getHeapCodeStatistics is
 * zeros, setFlagsFromString and the coverage calls do nothing, promiseHooks hooks are accepted
 * but never called, GCProfiler reports no GC events, and heap snapshots and queryObjects throw
 * ERR_NOT_SUPPORTED. */

var errors = require('internal/errors');
var validators = require('internal/validators');
var types = require('util').types;
var unsupported = require('internal/unsupported');
var thrower = unsupported.thrower.bind(null, 'heap inspection');

if (errors.codes.ERR_NOT_BUILDING_SNAPSHOT === undefined) {
    errors.E('ERR_NOT_BUILDING_SNAPSHOT',
             'Operation cannot be invoked when not building startup snapshot', Error);
}

var kState = Symbol('kState');

/* ------------------------------------------------------------------------------------------ */
/* Heap and engine information */

/* cachedDataVersionTag(): a number that changes with the engine (FNV-1a of its version). */
function cachedDataVersionTag() {
    var s = 'nodule/duktape ' + process.versions.duktape;
    var h = 0x811c9dc5;
    for (var i = 0; i < s.length; i++) {
        h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
    }
    return h;
}

/* getHeapStatistics(): Node's fields; the Duktape heap's sizes where V8 has a counterpart. */
function getHeapStatistics() {
    var mem = process.memoryUsage();
    var limit = require('os').totalmem();
    return {
        total_heap_size: mem.heapTotal,
        total_heap_size_executable: 0,
        total_physical_size: mem.heapTotal,
        total_available_size: Math.max(0, limit - mem.heapUsed),
        used_heap_size: mem.heapUsed,
        heap_size_limit: limit,
        malloced_memory: 0,
        peak_malloced_memory: 0,
        does_zap_garbage: 0,
        number_of_native_contexts: 1,
        number_of_detached_contexts: 0,
        total_global_handles_size: 0,
        used_global_handles_size: 0,
        external_memory: mem.external
    };
}

/* getHeapSpaceStatistics(): Duktape's heap has no spaces. */
function getHeapSpaceStatistics() {
    return [];
}

/* getHeapCodeStatistics(): Duktape keeps no code statistics; Node's fields, all zero. */
function getHeapCodeStatistics() {
    return {
        code_and_metadata_size: 0,
        bytecode_and_metadata_size: 0,
        external_script_source_size: 0,
        cpu_profiler_metadata_size: 0
    };
}

/* setFlagsFromString(flags): V8 flags mean nothing to Duktape; validated, then ignored. */
function setFlagsFromString(flags) {
    validators.validateString(flags, 'flags');
}

/* setHeapSnapshotNearHeapLimit(limit): validated; no snapshot is ever written. */
function setHeapSnapshotNearHeapLimit(limit) {
    validators.validateUint32(limit, 'limit', true);
}

function takeCoverage() {
}

function stopCoverage() {
}

/* promiseHooks.onInit/onBefore/onAfter/onSettled(hook): each returns the function that
 * removes the hook.  The hooks are never called. */
function makeUseHook(name) {
    return function (fn) {
        validators.validatePlainFunction(fn, name + 'Hook');
        return function () {};
    };
}

var promiseHooks = {
    createHook: function createHook(hooks) {
        var stops = [];
        if (hooks === undefined) hooks = {};
        if (hooks.init) stops.push(promiseHooks.onInit(hooks.init));
        if (hooks.before) stops.push(promiseHooks.onBefore(hooks.before));
        if (hooks.after) stops.push(promiseHooks.onAfter(hooks.after));
        if (hooks.settled) stops.push(promiseHooks.onSettled(hooks.settled));
        return function () {
            for (var i = 0; i < stops.length; i++) stops[i]();
        };
    },
    onInit: makeUseHook('init'),
    onBefore: makeUseHook('before'),
    onAfter: makeUseHook('after'),
    onSettled: makeUseHook('settled')
};

function notBuildingSnapshot() {
    throw new errors.codes.ERR_NOT_BUILDING_SNAPSHOT();
}

var startupSnapshot = {
    addDeserializeCallback: function addDeserializeCallback() { notBuildingSnapshot(); },
    addSerializeCallback: function addSerializeCallback() { notBuildingSnapshot(); },
    setDeserializeMainFunction: function setDeserializeMainFunction() { notBuildingSnapshot(); },
    isBuildingSnapshot: function isBuildingSnapshot() { return false; }
};

/* GCProfiler: start() and stop() as Node's; the report lists no GC events. */
function GCProfiler() {
    Object.defineProperty(this, kState, { value: { startTime: 0, running: false } });
}

GCProfiler.prototype.start = function start() {
    var st = this[kState];
    if (!st.running) {
        st.running = true;
        st.startTime = Date.now();
    }
};

GCProfiler.prototype.stop = function stop() {
    var st = this[kState];
    if (!st.running) return undefined;
    st.running = false;
    return { version: 1, startTime: st.startTime, statistics: [], endTime: Date.now() };
};

var serdes = require('internal/v8/serdes');

module.exports = {
    cachedDataVersionTag: cachedDataVersionTag,
    getHeapSnapshot: thrower('v8.getHeapSnapshot'),
    getHeapStatistics: getHeapStatistics,
    getHeapSpaceStatistics: getHeapSpaceStatistics,
    getHeapCodeStatistics: getHeapCodeStatistics,
    setFlagsFromString: setFlagsFromString,
    Serializer: serdes.Serializer,
    Deserializer: serdes.Deserializer,
    DefaultSerializer: serdes.DefaultSerializer,
    DefaultDeserializer: serdes.DefaultDeserializer,
    deserialize: serdes.deserialize,
    takeCoverage: takeCoverage,
    stopCoverage: stopCoverage,
    serialize: serdes.serialize,
    writeHeapSnapshot: thrower('v8.writeHeapSnapshot'),
    promiseHooks: promiseHooks,
    queryObjects: thrower('v8.queryObjects'),
    startupSnapshot: startupSnapshot,
    setHeapSnapshotNearHeapLimit: setHeapSnapshotNearHeapLimit,
    GCProfiler: GCProfiler
};
