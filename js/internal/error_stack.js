'use strict';
/* js/internal/error_stack.js: Node's (V8's) shape for errors on Duktape.
 *
 * - err.stack: Duktape's traceback lines `at name (file:line) flags` become V8's
 *   `at name (file:line)`, `at file:line` for anonymous functions, `at Object.<anonymous>` for
 *   module code and `at name (<anonymous>)` for native functions; Duktape's own C frames are
 *   dropped.  V8 also prints columns; Duktape does not track them.
 * - Error.captureStackTrace(obj[, fn]) and Error.stackTraceLimit, which npm packages use.
 * - Messages of errors Duktape raises itself are reworded as V8 words them, through
 *   Duktape.errCreate, so scripts that print or match err.message see Node's text.
 * The Duktape global is removed from the global object (Node has none); internal code reaches
 * it through this module's `duktape` export. */

var globalObject = Function('return this')();
var builtinCache = null;

/* Returns true when the bundled module id has been loaded already. */
function builtinLoaded(id) {
    return builtinCache !== null && builtinCache[id] !== undefined && builtinCache[id].loaded;
}
var duktape = globalObject.Duktape;
var rawStackGetter = null;
var utilBinding = internalBinding('util');
var kThrowSite = utilBinding.hiddenKey('throwSite');
/* { value, site } for the last primitive user code threw. */
var primitiveThrow = null;

var FRAME_RE = /^ {4}at (.*?) \((.*)\)(?: ([a-z ]+))?$/;

/* FRAME_RE.exec(line), [4] saying whether the frame is in one of Duktape's C files
 * (/\.c:\d+$/ on the place): lib/util.c's parseFrame, or the expressions themselves for a line
 * it leaves to them. */
function parseFrameLine(line) {
    var m = utilBinding.parseFrame(line);
    if (m === undefined) {
        m = FRAME_RE.exec(line);
        if (m !== null) {
            m[4] = /\.c:\d+$/.test(m[2]);
        }
    }
    return m;
}

function frameLine(line) {
    var m = parseFrameLine(line);
    if (m === null) {
        return line;
    }
    var name = m[1];
    var where = m[2];
    var flags = m[3] || '';
    if (flags.indexOf('internal') !== -1 || m[4]) {
        return null;
    }
    if (where === '' || flags.indexOf('native') !== -1) {
        return '    at ' + (name === '[anon]' ? '<anonymous>' : name) + ' (<anonymous>)';
    }
    if (name === '[anon]') {
        return '    at ' + where;
    }
    return '    at ' + name + ' (' + where + ')';
}

/* Duktape's traceback -> V8's.  The first line (name: message) is kept as is. */
function v8Stack(raw) {
    var lines = raw.split('\n');
    var out = [];
    var frames = 0;
    var limit = typeof Error.stackTraceLimit === 'number' ? Error.stackTraceLimit : 10;
    for (var i = 0; i < lines.length; i++) {
        if (i > 0 && /^ {4}at /.test(lines[i])) {
            var l = frameLine(lines[i]);
            if (l !== null && frames < limit) {
                out.push(l);
                frames++;
            }
        } else if (i === 0 || lines[i] !== '    [...]') {
            /* Duktape's mark of a cut traceback; V8 just stops */
            out.push(lines[i]);
        }
    }
    return out.join('\n');
}

function headerOf(obj) {
    var name = obj.name === undefined ? 'Error' : String(obj.name);
    var message = obj.message === undefined ? '' : String(obj.message);
    /* Node's own errors show their code: `TypeError [ERR_X]: message`.  Such an error exists
     * only once internal/errors is loaded, so the check costs nothing before. */
    if (typeof obj.code === 'string' && builtinLoaded('internal/errors')) {
        var kIsNodeError = require('internal/errors').kIsNodeError;
        if (obj[kIsNodeError] === true && name.indexOf('[') === -1) {
            name += ' [' + obj.code + ']';
        }
    }
    if (name === '') {
        return message;
    }
    return message === '' ? name : name + ': ' + message;
}

