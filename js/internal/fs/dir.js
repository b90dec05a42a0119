'use strict';
/* js/internal/fs/dir.js: fs.Dir, fs.opendir and fs.opendirSync (Node's internal/fs/dir).
 *
 * The binding's opendir reads the whole directory at once (names and types, sorted by bytes as
 * readdir's); a Dir hands the entries out one at a time through read()/readSync() and async
 * iteration, with Node's errors for a closed Dir and for concurrent operations.  Node reads in
 * batches of bufferSize entries in directory order; entries created after opendir are not seen
 * here. */

var binding = internalBinding('fs');
var pathModule = require('path');
var validators = require('internal/validators');
var utils = require('internal/fs/utils');

var kDirEntries = Symbol('kDirEntries');
var kDirPath = Symbol('kDirPath');
var kDirBufferedEntries = Symbol('kDirBufferedEntries');
var kDirClosed = Symbol('kDirClosed');
var kDirOptions = Symbol('kDirOptions');
var kDirOperationQueue = Symbol('kDirOperationQueue');

function codes() {
    return require('internal/errors').codes;
}

function defineHidden(obj, key, value) {
    Object.defineProperty(obj, key, {
        value: value, writable: true, enumerable: false, configurable: true
    });
}

/* Returns the Dirents of a binding opendir result [names, types] under path. */
function direntsOf(path, result, encoding) {
    var names = result[0];
    for (var i = 0; i < names.length; i++) {
        names[i] = utils.encodeResult(names[i], encoding);
    }
    return utils.getDirentsSync(path, result);
}

function Dir(handle, path, options) {
    if (handle == null) {
        throw new (codes().ERR_MISSING_ARGS)('handle');
    }
    defineHidden(this, kDirEntries, handle);
    defineHidden(this, kDirBufferedEntries, []);
    defineHidden(this, kDirPath, path);
    defineHidden(this, kDirClosed, false);
    defineHidden(this, kDirOperationQueue, null);
    var opts = utils.mergeOptions({ bufferSize: 32 }, utils.getOptions(options,
                                                                       { encoding: 'utf8' }));
    validators.validateUint32(opts.bufferSize, 'options.bufferSize', true);
    defineHidden(this, kDirOptions, opts);
    /* The whole directory was read by opendir: it is the first buffered batch. */
    var entries = direntsOf(utils.pathToString(path), handle, opts.encoding);
    for (var i = 0; i < entries.length; i++) {
        this[kDirBufferedEntries].push(entries[i]);
    }
}

Object.defineProperty(Dir.prototype, 'path', {
    get: function () {
        return this[kDirPath];
    },
    enumerable: false,
    configurable: true
});

/* With options.recursive, a directory's entries are queued after the ones already buffered. */
function readRecursive(dir, dirent) {
    var path = pathModule.join(dirent.parentPath, dirent.name);
    var result;
    try {
        result = binding.opendir(path, utils.bindingEncoding(dir[kDirOptions].encoding));
    } catch (err) {
        return;
    }
    var entries = direntsOf(path, result, dir[kDirOptions].encoding);
    for (var i = 0; i < entries.length; i++) {
        dir[kDirBufferedEntries].push(entries[i]);
    }
}

/* The next entry, or null at the end. */
function nextEntry(dir) {
    if (dir[kDirBufferedEntries].length === 0) {
        return null;
    }
    var dirent = dir[kDirBufferedEntries].shift();
    if (dir[kDirOptions].recursive && dirent.isDirectory()) {
        readRecursive(dir, dirent);
    }
    return dirent;
}

function readImpl(dir, callback) {
    if (dir[kDirClosed] === true) {
        throw new (codes().ERR_DIR_CLOSED)();
    }
    if (callback === undefined) {
        return new Promise(function (resolve, reject) {
            readImpl(dir, function (err, dirent) {
                if (err) {
                    reject(err);
                } else {
                    resolve(dirent);
                }
            });
        });
    }
    validators.validateFunction(callback, 'callback');
    if (dir[kDirOperationQueue] !== null) {
        dir[kDirOperationQueue].push(function () {
            readImpl(dir, callback);
        });
        return;
    }
    var dirent;
    try {
        dirent = nextEntry(dir);
    } catch (err) {
        callback(err);
        return;
    }
    process.nextTick(callback, null, dirent);
}

