'use strict';
/* js/internal/fs/cp.js: fs.cp, fs.cpSync and fs.promises.cp (Node 20's internal/fs/cp, itself
 * fs-extra's copy): option checks, the self-copy and overwrite checks with Node's ERR_FS_CP_*
 * errors, then a walk copying files (mode kept), directories and symbolic links. */

var pathModule = require('path');
var validators = require('internal/validators');
var utils = require('internal/fs/utils');

var EEXIST = 17;
var EISDIR = 21;
var EINVAL = 22;
var ENOTDIR = 20;

function codes() {
    return require('internal/errors').codes;
}

function fs() {
    return require('fs');
}

function fsp() {
    return require('internal/fs/promises').exports;
}

var defaultCpOptions = {
    dereference: false, errorOnExist: false, filter: undefined, force: true,
    preserveTimestamps: false, recursive: false, verbatimSymlinks: false
};

function validateCpOptions(options) {
    if (options === undefined) {
        return utils.mergeOptions(defaultCpOptions, {});
    }
    validators.validateObject(options, 'options');
    options = utils.mergeOptions(defaultCpOptions, options);
    validators.validateBoolean(options.dereference, 'options.dereference');
    validators.validateBoolean(options.errorOnExist, 'options.errorOnExist');
    validators.validateBoolean(options.force, 'options.force');
    validators.validateBoolean(options.preserveTimestamps, 'options.preserveTimestamps');
    validators.validateBoolean(options.recursive, 'options.recursive');
    validators.validateBoolean(options.verbatimSymlinks, 'options.verbatimSymlinks');
    if (options.mode == null) {
        options.mode = 0;
    } else {
        validators.validateInteger(options.mode, 'mode', 0, 7);
    }
    if (options.dereference === true && options.verbatimSymlinks === true) {
        throw new (codes().ERR_INCOMPATIBLE_OPTION_PAIR)('dereference', 'verbatimSymlinks');
    }
    if (options.filter !== undefined) {
        validators.validateFunction(options.filter, 'options.filter');
    }
    return options;
}

/* Node's cp errors: a SystemError whose info is { message, path, syscall, errno, code }. */
function cpError(name, message, path, errno, code) {
    var Ctor = codes()[name];
    return new Ctor({ message: message, path: path, syscall: 'cp', errno: errno, code: code });
}

function areIdentical(srcStat, destStat) {
    return destStat.ino && destStat.dev && destStat.ino === srcStat.ino &&
        destStat.dev === srcStat.dev;
}

function normalizePathToArray(path) {
    return pathModule.resolve(path).split(pathModule.sep).filter(Boolean);
}

/* True when dest is src or below it, comparing the path strings only. */
function isSrcSubdir(src, dest) {
    var srcArr = normalizePathToArray(src);
    var destArr = normalizePathToArray(dest);
    return srcArr.every(function (cur, i) {
        return destArr[i] === cur;
    });
}

function isPromise(v) {
    return v != null && typeof v.then === 'function';
}

/* The checks between a source and its destination (both stat'ed); throws Node's errors. */
function checkStats(src, dest, srcStat, destStat) {
    if (destStat) {
        if (areIdentical(srcStat, destStat)) {
            throw cpError('ERR_FS_CP_EINVAL', 'src and dest cannot be the same', dest, EINVAL,
                          'EINVAL');
        }
        if (srcStat.isDirectory() && !destStat.isDirectory()) {
            throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'cannot overwrite non-directory ' + dest +
                          ' with directory ' + src, dest, EISDIR, 'EISDIR');
        }
        if (!srcStat.isDirectory() && destStat.isDirectory()) {
            throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'cannot overwrite directory ' + dest +
                          ' with non-directory ' + src, dest, ENOTDIR, 'ENOTDIR');
        }
    }
    if (srcStat.isDirectory() && isSrcSubdir(src, dest)) {
        throw cpError('ERR_FS_CP_EINVAL', 'cannot copy ' + src + ' to a subdirectory of self ' +
                      dest, dest, EINVAL, 'EINVAL');
    }
}

/* The error for what cannot be copied: a directory without `recursive` (Node 20 gives it
 * errno EINVAL in cpSync, EISDIR in cp), sockets, FIFOs. */
