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

function start(mode, script, code) {
    if (process.env.NODE_CHANNEL_FD !== undefined) {
        setupChildProcessIpcChannel();
    }
    if (process.env.NODE_UNIQUE_ID !== undefined && process.channel) {
        /* A cluster worker, as in Node's pre-execution: the variable goes once read. */
        require('cluster')._setupWorker();
        delete process.env.NODE_UNIQUE_ID;
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
