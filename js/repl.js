'use strict';
/* js/repl.js: Node's 'repl' module and the interactive session of `nodule` with no script.
 *
 * Each input is lowered (so modern syntax works) and run as global code: var, let, const,
 * function and class declarations persist between inputs.  Results print through util.inspect
 * (colours on a colour terminal); `_` and `_error` hold the last result and error; an input that
 * ends early (an open brace, an unterminated template) continues on a `... ` prompt; the
 * commands are .break, .clear, .editor (on a terminal), .exit, .help, .load and .save.
 * On a terminal, input goes through readline in raw mode: cursor keys, Home/End, word moves,
 * Ctrl+A/E/K/U/W, history with up/down and Ctrl+R search (internal/repl/reverse_search), Tab
 * completion, and the command-line REPL keeps a history file; elsewhere lines are read as they
 * come. */

var EventEmitter = require('events');
var contextify = internalBinding('contextify');
var inspectModule = require('internal/util/inspect');
var ReverseSearch = require('internal/repl/reverse_search').ReverseSearch;
var inherits = require('internal/util/inherit_class');

var kCliRepl = Symbol('kCliRepl');
var kRecoverable = /^(Unexpected end of input|Unterminated template literal|missing \) after argument list)/;

function REPLServer(options) {
    if (!(this instanceof REPLServer)) {
        return new REPLServer(options);
    }
    EventEmitter.call(this);
    if (typeof options === 'string') {
        options = { prompt: options };
    }
    options = options || {};
    this.input = options.input || process.stdin;
    this.output = options.output || process.stdout;
    this._prompt = options.prompt === undefined ? '> ' : String(options.prompt);
    this.terminal = options.terminal === undefined ? !!this.output.isTTY : !!options.terminal;
    this.useColors = options.useColors === undefined ? this.terminal &&
        process.env.NO_COLOR === undefined : !!options.useColors;
    this.ignoreUndefined = !!options.ignoreUndefined;
    this.useGlobal = !!options.useGlobal;
    this.context = global;
    this.commands = Object.create(null);
    this.lines = [];
    this.last = undefined;
    this._buffer = '';
    this._pending = '';
    this._closed = false;
    this._sawSigint = false;
    this._evalCount = 0;
    this._customEval = typeof options.eval === 'function' ? options.eval : null;
    this.editorMode = false;
    this._editorBuffer = '';
    this._editorDone = false;
    this._loading = false;
    defineDefaultCommands(this);
    if (options[kCliRepl] === true) {
        reportAsyncErrors(this);
    }
    var self = this;
    this._rl = null;
    if (usesLineEditor(this)) {
        this._rl = require('readline').createInterface({
            input: this.input, output: this.output, terminal: true, historySize: 1000,
            prompt: this._prompt, completer: function (line) { return self.complete(line); }
        });
        this._rl.on('line', function (line) { self._line(line); });
        hookKeys(this);
        if (options[kCliRepl] === true) {
            /* The history file is the command-line REPL's, as in Node. */
            setupHistoryFile(this, undefined);
        }
        this._rl.on('SIGINT', function () { self._sigint(); });
        this._rl.on('close', function () {
            if (!self._closed) {
                self.output.write('\n');
                self.close();
            }
        });
        this.displayPrompt();
        return;
    }
    if (typeof this.input.setEncoding === 'function') {
        this.input.setEncoding('utf8');
    }
    this._onData = function (chunk) { self._feed(String(chunk)); };
    this._onEnd = function () {
        if (self._pending.length > 0) {
            var rest = self._pending;
            self._pending = '';
            self._line(rest);
        }
        if (self.terminal) {
            self.output.write('\n');
        }
        self.close();
    };
    this.input.on('data', this._onData);
    this.input.on('end', this._onEnd);
    if (this.input === process.stdin && this.terminal) {
        this._onSigint = function () { self._sigint(); };
        process.on('SIGINT', this._onSigint);
    }
    if (typeof this.input.resume === 'function') {
        this.input.resume();
    }
    this.displayPrompt();
}
inherits(REPLServer, EventEmitter);

REPLServer.prototype.setPrompt = function setPrompt(prompt) {
    this._prompt = String(prompt);
};

REPLServer.prototype.getPrompt = function getPrompt() {
    return this._prompt;
};

