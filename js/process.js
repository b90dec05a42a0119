'use strict';
/* js/process.js: the global `process` object (also require('process')), an EventEmitter built
 * over internalBinding('process').  Differences from Node 20 are listed in docs/api.md. */

var EventEmitter = require('events');
var binding = internalBinding('process');
var taskQueues = require('internal/process/task_queues');

var signals = {
    SIGHUP: 1, SIGINT: 2, SIGQUIT: 3, SIGILL: 4, SIGTRAP: 5, SIGABRT: 6, SIGIOT: 6, SIGBUS: 7,
    SIGFPE: 8, SIGKILL: 9, SIGUSR1: 10, SIGSEGV: 11, SIGUSR2: 12, SIGPIPE: 13, SIGALRM: 14,
    SIGTERM: 15, SIGCHLD: 17, SIGSTKFLT: 16, SIGCONT: 18, SIGSTOP: 19, SIGTSTP: 20, SIGTTIN: 21,
    SIGTTOU: 22, SIGURG: 23, SIGXCPU: 24, SIGXFSZ: 25, SIGVTALRM: 26, SIGPROF: 27, SIGWINCH: 28,
    SIGIO: 29, SIGPOLL: 29, SIGPWR: 30, SIGSYS: 31
};

function Process() {
    EventEmitter.call(this);
}
Process.prototype = Object.create(EventEmitter.prototype, {
    constructor: { value: Process, writable: true, configurable: true }
});
/* console.log(process) shows `process {`, as in Node. */
Object.defineProperty(Process, 'name', { value: 'process' });
/* Object.prototype.toString.call(process) is '[object process]' (axios tests it). */
Object.defineProperty(Process.prototype, Symbol.toStringTag, {
    value: 'process', writable: false, enumerable: false, configurable: true
});

var process = new Process();

function hidden(name, value) {
    Object.defineProperty(process, name, { value: value, writable: true, configurable: true });
}

/* ---- identity and configuration ---- */
process.version = 'v' + binding.versions.node;
process.versions = binding.versions;
process.arch = 'x64';
process.platform = 'linux';
process.release = { name: 'node', lts: 'Iron' };
process.title = 'nodule';
process.pid = binding.pid;
process.ppid = binding.ppid;
process.execPath = binding.execPath;
process.argv0 = binding.rawArgv[0];
process.execArgv = binding.rawArgv.slice(1, 1 + binding.execArgc);
process.argv = [binding.execPath].concat(binding.rawArgv.slice(binding.scriptIndex));
var exitCode;
/* Node's setter: an integer, or a string that reads as a number ('2', '0x10'), which is kept as
 * given; anything else throws ERR_INVALID_ARG_TYPE or ERR_OUT_OF_RANGE. */
Object.defineProperty(process, 'exitCode', {
    get: function get() {
        return exitCode;
    },
    set: function set(code) {
        if (code !== null && code !== undefined) {
            var value = code;
            if (typeof code === 'string' && code !== '' && +code === +code) {
                value = +code;
            }
            if (typeof value !== 'number' || value % 1 !== 0 ||
                Math.abs(value) > 9007199254740991) {
                require('internal/validators').validateInteger(value, 'code');
            }
        }
        exitCode = code;
    },
    enumerable: true,
    configurable: false
});
process.config = { variables: {} };
process.features = { inspector: false, debug: false, uv: false, ipv6: true, tls: false };
hidden('_exiting', false);

/* ---- environment: strings only, as Node's process.env ----
 * The proxy's target holds a copy of the environment so that enumeration (Object.keys, for-in,
 * JSON) sees real properties; writes coerce to strings and go to the C environment too, where
 * child processes inherit them. */
function makeEnv() {
    var target = {};
    binding.envKeys().forEach(function (name) {
        target[name] = binding.getEnv(name);
    });
    /* the engine's Proxy: process.env is no proxy to util.types.isProxy, as in Node */
    var NativeProxy = require('internal/polyfills/index').nativeGlobal('Proxy');
    return new NativeProxy(target, {
        set: function (t, name, value) {
            if (typeof name === 'string') {
                value = String(value);
                t[name] = value;
                binding.setEnv(name, value);
            }
            return true;
        },
        deleteProperty: function (t, name) {
            if (typeof name === 'string') {
                delete t[name];
                binding.unsetEnv(name);
            }
            return true;
        },
        defineProperty: function (t, name, desc) {
            if (typeof name === 'string' && 'value' in desc) {
                t[name] = String(desc.value);
                binding.setEnv(name, t[name]);
            }
            return true;
        }
    });
}
process.env = makeEnv();

/* ---- lifecycle ---- */
process.exit = function exit(code) {
    if (arguments.length !== 0) {
        process.exitCode = code;
    }
    if (!process._exiting) {
        process._exiting = true;
        process.emit('exit', process.exitCode | 0);
    }
    binding.reallyExit(process.exitCode | 0);
};
hidden('reallyExit', binding.reallyExit);
process.nextTick = taskQueues.nextTick;
process.abort = function abort() {
    binding.kill(process.pid, signals.SIGABRT);
};

