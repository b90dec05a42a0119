'use strict';
/* js/internal/readline/interface.js: the Interface shared by 'readline' and
 * 'readline/promises' (Node's internal/readline/interface).
 *
 * Without a terminal, input bytes are decoded as UTF-8 and split into lines on \n, \r\n and a
 * lone \r; a \r ending one chunk and a \n starting the next within crlfDelay ms are one line
 * end.  With a terminal, input goes through emitKeypressEvents and the line editor below
 * (insert, delete, cursor and word motion, kill ring, undo, history, tab completion); the
 * screen is redrawn with the cursor helpers.  Methods Node keys by symbol are keyed by symbol
 * here too; js/readline.js exposes them under their legacy underscore names. */

var EventEmitter = require('events');
var errors = require('internal/errors');
var validators = require('internal/validators');
var inspectMod = require('internal/util/inspect');
var utils = require('internal/readline/utils');
var callbacks = require('internal/readline/callbacks');
var StringDecoder = require('string_decoder').StringDecoder;

var charLengthAt = utils.charLengthAt;
var charLengthLeft = utils.charLengthLeft;
var kSubstringSearch = utils.kSubstringSearch;
var kSawKeyPress = utils.kSawKeyPress;
var cursorTo = callbacks.cursorTo;
var moveCursor = callbacks.moveCursor;
var clearScreenDown = callbacks.clearScreenDown;
var emitKeypressEvents;

var kHistorySize = 30;
var kMaxUndoRedoStackSize = 2048;
var kMincrlfDelay = 100;
/* \r\n, \n, or \r followed by something other than \n */
var lineEnding = /\r?\n|\r(?!\n)/g;
var ESCAPE_CODE_TIMEOUT = 500;
var kMaxLengthOfKillRing = 32;

var kLineObjectStream = Symbol('line object stream');
var kQuestionCancel = Symbol('kQuestionCancel');
var kQuestion = Symbol('kQuestion');
var kAddHistory = Symbol('_addHistory');
var kBeforeEdit = Symbol('_beforeEdit');
var kDecoder = Symbol('_decoder');
var kDeleteLeft = Symbol('_deleteLeft');
var kDeleteLineLeft = Symbol('_deleteLineLeft');
var kDeleteLineRight = Symbol('_deleteLineRight');
var kDeleteRight = Symbol('_deleteRight');
var kDeleteWordLeft = Symbol('_deleteWordLeft');
var kDeleteWordRight = Symbol('_deleteWordRight');
var kGetDisplayPos = Symbol('_getDisplayPos');
var kHistoryNext = Symbol('_historyNext');
var kHistoryPrev = Symbol('_historyPrev');
var kInsertString = Symbol('_insertString');
var kLine = Symbol('_line');
var kLine_buffer = Symbol('_line_buffer');
var kKillRing = Symbol('_killRing');
var kKillRingCursor = Symbol('_killRingCursor');
var kMoveCursor = Symbol('_moveCursor');
var kNormalWrite = Symbol('_normalWrite');
var kOldPrompt = Symbol('_oldPrompt');
var kOnLine = Symbol('_onLine');
var kPreviousKey = Symbol('_previousKey');
var kPrompt = Symbol('_prompt');
var kPushToKillRing = Symbol('_pushToKillRing');
var kPushToUndoStack = Symbol('_pushToUndoStack');
var kQuestionCallback = Symbol('_questionCallback');
var kQuestionReject = Symbol('_questionReject');
var kRedo = Symbol('_redo');
var kRedoStack = Symbol('_redoStack');
var kRefreshLine = Symbol('_refreshLine');
var kSawReturnAt = Symbol('_sawReturnAt');
var kSetRawMode = Symbol('_setRawMode');
var kTabComplete = Symbol('_tabComplete');
var kTabCompleter = Symbol('_tabCompleter');
var kTtyWrite = Symbol('_ttyWrite');
var kUndo = Symbol('_undo');
var kUndoStack = Symbol('_undoStack');
var kWordLeft = Symbol('_wordLeft');
var kWordRight = Symbol('_wordRight');
var kWriteToOutput = Symbol('_writeToOutput');
var kYank = Symbol('_yank');
var kYanking = Symbol('_yanking');
var kYankPop = Symbol('_yankPop');

var kEmptyObject = Object.freeze(Object.create(null));

/* Builds an Interface over input (a readable stream) or over an options object
 * { input, output, completer, terminal, history, historySize, removeHistoryDuplicates,
 *   prompt, crlfDelay, escapeCodeTimeout, tabSize, signal }.  Throws Node's ERR_* for bad
 * options. */