/* ---- V8's structured stack traces: Error.prepareStackTrace(err, callSites) ----
 * Packages such as depd and callsites set Error.prepareStackTrace and read CallSite objects;
 * these are built from Duktape's frames (the column is not known: 0). */
function CallSite(name, file, line, isNative) {
    this.name = name;
    this.file = file;
    this.line = line;
    this.native = isNative;
}
CallSite.prototype.getFileName = function () { return this.file; };
CallSite.prototype.getScriptNameOrSourceURL = function () { return this.file; };
CallSite.prototype.getLineNumber = function () { return this.line; };
CallSite.prototype.getColumnNumber = function () { return this.line === null ? null : 0; };
CallSite.prototype.getFunctionName = function () { return this.name; };
CallSite.prototype.getMethodName = function () { return this.name; };
CallSite.prototype.getTypeName = function () { return null; };
CallSite.prototype.getThis = function () { return undefined; };
CallSite.prototype.getFunction = function () { return undefined; };
CallSite.prototype.getEvalOrigin = function () { return undefined; };
CallSite.prototype.isNative = function () { return this.native; };
CallSite.prototype.isToplevel = function () { return this.name === null; };
CallSite.prototype.isEval = function () { return false; };
CallSite.prototype.isConstructor = function () { return false; };
CallSite.prototype.isAsync = function () { return false; };
CallSite.prototype.isPromiseAll = function () { return false; };
CallSite.prototype.getPromiseIndex = function () { return null; };
CallSite.prototype.toString = function () {
    var where = this.native ? 'native' : (this.file || '<anonymous>') +
        (this.line !== null ? ':' + this.line : '');
    return this.name ? this.name + ' (' + where + ')' : where;
};

/* CallSites for the frames of a raw Duktape traceback (Duktape's own C frames left out). */
function callSites(rawLines) {
    var sites = [];
    for (var i = 0; i < rawLines.length; i++) {
        var m = parseFrameLine(rawLines[i]);
        if (m === null) {
            continue;
        }
        var flags = m[3] || '';
        if (flags.indexOf('internal') !== -1 || m[4]) {
            continue;
        }
        var name = m[1] === '[anon]' ? null : m[1];
        if (m[2] === '' || flags.indexOf('native') !== -1) {
            sites.push(new CallSite(name, null, null, true));
            continue;
        }
        var colon = m[2].lastIndexOf(':');
        sites.push(new CallSite(name, m[2].slice(0, colon), Number(m[2].slice(colon + 1)), false));
    }
    return sites;
}

/* Runs a user's Error.prepareStackTrace over the frames of raw; undefined when there is none. */
function prepared(err, rawFrames) {
    var prepare = Error.prepareStackTrace;
    if (typeof prepare !== 'function') {
        return undefined;
    }
    var sites = callSites(rawFrames);
    var limit = typeof Error.stackTraceLimit === 'number' ? Error.stackTraceLimit : 10;
    return prepare(err, sites.slice(0, limit));
}

function stackGetter() {
    var raw = rawStackGetter.call(this);
    if (typeof raw !== 'string') {
        return raw;
    }
    if (typeof Error.prepareStackTrace === 'function') {
        var at = raw.indexOf('\n    at ');
        return prepared(this, at === -1 ? [] : raw.slice(at + 1).split('\n'));
    }
    /* The header may span lines (a message with newlines): frames start at the first `at`. */
    var at = raw.indexOf('\n    at ');
    return v8Stack(at === -1 ? headerOf(this) : headerOf(this) + raw.slice(at));
}

function stackSetter(value) {
    Object.defineProperty(this, 'stack', {
        value: value, writable: true, configurable: true, enumerable: false
    });
}

