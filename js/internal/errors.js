'use strict';
/* js/internal/errors.js: Node's internal/errors.  Holds the `codes` table of Node's ERR_* error
 * classes with Node 20's exact messages, the builders that turn a C binding's error context
 * ({ errno, code, message, syscall, path, dest }) into Node's system errors, AbortError,
 * hideStackFrames and aggregateTwoErrors.
 *
 * An ERR_* instance is a real engine error (`new TypeError()` and friends, so Duktape records
 * its traceback and Object.prototype.toString says [object Error]) whose prototype is switched
 * to a per-code prototype below TypeError.prototype.  That prototype's toString gives
 * 'TypeError [ERR_X]: message', which is also the first line of `stack`, as in Node; `name`
 * stays 'TypeError' and `constructor` reads as TypeError.
 *
 * Start-up cost matters (events and validators load this lazily, only on a throw): a code's
 * prototype is built the first time an instance is made, and util.inspect is required only
 * when a message needs it (a value to show, or a non-string format argument). */

var kIsNodeError = Symbol('kIsNodeError');
var kEnhanceStackBeforeInspector = Symbol('kEnhanceStackBeforeInspector');
var customInspectSymbol = Symbol['for']('nodejs.util.inspect.custom');

var messages = {};
var codes = {};

var hasOwn = Object.prototype.hasOwnProperty;
var classRegExp = /^[A-Z][a-zA-Z0-9]*$/;
/* Sorted by a rough estimate of use; 'Function' and 'Object' are accepted for the lower case. */
var kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean',
              'bigint', 'symbol'];

/* ------------------------------------------------------------------------------------------ */
/* util.inspect, lazily */

var inspectModule;

function lazyInspectModule() {
    if (inspectModule === undefined) {
        inspectModule = require('internal/util/inspect');
    }
    return inspectModule;
}

/* Returns util.inspect(value, opts). */
function inspect(value, opts) {
    return lazyInspectModule().inspect(value, opts);
}

function formatNumber(n) {
    return (n === 0 && 1 / n < 0) ? '-0' : String(n);
}

/* Returns util.format(msg, ...args).  The common case, string arguments for %s, is done here
 * without loading util.inspect. */
function formatMessage(msg, args) {
    var simple = !/%[dfijoOc%]/.test(msg);
    for (var i = 0; simple && i < args.length; i++) {
        simple = typeof args[i] === 'string';
    }
    if (simple) {
        var a = 0;
        return msg.replace(/%s/g, function () {
            return args[a++];
        });
    }
    var mod = lazyInspectModule();
    return mod.format.apply(null, [msg].concat(args));
}

/* ------------------------------------------------------------------------------------------ */
/* Helpers shared by the messages */

function isInteger(n) {
    return typeof n === 'number' && isFinite(n) && Math.floor(n) === n;
}

/* Returns 'A', 'A and B', 'A, B, and C' (with `type` in place of 'and'). */
function formatList(array, type) {
    if (type === undefined) {
        type = 'and';
    }
    switch (array.length) {
    case 0:
        return '';
    case 1:
        return '' + array[0];
    case 2:
        return array[0] + ' ' + type + ' ' + array[1];
    case 3:
        return array[0] + ', ' + array[1] + ', ' + type + ' ' + array[2];
    default:
        return array.slice(0, -1).join(', ') + ', ' + type + ' ' + array[array.length - 1];
    }
}

/* Describes a value for type-mismatch messages: 'type number (1)', 'an instance of Foo',
 * 'function foo', 'undefined', ... */
function determineSpecificType(value) {
    if (value === null) {
        return 'null';
    }
    if (value === undefined) {
        return 'undefined';
    }
    var type = typeof value;
    switch (type) {
    case 'bigint':
        return 'type bigint (' + String(value) + 'n)';
    case 'number':
        return 'type number (' + formatNumber(value) + ')';
    case 'boolean':
        return value ? 'type boolean (true)' : 'type boolean (false)';
    case 'symbol':
        return 'type symbol (' + String(value) + ')';
    case 'function':
        return 'function ' + value.name;
    case 'object':
        if (value.constructor && 'name' in value.constructor) {
            return 'an instance of ' + value.constructor.name;
        }
        return inspect(value, { depth: -1 });
    case 'string':
        if (value.length > 28) {
            value = value.slice(0, 25) + '...';
        }
        if (value.indexOf("'") === -1) {
            return "type string ('" + value + "')";
        }
        return 'type string (' + JSON.stringify(value) + ')';
    default:
        value = inspect(value, { colors: false });
        if (value.length > 28) {
            value = value.slice(0, 25) + '...';
        }
        return 'type ' + type + ' (' + value + ')';
    }
}

/* Only for integers: 1234567 -> '1_234_567'. */
function addNumericalSeparator(val) {
    var res = '';
    var i = val.length;
    var start = val.charAt(0) === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) {
        res = '_' + val.slice(i - 3, i) + res;
    }
    return val.slice(0, i) + res;
}

/* Defines `message` the way the Error constructor does: own, writable, not enumerable. */
function setMessage(err, message) {
    Object.defineProperty(err, 'message', {
        value: message, writable: true, enumerable: false, configurable: true
    });
}

/* Lets the core trim internal frames when it provides Error.captureStackTrace. */
function captureStack(err, fn) {
    if (typeof Error.captureStackTrace === 'function') {
        Error.captureStackTrace(err, fn);
    }
}

/* Captures the stack of a coded error with the header 'TypeError [ERR_X]: message': `name`
 * carries the code while the trace is taken (Node's addCodeToName), then the inherited name
 * shows again.  Without Error.captureStackTrace, Duktape's own stack accessor already starts
 * with String(err), which the code's toString() gives. */
function captureStackWithCode(err, name, key, fn) {
    if (typeof Error.captureStackTrace === 'function') {
        Object.defineProperty(err, 'name', {
            value: name + ' [' + key + ']', writable: true, enumerable: false, configurable: true
        });
        Error.captureStackTrace(err, fn);
        delete err.name;
    }
}