function InterfaceConstructor(input, output, completer, terminal) {
    this[kSawReturnAt] = 0;
    this.isCompletionEnabled = true;
    this[kSawKeyPress] = false;
    this[kPreviousKey] = null;
    this.escapeCodeTimeout = ESCAPE_CODE_TIMEOUT;
    this.tabSize = 8;

    EventEmitter.call(this);

    var history;
    var historySize;
    var removeHistoryDuplicates = false;
    var crlfDelay;
    var prompt = '> ';
    var signal;

    if (input && input.input) {
        output = input.output;
        completer = input.completer;
        terminal = input.terminal;
        history = input.history;
        historySize = input.historySize;
        signal = input.signal;
        if (input.tabSize !== undefined) {
            validators.validateUint32(input.tabSize, 'tabSize', true);
            this.tabSize = input.tabSize;
        }
        removeHistoryDuplicates = input.removeHistoryDuplicates;
        if (input.prompt !== undefined) {
            prompt = input.prompt;
        }
        if (input.escapeCodeTimeout !== undefined) {
            if (typeof input.escapeCodeTimeout === 'number' && isFinite(input.escapeCodeTimeout)) {
                this.escapeCodeTimeout = input.escapeCodeTimeout;
            } else {
                throw new errors.codes.ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout',
                    this.escapeCodeTimeout);
            }
        }
        if (signal) {
            validators.validateAbortSignal(signal, 'options.signal');
        }
        crlfDelay = input.crlfDelay;
        input = input.input;
    }

    if (completer !== undefined && typeof completer !== 'function') {
        throw new errors.codes.ERR_INVALID_ARG_VALUE('completer', completer);
    }
    if (history === undefined) {
        history = [];
    } else {
        validators.validateArray(history, 'history');
    }
    if (historySize === undefined) {
        historySize = kHistorySize;
    }
    validators.validateNumber(historySize, 'historySize', 0);

    /* Backwards compatibility: without `terminal`, follow output.isTTY. */
    if (terminal === undefined && !(output === null || output === undefined)) {
        terminal = !!output.isTTY;
    }

    var self = this;

    this.line = '';
    this[kSubstringSearch] = null;
    this.output = output;
    this.input = input;
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.history = history;
    this.historySize = historySize;
    this[kKillRing] = [];
    this[kKillRingCursor] = 0;
    this.removeHistoryDuplicates = !!removeHistoryDuplicates;
    this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
    this.completer = completer;

    this.setPrompt(prompt);
    this.terminal = !!terminal;

    function onerror(err) {
        self.emit('error', err);
    }
    function ondata(data) {
        self[kNormalWrite](data);
    }
    function onend() {
        if (typeof self[kLine_buffer] === 'string' && self[kLine_buffer].length > 0) {
            self.emit('line', self[kLine_buffer]);
        }
        self.close();
    }
    function ontermend() {
        if (typeof self.line === 'string' && self.line.length > 0) {
            self.emit('line', self.line);
        }
        self.close();
    }
    function onkeypress(s, key) {
        self[kTtyWrite](s, key);
        if (key && key.sequence) {
            var ch = key.sequence.charCodeAt(0);
            if (ch >= 0xd800 && ch <= 0xdfff) {
                self[kRefreshLine]();
            }
        }
    }
    function onresize() {
        self[kRefreshLine]();
    }

    this[kLineObjectStream] = undefined;

    input.on('error', onerror);

    if (!this.terminal) {
        var onSelfCloseWithoutTerminal = function onSelfCloseWithoutTerminal() {
            input.removeListener('data', ondata);
            input.removeListener('error', onerror);
            input.removeListener('end', onend);
        };
        input.on('data', ondata);
        input.on('end', onend);
        self.once('close', onSelfCloseWithoutTerminal);
        this[kDecoder] = new StringDecoder('utf8');
    } else {
        var onSelfCloseWithTerminal = function onSelfCloseWithTerminal() {
            input.removeListener('keypress', onkeypress);
            input.removeListener('error', onerror);
            input.removeListener('end', ontermend);
            if (output !== null && output !== undefined) {
                output.removeListener('resize', onresize);
            }
        };
        if (emitKeypressEvents === undefined) {
            emitKeypressEvents = require('internal/readline/emitKeypressEvents');
        }
        emitKeypressEvents(input, this);
        input.on('keypress', onkeypress);
        input.on('end', ontermend);
        this[kSetRawMode](true);
        this.terminal = true;
        this.cursor = 0;
        this.historyIndex = -1;
        if (output !== null && output !== undefined) {
            output.on('resize', onresize);
        }
        self.once('close', onSelfCloseWithTerminal);
    }

    if (signal) {
        var onAborted = function onAborted() {
            self.close();
        };
        if (signal.aborted) {
            process.nextTick(onAborted);
        } else {
            var disposable = EventEmitter.addAbortListener(signal, onAborted);
            var disposeKey = typeof Symbol.dispose === 'symbol' ? Symbol.dispose :
                Symbol['for']('nodejs.dispose');
            self.once('close', disposable[disposeKey]);
        }
    }

    this.line = '';
    input.resume();
}

Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

