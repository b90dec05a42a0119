'use strict';
/* js/internal/validators.js: Node's internal/validators, the argument checks behind the public
 * APIs, throwing Node's ERR_* errors with Node 20's messages.  Modules on the start-up path use
 * these, so internal/errors is loaded only when a check fails. */

var errorsModule;

/* Returns internal/errors' codes, loading the module on first use. */
function codes() {
    if (errorsModule === undefined) {
        errorsModule = require('internal/errors');
    }
    return errorsModule.codes;
}

var MAX_SAFE_INTEGER = 9007199254740991;
var MIN_SAFE_INTEGER = -9007199254740991;

/* Linux signal numbers, as os.constants.signals. */
var signals = {
    SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
    SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
    SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
    SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
    SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31
};

function isInteger(value) {
    return typeof value === 'number' && isFinite(value) && Math.floor(value) === value;
}

function isInt32(value) {
    return value === (value | 0);
}

function isUint32(value) {
    return value === (value >>> 0);
}

function hasOwn(obj, key) {
    return Object.prototype.hasOwnProperty.call(obj, key);
}

var octalReg = /^[0-7]+$/;
var modeDesc = 'must be a 32-bit unsigned integer or an octal string';

/* Parses a file mode (a number, or an octal string like '755'); `def` replaces null and
 * undefined.  Returns the number; throws ERR_INVALID_ARG_VALUE or ERR_OUT_OF_RANGE. */
function parseFileMode(value, name, def) {
    if (value == null) {
        value = def;
    }
    if (typeof value === 'string') {
        if (!octalReg.test(value)) {
            throw new (codes().ERR_INVALID_ARG_VALUE)(name, value, modeDesc);
        }
        value = parseInt(value, 8);
    }
    validateUint32(value, name);
    return value;
}

/* Throws unless `value` is an integer within [min, max] (default: the safe integers). */
function validateInteger(value, name, min, max) {
    if (min === undefined) {
        min = MIN_SAFE_INTEGER;
    }
    if (max === undefined) {
        max = MAX_SAFE_INTEGER;
    }
    if (typeof value !== 'number') {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
    }
    if (!isInteger(value)) {
        throw new (codes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
    }
    if (value < min || value > max) {
        throw new (codes().ERR_OUT_OF_RANGE)(name, '>= ' + min + ' && <= ' + max, value);
    }
}

/* Throws unless `value` is a 32-bit signed integer within [min, max]. */
function validateInt32(value, name, min, max) {
    if (min === undefined) {
        min = -2147483648;
    }
    if (max === undefined) {
        max = 2147483647;
    }
    if (typeof value !== 'number') {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
    }
    if (!isInteger(value)) {
        throw new (codes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
    }
    if (value < min || value > max) {
        throw new (codes().ERR_OUT_OF_RANGE)(name, '>= ' + min + ' && <= ' + max, value);
    }
}

/* Throws unless `value` is a 32-bit unsigned integer (at least 1 when `positive`). */
function validateUint32(value, name, positive) {
    if (typeof value !== 'number') {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
    }
    if (!isInteger(value)) {
        throw new (codes().ERR_OUT_OF_RANGE)(name, 'an integer', value);
    }
    var min = positive ? 1 : 0;
    var max = 4294967295;
    if (value < min || value > max) {
        throw new (codes().ERR_OUT_OF_RANGE)(name, '>= ' + min + ' && <= ' + max, value);
    }
}

function validateString(value, name) {
    if (typeof value !== 'string') {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'string', value);
    }
}

/* Throws unless `value` is a number within the optional bounds (NaN fails when any is given). */
function validateNumber(value, name, min, max) {
    if (typeof value !== 'number') {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'number', value);
    }
    if ((min != null && value < min) || (max != null && value > max) ||
        ((min != null || max != null) && value !== value)) {
        throw new (codes().ERR_OUT_OF_RANGE)(
            name,
            (min != null ? '>= ' + min : '') + (min != null && max != null ? ' && ' : '') +
            (max != null ? '<= ' + max : ''),
            value);
    }
}

/* Throws ERR_INVALID_ARG_VALUE unless `value` is one of `oneOf` (compared with ===). */
function validateOneOf(value, name, oneOf) {
    if (!arrayIncludes(oneOf, value)) {
        var allowed = oneOf.map(function (v) {
            return typeof v === 'string' ? "'" + v + "'" : String(v);
        }).join(', ');
        throw new (codes().ERR_INVALID_ARG_VALUE)(name, value, 'must be one of: ' + allowed);
    }
}

/* Array.prototype.includes: SameValueZero, so NaN matches NaN. */
function arrayIncludes(array, value) {
    for (var i = 0; i < array.length; i++) {
        if (array[i] === value || (value !== value && array[i] !== array[i])) {
            return true;
        }
    }
    return false;
}