function specialFileError(srcStat, src, dest, isSync) {
    if (srcStat.isDirectory()) {
        return cpError('ERR_FS_EISDIR', src + ' is a directory (not copied)', src,
                       isSync ? EINVAL : EISDIR, 'EISDIR');
    }
    if (srcStat.isSocket()) {
        return cpError('ERR_FS_CP_SOCKET', 'cannot copy a socket file: ' + dest, dest, EINVAL,
                       'EINVAL');
    }
    if (srcStat.isFIFO()) {
        return cpError('ERR_FS_CP_FIFO_PIPE', 'cannot copy a FIFO pipe: ' + dest, dest, EINVAL,
                       'EINVAL');
    }
    return cpError('ERR_FS_CP_UNKNOWN', 'cannot copy an unknown file type: ' + dest, dest, EINVAL,
                   'EINVAL');
}

function resolveLink(src, link, opts) {
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(link)) {
        return pathModule.resolve(pathModule.dirname(src), link);
    }
    return link;
}

function checkLinks(resolvedSrc, resolvedDest, destIsDir, dest) {
    if (isSrcSubdir(resolvedSrc, resolvedDest)) {
        throw cpError('ERR_FS_CP_EINVAL', 'cannot copy ' + resolvedSrc +
                      ' to a subdirectory of self ' + resolvedDest, dest, EINVAL, 'EINVAL');
    }
    if (destIsDir && isSrcSubdir(resolvedDest, resolvedSrc)) {
        throw cpError('ERR_FS_CP_SYMLINK_TO_SUBDIRECTORY', 'cannot overwrite ' + resolvedDest +
                      ' with ' + resolvedSrc, dest, EINVAL, 'EINVAL');
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Synchronous */

function statSyncFn(opts) {
    return opts.dereference ? fs().statSync : fs().lstatSync;
}

/* Returns { srcStat, destStat, skipped }. */
function checkPathsSync(src, dest, opts) {
    if (opts.filter) {
        var shouldCopy = opts.filter(src, dest);
        if (isPromise(shouldCopy)) {
            throw new (codes().ERR_INVALID_RETURN_VALUE)('boolean', 'filter', shouldCopy);
        }
        if (!shouldCopy) {
            return { skipped: true };
        }
    }
    var statFn = statSyncFn(opts);
    var srcStat = statFn(src);
    var destStat = null;
    try {
        destStat = statFn(dest);
    } catch (err) {
        if (err.code !== 'ENOENT') {
            throw err;
        }
    }
    checkStats(src, dest, srcStat, destStat);
    return { srcStat: srcStat, destStat: destStat, skipped: false };
}

function checkParentPathsSync(src, srcStat, dest) {
    var srcParent = pathModule.resolve(pathModule.dirname(src));
    var destParent = pathModule.resolve(pathModule.dirname(dest));
    if (destParent === srcParent || destParent === pathModule.parse(destParent).root) {
        return;
    }
    var destStat;
    try {
        destStat = fs().statSync(destParent);
    } catch (err) {
        if (err.code === 'ENOENT') {
            return;
        }
        throw err;
    }
    if (areIdentical(srcStat, destStat)) {
        throw cpError('ERR_FS_CP_EINVAL', 'cannot copy ' + src + ' to a subdirectory of self ' +
                      dest, dest, EINVAL, 'EINVAL');
    }
    checkParentPathsSync(src, srcStat, destParent);
}

function setDestTimestampsSync(src, dest) {
    var updated = fs().statSync(src);
    fs().utimesSync(dest, updated.atime, updated.mtime);
}

function copyFileSync(srcStat, src, dest, opts) {
    fs().copyFileSync(src, dest, opts.mode);
    if (opts.preserveTimestamps) {
        if ((srcStat.mode & 128) === 0) {
            fs().chmodSync(dest, srcStat.mode | 128);
        }
        setDestTimestampsSync(src, dest);
    }
    fs().chmodSync(dest, srcStat.mode);
}

function copyDirSync(src, dest, opts) {
    var dir = fs().opendirSync(src);
    try {
        var dirent;
        while ((dirent = dir.readSync()) !== null) {
            var srcItem = pathModule.join(src, dirent.name);
            var destItem = pathModule.join(dest, dirent.name);
            var r = checkPathsSync(srcItem, destItem, opts);
            if (!r.skipped) {
                copySync(r.destStat, srcItem, destItem, opts);
            }
        }
    } finally {
        dir.closeSync();
    }
}

function copySync(destStat, src, dest, opts) {
    var srcStat = statSyncFn(opts)(src);
    if (srcStat.isDirectory() && opts.recursive) {
        if (!destStat) {
            fs().mkdirSync(dest);
            copyDirSync(src, dest, opts);
            fs().chmodSync(dest, srcStat.mode);
        } else {
            copyDirSync(src, dest, opts);
        }
        if (opts.preserveTimestamps) {
            setDestTimestampsSync(src, dest);
        }
        return;
    }
    if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
        if (!destStat) {
            copyFileSync(srcStat, src, dest, opts);
        } else if (opts.force) {
            fs().unlinkSync(dest);
            copyFileSync(srcStat, src, dest, opts);
        } else if (opts.errorOnExist) {
            throw cpError('ERR_FS_CP_EEXIST', dest + ' already exists', dest, EEXIST, 'EEXIST');
        }
        return;
    }
    if (srcStat.isSymbolicLink()) {
        var resolvedSrc = resolveLink(src, fs().readlinkSync(src), opts);
        if (!destStat) {
            fs().symlinkSync(resolvedSrc, dest);
            return;
        }
        var resolvedDest;
        try {
            resolvedDest = fs().readlinkSync(dest);
        } catch (err) {
            if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
                fs().symlinkSync(resolvedSrc, dest);
                return;
            }
            throw err;
        }
        if (!pathModule.isAbsolute(resolvedDest)) {
            resolvedDest = pathModule.resolve(pathModule.dirname(dest), resolvedDest);
        }
        checkLinks(resolvedSrc, resolvedDest, fs().statSync(dest).isDirectory(), dest);
        fs().unlinkSync(dest);
        fs().symlinkSync(resolvedSrc, dest);
        return;
    }
    throw specialFileError(srcStat, src, dest, true);
}