/* The class both modules extend; construct it through InterfaceConstructor. */
function Interface(input, output, completer, terminal) {
    InterfaceConstructor.call(this, input, output, completer, terminal);
}
Interface.prototype = Object.create(InterfaceConstructor.prototype, {
    constructor: { value: Interface, writable: true, configurable: true }
});
Object.setPrototypeOf(Interface, InterfaceConstructor);

var proto = Interface.prototype;

Object.defineProperty(proto, 'columns', {
    configurable: true,
    enumerable: false,
    get: function () {
        if (this.output && this.output.columns) {
            return this.output.columns;
        }
        return Infinity;
    }
});

function method(key, fn) {
    Object.defineProperty(proto, key, {
        value: fn, writable: true, configurable: true, enumerable: false
    });
}

method('setPrompt', function setPrompt(prompt) {
    this[kPrompt] = prompt;
});

method('getPrompt', function getPrompt() {
    return this[kPrompt];
});

method(kSetRawMode, function (mode) {
    var wasInRawMode = this.input.isRaw;
    if (typeof this.input.setRawMode === 'function') {
        this.input.setRawMode(mode);
    }
    return wasInRawMode;
});

method('prompt', function prompt(preserveCursor) {
    if (this.paused) {
        this.resume();
    }
    if (this.terminal && process.env.TERM !== 'dumb') {
        if (!preserveCursor) {
            this.cursor = 0;
        }
        this[kRefreshLine]();
    } else {
        this[kWriteToOutput](this[kPrompt]);
    }
});

method(kQuestion, function (query, cb) {
    if (this.closed) {
        throw new errors.codes.ERR_USE_AFTER_CLOSE('readline');
    }
    if (this[kQuestionCallback]) {
        this.prompt();
    } else {
        this[kOldPrompt] = this[kPrompt];
        this.setPrompt(query);
        this[kQuestionCallback] = cb;
        this.prompt();
    }
});

method(kOnLine, function (line) {
    if (this[kQuestionCallback]) {
        var cb = this[kQuestionCallback];
        this[kQuestionCallback] = null;
        this.setPrompt(this[kOldPrompt]);
        cb(line);
    } else {
        this.emit('line', line);
    }
});

method(kBeforeEdit, function (oldText, oldCursor) {
    this[kPushToUndoStack](oldText, oldCursor);
});

method(kQuestionCancel, function () {
    if (this[kQuestionCallback]) {
        this[kQuestionCallback] = null;
        this.setPrompt(this[kOldPrompt]);
        this.clearLine();
    }
});

method(kWriteToOutput, function (stringToWrite) {
    validators.validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) {
        this.output.write(stringToWrite);
    }
});

method(kAddHistory, function () {
    if (this.line.length === 0) {
        return '';
    }
    if (this.historySize === 0) {
        return this.line;
    }
    if (this.line.trim().length === 0) {
        return this.line;
    }
    if (this.history.length === 0 || this.history[0] !== this.line) {
        if (this.removeHistoryDuplicates) {
            var dupIndex = this.history.indexOf(this.line);
            if (dupIndex !== -1) {
                this.history.splice(dupIndex, 1);
            }
        }
        this.history.unshift(this.line);
        if (this.history.length > this.historySize) {
            this.history.pop();
        }
    }
    this.historyIndex = -1;
    /* A 'history' listener may edit the array (to drop a password, say). */
    var line = this.history[0];
    this.emit('history', this.history);
    return line;
});

method(kRefreshLine, function () {
    var line = this[kPrompt] + this.line;
    var dispPos = this[kGetDisplayPos](line);
    var lineCols = dispPos.cols;
    var lineRows = dispPos.rows;
    var cursorPos = this.getCursorPos();
    var prevRows = this.prevRows || 0;
    if (prevRows > 0) {
        moveCursor(this.output, 0, -prevRows);
    }
    cursorTo(this.output, 0);
    clearScreenDown(this.output);
    this[kWriteToOutput](line);
    /* Force the terminal to allocate a new line. */
    if (lineCols === 0) {
        this[kWriteToOutput](' ');
    }
    cursorTo(this.output, cursorPos.cols);
    var diff = lineRows - cursorPos.rows;
    if (diff > 0) {
        moveCursor(this.output, 0, -diff);
    }
    this.prevRows = cursorPos.rows;
});

