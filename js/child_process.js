'use strict';
/* js/child_process.js: Node's 'child_process' module: spawn, fork, exec, execFile and their
 * synchronous forms over js/internal/child_process.js and internalBinding('process_wrap'); the
 * IPC channel of fork() is js/internal/child_process/channel.js.  Not supported: uid/gid,
 * passing handles over IPC.  Differences from Node 20 are listed in docs/api.md. */

var errors = require('internal/errors');
var validators = require('internal/validators');
var internal = require('internal/child_process');

var codes = errors.codes;
var ChildProcess = internal.ChildProcess;
var MAX_BUFFER = 1024 * 1024;
var kCustomPromisified = Symbol.for('nodejs.util.promisify.custom');

function validateTimeout(timeout) {
    if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
        throw new codes.ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
    }
}

function validateMaxBuffer(maxBuffer) {
    if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
        throw new codes.ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
    }
}

function sanitizeKillSignal(killSignal) {
    if (typeof killSignal === 'string' || typeof killSignal === 'number') {
        return internal.convertToValidSignal(killSignal);
    } else if (killSignal != null) {
        throw new codes.ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'],
            killSignal);
    }
    return undefined;
}

function copyOwn(target, source) {
    if (source) {
        var keys = Object.keys(source);
        for (var i = 0; i < keys.length; i++) {
            target[keys[i]] = source[keys[i]];
        }
    }
    return target;
}

function validateArgumentNullCheck(arg, propName) {
    if (typeof arg === 'string' && arg.indexOf('\u0000') !== -1) {
        throw new codes.ERR_INVALID_ARG_VALUE(propName, arg,
            'must be a string without null bytes');
    }
}

function validateArgumentsNullCheck(args, propName) {
    for (var i = 0; i < args.length; ++i) {
        validateArgumentNullCheck(args[i], propName + '[' + i + ']');
    }
}

/* Node's normalizeSpawnArguments: { file, args (argv0 first), cwd, envPairs, ... }. */
function normalizeSpawnArguments(file, args, options) {
    validators.validateString(file, 'file');
    validateArgumentNullCheck(file, 'file');
    if (file.length === 0) {
        throw new codes.ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
    }
    if (Array.isArray(args)) {
        args = args.slice();
    } else if (args == null) {
        args = [];
    } else if (typeof args !== 'object') {
        throw new codes.ERR_INVALID_ARG_TYPE('args', 'object', args);
    } else {
        options = args;
        args = [];
    }
    validateArgumentsNullCheck(args, 'args');
    if (options === undefined) {
        options = {};
    } else {
        validators.validateObject(options, 'options');
    }
    var cwd = options.cwd;
    if (cwd != null) {
        if (typeof cwd === 'object' && cwd.href !== undefined) {
            cwd = require('url').fileURLToPath(cwd);
        }
        validators.validateString(cwd, 'options.cwd');
    }
    if (options.detached != null) {
        validators.validateBoolean(options.detached, 'options.detached');
    }
    if (options.shell != null && typeof options.shell !== 'boolean' &&
        typeof options.shell !== 'string') {
        throw new codes.ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'],
            options.shell);
    }
    if (options.argv0 != null) {
        validators.validateString(options.argv0, 'options.argv0');
    }
    if (options.shell) {
        var command = [file].concat(args).join(' ');
        file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
        args = ['-c', command];
    }
    args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);
    var env = options.env || process.env;
    var envPairs = [];
    for (var key in env) {
        var value = env[key];
        if (value !== undefined) {
            validateArgumentNullCheck(key, "options.env['" + key + "']");
            validateArgumentNullCheck(value, "options.env['" + key + "']");
            envPairs.push(key + '=' + value);
        }
    }
    var out = copyOwn({}, options);
    out.args = args;
    out.cwd = cwd;
    out.detached = !!options.detached;
    out.envPairs = envPairs;
    out.file = file;
    out.windowsHide = !!options.windowsHide;
    out.windowsVerbatimArguments = !!options.windowsVerbatimArguments;
    return out;
}

function spawn(file, args, options) {
    options = normalizeSpawnArguments(file, args, options);
    validateTimeout(options.timeout);
    validators.validateAbortSignal(options.signal, 'options.signal');
    var killSignal = sanitizeKillSignal(options.killSignal);
    var child = new ChildProcess();
    child.spawn(options);
    if (options.timeout > 0) {
        var timeoutId = setTimeout(function () {
            if (timeoutId) {
                try {
                    child.kill(killSignal);
                } catch (err) {
                    child.emit('error', err);
                }
                timeoutId = null;
            }
        }, options.timeout);
        child.once('exit', function () {
            if (timeoutId) {
                clearTimeout(timeoutId);
                timeoutId = null;
            }
        });
    }
    if (options.signal) {
        var signal = options.signal;
        var onAbort = function onAbortListener() {
            abortChildProcess(child, killSignal, signal.reason);
        };
        if (signal.aborted) {
            process.nextTick(onAbort);
        } else {
            signal.addEventListener('abort', onAbort, { once: true });
            child.once('exit', function () {
                signal.removeEventListener('abort', onAbort);
            });
        }
    }
    return child;
}