function internalAssert(ok, message) {
    if (!ok) {
        throw new codes.ERR_INTERNAL_ASSERTION(message);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* The NodeError classes */

function countSpecifiers(msg) {
    var m = msg.match(/%[dfijoOs]/g);
    return m === null ? 0 : m.length;
}

/* Returns the message for `key` built from `args` (an array or arguments object); a message
 * function runs with `self` (the new error) as `this` so it can add properties to it. */
function getMessage(key, args, self) {
    var msg = messages[key];
    var list = Array.prototype.slice.call(args);
    if (typeof msg === 'function') {
        internalAssert(msg.length <= list.length,
                       'Code: ' + key + '; The provided arguments length (' + list.length +
                       ') does not match the required ones (' + msg.length + ').');
        return msg.apply(self, list);
    }
    var expected = countSpecifiers(msg);
    internalAssert(expected === list.length,
                   'Code: ' + key + '; The provided arguments length (' + list.length +
                   ') does not match the required ones (' + expected + ').');
    if (list.length === 0) {
        return msg;
    }
    return formatMessage(msg, list);
}

function nodeErrorToString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
}

function isNodeErrorGetter() {
    return true;
}

/* Builds the prototype shared by every instance of one code. */
function makeNodeErrorPrototype(Base, key) {
    var proto = Object.create(Base.prototype);
    Object.defineProperty(proto, 'constructor', {
        get: function constructor() { return Base; }, enumerable: false, configurable: true
    });
    Object.defineProperty(proto, kIsNodeError, {
        get: isNodeErrorGetter, enumerable: false, configurable: true
    });
    Object.defineProperty(proto, 'toString', {
        value: function toString() {
            return this.name + ' [' + key + ']: ' + this.message;
        },
        writable: true, enumerable: false, configurable: true
    });
    return proto;
}

/* Returns the constructor for `key` on top of `Base` (Error, TypeError, RangeError, ...). */
function makeNodeErrorWithCode(Base, key) {
    var proto = null;
    function NodeError() {
        if (proto === null) {
            proto = makeNodeErrorPrototype(Base, key);
            NodeError.prototype = proto;
        }
        var err = new Base();
        Object.setPrototypeOf(err, proto);
        err.code = key;
        setMessage(err, getMessage(key, arguments, err));
        captureStackWithCode(err, Base.prototype.name, key, NodeError);
        return err;
    }
    return NodeError;
}

/* A specialized Error for failed system calls reported through a context object that has
 * .errno, .code, .syscall and .message, and may have .path and .dest: err.info holds the
 * context and errno/syscall/path/dest read through to it. */
function SystemError(key, context) {
    var err = new Error();
    Object.setPrototypeOf(err, this instanceof SystemError ? Object.getPrototypeOf(this) :
                               SystemError.prototype);
    var message = getMessage(key, [], err) + ': ' + context.syscall + ' returned ' +
                  context.code + ' (' + context.message + ')';
    if (context.path !== undefined) {
        message += ' ' + context.path;
    }
    if (context.dest !== undefined) {
        message += ' => ' + context.dest;
    }
    err.code = key;
    Object.defineProperty(err, kIsNodeError, {
        value: true, enumerable: false, writable: false, configurable: true
    });
    setMessage(err, message);
    captureStackWithCode(err, 'SystemError', key, SystemError);
    Object.defineProperty(err, 'name', {
        value: 'SystemError', enumerable: false, writable: true, configurable: true
    });
    Object.defineProperty(err, 'info', {
        value: context, enumerable: true, configurable: true, writable: false
    });
    Object.defineProperty(err, 'errno', {
        get: function () { return context.errno; },
        set: function (value) { context.errno = value; },
        enumerable: true, configurable: true
    });
    Object.defineProperty(err, 'syscall', {
        get: function () { return context.syscall; },
        set: function (value) { context.syscall = value; },
        enumerable: true, configurable: true
    });
    if (context.path !== undefined) {
        Object.defineProperty(err, 'path', {
            get: function () { return context.path != null ? context.path.toString() : context.path; },
            set: function (value) { context.path = value ? toBuffer(value.toString()) : undefined; },
            enumerable: true, configurable: true
        });
    }
    if (context.dest !== undefined) {
        Object.defineProperty(err, 'dest', {
            get: function () { return context.dest != null ? context.dest.toString() : context.dest; },
            set: function (value) { context.dest = value ? toBuffer(value.toString()) : undefined; },
            enumerable: true, configurable: true
        });
    }
    return err;
}
SystemError.prototype = Object.create(Error.prototype);
Object.defineProperty(SystemError.prototype, 'constructor', {
    value: SystemError, writable: true, enumerable: false, configurable: true
});
Object.defineProperty(SystemError.prototype, 'toString', {
    value: nodeErrorToString, writable: true, enumerable: false, configurable: true
});
Object.defineProperty(SystemError.prototype, customInspectSymbol, {
    value: function (recurseTimes, ctx) {
        var opts = {};
        for (var k in ctx) {
            opts[k] = ctx[k];
        }
        opts.getters = true;
        opts.customInspect = false;
        return inspect(this, opts);
    },
    writable: true, enumerable: false, configurable: true
});

function toBuffer(str) {
    return require('buffer').Buffer.from(str);
}

function makeSystemErrorWithCode(key) {
    function NodeError(ctx) {
        return SystemError.call(this instanceof NodeError ? this : Object.create(NodeError.prototype),
                                key, ctx);
    }
    NodeError.prototype = Object.create(SystemError.prototype);
    Object.defineProperty(NodeError.prototype, 'constructor', {
        value: NodeError, writable: true, enumerable: false, configurable: true
    });
    return NodeError;
}

/* Registers code `sym` with message `val` (a string template or a function) on class `def`;
 * extra classes become properties (codes.ERR_X.RangeError). */
function E(sym, val, def) {
    messages[sym] = val;
    var Ctor = def === SystemError ? makeSystemErrorWithCode(sym) : makeNodeErrorWithCode(def, sym);
    for (var i = 3; i < arguments.length; i++) {
        Ctor[arguments[i].name] = makeNodeErrorWithCode(arguments[i], sym);
    }
    /* Node's internals write ERR_X.HideStackFramesError; frames are not hidden here. */
    Ctor.HideStackFramesError = Ctor;
    codes[sym] = Ctor;
}

/* Node trims the frames of `fn` from errors thrown inside it; here it is the identity. */
function hideStackFrames(fn) {
    fn.withoutStackTrace = fn;
    return fn;
}

/* ------------------------------------------------------------------------------------------ */
/* System errors from the bindings */

/* libuv's error names and messages on Linux, as `node` prints them, in libuv's order (that of
 * util.getSystemErrorMap()); used when a context or a caller gives only the (negative) errno.
 * Parsed on first use. */
var uvErrorTable =
    '-7 E2BIG argument list too long|-13 EACCES permission denied|' +
    '-98 EADDRINUSE address already in use|-99 EADDRNOTAVAIL address not available|' +
    '-97 EAFNOSUPPORT address family not supported|-11 EAGAIN resource temporarily unavailable|' +
    '-3000 EAI_ADDRFAMILY address family not supported|-3001 EAI_AGAIN temporary failure|' +
    '-3002 EAI_BADFLAGS bad ai_flags value|-3013 EAI_BADHINTS invalid value for hints|' +
    '-3003 EAI_CANCELED request canceled|-3004 EAI_FAIL permanent failure|' +
    '-3005 EAI_FAMILY ai_family not supported|-3006 EAI_MEMORY out of memory|' +
    '-3007 EAI_NODATA no address|-3008 EAI_NONAME unknown node or service|' +
    '-3009 EAI_OVERFLOW argument buffer overflow|' +
    '-3014 EAI_PROTOCOL resolved protocol is unknown|' +
    '-3010 EAI_SERVICE service not available for socket type|' +
    '-3011 EAI_SOCKTYPE socket type not supported|-114 EALREADY connection already in progress|' +
    '-9 EBADF bad file descriptor|-16 EBUSY resource busy or locked|' +
    '-125 ECANCELED operation canceled|-4080 ECHARSET invalid Unicode character|' +
    '-103 ECONNABORTED software caused connection abort|-111 ECONNREFUSED connection refused|' +
    '-104 ECONNRESET connection reset by peer|-89 EDESTADDRREQ destination address required|' +
    '-17 EEXIST file already exists|-14 EFAULT bad address in system call argument|' +
    '-27 EFBIG file too large|-113 EHOSTUNREACH host is unreachable|' +
    '-4 EINTR interrupted system call|-22 EINVAL invalid argument|-5 EIO i/o error|' +
    '-106 EISCONN socket is already connected|-21 EISDIR illegal operation on a directory|' +
    '-40 ELOOP too many symbolic links encountered|-24 EMFILE too many open files|' +
    '-90 EMSGSIZE message too long|-36 ENAMETOOLONG name too long|-100 ENETDOWN network is down|' +
    '-101 ENETUNREACH network is unreachable|-23 ENFILE file table overflow|' +
    '-105 ENOBUFS no buffer space available|-19 ENODEV no such device|' +
    '-2 ENOENT no such file or directory|-12 ENOMEM not enough memory|' +
    '-64 ENONET machine is not on the network|-92 ENOPROTOOPT protocol not available|' +
    '-28 ENOSPC no space left on device|-38 ENOSYS function not implemented|' +
    '-107 ENOTCONN socket is not connected|-20 ENOTDIR not a directory|' +
    '-39 ENOTEMPTY directory not empty|-88 ENOTSOCK socket operation on non-socket|' +
    '-95 ENOTSUP operation not supported on socket|' +
    '-75 EOVERFLOW value too large for defined data type|-1 EPERM operation not permitted|' +
    '-32 EPIPE broken pipe|-71 EPROTO protocol error|-93 EPROTONOSUPPORT protocol not supported|' +
    '-91 EPROTOTYPE protocol wrong type for socket|-34 ERANGE result too large|' +
    '-30 EROFS read-only file system|' +
    '-108 ESHUTDOWN cannot send after transport endpoint shutdown|-29 ESPIPE invalid seek|' +
    '-3 ESRCH no such process|-110 ETIMEDOUT connection timed out|-26 ETXTBSY text file is busy|' +
    '-18 EXDEV cross-device link not permitted|-4094 UNKNOWN unknown error|' +
    '-4095 EOF end of file|-6 ENXIO no such device or address|-31 EMLINK too many links|' +
    '-112 EHOSTDOWN host is down|-121 EREMOTEIO remote I/O error|' +
    '-25 ENOTTY inappropriate ioctl for device|-4028 EFTYPE inappropriate file type or format|' +
    '-84 EILSEQ illegal byte sequence|-94 ESOCKTNOSUPPORT socket type not supported|' +
    '-61 ENODATA no data available|-49 EUNATCH protocol driver not attached';
var uvErrmap = null;

/* Returns the errno -> [name, message] table as an object keyed by errno. */
function getUvErrmap() {
    if (uvErrmap === null) {
        uvErrmap = {};
        var entries = uvErrorTable.split('|');
        for (var i = 0; i < entries.length; i++) {
            var s1 = entries[i].indexOf(' ');
            var s2 = entries[i].indexOf(' ', s1 + 1);
            uvErrmap[entries[i].slice(0, s1)] = [entries[i].slice(s1 + 1, s2),
                                                 entries[i].slice(s2 + 1)];
        }
    }
    return uvErrmap;
}

/* Returns [name, message] for a negative errno, or undefined when it is unknown. */
function uvErrmapGet(errno) {
    var map = getUvErrmap();
    return hasOwn.call(map, errno) ? map[errno] : undefined;
}

/* Returns a new Map from each known errno to [name, message], in libuv's order
 * (util.getSystemErrorMap()). */
function systemErrorMap() {
    var table = getUvErrmap();
    var result = new Map();
    Object.keys(table).forEach(function (errno) {
        result.set(Number(errno), table[errno].slice());
    });
    return result;
}

var uvUnmappedError = ['UNKNOWN', 'unknown error'];

/* Builds Node's error for a failed system call from a binding's context object
 *   { errno: -2, code: 'ENOENT', message: 'no such file or directory', syscall: 'open',
 *     path: 'x', dest: 'y' }
 * (code and message may be left out; they are then looked up from errno).  The result is
 *   Error: ENOENT: no such file or directory, open 'x' -> 'y'
 * carrying errno, code, syscall, path and dest, in Node's property order. */
function uvException(ctx) {
    var entry = uvErrmapGet(ctx.errno) || uvUnmappedError;
    var code = ctx.code || entry[0];
    var message = code + ': ' + (ctx.message || entry[1]) + ', ' + ctx.syscall;
    var path;
    var dest;
    if (ctx.path) {
        path = ctx.path.toString();
        message += " '" + path + "'";
    }
    if (ctx.dest) {
        dest = ctx.dest.toString();
        message += " -> '" + dest + "'";
    }
    var err = new Error(message);
    var keys = Object.keys(ctx);
    for (var i = 0; i < keys.length; i++) {
        var prop = keys[i];
        if (prop === 'message' || prop === 'path' || prop === 'dest') {
            continue;
        }
        err[prop] = ctx[prop];
    }
    err.code = code;
    if (path) {
        err.path = path;
    }
    if (dest) {
        err.dest = dest;
    }
    captureStack(err, uvException);
    return err;
}

/* uvException() from a bare negative errno: 'ENOENT: no such file or directory, open 'x''.
 * `path` and `dest` are optional. */
function uvErrnoException(errno, syscall, path, dest) {
    var entry = uvErrmapGet(errno) || uvUnmappedError;
    var ctx = { errno: errno, code: entry[0], message: entry[1], syscall: syscall };
    if (path !== undefined) {
        ctx.path = path;
    }
    if (dest !== undefined) {
        ctx.dest = dest;
    }
    return uvException(ctx);
}

/* Builds Node's socket error: 'connect ECONNREFUSED 127.0.0.1:80', with code, errno, syscall,
 * address and port. */
function uvExceptionWithHostPort(errno, syscall, address, port) {
    var entry = uvErrmapGet(errno) || uvUnmappedError;
    var details = '';
    if (port && port > 0) {
        details = ' ' + address + ':' + port;
    } else if (address) {
        details = ' ' + address;
    }
    var err = new Error(syscall + ' ' + entry[0] + ': ' + entry[1] + details);
    err.code = entry[0];
    err.errno = errno;
    err.syscall = syscall;
    err.address = address;
    if (port) {
        err.port = port;
    }
    captureStack(err, uvExceptionWithHostPort);
    return err;
}

function systemErrorName(errno) {
    return (uvErrmapGet(errno) || ['Unknown system error ' + errno])[0];
}

/* Builds the error util._errnoException() made: 'write EPIPE' or 'write EPIPE original'. */
function errnoException(errno, syscall, original) {
    var code = systemErrorName(errno);
    var err = new Error(original ? syscall + ' ' + code + ' ' + original : syscall + ' ' + code);
    err.errno = errno;
    err.code = code;
    err.syscall = syscall;
    captureStack(err, errnoException);
    return err;
}

/* Builds 'connect ECONNREFUSED 127.0.0.1:80 - Local (127.0.0.1:5000)'-style errors. */
function exceptionWithHostPort(errno, syscall, address, port, additional) {
    var code = systemErrorName(errno);
    var details = '';
    if (port && port > 0) {
        details = ' ' + address + ':' + port;
    } else if (address) {
        details = ' ' + address;
    }
    if (additional) {
        details += ' - Local (' + additional + ')';
    }
    var err = new Error(syscall + ' ' + code + details);
    err.errno = errno;
    err.code = code;
    err.syscall = syscall;
    err.address = address;
    if (port) {
        err.port = port;
    }
    captureStack(err, exceptionWithHostPort);
    return err;
}

/* Builds a dns error: 'getaddrinfo ENOTFOUND example.invalid'.  `code` is a negative errno or
 * a c-ares code string. */
function dnsException(code, syscall, hostname) {
    var errno;
    if (typeof code === 'number') {
        errno = code;
        /* EAI_NODATA and EAI_NONAME are reported as the made-up ENOTFOUND, as Node does. */
        if (code === -3007 || code === -3008) {
            code = 'ENOTFOUND';
        } else {
            code = systemErrorName(code);
        }
    }
    var err = new Error(syscall + ' ' + code + (hostname ? ' ' + hostname : ''));
    err.errno = errno;
    err.code = code;
    err.syscall = syscall;
    if (hostname) {
        err.hostname = hostname;
    }
    captureStack(err, dnsException);
    return err;
}

function connResetException(msg) {
    var err = new Error(msg);
    err.code = 'ECONNRESET';
    return err;
}

/* ------------------------------------------------------------------------------------------ */
/* Other error shapes */

/* Node's AbortError: a plain Error with code 'ABORT_ERR' and name 'AbortError'. */
function AbortError(message, options) {
    if (options !== undefined && typeof options !== 'object') {
        throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    var err = new Error(message === undefined ? 'The operation was aborted' : message);
    Object.setPrototypeOf(err, this instanceof AbortError ? Object.getPrototypeOf(this) :
                               AbortError.prototype);
    if (options != null && 'cause' in options) {
        Object.defineProperty(err, 'cause', {
            value: options.cause, writable: true, enumerable: false, configurable: true
        });
    }
    err.code = 'ABORT_ERR';
    err.name = 'AbortError';
    captureStack(err, AbortError);
    return err;
}
AbortError.prototype = Object.create(Error.prototype);
Object.defineProperty(AbortError.prototype, 'constructor', {
    value: AbortError, writable: true, enumerable: false, configurable: true
});

var aggregatePrototype = null;

/* Returns new AggregateError(errors, message), with a stand-in when the engine lacks it. */
function newAggregateError(errors, message) {
    if (typeof AggregateError === 'function') {
        return new AggregateError(errors, message);
    }
    if (aggregatePrototype === null) {
        aggregatePrototype = Object.create(Error.prototype);
        Object.defineProperty(aggregatePrototype, 'name', {
            value: 'AggregateError', writable: true, enumerable: false, configurable: true
        });
    }
    var err = new Error(message);
    Object.setPrototypeOf(err, aggregatePrototype);
    Object.defineProperty(err, 'errors', {
        value: errors.slice(), writable: true, enumerable: false, configurable: true
    });
    return err;
}

/* Combines an error raised while handling `outerError` with it: returns an AggregateError of
 * both (or adds to outerError.errors when it already is one); either alone is returned as is. */
function aggregateTwoErrors(innerError, outerError) {
    if (innerError && outerError && innerError !== outerError) {
        if (Array.isArray(outerError.errors)) {
            outerError.errors.push(innerError);
            return outerError;
        }
        var err = newAggregateError([outerError, innerError], outerError.message);
        captureStack(err, aggregateTwoErrors);
        err.code = outerError.code;
        return err;
    }
    return innerError || outerError;
}

/* An AggregateError whose code is the first error's code. */
function NodeAggregateError(errors, message) {
    var err = newAggregateError(errors, message);
    err.code = errors[0] == null ? undefined : errors[0].code;
    return err;
}

/* Returns new Error(message) with `errorProperties` copied onto it. */
function genericNodeError(message, errorProperties) {
    var err = new Error(message);
    for (var k in errorProperties) {
        if (hasOwn.call(errorProperties, k)) {
            err[k] = errorProperties[k];
        }
    }
    captureStack(err, genericNodeError);
    return err;
}

/* Returns the value of `obj`'s data property `key`, found along its prototype chain without
 * running a getter; undefined for an accessor or no property. */
function dataProperty(obj, key) {
    for (var o = obj; o !== null; o = Object.getPrototypeOf(o)) {
        var desc = Object.getOwnPropertyDescriptor(o, key);
        if (desc) {
            return 'value' in desc ? desc.value : undefined;
        }
    }
    return undefined;
}

/* Returns `value` as V8's NoSideEffectsToString writes it, the text of Node's unhandled
 * rejection message: a primitive as String() does, a function as its source, an object whose
 * toString is Object.prototype's as '#<Constructor>', any other as '[object Tag]'.  Calls no
 * method or getter of the value. */
function noSideEffectsToString(value) {
    if (typeof value === 'function') {
        return Function.prototype.toString.call(value);
    }
    if (value === null || typeof value !== 'object') {
        return String(value);
    }
    var toString = dataProperty(value, 'toString');
    if (toString === Error.prototype.toString) {
        var ename = dataProperty(value, 'name');
        var emsg = dataProperty(value, 'message');
        ename = ename === undefined ? 'Error' : String(ename);
        emsg = emsg === undefined ? '' : String(emsg);
        return ename === '' ? emsg : emsg === '' ? ename : ename + ': ' + emsg;
    }
    if (toString === Object.prototype.toString) {
        var ctor = dataProperty(value, 'constructor');
        var name = typeof ctor === 'function' ? dataProperty(ctor, 'name') : '';
        if (typeof name === 'string' && name !== '') {
            return '#<' + name + '>';
        }
    }
    var tag = dataProperty(value, Symbol.toStringTag);
    if (typeof tag !== 'string') {
        tag = Array.isArray(value) ? 'Array' : Object.prototype.toString.call(value).slice(8, -1);
    }
    return '[object ' + tag + ']';
}

/* Node's ERR_UNHANDLED_REJECTION error, thrown for a rejection nobody handled. */
function UnhandledPromiseRejection(reason) {
    var text = noSideEffectsToString(reason);
    var err = new Error('This error originated either by throwing inside of an async function ' +
                        'without a catch block, or by rejecting a promise which was not handled ' +
                        'with .catch(). The promise rejected with the reason "' + text + '".');
    err.code = 'ERR_UNHANDLED_REJECTION';
    err.name = 'UnhandledPromiseRejection';
    return err;
}

var maxStackName;
var maxStackMessage;

/* Returns true when `err` is the engine's 'call stack exceeded' error. */
function isStackOverflowError(err) {
    if (maxStackMessage === undefined) {
        try {
            var overflowStack = function overflowStack() { overflowStack(); };
            overflowStack();
        } catch (e) {
            maxStackMessage = e.message;
            maxStackName = e.name;
        }
    }
    return err && err.name === maxStackName && err.message === maxStackMessage;
}

/* Called by the fatal-exception printer before it prints `error`: lets emitters add the
 * "Emitted 'error' event at:" part.  Returns the stack to print. */
var fatalExceptionStackEnhancers = {
    beforeInspector: function beforeInspector(error) {
        if (typeof error[kEnhanceStackBeforeInspector] !== 'function') {
            return error.stack;
        }
        try {
            error.stack = error[kEnhanceStackBeforeInspector]();
        } catch (e) {
            /* Enhancing is best effort. */
        }
        return error.stack;
    },
    afterInspector: function afterInspector(error) {
        try {
            return inspect(error, { colors: false, customInspect: false, depth: 5 });
        } catch (e) {
            return error.stack;
        }
    }
};

module.exports = {
    AbortError: AbortError,
    aggregateTwoErrors: aggregateTwoErrors,
    NodeAggregateError: NodeAggregateError,
    codes: codes,
    connResetException: connResetException,
    determineSpecificType: determineSpecificType,
    dnsException: dnsException,
    E: E,
    errnoException: errnoException,
    exceptionWithHostPort: exceptionWithHostPort,
    fatalExceptionStackEnhancers: fatalExceptionStackEnhancers,
    formatList: formatList,
    genericNodeError: genericNodeError,
    getMessage: getMessage,
    hideStackFrames: hideStackFrames,
    isStackOverflowError: isStackOverflowError,
    kEnhanceStackBeforeInspector: kEnhanceStackBeforeInspector,
    kIsNodeError: kIsNodeError,
    SystemError: SystemError,
    systemError: uvException,
    systemErrorMap: systemErrorMap,
    systemErrorName: systemErrorName,
    UnhandledPromiseRejection: UnhandledPromiseRejection,
    uvErrmapGet: uvErrmapGet,
    uvErrnoException: uvErrnoException,
    uvException: uvException,
    uvExceptionWithHostPort: uvExceptionWithHostPort,
    /* Node 20's class names for the builders above; `new` works with them too. */
    ConnResetException: connResetException,
    DNSException: dnsException,
    ErrnoException: errnoException,
    ExceptionWithHostPort: exceptionWithHostPort,
    UVException: uvException,
    UVExceptionWithHostPort: uvExceptionWithHostPort
};

/* ------------------------------------------------------------------------------------------ */
/* The codes, in Node's alphabetical order.  A function message lists only its required
 * parameters (its length is checked against the arguments given) and reads optional ones
 * from `arguments`. */

E('ERR_ACCESS_DENIED', function (msg) {
    this.permission = arguments.length > 1 ? arguments[1] : '';
    this.resource = arguments.length > 2 ? arguments[2] : '';
    return msg;
}, Error);
E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASSERTION', '%s', Error);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_BUFFER_OUT_OF_BOUNDS', function () {
    var name = arguments[0];
    if (name) {
        return '"' + name + '" is outside of buffer bounds';
    }
    return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CANNOT_WATCH_SIGINT', 'Cannot watch for SIGINT signals', Error);
E('ERR_CHILD_CLOSED_BEFORE_REPLY', 'Child closed before reply received', Error);
E('ERR_CHILD_PROCESS_IPC_REQUIRED',
  "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_CONTEXT_NOT_INITIALIZED', 'context used is not initialized', Error);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_INVALID_STATE', 'Invalid state for operation %s', Error);
E('ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object type %s, expected %s.', TypeError);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_DNS_SET_SERVERS_FAILED', 'c-ares failed to set servers: "%s" [%s]', Error);
E('ERR_DOMAIN_CALLBACK_NOT_AVAILABLE',
  'A callback was registered through process.setUncaughtExceptionCaptureCallback(), which is ' +
  'mutually exclusive with using the `domain` module', Error);
E('ERR_DOMAIN_CANNOT_SET_UNCAUGHT_EXCEPTION_CAPTURE',
  'The `domain` module is in use, which is mutually exclusive with calling ' +
  'process.setUncaughtExceptionCaptureCallback()', Error);
E('ERR_ENCODING_INVALID_ENCODED_DATA', function (encoding, ret) {
    this.errno = ret;
    return 'The encoded data was not valid for encoding ' + encoding;
}, TypeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVAL_ESM_CANNOT_PRINT', '--print cannot be used with ESM input', Error);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FALSY_VALUE_REJECTION', function (reason) {
    this.reason = reason;
    return 'Promise was rejected with falsy value';
}, Error);
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
  'The feature %s is unavailable on the current platform, which is being used to run Node.js',
  TypeError);
E('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory', SystemError);
E('ERR_FS_CP_EEXIST', 'Target already exists', SystemError);
E('ERR_FS_CP_EINVAL', 'Invalid src or dest', SystemError);
E('ERR_FS_CP_FIFO_PIPE', 'Cannot copy a FIFO pipe', SystemError);
E('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory', SystemError);
E('ERR_FS_CP_SOCKET', 'Cannot copy a socket file', SystemError);
E('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'Cannot overwrite symlink in subdirectory of self',
  SystemError);
E('ERR_FS_CP_UNKNOWN', 'Cannot copy an unknown file type', SystemError);
E('ERR_FS_EISDIR', 'Path is a directory', SystemError);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_FS_INVALID_SYMLINK_TYPE',
  'Symlink type must be one of "dir", "file", or "junction". Received "%s"', Error);
E('ERR_HTTP_BODY_NOT_ALLOWED',
  'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH',
  "Response body's content-length of %s byte(s) does not match the content-length of %s " +
  'byte(s) set in header', Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING',
  'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR',
  'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INPUT_TYPE_NOT_ALLOWED',
  '--input-type can only be used with string input via --eval, --print, or STDIN', Error);
E('ERR_INTERNAL_ASSERTION', function (message) {
    var suffix = 'This is caused by either a bug in Node.js or incorrect usage of Node.js ' +
                 'internals.\nPlease open an issue with this stack trace at ' +
                 'https://github.com/nodejs/node/issues\n';
    return message === undefined ? suffix : message + '\n' + suffix;
}, Error);
E('ERR_INVALID_ADDRESS_FAMILY', function (addressType, host, port) {
    this.host = host;
    this.port = port;
    return 'Invalid address family: ' + addressType + ' ' + host + ':' + port;
}, RangeError);
E('ERR_INVALID_ARG_TYPE', function (name, expected, actual) {
    internalAssert(typeof name === 'string', "'name' must be a string");
    if (!Array.isArray(expected)) {
        expected = [expected];
    }
    var msg = 'The ';
    if (name.slice(-9) === ' argument') {
        /* For cases like 'first argument'. */
        msg += name + ' ';
    } else {
        msg += '"' + name + '" ' + (name.indexOf('.') !== -1 ? 'property' : 'argument') + ' ';
    }
    msg += 'must be ';
    var types = [];
    var instances = [];
    var other = [];
    for (var i = 0; i < expected.length; i++) {
        var value = expected[i];
        internalAssert(typeof value === 'string',
                       'All expected entries have to be of type string');
        if (kTypes.indexOf(value) !== -1) {
            types.push(value.toLowerCase());
        } else if (classRegExp.test(value)) {
            instances.push(value);
        } else {
            internalAssert(value !== 'object', 'The value "object" should be written as "Object"');
            other.push(value);
        }
    }
    /* 'object' moves to the instances when other instances are allowed, to outline the
     * differences between them. */
    if (instances.length > 0) {
        var pos = types.indexOf('object');
        if (pos !== -1) {
            types.splice(pos, 1);
            instances.push('Object');
        }
    }
    if (types.length > 0) {
        msg += (types.length > 1 ? 'one of type ' : 'of type ') + formatList(types, 'or');
        if (instances.length > 0 || other.length > 0) {
            msg += ' or ';
        }
    }
    if (instances.length > 0) {
        msg += 'an instance of ' + formatList(instances, 'or');
        if (other.length > 0) {
            msg += ' or ';
        }
    }
    if (other.length > 0) {
        if (other.length > 1) {
            msg += 'one of ' + formatList(other, 'or');
        } else {
            if (other[0].toLowerCase() !== other[0]) {
                msg += 'an ';
            }
            msg += other[0];
        }
    }
    return msg + '. Received ' + determineSpecificType(actual);
}, TypeError);
E('ERR_INVALID_ARG_VALUE', function (name, value) {
    var reason = arguments.length > 2 && arguments[2] !== undefined ? arguments[2] : 'is invalid';
    var inspected = inspect(value);
    if (inspected.length > 128) {
        inspected = inspected.slice(0, 128) + '...';
    }
    var type = name.indexOf('.') !== -1 ? 'property' : 'argument';
    return 'The ' + type + " '" + name + "' " + reason + '. Received ' + inspected;
}, TypeError, RangeError);
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_CHAR', function (name) {
    var field = arguments[1];
    var msg = 'Invalid character in ' + name;
    if (field !== undefined) {
        msg += ' ["' + field + '"]';
    }
    return msg;
}, TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_INVALID_MIME_SYNTAX', function (production, str, invalidIndex) {
    var msg = invalidIndex !== -1 ? ' at ' + invalidIndex : '';
    return 'The MIME syntax for a ' + production + ' in "' + str + '" is invalid' + msg;
}, TypeError);
E('ERR_INVALID_MODULE_SPECIFIER', function (request, reason) {
    var base = arguments[2];
    return 'Invalid module "' + request + '" ' + reason + (base ? ' imported from ' + base : '');
}, TypeError);
E('ERR_INVALID_PACKAGE_CONFIG', function (path, base, message) {
    return 'Invalid package config ' + path + (base ? ' while importing ' + base : '') +
           (message ? '. ' + message : '');
}, Error);
E('ERR_INVALID_PACKAGE_TARGET', function (pkgPath, key, target) {
    var isImport = arguments.length > 3 && arguments[3] !== undefined ? arguments[3] : false;
    var base = arguments[4];
    var relError = typeof target === 'string' && !isImport && target.length &&
                   target.slice(0, 2) !== './';
    if (key === '.') {
        internalAssert(isImport === false);
        return 'Invalid "exports" main target ' + JSON.stringify(target) +
               ' defined in the package config ' + pkgPath + 'package.json' +
               (base ? ' imported from ' + base : '') +
               (relError ? '; targets must start with "./"' : '');
    }
    return 'Invalid "' + (isImport ? 'imports' : 'exports') + '" target ' +
           JSON.stringify(target) + " defined for '" + key + "' in the package config " +
           pkgPath + 'package.json' + (base ? ' imported from ' + base : '') +
           (relError ? '; targets must start with "./"' : '');
}, Error);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_INVALID_REPL_EVAL_CONFIG',
  'Cannot specify both "breakEvalOnSigint" and "eval" for REPL', TypeError);