method('close', function close() {
    if (this.closed) {
        return;
    }
    this.pause();
    if (this.terminal) {
        this[kSetRawMode](false);
    }
    this.closed = true;
    this.emit('close');
});

method('pause', function pause() {
    if (this.paused) {
        return;
    }
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
});

method('resume', function resume() {
    if (!this.paused) {
        return;
    }
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
});

method('write', function write(d, key) {
    if (this.paused) {
        this.resume();
    }
    if (this.terminal) {
        this[kTtyWrite](d, key);
    } else {
        this[kNormalWrite](d);
    }
});

/* Returns [start0, end0, start1, end1, ...]: the line ends found in str, as pairs of
 * (index of the end, index after it), after a leading 0.  Without a \r in the string a
 * plain indexOf scan finds the same ends as the lineEnding regular expression, several times
 * faster under Duktape. */
function findLineEnds(str) {
    var indexes = [0];
    var i;
    if (str.indexOf('\r') === -1) {
        var pos = 0;
        while ((i = str.indexOf('\n', pos)) !== -1) {
            indexes.push(i, i + 1);
            pos = i + 1;
        }
        return indexes;
    }
    lineEnding.lastIndex = 0;
    var m;
    while ((m = lineEnding.exec(str)) !== null) {
        indexes.push(m.index, lineEnding.lastIndex);
    }
    return indexes;
}

method(kNormalWrite, function (b) {
    if (b === undefined) {
        return;
    }
    var string = this[kDecoder].write(b);
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
        if (string.charCodeAt(0) === 10) {
            string = string.slice(1);
        }
        this[kSawReturnAt] = 0;
    }
    /* Look for a line end in the new chunk only, not in the whole buffered line. */
    if (string.indexOf('\n') !== -1 || string.indexOf('\r') !== -1) {
        if (this[kLine_buffer]) {
            string = this[kLine_buffer] + string;
            this[kLine_buffer] = null;
        }
        this[kSawReturnAt] = string.charCodeAt(string.length - 1) === 13 ? Date.now() : 0;
        var indexes = findLineEnds(string);
        var lastIndex = indexes.length - 1;
        /* Either '' or the unfinished start of the next line. */
        this[kLine_buffer] = string.slice(indexes[lastIndex]);
        for (var i = 1; i < lastIndex; i += 2) {
            this[kOnLine](string.slice(indexes[i - 1], indexes[i]));
        }
    } else if (string) {
        if (this[kLine_buffer]) {
            this[kLine_buffer] += string;
        } else {
            this[kLine_buffer] = string;
        }
    }
});

method(kInsertString, function (c) {
    this[kBeforeEdit](this.line, this.cursor);
    if (!this.isCompletionEnabled) {
        this.line += c;
        this.cursor += c.length;
        this[kWriteToOutput](c);
        return;
    }
    if (this.cursor < this.line.length) {
        var beg = this.line.slice(0, this.cursor);
        var end = this.line.slice(this.cursor, this.line.length);
        this.line = beg + c + end;
        this.cursor += c.length;
        this[kRefreshLine]();
    } else {
        var oldPos = this.getCursorPos();
        this.line += c;
        this.cursor += c.length;
        var newPos = this.getCursorPos();
        if (oldPos.rows < newPos.rows) {
            this[kRefreshLine]();
        } else {
            this[kWriteToOutput](c);
        }
    }
});

method(kTabComplete, function (lastKeypressWasTab) {
    var self = this;
    this.pause();
    var string = this.line.slice(0, this.cursor);
    var value;
    try {
        value = this.completer(string);
    } catch (err) {
        this.resume();
        this[kWriteToOutput]('Tab completion error: ' + inspectMod.inspect(err));
        return;
    }
    Promise.resolve(value).then(function (v) {
        self.resume();
        self[kTabCompleter](lastKeypressWasTab, v);
    }, function (err) {
        self.resume();
        self[kWriteToOutput]('Tab completion error: ' + inspectMod.inspect(err));
    });
});