function captureStackTrace(obj, fn) {
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function')) {
        var errors = require('internal/errors');
        throw new errors.codes.ERR_INVALID_ARG_TYPE('object', 'Object', obj);
    }
    var raw = rawStackGetter.call(new Error());
    var lines = typeof raw === 'string' ? raw.split('\n') : [];
    /* Skip the header (one line: the message is empty) and this function's own frame.  With fn,
     * V8 drops every frame up to and including fn's; Duktape's frames name functions, not
     * identities, so the last frame bearing fn's name marks the cut. */
    var frames = lines.slice(2);
    if (typeof fn === 'function' && fn.name) {
        var marker = '    at ' + fn.name + ' (';
        for (var i = frames.length - 1; i >= 0; i--) {
            if (frames[i].indexOf(marker) === 0) {
                frames = frames.slice(i + 1);
                break;
            }
        }
    }
    var value;
    if (typeof Error.prepareStackTrace === 'function') {
        value = prepared(obj, frames);
    } else {
        value = v8Stack(headerOf(obj) + (frames.length > 0 ? '\n' + frames.join('\n') : ''));
    }
    Object.defineProperty(obj, 'stack', {
        value: value, writable: true, configurable: true, enumerable: false
    });
}

/* Source lines of the last few files an error needed (a file is read once, not per error). */
var sourceFiles = [];

function sourceLine(file, line) {
    if (typeof file !== 'string' || typeof line !== 'number' || line < 1 ||
        file.indexOf('node:') === 0 || file.charAt(0) === '[') {
        return null;
    }
    var lines = null;
    for (var i = 0; i < sourceFiles.length; i++) {
        if (sourceFiles[i].file === file) {
            lines = sourceFiles[i].lines;
            break;
        }
    }
    if (lines === null) {
        try {
            var path = file.indexOf('file://') === 0 ?
                require('url').fileURLToPath(file) : file;
            lines = internalBinding('fs').readFileUtf8(path).split('\n');
        } catch (e) {
            lines = [];
        }
        sourceFiles.unshift({ file: file, lines: lines });
        if (sourceFiles.length > 4) {
            sourceFiles.pop();
        }
    }
    return line <= lines.length ? lines[line - 1] : null;
}

/* What V8 names in 'X is not a function' for a call of property `key` that is not a function:
 * the callee's source text, `o.key` or `this.a.key`, when the line of the call has exactly one
 * such member call (Duktape knows only the key and the line); else the key alone. */
function calleeText(err, key) {
    if (!/^[A-Za-z_$][\w$]*$/.test(key)) {
        return key;
    }
    var src = sourceLine(err.fileName, err.lineNumber);
    if (src === null) {
        return key;
    }
    var re = new RegExp('(?:^|[^\\w$.])([A-Za-z_$][\\w$]*(?:\\??\\.[A-Za-z_$][\\w$]*)*)\\??\\.' +
        key.replace(/\$/g, '\\$') + '\\s*\\(', 'g');
    var text = null;
    var m;
    while ((m = re.exec(src)) !== null) {
        if (text !== null && text !== m[1]) {
            return key;
        }
        text = m[1];
    }
    return text === null ? key : text + '.' + key;
}

/* Words that can stand before '(' without being a call of that name. */
var NOT_CALLEES = /^(?:if|for|while|switch|catch|function|return|typeof|void|delete|new|in|of|do|else|await|yield|super|import|with|case|throw|instanceof)$/;

/* What V8 names in 'X is not a function' for a call that is not a member call: the callee's
 * name (`cb` for `cb()` when cb is undefined) when the line of the call calls exactly one name
 * that way (not after '.' or `new`, not a function's own name, no `f()()` on it); else
 * Duktape's text of the value. */
