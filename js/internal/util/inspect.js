'use strict';
/* js/internal/util/inspect.js: util.inspect(), util.format() and util.formatWithOptions(), printing
 * exactly what Node 20 prints.  js/util.js re-exports them, and console formats through format /
 * formatWithOptions.
 *
 * The algorithm is Node's (lib/internal/util/inspect.js): formatValue -> formatRaw -> a formatter
 * per kind of object -> reduceToSingleString, which decides between one line and one entry per
 * line (compact = 3, breakLength = 80) and groups long arrays of short entries into columns.
 * What V8 exposes to Node through internalBinding('util') is replaced here by ES5 checks:
 *   - brand checks call a built-in method on the value (Date, RegExp, boxed primitives);
 *   - classes are functions with an own Symbol.for('nodule.class') marker, set by the lowering
 *     compiler's helpers (js/internal/lower_runtime.js), and async and generator functions
 *     inherit their kind's Symbol.toStringTag from there;
 *   - the Map/Set/Promise/WeakMap/WeakSet polyfills are recognised by their Symbol.toStringTag and
 *     read through public methods only (size, forEach); a Promise through the function under
 *     Symbol.for('nodule.promiseState'), which returns { state, value }; a Map/Set iterator
 *     through the one under Symbol.for('nodule.previewEntries'), which returns
 *     [entries, isKeyValue] without advancing;
 *   - proxies cannot be detected: a proxy is inspected through its traps (and Duktape reports a
 *     null prototype for it).
 * Nothing big is built at load time: the built-in name set and the character width tables are
 * decoded on first use.  The recursive path uses plain calls only (no forEach/bind/apply) so that
 * Duktape's native recursion limit is not spent on nesting. */

var kObjectType = 0;
var kArrayType = 1;
var kArrayExtrasType = 2;
var kMinLineLength = 16;

var customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
var promiseStateSymbol = Symbol.for('nodule.promiseState');
var previewEntriesSymbol = Symbol.for('nodule.previewEntries');
var toStringTagSymbol = Symbol.toStringTag;
var namespaces = require('internal/modules/esm/namespaces');
var toPrimitiveSymbol = Symbol.toPrimitive;
var iteratorSymbol = Symbol.iterator;
var typedArrayProto;

var ObjectProto = Object.prototype;
var objectToString = ObjectProto.toString;
var hasOwnProperty = ObjectProto.hasOwnProperty;
var propertyIsEnumerable = ObjectProto.propertyIsEnumerable;
var getPrototypeOf = Object.getPrototypeOf;
var getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;
var getOwnPropertyNames = Object.getOwnPropertyNames;
var getOwnPropertySymbols = Object.getOwnPropertySymbols;

var keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
var numberRegExp = /^(0|[1-9][0-9]*)$/;
var colorRegExp = /\u001b\[\d\d?m/g;
var coreModuleRegExp = /^ {4}at (?:[^/\\(]+ \(|)node:(.+):\d+:\d+\)?$/;

var inspectDefaultOptions = Object.seal({
    showHidden: false,
    depth: 2,
    colors: false,
    customInspect: true,
    showProxy: false,
    maxArrayLength: 100,
    maxStringLength: 10000,
    breakLength: 80,
    compact: 3,
    sorted: false,
    getters: false,
    numericSeparator: false
});
var optionNames = Object.keys(inspectDefaultOptions);

/* Escapes for the characters strEscape replaces; '' marks a character that stays as is. */
var meta = [
    '\\x00', '\\x01', '\\x02', '\\x03', '\\x04', '\\x05', '\\x06', '\\x07',
    '\\b', '\\t', '\\n', '\\x0B', '\\f', '\\r', '\\x0E', '\\x0F',
    '\\x10', '\\x11', '\\x12', '\\x13', '\\x14', '\\x15', '\\x16', '\\x17',
    '\\x18', '\\x19', '\\x1A', '\\x1B', '\\x1C', '\\x1D', '\\x1E', '\\x1F'
];

var ansiRegExp;         /* built on first use by stripVTControlCharacters */
var builtInObjects;     /* set of builtInNames, built on first use */
var globalObject = Function('return this')();

/* ------------------------------------------------------------------------------------------ */
/* Small helpers                                                                               */

function hasOwn(obj, key) {
    return hasOwnProperty.call(obj, key);
}

function classOf(value) {
    return objectToString.call(value).slice(8, -1);
}

function repeat(str, n) {
    var out = '';
    while (n-- > 0) out += str;
    return out;
}

function padStart(str, len, fill) {
    return str.length >= len ? str : repeat(fill, len - str.length) + str;
}

function padEnd(str, len, fill) {
    return str.length >= len ? str : str + repeat(fill, len - str.length);
}

function replaceAll(str, search, replacement) {
    return str.split(search).join(replacement);
}

function join(output, separator) {
    var str = '';
    if (output.length !== 0) {
        var lastIndex = output.length - 1;
        for (var i = 0; i < lastIndex; i++) {
            str += output[i];
            str += separator;
        }
        str += output[lastIndex];
    }
    return str;
}

function removeColors(str) {
    return String(str).replace(colorRegExp, '');
}

function isObjectLike(value) {
    return (typeof value === 'object' && value !== null) || typeof value === 'function';
}

/* Returns true when calling fn with `value` as this does not throw: the brand checks below. */
function brandCheck(fn, value) {
    if (typeof value !== 'object' || value === null) return false;
    try {
        fn.call(value);
        return true;
    } catch (e) {
        return false;
    }
}

/* Reads value[Symbol.toStringTag] without letting a throwing getter escape. */
function tagOf(value) {
    try {
        var tag = value[toStringTagSymbol];
        return typeof tag === 'string' ? tag : '';
    } catch (e) {
        return '';
    }
}

/* Reads a property without letting a throwing getter escape; returns undefined instead. */
function safeGet(value, key) {
    try {
        return value[key];
    } catch (e) {
        return undefined;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Type checks (util.types is built from these)                                               */

var regExpSourceGetter;
var arrayBufferByteLengthGetter;

function isDate(value) {
    return brandCheck(Date.prototype.getTime, value);
}

function isRegExp(value) {
    if (typeof value !== 'object' || value === null) return false;
    if (regExpSourceGetter === undefined) {
        var d = getOwnPropertyDescriptor(RegExp.prototype, 'source');
        regExpSourceGetter = (d && d.get) || null;
    }
    if (regExpSourceGetter === null) return classOf(value) === 'RegExp';
    return value !== RegExp.prototype && brandCheck(regExpSourceGetter, value);
}

function isNativeError(value) {
    return typeof value === 'object' && value !== null && classOf(value) === 'Error';
}

function isError(value) {
    return isNativeError(value) || value instanceof Error;
}

function isNumberObject(value) {
    return brandCheck(Number.prototype.valueOf, value);
}

function isStringObject(value) {
    return brandCheck(String.prototype.valueOf, value);
}

function isBooleanObject(value) {
    return brandCheck(Boolean.prototype.valueOf, value);
}

function isSymbolObject(value) {
    return brandCheck(Symbol.prototype.valueOf, value);
}

function isBigIntObject(value) {
    return typeof BigInt === 'function' && brandCheck(BigInt.prototype.valueOf, value);
}

function isBoxedPrimitive(value) {
    return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
        isSymbolObject(value) || isBigIntObject(value);
}

function isArgumentsObject(value) {
    return typeof value === 'object' && value !== null && classOf(value) === 'Arguments';
}

function isArrayBuffer(value) {
    if (typeof value !== 'object' || value === null) return false;
    if (arrayBufferByteLengthGetter === undefined) {
        var d = getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength');
        arrayBufferByteLengthGetter = (d && d.get) || null;
    }
    if (arrayBufferByteLengthGetter === null) return classOf(value) === 'ArrayBuffer';
    /* Duktape's getter also accepts views, so those are ruled out first. */
    return !ArrayBuffer.isView(value) && brandCheck(arrayBufferByteLengthGetter, value);
}

function isAnyArrayBuffer(value) {
    return isArrayBuffer(value) || (typeof SharedArrayBuffer === 'function' &&
        typeof value === 'object' && value !== null && classOf(value) === 'SharedArrayBuffer');
}

function isArrayBufferView(value) {
    return typeof value === 'object' && value !== null && ArrayBuffer.isView(value);
}

var typedArrayNames = {
    Int8Array: true, Uint8Array: true, Uint8ClampedArray: true, Int16Array: true,
    Uint16Array: true, Int32Array: true, Uint32Array: true, Float32Array: true,
    Float64Array: true, BigInt64Array: true, BigUint64Array: true
};

/* Returns the kind of typed array ('Uint8Array'...) or undefined for anything else, DataViews
 * included.  The prototype chain is asked first: it names the kind without going through a
 * Symbol.toStringTag getter, which Object.prototype.toString consults in Duktape. */
function typedArrayName(value) {
    if (!isArrayBufferView(value)) return undefined;
    for (var obj = getPrototypeOf(value); obj !== null; obj = getPrototypeOf(obj)) {
        if (obj === DataView.prototype) return undefined;
        var d = getOwnPropertyDescriptor(obj, 'constructor');
        if (d !== undefined && typeof d.value === 'function' && typedArrayNames[d.value.name] &&
            globalObject[d.value.name] === d.value) {
            return d.value.name;
        }
    }
    var name = classOf(value);
    return name === 'DataView' ? undefined : name;
}

function isDataView(value) {
    return isArrayBufferView(value) && typedArrayName(value) === undefined;
}

function isTypedArray(value) {
    return typedArrayName(value) !== undefined;
}

function isUint8Array(value) {
    return typedArrayName(value) === 'Uint8Array';
}

/* The polyfills in js/internal/ carry Node's Symbol.toStringTag on their prototypes. */
function isMap(value) {
    return isObjectLike(value) && tagOf(value) === 'Map';
}

function isSet(value) {
    return isObjectLike(value) && tagOf(value) === 'Set';
}

function isWeakMap(value) {
    return isObjectLike(value) && tagOf(value) === 'WeakMap';
}

function isWeakSet(value) {
    return isObjectLike(value) && tagOf(value) === 'WeakSet';
}

function isPromise(value) {
    return isObjectLike(value) && tagOf(value) === 'Promise';
}

/* A class is marked by the lowering compiler; an engine with native classes shows its source. */
var kClassMark = typeof Symbol === 'function' && Symbol['for'] ?
    Symbol['for']('nodule.class') : '$ndClass';

function isClass(value) {
    if (typeof value !== 'function') return false;
    var d = getOwnPropertyDescriptor(value, kClassMark);
    if (d !== undefined) return d.value === true;
    var source = Function.prototype.toString.call(value);
    return source.slice(0, 5) === 'class' && /^class[\s{]/.test(source) &&
        source.charAt(source.length - 1) === '}';
}

/* Own keys that the engine shows but V8 does not, or that are the lowering compiler's markers. */
function isEngineKey(value, key) {
    if (key === '$ndClass' || key === kClassMark) return true;
    if (typeof value === 'function') return key === 'fileName';
    return false;
}

/* ------------------------------------------------------------------------------------------ */
/* Options, colours                                                                            */

function getUserOptions(ctx, isCrossContext) {
    var ret = { stylize: ctx.stylize };
    var i, key;
    for (i = 0; i < optionNames.length; i++) ret[optionNames[i]] = ctx[optionNames[i]];
    if (ctx.userOptions !== undefined) {
        var userKeys = Object.keys(ctx.userOptions);
        for (i = 0; i < userKeys.length; i++) ret[userKeys[i]] = ctx.userOptions[userKeys[i]];
    }
    if (isCrossContext) {
        Object.setPrototypeOf(ret, null);
        var keys = Object.keys(ret);
        for (i = 0; i < keys.length; i++) {
            key = keys[i];
            if ((typeof ret[key] === 'object' || typeof ret[key] === 'function') &&
                ret[key] !== null) {
                delete ret[key];
            }
        }
        var stylize = function (value, flavour) {
            var stylized;
            try {
                stylized = '' + ctx.stylize(value, flavour);
            } catch (e) {
                /* Continue regardless of error, as Node does. */
            }
            if (typeof stylized !== 'string') return value;
            return stylized;
        };
        Object.setPrototypeOf(stylize, null);
        ret.stylize = stylize;
    }
    return ret;
}

/* Returns a string showing value, the way Node's util.inspect(value, opts) does.  The legacy form
 * inspect(value, showHidden, depth, colors) is accepted too. */
function inspect(value, opts) {
    var ctx = {
        budget: {},
        indentationLvl: 0,
        seen: [],
        currentDepth: 0,
        stylize: stylizeNoColor,
        showHidden: inspectDefaultOptions.showHidden,
        depth: inspectDefaultOptions.depth,
        colors: inspectDefaultOptions.colors,
        customInspect: inspectDefaultOptions.customInspect,
        showProxy: inspectDefaultOptions.showProxy,
        maxArrayLength: inspectDefaultOptions.maxArrayLength,
        maxStringLength: inspectDefaultOptions.maxStringLength,
        breakLength: inspectDefaultOptions.breakLength,
        compact: inspectDefaultOptions.compact,
        sorted: inspectDefaultOptions.sorted,
        getters: inspectDefaultOptions.getters,
        numericSeparator: inspectDefaultOptions.numericSeparator,
        userOptions: undefined,
        circular: undefined
    };
    if (arguments.length > 1) {
        if (arguments.length > 2) {
            if (arguments[2] !== undefined) ctx.depth = arguments[2];
            if (arguments.length > 3 && arguments[3] !== undefined) ctx.colors = arguments[3];
        }
        if (typeof opts === 'boolean') {
            ctx.showHidden = opts;
        } else if (opts) {
            var optKeys = Object.keys(opts);
            for (var i = 0; i < optKeys.length; i++) {
                var key = optKeys[i];
                if (hasOwn(inspectDefaultOptions, key) || key === 'stylize') {
                    ctx[key] = opts[key];
                } else if (ctx.userOptions === undefined) {
                    /* Passed through untouched to custom inspect functions. */
                    ctx.userOptions = opts;
                }
            }
        }
    }
    if (ctx.colors) ctx.stylize = stylizeWithColor;
    if (ctx.maxArrayLength === null) ctx.maxArrayLength = Infinity;
    if (ctx.maxStringLength === null) ctx.maxStringLength = Infinity;
    return formatValue(ctx, value, 0);
}
inspect.custom = customInspectSymbol;

Object.defineProperty(inspect, 'defaultOptions', {
    get: function () {
        return inspectDefaultOptions;
    },
    set: function (options) {
        if (options === null || typeof options !== 'object') {
            throw invalidArgType('options', 'object', options);
        }
        var keys = Object.keys(options);
        for (var i = 0; i < keys.length; i++) inspectDefaultOptions[keys[i]] = options[keys[i]];
        return inspectDefaultOptions;
    }
});

/* Set Graphics Rendition codes: [set, reset] per colour. */
inspect.colors = Object.create(null);
(function (colors) {
    var table = [
        'reset', 0, 0, 'bold', 1, 22, 'dim', 2, 22, 'italic', 3, 23, 'underline', 4, 24,
        'blink', 5, 25, 'inverse', 7, 27, 'hidden', 8, 28, 'strikethrough', 9, 29,
        'doubleunderline', 21, 24, 'black', 30, 39, 'red', 31, 39, 'green', 32, 39,
        'yellow', 33, 39, 'blue', 34, 39, 'magenta', 35, 39, 'cyan', 36, 39, 'white', 37, 39,
        'bgBlack', 40, 49, 'bgRed', 41, 49, 'bgGreen', 42, 49, 'bgYellow', 43, 49,
        'bgBlue', 44, 49, 'bgMagenta', 45, 49, 'bgCyan', 46, 49, 'bgWhite', 47, 49,
        'framed', 51, 54, 'overlined', 53, 55, 'gray', 90, 39, 'redBright', 91, 39,
        'greenBright', 92, 39, 'yellowBright', 93, 39, 'blueBright', 94, 39,
        'magentaBright', 95, 39, 'cyanBright', 96, 39, 'whiteBright', 97, 39,
        'bgGray', 100, 49, 'bgRedBright', 101, 49, 'bgGreenBright', 102, 49,
        'bgYellowBright', 103, 49, 'bgBlueBright', 104, 49, 'bgMagentaBright', 105, 49,
        'bgCyanBright', 106, 49, 'bgWhiteBright', 107, 49
    ];
    var i;
    for (i = 0; i < table.length; i += 3) colors[table[i]] = [table[i + 1], table[i + 2]];
    var aliases = [
        'gray', 'grey', 'gray', 'blackBright', 'bgGray', 'bgGrey', 'bgGray', 'bgBlackBright',
        'dim', 'faint', 'strikethrough', 'crossedout', 'strikethrough', 'strikeThrough',
        'strikethrough', 'crossedOut', 'hidden', 'conceal', 'inverse', 'swapColors',
        'inverse', 'swapcolors', 'doubleunderline', 'doubleUnderline'
    ];
    function defineAlias(target, alias) {
        Object.defineProperty(colors, alias, {
            get: function () { return this[target]; },
            set: function (value) { this[target] = value; },
            configurable: true,
            enumerable: false
        });
    }
    for (i = 0; i < aliases.length; i += 2) defineAlias(aliases[i], aliases[i + 1]);
})(inspect.colors);

inspect.styles = Object.create(null);
inspect.styles.special = 'cyan';
inspect.styles.number = 'yellow';
inspect.styles.bigint = 'yellow';
inspect.styles.boolean = 'yellow';
inspect.styles.undefined = 'grey';
inspect.styles['null'] = 'bold';
inspect.styles.string = 'green';
inspect.styles.symbol = 'green';
inspect.styles.date = 'magenta';
inspect.styles.regexp = 'red';
inspect.styles.module = 'underline';

function stylizeWithColor(str, styleType) {
    var style = inspect.styles[styleType];
    if (style !== undefined) {
        var color = inspect.colors[style];
        if (color !== undefined) {
            return '\u001b[' + color[0] + 'm' + str + '\u001b[' + color[1] + 'm';
        }
    }
    return str;
}

function stylizeNoColor(str) {
    return str;
}

/* Builds Node's ERR_INVALID_ARG_TYPE, through internal/errors once that module exists. */
function invalidArgType(name, expected, actual) {
    var errors;
    try {
        errors = require('internal/errors');
    } catch (e) {
        errors = undefined;
    }
    if (errors && errors.codes && typeof errors.codes.ERR_INVALID_ARG_TYPE === 'function') {
        return new errors.codes.ERR_INVALID_ARG_TYPE(name, expected, actual);
    }
    var received;
    if (actual == null) {
        received = ' Received ' + actual;
    } else if (typeof actual === 'function' && actual.name) {
        received = ' Received function ' + actual.name;
    } else if (typeof actual === 'object') {
        var ctor = actual.constructor && actual.constructor.name;
        received = ctor ? ' Received an instance of ' + ctor :
            ' Received ' + inspect(actual, { depth: -1 });
    } else {
        var shown = inspect(actual, { colors: false });
        if (shown.length > 25) shown = shown.slice(0, 25) + '...';
        received = ' Received type ' + typeof actual + ' (' + shown + ')';
    }
    var err = new TypeError('The "' + name + '" argument must be of type ' + expected + '.' +
        received);
    err.code = 'ERR_INVALID_ARG_TYPE';
    return err;
}

/* ------------------------------------------------------------------------------------------ */
/* Strings and numbers                                                                         */

function addQuotes(str, quotes) {
    if (quotes === -1) return '"' + str + '"';
    if (quotes === -2) return '`' + str + '`';
    return '\'' + str + '\'';
}

/* Quotes str the way Node does: single quotes unless the text holds one, then double quotes,
 * then backticks; control characters, the chosen quote, backslashes, C1 controls and lone
 * surrogates are escaped. */
function strEscape(str) {
    var singleQuote = 39;
    if (str.indexOf('\'') !== -1) {
        if (str.indexOf('"') === -1) {
            singleQuote = -1;
        } else if (str.indexOf('`') === -1 && str.indexOf('${') === -1) {
            singleQuote = -2;
        }
    }
    var result = '';
    var last = 0;
    var len = str.length;
    for (var i = 0; i < len; i++) {
        var point = str.charCodeAt(i);
        if (point === singleQuote || point === 92 || point < 32 || (point > 126 && point < 160)) {
            result += str.slice(last, i) + escapeCode(point);
            last = i + 1;
        } else if (point >= 0xd800 && point <= 0xdfff) {
            if (point <= 0xdbff && i + 1 < len) {
                var next = str.charCodeAt(i + 1);
                if (next >= 0xdc00 && next <= 0xdfff) {
                    i++;
                    continue;
                }
            }
            result += str.slice(last, i) + '\\u' + point.toString(16);
            last = i + 1;
        }
    }
    if (last === 0) return addQuotes(str, singleQuote);
    if (last !== len) result += str.slice(last);
    return addQuotes(result, singleQuote);
}

function escapeCode(point) {
    if (point < 32) return meta[point];
    if (point === 39) return '\\\'';
    if (point === 92) return '\\\\';
    if (point >= 0x7f && point <= 0x9f) return '\\x' + point.toString(16).toUpperCase();
    return '\\u' + point.toString(16);
}

/* Escapes a property key or symbol description; quotes are not escaped except ' itself. */
function keyEscape(str) {
    var result = '';
    var last = 0;
    for (var i = 0; i < str.length; i++) {
        var point = str.charCodeAt(i);
        if (point === 39 || point === 92 || point < 32 || (point > 126 && point < 160)) {
            result += str.slice(last, i) + escapeCode(point);
            last = i + 1;
        } else if (point >= 0xd800 && point <= 0xdfff) {
            if (point <= 0xdbff && i + 1 < str.length) {
                var next = str.charCodeAt(i + 1);
                if (next >= 0xdc00 && next <= 0xdfff) {
                    i++;
                    continue;
                }
            }
            result += str.slice(last, i) + '\\u' + point.toString(16);
            last = i + 1;
        }
    }
    return last === 0 ? str : result + str.slice(last);
}

function addNumericSeparator(integerString) {
    var result = '';
    var i = integerString.length;
    var start = integerString.charAt(0) === '-' ? 1 : 0;
    for (; i >= start + 4; i -= 3) result = '_' + integerString.slice(i - 3, i) + result;
    return i === integerString.length ? integerString : integerString.slice(0, i) + result;
}

function addNumericSeparatorEnd(integerString) {
    var result = '';
    var i = 0;
    for (; i < integerString.length - 3; i += 3) result += integerString.slice(i, i + 3) + '_';
    return i === 0 ? integerString : result + integerString.slice(i);
}

function remainingText(remaining) {
    return '... ' + remaining + ' more item' + (remaining > 1 ? 's' : '');
}

function formatNumber(fn, number, numericSeparator) {
    if (!numericSeparator) {
        if (number === 0 && 1 / number < 0) return fn('-0', 'number');
        return fn('' + number, 'number');
    }
    var numberString = String(number);
    var integer = number < 0 ? Math.ceil(number) : Math.floor(number);
    if (integer === number) {
        if (!isFinite(number) || numberString.indexOf('e') !== -1) {
            return fn(numberString, 'number');
        }
        return fn(addNumericSeparator(numberString), 'number');
    }
    if (number !== number) return fn(numberString, 'number');
    var decimalIndex = numberString.indexOf('.');
    var integerPart = numberString.slice(0, decimalIndex);
    var fractionalPart = numberString.slice(decimalIndex + 1);
    return fn(addNumericSeparator(integerPart) + '.' + addNumericSeparatorEnd(fractionalPart),
        'number');
}

function formatBigInt(fn, bigint, numericSeparator) {
    var string = String(bigint);
    if (!numericSeparator) return fn(string + 'n', 'bigint');
    return fn(addNumericSeparator(string) + 'n', 'bigint');
}

/* Splits str after each '\n', keeping the newline with its line (Node's split(/(?<=\n)/)). */
function splitLinesKeepEnd(str) {
    var lines = [];
    var start = 0;
    var pos;
    while ((pos = str.indexOf('\n', start)) !== -1 && pos + 1 < str.length) {
        lines.push(str.slice(start, pos + 1));
        start = pos + 1;
    }
    lines.push(str.slice(start));
    return lines;
}

function formatPrimitive(fn, value, ctx) {
    if (typeof value === 'string') {
        var trailer = '';
        if (value.length > ctx.maxStringLength) {
            var remaining = value.length - ctx.maxStringLength;
            value = value.slice(0, ctx.maxStringLength);
            trailer = '... ' + remaining + ' more character' + (remaining > 1 ? 's' : '');
        }
        if (ctx.compact !== true &&
            value.length > kMinLineLength &&
            value.length > ctx.breakLength - ctx.indentationLvl - 4) {
            var lines = splitLinesKeepEnd(value);
            for (var i = 0; i < lines.length; i++) lines[i] = fn(strEscape(lines[i]), 'string');
            return join(lines, ' +\n' + repeat(' ', ctx.indentationLvl + 2)) + trailer;
        }
        return fn(strEscape(value), 'string') + trailer;
    }
    if (typeof value === 'number') return formatNumber(fn, value, ctx.numericSeparator);
    if (typeof value === 'bigint') return formatBigInt(fn, value, ctx.numericSeparator);
    if (typeof value === 'boolean') return fn('' + value, 'boolean');
    if (typeof value === 'undefined') return fn('undefined', 'undefined');
    return fn(Symbol.prototype.toString.call(value), 'symbol');
}

/* ------------------------------------------------------------------------------------------ */
/* Constructor names and keys                                                                  */

/* The capitalised globals of Node 20 at start-up: a constructor with one of these names is
 * "built in" (for %s and showHidden), whether nodule has it natively, as a polyfill or not. */
var builtInNames =
    'Object Function Array Number Infinity NaN Boolean String Symbol Date Promise RegExp Error ' +
    'AggregateError EvalError RangeError ReferenceError SyntaxError TypeError URIError JSON ' +
    'Math Intl ArrayBuffer Uint8Array Int8Array Uint16Array Int16Array Uint32Array ' +
    'Int32Array Float32Array Float64Array Uint8ClampedArray BigUint64Array BigInt64Array ' +
    'DataView Map BigInt Set WeakMap WeakSet Proxy Reflect FinalizationRegistry WeakRef Buffer ' +
    'URL URLSearchParams DOMException AbortController AbortSignal Event EventTarget ' +
    'TextEncoder TextDecoder TransformStream TransformStreamDefaultController WritableStream ' +
    'WritableStreamDefaultController WritableStreamDefaultWriter ReadableStream ' +
    'ReadableStreamDefaultReader ReadableStreamBYOBReader ReadableStreamBYOBRequest ' +
    'ReadableByteStreamController ReadableStreamDefaultController ByteLengthQueuingStrategy ' +
    'CountQueuingStrategy TextEncoderStream TextDecoderStream CompressionStream ' +
    'DecompressionStream BroadcastChannel MessageChannel MessagePort MessageEvent Blob File ' +
    'Performance PerformanceEntry PerformanceMark PerformanceMeasure PerformanceObserver ' +
    'PerformanceObserverEntryList PerformanceResourceTiming FormData Headers Request Response ' +
    'SharedArrayBuffer Atomics WebAssembly Crypto CryptoKey SubtleCrypto CustomEvent';

function getBuiltInObjects() {
    if (builtInObjects === undefined) {
        builtInObjects = Object.create(null);
        var names = builtInNames.split(' ');
        for (var i = 0; i < names.length; i++) builtInObjects[names[i]] = true;
    }
    return builtInObjects;
}

function isBuiltInName(name) {
    return getBuiltInObjects()[name] === true;
}

function isInstanceof(object, proto) {
    try {
        return object instanceof proto;
    } catch (e) {
        return false;
    }
}

/* V8's internal constructor name, approximated by the object's class. */
function internalGetConstructorName(value) {
    var name = classOf(value);
    return name === 'Arguments' ? 'Object' : name;
}

function getConstructorName(obj, ctx, recurseTimes, protoProps) {
    var firstProto;
    var tmp = obj;
    while (obj) {
        if (obj === ObjectProto || obj === Function.prototype) {
            var ctor = obj === ObjectProto ? Object : Function;
            if (isInstanceof(tmp, ctor)) {
                if (protoProps !== undefined && firstProto !== obj) {
                    addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
                }
                return ctor === Object ? 'Object' : 'Function';
            }
        }
        var descriptor = getOwnPropertyDescriptor(obj, 'constructor');
        if (descriptor !== undefined &&
            typeof descriptor.value === 'function' &&
            descriptor.value.name !== '' &&
            isInstanceof(tmp, descriptor.value)) {
            if (protoProps !== undefined &&
                (firstProto !== obj || !isBuiltInName(descriptor.value.name))) {
                addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
            }
            return String(descriptor.value.name);
        }
        obj = getPrototypeOf(obj);
        if (firstProto === undefined) firstProto = obj;
    }
    if (firstProto === null) return null;

    var res = internalGetConstructorName(tmp);
    if (recurseTimes > ctx.depth && ctx.depth !== null) return res + ' <Complex prototype>';

    var protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
    if (protoConstr === null) {
        var opts = {};
        var keys = Object.keys(ctx);
        for (var i = 0; i < keys.length; i++) opts[keys[i]] = ctx[keys[i]];
        opts.customInspect = false;
        opts.depth = -1;
        return res + ' <' + inspect(firstProto, opts) + '>';
    }
    return res + ' <' + protoConstr + '>';
}

function ownKeys(obj) {
    var keys = getOwnPropertyNames(obj);
    var symbols = getOwnPropertySymbols(obj);
    for (var i = 0; i < symbols.length; i++) keys.push(symbols[i]);
    return keys;
}

/* Adds the user-defined (non-function) prototype properties to output, as showHidden does. */
function addPrototypeProperties(ctx, main, obj, recurseTimes, output) {
    var depth = 0;
    var keys;
    var keySet;
    var i;
    do {
        if (depth !== 0 || main === obj) {
            obj = getPrototypeOf(obj);
            if (obj === null) return;
            var descriptor = getOwnPropertyDescriptor(obj, 'constructor');
            if (descriptor !== undefined &&
                typeof descriptor.value === 'function' &&
                isBuiltInName(descriptor.value.name)) {
                return;
            }
        }
        if (depth === 0) {
            keySet = [];
        } else {
            for (i = 0; i < keys.length; i++) keySet.push(keys[i]);
        }
        keys = ownKeys(obj);
        ctx.seen.push(main);
        for (i = 0; i < keys.length; i++) {
            var key = keys[i];
            if (key === 'constructor' || hasOwn(main, key) ||
                (depth !== 0 && keySet.indexOf(key) !== -1) || isEngineKey(obj, key)) {
                continue;
            }
            var desc = getOwnPropertyDescriptor(obj, key);
            if (typeof desc.value === 'function') continue;
            var value = formatProperty(ctx, obj, recurseTimes, key, kObjectType, desc, main);
            if (ctx.colors) {
                output.push('\u001b[2m' + value + '\u001b[22m');
            } else {
                output.push(value);
            }
        }
        ctx.seen.pop();
    } while (++depth !== 3);
}

function getPrefix(constructor, tag, fallback, size) {
    if (size === undefined) size = '';
    if (constructor === null) {
        if (tag !== '' && fallback !== tag) {
            return '[' + fallback + size + ': null prototype] [' + tag + '] ';
        }
        return '[' + fallback + size + ': null prototype] ';
    }
    if (tag !== '' && constructor !== tag) return constructor + size + ' [' + tag + '] ';
    return constructor + size + ' ';
}

/* Own enumerable keys (all own keys with showHidden), strings then symbols. */
function getKeys(value, showHidden) {
    var keys;
    var symbols = getOwnPropertySymbols(value);
    var i;
    if (showHidden) {
        keys = [];
        var names = getOwnPropertyNames(value);
        for (i = 0; i < names.length; i++) {
            if (!isEngineKey(value, names[i])) keys.push(names[i]);
        }
        for (i = 0; i < symbols.length; i++) keys.push(symbols[i]);
    } else {
        keys = Object.keys(value);
        for (i = 0; i < symbols.length; i++) {
            if (propertyIsEnumerable.call(value, symbols[i])) keys.push(symbols[i]);
        }
    }
    return keys;
}

function isIndexKey(key) {
    return numberRegExp.test(key) && +key < 4294967295;
}

/* Like getKeys, without the array index keys (for arrays and typed arrays). */
function getOwnNonIndexProperties(value, showHidden, skipLength) {
    var all = getKeys(value, showHidden);
    var keys = [];
    for (var i = 0; i < all.length; i++) {
        var key = all[i];
        if (typeof key === 'string' && (isIndexKey(key) || (skipLength && key === 'length'))) {
            continue;
        }
        keys.push(key);
    }
    return keys;
}

function getCtxStyle(value, constructor, tag) {
    var fallback = '';
    if (constructor === null) {
        fallback = internalGetConstructorName(value);
        if (fallback === tag) fallback = 'Object';
    }
    return getPrefix(constructor, tag, fallback);
}

/* ------------------------------------------------------------------------------------------ */
/* formatValue / formatRaw                                                                     */

/* Node's getProxyDetails, from the Proxy wrapper (js/internal/polyfills/proxy.js); nothing can
 * be a proxy before that has loaded. */
var polyfills = null;
var proxyArea = null;
function getProxyDetails(value, withHandler) {
    if (proxyArea === null) {
        if (polyfills === null) {
            polyfills = require('internal/polyfills/index');
        }
        if (!polyfills.isLoaded('proxy')) {
            return undefined;
        }
        proxyArea = polyfills.load('proxy');
    }
    return proxyArea.getProxyDetails(value, withHandler);
}

function formatProxy(ctx, proxy, recurseTimes) {
    if (recurseTimes > ctx.depth && ctx.depth !== null) {
        return ctx.stylize('Proxy [Array]', 'special');
    }
    recurseTimes += 1;
    ctx.indentationLvl += 2;
    var res = [formatValue(ctx, proxy[0], recurseTimes), formatValue(ctx, proxy[1], recurseTimes)];
    ctx.indentationLvl -= 2;
    return reduceToSingleString(ctx, res, '', ['Proxy [', ']'], kArrayExtrasType, recurseTimes);
}

function formatValue(ctx, value, recurseTimes, typedArray) {
    if (typeof value !== 'object' && typeof value !== 'function') {
        return formatPrimitive(ctx.stylize, value, ctx);
    }
    if (value === null) return ctx.stylize('null', 'null');

    var context = value;
    /* A proxy is shown as its target (with showProxy: Proxy [ target, handler ]), without
     * running its traps, as Node does. */
    var proxy = getProxyDetails(value, !!ctx.showProxy);
    if (proxy !== undefined) {
        if (proxy === null) {
            return ctx.stylize('<Revoked Proxy>', 'special');
        }
        if (ctx.showProxy) {
            return formatProxy(ctx, proxy, recurseTimes);
        }
        value = proxy;
    }
    if (ctx.customInspect) {
        var maybeCustom = value[customInspectSymbol];
        if (typeof maybeCustom === 'function' &&
            maybeCustom !== inspect &&
            !(value.constructor && value.constructor.prototype === value)) {
            /* Report the remaining depth, as Node does. */
            var depth = ctx.depth === null ? null : ctx.depth - recurseTimes;
            var isCrossContext = !(context instanceof Object);
            var ret = maybeCustom.call(context, depth, getUserOptions(ctx, isCrossContext),
                inspect);
            if (ret !== context) {
                if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
                return replaceAll(ret, '\n', '\n' + repeat(' ', ctx.indentationLvl));
            }
        }
    }

    if (ctx.seen.indexOf(value) !== -1) {
        var index = 1;
        if (ctx.circular === undefined) {
            ctx.circular = { keys: [value], values: [index] };
        } else {
            var pos = ctx.circular.keys.indexOf(value);
            if (pos === -1) {
                index = ctx.circular.keys.length + 1;
                ctx.circular.keys.push(value);
                ctx.circular.values.push(index);
            } else {
                index = ctx.circular.values[pos];
            }
        }
        return ctx.stylize('[Circular *' + index + ']', 'special');
    }
    return formatRaw(ctx, value, recurseTimes, typedArray);
}

/* Returns value.size for a Map/Set polyfill instance, or undefined when it has none. */
function collectionSize(value, kind) {
    var size = safeGet(value, 'size');
    if (typeof size !== 'number' && typeof globalObject[kind] === 'function') {
        var d = getOwnPropertyDescriptor(globalObject[kind].prototype, 'size');
        if (d && typeof d.get === 'function') {
            try {
                size = d.get.call(value);
            } catch (e) {
                size = undefined;
            }
        }
    }
    return typeof size === 'number' ? size : undefined;
}

/* Stands in for V8's `Symbol.iterator in value`: Duktape's arrays and typed arrays are not
 * iterable, so inheriting from their prototypes counts too. */
function isIterable(value) {
    if (iteratorSymbol !== undefined && iteratorSymbol in value) return true;
    if (typedArrayProto === undefined) typedArrayProto = getPrototypeOf(Uint8Array.prototype);
    if (Array.prototype.isPrototypeOf(value) || typedArrayProto.isPrototypeOf(value)) return true;
    var tag = tagOf(value);
    return tag === 'Map' || tag === 'Set' || tag === 'Map Iterator' || tag === 'Set Iterator';
}

function collectionForEach(value, kind) {
    var fn = safeGet(value, 'forEach');
    if (typeof fn !== 'function' && typeof globalObject[kind] === 'function') {
        fn = globalObject[kind].prototype.forEach;
    }
    return typeof fn === 'function' ? fn : undefined;
}

function formatRaw(ctx, value, recurseTimes, typedArray) {
    var keys;
    var protoProps;
    if (ctx.showHidden && (recurseTimes <= ctx.depth || ctx.depth === null)) protoProps = [];

    var constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
    if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

    var tag = value[toStringTagSymbol];
    /* Duktape leaves out the tags V8 has on these namespace objects. */
    if (tag === undefined && (value === JSON || value === globalObject.Reflect)) {
        tag = value === JSON ? 'JSON' : 'Reflect';
    }
    /* Only show the tag when it is not an own (enumerable) property, which is printed anyway. */
    if (typeof tag !== 'string' ||
        (tag !== '' && (ctx.showHidden ? hasOwnProperty : propertyIsEnumerable)
            .call(value, toStringTagSymbol))) {
        tag = '';
    }
    var base = '';
    var formatter = getEmptyFormatArray;
    var braces;
    var noIterator = true;
    var extrasType = kObjectType;
    var size, prefix, fallback;

    /* Node only looks for arrays, typed arrays, Sets and Maps among iterable objects. */
    if (constructor === null || isIterable(value)) {
        noIterator = false;
    }
    if (noIterator) {
        /* Checked below like any other object. */
    } else if (Array.isArray(value)) {
        prefix = (constructor !== 'Array' || tag !== '') ?
            getPrefix(constructor, tag, 'Array', '(' + value.length + ')') : '';
        keys = getOwnNonIndexProperties(value, ctx.showHidden, false);
        braces = [prefix + '[', ']'];
        if (value.length === 0 && keys.length === 0 && protoProps === undefined) {
            return braces[0] + ']';
        }
        extrasType = kArrayExtrasType;
        formatter = formatArray;
    } else if (isSet(value) && (size = collectionSize(value, 'Set')) !== undefined &&
        collectionForEach(value, 'Set') !== undefined) {
        prefix = getPrefix(constructor, tag, 'Set', '(' + size + ')');
        keys = getKeys(value, ctx.showHidden);
        formatter = function (c, v, rt) { return formatSet(value, size, c, rt); };
        if (size === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
        braces = [prefix + '{', '}'];
    } else if (isMap(value) && (size = collectionSize(value, 'Map')) !== undefined &&
        collectionForEach(value, 'Map') !== undefined) {
        prefix = getPrefix(constructor, tag, 'Map', '(' + size + ')');
        keys = getKeys(value, ctx.showHidden);
        formatter = function (c, v, rt) { return formatMap(value, size, c, rt); };
        if (size === 0 && keys.length === 0 && protoProps === undefined) return prefix + '{}';
        braces = [prefix + '{', '}'];
    } else if (isTypedArray(value)) {
        keys = getOwnNonIndexProperties(value, ctx.showHidden, true);
        var kind = typedArrayName(value);
        /* Duktape does not give typed arrays V8's inherited Symbol.toStringTag getter. */
        if (tag === '' && typeof value[toStringTagSymbol] !== 'string') tag = kind;
        var bound = value;
        fallback = '';
        if (constructor === null) {
            fallback = kind;
            bound = new globalObject[kind](value);
        }
        size = value.length;
        prefix = getPrefix(constructor, tag, fallback, '(' + size + ')');
        braces = [prefix + '[', ']'];
        if (value.length === 0 && keys.length === 0 && !ctx.showHidden) return braces[0] + ']';
        formatter = function (c, v, rt) { return formatTypedArray(bound, size, c, rt); };
        extrasType = kArrayExtrasType;
    } else if ((tag === 'Map Iterator' || tag === 'Set Iterator') &&
        typeof safeGet(value, previewEntriesSymbol) === 'function') {
        keys = getKeys(value, ctx.showHidden);
        braces = getIteratorBraces(tag.slice(0, 3), tag);
        formatter = function (c, v, rt) { return formatIterator(braces, c, value, rt); };
    } else {
        noIterator = true;
    }
    if (noIterator) {
        keys = getKeys(value, ctx.showHidden);
        braces = ['{', '}'];
        if (typeof value === 'function') {
            base = getFunctionBase(value, constructor, tag);
            if (keys.length === 0 && protoProps === undefined) {
                return ctx.stylize(base, 'special');
            }
        } else if (constructor === null && namespaces.has(value)) {
            braces[0] = getPrefix(constructor, tag, 'Module') + '{';
            if (keys.length === 0 && protoProps === undefined) return braces[0] + '}';
        } else if (constructor === 'Object') {
            if (isArgumentsObject(value)) {
                braces[0] = '[Arguments] {';
            } else if (tag !== '') {
                braces[0] = getPrefix(constructor, tag, 'Object') + '{';
            }
            if (keys.length === 0 && protoProps === undefined) return braces[0] + '}';
        } else if (isRegExp(value)) {
            base = RegExp.prototype.toString.call(constructor !== null ? value :
                new RegExp(value));
            prefix = getPrefix(constructor, tag, 'RegExp');
            if (prefix !== 'RegExp ') base = prefix + base;
            if ((keys.length === 0 && protoProps === undefined) ||
                (recurseTimes > ctx.depth && ctx.depth !== null)) {
                return ctx.stylize(base, 'regexp');
            }
        } else if (isDate(value)) {
            var time = Date.prototype.getTime.call(value);
            base = time !== time ? Date.prototype.toString.call(value) :
                Date.prototype.toISOString.call(value);
            prefix = getPrefix(constructor, tag, 'Date');
            if (prefix !== 'Date ') base = prefix + base;
            if (keys.length === 0 && protoProps === undefined) return ctx.stylize(base, 'date');
        } else if (isError(value)) {
            base = formatError(value, constructor, tag, ctx, keys);
            if (keys.length === 0 && protoProps === undefined) return base;
        } else if (isAnyArrayBuffer(value)) {
            var arrayType = isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer';
            prefix = getPrefix(constructor, tag, arrayType);
            if (typedArray === undefined) {
                formatter = formatArrayBuffer;
            } else if (keys.length === 0 && protoProps === undefined) {
                return prefix + '{ byteLength: ' +
                    formatNumber(ctx.stylize, value.byteLength, false) + ' }';
            }
            braces[0] = prefix + '{';
            keys.unshift('byteLength');
        } else if (isDataView(value)) {
            braces[0] = getPrefix(constructor, tag, 'DataView') + '{';
            keys.unshift('byteLength', 'byteOffset', 'buffer');
        } else if (isPromise(value)) {
            braces[0] = getPrefix(constructor, tag, 'Promise') + '{';
            formatter = formatPromise;
        } else if (isWeakSet(value)) {
            braces[0] = getPrefix(constructor, tag, 'WeakSet') + '{';
            formatter = formatWeakCollection;
        } else if (isWeakMap(value)) {
            braces[0] = getPrefix(constructor, tag, 'WeakMap') + '{';
            formatter = formatWeakCollection;
        } else if (isBoxedPrimitive(value)) {
            base = getBoxedBase(value, ctx, keys, constructor, tag);
            if (keys.length === 0 && protoProps === undefined) return base;
        } else {
            if (keys.length === 0 && protoProps === undefined) {
                return getCtxStyle(value, constructor, tag) + '{}';
            }
            braces[0] = getCtxStyle(value, constructor, tag) + '{';
        }
    }

    if (recurseTimes > ctx.depth && ctx.depth !== null) {
        var constructorName = getCtxStyle(value, constructor, tag).slice(0, -1);
        if (constructor !== null) constructorName = '[' + constructorName + ']';
        return ctx.stylize(constructorName, 'special');
    }
    recurseTimes += 1;

    ctx.seen.push(value);
    ctx.currentDepth = recurseTimes;
    var output;
    var indentationLvl = ctx.indentationLvl;
    var i;
    try {
        output = formatter(ctx, value, recurseTimes);
        for (i = 0; i < keys.length; i++) {
            output.push(formatProperty(ctx, value, recurseTimes, keys[i], extrasType));
        }
        if (protoProps !== undefined) {
            for (i = 0; i < protoProps.length; i++) output.push(protoProps[i]);
        }
    } catch (err) {
        if (!isStackOverflowError(err)) throw err;
        ctx.seen.pop();
        ctx.indentationLvl = indentationLvl;
        return ctx.stylize('[' + getCtxStyle(value, constructor, tag).slice(0, -1) +
            ': Inspection interrupted prematurely. Maximum call stack size exceeded.]',
            'special');
    }
    if (ctx.circular !== undefined) {
        var pos = ctx.circular.keys.indexOf(value);
        if (pos !== -1) {
            var reference = ctx.stylize('<ref *' + ctx.circular.values[pos] + '>', 'special');
            if (ctx.compact !== true) {
                base = base === '' ? reference : reference + ' ' + base;
            } else {
                braces[0] = reference + ' ' + braces[0];
            }
        }
    }
    ctx.seen.pop();

    if (ctx.sorted) {
        var comparator = ctx.sorted === true ? undefined : ctx.sorted;
        if (extrasType === kObjectType) {
            output.sort(comparator);
        } else if (keys.length > 1) {
            var sorted = output.slice(output.length - keys.length).sort(comparator);
            for (i = 0; i < sorted.length; i++) output[output.length - keys.length + i] = sorted[i];
        }
    }

    var res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
    var budget = ctx.budget[ctx.indentationLvl] || 0;
    var newLength = budget + res.length;
    ctx.budget[ctx.indentationLvl] = newLength;
    /* Past about 2 ** 27 characters at one level, stop descending (as Node does). */
    if (newLength > 134217728) ctx.depth = -1;
    return res;
}

function getEmptyFormatArray() {
    return [];
}

function isStackOverflowError(err) {
    return err instanceof RangeError &&
        /callstack limit|C stack depth|Maximum call stack|too deep/i.test(String(err.message));
}

function getBoxedBase(value, ctx, keys, constructor, tag) {
    var fn;
    var type;
    if (isNumberObject(value)) {
        fn = Number.prototype.valueOf;
        type = 'Number';
    } else if (isStringObject(value)) {
        fn = String.prototype.valueOf;
        type = 'String';
        /* The index keys of a boxed string only repeat its text. */
        keys.splice(0, value.length);
    } else if (isBooleanObject(value)) {
        fn = Boolean.prototype.valueOf;
        type = 'Boolean';
    } else if (isBigIntObject(value)) {
        fn = BigInt.prototype.valueOf;
        type = 'BigInt';
    } else {
        fn = Symbol.prototype.valueOf;
        type = 'Symbol';
    }
    var base = '[' + type;
    if (type !== constructor) {
        if (constructor === null) {
            base += ' (null prototype)';
        } else {
            base += ' (' + constructor + ')';
        }
    }
    base += ': ' + formatPrimitive(stylizeNoColor, fn.call(value), ctx) + ']';
    if (tag !== '' && tag !== constructor) base += ' [' + tag + ']';
    if (keys.length !== 0 || ctx.stylize === stylizeNoColor) return base;
    return ctx.stylize(base, type.toLowerCase());
}

function getClassBase(value, constructor, tag) {
    var hasName = hasOwn(value, 'name');
    var name = (hasName && value.name) || '(anonymous)';
    var base = 'class ' + name;
    if (constructor !== 'Function' && constructor !== null) base += ' [' + constructor + ']';
    if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
    if (constructor !== null) {
        var superName = getPrototypeOf(value).name;
        if (superName) base += ' extends ' + superName;
    } else {
        base += ' extends [null prototype]';
    }
    return '[' + base + ']';
}

function getFunctionBase(value, constructor, tag) {
    if (isClass(value)) return getClassBase(value, constructor, tag);
    var type = 'Function';
    /* Lowered async and generator functions inherit their kind's toStringTag. */
    var kind = typeof Symbol === 'function' && Symbol.toStringTag ? value[Symbol.toStringTag] : '';
    if (kind === 'GeneratorFunction' || kind === 'AsyncGeneratorFunction') type = 'Generator' + type;
    if (kind === 'AsyncFunction' || kind === 'AsyncGeneratorFunction') type = 'Async' + type;
    var base = '[' + type;
    if (constructor === null) base += ' (null prototype)';
    if (value.name === '') {
        base += ' (anonymous)';
    } else {
        base += ': ' + value.name;
    }
    base += ']';
    if ((kind === 'AsyncFunction' || kind === 'GeneratorFunction' ||
        kind === 'AsyncGeneratorFunction') && constructor === 'Function' && tag === kind) {
        /* A lowered async/generator function: its prototype is Function's, V8's is of its kind. */
        return base;
    }
    if (constructor !== type && constructor !== null) base += ' ' + constructor;
    if (tag !== '' && constructor !== tag) base += ' [' + tag + ']';
    return base;
}

/* ------------------------------------------------------------------------------------------ */
/* Errors                                                                                      */

/* Finds the first run of more than 3 equal lines shared by a and b: { len, offset }. */
function identicalSequenceRange(a, b) {
    for (var i = 0; i < a.length - 3; i++) {
        var pos = b.indexOf(a[i]);
        if (pos !== -1) {
            var rest = b.length - pos;
            if (rest > 3) {
                var len = 1;
                var maxLen = Math.min(a.length - i, rest);
                while (maxLen > len && a[i + len] === b[pos + len]) len++;
                if (len > 3) return { len: len, offset: i };
            }
        }
    }
    return { len: 0, offset: 0 };
}

function getStackString(error) {
    return error.stack ? String(error.stack) : Error.prototype.toString.call(error);
}

function getStackFrames(ctx, err, stack) {
    var frames = stack.split('\n');
    var cause;
    try {
        cause = err.cause;
    } catch (e) {
        /* A throwing 'cause' getter is ignored. */
    }
    if (cause != null && isError(cause)) {
        var causeStack = getStackString(cause);
        var causeStackStart = causeStack.indexOf('\n    at');
        if (causeStackStart !== -1) {
            var causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
            var range = identicalSequenceRange(frames, causeFrames);
            if (range.len > 0) {
                var skipped = range.len - 2;
                var msg = '    ... ' + skipped + ' lines matching cause stack trace ...';
                frames.splice(range.offset + 1, skipped, ctx.stylize(msg, 'undefined'));
            }
        }
    }
    return frames;
}

function improveStack(stack, constructor, name, tag) {
    var len = name.length;
    if (constructor === null ||
        (name.slice(-5) === 'Error' &&
         stack.slice(0, len) === name &&
         (stack.length === len || stack.charAt(len) === ':' || stack.charAt(len) === '\n'))) {
        var fallback = 'Error';
        if (constructor === null) {
            var start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ||
                /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
            fallback = (start && start[1]) || '';
            len = fallback.length;
            fallback = fallback || 'Error';
        }
        var prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
        if (name !== prefix) {
            if (prefix.indexOf(name) !== -1) {
                if (len === 0) {
                    stack = prefix + ': ' + stack;
                } else {
                    stack = prefix + stack.slice(len);
                }
            } else {
                stack = prefix + ' [' + name + ']' + stack.slice(len);
            }
        }
    }
    return stack;
}

function removeDuplicateErrorKeys(ctx, keys, err, stack) {
    if (!ctx.showHidden && keys.length !== 0) {
        var names = ['name', 'message', 'stack'];
        for (var i = 0; i < names.length; i++) {
            var index = keys.indexOf(names[i]);
            /* Only hide the property when the stack already shows it. */
            if (index !== -1 && stack.indexOf(String(err[names[i]])) !== -1) keys.splice(index, 1);
        }
    }
}

function markNodeModules(ctx, line) {
    var tempLine = '';
    var lastPos = 0;
    var searchFrom = 0;
    for (;;) {
        var nodeModulePosition = line.indexOf('node_modules', searchFrom);
        if (nodeModulePosition === -1) break;
        var separator = line.charAt(nodeModulePosition - 1);
        var after = line.charAt(nodeModulePosition + 12);
        if ((after !== '/' && after !== '\\') || (separator !== '/' && separator !== '\\')) {
            searchFrom = nodeModulePosition + 1;
            continue;
        }
        var moduleStart = nodeModulePosition + 13;
        tempLine += line.slice(lastPos, moduleStart);
        var moduleEnd = line.indexOf(separator, moduleStart);
        if (line.charAt(moduleStart) === '@') moduleEnd = line.indexOf(separator, moduleEnd + 1);
        tempLine += ctx.stylize(line.slice(moduleStart, moduleEnd), 'module');
        lastPos = moduleEnd;
        searchFrom = moduleEnd;
    }
    if (lastPos !== 0) line = tempLine + line.slice(lastPos);
    return line;
}

function markCwd(ctx, line, workingDirectory) {
    var cwdStartPos = line.indexOf(workingDirectory);
    var tempLine = '';
    var cwdLength = workingDirectory.length;
    if (cwdStartPos !== -1) {
        if (line.slice(cwdStartPos - 7, cwdStartPos) === 'file://') {
            cwdLength += 7;
            cwdStartPos -= 7;
        }
        var start = line.charAt(cwdStartPos - 1) === '(' ? cwdStartPos - 1 : cwdStartPos;
        var end = start !== cwdStartPos && line.slice(-1) === ')' ? -1 : line.length;
        var workingDirectoryEndPos = cwdStartPos + cwdLength + 1;
        tempLine += line.slice(0, start);
        tempLine += ctx.stylize(line.slice(start, workingDirectoryEndPos), 'undefined');
        tempLine += line.slice(workingDirectoryEndPos, end);
        if (end === -1) tempLine += ctx.stylize(')', 'undefined');
    } else {
        tempLine += line;
    }
    return tempLine;
}

function safeGetCWD() {
    try {
        return typeof process === 'object' && process !== null ? process.cwd() : undefined;
    } catch (e) {
        return undefined;
    }
}

function formatError(err, constructor, tag, ctx, keys) {
    var name = err.name != null ? String(err.name) : 'Error';
    var stack = getStackString(err);

    removeDuplicateErrorKeys(ctx, keys, err, stack);

    if ('cause' in err && (keys.length === 0 || keys.indexOf('cause') === -1)) {
        keys.push('cause');
    }
    /* AggregateError keeps its errors in an own array. */
    if (Array.isArray(err.errors) && (keys.length === 0 || keys.indexOf('errors') === -1)) {
        keys.push('errors');
    }

    stack = improveStack(stack, constructor, name, tag);

    /* Search for the frames after the message, which may itself contain '\n    at'. */
    var pos = (err.message && stack.indexOf(err.message)) || -1;
    if (pos !== -1) pos += err.message.length;
    var stackStart = stack.indexOf('\n    at', pos);
    if (stackStart === -1) {
        stack = '[' + stack + ']';
    } else {
        var newStack = stack.slice(0, stackStart);
        var lines = getStackFrames(ctx, err, stack.slice(stackStart + 1));
        if (ctx.colors) {
            var workingDirectory = safeGetCWD();
            for (var i = 0; i < lines.length; i++) {
                var line = lines[i];
                if (coreModuleRegExp.exec(line) !== null) {
                    newStack += '\n' + ctx.stylize(line, 'undefined');
                } else {
                    newStack += '\n';
                    line = markNodeModules(ctx, line);
                    if (workingDirectory !== undefined) {
                        var newLine = markCwd(ctx, line, workingDirectory);
                        if (newLine === line) {
                            newLine = markCwd(ctx, line, 'file://' + workingDirectory);
                        }
                        line = newLine;
                    }
                    newStack += line;
                }
            }
        } else {
            newStack += '\n' + join(lines, '\n');
        }
        stack = newStack;
    }
    /* The message and the stack have to be indented as well. */
    if (ctx.indentationLvl !== 0) {
        stack = replaceAll(stack, '\n', '\n' + repeat(' ', ctx.indentationLvl));
    }
    return stack;
}

/* ------------------------------------------------------------------------------------------ */
/* Formatters: each returns the array of entries reduceToSingleString joins                    */

function formatArrayBuffer(ctx, value) {
    var bytes = new Uint8Array(value);
    var n = Math.min(ctx.maxArrayLength, bytes.length);
    var parts = [];
    for (var i = 0; i < n; i++) {
        var b = bytes[i];
        parts.push((b < 16 ? '0' : '') + b.toString(16));
    }
    var str = parts.join(' ');
    var remaining = bytes.length - ctx.maxArrayLength;
    if (remaining > 0) str += ' ... ' + remaining + ' more byte' + (remaining > 1 ? 's' : '');
    return [ctx.stylize('[Uint8Contents]', 'special') + ': <' + str + '>'];
}

function formatArray(ctx, value, recurseTimes) {
    var valLen = value.length;
    var len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
    var remaining = valLen - len;
    var output = [];
    for (var i = 0; i < len; i++) {
        if (!hasOwn(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
        output.push(formatProperty(ctx, value, recurseTimes, i, kArrayType));
    }
    if (remaining > 0) output.push(remainingText(remaining));
    return output;
}

/* The array is sparse and/or has extra keys. */
function formatSpecialArray(ctx, value, recurseTimes, maxLength, output, i) {
    var keys = Object.keys(value);
    var index = i;
    var message;
    for (; i < keys.length && output.length < maxLength; i++) {
        var key = keys[i];
        var tmp = +key;
        if (tmp > 4294967294) break;
        if ('' + index !== key) {
            if (!numberRegExp.test(key)) break;
            var emptyItems = tmp - index;
            message = '<' + emptyItems + ' empty item' + (emptyItems > 1 ? 's' : '') + '>';
            output.push(ctx.stylize(message, 'undefined'));
            index = tmp;
            if (output.length === maxLength) break;
        }
        output.push(formatProperty(ctx, value, recurseTimes, key, kArrayType));
        index++;
    }
    var remaining = value.length - index;
    if (output.length !== maxLength) {
        if (remaining > 0) {
            message = '<' + remaining + ' empty item' + (remaining > 1 ? 's' : '') + '>';
            output.push(ctx.stylize(message, 'undefined'));
        }
    } else if (remaining > 0) {
        output.push(remainingText(remaining));
    }
    return output;
}

function formatTypedArray(value, length, ctx, recurseTimes) {
    var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    var remaining = value.length - maxLength;
    var output = [];
    var elementFormatter = value.length > 0 && typeof value[0] === 'number' ?
        formatNumber : formatBigInt;
    for (var i = 0; i < maxLength; ++i) {
        output.push(elementFormatter(ctx.stylize, value[i], ctx.numericSeparator));
    }
    if (remaining > 0) output.push(remainingText(remaining));
    if (ctx.showHidden) {
        /* .buffer goes last: it is not a primitive like the others. */
        ctx.indentationLvl += 2;
        var names = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
        for (var k = 0; k < names.length; k++) {
            var str = formatValue(ctx, value[names[k]], recurseTimes, true);
            output.push('[' + names[k] + ']: ' + str);
        }
        ctx.indentationLvl -= 2;
    }
    return output;
}

function formatSet(value, length, ctx, recurseTimes) {
    var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    var remaining = length - maxLength;
    var entries = [];
    collectionForEach(value, 'Set').call(value, function (v) {
        if (entries.length < maxLength) entries.push(v);
    });
    var output = [];
    ctx.indentationLvl += 2;
    for (var i = 0; i < entries.length; i++) {
        output.push(formatValue(ctx, entries[i], recurseTimes));
    }
    if (remaining > 0) output.push(remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
}

function formatMap(value, length, ctx, recurseTimes) {
    var maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
    var remaining = length - maxLength;
    var entries = [];
    collectionForEach(value, 'Map').call(value, function (v, k) {
        if (entries.length < maxLength * 2) entries.push(k, v);
    });
    var output = [];
    ctx.indentationLvl += 2;
    for (var i = 0; i < entries.length; i += 2) {
        output.push(formatValue(ctx, entries[i], recurseTimes) + ' => ' +
            formatValue(ctx, entries[i + 1], recurseTimes));
    }
    if (remaining > 0) output.push(remainingText(remaining));
    ctx.indentationLvl -= 2;
    return output;
}

function getIteratorBraces(type, tag) {
    if (tag !== type + ' Iterator') {
        if (tag !== '') tag += '] [';
        tag += type + ' Iterator';
    }
    return ['[' + tag + '] {', '}'];
}

/* Map/Set iterators of the polyfills preview their remaining entries, without advancing, through
 * the function under Symbol.for('nodule.previewEntries'): it returns [entries, isKeyValue],
 * entries flat ([k1, v1, k2, v2, ...]) when isKeyValue. */
function formatIterator(braces, ctx, value, recurseTimes) {
    var preview = value[previewEntriesSymbol]();
    var entries = preview[0];
    var maxLength, output, i;
    ctx.indentationLvl += 2;
    if (preview[1]) {
        braces[0] = braces[0].replace(/ Iterator] {$/, ' Entries] {');
        var len = entries.length / 2;
        maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), len);
        output = [];
        for (i = 0; i < maxLength; i++) {
            var res = [formatValue(ctx, entries[i * 2], recurseTimes),
                formatValue(ctx, entries[i * 2 + 1], recurseTimes)];
            output.push(reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType,
                recurseTimes));
        }
        ctx.indentationLvl -= 2;
        if (len - maxLength > 0) output.push(remainingText(len - maxLength));
        return output;
    }
    maxLength = Math.min(Math.max(ctx.maxArrayLength, 0), entries.length);
    output = [];
    for (i = 0; i < maxLength; i++) output.push(formatValue(ctx, entries[i], recurseTimes));
    ctx.indentationLvl -= 2;
    if (entries.length - maxLength > 0) output.push(remainingText(entries.length - maxLength));
    return output;
}

function formatWeakCollection(ctx) {
    return [ctx.stylize('<items unknown>', 'special')];
}

function formatPromise(ctx, value, recurseTimes) {
    var details;
    var hook = safeGet(value, promiseStateSymbol);
    if (typeof hook === 'function') details = hook.call(value);
    if (!details || details.state === 'pending') {
        return [ctx.stylize('<pending>', 'special')];
    }
    ctx.indentationLvl += 2;
    var str = formatValue(ctx, details.value, recurseTimes);
    ctx.indentationLvl -= 2;
    return [details.state === 'rejected' ? ctx.stylize('<rejected>', 'special') + ' ' + str : str];
}

function formatProperty(ctx, value, recurseTimes, key, type, desc, original) {
    var name, str;
    var extra = ' ';
    if (original === undefined) original = value;
    desc = desc || getOwnPropertyDescriptor(value, key) || { value: value[key], enumerable: true };
    if (desc.get !== undefined && namespaces.has(value)) {
        /* an ES module's exports are bindings, shown by value (until initialised) */
        try {
            desc = { value: value[key], enumerable: true };
        } catch (e) {
            return formatKey(ctx, key) + ': ' + ctx.stylize('<uninitialized>', 'special');
        }
    }
    if (desc.value !== undefined) {
        var diff = (ctx.compact !== true || type !== kObjectType) ? 2 : 3;
        ctx.indentationLvl += diff;
        str = formatValue(ctx, desc.value, recurseTimes);
        if (diff === 3 && ctx.breakLength < getStringWidth(str, ctx.colors)) {
            extra = '\n' + repeat(' ', ctx.indentationLvl);
        }
        ctx.indentationLvl -= diff;
    } else if (desc.get !== undefined) {
        var label = desc.set !== undefined ? 'Getter/Setter' : 'Getter';
        var s = ctx.stylize;
        var sp = 'special';
        if (ctx.getters && (ctx.getters === true ||
            (ctx.getters === 'get' && desc.set === undefined) ||
            (ctx.getters === 'set' && desc.set !== undefined))) {
            try {
                var tmp = desc.get.call(original);
                ctx.indentationLvl += 2;
                if (tmp === null) {
                    str = s('[' + label + ':', sp) + ' ' + s('null', 'null') + s(']', sp);
                } else if (typeof tmp === 'object') {
                    str = s('[' + label + ']', sp) + ' ' + formatValue(ctx, tmp, recurseTimes);
                } else {
                    var primitive = formatPrimitive(s, tmp, ctx);
                    str = s('[' + label + ':', sp) + ' ' + primitive + s(']', sp);
                }
                ctx.indentationLvl -= 2;
            } catch (err) {
                var message = '<Inspection threw (' + err.message + ')>';
                str = s('[' + label + ':', sp) + ' ' + message + s(']', sp);
            }
        } else {
            str = ctx.stylize('[' + label + ']', sp);
        }
    } else if (desc.set !== undefined) {
        str = ctx.stylize('[Setter]', 'special');
    } else {
        str = ctx.stylize('undefined', 'undefined');
    }
    if (type === kArrayType) return str;
    return (desc.enumerable === false && typeof key !== 'symbol' && key !== '__proto__' ?
        '[' + keyEscape(key) + ']' : formatKey(ctx, key)) + ':' + extra + str;
}

/* A property's name as formatProperty prints it. */
function formatKey(ctx, key) {
    var name;
    if (typeof key === 'symbol') {
        name = '[' + ctx.stylize(keyEscape(Symbol.prototype.toString.call(key)), 'symbol') + ']';
    } else if (key === '__proto__') {
        name = '[\'__proto__\']';
    } else if (keyStrRegExp.test(key)) {
        name = ctx.stylize(key, 'name');
    } else {
        name = ctx.stylize(strEscape(key), 'string');
    }
    return name;
}

/* ------------------------------------------------------------------------------------------ */
/* Line breaking                                                                               */

/* Lines up short array entries in columns (Node's groupArrayElements). */
function groupArrayElements(ctx, output, value) {
    var totalLength = 0;
    var maxLength = 0;
    var i = 0;
    var outputLength = output.length;
    if (ctx.maxArrayLength < output.length) {
        /* The "... n more items" entry does not take part. */
        outputLength--;
    }
    var separatorSpace = 2;     /* ", " */
    var dataLen = new Array(outputLength);
    for (; i < outputLength; i++) {
        var len = getStringWidth(output[i], ctx.colors);
        dataLen[i] = len;
        totalLength += len + separatorSpace;
        if (maxLength < len) maxLength = len;
    }
    var actualMax = maxLength + separatorSpace;
    /* At least three entries must fit next to each other, and no entry may be much longer than
     * the others. */
    if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
        (totalLength / actualMax > 5 || maxLength <= 6)) {
        var approxCharHeights = 2.5;
        var averageBias = Math.sqrt(actualMax - totalLength / output.length);
        var biasedMax = Math.max(actualMax - 3 - averageBias, 1);
        var columns = Math.min(
            Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
            Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
            ctx.compact * 4,
            15);
        if (columns <= 1) return output;
        var tmp = [];
        var maxLineLength = [];
        for (i = 0; i < columns; i++) {
            var lineMaxLength = 0;
            for (var j = i; j < output.length; j += columns) {
                if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
            }
            maxLineLength.push(lineMaxLength + separatorSpace);
        }
        var order = padStart;
        if (value !== undefined) {
            for (i = 0; i < output.length; i++) {
                if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') {
                    order = padEnd;
                    break;
                }
            }
        }
        for (i = 0; i < outputLength; i += columns) {
            var max = Math.min(i + columns, outputLength);
            var str = '';
            var k = i;
            for (; k < max - 1; k++) {
                var padding = maxLineLength[k - i] + output[k].length - dataLen[k];
                str += order(output[k] + ', ', padding, ' ');
            }
            if (order === padStart) {
                var lastPadding = maxLineLength[k - i] + output[k].length - dataLen[k] -
                    separatorSpace;
                str += padStart(output[k], lastPadding, ' ');
            } else {
                str += output[k];
            }
            tmp.push(str);
        }
        if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
        output = tmp;
    }
    return output;
}

function isBelowBreakLength(ctx, output, start, base) {
    var totalLength = output.length + start;
    if (totalLength + output.length > ctx.breakLength) return false;
    for (var i = 0; i < output.length; i++) {
        if (ctx.colors) {
            totalLength += removeColors(output[i]).length;
        } else {
            totalLength += output[i].length;
        }
        if (totalLength > ctx.breakLength) return false;
    }
    /* Do not line up properties on the same line if `base` contains line breaks. */
    return base === '' || base.indexOf('\n') === -1;
}

function reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value) {
    var indentation;
    if (ctx.compact !== true) {
        if (typeof ctx.compact === 'number' && ctx.compact >= 1) {
            var entries = output.length;
            if (extrasType === kArrayExtrasType && entries > 6) {
                output = groupArrayElements(ctx, output, value);
            }
            /* Combine up to ctx.compact inner levels on one line, when short enough.
             * ctx.currentDepth is the depth of the innermost object formatted last. */
            if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
                var start = output.length + ctx.indentationLvl + braces[0].length + base.length +
                    10;
                if (isBelowBreakLength(ctx, output, start, base)) {
                    var joinedOutput = join(output, ', ');
                    if (joinedOutput.indexOf('\n') === -1) {
                        return (base ? base + ' ' : '') + braces[0] + ' ' + joinedOutput + ' ' +
                            braces[1];
                    }
                }
            }
        }
        indentation = '\n' + repeat(' ', ctx.indentationLvl);
        return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
            join(output, ',' + indentation + '  ') + indentation + braces[1];
    }
    if (isBelowBreakLength(ctx, output, 0, base)) {
        return braces[0] + (base ? ' ' + base : '') + ' ' + join(output, ', ') + ' ' + braces[1];
    }
    indentation = repeat(' ', ctx.indentationLvl);
    /* A long opening brace like "Set {" forces the first entry onto the next line. */
    var ln = base === '' && braces[0].length === 1 ?
        ' ' : (base ? ' ' + base : '') + '\n' + indentation + '  ';
    return braces[0] + ln + join(output, ',\n' + indentation + '  ') + ' ' + braces[1];
}

/* ------------------------------------------------------------------------------------------ */
/* format                                                                                      */

function returnFalse() {
    return false;
}

/* True when value's toString is the one of a built-in prototype, so %s should inspect it. */
function hasBuiltInToString(value) {
    var hasOwnToString = hasOwn;
    var hasOwnToPrimitive = hasOwn;
    if (typeof value.toString !== 'function') {
        if (typeof value[toPrimitiveSymbol] !== 'function') {
            return true;
        } else if (hasOwn(value, toPrimitiveSymbol)) {
            return false;
        }
        hasOwnToString = returnFalse;
    } else if (hasOwn(value, 'toString')) {
        return false;
    } else if (typeof value[toPrimitiveSymbol] !== 'function') {
        hasOwnToPrimitive = returnFalse;
    } else if (hasOwn(value, toPrimitiveSymbol)) {
        return false;
    }
    var pointer = value;
    do {
        pointer = getPrototypeOf(pointer);
    } while (!hasOwnToString(pointer, 'toString') &&
             !hasOwnToPrimitive(pointer, toPrimitiveSymbol));
    var descriptor = getOwnPropertyDescriptor(pointer, 'constructor');
    return descriptor !== undefined &&
        typeof descriptor.value === 'function' &&
        isBuiltInName(descriptor.value.name);
}

var circularErrorMessage;

function firstErrorLine(error) {
    return String(error.message).split('\n')[0];
}

function tryStringify(arg) {
    try {
        return JSON.stringify(arg);
    } catch (err) {
        if (!circularErrorMessage) {
            try {
                var a = {};
                a.a = a;
                JSON.stringify(a);
            } catch (circularError) {
                circularErrorMessage = firstErrorLine(circularError);
            }
        }
        if (err.name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) {
            return '[Circular]';
        }
        throw err;
    }
}

function formatNumberNoColor(number, options) {
    var sep = options && options.numericSeparator != null ? options.numericSeparator :
        inspectDefaultOptions.numericSeparator;
    return formatNumber(stylizeNoColor, number, sep);
}

function formatBigIntNoColor(bigint, options) {
    var sep = options && options.numericSeparator != null ? options.numericSeparator :
        inspectDefaultOptions.numericSeparator;
    return formatBigInt(stylizeNoColor, bigint, sep);
}

function withOptions(inspectOptions, extra) {
    var opts = {};
    var keys, i;
    if (inspectOptions) {
        keys = Object.keys(inspectOptions);
        for (i = 0; i < keys.length; i++) opts[keys[i]] = inspectOptions[keys[i]];
    }
    keys = Object.keys(extra);
    for (i = 0; i < keys.length; i++) opts[keys[i]] = extra[keys[i]];
    return opts;
}

/* Returns a printf-like formatted string, as Node's util.format(...args). */
function format() {
    var args = new Array(arguments.length);
    for (var i = 0; i < arguments.length; i++) args[i] = arguments[i];
    return formatWithOptionsInternal(undefined, args);
}

/* Like format, with inspectOptions passed on to each inspect() call. */
function formatWithOptions(inspectOptions) {
    if (inspectOptions === null || typeof inspectOptions !== 'object') {
        throw invalidArgType('inspectOptions', 'object', inspectOptions);
    }
    var args = new Array(arguments.length - 1);
    for (var i = 1; i < arguments.length; i++) args[i - 1] = arguments[i];
    return formatWithOptionsInternal(inspectOptions, args);
}

function formatWithOptionsInternal(inspectOptions, args) {
    var first = args[0];
    var a = 0;
    var str = '';
    var joinStr = '';
    var tempStr;

    if (typeof first === 'string') {
        if (args.length === 1) return first;
        var lastPos = 0;
        for (var i = 0; i < first.length - 1; i++) {
            if (first.charCodeAt(i) !== 37) continue;  /* '%' */
            var nextChar = first.charCodeAt(++i);
            if (a + 1 !== args.length) {
                var arg;
                switch (nextChar) {
                case 115:   /* 's' */
                    arg = args[++a];
                    if (typeof arg === 'number') {
                        tempStr = formatNumberNoColor(arg, inspectOptions);
                    } else if (typeof arg === 'bigint') {
                        tempStr = formatBigIntNoColor(arg, inspectOptions);
                    } else if (typeof arg !== 'object' || arg === null ||
                               !hasBuiltInToString(arg)) {
                        tempStr = String(arg);
                    } else {
                        tempStr = inspect(arg, withOptions(inspectOptions,
                            { compact: 3, colors: false, depth: 0 }));
                    }
                    break;
                case 106:   /* 'j' */
                    tempStr = tryStringify(args[++a]);
                    break;
                case 100:   /* 'd' */
                    arg = args[++a];
                    if (typeof arg === 'bigint') {
                        tempStr = formatBigIntNoColor(arg, inspectOptions);
                    } else if (typeof arg === 'symbol') {
                        tempStr = 'NaN';
                    } else {
                        tempStr = formatNumberNoColor(Number(arg), inspectOptions);
                    }
                    break;
                case 79:    /* 'O' */
                    tempStr = inspect(args[++a], inspectOptions);
                    break;
                case 111:   /* 'o' */
                    tempStr = inspect(args[++a], withOptions(inspectOptions,
                        { showHidden: true, showProxy: true, depth: 4 }));
                    break;
                case 105:   /* 'i' */
                    arg = args[++a];
                    if (typeof arg === 'bigint') {
                        tempStr = formatBigIntNoColor(arg, inspectOptions);
                    } else if (typeof arg === 'symbol') {
                        tempStr = 'NaN';
                    } else {
                        tempStr = formatNumberNoColor(parseInt(arg), inspectOptions);
                    }
                    break;
                case 102:   /* 'f' */
                    arg = args[++a];
                    if (typeof arg === 'symbol') {
                        tempStr = 'NaN';
                    } else {
                        tempStr = formatNumberNoColor(parseFloat(arg), inspectOptions);
                    }
                    break;
                case 99:    /* 'c': CSS is consumed and ignored */
                    a += 1;
                    tempStr = '';
                    break;
                case 37:    /* '%' */
                    str += first.slice(lastPos, i);
                    lastPos = i + 1;
                    continue;
                default:    /* not a placeholder */
                    continue;
                }
                if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
                str += tempStr;
                lastPos = i + 1;
            } else if (nextChar === 37) {
                str += first.slice(lastPos, i);
                lastPos = i + 1;
            }
        }
        if (lastPos !== 0) {
            a++;
            joinStr = ' ';
            if (lastPos < first.length) str += first.slice(lastPos);
        }
    }

    while (a < args.length) {
        var value = args[a];
        str += joinStr;
        str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
        joinStr = ' ';
        a++;
    }
    return str;
}

/* ------------------------------------------------------------------------------------------ */
/* String width                                                                                */

/* Code points that Node 20 (with ICU) counts as 0 or 2 columns wide: base-36 pairs
 * "gap from the previous range:length - 1", decoded on first use.  Recorded from node's own
 * getStringWidth over every code point; everything else is 1 column wide. */
var zeroWidthRanges =
    '3j:w,gw:33,7n:6,7b:18,1,1:1,1:1,1,1k:5,a:a,1,1a:k,g,2t:7,1:5,2:1,1:3,x,1,u:q,2j:a,1m:8,9,o' +
    ':3,1:8,1:2,1:4,17:2,1g:1,5:8,16:1k,1j,1,4:7,4,3:6,a:1,t,1m,4:3,8,k:1,q,2:1,1l,4:1,4:1,2:2,' +
    '3,u:1,3,b:1,1l,4:4,1:1,4,k:1,m:5,1,1m,2,1:3,8,7:1,b:1,u,1p,c,1e,3,1j,1:2,5:2,1:3,7:1,b:1,t' +
    ',1m,2,6,5:1,k:1,s:1,1l:1,4:3,8,k:1,t,20,7:2,1,2i,2:6,c:7,2q,2:8,b:6,21:1,r,1,1,1j:d,1:4,1:' +
    '1,5:a,1:z,9,2u:3,1:5,1:1,2:1,p:1,4:2,g:3,d,2:1,6,f,jj:2,qa:2,t:1,u:1,u:1,1s:1,1:6,8,2:a,9,' +
    '19:4,39:1,y,3a:2,4:1,9,6:2,63:1,2,1m,1:6,1,1,2:7,6:9,2,1c:19,2:b,k:3,1c,1:4,1,5,14:8,c:1,w' +
    ':3,2:1,1:2,1k,1:1,3,1:2,1m:7,2:1,48:2,1:c,1:6,4,6,3:1,5i:1r,ej:4,q:4,1d:4,1:9,2o:w,2da:2,3' +
    'x,2o:v,nsf:3,1:9,w:1,28:1,7k,3,4,p:1,5,47:1,q:h,d,12:7,p:a,1a:2,1c,2:3,2:1,13,1v:5,2:1,2:1' +
    ',c,8,1b,1f,1:2,2:1,5:1,1,16:1,8,6m,2,4,fn4,kh:f,g:f,5r,6x:2,e9,6a,45:4,1ae:2,1:1,5:3,14:2,' +
    '4,4l:1,fx:3,1t:4,8t:1,25:5,1y:a,1d:3,3f,1i:e,15,2:1,a:2,1d:3,2:1,2,4,a,1e:2,10:4,1:7,1q,c:' +
    '1,1g:8,a:3,2,2n:2,2,1:1,6,2,4d,3:7,l:1,1l:1,3,11:6,3:4,1y:5,d,1,1,e:1,2d:7,2:2,1,n,2c:5,1,' +
    '4:1,1:1,6m:3,6:1,1:1,r:1,2d:7,2,1:1,2y,1,2:5,1,2t,1,2:3,1:4,77:8,1:1,74:1,1,4,40:3,2:1,4,w' +
    ':9,14:5,2:3,8,9:5,2:2,1a:c,1:1,5i,1:2,1,5l:6,1:5,1,2a:l,2:6,1:1,1:1,3e:5,3,1:1,1:6,1,20:1,' +
    '3,1,9n:1,b:1,1g:4,5,1,n,445:g,6:e,8ug:b,3:2,1xc:4,1n:6,t4,1r:3,f7u:1,1:3,3mk:19,2:m,f4:2,9' +
    ':f,2:6,u:3,44:2,1iz:1i,4:1d,8,e,m:4,1:e,11s:6,1:g,2:6,1:1,1:4,2s,4g:6,af,1p:3,e4:3,72:1,6r' +
    ',2,7:1,5,d6:6,31:6,gzau,u:2n,3k:6n';
var wideRanges =
    '3cw:2n,3i2:1,d:1,5a:3,3,2,eh:1,l:1,q:7,g:b,17,a:5,3,d,8:1,h:1,5:1,8,5,l,7:1,1,4,2,7,4:1,s,' +
    'z,1,4:2,1,1p:2,o,e,nv:1,1f,4,mi:p,1:2g,c:5x,q:26,2:2d,2:2u,5:16,1:2l,1:2d,9:1b,1:13,8:mkc,' +
    '3:1i,wp:s,hv:8mb,6l8:e7,ls:9,m:y,1:i,1:3,45:2n,3j:6,m49:4,b:6,9:5p1,15:v,2p:36,6pp:3,1:6,1' +
    ':1,1:82,f,t:2,2,e:3,8:az,602:1,2j:1,8z:2e,9:m,5n1,5m,5a,2:9,23:s,d:17,4:8,7:1,e:5,4a:w,c:8' +
    ',1:1x,1:l,c:16,4:4,c:g,3,3:1y,1,1:56,2:1q,d:3,1:n,i,q:1,d,2e:2c,1c:1x,6,3:2,2:3,3:3,b:1,7:' +
    '8,6b:b,4,7v:1a,1:9,1:54,34:c,3:a,3:1k,1,4:f,2:b,4:9,zr:1ekd,2:1ekd';
var widthTables;

function decodeRanges(str) {
    var parts = str.split(',');
    var out = [];
    var prev = 0;
    for (var i = 0; i < parts.length; i++) {
        var colon = parts[i].indexOf(':');
        var start = prev + parseInt(colon === -1 ? parts[i] : parts[i].slice(0, colon), 36);
        var end = start + (colon === -1 ? 0 : parseInt(parts[i].slice(colon + 1), 36));
        out.push(start, end);
        prev = end + 1;
    }
    return out;
}

function inRanges(ranges, code) {
    var lo = 0;
    var hi = ranges.length / 2 - 1;
    while (lo <= hi) {
        var mid = (lo + hi) >> 1;
        if (code < ranges[mid * 2]) {
            hi = mid - 1;
        } else if (code > ranges[mid * 2 + 1]) {
            lo = mid + 1;
        } else {
            return true;
        }
    }
    return false;
}

function codePointWidth(code) {
    if (widthTables === undefined) {
        widthTables = { zero: decodeRanges(zeroWidthRanges), wide: decodeRanges(wideRanges) };
    }
    if (inRanges(widthTables.wide, code)) return 2;
    return inRanges(widthTables.zero, code) ? 0 : 1;
}

/* True for code points Node's non-ICU width estimate counts as zero columns (readline uses it). */
function isZeroWidthCodePoint(code) {
    return code <= 0x1F ||
        (code >= 0x7F && code <= 0x9F) ||
        (code >= 0x300 && code <= 0x36F) ||
        (code >= 0x200B && code <= 0x200F) ||
        (code >= 0x20D0 && code <= 0x20FF) ||
        (code >= 0xFE00 && code <= 0xFE0F) ||
        (code >= 0xFE20 && code <= 0xFE2F) ||
        (code >= 0xE0100 && code <= 0xE01EF);
}

/* Returns the number of terminal columns str takes, as Node's ICU-based getStringWidth. */
function getStringWidth(str, removeControlChars) {
    var width = 0;
    if (removeControlChars === undefined || removeControlChars) {
        str = stripVTControlCharacters(str);
    }
    for (var i = 0; i < str.length; i++) {
        var code = str.charCodeAt(i);
        if (code < 127) {
            width += code >= 32 ? 1 : 0;
            continue;
        }
        if (code >= 0xd800 && code <= 0xdbff && i + 1 < str.length) {
            var low = str.charCodeAt(i + 1);
            if (low >= 0xdc00 && low <= 0xdfff) {
                code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
                i++;
            }
        }
        width += codePointWidth(code);
    }
    return width;
}

/* Removes ANSI escape sequences (colours, cursor moves) from str. */
function stripVTControlCharacters(str) {
    if (typeof str !== 'string') throw invalidArgType('str', 'string', str);
    if (ansiRegExp === undefined) {
        ansiRegExp = new RegExp(
            '[\\u001B\\u009B][[\\]()#;?]*' +
            '(?:(?:(?:(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]+)*' +
            '|[a-zA-Z\\d]+(?:;[-a-zA-Z\\d\\/\\#&.:=?%@~_]*)*)?' +
            '(?:\\u0007|\\u001B\\u005C|\\u009C))' +
            '|(?:(?:\\d{1,4}(?:;\\d{0,4})*)?' +
            '[\\dA-PR-TZcf-nq-uy=><~]))', 'g');
    }
    return str.replace(ansiRegExp, '');
}

module.exports = {
    getProxyDetails: getProxyDetails,
    identicalSequenceRange: identicalSequenceRange,
    inspect: inspect,
    inspectDefaultOptions: inspectDefaultOptions,
    format: format,
    formatWithOptions: formatWithOptions,
    getStringWidth: getStringWidth,
    stripVTControlCharacters: stripVTControlCharacters,
    isZeroWidthCodePoint: isZeroWidthCodePoint,
    customInspectSymbol: customInspectSymbol,
    isError: isError,
    invalidArgType: invalidArgType,
    types: {
        isAnyArrayBuffer: isAnyArrayBuffer,
        isArgumentsObject: isArgumentsObject,
        isArrayBuffer: isArrayBuffer,
        isArrayBufferView: isArrayBufferView,
        isBigIntObject: isBigIntObject,
        isBooleanObject: isBooleanObject,
        isBoxedPrimitive: isBoxedPrimitive,
        isDataView: isDataView,
        isDate: isDate,
        isMap: isMap,
        isNativeError: isNativeError,
        isNumberObject: isNumberObject,
        isPromise: isPromise,
        isRegExp: isRegExp,
        isSet: isSet,
        isStringObject: isStringObject,
        isSymbolObject: isSymbolObject,
        isTypedArray: isTypedArray,
        isUint8Array: isUint8Array,
        isWeakMap: isWeakMap,
        isWeakSet: isWeakSet,
        typedArrayName: typedArrayName,
        isClass: isClass
    }
};