method(kTabCompleter, function (lastKeypressWasTab, value) {
    var completions = value[0];
    var completeOn = value[1];
    if (!completions || completions.length === 0) {
        return;
    }
    var prefix = utils.commonPrefix(completions.filter(function (e) { return e !== ''; }));
    if (prefix.indexOf(completeOn) === 0 && prefix.length > completeOn.length) {
        this[kInsertString](prefix.slice(completeOn.length));
        return;
    } else if (completeOn.indexOf(prefix) !== 0) {
        this.line = this.line.slice(0, this.cursor - completeOn.length) + prefix +
            this.line.slice(this.cursor, this.line.length);
        this.cursor = this.cursor - completeOn.length + prefix.length;
        this[kRefreshLine]();
        return;
    }
    if (!lastKeypressWasTab) {
        return;
    }
    this[kBeforeEdit](this.line, this.cursor);
    var completionsWidth = completions.map(function (e) {
        return inspectMod.getStringWidth(e);
    });
    var width = Math.max.apply(null, completionsWidth) + 2;
    var maxColumns = Math.floor(this.columns / width) || 1;
    if (maxColumns === Infinity) {
        maxColumns = 1;
    }
    var output = '\r\n';
    var lineIndex = 0;
    var whitespace = 0;
    for (var i = 0; i < completions.length; i++) {
        var completion = completions[i];
        if (completion === '' || lineIndex === maxColumns) {
            output += '\r\n';
            lineIndex = 0;
            whitespace = 0;
        } else {
            output += new Array(whitespace + 1).join(' ');
        }
        if (completion !== '') {
            output += completion;
            whitespace = width - completionsWidth[i];
            lineIndex++;
        } else {
            output += '\r\n';
        }
    }
    if (lineIndex !== 0) {
        output += '\r\n\r\n';
    }
    this[kWriteToOutput](output);
    this[kRefreshLine]();
});

function reverseChars(str) {
    return utils.splitChars(str).reverse().join('');
}

method(kWordLeft, function () {
    if (this.cursor > 0) {
        var reversed = reverseChars(this.line.slice(0, this.cursor));
        var match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reversed);
        this[kMoveCursor](-match[0].length);
    }
});

method(kWordRight, function () {
    if (this.cursor < this.line.length) {
        var trailing = this.line.slice(this.cursor);
        var match = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(trailing);
        this[kMoveCursor](match[0].length);
    }
});

method(kDeleteLeft, function () {
    if (this.cursor > 0 && this.line.length > 0) {
        this[kBeforeEdit](this.line, this.cursor);
        var charSize = charLengthLeft(this.line, this.cursor);
        this.line = this.line.slice(0, this.cursor - charSize) +
            this.line.slice(this.cursor, this.line.length);
        this.cursor -= charSize;
        this[kRefreshLine]();
    }
});

method(kDeleteRight, function () {
    if (this.cursor < this.line.length) {
        this[kBeforeEdit](this.line, this.cursor);
        var charSize = charLengthAt(this.line, this.cursor);
        this.line = this.line.slice(0, this.cursor) +
            this.line.slice(this.cursor + charSize, this.line.length);
        this[kRefreshLine]();
    }
});

method(kDeleteWordLeft, function () {
    if (this.cursor > 0) {
        this[kBeforeEdit](this.line, this.cursor);
        var leading = this.line.slice(0, this.cursor);
        var match = /^\s*(?:[^\w\s]+|\w+)?/.exec(reverseChars(leading));
        leading = leading.slice(0, leading.length - match[0].length);
        this.line = leading + this.line.slice(this.cursor, this.line.length);
        this.cursor = leading.length;
        this[kRefreshLine]();
    }
});

method(kDeleteWordRight, function () {
    if (this.cursor < this.line.length) {
        this[kBeforeEdit](this.line, this.cursor);
        var trailing = this.line.slice(this.cursor);
        var match = /^(?:\s+|\W+|\w+)\s*/.exec(trailing);
        this.line = this.line.slice(0, this.cursor) + trailing.slice(match[0].length);
        this[kRefreshLine]();
    }
});

method(kDeleteLineLeft, function () {
    this[kBeforeEdit](this.line, this.cursor);
    var del = this.line.slice(0, this.cursor);
    this.line = this.line.slice(this.cursor);
    this.cursor = 0;
    this[kPushToKillRing](del);
    this[kRefreshLine]();
});

method(kDeleteLineRight, function () {
    this[kBeforeEdit](this.line, this.cursor);
    var del = this.line.slice(this.cursor);
    this.line = this.line.slice(0, this.cursor);
    this[kPushToKillRing](del);
    this[kRefreshLine]();
});

method(kPushToKillRing, function (del) {
    if (!del || del === this[kKillRing][0]) {
        return;
    }
    this[kKillRing].unshift(del);
    this[kKillRingCursor] = 0;
    while (this[kKillRing].length > kMaxLengthOfKillRing) {
        this[kKillRing].pop();
    }
});

method(kYank, function () {
    if (this[kKillRing].length > 0) {
        this[kYanking] = true;
        this[kInsertString](this[kKillRing][this[kKillRingCursor]]);
    }
});