function plainCalleeText(err, valueText) {
    var src = sourceLine(err.fileName, err.lineNumber);
    if (src === null) {
        return valueText;
    }
    if (/\)\s*\(/.test(src)) {
        return valueText; /* a call of a call's result, f()(), which V8 names 'f(...)' */
    }
    var re = /(\bnew\s+|\bfunction\s*\*?\s*|\.\s*)?\b([A-Za-z_$][\w$]*)\s*\(/g;
    var name = null;
    var m;
    while ((m = re.exec(src)) !== null) {
        if (m[1] !== undefined || NOT_CALLEES.test(m[2])) {
            continue;
        }
        if (name !== null && name !== m[2]) {
            return valueText;
        }
        name = m[2];
    }
    return name === null ? valueText : name;
}

var rewrites = [
    [/^cannot read property '(.*)' of (null|undefined)$/, function (m) {
        return "Cannot read properties of " + m[2] + " (reading '" + m[1] + "')";
    }],
    [/^cannot write property '(.*)' of (null|undefined)$/, function (m) {
        return "Cannot set properties of " + m[2] + " (setting '" + m[1] + "')";
    }],
    [/^identifier '(.*)' undefined$/, function (m) {
        return m[1] + ' is not defined';
    }],
    [/^(.*) not callable \(property '(.*)' of .*\)$/, function (m, err) {
        return calleeText(err, m[2]) + ' is not a function';
    }],
    [/^(.*) not callable$/, function (m, err) {
        return plainCalleeText(err, m[1]) + ' is not a function';
    }],
    [/^(.*) not constructable$/, function (m) {
        return m[1] + ' is not a constructor';
    }],
    [/^callstack limit$|^C stack depth limit$|^compiler recursion limit$/, function () {
        return 'Maximum call stack size exceeded';
    }],
    [/^not object coercible$/, function () {
        return 'Cannot convert undefined or null to object';
    }],
    [/^invalid array length$/, function () {
        return 'Invalid array length';
    }],
    [/^invalid instanceof rval$/, function () {
        return "Right-hand side of 'instanceof' is not callable";
    }],
    /* `x instanceof undefined`: Duktape's generic object check, raised straight from the
     * executor (the same words from a built-in name another stack index or a native frame) */
    [/^object required, found .* \(stack index -1\)$/, function (m, err) {
        var raw = rawStackGetter !== null ? String(rawStackGetter.call(err)) : '';
        var frames = raw.split('\n');
        return frames.length > 2 && frames[2].indexOf(') native') === -1 ?
            "Right-hand side of 'instanceof' is not an object" : m[0];
    }],
    [/^cannot (?:define|write) property '(.*)', object is not extensible$/, function (m) {
        return 'Cannot add property ' + m[1] + ', object is not extensible';
    }],
    [/^not writable$/, function () {
        return 'Cannot assign to read only property';
    }],
    [/^cannot (?:string )?coerce Symbol$/, function () {
        return 'Cannot convert a Symbol value to a string';
    }],
    /* decodeURI(Component) of a bad escape (Duktape's URIError says 'invalid input') */
    [/^invalid input$/, function (m, err) {
        return err instanceof URIError ? 'URI malformed' : m[0];
    }],
    /* JSON.stringify of a cycle; V8 goes on to name the path that closes the circle. */
    [/^cyclic input$/, function () {
        return 'Converting circular structure to JSON';
    }]
];

/* True when Duktape itself raised err: its first traceback frame is one of Duktape's C files
 * (`at [anon] (duk_hobject_props.c:2621) internal`).  Errors that JavaScript constructs keep
 * their text, whatever it says. */
function raisedByEngine(err) {
    var raw = rawStackGetter !== null ? rawStackGetter.call(err) : '';
    if (typeof raw !== 'string') {
        return false;
    }
    var at = raw.indexOf('\n    at ');
    if (at === -1) {
        return false;
    }
    var end = raw.indexOf('\n', at + 1);
    var frame = end === -1 ? raw.slice(at + 1) : raw.slice(at + 1, end);
    return /\.c:\d+\) internal/.test(frame) || / \(\) native/.test(frame);
}

