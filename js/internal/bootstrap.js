'use strict';
/* js/internal/bootstrap.js: builds the JavaScript realm before any user code runs.
 *
 * Compiled by src/modules.c as `function (internalBinding, global)`.  It defines the loader of
 * the bundled modules (requireBuiltin), installs the built-ins Duktape lacks, the globals Node
 * scripts expect (process, console, timers, queueMicrotask ...), and returns the entry points C
 * calls: startMain, tickCallback, processTimers, processImmediate, fatalException,
 * emitBeforeExit, emitExit, dateParse.  Everything not needed by every script is loaded lazily. */

var builtins = internalBinding('builtins');
var builtinCache = {};

function BuiltinModule(id) {
    this.id = id;
    this.exports = {};
    this.loaded = false;
}

/* require() as seen by bundled modules: ids are Node's ('fs', 'internal/errors'). */
function requireBuiltin(id) {
    var cached = builtinCache[id];
    if (cached !== undefined) {
        return cached.exports;
    }
    var fn = builtins.compile(id);
    if (fn === undefined) {
        var err = new Error('No such built-in module: ' + id);
        err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
        throw err;
    }
    var mod = new BuiltinModule(id);
    builtinCache[id] = mod;
    fn.call(mod.exports, mod.exports, requireBuiltin, mod, 'node:' + id, 'node:', internalBinding);
    mod.loaded = true;
    return mod.exports;
}
requireBuiltin.cache = builtinCache;

/* Node's own globals: the timers, queueMicrotask, atob/btoa ... are enumerable; process,
 * console and Buffer are not. */
function defineGlobal(name, value, enumerable) {
    Object.defineProperty(global, name, {
        value: value, writable: true, configurable: true, enumerable: enumerable === true
    });
}

/* A global whose module is loaded on first use, then replaced by a plain value. */
function defineLazyGlobal(name, load, enumerable) {
    Object.defineProperty(global, name, {
        configurable: true,
        enumerable: enumerable === true,
        get: function () {
            var value = load();
            defineGlobal(name, value, enumerable);
            return value;
        },
        set: function (value) {
            defineGlobal(name, value, enumerable);
        }
    });
}

if (builtins.has('internal/polyfills/index')) {
    requireBuiltin('internal/polyfills/index').install(global);
}
/* new Function(params..., body) with modern syntax: the source goes through the lowering
 * compiler as every other source does; plain ES5 goes straight to Duktape's Function.  The
 * wrapper takes Function's place (same prototype, so instanceof and .constructor agree). */
(function () {
    var contextify = internalBinding('contextify');
    var NativeFunction = Function;
    var join = Array.prototype.join;
    var slice = Array.prototype.slice;
    /* A named function expression: its name (Function.name) is bound only inside it. */
    var NdFunction = function Function(body) { /* one declared parameter: Function.length is 1 */
        var n = arguments.length;
        body = n > 0 ? String(arguments[n - 1]) : '';
        var params = n > 1 ? join.call(slice.call(arguments, 0, n - 1), ',') : '';
        var src = '(function anonymous(' + params + '\n) {\n' + body + '\n})';
        var lowered = contextify.lower(src);
        if (lowered === undefined) {
            return NativeFunction.apply(this, arguments);
        }
        return contextify.runInThisContext(lowered, 'anonymous');
    };
    Object.defineProperty(NdFunction, 'prototype', { value: NativeFunction.prototype });
    Object.defineProperty(NativeFunction.prototype, 'constructor', {
        value: NdFunction, writable: true, configurable: true, enumerable: false
    });
    defineGlobal('Function', NdFunction);
})();

/* The helpers of lowered code ($nd, js/internal/lower_runtime.js) load when lowered code first
 * uses them: an ES5 script never pays for them. */
Object.defineProperty(global, '$nd', {
    configurable: true,
    enumerable: false,
    get: function () {
        delete global.$nd;
        requireBuiltin('internal/lower_runtime');
        return global.$nd;
    }
});
requireBuiltin('internal/error_stack').install(builtinCache);