E('ERR_INVALID_REPL_INPUT', '%s', TypeError);
E('ERR_INVALID_RETURN_PROPERTY', function (input, name, prop, value) {
    return 'Expected a valid ' + input + ' to be returned for the "' + prop + '" from the "' +
           name + '" hook but got ' + determineSpecificType(value) + '.';
}, TypeError);
E('ERR_INVALID_RETURN_PROPERTY_VALUE', function (input, name, prop, value) {
    return 'Expected ' + input + ' to be returned for the "' + prop + '" from the "' + name +
           '" hook but got ' + determineSpecificType(value) + '.';
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', function (input, name, value) {
    return 'Expected ' + input + ' to be returned from the "' + name + '" function but got ' +
           determineSpecificType(value) + '.';
}, TypeError, RangeError);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error, TypeError, RangeError);
E('ERR_INVALID_SYNC_FORK_INPUT',
  'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s',
  TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function (input) {
    var base = arguments.length > 1 ? arguments[1] : null;
    this.input = input;
    if (base != null) {
        this.base = base;
    }
    /* The URL is not part of the message (nodejs/node#38614). */
    return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', function (expected) {
    if (typeof expected === 'string') {
        expected = [expected];
    }
    internalAssert(expected.length <= 2);
    var res = expected.length === 2 ? 'one of scheme ' + expected[0] + ' or ' + expected[1] :
              'of scheme ' + expected[0];
    return 'The URL must be ' + res;
}, TypeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', function () {
    var args = Array.prototype.slice.call(arguments);
    internalAssert(args.length > 0, 'At least one arg needs to be specified');
    var len = args.length;
    function wrap(a) {
        return '"' + a + '"';
    }
    args = args.map(function (a) {
        return Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a);
    });
    return 'The ' + formatList(args) + ' argument' + (len > 1 ? 's' : '') + ' must be specified';
}, TypeError);
E('ERR_MISSING_OPTION', '%s is required', TypeError);
E('ERR_MODULE_NOT_FOUND', function (path, base, exactUrl) {
    if (exactUrl) {
        Object.defineProperty(this, 'url', {
            value: '' + exactUrl, writable: true, enumerable: true, configurable: true
        });
    }
    return 'Cannot find ' + (exactUrl ? 'module' : 'package') + " '" + path +
           "' imported from " + base;
}, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_NO_CRYPTO', 'Node.js is not compiled with OpenSSL crypto support', Error);
E('ERR_NO_ICU', '%s is not supported on Node.js compiled without ICU', TypeError);
E('ERR_OPERATION_FAILED', 'Operation failed: %s', Error, TypeError);
E('ERR_OUT_OF_RANGE', function (str, range, input) {
    var replaceDefaultBoolean = arguments.length > 3 && arguments[3] !== undefined ?
                                arguments[3] : false;
    internalAssert(range, 'Missing "range" argument');
    var msg = replaceDefaultBoolean ? str : 'The value of "' + str + '" is out of range.';
    var received;
    if (isInteger(input) && Math.abs(input) > 4294967296) {
        received = addNumericalSeparator(String(input));
    } else if (typeof input === 'bigint') {
        received = String(input);
        var limit = BigInt(4294967296);
        if (input > limit || input < -limit) {
            received = addNumericalSeparator(received);
        }
        received += 'n';
    } else {
        received = inspect(input);
    }
    return msg + ' It must be ' + range + '. Received ' + received;
}, RangeError);
E('ERR_PACKAGE_IMPORT_NOT_DEFINED', function (specifier, packagePath, base) {
    return 'Package import specifier "' + specifier + '" is not defined' +
           (packagePath ? ' in package ' + packagePath + 'package.json' : '') +
           ' imported from ' + base;
}, TypeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', function (pkgPath, subpath) {
    var base = arguments[2];
    if (subpath === '.') {
        return 'No "exports" main defined in ' + pkgPath + 'package.json' +
               (base ? ' imported from ' + base : '');
    }
    return "Package subpath '" + subpath + "' is not defined by \"exports\" in " + pkgPath +
           'package.json' + (base ? ' imported from ' + base : '');
}, Error);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL',
  "Unexpected argument '%s'. This command does not take positional arguments", TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', function (option, allowPositionals) {
    var suggestDashDash = allowPositionals ?
        ". To specify a positional argument starting with a '-', place it at the end of the " +
        "command after '--', as in '-- " + JSON.stringify(option) : '';
    return "Unknown option '" + option + "'" + suggestDashDash;
}, TypeError);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_REQUIRE_CYCLE_MODULE', '%s', Error);
E('ERR_REQUIRE_ASYNC_MODULE', function (parentFilename, filename) {
    return 'require() cannot be used on an ESM graph with top-level await. Use import() ' +
        'instead. To see where the top-level await comes from, use ' +
        '--experimental-print-required-tla.\n  From ' + parentFilename + ' \n  Requiring ' +
        filename + ' ';
}, Error);
E('ERR_REQUIRE_ESM', function (filename, hasEsmSyntax) {
    var parentPath = arguments.length > 2 && arguments[2] !== undefined ? arguments[2] : null;
    var packageJsonPath = arguments.length > 3 && arguments[3] !== undefined ? arguments[3] : null;
    var msg = 'require() of ES Module ' + filename + (parentPath ? ' from ' + parentPath : '') +
              ' not supported.';
    if (!packageJsonPath) {
        if (filename.slice(-4) === '.mjs') {
            msg += '\nInstead change the require of ' + filename + ' to a dynamic import() ' +
                   'which is available in all CommonJS modules.';
        }
        return msg;
    }
    var path = require('path');
    var basename = parentPath && path.basename(filename) === path.basename(parentPath) ?
                   filename : path.basename(filename);
    if (hasEsmSyntax) {
        msg += '\nInstead change the require of ' + basename + ' in ' + parentPath +
               ' to a dynamic import() which is available in all CommonJS modules.';
        return msg;
    }
    msg += '\n' + basename + ' is treated as an ES module file as it is a .js file whose ' +
           'nearest parent package.json contains "type": "module" which declares all .js ' +
           'files in that package scope as ES modules.\nInstead either rename ' + basename +
           ' to end in .cjs, change the requiring code to use dynamic import() which is ' +
           'available in all CommonJS modules, or change "type": "module" to "type": ' +
           '"commonjs" in ' + packageJsonPath + ' to treat all .js files as CommonJS (using ' +
           '.mjs for all ES modules instead).\n';
    return msg;
}, Error);
E('ERR_SCRIPT_EXECUTION_INTERRUPTED', 'Script execution was interrupted by `SIGINT`', Error);
E('ERR_SERVER_ALREADY_LISTEN',
  'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_ALREADY_BOUND', 'Socket is already bound', Error);
