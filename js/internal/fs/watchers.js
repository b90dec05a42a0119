'use strict';
/* js/internal/fs/watchers.js: fs.watchFile/unwatchFile (StatWatcher) and fs.watch (FSWatcher).
 *
 * A StatWatcher polls stat() every `interval` ms, as libuv's fs_poll does, and emits
 * 'change' (curr, prev) when ctime, mtime, birthtime, size, mode, owner, inode or device differ;
 * a missing file reads as all-zero stats, and a first poll that fails reports once.  The poll
 * timer is unref'd unless `persistent`.
 * An FSWatcher wraps the binding's FSEvent (one inotify watch) and emits 'change' (eventType,
 * filename) as Node does.  `recursive` watches every directory below the path with one FSEvent
 * each, adds directories as they appear, and reports names relative to the watched path. */

var EventEmitter = require('events');
var binding = internalBinding('fs');
var pathModule = require('path');
var validators = require('internal/validators');
var utils = require('internal/fs/utils');

var kZeroStats = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];

/* libuv's statbuf_eq: the fields fs_poll compares. */
function statsEqual(a, b) {
    var fields = [0, 1, 3, 4, 7, 8, 12, 13, 14, 15, 16, 17];
    for (var i = 0; i < fields.length; i++) {
        if (a[fields[i]] !== b[fields[i]]) {
            return false;
        }
    }
    return true;
}

function StatWatcher(bigint) {
    EventEmitter.call(this);
    Object.defineProperty(this, 'state', {
        value: { timer: null, immediate: null, path: null, interval: 0, persistent: true,
                 prev: kZeroStats, busy: 0, refs: 1, stopped: true },
        writable: true, enumerable: false, configurable: true
    });
}
StatWatcher.prototype = Object.create(EventEmitter.prototype);
Object.defineProperty(StatWatcher.prototype, 'constructor', {
    value: StatWatcher, writable: true, enumerable: false, configurable: true
});

function poll(watcher) {
    var s = watcher.state;
    if (s.stopped) {
        return;
    }
    binding.stat(s.path, function (err, st) {
        if (s.stopped) {
            return;
        }
        if (err) {
            /* As fs_poll: report an error once, with all-zero current stats. */
            if (s.busy !== err.errno) {
                var prev = s.prev;
                s.prev = kZeroStats;
                s.busy = err.errno;
                watcher.emit('change', utils.getStatsFromBinding(kZeroStats),
                             utils.getStatsFromBinding(prev));
            }
        } else {
            var cur = Array.prototype.slice.call(st);
            if (s.busy !== 0 && (s.busy < 0 || !statsEqual(s.prev, cur))) {
                var before = s.prev;
                s.prev = cur;
                s.busy = 1;
                watcher.emit('change', utils.getStatsFromBinding(cur),
                             utils.getStatsFromBinding(before));
            } else {
                s.prev = cur;
                s.busy = 1;
            }
        }
        schedule(watcher);
    });
}

function schedule(watcher) {
    var s = watcher.state;
    if (s.stopped) {
        return;
    }
    /* NOTE: the timer is armed from an immediate, outside the pool callback: src/loop.c arms
     * its wake-up from libevent's cached time, which inside a callback is stale, so a timer set
     * there can wake the poll too early and never again.  Drop the immediate once loop.c calls
     * event_base_update_cache_time() before evtimer_add(). */
    s.immediate = setImmediate(function () {
        s.immediate = null;
        if (s.stopped) {
            return;
        }
        s.timer = setTimeout(poll, s.interval, watcher);
        if (!s.persistent) {
            s.timer.unref();
        }
    });
    if (!s.persistent) {
        s.immediate.unref();
    }
}

StatWatcher.prototype.start = function (filename, persistent, interval) {
    var s = this.state;
    if (!s.stopped) {
        return;
    }
    s.path = filename;
    s.persistent = persistent;
    s.interval = interval;
    s.stopped = false;
    poll(this);
};

StatWatcher.prototype.stop = function () {
    var s = this.state;
    if (s.stopped) {
        return;
    }
    s.stopped = true;
    if (s.timer !== null) {
        clearTimeout(s.timer);
        s.timer = null;
    }
    if (s.immediate !== null) {
        clearImmediate(s.immediate);
        s.immediate = null;
    }
    var self = this;
    process.nextTick(function () {
        self.emit('stop');
    });
};

StatWatcher.prototype.ref = function () {
    if (this.state.timer !== null) {
        this.state.timer.ref();
    }
    if (this.state.immediate !== null) {
        this.state.immediate.ref();
    }
    this.state.persistent = true;
    return this;
};