defineGlobal('global', global, true);
/* Duktape's CBOR global is not Node's. */
delete global.CBOR;
var process = requireBuiltin('process');
defineGlobal('process', process);
var taskQueues = requireBuiltin('internal/process/task_queues');
var timers = requireBuiltin('timers');
defineGlobal('clearImmediate', timers.clearImmediate, true);
defineGlobal('setImmediate', timers.setImmediate, true);
defineGlobal('clearInterval', timers.clearInterval, true);
defineGlobal('clearTimeout', timers.clearTimeout, true);
defineGlobal('setInterval', timers.setInterval, true);
defineGlobal('setTimeout', timers.setTimeout, true);
defineGlobal('queueMicrotask', taskQueues.queueMicrotask, true);
defineLazyGlobal('console', function () { return requireBuiltin('console'); });
defineLazyGlobal('Buffer', function () { return requireBuiltin('buffer').Buffer; });
defineLazyGlobal('atob', function () { return requireBuiltin('buffer').atob; }, true);
defineLazyGlobal('btoa', function () { return requireBuiltin('buffer').btoa; }, true);
defineLazyGlobal('Blob', function () { return requireBuiltin('internal/blob').Blob; });
defineLazyGlobal('File', function () { return requireBuiltin('internal/blob').File; });
['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader',
 'ReadableStreamBYOBRequest', 'ReadableByteStreamController', 'ReadableStreamDefaultController',
 'TransformStream', 'TransformStreamDefaultController', 'WritableStream',
 'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'ByteLengthQueuingStrategy',
 'CountQueuingStrategy', 'TextEncoderStream', 'TextDecoderStream', 'CompressionStream',
 'DecompressionStream'].forEach(function (name) {
    defineLazyGlobal(name, function () { return requireBuiltin('stream/web')[name]; });
});
/* --expose-gc: gc() runs a full collection, as V8's does. */
if (process.execArgv.indexOf('--expose-gc') !== -1) {
    Object.defineProperty(global, 'gc', {
        value: function gc() { internalBinding('process').gc(); },
        writable: true, enumerable: true, configurable: false
    });
}
defineLazyGlobal('fetch', function () { return requireBuiltin('internal/fetch/fetch').fetch; }, true);
defineLazyGlobal('FormData', function () {
    return requireBuiltin('internal/fetch/formdata').FormData;
});
defineLazyGlobal('Headers', function () { return requireBuiltin('internal/fetch/headers').Headers; });
defineLazyGlobal('Request', function () { return requireBuiltin('internal/fetch/request').Request; });
defineLazyGlobal('Response', function () {
    return requireBuiltin('internal/fetch/response').Response;
});
defineLazyGlobal('crypto', function () { return requireBuiltin('crypto').webcrypto; }, true);
/* Node's performance global is perf_hooks'; Duktape's own has only now(). */
defineLazyGlobal('performance', function () { return requireBuiltin('perf_hooks').performance; },
    true);
defineLazyGlobal('MessageChannel', function () {
    return requireBuiltin('internal/worker/io').MessageChannel;
});
defineLazyGlobal('BroadcastChannel', function () {
    return requireBuiltin('internal/worker/broadcast_channel').BroadcastChannel;
});
defineLazyGlobal('MessageEvent', function () {
    return requireBuiltin('internal/worker/broadcast_channel').MessageEvent;
});
defineLazyGlobal('MessagePort', function () {
    return requireBuiltin('internal/worker/io').MessagePort;
});
if (builtins.has('url')) {
    defineLazyGlobal('URL', function () { return requireBuiltin('url').URL; });
    defineLazyGlobal('URLSearchParams', function () { return requireBuiltin('url').URLSearchParams; });
}

var execution = requireBuiltin('internal/process/execution');

return {
    startMain: function (mode, script, code, preloads) {
        return requireBuiltin('internal/main').start(mode, script, code, preloads);
    },
    tickCallback: taskQueues.processTicksAndRejections,
    processTimers: timers.processTimers,
    processImmediate: timers.processImmediate,
    fatalException: execution.fatalException,
    emitBeforeExit: execution.emitBeforeExit,
    emitExit: execution.emitExit,
    /* Duktape's fallback for date strings its ISO 8601 parser refuses (src/nd_dukconfig.h). */
    dateParse: function (str) {
        return requireBuiltin('internal/polyfills/index').load('date').parse(str);
    }
};
