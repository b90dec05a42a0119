'use strict';
/* js/internal/process/execution.js: uncaught exceptions and the end of the process.
 *
 * fatalException is what C calls (src/vm.c) when a callback throws: 'uncaughtException'
 * listeners get the error; with none, 'exit' is emitted with code 1 and the error is printed as
 * Node prints it (source line and caret, then the inspected error).  emitBeforeExit and emitExit
 * run when the loop has no more work. */

var binding = internalBinding('process');
var fsBinding = internalBinding('fs');

var kGenericUserError = 1;
var kColumn = internalBinding('util').hiddenKey('column');
var kLinkError = internalBinding('util').hiddenKey('linkError');
/* Set while the main ES module awaits at its top level: if the loop runs dry before it settles,
 * the process exits 13, as Node's does. */
var mainPending = false;

function requireLoaded(id) {
    var cached = require.cache[id];
    return cached !== undefined && cached.loaded;
}

/* Returns the 'file:line', source line and caret Node prints above an uncaught `err`: where user
 * code threw it, or for an Error without that, where it was made; '' when unknown. */
function sourceContext(err, isError) {
    var site = require('internal/error_stack').throwSite(err);
    if (site === null && !isError) {
        return '';
    }
    if (site !== null && site.file === null) {
        /* A syntax or link error the loader throws points into the user's source itself. */
        if (!(isError && (err instanceof SyntaxError || err[kLinkError]))) {
            return '';
        }
        site = null;
    }
    var file = site ? site.file : err.fileName;
    var line = site ? site.line : err.lineNumber;
    if (typeof file !== 'string' || typeof line !== 'number' || line < 1) {
        return '';
    }
    var text;
    if (file.indexOf('node:') === 0) {
        return '';
    }
    try {
        /* ES modules are named by their file: URL, as in Node */
        text = fsBinding.readFileUtf8(file.indexOf('file://') === 0 ?
            require('url').fileURLToPath(file) : file);
    } catch (e) {
        return '';
    }
    var lines = text.split('\n');
    var src = lines[line - 1];
    if (src === undefined) {
        return '';
    }
    if (src.charAt(src.length - 1) === '\r') {
        src = src.slice(0, -1);
    }
    if (line === 1 && src.slice(0, 2) === '#!') {
        return '';
    }
    /* Syntax errors from the lowering compiler know their column; others point at the start
     * of the statement, where Duktape (which has no columns) leaves us. */
    var column = site ? undefined : err[kColumn];
    var indent = typeof column === 'number' && column > 0 ?
        new Array(column).join(' ') : /^\s*/.exec(src)[0];
    /* V8 draws no caret under an empty line (an error at the end of the input). */
    var caret = src === '' ? '' : indent + '^';
    /* Node leaves no blank line under the caret of an ES module link error */
    /* Nor under the caret of a value that is no Error; above it goes a blank line. */
    if (!isError) {
        return '\n' + file + ':' + line + '\n' + src + '\n' + caret + '\n';
    }
    return file + ':' + line + '\n' + src + '\n' + caret + (err[kLinkError] ? '\n' : '\n\n');
}

function describe(err) {
    var isError = err !== null && typeof err === 'object' && err instanceof Error;
    if (typeof err === 'string') {
        return err;
    }
    try {
        if (isError && requireLoaded('internal/errors')) {
            /* Node prints uncaught errors without custom inspection, five levels deep. */
            return require('internal/errors').fatalExceptionStackEnhancers.afterInspector(err);
        }
        return require('internal/util/inspect').inspect(err, {
            colors: false, customInspect: false, depth: 5
        });
    } catch (e) {
        return isError && typeof err.stack === 'string' ? err.stack : String(err);
    }
}

/* Prints an uncaught error to stderr as Node does. */
function printUncaught(err) {
    var text;
    if (requireLoaded('internal/errors')) {
        /* Adds Node's "Emitted 'error' event at:" section for unhandled 'error' events. */
        try {
            require('internal/errors').fatalExceptionStackEnhancers.beforeInspector(err);
        } catch (e) {
            /* The plain error still prints. */
        }
    }
    try {
        var isError = err !== null && typeof err === 'object' && err instanceof Error;
        text = sourceContext(err, isError) + describe(err);
    } catch (e) {
        text = String(err);
    }
    binding.writeString(2, text + '\n');
}

function fatalException(err) {
    if (process.listenerCount('uncaughtException') > 0) {
        try {
            process.emit('uncaughtException', err, 'uncaughtException');
            return true;
        } catch (e) {
            printUncaught(e);
            return 7;
        }
    }
    try {
        if (!process._exiting) {
            process._exiting = true;
            process.exitCode = kGenericUserError;
            process.emit('exit', kGenericUserError);
        }
    } catch (e) {
        /* An 'exit' listener that throws cannot stop the process from ending. */
    }
    printUncaught(err);
    return kGenericUserError;
}

function emitBeforeExit() {
    if (!process._exiting) {
        process.emit('beforeExit', process.exitCode | 0);
    }
    return 0;
}

function emitExit() {
    if (!process._exiting) {
        process._exiting = true;
        process.emit('exit', process.exitCode | 0);
    }
    if (mainPending && (process.exitCode | 0) === 0) {
        return 13;
    }
    return process.exitCode | 0;
}

function setMainPending(pending) {
    mainPending = pending;
}

module.exports = {
    fatalException: fatalException,
    printUncaught: printUncaught,
    emitBeforeExit: emitBeforeExit,
    emitExit: emitExit,
    setMainPending: setMainPending
};
