/* fs-access-perms: access/accessSync with F_OK/R_OK/W_OK/X_OK, exists/existsSync (and its
 * promisified form), chmod/fchmod (octal strings), chown/fchown/lchown to the current owner,
 * truncate/ftruncate, fs.constants and the exported names; errors and argument errors. */
var fs = require('fs');
var util = require('util');
var base = (process.env.TMPDIR || '/tmp') + '/nodule-fs-access-' + process.pid;

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
function perm(p) {
    return (fs.statSync(p).mode & 0o7777).toString(8);
}

fs.mkdirSync(base);
var f = base + '/file';
fs.writeFileSync(f, '0123456789');

t('constants', function () { return fs.constants; });
t('F_OK..X_OK', function () { return [fs.F_OK, fs.R_OK, fs.W_OK, fs.X_OK]; });
t('exports', function () {
    return Object.keys(fs).map(function (k) { return k + ':' + typeof fs[k]; }).join(' ');
});
t('promises exports', function () {
    return Object.keys(fs.promises).map(function (k) {
        return k + ':' + typeof fs.promises[k];
    }).join(' ');
});
t('same promises', function () { return require('fs/promises') === fs.promises; });
t('node: prefix', function () { return require('node:fs') === fs; });

t('access', function () { return fs.accessSync(f); });
t('access R_OK|W_OK', function () { return fs.accessSync(f, fs.constants.R_OK | fs.constants.W_OK); });
t('access X_OK on plain file', function () { fs.chmodSync(f, 0o644); return fs.accessSync(f, fs.constants.X_OK); });
t('access missing', function () { return fs.accessSync(base + '/nope'); });
t('access missing R_OK', function () { return fs.accessSync(base + '/nope', fs.R_OK); });
t('access bad mode', function () { return fs.accessSync(f, 8); });
t('access mode type', function () { return fs.accessSync(f, 'r'); });
t('access bad path', function () { return fs.accessSync(1); });
t('existsSync', function () {
    return [fs.existsSync(f), fs.existsSync(base + '/nope'), fs.existsSync(), fs.existsSync({}),
            fs.existsSync('a\u0000b'), fs.existsSync(Buffer.from(f))];
});

t('chmod number', function () { fs.chmodSync(f, 0o600); return perm(f); });
t('chmod string', function () { fs.chmodSync(f, '755'); return perm(f); });
t('chmod setuid bits', function () { fs.chmodSync(f, 0o4711); return perm(f); });
t('chmod bad mode', function () { return fs.chmodSync(f, 'rwx'); });
t('chmod negative', function () { return fs.chmodSync(f, -1); });
t('chmod missing', function () { return fs.chmodSync(base + '/nope', 0o644); });
t('fchmod', function () {
    var fd = fs.openSync(f, 'r');
    fs.fchmodSync(fd, 0o640);
    fs.closeSync(fd);
    return perm(f);
});
t('fchmod bad fd', function () { return fs.fchmodSync(99999, 0o640); });
t('lchmod', function () { return [typeof fs.lchmod, typeof fs.lchmodSync, 'lchmod' in fs]; });

var st = fs.statSync(f);
t('chown same owner', function () { return fs.chownSync(f, st.uid, st.gid); });
t('chown -1', function () { return fs.chownSync(f, -1, -1); });
t('lchown', function () { fs.symlinkSync(f, base + '/ln'); return fs.lchownSync(base + '/ln', st.uid, st.gid); });
t('fchown', function () {
    var fd = fs.openSync(f, 'r');
    fs.fchownSync(fd, st.uid, st.gid);
    fs.closeSync(fd);
    return fs.statSync(f).uid === st.uid;
});
t('chown bad uid', function () { return fs.chownSync(f, 'root', 0); });
t('chown uid range', function () { return fs.chownSync(f, -2, 0); });
t('chown gid range', function () { return fs.chownSync(f, 0, 4294967296); });
t('chown missing', function () { return fs.chownSync(base + '/nope', st.uid, st.gid); });
t('fchown bad fd', function () { return fs.fchownSync(99999, st.uid, st.gid); });

t('truncate', function () { fs.truncateSync(f, 4); return fs.readFileSync(f, 'utf8'); });
t('truncate extend', function () { fs.truncateSync(f, 6); return fs.readFileSync(f, 'hex'); });
t('truncate default', function () { fs.truncateSync(f); return fs.statSync(f).size; });
t('truncate negative', function () { fs.writeFileSync(f, 'abc'); fs.truncateSync(f, -5); return fs.statSync(f).size; });
t('truncate missing', function () { return fs.truncateSync(base + '/nope', 1); });
t('truncate dir', function () { return fs.truncateSync(base, 1); });
t('truncate bad len', function () { return fs.truncateSync(f, 'x'); });

var steps = [
    function (next) {
        fs.access(f, function (err) {
            console.log('access cb', arguments.length, err);
            fs.access(base + '/nope', fs.constants.W_OK, function (err2) {
                console.log('access missing cb', describe(err2));
                next();
            });
        });
    },
    function (next) {
        fs.exists(f, function (yes) {
            fs.exists(base + '/nope', function (no) {
                console.log('exists cb', arguments.length, yes, no);
                util.promisify(fs.exists)(f).then(function (r) {
                    console.log('promisified exists', r);
                    next();
                });
            });
        });
    },
    function (next) {
        fs.chmod(f, 0o611, function (err) {
            console.log('chmod cb', arguments.length, err, perm(f));
            var fd = fs.openSync(f, 'r');
            fs.fchmod(fd, '644', function (err2) {
                fs.closeSync(fd);
                console.log('fchmod cb', err2, perm(f));
                next();
            });
        });
    },
    function (next) {
        fs.chown(f, st.uid, st.gid, function (err) {
            console.log('chown cb', arguments.length, err);
            fs.lchown(base + '/ln', -1, -1, function (err2) {
                console.log('lchown cb', err2);
                fs.chown(base + '/nope', 0, 0, function (err3) {
                    console.log('chown missing cb', describe(err3));
                    next();
                });
            });
        });
    },
    function (next) {
        fs.writeFileSync(f, 'abcdef');
        fs.truncate(f, 2, function (err) {
            console.log('truncate cb', arguments.length, err, fs.readFileSync(f, 'utf8'));
            fs.truncate(base + '/nope', function (err2) {
                console.log('truncate missing cb', describe(err2));
                next();
            });
        });
    },
    function (next) {
        var p = fs.promises;
        p.access(f, fs.constants.R_OK).then(function (r) {
            console.log('promises.access', r);
            return p.access(base + '/nope');
        }).catch(function (e) {
            console.log('promises.access missing', describe(e));
            return p.chmod(f, 0o600);
        }).then(function () {
            console.log('promises.chmod', perm(f));
            return p.chown(f, st.uid, st.gid);
        }).then(function () {
            return p.lchown(base + '/ln', st.uid, st.gid);
        }).then(function () {
            return p.truncate(f, 1);
        }).then(function () {
            console.log('promises.truncate', fs.readFileSync(f, 'utf8'));
            return p.lchmod(f, 0o600);
        }).catch(function (e) {
            console.log('promises.lchmod', describe(e));
            return p.access(f, 99);
        }).catch(function (e) {
            console.log('promises.access bad mode', describe(e));
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
