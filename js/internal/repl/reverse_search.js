'use strict';
/* js/internal/repl/reverse_search.js: the REPL's history search on Ctrl+R (backwards) and
 * Ctrl+S (forwards), shown as Node shows it: the entry found stands on the input line with the
 * cursor at the match, and a line below reads `bck-i-search: QUERY_` (`failed-...` when nothing
 * matches; the input line then shows what was typed before the search).  Printable keys extend
 * the query, Backspace shortens it, Ctrl+R/Ctrl+S find the next entry (an entry already shown
 * is skipped), Escape and Ctrl+C give the original line back, and any other key accepts the
 * entry and then does what it does (Enter runs it). */

var readline = require('readline');

function ReverseSearch(rl) {
    this.rl = rl;
    this.active = false;
    this.query = '';
    this.backwards = true;
    this.index = -1;
    this.shown = null;
    this.failed = false;
    this.original = null;
}

function isSearchKey(key) {
    return key.ctrl === true && !key.meta && (key.name === 'r' || key.name === 's');
}

function isPrintable(d, key) {
    return typeof d === 'string' && d.length > 0 && !key.ctrl && !key.meta &&
        d.charCodeAt(0) >= 0x20 && d.charCodeAt(0) !== 0x7f && key.name !== 'escape';
}

/* Returns true when the key was the search's; false leaves it to the line editor. */
ReverseSearch.prototype.onKey = function onKey(d, key) {
    if (!this.active) {
        if (!isSearchKey(key)) {
            return false;
        }
        this.start(key.name === 'r');
        return true;
    }
    if (isSearchKey(key)) {
        this.backwards = key.name === 'r';
        this.find(this.index + (this.backwards ? 1 : -1));
    } else if (key.name === 'backspace') {
        this.query = this.query.slice(0, -1);
        this.shown = Object.create(null);
        this.find(this.backwards ? 0 : this.rl.history.length - 1);
    } else if (isPrintable(d, key)) {
        this.query += d;
        this.shown = Object.create(null);
        this.find(this.index < 0 ? 0 : this.index);
    } else if (key.name === 'escape' || (key.ctrl && key.name === 'c')) {
        this.rl.line = this.original.line;
        this.rl.cursor = this.original.cursor;
        this.stop();
    } else {
        this.stop();
        return false;
    }
    return true;
};

ReverseSearch.prototype.start = function start(backwards) {
    this.active = true;
    this.query = '';
    this.backwards = backwards;
    this.index = -1;
    this.shown = Object.create(null);
    this.failed = false;
    this.original = { line: this.rl.line, cursor: this.rl.cursor };
    this.render();
};

ReverseSearch.prototype.stop = function stop() {
    this.active = false;
    this.rl._refreshLine();
};

/* Looks for the query from history index `from` on, in the search's direction (the history
 * array holds the newest entry first). */
ReverseSearch.prototype.find = function find(from) {
    var history = this.rl.history;
    var step = this.backwards ? 1 : -1;
    this.failed = true;
    if (this.query !== '') {
        for (var i = from; i >= 0 && i < history.length; i += step) {
            var entry = history[i];
            if (entry.indexOf(this.query) !== -1 && this.shown[entry] !== true) {
                this.shown[entry] = true;
                this.index = i;
                this.failed = false;
                this.rl.line = entry;
                this.rl.cursor = entry.indexOf(this.query);
                break;
            }
        }
    }
    if (this.failed) {
        this.rl.line = this.original.line;
        this.rl.cursor = this.original.cursor;
    }
    this.render();
};

/* Redraws the input line, then the search line under it, and puts the cursor back. */
ReverseSearch.prototype.render = function render() {
    var rl = this.rl;
    var output = rl.output;
    rl._refreshLine();
    var end = rl._getDisplayPos(rl.getPrompt() + rl.line);
    var cursor = rl.getCursorPos();
    var below = end.rows - cursor.rows;
    var label = (this.failed && this.query !== '' ? 'failed-' : '') +
        (this.backwards ? 'bck' : 'fwd') + '-i-search: ';
    readline.moveCursor(output, 0, below);
    output.write('\r\n' + label + this.query + '_');
    readline.moveCursor(output, 0, -(below + 1));
    readline.cursorTo(output, cursor.cols);
};

module.exports = { ReverseSearch: ReverseSearch };
