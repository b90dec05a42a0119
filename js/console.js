'use strict';
/* js/console.js: the global console and Node's Console class.
 *
 * Formatting is util.format's (js/internal/util/inspect.js), loaded on the first call that needs
 * it: a call whose arguments are all strings without '%' is joined directly, which keeps a
 * script that only prints text from loading the inspector at all. */

var kGroupIndent = Symbol('kGroupIndent');
var kCounts = Symbol('kCounts');
var kTimers = Symbol('kTimers');
var inspectModule = null;

function lazyInspect() {
    if (inspectModule === null) {
        inspectModule = require('internal/util/inspect');
    }
    return inspectModule;
}

/* Strings, numbers, booleans, null and undefined print the same through util.format as through
 * String() (but -0), so a call made only of them needs no inspector. */
function simpleText(v) {
    switch (typeof v) {
    case 'string':
        return v;
    case 'number':
        return v === 0 && 1 / v < 0 ? '-0' : String(v);
    case 'boolean':
    case 'undefined':
        return String(v);
    default:
        return v === null ? 'null' : null;
    }
}

function formatArgs(args) {
    var n = args.length;
    if (n === 0) {
        return '';
    }
    if (typeof args[0] === 'string' && args[0].indexOf('%') !== -1) {
        return lazyInspect().format.apply(null, args);
    }
    var text = simpleText(args[0]);
    for (var i = 1; i < n && text !== null; i++) {
        var part = simpleText(args[i]);
        text = part === null ? null : text + ' ' + part;
    }
    return text !== null ? text : lazyInspect().format.apply(null, args);
}

function Console(options, stderr, ignoreErrors) {
    if (!(this instanceof Console)) {
        return new Console(options, stderr, ignoreErrors);
    }
    if (!options || typeof options.write === 'function') {
        options = { stdout: options, stderr: stderr };
    }
    var out = options.stdout;
    if (!out || typeof out.write !== 'function') {
        var errors = require('internal/errors');
        throw new errors.codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
    }
    Object.defineProperty(this, '_stdout', { value: out, writable: true, configurable: true });
    Object.defineProperty(this, '_stderr', {
        value: options.stderr || out, writable: true, configurable: true
    });
    Object.defineProperty(this, kGroupIndent, { value: '', writable: true });
    Object.defineProperty(this, kCounts, { value: {}, writable: true });
    Object.defineProperty(this, kTimers, { value: {}, writable: true });
    /* Node binds every method to the instance, so `var log = console.log; log(1)` works, and
     * keeps its name ('log', not 'bound log'). */
    var self = this;
    Object.keys(Console.prototype).forEach(function (name) {
        self[name] = Console.prototype[name].bind(self);
        Object.defineProperty(self[name], 'name', { value: name, configurable: true });
    });
}

function writeTo(console, stream, text) {
    var indent = console[kGroupIndent];
    if (indent.length > 0) {
        text = indent + (text.indexOf('\n') === -1 ? text : text.split('\n').join('\n' + indent));
    }
    stream.write(text + '\n');
}

Console.prototype.log = function log() {
    writeTo(this, this._stdout, formatArgs(arguments));
};
Console.prototype.info = Console.prototype.log;
Console.prototype.debug = Console.prototype.log;
Console.prototype.dirxml = Console.prototype.log;

Console.prototype.warn = function warn() {
    writeTo(this, this._stderr, formatArgs(arguments));
};
Console.prototype.error = Console.prototype.warn;

Console.prototype.dir = function dir(object, options) {
    var opts = { customInspect: false };
    if (options) {
        for (var k in options) {
            opts[k] = options[k];
        }
    }
    writeTo(this, this._stdout, lazyInspect().inspect(object, opts));
};

Console.prototype.trace = function trace() {
    var err = new Error(formatArgs(arguments));
    err.name = 'Trace';
    var stack = String(err.stack);
    /* Drop this function's own frame, as V8's captureStackTrace(err, trace) does. */
    var lines = stack.split('\n');
    var firstFrame = 1;
    while (firstFrame < lines.length && !/^\s+at /.test(lines[firstFrame])) {
        firstFrame++;
    }
    if (firstFrame < lines.length) {
        lines.splice(firstFrame, 1);
    }
    writeTo(this, this._stderr, lines.join('\n'));
};

