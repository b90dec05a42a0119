'use strict';
/* js/internal/child_process.js: the ChildProcess class over internalBinding('process_wrap').
 *
 * A ChildProcess starts its program with binding.spawn(), wraps the parent end of each 'pipe'
 * slot in a TCP handle (open(fd)) under a net.Socket, and is told of the exit through onexit
 * (SIGCHLD on the loop, lib/process_wrap.c).  'exit' comes at the exit; 'close' once the child
 * has exited and every readable stdio stream has closed, as in Node.  An 'ipc' slot (fork) is a
 * pipe slot whose parent end becomes the channel of js/internal/child_process/channel.js; the
 * child finds its end through NODE_CHANNEL_FD. */

var EventEmitter = require('events');
var errors = require('internal/errors');
var binding = internalBinding('process_wrap');

var codes = errors.codes;
var UV_ENOENT = -2;
var UV_EACCES = -13;
var UV_EAGAIN = -11;
var UV_EMFILE = -24;
var UV_ENFILE = -23;

var signals = require('os').constants.signals;

/* Returns the signal name for a number, or null. */
function signalName(num) {
    if (!num) {
        return null;
    }
    var names = Object.keys(signals);
    for (var i = 0; i < names.length; i++) {
        if (signals[names[i]] === num) {
            return names[i];
        }
    }
    return null;
}

/* Returns the number of a signal given by name or number; throws Node's errors otherwise. */
function convertToValidSignal(signal) {
    if (typeof signal === 'number' && signalName(signal) !== null) {
        return signal;
    }
    if (typeof signal === 'string') {
        var n = signals[signal.toUpperCase()];
        if (n) {
            return n;
        }
    }
    throw new codes.ERR_UNKNOWN_SIGNAL(signal);
}

/* Normalises options.stdio into [{ type, fd, ipc }] (type 'pipe', 'ignore' or 'fd'; ipc is true
 * for the one 'ipc' slot, a pipe).  sync: for spawnSync, where 'ipc' is an error. */
function getValidStdio(stdio, sync) {
    if (typeof stdio === 'string') {
        if (stdio === 'pipe' || stdio === 'overlapped') {
            stdio = ['pipe', 'pipe', 'pipe'];
        } else if (stdio === 'ignore') {
            stdio = ['ignore', 'ignore', 'ignore'];
        } else if (stdio === 'inherit') {
            stdio = [0, 1, 2];
        } else {
            throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
        }
    } else if (!Array.isArray(stdio)) {
        throw new codes.ERR_INVALID_ARG_VALUE('stdio', stdio);
    }
    while (stdio.length < 3) {
        stdio = stdio.concat([undefined]);
    }
    var out = [];
    var ipc = false;
    for (var i = 0; i < stdio.length; i++) {
        var s = stdio[i];
        if (s === null || s === undefined) {
            s = i < 3 ? 'pipe' : 'ignore';
        }
        if (s === 'pipe' || s === 'overlapped') {
            out.push({ type: 'pipe', fd: binding.PIPE });
        } else if (s === 'ignore') {
            out.push({ type: 'ignore', fd: binding.IGNORE });
        } else if (s === 'inherit') {
            out.push({ type: 'fd', fd: i });
        } else if (typeof s === 'number') {
            out.push({ type: 'fd', fd: s });
        } else if (s === 'ipc') {
            if (sync || ipc) {
                throw sync ? new codes.ERR_IPC_SYNC_FORK() : new codes.ERR_IPC_ONE_PIPE();
            }
            ipc = true;
            out.push({ type: 'pipe', fd: binding.PIPE, ipc: true });
        } else if (typeof s === 'object' && typeof s.fd === 'number') {
            out.push({ type: 'fd', fd: s.fd });
        } else if (typeof s === 'object' && s._handle && typeof s._handle.getFd === 'function') {
            out.push({ type: 'fd', fd: s._handle.getFd() });
        } else {
            throw new codes.ERR_INVALID_ARG_VALUE('stdio', s);
        }
    }
    return out;
}

function spawnError(err, file, spawnargs, syscallPrefix) {
    var syscall = file ? syscallPrefix + ' ' + file : syscallPrefix;
    var e = errors.errnoException(err, syscall);
    if (file) {
        e.path = file;
    }
    e.spawnargs = spawnargs.slice(1);
    return e;
}

