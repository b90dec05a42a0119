/* fs-mkdir-rm: mkdir (mode, recursive returning the first directory created, EEXIST, ENOTDIR,
 * ENOENT), mkdtemp, rmdir (ENOTEMPTY, ENOTDIR, recursive with its deprecation warning), rm
 * (ERR_FS_EISDIR without recursive, force, recursive trees with links), unlink; in sync,
 * callback and promise forms. */
var fs = require('fs');
var base = (process.env.TMPDIR || '/tmp') + '/nodule-fs-mkdir-' + process.pid;

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
        var r = fn();
        console.log(label + ': ' + (r === undefined ? 'undefined' : clean(JSON.stringify(r))));
    } catch (e) {
        console.log(label + ' threw ' + describe(e));
    }
}
function tree(p) {
    return fs.readdirSync(p, { recursive: true }).sort();
}

process.on('warning', function (w) {
    console.log('warning', w.name, w.code, w.message);
});

fs.mkdirSync(base);
t('mkdir', function () { return fs.mkdirSync(base + '/a'); });
t('mkdir exists', function () { return fs.mkdirSync(base + '/a'); });
t('mkdir missing parent', function () { return fs.mkdirSync(base + '/x/y'); });
t('mkdir mode', function () {
    fs.mkdirSync(base + '/m', 0o700);
    fs.mkdirSync(base + '/m2', { mode: '750' });
    return [(fs.statSync(base + '/m').mode & 0o777).toString(8),
            (fs.statSync(base + '/m2').mode & 0o777).toString(8)];
});
t('mkdir -p', function () { return fs.mkdirSync(base + '/p/q/r', { recursive: true }); });
t('mkdir -p again', function () { return fs.mkdirSync(base + '/p/q/r', { recursive: true }); });
t('mkdir -p partial', function () { return fs.mkdirSync(base + '/p/q/s/t', { recursive: true }); });
t('mkdir -p trailing slash', function () { return fs.mkdirSync(base + '/ts/u/', { recursive: true }); });
t('mkdir -p relative', function () {
    var cwd = process.cwd();
    process.chdir(base);
    try {
        return fs.mkdirSync('rel/one', { recursive: true });
    } finally {
        process.chdir(cwd);
    }
});
fs.writeFileSync(base + '/file', 'f');
t('mkdir -p over file', function () { return fs.mkdirSync(base + '/file', { recursive: true }); });
t('mkdir -p under file', function () { return fs.mkdirSync(base + '/file/sub', { recursive: true }); });
t('mkdir -p deep under file', function () { return fs.mkdirSync(base + '/file/sub/x', { recursive: true }); });
t('mkdir under file', function () { return fs.mkdirSync(base + '/file/sub'); });
t('mkdir bad recursive', function () { return fs.mkdirSync(base + '/z', { recursive: 'yes' }); });
t('mkdir bad mode', function () { return fs.mkdirSync(base + '/z', { mode: 'rwx' }); });
t('mkdir no callback', function () { return fs.mkdir(base + '/z'); });
t('tree', function () { return tree(base); });

t('mkdtemp', function () {
    var d = fs.mkdtempSync(base + '/tmp-');
    return [d.length === (base + '/tmp-').length + 6, d.indexOf(base + '/tmp-') === 0,
            fs.statSync(d).isDirectory(), (fs.statSync(d).mode & 0o777).toString(8)];
});
t('mkdtemp buffer', function () { return Buffer.isBuffer(fs.mkdtempSync(base + '/b-', 'buffer')); });
t('mkdtemp missing dir', function () { return fs.mkdtempSync(base + '/nope/x-'); });
t('mkdtemp bad prefix', function () { return fs.mkdtempSync(null); });
t('mkdtemp template ending with X (warns once)', function () {
    var a = fs.mkdtempSync(base + '/tX');
    var b = fs.mkdtempSync(base + '/tX');
    return [a !== b, a.length - base.length];
});

t('rmdir', function () { return fs.rmdirSync(base + '/a'); });
t('rmdir missing', function () { return fs.rmdirSync(base + '/a'); });
t('rmdir not empty', function () { return fs.rmdirSync(base + '/p'); });
t('rmdir file', function () { return fs.rmdirSync(base + '/file'); });
t('unlink dir', function () { return fs.unlinkSync(base + '/p'); });
t('unlink missing', function () { return fs.unlinkSync(base + '/nope'); });
t('unlink', function () { fs.writeFileSync(base + '/gone', ''); return fs.unlinkSync(base + '/gone'); });

