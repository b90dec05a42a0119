/* fs-readdir: readdir (sync, callback, promise) sorted as Node's scandir, withFileTypes and
 * Dirent (name, parentPath, path, is*()), recursive (with and without types, through a
 * symlinked directory), encoding 'buffer', and opendir/Dir (read, readSync, close, async
 * iteration, recursive, ERR_DIR_CLOSED); errors ENOENT/ENOTDIR ('scandir', 'opendir').
 * A Dir yields entries in directory order, which depends on the file system: sorted here. */
var fs = require('fs');
var base = (process.env.TMPDIR || '/tmp') + '/nodule-fs-readdir-' + process.pid;

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
        console.log(label + ': ' + clean(JSON.stringify(fn())));
    } catch (e) {
        console.log(label + ' threw ' + describe(e));
    }
}
function dirent(d) {
    var kinds = ['isFile', 'isDirectory', 'isSymbolicLink', 'isFIFO', 'isSocket',
                 'isCharacterDevice', 'isBlockDevice'].filter(function (m) { return d[m](); });
    return [Buffer.isBuffer(d.name) ? 'buf:' + d.name.toString() : d.name,
            d.parentPath, d.path, kinds.join('|'), d instanceof fs.Dirent];
}

fs.mkdirSync(base + '/sub/deeper', { recursive: true });
['b', 'a', 'C', '_x', '10', '9', 'ü'].forEach(function (n) {
    fs.writeFileSync(base + '/' + n, n);
});
fs.writeFileSync(base + '/sub/inner', 'i');
fs.writeFileSync(base + '/sub/deeper/leaf', 'l');
fs.symlinkSync('sub', base + '/linkdir');
fs.symlinkSync('a', base + '/linkfile');
fs.mkdirSync(base + '/empty');

t('names', function () { return fs.readdirSync(base); });
t('empty dir', function () { return fs.readdirSync(base + '/empty'); });
t('trailing slash', function () { return fs.readdirSync(base + '/sub/'); });
t('withFileTypes', function () {
    return fs.readdirSync(base, { withFileTypes: true }).map(dirent);
});
t('buffer names', function () {
    return fs.readdirSync(base + '/sub', 'buffer').map(function (b) {
        return [Buffer.isBuffer(b), b.toString()];
    });
});
t('buffer path', function () { return fs.readdirSync(Buffer.from(base + '/sub')); });
t('hex names', function () { return fs.readdirSync(base + '/sub', { encoding: 'hex' }); });
t('recursive', function () { return fs.readdirSync(base + '/sub', { recursive: true }); });
t('recursive through symlink', function () {
    return fs.readdirSync(base, { recursive: true }).sort();
});
t('recursive withFileTypes', function () {
    return fs.readdirSync(base + '/sub', { recursive: true, withFileTypes: true }).map(dirent);
});
t('missing', function () { return fs.readdirSync(base + '/nope'); });
t('not a dir', function () { return fs.readdirSync(base + '/a'); });
t('bad recursive', function () { return fs.readdirSync(base, { recursive: 1 }); });
t('bad encoding', function () { return fs.readdirSync(base, { encoding: 'nope' }); });
t('bad path', function () { return fs.readdirSync(undefined); });
t('no callback', function () { return fs.readdir(base); });

t('opendirSync', function () {
    var dir = fs.opendirSync(base + '/sub');
    var out = [clean(dir.path)];
    var ents = [];
    var d;
    while ((d = dir.readSync()) !== null) {
        ents.push(dirent(d));
    }
    out.push(ents.sort());
    out.push(dir.readSync());
    dir.closeSync();
    try {
        dir.readSync();
    } catch (e) {
        out.push(describe(e));
    }
    try {
        dir.closeSync();
    } catch (e) {
        out.push(describe(e));
    }
    return out;
});
t('opendirSync recursive', function () {
    var dir = fs.opendirSync(base + '/sub', { recursive: true });
    var out = [];
    var d;
    while ((d = dir.readSync()) !== null) {
        out.push(d.name + '@' + clean(d.parentPath));
    }
    dir.closeSync();
    return out.sort();
});
t('opendirSync missing', function () { return fs.opendirSync(base + '/nope'); });
t('opendirSync bufferSize', function () { return fs.opendirSync(base, { bufferSize: 0 }); });
t('opendir no callback', function () { return fs.opendir(base); });

var steps = [
    function (next) {
        fs.readdir(base, function (err, names) {
            console.log('readdir cb', arguments.length, err, names.join(','));
            next();
        });
    },
    function (next) {
        fs.readdir(base + '/sub', { withFileTypes: true }, function (err, ents) {
            console.log('readdir types cb', err, clean(JSON.stringify(ents.map(dirent))));
            next();
        });
    },
    function (next) {
        var order = [];
        fs.readdir(base + '/sub', { recursive: true }, function (err, names) {
            order.push('callback');
            console.log('readdir recursive cb', err, names.join(','));
        });
        order.push('returned');
        console.log('recursive order', order.join(','));
        next();
    },
    function (next) {
        fs.readdir(base + '/nope', function (err, names) {
            console.log('readdir missing cb', describe(err), names);
            next();
        });
    },
    function (next) {
        fs.opendir(base + '/sub', function (err, dir) {
            console.log('opendir cb', err, clean(dir.path));
            dir.read(function (err2, d) {
                dir.read().then(function (d2) {
                    console.log('dir.read cb and promise', err2, [d.name, d2.name].sort());
                    return dir.read();
                }).then(function (d3) {
                    console.log('dir.read end', d3);
                    return dir.close();
                }).then(function () {
                    console.log('dir.close promise');
                    return dir.close();
                }).catch(function (e) {
                    console.log('dir.close again', describe(e));
                    dir.close(function (e2) {
                        console.log('dir.close cb again', describe(e2));
                        next();
                    });
                });
            });
        });
    },
    function (next) {
        fs.opendir(base + '/nope', function (err) {
            console.log('opendir missing cb', describe(err));
            next();
        });
    },
    function (next) {
        var dir = fs.opendirSync(base + '/sub');
        var it = dir[Symbol.asyncIterator]();
        var names = [];
        (function step() {
            it.next().then(function (r) {
                if (r.done) {
                    console.log('async iteration', names.sort().join(','));
                    try {
                        dir.closeSync();
                    } catch (e) {
                        console.log('closed by iteration', e.code);
                    }
                    next();
                    return;
                }
                names.push(r.value.name);
                step();
            });
        })();
    },
    function (next) {
        var p = fs.promises;
        p.readdir(base + '/sub').then(function (names) {
            console.log('promises.readdir', names.join(','));
            return p.readdir(base + '/sub', { withFileTypes: true });
        }).then(function (ents) {
            console.log('promises.readdir types', ents.map(function (d) {
                return d.name + ':' + d.isDirectory();
            }).join(','));
            return p.readdir(base + '/sub', { recursive: true });
        }).then(function (names) {
            console.log('promises.readdir recursive', names.sort().join(','));
            return p.opendir(base + '/sub');
        }).then(function (dir) {
            console.log('promises.opendir', clean(dir.path), typeof dir.readSync().name);
            dir.closeSync();
            return p.readdir(base + '/a');
        }).catch(function (e) {
            console.log('promises.readdir file', describe(e));
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
