'use strict';
/* js/internal/fs/rimraf.js: the recursive removal behind fs.rm and fs.rmdir({ recursive }),
 * Node's internal/fs/rimraf: lstat, unlink what is not a directory, rmdir directories and, when
 * they are not empty, their children first.  EBUSY/EMFILE/ENFILE/ENOTEMPTY/EPERM are retried
 * options.maxRetries times, options.retryDelay ms apart (the synchronous form retries without
 * sleeping: Duktape has no way to block the thread). */

var binding = internalBinding('fs');
var utils = require('internal/fs/utils');

var S_IFMT = utils.constants.S_IFMT;
var S_IFDIR = utils.constants.S_IFDIR;

var retryErrorCodes = { EBUSY: true, EMFILE: true, ENFILE: true, ENOTEMPTY: true, EPERM: true };
var notEmptyErrorCodes = { ENOTEMPTY: true, EEXIST: true, EPERM: true };

/* Children are joined as bytes, so names that are not UTF-8 are removed too (Node's rimraf
 * works on Buffers for the same reason). */
function toBytes(path) {
    return typeof path === 'string' ? utils.bufferFromString(path, 'utf8') : path;
}

function joinBytes(dir, name) {
    var d = toBytes(dir);
    var out = new Uint8Array(d.length + 1 + name.length);
    out.set(d, 0);
    out[d.length] = 0x2f;
    out.set(name, d.length + 1);
    return out;
}

function isRetryCode(code) {
    return Object.prototype.hasOwnProperty.call(retryErrorCodes, code);
}

function isNotEmptyCode(code) {
    return Object.prototype.hasOwnProperty.call(notEmptyErrorCodes, code);
}

/* ------------------------------------------------------------------------------------------ */

function rimraf(path, options, callback) {
    var retries = 0;
    removeAny(path, options, function CB(err) {
        if (err) {
            if (isRetryCode(err.code) && retries < options.maxRetries) {
                retries++;
                setTimeout(removeAny, retries * options.retryDelay, path, options, CB);
                return;
            }
            if (err.code === 'ENOENT') {
                err = null;
            }
        }
        callback(err || null);
    });
}

function removeAny(path, options, callback) {
    binding.lstat(path, function (err, st) {
        if (err) {
            if (err.code === 'ENOENT') {
                callback(null);
                return;
            }
        } else if ((st[1] & S_IFMT) === S_IFDIR) {
            removeDir(path, options, err, callback);
            return;
        }
        binding.unlink(path, function (err2) {
            if (err2) {
                if (err2.code === 'ENOENT') {
                    callback(null);
                    return;
                }
                if (err2.code === 'EISDIR' || err2.code === 'EPERM') {
                    removeDir(path, options, err2, callback);
                    return;
                }
            }
            callback(err2);
        });
    });
}

function removeDir(path, options, originalErr, callback) {
    binding.rmdir(path, function (err) {
        if (err) {
            if (isNotEmptyCode(err.code)) {
                removeChildren(path, options, callback);
                return;
            }
            if (err.code === 'ENOTDIR') {
                callback(originalErr);
                return;
            }
        }
        callback(err);
    });
}

function removeChildren(path, options, callback) {
    binding.readdir(path, false, utils.kEncBuffer, function (err, files) {
        if (err) {
            callback(err);
            return;
        }
        var numFiles = files.length;
        if (numFiles === 0) {
            binding.rmdir(path, callback);
            return;
        }
        var done = false;
        files.forEach(function (child) {
            rimraf(joinBytes(path, child), options, function (err2) {
                if (done) {
                    return;
                }
                if (err2) {
                    done = true;
                    callback(err2);
                    return;
                }
                numFiles--;
                if (numFiles === 0) {
                    binding.rmdir(path, callback);
                }
            });
        });
    });
}

/* ------------------------------------------------------------------------------------------ */

function rimrafSync(path, options) {
    var st;
    try {
        st = binding.lstat(path);
    } catch (err) {
        if (err.code === 'ENOENT') {
            return;
        }
    }
    try {
        if (st !== undefined && (st[1] & S_IFMT) === S_IFDIR) {
            removeDirSync(path, options, null);
        } else {
            unlinkSync(path, options);
        }
    } catch (err) {
        if (err.code === 'ENOENT') {
            return;
        }
        if (err.code === 'EPERM') {
            removeDirSync(path, options, err);
            return;
        }
        if (err.code !== 'EISDIR') {
            throw err;
        }
        removeDirSync(path, options, err);
    }
}

/* Runs fn(path) up to maxRetries + 1 times while it fails with a retryable code. */
function retrySync(fn, path, options) {
    var tries = options.maxRetries + 1;
    for (var i = 1; i <= tries; i++) {
        try {
            return fn(path);
        } catch (err) {
            if (isRetryCode(err.code) && i < tries && options.retryDelay > 0) {
                continue;
            } else if (err.code === 'ENOENT') {
                return;
            } else if (i === tries) {
                throw err;
            }
        }
    }
}

function unlinkSync(path, options) {
    retrySync(binding.unlink, path, options);
}

function removeDirSync(path, options, originalErr) {
    try {
        binding.rmdir(path);
    } catch (err) {
        if (err.code === 'ENOENT') {
            return;
        }
        if (err.code === 'ENOTDIR') {
            throw originalErr || err;
        }
        if (isNotEmptyCode(err.code)) {
            var children = binding.readdir(path, false, utils.kEncBuffer);
            for (var i = 0; i < children.length; i++) {
                rimrafSync(joinBytes(path, children[i]), options);
            }
            retrySync(binding.rmdir, path, options);
            return;
        }
        throw originalErr || err;
    }
}

module.exports = {
    rimraf: rimraf,
    rimrafSync: rimrafSync
};
