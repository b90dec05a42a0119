'use strict';
/* js/readline.js: Node's 'readline': createInterface / Interface over any readable stream
 * ('line', 'close', 'pause', 'resume', 'history', question, prompt, write, async iteration),
 * the cursor helpers, emitKeypressEvents, and readline.promises.  The Interface here is the
 * callable legacy constructor whose internal methods also answer to their underscore names
 * (rl._writeToOutput = ... is honoured, as in Node).  Differences from Node 20 are listed in
 * docs/api.md. */

var callbacks = require('internal/readline/callbacks');
var emitKeypressEvents = require('internal/readline/emitKeypressEvents');
var internal = require('internal/readline/interface');
var errors = require('internal/errors');
var validators = require('internal/validators');
var EventEmitter = require('events');

var BaseInterface = internal.Interface;
var InterfaceConstructor = internal.InterfaceConstructor;
var kEmptyObject = Object.freeze(Object.create(null));
var kCustomPromisified = Symbol['for']('nodejs.util.promisify.custom');

function disposeKey() {
    return typeof Symbol.dispose === 'symbol' ? Symbol.dispose : Symbol['for']('nodejs.dispose');
}

/* Interface(input[, output[, completer[, terminal]]]) or Interface(options); `new` is
 * optional.  A completer of one argument is called synchronously and may return the
 * completions; one of two arguments gets a Node-style callback. */
function Interface(input, output, completer, terminal) {
    if (!(this instanceof Interface)) {
        return new Interface(input, output, completer, terminal);
    }
    if (input && input.input && typeof input.completer === 'function' &&
        input.completer.length !== 2) {
        var inputCompleter = input.completer;
        input.completer = function (v, cb) {
            cb(null, inputCompleter(v));
        };
    } else if (typeof completer === 'function' && completer.length !== 2) {
        var realCompleter = completer;
        completer = function (v, cb) {
            cb(null, realCompleter(v));
        };
    }
    InterfaceConstructor.call(this, input, output, completer, terminal);
    if (process.env.TERM === 'dumb') {
        this._ttyWrite = ttyWriteDumb.bind(this);
    }
}
Object.setPrototypeOf(Interface.prototype, BaseInterface.prototype);
Object.setPrototypeOf(Interface, BaseInterface);

function define(name, value) {
    Object.defineProperty(Interface.prototype, name, {
        value: value, writable: true, configurable: true, enumerable: true
    });
}

/* Writes query to the output and calls cb with the next line.  An aborted options.signal
 * cancels the question. */
define('question', function question(query, options, cb) {
    var self = this;
    cb = typeof options === 'function' ? options : cb;
    if (options === null || typeof options !== 'object') {
        options = kEmptyObject;
    }
    if (options.signal) {
        validators.validateAbortSignal(options.signal, 'options.signal');
        if (options.signal.aborted) {
            return;
        }
        var disposable = EventEmitter.addAbortListener(options.signal, function () {
            self[internal.kQuestionCancel]();
        });
        var originalCb = cb;
        cb = typeof cb === 'function' ? function (answer) {
            disposable[disposeKey()]();
            return originalCb(answer);
        } : disposable[disposeKey()];
    }
    if (typeof cb === 'function') {
        this[internal.kQuestion](query, cb);
    }
});

Interface.prototype.question[kCustomPromisified] = function question(query, options) {
    var self = this;
    if (options === null || typeof options !== 'object') {
        options = kEmptyObject;
    }
    if (options.signal && options.signal.aborted) {
        return Promise.reject(new errors.AbortError(undefined, { cause: options.signal.reason }));
    }
    return new Promise(function (resolve, reject) {
        var cb = resolve;
        if (options.signal) {
            var disposable = EventEmitter.addAbortListener(options.signal, function () {
                reject(new errors.AbortError(undefined, { cause: options.signal.reason }));
            });
            cb = function (answer) {
                disposable[disposeKey()]();
                resolve(answer);
            };
        }
        self.question(query, options, cb);
    });
};

/* The internal methods, reachable (and replaceable) under their legacy names: each symbol
 * key reads the underscore property, so an override of rl._x is what readline calls. */