function cpSync(src, dest, options) {
    options = validateCpOptions(options);
    src = utils.pathToString(utils.getValidatedPath(src, 'src'));
    dest = utils.pathToString(utils.getValidatedPath(dest, 'dest'));
    var r = checkPathsSync(src, dest, options);
    if (r.skipped) {
        return;
    }
    checkParentPathsSync(src, r.srcStat, dest);
    var destParent = pathModule.dirname(dest);
    if (!fs().existsSync(destParent)) {
        fs().mkdirSync(destParent, { recursive: true });
    }
    copySync(r.destStat, src, dest, options);
}

/* ------------------------------------------------------------------------------------------ */
/* Asynchronous (promises) */

function statFn(opts) {
    return opts.dereference ? fsp().stat : fsp().lstat;
}

function checkPaths(src, dest, opts) {
    var filtered = opts.filter ? Promise.resolve(opts.filter(src, dest)) : Promise.resolve(true);
    return filtered.then(function (shouldCopy) {
        if (!shouldCopy) {
            return { skipped: true };
        }
        var sf = statFn(opts);
        return Promise.all([sf(src), sf(dest).then(undefined, function (err) {
            if (err.code === 'ENOENT') {
                return null;
            }
            throw err;
        })]).then(function (stats) {
            checkStats(src, dest, stats[0], stats[1]);
            return { srcStat: stats[0], destStat: stats[1], skipped: false };
        });
    });
}

function checkParentPaths(src, srcStat, dest) {
    var srcParent = pathModule.resolve(pathModule.dirname(src));
    var destParent = pathModule.resolve(pathModule.dirname(dest));
    if (destParent === srcParent || destParent === pathModule.parse(destParent).root) {
        return Promise.resolve();
    }
    return fsp().stat(destParent).then(function (destStat) {
        if (areIdentical(srcStat, destStat)) {
            throw cpError('ERR_FS_CP_EINVAL', 'cannot copy ' + src +
                          ' to a subdirectory of self ' + dest, dest, EINVAL, 'EINVAL');
        }
        return checkParentPaths(src, srcStat, destParent);
    }, function (err) {
        if (err.code === 'ENOENT') {
            return undefined;
        }
        throw err;
    });
}

function setDestTimestamps(src, dest) {
    return fsp().stat(src).then(function (updated) {
        return fsp().utimes(dest, updated.atime, updated.mtime);
    });
}