function validateBoolean(value, name) {
    if (typeof value !== 'boolean') {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'boolean', value);
    }
}

var kValidateObjectNone = 0;
var kValidateObjectAllowNullable = 1;
var kValidateObjectAllowArray = 2;
var kValidateObjectAllowFunction = 4;
var kValidateObjectAllowObjects = kValidateObjectAllowArray | kValidateObjectAllowFunction;
var kValidateObjectAllowObjectsAndNull = kValidateObjectAllowNullable |
                                         kValidateObjectAllowArray | kValidateObjectAllowFunction;

/* Throws unless `value` is an object; `options` (kValidateObject* bits) also allows null,
 * arrays or functions. */
function validateObject(value, name, options) {
    if (options === undefined || options === kValidateObjectNone) {
        if (value === null || Array.isArray(value) || typeof value !== 'object') {
            throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Object', value);
        }
        return;
    }
    if ((kValidateObjectAllowNullable & options) === 0 && value === null) {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Object', value);
    }
    if ((kValidateObjectAllowArray & options) === 0 && Array.isArray(value)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Object', value);
    }
    var throwOnFunction = (kValidateObjectAllowFunction & options) === 0;
    var type = typeof value;
    if (type !== 'object' && (throwOnFunction || type !== 'function')) {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Object', value);
    }
}

/* A WebIDL dictionary: undefined, null, or any object (functions included). */
function validateDictionary(value, name) {
    if (value != null && typeof value !== 'object' && typeof value !== 'function') {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'a dictionary', value);
    }
}

function validateArray(value, name, minLength) {
    if (minLength === undefined) {
        minLength = 0;
    }
    if (!Array.isArray(value)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Array', value);
    }
    if (value.length < minLength) {
        throw new (codes().ERR_INVALID_ARG_VALUE)(name, value,
                                                  'must be longer than ' + minLength);
    }
}

function validateStringArray(value, name) {
    validateArray(value, name);
    for (var i = 0; i < value.length; ++i) {
        if (typeof value[i] !== 'string') {
            throw new (codes().ERR_INVALID_ARG_TYPE)(name + '[' + i + ']', 'string', value[i]);
        }
    }
}

function validateBooleanArray(value, name) {
    validateArray(value, name);
    for (var i = 0; i < value.length; ++i) {
        if (value[i] !== true && value[i] !== false) {
            throw new (codes().ERR_INVALID_ARG_TYPE)(name + '[' + i + ']', 'boolean', value[i]);
        }
    }
}

function validateAbortSignalArray(value, name) {
    validateArray(value, name);
    for (var i = 0; i < value.length; i++) {
        var indexedName = name + '[' + i + ']';
        if (value[i] == null) {
            throw new (codes().ERR_INVALID_ARG_TYPE)(indexedName, 'AbortSignal', value[i]);
        }
        validateAbortSignal(value[i], indexedName);
    }
}

/* Throws unless `signal` names a signal ('SIGTERM'); hints at capitals for 'sigterm'. */
function validateSignalName(signal, name) {
    if (name === undefined) {
        name = 'signal';
    }
    validateString(signal, name);
    if (!hasOwn(signals, signal)) {
        if (hasOwn(signals, signal.toUpperCase())) {
            throw new (codes().ERR_UNKNOWN_SIGNAL)(signal +
                                                   ' (signals must use all capital letters)');
        }
        throw new (codes().ERR_UNKNOWN_SIGNAL)(signal);
    }
}

function isArrayBufferView(value) {
    return typeof ArrayBuffer !== 'undefined' && ArrayBuffer.isView(value);
}

function validateBuffer(buffer, name) {
    if (name === undefined) {
        name = 'buffer';
    }
    if (!isArrayBufferView(buffer)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, ['Buffer', 'TypedArray', 'DataView'],
                                                 buffer);
    }
}

/* Throws when hex `data` has an odd length (the only encoding that constrains the length). */
function validateEncoding(data, encoding) {
    var length = data.length;
    if (typeof encoding === 'string' && encoding.toLowerCase() === 'hex' && length % 2 !== 0) {
        throw new (codes().ERR_INVALID_ARG_VALUE)('encoding', encoding,
                                                  'is invalid for data of length ' + length);
    }
}

/* Checks a port: a number or numeric string, integer, 0 to 65535 (not 0 unless `allowZero`,
 * default true).  Returns it as a number; throws ERR_SOCKET_BAD_PORT. */
function validatePort(port, name, allowZero) {
    if (name === undefined) {
        name = 'Port';
    }
    if (allowZero === undefined) {
        allowZero = true;
    }
    if ((typeof port !== 'number' && typeof port !== 'string') ||
        (typeof port === 'string' && port.trim().length === 0) ||
        +port !== (+port >>> 0) ||
        port > 0xFFFF ||
        (port === 0 && !allowZero)) {
        throw new (codes().ERR_SOCKET_BAD_PORT)(name, port, allowZero);
    }
    return port | 0;
}