t('rm file', function () { fs.writeFileSync(base + '/rmme', ''); return fs.rmSync(base + '/rmme'); });
t('rm missing', function () { return fs.rmSync(base + '/rmme'); });
t('rm missing force', function () { return fs.rmSync(base + '/rmme', { force: true }); });
t('rm dir', function () { return fs.rmSync(base + '/m'); });
t('rm dir force', function () { return fs.rmSync(base + '/m', { force: true }); });
t('rm empty dir recursive', function () { return fs.rmSync(base + '/m', { recursive: true }); });
t('rm bad force', function () { return fs.rmSync(base + '/m2', { force: 1 }); });
t('rm bad retries', function () { return fs.rmSync(base + '/m2', { maxRetries: -1 }); });
t('rm bad options', function () { return fs.rmSync(base + '/m2', 'x'); });
t('rm tree with links', function () {
    fs.mkdirSync(base + '/big/d1/d2', { recursive: true });
    fs.writeFileSync(base + '/big/f1', '1');
    fs.writeFileSync(base + '/big/d1/d2/f2', '2');
    fs.symlinkSync(base + '/p', base + '/big/d1/outside');
    fs.symlinkSync('missing', base + '/big/dangling');
    fs.rmSync(base + '/big', { recursive: true });
    return [fs.existsSync(base + '/big'), fs.existsSync(base + '/p/q')];
});
t('rm symlink to dir', function () {
    fs.symlinkSync(base + '/p', base + '/plink');
    fs.rmSync(base + '/plink');
    return [fs.existsSync(base + '/plink'), fs.existsSync(base + '/p')];
});
t('rmdir recursive (deprecated)', function () {
    fs.mkdirSync(base + '/old/x', { recursive: true });
    fs.rmdirSync(base + '/old', { recursive: true });
    return fs.existsSync(base + '/old');
});
t('tree', function () { return tree(base).filter(function (n) { return !/^(tmp-|b-|tX)/.test(n); }); });

var steps = [
    function (next) {
        fs.mkdir(base + '/cb', function (err) {
            console.log('mkdir cb', arguments.length, err);
            fs.mkdir(base + '/cb', function (err2) {
                console.log('mkdir exists cb', describe(err2));
                next();
            });
        });
    },
    function (next) {
        fs.mkdir(base + '/cb/a/b', { recursive: true }, function (err, first) {
            console.log('mkdir -p cb', arguments.length, err, clean(first));
            fs.mkdir(base + '/cb/a/b', { recursive: true }, function (err2, first2) {
                console.log('mkdir -p again cb', err2, first2);
                fs.mkdir(base + '/file/x', { recursive: true }, function (err3) {
                    console.log('mkdir -p under file cb', describe(err3));
                    next();
                });
            });
        });
    },
    function (next) {
        fs.mkdtemp(base + '/cbtmp-', function (err, d) {
            console.log('mkdtemp cb', err, d.indexOf(base + '/cbtmp-') === 0, d.length - base.length);
            fs.mkdtemp(base + '/nope/x', function (err2) {
                /* the path is the last random name tried */
                console.log('mkdtemp missing cb', err2.code, err2.syscall,
                            clean(err2.path).slice(0, 11), err2.path.length - base.length);
                next();
            });
        });
    },
    function (next) {
        fs.rmdir(base + '/cb', function (err) {
            console.log('rmdir not empty cb', describe(err));
            fs.rm(base + '/cb', function (err2) {
                console.log('rm dir cb', describe(err2));
                fs.rm(base + '/cb', { recursive: true }, function (err3) {
                    console.log('rm recursive cb', arguments.length, err3, fs.existsSync(base + '/cb'));
                    next();
                });
            });
        });
    },
    function (next) {
        fs.rm(base + '/none', function (err) {
            console.log('rm missing cb', describe(err));
            fs.rm(base + '/none', { force: true }, function (err2) {
                console.log('rm missing force cb', err2);
                next();
            });
        });
    },
    function (next) {
        fs.unlink(base + '/none', function (err) {
            console.log('unlink missing cb', describe(err));
            fs.rmdir(base + '/none', function (err2) {
                console.log('rmdir missing cb', describe(err2));
                next();
            });
        });
    },
    function (next) {
        fs.mkdirSync(base + '/old2/y', { recursive: true });
        fs.rmdir(base + '/old2', { recursive: true }, function (err) {
            console.log('rmdir recursive cb', err, fs.existsSync(base + '/old2'));
            next();
        });
    },
    function (next) {
        var p = fs.promises;
        p.mkdir(base + '/pr/a', { recursive: true }).then(function (first) {
            console.log('promises.mkdir -p', clean(first));
            return p.mkdir(base + '/pr/b');
        }).then(function (r) {
            console.log('promises.mkdir', r);
            return p.mkdir(base + '/pr/b');
        }).catch(function (e) {
            console.log('promises.mkdir exists', describe(e));
            return p.mkdtemp(base + '/pr/t-');
        }).then(function (d) {
            console.log('promises.mkdtemp', d.indexOf(base + '/pr/t-') === 0);
            return p.rmdir(base + '/pr');
        }).catch(function (e) {
            console.log('promises.rmdir not empty', describe(e));
            return p.rm(base + '/pr');
        }).catch(function (e) {
            console.log('promises.rm dir', describe(e));
            return p.rm(base + '/pr', { recursive: true });
        }).then(function () {
            console.log('promises.rm recursive', fs.existsSync(base + '/pr'));
            return p.unlink(base + '/file');
        }).then(function () {
            console.log('promises.unlink', fs.existsSync(base + '/file'));
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