function ChildProcess() {
    EventEmitter.call(this);
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
}
ChildProcess.prototype = Object.create(EventEmitter.prototype, {
    constructor: { value: ChildProcess, writable: true, configurable: true }
});
Object.setPrototypeOf(ChildProcess, EventEmitter);

function maybeClose(subprocess) {
    subprocess._closesGot++;
    if (subprocess._closesGot === subprocess._closesNeeded) {
        subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
    }
}

function flushStdio(subprocess) {
    var stdio = subprocess.stdio;
    if (stdio === null || stdio === undefined) {
        return;
    }
    for (var i = 0; i < stdio.length; i++) {
        var stream = stdio[i];
        if (!stream || !stream.readable || stream._readableState.readableListening) {
            continue;
        }
        stream.resume();
    }
}

ChildProcess.prototype._onexit = function _onexit(exitCode, signalCode, turns) {
    /* A child's descriptors close before its exit is signalled, so what it last sent on its IPC
     * channel, and the channel's end, are already in the socket: give the loop up to two turns
     * to read them, so its last messages and 'disconnect' come before 'exit', as they do in
     * Node.  (A grandchild holding the channel open only delays 'exit' by those turns.) */
    turns = turns || 0;
    if (this.channel && exitCode >= 0 && turns < 2) {
        var self = this;
        setImmediate(function () {
            self._onexit(exitCode, signalCode, turns + 1);
        });
        return;
    }
    if (signalCode) {
        this.signalCode = signalCode;
    } else {
        this.exitCode = exitCode;
    }
    if (this.stdin) {
        this.stdin.destroy();
    }
    this._handle = null;
    if (exitCode < 0) {
        this.emit('error', spawnError(exitCode, this.spawnfile, this.spawnargs, 'spawn'));
    } else {
        this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
};

ChildProcess.prototype.spawn = function spawn(options) {
    var self = this;
    if (options === null || typeof options !== 'object') {
        throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    var stdio = getValidStdio(options.stdio || 'pipe', false);
    if (options.envPairs !== undefined && !Array.isArray(options.envPairs)) {
        throw new codes.ERR_INVALID_ARG_TYPE('options.envPairs', 'Array', options.envPairs);
    }
    require('internal/validators').validateOneOf(options.serialization, 'options.serialization',
        [undefined, 'json', 'advanced']);
    var serialization = options.serialization || 'json';
    var ipcFd = -1;
    for (var i = 0; i < stdio.length; i++) {
        if (stdio[i].ipc) {
            ipcFd = i;
        }
    }
    if (ipcFd >= 0) {
        /* The child learns of its channel from the environment, as Node's does. */
        options.envPairs = (options.envPairs || []).concat(['NODE_CHANNEL_FD=' + ipcFd,
            'NODE_CHANNEL_SERIALIZATION_MODE=' + serialization]);
    }
    if (typeof options.file !== 'string') {
        throw new codes.ERR_INVALID_ARG_TYPE('options.file', 'string', options.file);
    }
    this.spawnfile = options.file;
    if (options.args === undefined) {
        this.spawnargs = [];
    } else {
        this.spawnargs = options.args;
    }
    var slots = [];
    for (i = 0; i < stdio.length; i++) {
        slots.push(stdio[i].fd);
    }
    var handle = { pid: 0, refed: true };
    this._handle = handle;
    var res = binding.spawn(options.file, this.spawnargs, options.cwd, options.envPairs, slots,
        !!options.detached, function onexit(code, sig) {
            self._onexit(code, signalName(sig));
        });
    var err = typeof res === 'number' ? res : 0;
    if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE || err === UV_ENFILE ||
        err === UV_ENOENT) {
        process.nextTick(function onErrorNT() {
            self._onexit(err, null);
        });
        if (err === UV_EMFILE || err === UV_ENFILE) {
            return err;
        }
    } else if (err) {
        this._handle = null;
        throw errors.errnoException(err, 'spawn');
    } else {
        handle.pid = res.pid;
        this.pid = res.pid;
        process.nextTick(function onSpawnNT() {
            self.emit('spawn');
        });
    }

    var net = require('net');
    var TCP = internalBinding('tcp').TCP;
    this.stdio = [];
    var channel = null;
    for (i = 0; i < stdio.length; i++) {
        var stream = null;
        if (stdio[i].ipc) {
            channel = new TCP();
            if (err === 0) {
                channel.open(res.fds[i], true);
                this._closesNeeded++;
            }
        } else if (stdio[i].type === 'pipe') {
            var tcp = new TCP();
            if (err === 0) {
                tcp.open(res.fds[i]);
            }
            stream = new net.Socket({ handle: err === 0 ? tcp : undefined, readable: i > 0,
                writable: i === 0 ? true : undefined });
            if (err !== 0) {
                /* The program never ran: its streams end at once, as libuv's unopened pipes. */
                stream.destroy();
            }
            if (i > 0 && err === 0) {
                this._closesNeeded++;
                stream.on('close', function () {
                    maybeClose(self);
                });
            }
        }
        this.stdio.push(stream);
    }
    this.stdin = stdio.length >= 1 ? this.stdio[0] : null;
    this.stdout = stdio.length >= 2 ? this.stdio[1] : null;
    this.stderr = stdio.length >= 3 ? this.stdio[2] : null;
    if (channel !== null) {
        require('internal/child_process/channel').setupChannel(this, channel, serialization);
    }
    return err;
};

ChildProcess.prototype.kill = function kill(sig) {
    var signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle && this.pid) {
        var err = binding.kill(this.pid, signal);
        if (err === 0) {
            this.killed = true;
            return true;
        }
        if (err !== -3) {
            /* ESRCH means the child already exited, which is not an error for kill(). */
            this.emit('error', errors.errnoException(err, 'kill'));
        }
    }
    return false;
};