/* Accepts undefined or anything object-like with an `aborted` property. */
function validateAbortSignal(signal, name) {
    if (signal !== undefined &&
        (signal === null || typeof signal !== 'object' || !('aborted' in signal))) {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'AbortSignal', signal);
    }
}

function validateFunction(value, name) {
    if (typeof value !== 'function') {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Function', value);
    }
}

function isAsyncFunction(value) {
    return Object.prototype.toString.call(value) === '[object AsyncFunction]';
}

function validatePlainFunction(value, name) {
    if (typeof value !== 'function' || isAsyncFunction(value)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'Function', value);
    }
}

function validateUndefined(value, name) {
    if (value !== undefined) {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, 'undefined', value);
    }
}

function validateUnion(value, name, union) {
    if (!arrayIncludes(union, value)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)(name, "('" + union.join('|') + "')", value);
    }
}

/* A Link header value: '<url>' followed by '; param' or '; param=value' parts. */
var linkValueRegExp = /^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$/;
var linkFormatReason =
    'must be an array or string of format "</styles.css>; rel=preload; as=style"';

function validateLinkHeaderFormat(value, name) {
    if (typeof value === 'undefined' || !linkValueRegExp.test(value)) {
        throw new (codes().ERR_INVALID_ARG_VALUE)(name, value, linkFormatReason);
    }
}

/* Returns the Link header for `hints`, a string or an array of strings. */
function validateLinkHeaderValue(hints) {
    if (typeof hints === 'string') {
        validateLinkHeaderFormat(hints, 'hints');
        return hints;
    }
    if (Array.isArray(hints)) {
        var result = '';
        for (var i = 0; i < hints.length; i++) {
            validateLinkHeaderFormat(hints[i], 'hints');
            result += hints[i];
            if (i !== hints.length - 1) {
                result += ', ';
            }
        }
        return result;
    }
    throw new (codes().ERR_INVALID_ARG_VALUE)('hints', hints, linkFormatReason);
}

function validateInternalField(object, fieldKey, className) {
    if (typeof object !== 'object' || object === null || !hasOwn(object, fieldKey)) {
        throw new (codes().ERR_INVALID_ARG_TYPE)('this', className, object);
    }
}

/* Returns false for undefined and NaN, true for finite numbers; throws for anything else. */
function validateFiniteNumber(number, name) {
    if (number === undefined) {
        return false;
    }
    if (typeof number === 'number' && isFinite(number)) {
        return true;
    }
    if (typeof number === 'number' && number !== number) {
        return false;
    }
    validateNumber(number, name);
    throw new (codes().ERR_OUT_OF_RANGE)(name, 'a finite number', number);
}

/* Returns `def` for undefined or NaN, else the number if it lies in [lower, upper]. */
function checkRangesOrGetDefault(number, name, lower, upper, def) {
    if (!validateFiniteNumber(number, name)) {
        return def;
    }
    if (number < lower || number > upper) {
        throw new (codes().ERR_OUT_OF_RANGE)(name, '>= ' + lower + ' and <= ' + upper, number);
    }
    return number;
}

module.exports = {
    isInt32: isInt32,
    isUint32: isUint32,
    parseFileMode: parseFileMode,
    validateArray: validateArray,
    validateStringArray: validateStringArray,
    validateBooleanArray: validateBooleanArray,
    validateAbortSignalArray: validateAbortSignalArray,
    validateBoolean: validateBoolean,
    validateBuffer: validateBuffer,
    validateDictionary: validateDictionary,
    validateEncoding: validateEncoding,
    validateFunction: validateFunction,
    validateInt32: validateInt32,
    validateInteger: validateInteger,
    validateNumber: validateNumber,
    validateObject: validateObject,
    kValidateObjectNone: kValidateObjectNone,
    kValidateObjectAllowNullable: kValidateObjectAllowNullable,
    kValidateObjectAllowArray: kValidateObjectAllowArray,
    kValidateObjectAllowFunction: kValidateObjectAllowFunction,
    kValidateObjectAllowObjects: kValidateObjectAllowObjects,
    kValidateObjectAllowObjectsAndNull: kValidateObjectAllowObjectsAndNull,
    validateOneOf: validateOneOf,
    validatePlainFunction: validatePlainFunction,
    validatePort: validatePort,
    validateSignalName: validateSignalName,
    validateString: validateString,
    validateUint32: validateUint32,
    validateUndefined: validateUndefined,
    validateUnion: validateUnion,
    validateAbortSignal: validateAbortSignal,
    validateLinkHeaderValue: validateLinkHeaderValue,
    validateInternalField: validateInternalField,
    validateFiniteNumber: validateFiniteNumber,
    checkRangesOrGetDefault: checkRangesOrGetDefault
};