function copyFileAsync(srcStat, src, dest, opts) {
    return fsp().copyFile(src, dest, opts.mode).then(function () {
        if (!opts.preserveTimestamps) {
            return undefined;
        }
        var writable = (srcStat.mode & 128) === 0
            ? fsp().chmod(dest, srcStat.mode | 128) : Promise.resolve();
        return writable.then(function () {
            return setDestTimestamps(src, dest);
        });
    }).then(function () {
        return fsp().chmod(dest, srcStat.mode);
    });
}

function copyDir(src, dest, opts) {
    return fsp().opendir(src).then(function (dir) {
        function next() {
            return dir.read().then(function (dirent) {
                if (dirent === null) {
                    return undefined;
                }
                var srcItem = pathModule.join(src, dirent.name);
                var destItem = pathModule.join(dest, dirent.name);
                return checkPaths(srcItem, destItem, opts).then(function (r) {
                    return r.skipped ? undefined : copyAsync(r.destStat, srcItem, destItem, opts);
                }).then(next);
            });
        }
        return next().then(function () {
            return dir.close();
        }, function (err) {
            return dir.close().then(function () {
                throw err;
            });
        });
    });
}

function copyAsync(destStat, src, dest, opts) {
    return statFn(opts)(src).then(function (srcStat) {
        if (srcStat.isDirectory() && opts.recursive) {
            var p = destStat ? copyDir(src, dest, opts)
                : fsp().mkdir(dest).then(function () {
                    return copyDir(src, dest, opts);
                }).then(function () {
                    return fsp().chmod(dest, srcStat.mode);
                });
            return p.then(function () {
                return opts.preserveTimestamps ? setDestTimestamps(src, dest) : undefined;
            });
        }
        if (srcStat.isFile() || srcStat.isCharacterDevice() || srcStat.isBlockDevice()) {
            if (!destStat) {
                return copyFileAsync(srcStat, src, dest, opts);
            }
            if (opts.force) {
                return fsp().unlink(dest).then(function () {
                    return copyFileAsync(srcStat, src, dest, opts);
                });
            }
            if (opts.errorOnExist) {
                throw cpError('ERR_FS_CP_EEXIST', dest + ' already exists', dest, EEXIST,
                              'EEXIST');
            }
            return undefined;
        }
        if (srcStat.isSymbolicLink()) {
            return fsp().readlink(src).then(function (link) {
                var resolvedSrc = resolveLink(src, link, opts);
                if (!destStat) {
                    return fsp().symlink(resolvedSrc, dest);
                }
                return fsp().readlink(dest).then(function (resolvedDest) {
                    if (!pathModule.isAbsolute(resolvedDest)) {
                        resolvedDest = pathModule.resolve(pathModule.dirname(dest), resolvedDest);
                    }
                    return fsp().stat(dest).then(function (st) {
                        checkLinks(resolvedSrc, resolvedDest, st.isDirectory(), dest);
                        return fsp().unlink(dest);
                    }).then(function () {
                        return fsp().symlink(resolvedSrc, dest);
                    });
                }, function (err) {
                    if (err.code === 'EINVAL' || err.code === 'UNKNOWN') {
                        return fsp().symlink(resolvedSrc, dest);
                    }
                    throw err;
                });
            });
        }
        throw specialFileError(srcStat, src, dest, false);
    });
}

/* cp(src, dest, options, callback): callback(err) or callback(null) when done. */
function cp(src, dest, options, callback) {
    var opts = validateCpOptions(options);
    src = utils.pathToString(utils.getValidatedPath(src, 'src'));
    dest = utils.pathToString(utils.getValidatedPath(dest, 'dest'));
    checkPaths(src, dest, opts).then(function (r) {
        if (r.skipped) {
            return undefined;
        }
        return checkParentPaths(src, r.srcStat, dest).then(function () {
            var destParent = pathModule.dirname(dest);
            return fsp().stat(destParent).then(function () {
                return true;
            }, function (err) {
                if (err.code === 'ENOENT') {
                    return false;
                }
                throw err;
            });
        }).then(function (exists) {
            return exists ? undefined : fsp().mkdir(pathModule.dirname(dest), { recursive: true });
        }).then(function () {
            return copyAsync(r.destStat, src, dest, opts);
        });
    }).then(function () {
        callback(null, undefined);
    }, function (err) {
        callback(err);
    });
}

module.exports = {
    cp: cp,
    cpSync: cpSync,
    isSrcSubdir: isSrcSubdir
};