method(kYankPop, function () {
    if (!this[kYanking]) {
        return;
    }
    if (this[kKillRing].length > 1) {
        var lastYank = this[kKillRing][this[kKillRingCursor]];
        this[kKillRingCursor]++;
        if (this[kKillRingCursor] >= this[kKillRing].length) {
            this[kKillRingCursor] = 0;
        }
        var currentYank = this[kKillRing][this[kKillRingCursor]];
        var head = this.line.slice(0, this.cursor - lastYank.length);
        var tail = this.line.slice(this.cursor);
        this.line = head + currentYank + tail;
        this.cursor = head.length + currentYank.length;
        this[kRefreshLine]();
    }
});

method('clearLine', function clearLine() {
    this[kMoveCursor](+Infinity);
    this[kWriteToOutput]('\r\n');
    this.line = '';
    this.cursor = 0;
    this.prevRows = 0;
});

method(kLine, function () {
    var line = this[kAddHistory]();
    this[kUndoStack] = [];
    this[kRedoStack] = [];
    this.clearLine();
    this[kOnLine](line);
});

method(kPushToUndoStack, function (text, cursor) {
    if (this[kUndoStack].push({ text: text, cursor: cursor }) > kMaxUndoRedoStackSize) {
        this[kUndoStack].shift();
    }
});