Console.prototype.assert = function assert(expression) {
    if (expression) {
        return;
    }
    var args = Array.prototype.slice.call(arguments, 1);
    if (typeof args[0] === 'string') {
        args[0] = 'Assertion failed: ' + args[0];
    } else {
        args.unshift('Assertion failed');
    }
    this.warn.apply(this, args);
};

/* Clears a terminal (cursor home, then the screen below it); elsewhere does nothing, as Node. */
Console.prototype.clear = function clear() {
    if (this._stdout.isTTY && process.env.TERM !== 'dumb') {
        var readline = require('readline');
        readline.cursorTo(this._stdout, 0, 0);
        readline.clearScreenDown(this._stdout);
    }
};

Console.prototype.count = function count(label) {
    label = label === undefined ? 'default' : String(label);
    var counts = this[kCounts];
    counts[label] = (counts.hasOwnProperty(label) ? counts[label] : 0) + 1;
    this.log(label + ': ' + counts[label]);
};

Console.prototype.countReset = function countReset(label) {
    label = label === undefined ? 'default' : String(label);
    var counts = this[kCounts];
    if (!counts.hasOwnProperty(label)) {
        process.emitWarning("Count for '" + label + "' does not exist");
        return;
    }
    delete counts[label];
};

Console.prototype.group = function group() {
    if (arguments.length > 0) {
        this.log.apply(this, arguments);
    }
    this[kGroupIndent] += '  ';
};
Console.prototype.groupCollapsed = Console.prototype.group;

Console.prototype.groupEnd = function groupEnd() {
    this[kGroupIndent] = this[kGroupIndent].slice(0, -2);
};

/* Node's time format: 3 significant decimals, in the largest fitting unit. */
function formatTime(ms) {
    var value = ms;
    var unit = 'ms';
    if (ms >= 3600000) {
        value = ms / 3600000;
        unit = 'h';
    } else if (ms >= 60000) {
        value = ms / 60000;
        unit = 'min';
    } else if (ms >= 1000) {
        value = ms / 1000;
        unit = 's';
    }
    return value.toFixed(3) + unit;
}

function timeNow() {
    var t = process.hrtime();
    return t[0] * 1e3 + t[1] / 1e6;
}

Console.prototype.time = function time(label) {
    label = label === undefined ? 'default' : String(label);
    var timers = this[kTimers];
    if (timers.hasOwnProperty(label)) {
        process.emitWarning("Label '" + label + "' already exists for console.time()");
        return;
    }
    timers[label] = timeNow();
};

function timeLogImpl(console, name, label, args) {
    label = label === undefined ? 'default' : String(label);
    var timers = console[kTimers];
    if (!timers.hasOwnProperty(label)) {
        process.emitWarning("No such label '" + label + "' for console." + name + '()');
        return false;
    }
    var text = label + ': ' + formatTime(timeNow() - timers[label]);
    if (args.length > 0) {
        text += ' ' + formatArgs(args);
    }
    console.log(text);
    return true;
}

Console.prototype.timeEnd = function timeEnd(label) {
    if (timeLogImpl(this, 'timeEnd', label, [])) {
        delete this[kTimers][label === undefined ? 'default' : String(label)];
    }
};

Console.prototype.timeLog = function timeLog(label) {
    timeLogImpl(this, 'timeLog', label, Array.prototype.slice.call(arguments, 1));
};

Console.prototype.table = function table(data, properties) {
    if (properties !== undefined && !Array.isArray(properties)) {
        var errors = require('internal/errors');
        throw new errors.codes.ERR_INVALID_ARG_TYPE('properties', 'Array', properties);
    }
    var text = require('internal/cli_table').render(data, properties);
    if (text === null) {
        this.log(data);
    } else {
        this.log(text);
    }
};

var globalConsole = new Console({ stdout: process.stdout, stderr: process.stderr });
globalConsole.Console = Console;

/* V8's inspector methods, which Node's global console has and which do nothing without a
 * front end; context() gives such a console of its own, createTask() a task that runs fn. */
globalConsole.profile = function profile() {
};
globalConsole.profileEnd = function profileEnd() {
};
globalConsole.timeStamp = function timeStamp() {
};
globalConsole.context = function context() {
    return require('inspector').console.context();
};
globalConsole.createTask = function createTask(name) {
    if (typeof name !== 'string' || name === '') {
        throw new Error('First argument must be a non-empty string.');
    }
    return { run: function run(fn) {
        return fn();
    } };
};

module.exports = globalConsole;