var legacyNames = [
    ['_setRawMode', internal.kSetRawMode], ['_onLine', internal.kOnLine],
    ['_writeToOutput', internal.kWriteToOutput], ['_addHistory', internal.kAddHistory],
    ['_refreshLine', internal.kRefreshLine], ['_normalWrite', internal.kNormalWrite],
    ['_insertString', internal.kInsertString], ['_tabComplete', internal.kTabComplete],
    ['_wordLeft', internal.kWordLeft], ['_wordRight', internal.kWordRight],
    ['_deleteLeft', internal.kDeleteLeft], ['_deleteRight', internal.kDeleteRight],
    ['_deleteWordLeft', internal.kDeleteWordLeft],
    ['_deleteWordRight', internal.kDeleteWordRight],
    ['_deleteLineLeft', internal.kDeleteLineLeft],
    ['_deleteLineRight', internal.kDeleteLineRight], ['_line', internal.kLine],
    ['_historyNext', internal.kHistoryNext], ['_historyPrev', internal.kHistoryPrev],
    ['_getDisplayPos', internal.kGetDisplayPos], ['_moveCursor', internal.kMoveCursor],
    ['_ttyWrite', internal.kTtyWrite]
];
legacyNames.forEach(function (pair) {
    var name = pair[0];
    Object.defineProperty(Interface.prototype, pair[1], {
        configurable: true,
        get: function () {
            return this[name];
        }
    });
    define(name, BaseInterface.prototype[pair[1]]);
});
define('_getCursorPos', BaseInterface.prototype.getCursorPos);

/* Legacy completers take a callback. */
define('_tabComplete', function (lastKeypressWasTab) {
    var self = this;
    this.pause();
    var string = this.line.slice(0, this.cursor);
    this.completer(string, function (err, value) {
        self.resume();
        if (err) {
            self._writeToOutput('Tab completion error: ' +
                require('internal/util/inspect').inspect(err));
            return;
        }
        self[internal.kTabCompleter](lastKeypressWasTab, value);
    });
});

var legacyFields = [
    ['_decoder', internal.kDecoder], ['_line_buffer', internal.kLine_buffer],
    ['_oldPrompt', internal.kOldPrompt], ['_previousKey', internal.kPreviousKey],
    ['_prompt', internal.kPrompt], ['_questionCallback', internal.kQuestionCallback],
    ['_sawKeyPress', internal.kSawKeyPress], ['_sawReturnAt', internal.kSawReturnAt]
];
legacyFields.forEach(function (pair) {
    var key = pair[1];
    Object.defineProperty(Interface.prototype, pair[0], {
        configurable: true,
        get: function () {
            return this[key];
        },
        set: function (value) {
            this[key] = value;
        }
    });
});

/* Line editing for TERM=dumb: no cursor movement, only typing and line ends. */
function ttyWriteDumb(s, key) {
    key = key || kEmptyObject;
    if (key.name === 'escape') {
        return;
    }
    if (this[internal.kSawReturnAt] && key.name !== 'enter') {
        this[internal.kSawReturnAt] = 0;
    }
    if (key.ctrl) {
        if (key.name === 'c') {
            if (this.listenerCount('SIGINT') > 0) {
                this.emit('SIGINT');
            } else {
                this.close();
            }
            return;
        } else if (key.name === 'd') {
            this.close();
            return;
        }
    }
    switch (key.name) {
        case 'return':
            this[internal.kSawReturnAt] = Date.now();
            this._line();
            break;
        case 'enter':
            if (this[internal.kSawReturnAt] === 0 ||
                Date.now() - this[internal.kSawReturnAt] > this.crlfDelay) {
                this._line();
            }
            this[internal.kSawReturnAt] = 0;
            break;
        default:
            if (typeof s === 'string' && s) {
                this.line += s;
                this.cursor += s.length;
                this._writeToOutput(s);
            }
    }
}

/* Returns a new readline.Interface (see Interface). */
function createInterface(input, output, completer, terminal) {
    return new Interface(input, output, completer, terminal);
}

module.exports = {
    Interface: Interface,
    clearLine: callbacks.clearLine,
    clearScreenDown: callbacks.clearScreenDown,
    createInterface: createInterface,
    cursorTo: callbacks.cursorTo,
    emitKeypressEvents: emitKeypressEvents,
    moveCursor: callbacks.moveCursor
};
/* readline.promises loads on first use: the REPL's start-up does not need it. */
Object.defineProperty(module.exports, 'promises', {
    configurable: true,
    enumerable: true,
    get: function () {
        return require('readline/promises');
    }
});
