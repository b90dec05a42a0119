'use strict';
/* js/util.js: Node's 'util' module.  inspect/format live in internal/util/inspect; this file adds
 * the helpers around them.  parseArgs and parseEnv (internal/util/), MIMEType/MIMEParams
 * (internal/mime) and isDeepStrictEqual load on first read, as Node's lazy exports do.
 * Differences from Node 20: util.types answers from ES5-visible facts (see
 * internal/util/inspect), and promisify/callbackify need the global Promise polyfill. */

var internalInspect = require('internal/util/inspect');
var inspect = internalInspect.inspect;
var format = internalInspect.format;
var formatWithOptions = internalInspect.formatWithOptions;
var invalidArgType = internalInspect.invalidArgType;
var internalTypes = internalInspect.types;

/* internal/errors and internal/validators load on first use: require('util') alone needs
 * neither, and loading them would slow it down. */
function lazyErrors() {
    return require('internal/errors');
}

function lazyValidators() {
    return require('internal/validators');
}

var kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
/* Node's internal customPromisifyArgs: core modules (fs.read, dns.lookup...) put the names of a
 * multi-value callback's results under this key of the function. */
var kCustomPromisifyArgsSymbol = Symbol.for('nodule.util.promisify.customArgs');

function hasProcess() {
    return typeof process === 'object' && process !== null;
}

function validateFunction(value, name) {
    if (typeof value !== 'function') throw invalidArgType(name, 'function', value);
}

function copyOwnProperties(target, source, adjust) {
    var keys = Object.getOwnPropertyNames(source);
    var symbols = Object.getOwnPropertySymbols(source);
    var i;
    for (i = 0; i < symbols.length; i++) keys.push(symbols[i]);
    for (i = 0; i < keys.length; i++) {
        var desc = Object.getOwnPropertyDescriptor(source, keys[i]);
        if (adjust) adjust(keys[i], desc);
        try {
            Object.defineProperty(target, keys[i], desc);
        } catch (e) {
            /* Properties the engine keeps fixed (a function's length in Duktape) stay as is. */
        }
    }
    return target;
}

/* ------------------------------------------------------------------------------------------ */

function callbackifyOnRejected(reason, cb) {
    if (!reason) {
        var err = new Error('Promise was rejected with falsy value');
        err.code = 'ERR_FALSY_VALUE_REJECTION';
        err.reason = reason;
        reason = err;
    }
    return cb(reason);
}

/* Returns a callback-last version of original, a function returning a promise. */
function callbackify(original) {
    validateFunction(original, 'original');

    function callbackified() {
        var args = Array.prototype.slice.call(arguments);
        var maybeCb = args.pop();
        validateFunction(maybeCb, 'last argument');
        var cb = maybeCb.bind(this);
        original.apply(this, args).then(function (ret) {
            process.nextTick(cb, null, ret);
        }, function (rej) {
            process.nextTick(callbackifyOnRejected, rej, cb);
        });
    }

    copyOwnProperties(callbackified, original, function (key, desc) {
        if (key === 'length' && typeof desc.value === 'number') desc.value++;
        if (key === 'name' && typeof desc.value === 'string') desc.value += 'Callbackified';
    });
    return callbackified;
}

/* ------------------------------------------------------------------------------------------ */

var debugEnvTest;
var debugImpls = Object.create(null);

function testDebugEnabled(set) {
    if (debugEnvTest === undefined) {
        var env = hasProcess() && process.env ? process.env.NODE_DEBUG : undefined;
        if (env) {
            env = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
                .split('*').join('.*')
                .split(',').join('$|^');
            var re = new RegExp('^' + env + '$', 'i');
            debugEnvTest = function (str) { return re.test(str); };
        } else {
            debugEnvTest = function () { return false; };
        }
    }
    return debugEnvTest(set);
}

