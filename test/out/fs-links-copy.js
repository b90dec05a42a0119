/* fs-links-copy: rename, link, symlink, readlink, realpath (Node's JavaScript walk and
 * realpath.native), copyFile (COPYFILE_EXCL, mode kept, onto itself) in sync, callback and
 * promise forms; errors carry path and dest ("rename 'a' -> 'b'"). */
var fs = require('fs');
var base = (process.env.TMPDIR || '/tmp') + '/nodule-fs-links-' + process.pid;

function clean(s) {
    return String(s).split(base).join('<tmp>');
}
function describe(e) {
    var out = e.name + ' ' + e.code + ': ' + clean(e.message);
    if (e.errno !== undefined) out += ' errno=' + e.errno;
    if (e.syscall !== undefined) out += ' syscall=' + e.syscall;
    if (e.path !== undefined) out += ' path=' + clean(e.path);
    if (e.dest !== undefined) out += ' dest=' + clean(e.dest);
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

fs.mkdirSync(base + '/dir/sub', { recursive: true });
var real = fs.realpathSync(base);
function cleanReal(s) {
    return String(s).split(real).join('<real>');
}
fs.writeFileSync(base + '/a', 'AAA');
fs.chmodSync(base + '/a', 0o751);

t('rename', function () {
    fs.renameSync(base + '/a', base + '/b');
    return [fs.existsSync(base + '/a'), fs.readFileSync(base + '/b', 'utf8')];
});
t('rename missing', function () { return fs.renameSync(base + '/a', base + '/c'); });
t('rename dir over file', function () { return fs.renameSync(base + '/dir', base + '/b'); });
t('rename into missing dir', function () { return fs.renameSync(base + '/b', base + '/no/b'); });
t('rename bad arg', function () { return fs.renameSync(base + '/b', 7); });
t('link', function () {
    fs.linkSync(base + '/b', base + '/hard');
    return [fs.statSync(base + '/b').nlink, fs.readFileSync(base + '/hard', 'utf8')];
});
t('link exists', function () { return fs.linkSync(base + '/b', base + '/hard'); });
t('link missing', function () { return fs.linkSync(base + '/zz', base + '/hard2'); });
t('link dir', function () { return fs.linkSync(base + '/dir', base + '/dirlink'); });
t('symlink', function () {
    fs.symlinkSync('b', base + '/sym');
    return [fs.readlinkSync(base + '/sym'), fs.readFileSync(base + '/sym', 'utf8')];
});
t('symlink dir type', function () {
    fs.symlinkSync(base + '/dir', base + '/symdir', 'dir');
    return cleanReal(fs.readlinkSync(base + '/symdir'));
});
t('symlink exists', function () { return fs.symlinkSync('b', base + '/sym'); });
t('symlink bad type', function () { return fs.symlinkSync('b', base + '/sym2', 'folder'); });
t('symlink bad target', function () { return fs.symlinkSync(1, base + '/sym2'); });
t('readlink buffer', function () {
    var r = fs.readlinkSync(base + '/sym', 'buffer');
    return [Buffer.isBuffer(r), r.toString()];
});
t('readlink not a link', function () { return fs.readlinkSync(base + '/b'); });
t('readlink missing', function () { return fs.readlinkSync(base + '/nope'); });
t('readlink bad path', function () { return fs.readlinkSync({}); });

fs.symlinkSync('dir/sub', base + '/chain1');
fs.symlinkSync('chain1', base + '/chain2');
fs.symlinkSync('loop2', base + '/loop1');
fs.symlinkSync('loop1', base + '/loop2');
t('realpath', function () { return cleanReal(fs.realpathSync(base + '/chain2')); });
t('realpath dots', function () { return cleanReal(fs.realpathSync(base + '/dir/sub/../../chain2/.')); });
t('realpath native', function () { return cleanReal(fs.realpathSync.native(base + '/chain2')); });
t('realpath buffer', function () {
    var r = fs.realpathSync(base + '/chain1', 'buffer');
    return [Buffer.isBuffer(r), cleanReal(r.toString())];
});
t('realpath native buffer', function () {
    return Buffer.isBuffer(fs.realpathSync.native(base + '/chain1', { encoding: 'buffer' }));
});
t('realpath missing', function () { return fs.realpathSync(base + '/dir/nope/x'); });
t('realpath native missing', function () { return fs.realpathSync.native(base + '/dir/nope/x'); });
t('realpath loop', function () { return fs.realpathSync(base + '/loop1'); });
t('realpath native loop', function () { return fs.realpathSync.native(base + '/loop1'); });
t('realpath relative', function () {
    var cwd = process.cwd();
    process.chdir(base + '/dir');
    try {
        return cleanReal(fs.realpathSync('sub'));
    } finally {
        process.chdir(cwd);
    }
});

t('copyFile', function () {
    fs.copyFileSync(base + '/b', base + '/copy');
    return [fs.readFileSync(base + '/copy', 'utf8'), (fs.statSync(base + '/copy').mode & 0o777).toString(8)];
});
t('copyFile overwrite', function () {
    fs.writeFileSync(base + '/c2', 'longer old contents');
    fs.copyFileSync(base + '/b', base + '/c2');
    return fs.readFileSync(base + '/c2', 'utf8');
});
t('copyFile EXCL', function () { return fs.copyFileSync(base + '/b', base + '/copy', fs.constants.COPYFILE_EXCL); });
t('copyFile FICLONE', function () {
    fs.copyFileSync(base + '/b', base + '/clone', fs.constants.COPYFILE_FICLONE);
    return fs.readFileSync(base + '/clone', 'utf8');
});
t('copyFile onto itself', function () {
    fs.copyFileSync(base + '/b', base + '/b');
    return fs.readFileSync(base + '/b', 'utf8');
});
t('copyFile missing', function () { return fs.copyFileSync(base + '/nope', base + '/x'); });
t('copyFile dir', function () { return fs.copyFileSync(base + '/dir', base + '/x'); });
t('copyFile into missing dir', function () { return fs.copyFileSync(base + '/b', base + '/no/x'); });
t('copyFile bad mode', function () { return fs.copyFileSync(base + '/b', base + '/x', 8); });
t('copyFile mode type', function () { return fs.copyFileSync(base + '/b', base + '/x', 'x'); });
t('copyFile bad src', function () { return fs.copyFileSync(null, base + '/x'); });
t('copyFile big', function () {
    var big = Buffer.alloc(300000, 7);
    big[299999] = 9;
    fs.writeFileSync(base + '/big', big);
    fs.copyFileSync(base + '/big', base + '/big2');
    var back = fs.readFileSync(base + '/big2');
    return [back.length, back[0], back[299999]];
});

var steps = [
    function (next) {
        fs.rename(base + '/copy', base + '/moved', function (err) {
            console.log('rename cb', arguments.length, err, fs.existsSync(base + '/moved'));
            fs.rename(base + '/copy', base + '/moved', function (err2) {
                console.log('rename missing cb', describe(err2));
                next();
            });
        });
    },
    function (next) {
        fs.symlink('moved', base + '/sym3', function (err) {
            console.log('symlink cb', err);
            fs.readlink(base + '/sym3', function (err2, target) {
                console.log('readlink cb', err2, target);
                fs.symlink('moved', base + '/sym3', function (err3) {
                    console.log('symlink exists cb', describe(err3));
                    next();
                });
            });
        });
    },
    function (next) {
        fs.link(base + '/moved', base + '/hard3', function (err) {
            console.log('link cb', err);
            fs.link(base + '/nope', base + '/hard4', function (err2) {
                console.log('link missing cb', describe(err2));
                next();
            });
        });
    },
    function (next) {
        fs.realpath(base + '/chain2', function (err, p) {
            console.log('realpath cb', err, cleanReal(p));
            fs.realpath(base + '/dir/nope/x', function (err2) {
                console.log('realpath missing cb', describe(err2));
                fs.realpath.native(base + '/chain2', function (err3, p3) {
                    console.log('realpath native cb', err3, cleanReal(p3));
                    fs.realpath(base + '/loop1', function (err4) {
                        console.log('realpath loop cb', describe(err4));
                        next();
                    });
                });
            });
        });
    },
    function (next) {
        fs.copyFile(base + '/moved', base + '/cp3', function (err) {
            console.log('copyFile cb', arguments.length, err, fs.readFileSync(base + '/cp3', 'utf8'));
            fs.copyFile(base + '/moved', base + '/cp3', fs.constants.COPYFILE_EXCL, function (err2) {
                console.log('copyFile EXCL cb', describe(err2));
                next();
            });
        });
    },
    function (next) {
        var p = fs.promises;
        p.rename(base + '/cp3', base + '/cp4').then(function () {
            console.log('promises.rename', fs.existsSync(base + '/cp4'));
            return p.copyFile(base + '/cp4', base + '/cp5');
        }).then(function () {
            console.log('promises.copyFile', fs.readFileSync(base + '/cp5', 'utf8'));
            return p.symlink('cp5', base + '/sym5');
        }).then(function () {
            return p.readlink(base + '/sym5');
        }).then(function (target) {
            console.log('promises.readlink', target);
            return p.link(base + '/cp5', base + '/hard5');
        }).then(function () {
            console.log('promises.link', fs.statSync(base + '/cp5').nlink);
            return p.realpath(base + '/chain2');
        }).then(function (r) {
            console.log('promises.realpath', cleanReal(r));
            return p.copyFile(base + '/nope', base + '/x');
        }).catch(function (e) {
            console.log('promises.copyFile missing', describe(e));
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