function abortChildProcess(child, killSignal, reason) {
    try {
        if (child.kill(killSignal)) {
            child.emit('error', new errors.AbortError(undefined, { cause: reason }));
        }
    } catch (err) {
        child.emit('error', err);
    }
}

/* Node's stdio shorthand for fork: three slots, then 'ipc'. */
function stdioStringToArray(stdio, channel) {
    var options;
    switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe':
        options = [stdio, stdio, stdio];
        break;
    case 'inherit':
        options = [0, 1, 2];
        break;
    default:
        throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
    if (channel) {
        options.push(channel);
    }
    return options;
}

var EVAL_FLAGS = ['-e', '--eval', '-p', '--print', '-pe'];

/* fork(modulePath[, args][, options]): runs modulePath in a new nodule (options.execPath) with
 * an IPC channel, as Node's fork. */
function fork(modulePath, args, options) {
    modulePath = require('internal/fs/utils').getValidatedPath(modulePath, 'modulePath');
    if (args == null) {
        args = [];
    } else if (typeof args === 'object' && !Array.isArray(args)) {
        options = args;
        args = [];
    } else {
        validators.validateArray(args, 'args');
    }
    if (options != null) {
        validators.validateObject(options, 'options');
    }
    options = copyOwn({}, options);
    options.shell = false;
    options.execPath = options.execPath || process.execPath;
    validateArgumentNullCheck(options.execPath, 'options.execPath');
    var execArgv = options.execArgv || process.execArgv;
    validateArgumentsNullCheck(execArgv, 'options.execArgv');
    if (execArgv === process.execArgv) {
        /* Leave out -e CODE, so a forked -e script does not fork itself again. */
        for (var i = execArgv.length - 2; i >= 0; i--) {
            if (EVAL_FLAGS.indexOf(execArgv[i]) !== -1) {
                execArgv = execArgv.slice(0, i).concat(execArgv.slice(i + 2));
                break;
            }
        }
    }
    args = execArgv.concat([modulePath], args);
    if (typeof options.stdio === 'string') {
        options.stdio = stdioStringToArray(options.stdio, 'ipc');
    } else if (!Array.isArray(options.stdio)) {
        /* fd 3 is the channel; the standard streams are the parent's unless silent. */
        options.stdio = stdioStringToArray(options.silent ? 'pipe' : 'inherit', 'ipc');
    } else if (options.stdio.indexOf('ipc') === -1) {
        throw new codes.ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
    }
    return spawn(options.execPath, args, options);
}

/* Called at start-up in a child started with NODE_CHANNEL_FD: process.send() and the rest. */
function forkChild(fd, serializationMode) {
    require('internal/child_process/channel').setupChild(fd, serializationMode);
}

function normalizeExecFileArgs(file, args, options, callback) {
    if (Array.isArray(args)) {
        args = args.slice();
    } else if (args != null && typeof args === 'object') {
        callback = options;
        options = args;
        args = null;
    } else if (typeof args === 'function') {
        callback = args;
        options = null;
        args = null;
    }
    if (args == null) {
        args = [];
    }
    if (typeof options === 'function') {
        callback = options;
    } else if (options != null) {
        validators.validateObject(options, 'options');
    }
    if (options == null || typeof options === 'function') {
        options = {};
    }
    if (callback != null) {
        validators.validateFunction(callback, 'callback');
    }
    return { file: file, args: args, options: options, callback: callback };
}

function normalizeExecArgs(command, options, callback) {
    validators.validateString(command, 'command');
    if (typeof options === 'function') {
        callback = options;
        options = undefined;
    }
    options = copyOwn({}, options);
    options.shell = typeof options.shell === 'string' ? options.shell : true;
    return { file: command, options: options, callback: callback };
}

