'use strict';
/* js/internal/main.js: starts what the command line asked for (src/main.c calls start):
 * a script file, -e, -p, --check, a script on standard input, or the REPL. */

var Module = require('internal/modules/cjs/loader');
var contextify = internalBinding('contextify');
var processBinding = internalBinding('process');
var fsBinding = internalBinding('fs');

function evalScript(name, code, print) {
    Module.evalContext(name);
    var result = contextify.runInThisContext(code, name);
    if (print) {
        console.log(result);
    }
}

function checkSyntax(file) {
    var path = require('path');
    var filename = path.resolve(file);
    var source = fsBinding.readFileUtf8(filename);
    if (source.charAt(0) === '#' && source.charAt(1) === '!') {
        source = '//' + source.slice(2);
    }
    if (Module._isModuleFile(filename)) {
        contextify.compileModule(source, filename);
    } else {
        contextify.compileFunction(source, filename);
    }
}

/* A child of fork() (or of stdio 'ipc') finds its channel in the environment, as in Node; the
 * variables are removed so its own children do not inherit them. */
function setupChildProcessIpcChannel() {
    var fd = parseInt(process.env.NODE_CHANNEL_FD, 10);
    var mode = process.env.NODE_CHANNEL_SERIALIZATION_MODE || 'json';
    delete process.env.NODE_CHANNEL_FD;
    delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
    if (fd >= 0) {
        require('child_process')._forkChild(fd, mode);
    }
}

/* The -r/--require modules of NODE_OPTIONS (before the command line's, as in Node).  Its other
 * options are left alone: many (--max-old-space-size ...) mean nothing here.  Words are split at
 * spaces; double quotes keep spaces and a backslash escapes the next character, as Node reads
 * the variable. */
function nodeOptionsPreloads(text) {
    var words = [];
    var word = null;
    var quoted = false;
    for (var i = 0; i < text.length; i++) {
        var c = text.charAt(i);
        if (c === '\\' && quoted && i + 1 < text.length) {
            word = (word || '') + text.charAt(++i);
        } else if (c === '"') {
            quoted = !quoted;
            word = word || '';
        } else if ((c === ' ' || c === '\t' || c === '\n') && !quoted) {
            if (word !== null) {
                words.push(word);
            }
            word = null;
        } else {
            word = (word || '') + c;
        }
    }
    if (word !== null) {
        words.push(word);
    }
    var preloads = [];
    for (var n = 0; n < words.length; n++) {
        if ((words[n] === '-r' || words[n] === '--require') && n + 1 < words.length) {
            preloads.push(words[++n]);
        } else if (words[n].slice(0, 10) === '--require=') {
            preloads.push(words[n].slice(10));
        }
    }
    return preloads;
}

/* Node's Module._preloadModules: each request is required as from a module in the current
 * folder, before the main script (or -e, -p, the REPL). */
function preloadModules(requests) {
    if (requests.length === 0) {
        return;
    }
    var parent = new Module('internal/preload', null);
    parent.paths = Module._nodeModulePaths(process.cwd());
    for (var i = 0; i < requests.length; i++) {
        parent.require(requests[i]);
    }
}

function start(mode, script, code, preloads) {
    if (process.env.NODE_CHANNEL_FD !== undefined) {
        setupChildProcessIpcChannel();
    }
    if (process.env.NODE_UNIQUE_ID !== undefined && process.channel) {
        /* A cluster worker, as in Node's pre-execution: the variable goes once read. */
        require('cluster')._setupWorker();
        delete process.env.NODE_UNIQUE_ID;
    }
    if (mode !== 'check') {
        var fromEnv = process.env.NODE_OPTIONS ? nodeOptionsPreloads(process.env.NODE_OPTIONS) : [];
        preloadModules(fromEnv.concat(preloads || []));
    }
    switch (mode) {
    case 'file':
        process.argv[1] = require('path').resolve(script);
        Module.runMain(script);
        break;
    case 'eval':
        evalScript('[eval]', code, false);
        break;
    case 'print':
        evalScript('[eval]', code, true);
        break;
    case 'check':
        checkSyntax(script);
        break;
    case 'stdin':
        evalScript('[stdin]', processBinding.readStdin(), false);
        break;
    case 'repl':
        Module.evalContext('[repl]');
        var repl = require('repl');
        repl._exposeBuiltins();
        process.stdout.write('Welcome to nodule v' + process.versions.nodule + '.\n' +
            'Type ".help" for more information.\n');
        var options = { useGlobal: true };
        options[repl._kCliRepl] = true;
        repl.start(options);
        break;
    }
}

module.exports = {
    start: start
};