StatWatcher.prototype.unref = function () {
    if (this.state.timer !== null) {
        this.state.timer.unref();
    }
    if (this.state.immediate !== null) {
        this.state.immediate.unref();
    }
    this.state.persistent = false;
    return this;
};

var statWatchers = {};

function watchFile(filename, options, listener) {
    filename = utils.getValidatedPath(filename);
    filename = pathModule.resolve(utils.pathToString(filename));
    if (options === null || typeof options !== 'object') {
        listener = options;
        options = null;
    }
    options = utils.mergeOptions({ interval: 5007, persistent: true }, options || {});
    validators.validateFunction(listener, 'listener');
    var key = '$' + filename;
    var stat = statWatchers[key];
    if (stat === undefined) {
        stat = new StatWatcher(options.bigint);
        stat.start(filename, options.persistent, options.interval);
        statWatchers[key] = stat;
    }
    stat.addListener('change', listener);
    return stat;
}

function unwatchFile(filename, listener) {
    filename = utils.getValidatedPath(filename);
    filename = pathModule.resolve(utils.pathToString(filename));
    var key = '$' + filename;
    var stat = statWatchers[key];
    if (stat === undefined) {
        return;
    }
    if (typeof listener === 'function') {
        stat.removeListener('change', listener);
    } else {
        stat.removeAllListeners('change');
    }
    if (stat.listenerCount('change') === 0) {
        stat.stop();
        delete statWatchers[key];
    }
}

/* ------------------------------------------------------------------------------------------ */
/* fs.watch */

var kFSWatchStart = Symbol('kFSWatchStart');

function watchError(errno, filename) {
    var errors = require('internal/errors');
    var ctx = { errno: errno, syscall: 'watch', path: filename };
    if (errno === -28) {
        ctx.message = 'inotify limit reached';
    }
    var error = errors.uvException(ctx);
    error.filename = filename;
    return error;
}

function FSWatcher() {
    EventEmitter.call(this);
    var self = this;
    this._handle = new binding.FSEvent();
    this._handle.onchange = function (status, eventType, filename) {
        if (status < 0) {
            if (self._handle !== null) {
                self._handle.close();
                self._handle = null;
            }
            self.emit('error', watchError(status, filename));
        } else {
            if (filename != null && typeof filename !== 'string') {
                filename = utils.toBuffer(filename);
            }
            self.emit('change', eventType, filename);
        }
    };
}
FSWatcher.prototype = Object.create(EventEmitter.prototype);
Object.defineProperty(FSWatcher.prototype, 'constructor', {
    value: FSWatcher, writable: true, enumerable: false, configurable: true
});

FSWatcher.prototype[kFSWatchStart] = function (filename, persistent, recursive, encoding) {
    if (this._handle === null || this._handle.initialized) {
        return;
    }
    filename = utils.getValidatedPath(filename, 'filename');
    var err = this._handle.start(filename, persistent, encoding === 'buffer');
    if (err) {
        throw watchError(err, utils.pathToString(filename));
    }
};

function emitCloseNT(self) {
    self.emit('close');
}

FSWatcher.prototype.close = function () {
    if (this._handle === null) {
        return;
    }
    this._handle.close();
    this._handle = null;
    process.nextTick(emitCloseNT, this);
};

FSWatcher.prototype.ref = function () {
    if (this._handle) {
        this._handle.ref();
    }
    return this;
};

FSWatcher.prototype.unref = function () {
    if (this._handle) {
        this._handle.unref();
    }
    return this;
};

/* A recursive watch: one FSEvent per directory, names relative to the root. */
function RecursiveWatcher(options) {
    EventEmitter.call(this);
    Object.defineProperty(this, 'state', {
        value: { root: null, handles: {}, options: options, closed: false },
        writable: true, enumerable: false, configurable: true
    });
}
RecursiveWatcher.prototype = Object.create(EventEmitter.prototype);
Object.defineProperty(RecursiveWatcher.prototype, 'constructor', {
    value: FSWatcher, writable: true, enumerable: false, configurable: true
});

/* Watches dir and, when `walk`, every directory below it. */
function watchTree(watcher, dir, walk) {
    var s = watcher.state;
    if (s.closed || s.handles['$' + dir]) {
        return;
    }
    var handle = new binding.FSEvent();
    handle.onchange = function (status, eventType, filename) {
        if (s.closed) {
            return;
        }
        var full = pathModule.join(dir, filename);
        var rel = pathModule.relative(s.root, full) || filename;
        if (eventType === 'rename' && binding.internalModuleStat(full) === 1) {
            watchTree(watcher, full, true);
        }
        watcher.emit('change', eventType, s.options.encoding === 'buffer'
            ? utils.bufferFromString(rel, 'utf8') : rel);
    };
    var err = handle.start(dir, s.options.persistent, false);
    if (err) {
        if (dir === s.root) {
            throw watchError(err, dir);
        }
        return;
    }
    s.handles['$' + dir] = handle;
    if (!walk) {
        return;
    }
    var names;
    try {
        names = binding.readdir(dir, true, utils.kEncUtf8);
    } catch (e) {
        return;
    }
    for (var i = 0; i < names[0].length; i++) {
        if (names[1][i] === utils.constants.UV_DIRENT_DIR) {
            watchTree(watcher, pathModule.join(dir, names[0][i]), true);
        }
    }
}