method(kUndo, function () {
    if (this[kUndoStack].length <= 0) {
        return;
    }
    this[kRedoStack].push({ text: this.line, cursor: this.cursor });
    var entry = this[kUndoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
});

method(kRedo, function () {
    if (this[kRedoStack].length <= 0) {
        return;
    }
    this[kUndoStack].push({ text: this.line, cursor: this.cursor });
    var entry = this[kRedoStack].pop();
    this.line = entry.text;
    this.cursor = entry.cursor;
    this[kRefreshLine]();
});

method(kHistoryNext, function () {
    if (this.historyIndex >= 0) {
        this[kBeforeEdit](this.line, this.cursor);
        var search = this[kSubstringSearch] || '';
        var index = this.historyIndex - 1;
        while (index >= 0 && (this.history[index].indexOf(search) !== 0 ||
            this.line === this.history[index])) {
            index--;
        }
        this.line = index === -1 ? search : this.history[index];
        this.historyIndex = index;
        this.cursor = this.line.length;
        this[kRefreshLine]();
    }
});

method(kHistoryPrev, function () {
    if (this.historyIndex < this.history.length && this.history.length) {
        this[kBeforeEdit](this.line, this.cursor);
        var search = this[kSubstringSearch] || '';
        var index = this.historyIndex + 1;
        while (index < this.history.length && (this.history[index].indexOf(search) !== 0 ||
            this.line === this.history[index])) {
            index++;
        }
        this.line = index === this.history.length ? search : this.history[index];
        this.historyIndex = index;
        this.cursor = this.line.length;
        this[kRefreshLine]();
    }
});

/* Returns { cols, rows }: where the last character of str lands on the screen. */
method(kGetDisplayPos, function (str) {
    var offset = 0;
    var col = this.columns;
    var rows = 0;
    var chars = utils.splitChars(inspectMod.stripVTControlCharacters(str));
    for (var i = 0; i < chars.length; i++) {
        var ch = chars[i];
        if (ch === '\n') {
            rows += Math.ceil(offset / col) || 1;
            offset = 0;
            continue;
        }
        if (ch === '\t') {
            offset += this.tabSize - (offset % this.tabSize);
            continue;
        }
        var width = inspectMod.getStringWidth(ch, false);
        if (width === 0 || width === 1) {
            offset += width;
        } else {
            if ((offset + 1) % col === 0) {
                offset++;
            }
            offset += 2;
        }
    }
    var cols = offset % col;
    rows += (offset - cols) / col;
    return { cols: cols, rows: rows };
});

method('getCursorPos', function getCursorPos() {
    return this[kGetDisplayPos](this[kPrompt] + this.line.slice(0, this.cursor));
});

method(kMoveCursor, function (dx) {
    if (dx === 0) {
        return;
    }
    var oldPos = this.getCursorPos();
    this.cursor += dx;
    if (this.cursor < 0) {
        this.cursor = 0;
    } else if (this.cursor > this.line.length) {
        this.cursor = this.line.length;
    }
    var newPos = this.getCursorPos();
    if (oldPos.rows === newPos.rows) {
        moveCursor(this.output, newPos.cols - oldPos.cols, 0);
    } else {
        this[kRefreshLine]();
    }
});

/* Handles one key from the terminal (Node's _ttyWrite). */
method(kTtyWrite, function (s, key) {
    var self = this;
    var previousKey = this[kPreviousKey];
    key = key || kEmptyObject;
    this[kPreviousKey] = key;

    if (!key.meta || key.name !== 'y') {
        this[kYanking] = false;
    }
    if ((key.name === 'up' || key.name === 'down') && !key.ctrl && !key.meta && !key.shift) {
        if (this[kSubstringSearch] === null) {
            this[kSubstringSearch] = this.line.slice(0, this.cursor);
        }
    } else if (this[kSubstringSearch] !== null) {
        this[kSubstringSearch] = null;
        if (this.history.length === this.historyIndex) {
            this.historyIndex = -1;
        }
    }
    if (typeof key.sequence === 'string') {
        var first = key.sequence.charCodeAt(0);
        if (first === 0x1f) {
            this[kUndo]();
            return;
        }
        if (first === 0x1e) {
            this[kRedo]();
            return;
        }
    }
    if (key.name === 'escape') {
        return;
    }

    if (key.ctrl && key.shift) {
        if (key.name === 'backspace') {
            this[kDeleteLineLeft]();
        } else if (key.name === 'delete') {
            this[kDeleteLineRight]();
        }
    } else if (key.ctrl) {
        switch (key.name) {
            case 'c':
                if (this.listenerCount('SIGINT') > 0) {
                    this.emit('SIGINT');
                } else {
                    this.close();
                    if (this[kQuestionReject]) {
                        this[kQuestionReject](new errors.AbortError('Aborted with Ctrl+C'));
                    }
                }
                break;
            case 'h':
                this[kDeleteLeft]();
                break;
            case 'd':
                if (this.cursor === 0 && this.line.length === 0) {
                    this.close();
                    if (this[kQuestionReject]) {
                        this[kQuestionReject](new errors.AbortError('Aborted with Ctrl+D'));
                    }
                } else if (this.cursor < this.line.length) {
                    this[kDeleteRight]();
                }
                break;
            case 'u':
                this[kDeleteLineLeft]();
                break;
            case 'k':
                this[kDeleteLineRight]();
                break;
            case 'a':
                this[kMoveCursor](-Infinity);
                break;
            case 'e':
                this[kMoveCursor](+Infinity);
                break;
            case 'b':
                this[kMoveCursor](-charLengthLeft(this.line, this.cursor));
                break;
            case 'f':
                this[kMoveCursor](+charLengthAt(this.line, this.cursor));
                break;
            case 'l':
                cursorTo(this.output, 0, 0);
                clearScreenDown(this.output);
                this[kRefreshLine]();
                break;
            case 'n':
                this[kHistoryNext]();
                break;
            case 'p':
                this[kHistoryPrev]();
                break;
            case 'y':
                this[kYank]();
                break;
            case 'z':
                /* NOTE: Node suspends the process (SIGTSTP) here; nodule only emits the
                 * event when someone listens. */
                if (this.listenerCount('SIGTSTP') > 0) {
                    this.emit('SIGTSTP');
                }
                break;
            case 'w':
            case 'backspace':
                this[kDeleteWordLeft]();
                break;
            case 'delete':
                this[kDeleteWordRight]();
                break;
            case 'left':
                this[kWordLeft]();
                break;
            case 'right':
                this[kWordRight]();
                break;
        }
    } else if (key.meta) {
        switch (key.name) {
            case 'b':
                this[kWordLeft]();
                break;
            case 'f':
                this[kWordRight]();
                break;
            case 'd':
            case 'delete':
                this[kDeleteWordRight]();
                break;
            case 'backspace':
                this[kDeleteWordLeft]();
                break;
            case 'y':
                this[kYankPop]();
                break;
        }
    } else {
        if (this[kSawReturnAt] && key.name !== 'enter') {
            this[kSawReturnAt] = 0;
        }
        switch (key.name) {
            case 'return':
                this[kSawReturnAt] = Date.now();
                this[kLine]();
                break;
            case 'enter':
                if (this[kSawReturnAt] === 0 || Date.now() - this[kSawReturnAt] > this.crlfDelay) {
                    this[kLine]();
                }
                this[kSawReturnAt] = 0;
                break;
            case 'backspace':
                this[kDeleteLeft]();
                break;
            case 'delete':
                this[kDeleteRight]();
                break;
            case 'left':
                this[kMoveCursor](-charLengthLeft(this.line, this.cursor));
                break;
            case 'right':
                this[kMoveCursor](+charLengthAt(this.line, this.cursor));
                break;
            case 'home':
                this[kMoveCursor](-Infinity);
                break;
            case 'end':
                this[kMoveCursor](+Infinity);
                break;
            case 'up':
                this[kHistoryPrev]();
                break;
            case 'down':
                this[kHistoryNext]();
                break;
            case 'tab':
                if (typeof this.completer === 'function' && this.isCompletionEnabled) {
                    var lastKeypressWasTab = previousKey && previousKey.name === 'tab';
                    this[kTabComplete](lastKeypressWasTab);
                    break;
                }
                insertText(self, s);
                break;
            default:
                insertText(self, s);
        }
    }
});

/* Inserts typed (or pasted) text, ending a line at each line end in it. */
function insertText(self, s) {
    if (typeof s === 'string' && s) {
        lineEnding.lastIndex = 0;
        var nextMatch;
        var lastIndex = 0;
        while ((nextMatch = lineEnding.exec(s)) !== null) {
            self[kInsertString](s.slice(lastIndex, nextMatch.index));
            lastIndex = lineEnding.lastIndex;
            self[kLine]();
            lineEnding.lastIndex = lastIndex;
        }
        self[kInsertString](s.slice(lastIndex));
    }
}

/* Returns the async iterator over 'line' events (Node's events.on(rl, 'line', { close:
 * ['close'], highWaterMark: 1024 }) yielding the line itself): lines queue while nobody
 * awaits, the interface pauses past 1024 queued lines and resumes when the queue empties,
 * 'close' ends the iteration after the queued lines, and 'error' rejects. */
function lineIterator(rl) {
    var highWaterMark = 1024;
    var events = [];
    var waiting = [];
    var error = null;
    var finished = false;
    var paused = false;

    function onLine(line) {
        if (waiting.length > 0) {
            waiting.shift().resolve({ value: line, done: false });
            return;
        }
        events.push(line);
        if (!paused && events.length > highWaterMark) {
            paused = true;
            rl.pause();
        }
    }
    function onError(err) {
        if (waiting.length > 0) {
            waiting.shift().reject(err);
        } else {
            error = err;
        }
        onClose();
    }
    function onClose() {
        rl.removeListener('line', onLine);
        rl.removeListener('error', onError);
        rl.removeListener('close', onClose);
        finished = true;
        while (waiting.length > 0) {
            waiting.shift().resolve({ value: undefined, done: true });
        }
        return Promise.resolve({ value: undefined, done: true });
    }
    rl.on('line', onLine);
    rl.on('error', onError);
    rl.on('close', onClose);

    var iterator = {
        next: function () {
            if (events.length > 0) {
                var value = events.shift();
                if (paused && events.length < 1) {
                    paused = false;
                    rl.resume();
                }
                return Promise.resolve({ value: value, done: false });
            }
            if (error) {
                var p = Promise.reject(error);
                error = null;
                return p;
            }
            if (finished) {
                return onClose();
            }
            return new Promise(function (resolve, reject) {
                waiting.push({ resolve: resolve, reject: reject });
            });
        },
        'return': function () {
            return onClose();
        },
        'throw': function (err) {
            if (!err || !(err instanceof Error)) {
                throw new errors.codes.ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator',
                    'Error', err);
            }
            onError(err);
        }
    };
    iterator[Symbol.asyncIterator] = function () {
        return this;
    };
    return iterator;
}

