/* fs-stat: stat/lstat/fstat/statfs in sync, callback and promise forms: the Stats fields and
 * their types, the *Ms numbers against the Dates, is*() for files, directories, symlinks and
 * character devices, utimes visible in the times, throwIfNoEntry, fs.Stats itself, and the
 * errors (ENOENT, ENOTDIR, EBADF, argument errors). */
var fs = require('fs');
var base = (process.env.TMPDIR || '/tmp') + '/nodule-fs-stat-' + process.pid;

function clean(s) {
    return String(s).split(base).join('<tmp>');
}
function describe(e) {
    var out = e.name + ' ' + e.code + ': ' + clean(e.message);
    if (e.errno !== undefined) out += ' errno=' + e.errno;
    if (e.syscall !== undefined) out += ' syscall=' + e.syscall;
    if (e.path !== undefined) out += ' path=' + clean(e.path);
    return out;
}
function t(label, fn) {
    try {
        console.log(label + ': ' + JSON.stringify(fn()));
    } catch (e) {
        console.log(label + ' threw ' + describe(e));
    }
}
var KEYS = ['dev', 'mode', 'nlink', 'uid', 'gid', 'rdev', 'blksize', 'ino', 'size', 'blocks',
            'atimeMs', 'mtimeMs', 'ctimeMs', 'birthtimeMs', 'atime', 'mtime', 'ctime',
            'birthtime'];
function summary(st) {
    return {
        keys: Object.keys(st).join(',') === KEYS.join(','),
        numbers: KEYS.slice(0, 14).every(function (k) { return typeof st[k] === 'number'; }),
        dates: KEYS.slice(14).every(function (k) { return st[k] instanceof Date; }),
        msMatch: ['atime', 'mtime', 'ctime', 'birthtime'].every(function (k) {
            return st[k].getTime() === Math.round(st[k + 'Ms']);
        }),
        kinds: [st.isFile(), st.isDirectory(), st.isSymbolicLink(), st.isCharacterDevice(),
                st.isBlockDevice(), st.isFIFO(), st.isSocket()],
        size: st.isFile() || st.isSymbolicLink() ? st.size : undefined,
        nlink: st.isFile() ? st.nlink : undefined,
        type: (st.mode & fs.constants.S_IFMT).toString(8),
        perm: st.isSymbolicLink() ? undefined : (st.mode & 0o777).toString(8),
        isStats: st instanceof fs.Stats
    };
}

fs.mkdirSync(base);
var f = base + '/file';
fs.writeFileSync(f, 'twelve bytes');
fs.chmodSync(f, 0o640);
fs.symlinkSync('file', base + '/link');
fs.symlinkSync('nowhere', base + '/dangling');

t('stat file', function () { return summary(fs.statSync(f)); });
t('stat dir', function () { fs.chmodSync(base, 0o755); return summary(fs.statSync(base)); });
t('lstat link', function () { return summary(fs.lstatSync(base + '/link')); });
t('stat through link', function () { return summary(fs.statSync(base + '/link')); });
t('lstat dangling', function () { return summary(fs.lstatSync(base + '/dangling')); });
t('stat dangling', function () { return summary(fs.statSync(base + '/dangling')); });
t('stat /dev/null', function () { return summary(fs.statSync('/dev/null')); });
t('fstat', function () {
    var fd = fs.openSync(f, 'r');
    var s = fs.fstatSync(fd);
    fs.closeSync(fd);
    return summary(s);
});
t('same inode', function () {
    var a = fs.statSync(f);
    var b = fs.statSync(base + '/link');
    return [a.ino === b.ino, a.dev === b.dev, a.ino > 0];
});
t('utimes seen', function () {
    fs.utimesSync(f, 1000000000, new Date(1500000000123));
    var s = fs.statSync(f);
    return [s.atimeMs, s.mtimeMs, s.atime.toISOString(), s.mtime.toISOString()];
});
t('utimes fractional', function () {
    fs.utimesSync(f, 1234567890.5, 1234567890.25);
    var s = fs.statSync(f);
    return [s.atimeMs, s.mtimeMs];
});
t('utimes string seconds', function () {
    fs.utimesSync(f, '1000', '2000');
    var s = fs.statSync(f);
    return [s.atimeMs, s.mtimeMs];
});
t('futimes', function () {
    var fd = fs.openSync(f, 'r');
    fs.futimesSync(fd, 3000, 4000);
    fs.closeSync(fd);
    var s = fs.statSync(f);
    return [s.atimeMs, s.mtimeMs];
});
t('lutimes', function () {
    fs.lutimesSync(base + '/link', 5000, 6000);
    return [fs.lstatSync(base + '/link').mtimeMs, fs.statSync(f).mtimeMs];
});
t('statfs', function () {
    var s = fs.statfsSync(base);
    return [Object.keys(s), typeof s.type, s.bsize > 0, s.blocks >= s.bfree];
});