RecursiveWatcher.prototype[kFSWatchStart] = function (filename) {
    filename = utils.pathToString(utils.getValidatedPath(filename, 'filename'));
    this.state.root = pathModule.resolve(filename);
    watchTree(this, this.state.root, binding.internalModuleStat(this.state.root) === 1);
};

RecursiveWatcher.prototype.close = function () {
    var s = this.state;
    if (s.closed) {
        return;
    }
    s.closed = true;
    Object.keys(s.handles).forEach(function (k) {
        s.handles[k].close();
    });
    s.handles = {};
    process.nextTick(emitCloseNT, this);
};

RecursiveWatcher.prototype.ref = function () {
    var s = this.state;
    s.options.persistent = true;
    Object.keys(s.handles).forEach(function (k) {
        s.handles[k].ref();
    });
    return this;
};

RecursiveWatcher.prototype.unref = function () {
    var s = this.state;
    s.options.persistent = false;
    Object.keys(s.handles).forEach(function (k) {
        s.handles[k].unref();
    });
    return this;
};

function watch(filename, options, listener) {
    utils.getValidatedPath(filename);
    if (typeof options === 'function') {
        listener = options;
    }
    options = utils.mergeOptions({}, utils.getOptions(options));
    if (options.persistent === undefined) {
        options.persistent = true;
    }
    if (options.recursive === undefined) {
        options.recursive = false;
    }
    var watcher;
    if (options.recursive) {
        watcher = new RecursiveWatcher(options);
        watcher[kFSWatchStart](filename);
    } else {
        watcher = new FSWatcher();
        watcher[kFSWatchStart](filename, options.persistent, options.recursive,
                               options.encoding);
    }
    if (listener) {
        watcher.addListener('change', listener);
    }
    if (options.signal) {
        if (options.signal.aborted) {
            process.nextTick(function () {
                watcher.close();
            });
        } else {
            options.signal.addEventListener('abort', function () {
                watcher.close();
            });
        }
    }
    return watcher;
}

/* fs.promises.watch(filename[, options]): an async iterator of { eventType, filename }. */
function watchPromise(filename, options) {
    utils.getValidatedPath(filename);
    options = utils.mergeOptions({}, utils.getOptions(options));
    var queue = [];
    var waiting = [];
    var done = false;
    var failure = null;
    var watcher = watch(filename, { persistent: options.persistent !== false,
                                    recursive: !!options.recursive, encoding: options.encoding });
    function settle() {
        while (waiting.length > 0 && (queue.length > 0 || done || failure)) {
            var w = waiting.shift();
            if (queue.length > 0) {
                w.resolve({ value: queue.shift(), done: false });
            } else if (failure) {
                w.reject(failure);
            } else {
                w.resolve({ value: undefined, done: true });
            }
        }
    }
    function finish() {
        if (!done) {
            done = true;
            watcher.close();
        }
        settle();
    }
    watcher.on('change', function (eventType, name) {
        queue.push({ eventType: eventType, filename: name });
        settle();
    });
    watcher.on('error', function (err) {
        failure = err;
        finish();
    });
    if (options.signal) {
        var onAbort = function () {
            var AbortError = require('internal/errors').AbortError;
            failure = new AbortError(undefined, { cause: options.signal.reason });
            queue.length = 0; /* an abort wins over events not yet consumed */
            finish();
        };
        if (options.signal.aborted) {
            onAbort();
        } else {
            options.signal.addEventListener('abort', onAbort);
        }
    }
    var iterator = {
        next: function () {
            return new Promise(function (resolve, reject) {
                waiting.push({ resolve: resolve, reject: reject });
                settle();
            });
        },
        'return': function () {
            finish();
            return Promise.resolve({ value: undefined, done: true });
        }
    };
    iterator[Symbol.asyncIterator] = function () {
        return this;
    };
    return iterator;
}

module.exports = {
    FSWatcher: FSWatcher,
    kFSWatchStart: kFSWatchStart,
    StatWatcher: StatWatcher,
    unwatchFile: unwatchFile,
    watch: watch,
    watchFile: watchFile,
    watchPromise: watchPromise
};