E('ERR_SOCKET_BAD_BUFFER_SIZE', 'Buffer size must be a positive integer', TypeError);
E('ERR_SOCKET_BAD_PORT', function (name, port) {
    var allowZero = arguments.length > 2 && arguments[2] !== undefined ? arguments[2] : true;
    internalAssert(typeof allowZero === 'boolean',
                   "The 'allowZero' argument must be of type boolean.");
    var operator = allowZero ? '>=' : '>';
    return name + ' should be ' + operator + ' 0 and < 65536. Received ' +
           determineSpecificType(port) + '.';
}, RangeError);
E('ERR_SOCKET_BAD_TYPE', 'Bad socket type specified. Valid types are: udp4, udp6', TypeError);
E('ERR_SOCKET_BUFFER_SIZE', 'Could not get or set buffer size', SystemError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
  'Socket closed before the connection was established', Error);
E('ERR_SOCKET_CONNECTION_TIMEOUT', 'Socket connection timeout', Error);
E('ERR_SOCKET_DGRAM_IS_CONNECTED', 'Already connected', Error);
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', 'Not connected', Error);
E('ERR_SOCKET_DGRAM_NOT_RUNNING', 'Not running', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRAP', 'Stream has StringDecoder set or is in objectMode', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_SYNTHETIC', 'JavaScript Callstack', Error);
E('ERR_SYSTEM_ERROR', 'A system error occurred', SystemError);
E('ERR_TLS_CERT_ALTNAME_FORMAT', 'Invalid subject alternative name string', SyntaxError);
E('ERR_TLS_CERT_ALTNAME_INVALID', function (reason, host, cert) {
    this.reason = reason;
    this.host = host;
    this.cert = cert;
    return "Hostname/IP does not match certificate's altnames: " + reason;
}, Error);
E('ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout', Error);
E('ERR_TLS_INVALID_CONTEXT', '%s must be a SecureContext', TypeError);
E('ERR_TLS_INVALID_PROTOCOL_VERSION', '%j is not a valid %s TLS protocol version', TypeError);
E('ERR_TLS_SNI_FROM_SERVER', 'Cannot issue SNI from a TLS server-side socket', Error);
E('ERR_TTY_INIT_FAILED', 'TTY initialization failed', SystemError);
E('ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already ' +
  'active', Error);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
