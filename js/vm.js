'use strict';
/* js/vm.js: Node's 'vm' module.
 *
 * A context is a Duktape thread with a global object of its own, made by internalBinding
 * ('contextify').makeContext(): its globals are the ECMAScript built-ins (not Node's: no
 * require, process, console or timers, as in Node) and whatever the contextified object has.
 * Code runs as global code there, after the lowering compiler, so modern syntax works too.
 *
 * Different from Node: the built-ins are the main realm's (`vm.runInNewContext('Array')` is the
 * outer `Array`; in Node each context has its own), which is also what gives contexts the
 * polyfilled ES2015+ built-ins.  The contextified object is not itself the context's global:
 * its own properties are copied onto the context's global before each run, and the globals the
 * code created or changed are copied back after it, so what a script sees and leaves matches
 * Node's at the boundaries of each run; a function that keeps running later (a callback) sees
 * the context's global as the last run left it.  No timeout/breakOnSigint, no cachedData, no
 * microtaskMode, no SourceTextModule. */

var contextify = internalBinding('contextify');
var errors = require('internal/errors');
var ERR_INVALID_ARG_TYPE = errors.codes.ERR_INVALID_ARG_TYPE;

var contexts = new WeakMap();    /* contextified object -> { thread, global, builtins } */
var kDefaultFilename = 'evalmachine.<anonymous>';
/* The global names of a context: ECMAScript's built-ins, and $nd for lowered code. */
var builtinNames = ['$nd', 'Object', 'Function', 'Array', 'String', 'Boolean', 'Number', 'Math',
    'Date', 'RegExp', 'Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
    'TypeError', 'URIError', 'AggregateError', 'JSON', 'Symbol', 'Proxy', 'Reflect', 'Promise',
    'Map', 'Set', 'WeakMap', 'WeakSet', 'WeakRef', 'FinalizationRegistry', 'ArrayBuffer',
    'SharedArrayBuffer', 'DataView', 'Int8Array', 'Uint8Array', 'Uint8ClampedArray',
    'Int16Array', 'Uint16Array', 'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array',
    'parseInt', 'parseFloat', 'isNaN', 'isFinite', 'decodeURI', 'decodeURIComponent',
    'encodeURI', 'encodeURIComponent', 'escape', 'unescape', 'eval', 'NaN', 'Infinity',
    'undefined'];
var builtinsProto = null;

/* The object every context's global inherits the built-ins from (made once). */
function contextBuiltins() {
    if (builtinsProto === null) {
        builtinsProto = Object.create(null);
        builtinNames.forEach(function (name) {
            if (name in global) {
                Object.defineProperty(builtinsProto, name, {
                    value: global[name], writable: true, configurable: true, enumerable: false
                });
            }
        });
    }
    return builtinsProto;
}

function validateObject(value, name) {
    if (value === null || typeof value !== 'object') {
        throw new ERR_INVALID_ARG_TYPE(name, 'object', value);
    }
}

function filenameOf(options) {
    if (typeof options === 'string') {
        return options;
    }
    if (options !== null && typeof options === 'object' && options.filename !== undefined) {
        if (typeof options.filename !== 'string') {
            throw new ERR_INVALID_ARG_TYPE('options.filename', 'string', options.filename);
        }
        return options.filename;
    }
    return kDefaultFilename;
}

function isContext(object) {
    validateObject(object, 'object');
    return contexts.has(object);
}

function createContext(contextObject) {
    if (contextObject === undefined) {
        contextObject = {};
    }
    validateObject(contextObject, 'contextObject');
    if (contexts.has(contextObject)) {
        return contextObject;
    }
    var g = Object.create(contextBuiltins());
    Object.defineProperty(g, 'globalThis', {
        value: g, writable: true, configurable: true, enumerable: false
    });
    contexts.set(contextObject, { thread: contextify.makeContext(g), global: g });
    return contextObject;
}

function contextOf(contextifiedObject) {
    validateObject(contextifiedObject, 'contextifiedObject');
    var c = contexts.get(contextifiedObject);
    if (c === undefined) {
        throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
    }
    return c;
}

/* Runs code in the context of sandbox, with the copying in and out described above. */
function runIn(sandbox, code, filename) {
    var c = contextOf(sandbox);
    var g = c.global;
    Object.keys(sandbox).forEach(function (k) {
        g[k] = sandbox[k];
    });
    try {
        return contextify.runInContext(c.thread, code, filename);
    } finally {
        Object.keys(g).forEach(function (k) {
            if (sandbox[k] !== g[k]) {
                sandbox[k] = g[k];
            }
        });
    }
}

function Script(code, options) {
    if (!(this instanceof Script)) {
        throw new TypeError("Class constructor Script cannot be invoked without 'new'");
    }
    code = code === undefined ? '' : String(code);
    this._code = code;
    this._filename = filenameOf(options);
    /* a syntax error shows here, as in Node */
    contextify.lower(code);
}

Script.prototype.runInThisContext = function runInThisContext() {
    return contextify.runInThisContext(this._code, this._filename);
};

Script.prototype.runInContext = function runInContext(contextifiedObject) {
    return runIn(contextifiedObject, this._code, this._filename);
};

Script.prototype.runInNewContext = function runInNewContext(contextObject) {
    return runIn(createContext(contextObject), this._code, this._filename);
};

Script.prototype.createCachedData = function createCachedData() {
    return Buffer.alloc(0);
};

function runInThisContext(code, options) {
    return new Script(code, options).runInThisContext();
}

function runInContext(code, contextifiedObject, options) {
    return new Script(code, options).runInContext(contextifiedObject);
}

function runInNewContext(code, contextObject, options) {
    return new Script(code, options).runInNewContext(contextObject);
}

/* compileFunction(code, params): a function of params with code as its body (lowered). */
function compileFunction(code, params, options) {
    if (typeof code !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('code', 'string', code);
    }
    params = params === undefined ? [] : params;
    if (!Array.isArray(params)) {
        throw new ERR_INVALID_ARG_TYPE('params', 'Array', params);
    }
    var parsingContext = options && options.parsingContext;
    var fnSource = '(function (' + params.join(', ') + ') {' + code + '\n})';
    if (parsingContext !== undefined) {
        return runIn(parsingContext, fnSource, filenameOf(options));
    }
    return contextify.runInThisContext(fnSource, filenameOf(options));
}

function measureMemory() {
    return Promise.resolve({
        total: { jsMemoryEstimate: process.memoryUsage().heapUsed, jsMemoryRange: [0, 0] }
    });
}

module.exports = {
    Script: Script,
    createContext: createContext,
    createScript: function createScript(code, options) {
        return new Script(code, options);
    },
    runInContext: runInContext,
    runInNewContext: runInNewContext,
    runInThisContext: runInThisContext,
    isContext: isContext,
    compileFunction: compileFunction,
    measureMemory: measureMemory,
    constants: Object.freeze({
        USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
        DONT_CONTEXTIFY: Symbol('vm_context_no_contextify')
    })
};