function execFile(file, args, options, callback) {
    var norm = normalizeExecFileArgs(file, args, options, callback);
    file = norm.file;
    args = norm.args;
    callback = norm.callback;
    options = copyOwn({ encoding: 'utf8', timeout: 0, maxBuffer: MAX_BUFFER,
        killSignal: 'SIGTERM', cwd: null, env: null, shell: false }, norm.options);
    validateTimeout(options.timeout);
    validateMaxBuffer(options.maxBuffer);
    options.killSignal = sanitizeKillSignal(options.killSignal);

    var child = spawn(file, args, {
        cwd: options.cwd,
        env: options.env,
        shell: options.shell,
        argv0: options.argv0,
        detached: options.detached
    });
    var Buffer = require('buffer').Buffer;
    var encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ?
        options.encoding : null;
    var stdoutChunks = [];
    var stderrChunks = [];
    var stdoutLen = 0;
    var stderrLen = 0;
    var killed = false;
    var exited = false;
    var timeoutId = null;
    var ex = null;
    var cmd = file;

    function exithandler(code, signal) {
        if (exited) {
            return;
        }
        exited = true;
        if (timeoutId) {
            clearTimeout(timeoutId);
            timeoutId = null;
        }
        if (!callback) {
            return;
        }
        var stdout = encoding ? stdoutChunks.join('') : Buffer.concat(stdoutChunks);
        var stderr = encoding ? stderrChunks.join('') : Buffer.concat(stderrChunks);
        if (!ex && code === 0 && signal === null) {
            callback(null, stdout, stderr);
            return;
        }
        if (args.length) {
            cmd += ' ' + args.join(' ');
        }
        if (!ex) {
            ex = errors.genericNodeError('Command failed: ' + cmd + '\n' + stderr, {
                code: code < 0 ? require('util').getSystemErrorName(code) : code,
                killed: child.killed || killed,
                signal: signal
            });
        }
        ex.cmd = cmd;
        callback(ex, stdout, stderr);
    }

    function errorhandler(e) {
        ex = e;
        if (child.stdout) {
            child.stdout.destroy();
        }
        if (child.stderr) {
            child.stderr.destroy();
        }
        exithandler();
    }

    function kill() {
        if (child.stdout) {
            child.stdout.destroy();
        }
        if (child.stderr) {
            child.stderr.destroy();
        }
        killed = true;
        try {
            child.kill(options.killSignal);
        } catch (e) {
            ex = e;
            exithandler();
        }
    }

    if (options.timeout > 0) {
        timeoutId = setTimeout(function delayedKill() {
            kill();
            timeoutId = null;
        }, options.timeout);
    }

    function collect(stream, chunks, name) {
        if (encoding) {
            stream.setEncoding(encoding);
        }
        stream.on('data', function (chunk) {
            var length = encoding ? Buffer.byteLength(chunk, encoding) : chunk.length;
            var total = (name === 'stdout' ? (stdoutLen += length) : (stderrLen += length));
            if (total > options.maxBuffer) {
                var truncatedLen = options.maxBuffer - (total - length);
                chunks.push(chunk.slice(0, truncatedLen));
                ex = new codes.ERR_CHILD_PROCESS_STDIO_MAXBUFFER(name);
                kill();
            } else {
                chunks.push(chunk);
            }
        });
    }
    if (child.stdout) {
        collect(child.stdout, stdoutChunks, 'stdout');
    }
    if (child.stderr) {
        collect(child.stderr, stderrChunks, 'stderr');
    }
    child.addListener('close', exithandler);
    child.addListener('error', errorhandler);
    return child;
}

function exec(command, options, callback) {
    var opts = normalizeExecArgs(command, options, callback);
    return module.exports.execFile(opts.file, opts.options, opts.callback);
}

function promisified(fn) {
    return function () {
        var args = Array.prototype.slice.call(arguments);
        var child;
        var p = new Promise(function (resolve, reject) {
            args.push(function (err, stdout, stderr) {
                if (err !== null) {
                    err.stdout = stdout;
                    err.stderr = stderr;
                    reject(err);
                } else {
                    resolve({ stdout: stdout, stderr: stderr });
                }
            });
            child = fn.apply(null, args);
        });
        p.child = child;
        return p;
    };
}
Object.defineProperty(exec, kCustomPromisified, { value: promisified(exec), enumerable: false });
Object.defineProperty(execFile, kCustomPromisified,
    { value: promisified(execFile), enumerable: false });

function spawnSync(file, args, options) {
    options = copyOwn({ maxBuffer: MAX_BUFFER }, normalizeSpawnArguments(file, args, options));
    validateTimeout(options.timeout);
    validateMaxBuffer(options.maxBuffer);
    options.killSignal = sanitizeKillSignal(options.killSignal);
    return internal.spawnSync(options);
}

function checkExecSyncError(ret, args, cmd) {
    var err;
    if (ret.error) {
        err = ret.error;
        copyOwn(err, ret);
    } else if (ret.status !== 0) {
        var msg = 'Command failed: ' + (cmd || args.join(' '));
        if (ret.stderr && ret.stderr.length > 0) {
            msg += '\n' + ret.stderr.toString();
        }
        err = errors.genericNodeError(msg, ret);
    }
    return err;
}

function execFileSync(file, args, options) {
    var norm = normalizeExecFileArgs(file, args, options);
    var inheritStderr = !norm.options.stdio;
    var ret = spawnSync(norm.file, norm.args, norm.options);
    if (inheritStderr && ret.stderr) {
        process.stderr.write(ret.stderr);
    }
    var errArgs = [norm.options.argv0 || norm.file].concat(norm.args);
    var err = checkExecSyncError(ret, errArgs);
    if (err) {
        throw err;
    }
    return ret.stdout;
}

function execSync(command, options) {
    var opts = normalizeExecArgs(command, options, null);
    var inheritStderr = !opts.options.stdio;
    var ret = spawnSync(opts.file, opts.options);
    if (inheritStderr && ret.stderr) {
        process.stderr.write(ret.stderr);
    }
    var err = checkExecSyncError(ret, undefined, command);
    if (err) {
        throw err;
    }
    return ret.stdout;
}

module.exports = {
    ChildProcess: ChildProcess,
    _forkChild: forkChild,
    exec: exec,
    execFile: execFile,
    execFileSync: execFileSync,
    execSync: execSync,
    fork: fork,
    spawn: spawn,
    spawnSync: spawnSync
};