function rewriteMessage(err) {
    if (err === null || typeof err !== 'object' || typeof err.message !== 'string') {
        return err;
    }
    var msg = err.message;
    if (msg === '') {
        /* new Error() (captureStackTrace makes one a call): nothing below matches */
        return err;
    }
    if (err instanceof SyntaxError && / \(line \d+(?:, end of input)?\)$/.test(msg) &&
        raisedByEngine(err)) {
        /* The file and line are printed above the message, as V8 does. */
        msg = err.message = msg.replace(/ \(line \d+(?:, end of input)?\)$/, '');
    }
    for (var i = 0; i < rewrites.length; i++) {
        var m = rewrites[i][0].exec(msg);
        if (m !== null) {
            if (raisedByEngine(err)) {
                err.message = rewrites[i][1](m, err);
            }
            break;
        }
    }
    return err;
}

function isObjectLike(value) {
    return value !== null && (typeof value === 'object' || typeof value === 'function');
}

/* The site of a throw from inside the runtime, above which Node prints its own source line. */
var INTERNAL_SITE = { file: null, line: 0 };

/* True for a frame that runs on behalf of its caller, as V8's built-ins do: native functions,
 * the polyfilled built-ins and the lowered code's helpers.  A throw there is its caller's. */
function onBehalfOfCaller(file) {
    return typeof file !== 'string' || file.indexOf('node:internal/polyfills/') === 0 ||
        file === 'node:internal/lower_runtime';
}

/* Duktape.errThrow: notes where `value` was thrown, the line Node prints above an uncaught error
 * (a rethrow moves it): user code's file and line, or INTERNAL_SITE; on the value itself, or for a
 * primitive in primitiveThrow.  A rejection reported by task_queues forgets it, so the error's
 * creation line is shown, as Node shows for a rejection. */
function noteThrow(value) {
    /* -1 is act itself, -2 this hook, -3 the function that threw. */
    var site = null;
    for (var level = -3; ; level--) {
        var act = duktape.act(level);
        if (!act) {
            break;
        }
        var file = act['function'] && act['function'].fileName;
        if (!onBehalfOfCaller(file)) {
            if (file.indexOf('node:') !== 0) {
                site = { file: file, line: act.lineNumber };
            } else if (file !== 'node:internal/process/task_queues') {
                site = INTERNAL_SITE;
            }
            break;
        }
    }
    if (isObjectLike(value)) {
        try {
            value[kThrowSite] = site;
        } catch (e) {
            /* A frozen value keeps its creation line. */
        }
    } else {
        primitiveThrow = site && { value: value, site: site };
    }
    return value;
}

/* Returns { file, line } where `value` was last thrown ({ file: null } inside the runtime), or
 * null when unknown. */
function throwSite(value) {
    if (isObjectLike(value)) {
        return Object.prototype.hasOwnProperty.call(value, kThrowSite) ? value[kThrowSite] : null;
    }
    return primitiveThrow !== null && primitiveThrow.value === value ? primitiveThrow.site : null;
}

function install(cache) {
    builtinCache = cache;
    var desc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
    if (desc && typeof desc.get === 'function') {
        rawStackGetter = desc.get;
        Object.defineProperty(Error.prototype, 'stack', {
            get: stackGetter, set: stackSetter, configurable: true, enumerable: false
        });
    }
    Object.defineProperty(Error, 'captureStackTrace', {
        value: captureStackTrace, writable: true, configurable: true, enumerable: false
    });
    Error.stackTraceLimit = 10;
    if (duktape) {
        duktape.errCreate = function (err) {
            /* Only Duktape's own errors need rewording; cheap test first. */
            if (err instanceof Error && !err.hasOwnProperty('code')) {
                rewriteMessage(err);
            }
            return err;
        };
        duktape.errThrow = noteThrow;
        delete globalObject.Duktape;
    }
}

module.exports = {
    install: install,
    duktape: duktape,
    throwSite: throwSite,
    v8Stack: v8Stack
};