function shouldColorize(stream) {
    var env = hasProcess() && process.env ? process.env : {};
    if (env.FORCE_COLOR !== undefined) {
        return env.FORCE_COLOR === '' || env.FORCE_COLOR === '1' || env.FORCE_COLOR === '2' ||
            env.FORCE_COLOR === '3' || env.FORCE_COLOR === 'true';
    }
    if (!stream || !stream.isTTY) return false;
    return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function noop() {}

function debuglogImpl(enabled, set) {
    if (debugImpls[set] === undefined) {
        if (enabled) {
            var pid = process.pid;
            if (set === 'HTTP' || set === 'HTTP2') {
                process.emitWarning('Setting the NODE_DEBUG environment variable to \'' +
                    set.toLowerCase() + '\' can expose sensitive data (such as passwords, ' +
                    'tokens and authentication headers) in the resulting log.');
            }
            debugImpls[set] = function debug() {
                var colors = shouldColorize(process.stderr);
                var args = [{ colors: colors }];
                for (var i = 0; i < arguments.length; i++) args.push(arguments[i]);
                var msg = formatWithOptions.apply(null, args);
                var coloredPID = inspect(pid, { colors: colors });
                process.stderr.write(format('%s %s: %s\n', set, coloredPID, msg));
            };
        } else {
            debugImpls[set] = noop;
        }
    }
    return debugImpls[set];
}

/* Returns a logger that writes to stderr when NODE_DEBUG names `set`; cb gets the real logger
 * on first use. */
function debuglog(set, cb) {
    var enabled;
    var initialized = false;
    var debug;
    function init() {
        if (!initialized) {
            set = String(set).toUpperCase();
            enabled = testDebugEnabled(set);
            initialized = true;
        }
    }
    function logger() {
        if (debug === undefined) {
            init();
            debug = debuglogImpl(enabled, set);
            if (typeof cb === 'function') cb(debug);
        }
        return debug.apply(this, arguments);
    }
    Object.defineProperty(logger, 'enabled', {
        get: function () {
            init();
            return enabled;
        },
        configurable: true,
        enumerable: true
    });
    return logger;
}

/* ------------------------------------------------------------------------------------------ */

var codesWarned = Object.create(null);

/* Wraps fn so that its first call emits a DeprecationWarning (once per code). */
function deprecate(fn, msg, code) {
    if (code !== undefined && typeof code !== 'string') {
        throw invalidArgType('code', 'string', code);
    }
    var warned = false;

    function deprecated() {
        if (!warned && !(hasProcess() && process.noDeprecation)) {
            warned = true;
            if (hasProcess() && typeof process.emitWarning === 'function') {
                if (code !== undefined) {
                    if (!codesWarned[code]) {
                        process.emitWarning(msg, 'DeprecationWarning', code, deprecated);
                        codesWarned[code] = true;
                    }
                } else {
                    process.emitWarning(msg, 'DeprecationWarning', deprecated);
                }
            }
        }
        if (this instanceof deprecated) {
            var args = [null];
            for (var i = 0; i < arguments.length; i++) args.push(arguments[i]);
            return new (Function.prototype.bind.apply(fn, args))();
        }
        return fn.apply(this, arguments);
    }

    /* The wrapper keeps fn's prototype chain, so that instanceof keeps working. */
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    return deprecated;
}

/* ------------------------------------------------------------------------------------------ */

function escapeStyleCode(code) {
    return '\u001b[' + code + 'm';
}

/* Returns the [open, close] codes of an inspect.colors name; throws ERR_INVALID_ARG_VALUE
 * listing the names when there is none. */
function styleCodes(key) {
    var pair = inspect.colors[key];
    if (pair === undefined || pair === null) {
        lazyValidators().validateOneOf(key, 'format', Object.keys(inspect.colors));
    }
    return pair;
}

/* util.styleText(format, text): text wrapped in the escape codes of one inspect.colors name, or
 * of an array of them (outermost first).  As in Node 20, a single name gives plain text when
 * process.stdout would not be coloured, and an array is always styled. */
function styleText(format, text) {
    lazyValidators().validateString(text, 'text');
    var pair;
    if (Array.isArray(format)) {
        var left = '';
        var right = '';
        for (var i = 0; i < format.length; i++) {
            pair = styleCodes(format[i]);
            left += escapeStyleCode(pair[0]);
            right = escapeStyleCode(pair[1]) + right;
        }
        return left + text + right;
    }
    pair = styleCodes(format);
    if (!shouldColorize(process.stdout)) {
        return text;
    }
    return escapeStyleCode(pair[0]) + text + escapeStyleCode(pair[1]);
}

/* ------------------------------------------------------------------------------------------ */

/* util.getSystemErrorName(err): the name of a negative errno ('ENOENT'), or 'Unknown system
 * error N'. */
function getSystemErrorName(err) {
    lazyValidators().validateNumber(err, 'err');
    if (err >= 0 || Math.floor(err) !== err || err < -9007199254740991) {
        throw new lazyErrors().codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
    }
    return lazyErrors().systemErrorName(err);
}

/* util.getSystemErrorMap(): a Map from each errno to [name, message]. */
function getSystemErrorMap() {
    return lazyErrors().systemErrorMap();
}

/* util._errnoException(errno, syscall, original): the error 'syscall CODE [original]'. */
function errnoException(errno, syscall, original) {
    return lazyErrors().errnoException(errno, syscall, original);
}

/* util._exceptionWithHostPort(errno, syscall, address, port, additional). */
function exceptionWithHostPort(errno, syscall, address, port, additional) {
    return lazyErrors().exceptionWithHostPort(errno, syscall, address, port, additional);
}

/* ------------------------------------------------------------------------------------------ */

function invalidAbortSignal(signal) {
    return new lazyErrors().codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
}

/* util.aborted(signal, resource): a promise fulfilled once signal aborts (with undefined when it
 * already had).  The resource is only validated: nothing here could collect it early. */
function aborted(signal, resource) {
    try {
        if (signal === undefined) {
            throw invalidAbortSignal(signal);
        }
        lazyValidators().validateAbortSignal(signal, 'signal');
        lazyValidators().validateObject(resource, 'resource', lazyValidators().kValidateObjectAllowObjects);
    } catch (err) {
        return Promise.reject(err);
    }
    if (signal.aborted) {
        return Promise.resolve();
    }
    /* Node's promise settles with the abort event itself. */
    return new Promise(function (resolve) {
        signal.addEventListener('abort', resolve, { once: true });
    });
}

/* util.transferableAbortSignal(signal): as Node 20 does, a new signal in the same state (aborted
 * with the same reason, or not aborted), not linked to the original. */
function transferableAbortSignal(signal) {
    if (!(signal instanceof AbortSignal)) {
        throw invalidAbortSignal(signal);
    }
    return signal.aborted ? AbortSignal.abort(signal.reason) : new AbortController().signal;
}

function transferableAbortController() {
    return new AbortController();
}

/* ------------------------------------------------------------------------------------------ */

/* Makes ctor.prototype inherit from superCtor.prototype and sets ctor.super_. */
function inherits(ctor, superCtor) {
    if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'function', ctor);
    if (superCtor === undefined || superCtor === null) {
        throw invalidArgType('superCtor', 'function', superCtor);
    }
    if (superCtor.prototype === undefined) {
        throw invalidArgType('superCtor.prototype', 'object', superCtor.prototype);
    }
    Object.defineProperty(ctor, 'super_', {
        value: superCtor,
        writable: true,
        configurable: true
    });
    Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

/* ------------------------------------------------------------------------------------------ */

/* Returns a version of original (callback-last) that returns a promise. */
function promisify(original) {
    validateFunction(original, 'original');

    if (original[kCustomPromisifiedSymbol]) {
        var custom = original[kCustomPromisifiedSymbol];
        validateFunction(custom, 'util.promisify.custom');
        return Object.defineProperty(custom, kCustomPromisifiedSymbol, {
            value: custom, enumerable: false, writable: false, configurable: true
        });
    }

    var argumentNames = original[kCustomPromisifyArgsSymbol];

    function fn() {
        var self = this;
        var args = Array.prototype.slice.call(arguments);
        if (typeof Promise !== 'function') throw new TypeError('Promise is not available');
        return new Promise(function (resolve, reject) {
            args.push(function (err) {
                if (err) return reject(err);
                if (argumentNames !== undefined && arguments.length > 2) {
                    var obj = {};
                    for (var i = 0; i < argumentNames.length; i++) {
                        obj[argumentNames[i]] = arguments[i + 1];
                    }
                    resolve(obj);
                } else {
                    resolve(arguments[1]);
                }
            });
            original.apply(self, args);
        });
    }

    Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
    Object.defineProperty(fn, kCustomPromisifiedSymbol, {
        value: fn, enumerable: false, writable: false, configurable: true
    });
    return copyOwnProperties(fn, original);
}
promisify.custom = kCustomPromisifiedSymbol;

/* ------------------------------------------------------------------------------------------ */

/* Returns String(input) with each lone surrogate replaced by U+FFFD. */
function toUSVString(input) {
    var str = '' + input;
    var out = '';
    var last = 0;
    for (var i = 0; i < str.length; i++) {
        var c = str.charCodeAt(i);
        if (c < 0xd800 || c > 0xdfff) continue;
        if (c <= 0xdbff && i + 1 < str.length) {
            var d = str.charCodeAt(i + 1);
            if (d >= 0xdc00 && d <= 0xdfff) {
                i++;
                continue;
            }
        }
        out += str.slice(last, i) + '\ufffd';
        last = i + 1;
    }
    return last === 0 ? str : out + str.slice(last);
}

function _extend(target, source) {
    if (source === null || typeof source !== 'object') return target;
    var keys = Object.keys(source);
    var i = keys.length;
    while (i--) target[keys[i]] = source[keys[i]];
    return target;
}

function pad(n) {
    return n < 10 ? '0' + n : '' + n;
}

var months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/* Prints 'D Mon HH:MM:SS - ' and the formatted arguments through console.log (deprecated). */
function log() {
    var d = new Date();
    var time = [pad(d.getHours()), pad(d.getMinutes()), pad(d.getSeconds())].join(':');
    console.log('%s - %s', d.getDate() + ' ' + months[d.getMonth()] + ' ' + time,
        format.apply(null, arguments));
}

function isBoolean(arg) {
    return typeof arg === 'boolean';
}

function isBuffer(arg) {
    var Buffer;
    try {
        Buffer = require('buffer').Buffer;
    } catch (e) {
        return false;
    }
    return Buffer.isBuffer(arg);
}

function isNull(arg) {
    return arg === null;
}

function isNullOrUndefined(arg) {
    return arg === null || arg === undefined;
}

function isNumber(arg) {
    return typeof arg === 'number';
}

function isString(arg) {
    return typeof arg === 'string';
}

function isSymbol(arg) {
    return typeof arg === 'symbol';
}

function isUndefined(arg) {
    return arg === undefined;
}

function isObject(arg) {
    return arg !== null && typeof arg === 'object';
}

function isError(e) {
    return Object.prototype.toString.call(e) === '[object Error]' || e instanceof Error;
}

function isFunction(arg) {
    return typeof arg === 'function';
}

function isPrimitive(arg) {
    return arg === null || (typeof arg !== 'object' && typeof arg !== 'function');
}

/* ------------------------------------------------------------------------------------------ */

function returnFalse() {
    return false;
}

function typedArrayCheck(name) {
    return function (value) {
        return internalTypes.typedArrayName(value) === name;
    };
}

function tagCheck(tag) {
    return function (value) {
        if ((typeof value !== 'object' || value === null) && typeof value !== 'function') {
            return false;
        }
        try {
            return value[Symbol.toStringTag] === tag;
        } catch (e) {
            return false;
        }
    };
}

/* Lowered async and generator functions inherit their kind's Symbol.toStringTag
 * (js/internal/lower_runtime.js), as V8's inherit it from AsyncFunction.prototype and the like. */
function kindCheck(kind, orKind) {
    return function (value) {
        if (typeof value !== 'function') {
            return false;
        }
        var tag = value[Symbol.toStringTag];
        return tag === kind || tag === orKind;
    };
}

var types = {
    isAnyArrayBuffer: internalTypes.isAnyArrayBuffer,
    isArrayBuffer: internalTypes.isArrayBuffer,
    isArgumentsObject: internalTypes.isArgumentsObject,
    isArrayBufferView: internalTypes.isArrayBufferView,
    isAsyncFunction: kindCheck('AsyncFunction', 'AsyncGeneratorFunction'),
    isBigInt64Array: typedArrayCheck('BigInt64Array'),
    isBigIntObject: internalTypes.isBigIntObject,
    isBigUint64Array: typedArrayCheck('BigUint64Array'),
    isBooleanObject: internalTypes.isBooleanObject,
    isBoxedPrimitive: internalTypes.isBoxedPrimitive,
    isCryptoKey: returnFalse,
    isDataView: internalTypes.isDataView,
    isDate: internalTypes.isDate,
    isExternal: returnFalse,
    isFloat32Array: typedArrayCheck('Float32Array'),
    isFloat64Array: typedArrayCheck('Float64Array'),
    isGeneratorFunction: kindCheck('GeneratorFunction', 'AsyncGeneratorFunction'),
    isGeneratorObject: tagCheck('Generator'),
    isInt8Array: typedArrayCheck('Int8Array'),
    isInt16Array: typedArrayCheck('Int16Array'),
    isInt32Array: typedArrayCheck('Int32Array'),
    isKeyObject: tagCheck('KeyObject'),
    isMap: internalTypes.isMap,
    isMapIterator: tagCheck('Map Iterator'),
    isModuleNamespaceObject: require('internal/modules/esm/namespaces').has,
    isNativeError: internalTypes.isNativeError,
    isNumberObject: internalTypes.isNumberObject,
    isPromise: internalTypes.isPromise,
    isProxy: function isProxy(value) {
        return require('internal/util/inspect').getProxyDetails(value, false) !== undefined;
    },
    isRegExp: internalTypes.isRegExp,
    isSet: internalTypes.isSet,
    isSetIterator: tagCheck('Set Iterator'),
    isSharedArrayBuffer: returnFalse,
    isStringObject: internalTypes.isStringObject,
    isSymbolObject: internalTypes.isSymbolObject,
    isTypedArray: internalTypes.isTypedArray,
    isUint8Array: typedArrayCheck('Uint8Array'),
    isUint8ClampedArray: typedArrayCheck('Uint8ClampedArray'),
    isUint16Array: typedArrayCheck('Uint16Array'),
    isUint32Array: typedArrayCheck('Uint32Array'),
    isWeakMap: internalTypes.isWeakMap,
    isWeakSet: internalTypes.isWeakSet
};

module.exports = {
    _errnoException: errnoException,
    _exceptionWithHostPort: exceptionWithHostPort,
    _extend: _extend,
    callbackify: callbackify,
    debug: debuglog,
    debuglog: debuglog,
    deprecate: deprecate,
    format: format,
    styleText: styleText,
    formatWithOptions: formatWithOptions,
    getSystemErrorMap: getSystemErrorMap,
    getSystemErrorName: getSystemErrorName,
    inherits: inherits,
    inspect: inspect,
    isArray: Array.isArray,
    isBoolean: isBoolean,
    isBuffer: isBuffer,
    isDeepStrictEqual: undefined,
    isNull: isNull,
    isNullOrUndefined: isNullOrUndefined,
    isNumber: isNumber,
    isString: isString,
    isSymbol: isSymbol,
    isUndefined: isUndefined,
    isRegExp: internalTypes.isRegExp,
    isObject: isObject,
    isDate: internalTypes.isDate,
    isError: isError,
    isFunction: isFunction,
    isPrimitive: isPrimitive,
    log: log,
    promisify: promisify,
    stripVTControlCharacters: internalInspect.stripVTControlCharacters,
    toUSVString: toUSVString,
    transferableAbortSignal: transferableAbortSignal,
    transferableAbortController: transferableAbortController,
    aborted: aborted,
    types: types,
    parseEnv: undefined,
    parseArgs: undefined,
    TextDecoder: undefined,
    TextEncoder: undefined,
    MIMEType: undefined,
    MIMEParams: undefined
};

/* Lazy exports are replaced in place, so Node's key order holds. */
var defineLazyExport = require('internal/util/lazy').defineLazyExport.bind(null, module.exports);

/* Deep strict equality is assert's (js/internal/assert/comparisons.js). */
defineLazyExport('isDeepStrictEqual', function () {
    return require('internal/assert/comparisons').isDeepStrictEqual;
});
defineLazyExport('parseEnv', function () {
    return require('internal/util/parse_env').parseEnv;
});
defineLazyExport('parseArgs', function () {
    return require('internal/util/parse_args').parseArgs;
});
defineLazyExport('TextDecoder', function () {
    return TextDecoder;
});
defineLazyExport('TextEncoder', function () {
    return TextEncoder;
});
defineLazyExport('MIMEType', function () {
    return require('internal/mime').MIMEType;
});
defineLazyExport('MIMEParams', function () {
    return require('internal/mime').MIMEParams;
});