t('missing', function () { return fs.statSync(base + '/nope'); });
t('lstat missing', function () { return fs.lstatSync(base + '/nope'); });
t('not a dir', function () { return fs.statSync(f + '/x'); });
t('throwIfNoEntry false', function () { return fs.statSync(base + '/nope', { throwIfNoEntry: false }); });
t('lstat throwIfNoEntry false', function () { return fs.lstatSync(base + '/nope', { throwIfNoEntry: false }); });
t('throwIfNoEntry false ENOTDIR', function () { return fs.statSync(f + '/x', { throwIfNoEntry: false }); });
t('fstat bad fd', function () { return fs.fstatSync(99999); });
t('fstat float fd', function () { return fs.fstatSync(1.5); });
t('stat bad path', function () { return fs.statSync(42); });
t('stat no callback', function () { return fs.stat(f); });
t('utimes bad time', function () { return fs.utimesSync(f, 'soon', 1); });
t('utimes object time', function () { return fs.utimesSync(f, {}, 1); });
t('futimes bad time', function () { return fs.futimesSync(1, 1, null); });
t('utimes missing', function () { return fs.utimesSync(base + '/nope', 1, 1); });
t('futimes bad fd', function () { return fs.futimesSync(99999, 1, 1); });

t('new Stats', function () {
    var s = new fs.Stats(1, 0o100644, 1, 0, 0, 0, 4096, 7, 10, 8, 1000.5, 2000, 3000, 4000);
    return [s.isFile(), s.isDirectory(), s.atimeMs, s.atime.getTime(), s.mtime.toISOString(),
            Object.keys(s).length];
});

var steps = [
    function (next) {
        fs.stat(f, function (err, st) {
            console.log('stat cb', arguments.length, err, st.size, st.isFile(), st instanceof fs.Stats);
            next();
        });
    },
    function (next) {
        fs.lstat(base + '/link', function (err, st) {
            console.log('lstat cb', err, st.isSymbolicLink(), st.size);
            next();
        });
    },
    function (next) {
        fs.stat(base + '/nope', function (err, st) {
            console.log('stat missing cb', describe(err), st);
            next();
        });
    },
    function (next) {
        var fd = fs.openSync(f, 'r');
        fs.fstat(fd, function (err, st) {
            fs.closeSync(fd);
            console.log('fstat cb', err, st.size);
            fs.fstat(99999, function (err2) {
                console.log('fstat bad cb', describe(err2));
                next();
            });
        });
    },
    function (next) {
        fs.statfs(base, function (err, s) {
            console.log('statfs cb', err, s.bsize > 0);
            next();
        });
    },
    function (next) {
        fs.utimes(f, 7000, 8000, function (err) {
            console.log('utimes cb', arguments.length, err, fs.statSync(f).mtimeMs);
            next();
        });
    },
    function (next) {
        fs.promises.stat(f).then(function (st) {
            console.log('promises.stat', st.size, st.isFile());
            return fs.promises.lstat(base + '/link');
        }).then(function (st) {
            console.log('promises.lstat', st.isSymbolicLink());
            return fs.promises.stat(base + '/nope');
        }).catch(function (e) {
            console.log('promises.stat missing', describe(e));
            return fs.promises.utimes(f, 9000, 10000);
        }).then(function () {
            console.log('promises.utimes', fs.statSync(f).mtimeMs);
            return fs.promises.statfs(base);
        }).then(function (s) {
            console.log('promises.statfs', typeof s.ffree);
            next();
        });
    },
    function () {
        fs.rmSync(base, { recursive: true });
        console.log('cleaned', fs.existsSync(base));
    }
];
(function run(i) {
    steps[i](function () { run(i + 1); });
})(0);