REPLServer.prototype.displayPrompt = function displayPrompt() {
    if (this._closed) {
        return;
    }
    var prompt = this.editorMode ? '' : this._buffer.length > 0 ? '... ' : this._prompt;
    if (this._rl !== null) {
        this._rl.setPrompt(prompt);
        this._rl.prompt();
    } else {
        this.output.write(prompt);
    }
};

REPLServer.prototype.clearBufferedCommand = function clearBufferedCommand() {
    this._buffer = '';
};

REPLServer.prototype.defineCommand = function defineCommand(keyword, cmd) {
    if (typeof cmd === 'function') {
        cmd = { action: cmd };
    }
    if (cmd === null || typeof cmd !== 'object' || typeof cmd.action !== 'function') {
        var errors = require('internal/errors');
        throw new errors.codes.ERR_INVALID_ARG_TYPE('cmd.action', 'Function', cmd && cmd.action);
    }
    this.commands[keyword] = cmd;
};

REPLServer.prototype.close = function close() {
    if (this._closed) {
        return;
    }
    this._closed = true;
    if (this._rl !== null) {
        this._rl.close();
    } else {
        this.input.removeListener('data', this._onData);
        this.input.removeListener('end', this._onEnd);
    }
    if (this._onSigint) {
        process.removeListener('SIGINT', this._onSigint);
    }
    if (typeof this.input.pause === 'function') {
        this.input.pause();
    }
    this.emit('exit');
    this.emit('close');
};

REPLServer.prototype.setupHistory = function setupHistory(path, cb) {
    if (typeof cb === 'function') {
        process.nextTick(cb, null, this);
    }
};

/* Ctrl+C: drops the line being typed, a pending multi-line input or the editor's text; on an
 * empty prompt the first press prints Node's hint and the second ends the session. */