/* ---- working directory, ids, clocks, resources ---- */
process.cwd = binding.cwd;
process.chdir = function chdir(directory) {
    if (typeof directory !== 'string') {
        var errors = require('internal/errors');
        throw new errors.codes.ERR_INVALID_ARG_TYPE('directory', 'string', directory);
    }
    binding.chdir(directory);
};
process.umask = function umask(mask) {
    if (mask === undefined) {
        return binding.umask();
    }
    return binding.umask(typeof mask === 'string' ? parseInt(mask, 8) : mask);
};
process.uptime = binding.uptime;

function hrtime(previous) {
    var t = binding.hrtime();
    if (previous !== undefined) {
        var sec = t[0] - previous[0];
        var nsec = t[1] - previous[1];
        if (nsec < 0) {
            sec--;
            nsec += 1e9;
        }
        return [sec, nsec];
    }
    return t;
}
process.hrtime = hrtime;

process.memoryUsage = function memoryUsage() {
    return binding.memoryUsage();
};
process.memoryUsage.rss = binding.rss;

process.cpuUsage = function cpuUsage(previous) {
    var t = binding.cpuUsage();
    if (previous) {
        return { user: t[0] - previous.user, system: t[1] - previous.system };
    }
    return { user: t[0], system: t[1] };
};

process.kill = function kill(pid, sig) {
    var errors = require('internal/errors');
    if (pid != (pid | 0)) {
        throw new errors.codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
    }
    var num;
    if (sig === undefined) {
        num = signals.SIGTERM;
    } else if (typeof sig === 'number') {
        num = sig;
    } else if (typeof sig === 'string' && signals.hasOwnProperty(sig)) {
        num = signals[sig];
    } else {
        throw new errors.codes.ERR_UNKNOWN_SIGNAL(sig);
    }
    var err = binding.kill(pid, num);
    if (err < 0) {
        throw errors.errnoException(err, 'kill');
    }
    return true;
};

/* ---- warnings ---- */
process.emitWarning = function emitWarning(warning, type, code, ctor) {
    var detail;
    if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
        ctor = type.ctor;
        code = type.code;
        detail = typeof type.detail === 'string' ? type.detail : undefined;
        type = type.type || 'Warning';
    } else if (typeof type === 'function') {
        ctor = type;
        code = undefined;
        type = 'Warning';
    }
    if (type === undefined) {
        type = 'Warning';
    }
    if (typeof code === 'function') {
        ctor = code;
        code = undefined;
    }
    if (typeof warning === 'string') {
        var w = new Error(warning);
        w.name = String(type);
        if (code !== undefined) {
            w.code = code;
        }
        if (detail !== undefined) {
            w.detail = detail;
        }
        warning = w;
    } else if (!(warning instanceof Error)) {
        var errors = require('internal/errors');
        throw new errors.codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
    }
    if (warning.name === 'DeprecationWarning' && process.noDeprecation) {
        return;
    }
    process.nextTick(function () {
        process.emit('warning', warning);
    });
};

/* The default 'warning' listener prints as Node does, unless --no-warnings. */
function printWarning(warning) {
    if (process.execArgv.indexOf('--no-warnings') !== -1) {
        return;
    }
    var text = '(' + process.title + ':' + process.pid + ') ';
    if (warning.code) {
        text += '[' + warning.code + '] ';
    }
    text += warning.name + ': ' + warning.message;
    if (typeof warning.detail === 'string') {
        text += '\n' + warning.detail;
    }
    binding.writeString(2, text + '\n');
}
process.on('warning', printWarning);

/* ---- standard streams (loaded on first use) ---- */
function lazyStream(name, load) {
    Object.defineProperty(process, name, {
        configurable: true,
        enumerable: true,
        get: function () {
            var stream = load();
            Object.defineProperty(process, name, {
                value: stream, writable: true, configurable: true, enumerable: true
            });
            return stream;
        }
    });
}
lazyStream('stdout', function () { return require('internal/process/stdio').create(1); });
lazyStream('stderr', function () { return require('internal/process/stdio').create(2); });
lazyStream('stdin', function () { return require('internal/process/stdio').createStdin(); });

/* ---- signal events: a watcher runs while a signal has listeners ---- */
function isSignal(name) {
    return typeof name === 'string' && name.slice(0, 3) === 'SIG' && signals.hasOwnProperty(name);
}

function deliverSignal(signum) {
    for (var name in signals) {
        if (signals[name] === signum && process.listenerCount(name) > 0) {
            process.emit(name, name, signum);
            return;
        }
    }
}

process.on('newListener', function (name) {
    if (isSignal(name) && process.listenerCount(name) === 0) {
        var err = internalBinding('signal').start(signals[name], deliverSignal);
        if (err < 0) {
            throw require('internal/errors').errnoException(err, 'uv_signal_start');
        }
    }
});
process.on('removeListener', function (name) {
    if (isSignal(name) && process.listenerCount(name) === 0) {
        internalBinding('signal').stop(signals[name]);
    }
});
hidden('_signals', signals);

module.exports = process;