method(Symbol.asyncIterator, function () {
    if (this[kLineObjectStream] === undefined) {
        this[kLineObjectStream] = lineIterator(this);
    }
    return this[kLineObjectStream];
});

module.exports = {
    Interface: Interface,
    InterfaceConstructor: InterfaceConstructor,
    kAddHistory: kAddHistory,
    kDecoder: kDecoder,
    kDeleteLeft: kDeleteLeft,
    kDeleteLineLeft: kDeleteLineLeft,
    kDeleteLineRight: kDeleteLineRight,
    kDeleteRight: kDeleteRight,
    kDeleteWordLeft: kDeleteWordLeft,
    kDeleteWordRight: kDeleteWordRight,
    kGetDisplayPos: kGetDisplayPos,
    kHistoryNext: kHistoryNext,
    kHistoryPrev: kHistoryPrev,
    kInsertString: kInsertString,
    kLine: kLine,
    kLine_buffer: kLine_buffer,
    kMoveCursor: kMoveCursor,
    kNormalWrite: kNormalWrite,
    kOldPrompt: kOldPrompt,
    kOnLine: kOnLine,
    kPreviousKey: kPreviousKey,
    kPrompt: kPrompt,
    kQuestion: kQuestion,
    kQuestionCallback: kQuestionCallback,
    kQuestionCancel: kQuestionCancel,
    kQuestionReject: kQuestionReject,
    kRefreshLine: kRefreshLine,
    kSawKeyPress: kSawKeyPress,
    kSawReturnAt: kSawReturnAt,
    kSetRawMode: kSetRawMode,
    kTabComplete: kTabComplete,
    kTabCompleter: kTabCompleter,
    kTtyWrite: kTtyWrite,
    kWordLeft: kWordLeft,
    kWordRight: kWordRight,
    kWriteToOutput: kWriteToOutput
};