REPLServer.prototype._sigint = function _sigint() {
    var empty = this._rl === null || this._rl.line.length === 0;
    if (this._rl !== null) {
        this._rl.clearLine();
    } else {
        this.output.write('\n');
    }
    var pending = this._buffer.length > 0 || this._pending.length > 0 ||
        this._editorBuffer.length > 0;
    this.editorMode = false;
    this._buffer = '';
    this._pending = '';
    this._editorBuffer = '';
    if (!pending && empty) {
        if (this._sawSigint) {
            this._sawSigint = false;
            this.close();
            return;
        }
        this.output.write('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
        this._sawSigint = true;
    } else {
        this._sawSigint = false;
    }
    this.displayPrompt();
};

/* The terminal's keys pass here first: editor mode takes Ctrl+D and the history keys, the
 * history search takes its own; the rest go to readline. */
function hookKeys(repl) {
    var rl = repl._rl;
    var edit = rl._ttyWrite;
    var search = new ReverseSearch(rl);
    rl._ttyWrite = function ttyWrite(d, key) {
        key = key || {};
        if (repl.editorMode) {
            repl._editorKey(d, key, edit);
        } else if (!search.onKey(d, key)) {
            edit.call(rl, d, key);
        }
    };
}

/* In editor mode Ctrl+D ends the text (the line being typed is its last) and runs it; the
 * history keys do nothing, as in Node. */
REPLServer.prototype._editorKey = function _editorKey(d, key, edit) {
    var plain = !key.ctrl && !key.meta;
    if (key.ctrl && !key.shift && key.name === 'd') {
        this.editorMode = false;
        this._editorDone = true;
        edit.call(this._rl, d, { name: 'return' });
    } else if (!(key.ctrl && !key.shift && (key.name === 'n' || key.name === 'p')) &&
               !(plain && (key.name === 'up' || key.name === 'down'))) {
        edit.call(this._rl, d, key);
    }
};

/* .load: the file's text goes in as if typed in editor mode (echoed on a terminal) and runs as
 * one input, as in Node. */
REPLServer.prototype._loadText = function _loadText(text) {
    this.editorMode = true;
    this._loading = true;
    if (this._rl !== null) {
        this._rl.write(text);
        this._endLoad();
        this._rl.write('\n');
        return;
    }
    /* Not through _feed: the lines after .load may be waiting there. */
    var lines = text.split('\n');
    var last = lines.pop();
    for (var i = 0; i < lines.length; i++) {
        this._line(lines[i].replace(/\r$/, ''));
    }
    this._endLoad();
    this._line(last);
};

REPLServer.prototype._endLoad = function _endLoad() {
    this._loading = false;
    this.editorMode = false;
    this._editorDone = true;
};

/* A line typed in editor mode joins the text, and the next line starts with its indentation. */
REPLServer.prototype._editorLine = function _editorLine(line) {
    this.lines.push(line);
    this._editorBuffer += line + '\n';
    var indent = /^\s+/.exec(line);
    if (indent !== null && !this._loading && this._rl !== null) {
        this._rl.write(indent[0]);
    }
};

REPLServer.prototype._feed = function _feed(text) {
    this._pending += text;
    var nl;
    while (!this._closed && (nl = this._pending.indexOf('\n')) !== -1) {
        var line = this._pending.slice(0, nl);
        this._pending = this._pending.slice(nl + 1);
        if (line.charAt(line.length - 1) === '\r') {
            line = line.slice(0, -1);
        }
        this._line(line);
    }
};

REPLServer.prototype._line = function _line(line) {
    this._sawSigint = false;
    if (this.editorMode) {
        this._editorLine(line);
        return;
    }
    if (this._editorDone) {
        this.lines.push(line);
        var text = this._editorBuffer + line + '\n';
        this._editorDone = false;
        this._editorBuffer = '';
        this._run(text, true);
        return;
    }
    var trimmed = line.trim();
    if (this._buffer.length === 0 && trimmed.charAt(0) === '.' && /^\.[a-zA-Z]/.test(trimmed)) {
        var space = trimmed.indexOf(' ');
        var keyword = trimmed.slice(1, space === -1 ? undefined : space);
        var rest = space === -1 ? '' : trimmed.slice(space + 1).trim();
        var cmd = this.commands[keyword];
        if (cmd !== undefined) {
            /* Each command shows the next prompt itself, as in Node. */
            cmd.action.call(this, rest);
            return;
        }
        this.output.write('Invalid REPL keyword\n');
        this.displayPrompt();
        return;
    }
    /* .save writes every line typed, commands aside, as Node's REPL does. */
    this.lines.push(line);
    var code = this._buffer.length > 0 ? this._buffer + '\n' + line : line;
    this._run(code, false);
};

/* Runs one complete input; `whole` says no more lines can follow (the editor's text), so an
 * input that ends early is the syntax error it is. */
REPLServer.prototype._run = function _run(code, whole) {
    var self = this;
    if (code.trim() === '') {
        this._buffer = '';
        this.displayPrompt();
        return;
    }
    var outcome = this._evaluate(code);
    if (outcome.recoverable && whole === true) {
        outcome.threw = true;
        outcome.recoverable = false;
    }
    if (outcome.recoverable) {
        this._buffer = code;
        this.displayPrompt();
        return;
    }
    this._buffer = '';
    if (outcome.promise !== undefined) {
        this._awaitOutcome(outcome);
        return;
    }
    if (outcome.threw) {
        global._error = outcome.error;
        this.output.write(syntaxContext(outcome) + 'Uncaught ' +
                          describeError(outcome.error, this.useColors) + '\n');
    } else {
        var value = outcome.value;
        if (!(value === undefined && this.ignoreUndefined)) {
            global._ = value;
            this.last = value;
            this.output.write(this.writer(value) + '\n');
        }
    }
    if (outcome.value !== null && typeof outcome.value === 'object' &&
        typeof outcome.value.then === 'function' && outcome.awaited) {
        outcome.value.then(function () { self.displayPrompt(); });
        return;
    }
    this.displayPrompt();
};

var kKeywords = ['async', 'await', 'break', 'case', 'catch', 'class', 'const', 'continue',
    'debugger', 'default', 'delete', 'do', 'else', 'export', 'extends', 'false', 'finally', 'for',
    'function', 'if', 'import', 'in', 'instanceof', 'let', 'new', 'null', 'return', 'super',
    'switch', 'this', 'throw', 'true', 'try', 'typeof', 'undefined', 'var', 'void', 'while',
    'with', 'yield'];

/* Every property name of obj, own and inherited, without duplicates. */
function propertyNames(obj) {
    var seen = Object.create(null);
    var out = [];
    for (var o = obj; o !== null && o !== undefined; o = Object.getPrototypeOf(o)) {
        var names;
        try {
            names = Object.getOwnPropertyNames(o);
        } catch (e) {
            break;
        }
        for (var i = 0; i < names.length; i++) {
            if (seen[names[i]] !== true && /^[A-Za-z_$][\w$]*$/.test(names[i])) {
                seen[names[i]] = true;
                out.push(names[i]);
            }
        }
        if (typeof o !== 'object' && typeof o !== 'function') {
            break;
        }
    }
    return out;
}

/* Tab completion for readline: [candidates, the word completed].  Global names, properties of
 * an expression before a dot (only chains of names and require('x'), which have no side
 * effects), builtin module names inside require(', and the REPL commands. */
REPLServer.prototype.complete = function complete(line) {
    var m;
    if ((m = /\brequire\(\s*['"]([\w@./-]*)$/.exec(line)) !== null) {
        var partial = m[1];
        var mods = require('internal/modules/cjs/loader').builtinModules;
        return [mods.filter(function (n) { return n.indexOf(partial) === 0; }), partial];
    }
    if ((m = /^\s*\.(\w*)$/.exec(line)) !== null) {
        var cmdPart = m[1];
        var cmds = Object.keys(this.commands).filter(function (c) {
            return c.indexOf(cmdPart) === 0;
        }).map(function (c) { return '.' + c; });
        return [cmds, '.' + cmdPart];
    }
    m = /((?:[A-Za-z_$][\w$]*|require\(\s*['"][\w@./-]+['"]\s*\))(?:\.[A-Za-z_$][\w$]*)*)\.([\w$]*)$/.exec(line);
    var word;
    if (m !== null) {
        word = m[2];
        var base;
        try {
            base = contextify.runInThisContext(m[1], 'repl-complete');
        } catch (e) {
            return [[], word];
        }
        if (base === null || base === undefined) {
            return [[], word];
        }
        var expression = m[1] + '.';
        var members = propertyNames(Object(base)).filter(function (n) {
            return n.indexOf(word) === 0;
        }).sort();
        return [members.map(function (n) { return expression + n; }), expression + word];
    } else {
        m = /([A-Za-z_$][\w$]*)?$/.exec(line);
        word = m[1] || '';
    }
    var hits = propertyNames(global).concat(kKeywords).filter(function (n) { return n.indexOf(word) === 0; }).sort();
    return [hits, word];
};

/* Top-level await: the input ran inside an async function; its result prints when it settles
 * (input that arrives meanwhile is evaluated at once, as in Node's REPL). */
REPLServer.prototype._awaitOutcome = function _awaitOutcome(outcome) {
    var self = this;
    function done() {
        self.displayPrompt();
    }
    outcome.promise.then(function (value) {
        if (self._closed) {
            return;
        }
        if (outcome.discard) {
            value = undefined;
        }
        if (!(value === undefined && self.ignoreUndefined)) {
            global._ = value;
            self.last = value;
            self.output.write(self.writer(value) + '\n');
        }
        done();
    }, function (err) {
        if (self._closed) {
            return;
        }
        global._error = err;
        self.output.write('Uncaught ' + describeError(err, self.useColors) + '\n');
        done();
    });
};

/* Runs code that uses await at the top level inside an async function, as Node's REPL does for
 * the common forms: a declaration `const x = await ...` (the name stays global), an expression
 * (its value is the result), or other statements (undefined). */
function evaluateWithAwait(code, name) {
    var trimmed = code.replace(/;\s*$/, '');
    var m = /^\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*([\s\S]*)$/.exec(trimmed);
    var forms = m !== null ?
        [['var ' + m[1] + '; (async () => { ' + m[1] + ' = (' + m[2] + '\n); })()', true]] :
        [['(async () => { return (' + trimmed + '\n); })()', false],
         ['(async () => { ' + code + '\n })()', true]];
    for (var i = 0; i < forms.length; i++) {
        try {
            return { promise: contextify.runInThisContext(forms[i][0], name), discard: forms[i][1] };
        } catch (e) {
            if (!(e instanceof SyntaxError) || i === forms.length - 1) {
                return { threw: true, error: e };
            }
        }
    }
    return { threw: true, error: new SyntaxError('await is only valid in async functions') };
}

REPLServer.prototype.writer = function writer(value) {
    return inspectModule.inspect(value, { colors: this.useColors, showProxy: true });
};

/* Runs code as global code.  An object literal on its own is read as one (Node wraps a line
 * that starts with { and ends with } in parentheses first). */
REPLServer.prototype._evaluate = function _evaluate(code) {
    var name = 'REPL' + (++this._evalCount);
    if (this._customEval !== null) {
        var result;
        var failure = null;
        var done = false;
        this._customEval.call(this, code, this.context, name, function (err, value) {
            failure = err;
            result = value;
            done = true;
        });
        if (done && failure) {
            return { threw: true, error: failure };
        }
        return { value: result };
    }
    if (/^\s*\{/.test(code) && /\}\s*$/.test(code)) {
        try {
            return { value: contextify.runInThisContext('(' + code + '\n)', name) };
        } catch (e) {
            if (!(e instanceof SyntaxError)) {
                return { threw: true, error: e };
            }
        }
    }
    try {
        contextify.lower(code);
    } catch (e) {
        if (e instanceof SyntaxError && kRecoverable.test(e.message)) {
            return { recoverable: true, error: e, source: code };
        }
        if (e instanceof SyntaxError && /\bawait\b/.test(code)) {
            return evaluateWithAwait(code, name);
        }
        return { threw: true, error: e, source: code };
    }
    try {
        return { value: contextify.runInThisContext(code, name) };
    } catch (e) {
        return { threw: true, error: e };
    }
};

/* Node shows where an input fails to compile: its line, a caret line and a blank line before
 * the error (the caret stays under column 0: the compiler reports no column). */
function syntaxContext(outcome) {
    var err = outcome.error;
    if (outcome.source === undefined || !(err instanceof SyntaxError) ||
        typeof err.lineNumber !== 'number') {
        return '';
    }
    var line = outcome.source.split('\n')[err.lineNumber - 1] || '';
    return line + '\n' + (line.trim() === '' ? '' : '^') + '\n\n';
}

function describeError(err, colors) {
    if (err instanceof Error) {
        var keys = Object.keys(err);
        if (keys.length === 0) {
            return String(err.name) + ': ' + String(err.message);
        }
        var text = inspectModule.inspect(err, { colors: colors });
        var at = text.indexOf('\n    at ');
        return at === -1 ? text : text.slice(0, at) + text.slice(text.indexOf(' {', at) === -1 ?
            text.length : text.indexOf(' {', at));
    }
    return inspectModule.inspect(err, { colors: colors });
}

/* An error thrown by a callback or a rejection nobody handles is printed as an input's error
 * would be, and the session goes on (Node's REPL runs inputs in a domain). */
function reportAsyncErrors(repl) {
    function report(err) {
        global._error = err;
        repl.output.write('Uncaught ' + describeError(err, repl.useColors) + '\n');
        repl.displayPrompt();
    }
    process.on('uncaughtException', report);
    process.on('unhandledRejection', report);
}

/* A terminal in raw mode gets readline's line editing (and with it .editor). */
function usesLineEditor(repl) {
    return repl.terminal && typeof repl.input.setRawMode === 'function';
}

function defineDefaultCommands(repl) {
    repl.defineCommand('break', {
        help: 'Sometimes you get stuck, this gets you out',
        action: function () {
            this.clearBufferedCommand();
            this.displayPrompt();
        }
    });
    /* The context is always the global object here; Node's REPL with a context of its own
     * makes .clear reset it, and says so. */
    repl.defineCommand('clear', {
        help: repl.useGlobal ? 'Alias for .break' : 'Break, and also clear the local context',
        action: function () {
            this.clearBufferedCommand();
            this.displayPrompt();
        }
    });
    if (usesLineEditor(repl)) {
        repl.defineCommand('editor', {
            help: 'Enter editor mode',
            action: function () {
                this.editorMode = true;
                this._rl.setPrompt('');
                this.output.write('// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)\n');
            }
        });
    }
    repl.defineCommand('exit', {
        help: 'Exit the REPL',
        action: function () { this.close(); }
    });
    repl.defineCommand('help', {
        help: 'Print this help message',
        action: function () {
            var names = Object.keys(this.commands).sort();
            var width = 0;
            names.forEach(function (n) { width = Math.max(width, n.length); });
            var self = this;
            var text = names.map(function (n) {
                var help = self.commands[n].help || '';
                return '.' + n + new Array(width - n.length + 4).join(' ') + help;
            }).join('\n');
            this.output.write(text + '\n\nPress Ctrl+C to abort current expression, ' +
                'Ctrl+D to exit the REPL\n');
            this.displayPrompt();
        }
    });
    repl.defineCommand('load', {
        help: 'Load JS from a file into the REPL session',
        action: function (file) {
            var fs = require('fs');
            var text;
            try {
                if (fs.statSync(file).isFile()) {
                    text = fs.readFileSync(file, 'utf8');
                } else {
                    this.output.write('Failed to load: ' + file + ' is not a valid file\n');
                }
            } catch (e) {
                this.output.write('Failed to load: ' + file + '\n');
            }
            if (text !== undefined) {
                this._loadText(text);
            }
            this.displayPrompt();
        }
    });
    repl.defineCommand('save', {
        help: 'Save all evaluated commands in this REPL session to a file',
        action: function (file) {
            try {
                require('fs').writeFileSync(file, this.lines.join('\n'));
                this.output.write('Session saved to: ' + file + '\n');
            } catch (e) {
                this.output.write('Failed to save: ' + file + '\n');
            }
            this.displayPrompt();
        }
    });
}

/* Node's REPL offers the builtin modules as globals (`fs`, `path` ...), loaded on first use. */
function exposeBuiltins() {
    var names = require('internal/modules/cjs/loader').builtinModules;
    names.forEach(function (name) {
        if (name.indexOf('/') !== -1 || name.charAt(0) === '_' ||
            Object.prototype.hasOwnProperty.call(global, name)) {
            return;
        }
        Object.defineProperty(global, name, {
            configurable: true,
            enumerable: false,
            get: function () {
                var value = require(name);
                Object.defineProperty(global, name, {
                    value: value, writable: true, configurable: true, enumerable: false
                });
                return value;
            },
            set: function (value) {
                Object.defineProperty(global, name, {
                    value: value, writable: true, configurable: true, enumerable: false
                });
            }
        });
    });
}

/* The history file: NODE_REPL_HISTORY (or NODULE_REPL_HISTORY) names it, '' turns it off, the
 * default is ~/.nodule_repl_history; NODE_REPL_HISTORY_SIZE lines at most (1000).  Node's format,
 * so the two can share a file: newest line first, no newline after the last.  Every change writes a temporary file and renames it over the old
 * one, so a crash or two sessions at once never leave a torn file (the last writer wins). */
function setupHistoryFile(repl, path) {
    var env = process.env;
    if (path === undefined) {
        path = env.NODULE_REPL_HISTORY !== undefined ? env.NODULE_REPL_HISTORY :
            env.NODE_REPL_HISTORY;
        if (path === undefined) {
            var home = require('os').homedir();
            path = home ? require('path').join(home, '.nodule_repl_history') : '';
        }
    }
    if (!path) {
        return;
    }
    var size = Number(env.NODE_REPL_HISTORY_SIZE) > 0 ? Number(env.NODE_REPL_HISTORY_SIZE) : 1000;
    var fs = require('fs');
    var rl = repl._rl;
    rl.historySize = size;
    try {
        rl.history = fs.readFileSync(path, 'utf8').split(/[\n\r]+/).filter(function (l) {
            return l.trim() !== '';
        }).slice(0, size);
    } catch (e) {
        /* No history yet. */
    }
    rl.on('history', function (history) {
        var tmp = path + '.' + process.pid + '.tmp';
        try {
            fs.writeFileSync(tmp, history.slice(0, size).join('\n'), { mode: 384 });
            fs.renameSync(tmp, path);
        } catch (e) {
            try {
                fs.unlinkSync(tmp);
            } catch (ignored) {
                /* nothing was written */
            }
        }
    });
}

function start(options) {
    return new REPLServer(options);
}

module.exports = {
    start: start,
    REPLServer: REPLServer,
    REPL_MODE_SLOPPY: Symbol('repl-sloppy'),
    REPL_MODE_STRICT: Symbol('repl-strict'),
    builtinModules: require('internal/modules/cjs/loader').builtinModules.filter(function (n) {
        return n.charAt(0) !== '_';
    }),
    _exposeBuiltins: exposeBuiltins,
    _kCliRepl: kCliRepl
};
Object.defineProperty(module.exports, '_exposeBuiltins', { enumerable: false });
Object.defineProperty(module.exports, '_kCliRepl', { enumerable: false });