E('ERR_UNHANDLED_ERROR', function () {
    var err = arguments[0];
    var msg = 'Unhandled error.';
    if (err === undefined) {
        return msg;
    }
    return msg + ' (' + err + ')';
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
E('ERR_UNKNOWN_MODULE_FORMAT', 'Unknown module format: %s for URL %s', RangeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNSUPPORTED_DIR_IMPORT', function (path, base, exactUrl) {
    Object.defineProperty(this, 'url', {
        value: exactUrl, writable: true, enumerable: true, configurable: true
    });
    return "Directory import '" + path + "' is not supported resolving ES modules imported " +
           'from ' + base;
}, Error);
E('ERR_UNSUPPORTED_ESM_URL_SCHEME', function (url, supported) {
    return 'Only URLs with a scheme in: ' + formatList(supported) + ' are supported by the ' +
           "default ESM loader. Received protocol '" + url.protocol + "'";
}, Error);
E('ERR_UNSUPPORTED_RESOLVE_REQUEST',
  'Failed to resolve module specifier "%s" from "%s": Invalid relative URL or base scheme is ' +
  'not hierarchical.', TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_WORKER_INIT_FAILED', 'Worker initialization failure: %s', Error);
E('ERR_WORKER_NOT_RUNNING', 'Worker instance not running', Error);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);