ChildProcess.prototype.ref = function ref() {
    if (this._handle && this.pid) {
        binding.ref(this.pid, true);
    }
};

ChildProcess.prototype.unref = function unref() {
    if (this._handle && this.pid) {
        binding.ref(this.pid, false);
    }
};

/* Runs a child to completion, blocking: the result of binding.spawnSync with Node's shape. */
function spawnSync(options) {
    var stdio = getValidStdio(options.stdio || 'pipe', true);
    var slots = [];
    for (var i = 0; i < stdio.length; i++) {
        slots.push(stdio[i].fd);
    }
    var Buffer = require('buffer').Buffer;
    var input;
    if (options.input !== undefined && options.input !== null && stdio[0].type === 'pipe') {
        input = typeof options.input === 'string' ?
            Buffer.from(options.input, options.encoding && options.encoding !== 'buffer' ?
                options.encoding : 'utf8') :
            Buffer.from(options.input.buffer, options.input.byteOffset, options.input.byteLength);
    }
    var killSignal = options.killSignal === undefined ? 15 :
        convertToValidSignal(options.killSignal);
    var r = binding.spawnSync(options.file, options.args, options.cwd, options.envPairs, slots,
        !!options.detached, input, options.timeout || 0, options.maxBuffer || 0, killSignal);
    var result = {};
    if (r.error) {
        result.error = spawnError(r.error, options.file, options.args, 'spawnSync');
        if (!r.pid) {
            result.status = null;
            result.signal = null;
            result.output = null;
            result.pid = 0;
            result.stdout = null;
            result.stderr = null;
            return result;
        }
    }
    result.status = r.status;
    result.signal = signalName(r.signal);
    var output = [];
    for (i = 0; i < r.output.length; i++) {
        var b = r.output[i];
        if (b === null || b === undefined) {
            output.push(null);
            continue;
        }
        var buf = Buffer.from(b.buffer, b.byteOffset, b.length);
        if (options.encoding && options.encoding !== 'buffer') {
            output.push(buf.toString(options.encoding));
        } else {
            output.push(buf);
        }
    }
    result.output = output;
    result.pid = r.pid;
    result.stdout = output[1] === undefined ? null : output[1];
    result.stderr = output[2] === undefined ? null : output[2];
    return result;
}

module.exports = {
    ChildProcess: ChildProcess,
    getValidStdio: getValidStdio,
    maybeClose: maybeClose,
    convertToValidSignal: convertToValidSignal,
    spawnSync: spawnSync
};