Dir.prototype.read = function (callback) {
    return readImpl(this, callback);
};

Dir.prototype.readSync = function () {
    if (this[kDirClosed] === true) {
        throw new (codes().ERR_DIR_CLOSED)();
    }
    if (this[kDirOperationQueue] !== null) {
        throw new (codes().ERR_DIR_CONCURRENT_OPERATION)();
    }
    return nextEntry(this);
};

Dir.prototype.close = function (callback) {
    var self = this;
    if (callback === undefined) {
        if (this[kDirClosed] === true) {
            return Promise.reject(new (codes().ERR_DIR_CLOSED)());
        }
        return new Promise(function (resolve, reject) {
            self.close(function (err) {
                if (err) {
                    reject(err);
                } else {
                    resolve();
                }
            });
        });
    }
    validators.validateFunction(callback, 'callback');
    if (this[kDirClosed] === true) {
        process.nextTick(callback, new (codes().ERR_DIR_CLOSED)());
        return;
    }
    if (this[kDirOperationQueue] !== null) {
        this[kDirOperationQueue].push(function () {
            self.close(callback);
        });
        return;
    }
    this[kDirClosed] = true;
    this[kDirBufferedEntries].length = 0;
    process.nextTick(callback, null);
};

Dir.prototype.closeSync = function () {
    if (this[kDirClosed] === true) {
        throw new (codes().ERR_DIR_CLOSED)();
    }
    if (this[kDirOperationQueue] !== null) {
        throw new (codes().ERR_DIR_CONCURRENT_OPERATION)();
    }
    this[kDirClosed] = true;
    this[kDirBufferedEntries].length = 0;
};

/* dir.entries(): an async iterator of Dirents that closes the Dir when done (Node's async
 * generator, written out). */
Dir.prototype.entries = function () {
    var dir = this;
    var finished = false;
    function finish() {
        finished = true;
        if (dir[kDirClosed]) {
            return Promise.resolve();
        }
        return dir.close();
    }
    var iterator = {
        next: function () {
            if (finished) {
                return Promise.resolve({ value: undefined, done: true });
            }
            return dir.read().then(function (dirent) {
                if (dirent === null) {
                    return finish().then(function () {
                        return { value: undefined, done: true };
                    });
                }
                return { value: dirent, done: false };
            }, function (err) {
                return finish().then(function () {
                    throw err;
                });
            });
        },
        'return': function (value) {
            if (finished) {
                return Promise.resolve({ value: value, done: true });
            }
            return finish().then(function () {
                return { value: value, done: true };
            });
        }
    };
    iterator[Symbol.asyncIterator] = function () {
        return this;
    };
    return iterator;
};

Object.defineProperty(Dir.prototype, Symbol.asyncIterator, {
    value: Dir.prototype.entries, writable: true, enumerable: false, configurable: true
});

['read', 'readSync', 'close', 'closeSync', 'entries'].forEach(function (name) {
    Object.defineProperty(Dir.prototype, name, { enumerable: false });
});

function opendir(path, options, callback) {
    callback = typeof options === 'function' ? options : callback;
    validators.validateFunction(callback, 'callback');
    path = utils.getValidatedPath(path);
    options = utils.getOptions(options, { encoding: 'utf8' });
    binding.opendir(path, utils.bindingEncoding(options.encoding), function (err, handle) {
        if (err) {
            callback(err);
            return;
        }
        var dir;
        try {
            dir = new Dir(handle, path, options);
        } catch (e) {
            callback(e);
            return;
        }
        callback(null, dir);
    });
}

function opendirSync(path, options) {
    path = utils.getValidatedPath(path);
    options = utils.getOptions(options, { encoding: 'utf8' });
    var handle = binding.opendir(path, utils.bindingEncoding(options.encoding));
    return new Dir(handle, path, options);
}

module.exports = {
    Dir: Dir,
    opendir: opendir,
    opendirSync: opendirSync
};
