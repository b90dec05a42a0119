/* fs-cp: cp/cpSync/promises.cp: files, recursive trees with symlinks (targets resolved), a
 * filter, force/errorOnExist, missing parents created, and Node's ERR_FS_CP_* / ERR_FS_EISDIR
 * SystemErrors (message, code, info, errno, syscall, path) and option errors. */
var fs = require('fs');
var base = (process.env.TMPDIR || '/tmp') + '/nodule-fs-cp-' + process.pid;

function clean(s) {
    return String(s).split(base).join('<tmp>');
}
function describe(e) {
    var out = e.name + ' ' + e.code + ': ' + clean(e.message);
    if (e.errno !== undefined) out += ' errno=' + e.errno;
    if (e.syscall !== undefined) out += ' syscall=' + e.syscall;
    if (e.path !== undefined) out += ' path=' + clean(e.path);
    if (e.info !== undefined) out += ' info=' + clean(JSON.stringify(e.info));
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

fs.mkdirSync(base + '/src/sub', { recursive: true });
fs.writeFileSync(base + '/src/a', 'A');
fs.chmodSync(base + '/src/a', 0o640);
fs.writeFileSync(base + '/src/sub/b', 'B');
fs.symlinkSync('a', base + '/src/ln');

t('dir without recursive', function () { return fs.cpSync(base + '/src', base + '/dst'); });
t('recursive', function () { return fs.cpSync(base + '/src', base + '/dst', { recursive: true }); });
t('copied tree', function () { return tree(base + '/dst'); });
t('link resolved', function () { return clean(fs.readlinkSync(base + '/dst/ln')); });
t('mode kept', function () { return (fs.statSync(base + '/dst/a').mode & 0o777).toString(8); });
t('again (force)', function () {
    fs.writeFileSync(base + '/dst/a', 'changed');
    fs.cpSync(base + '/src', base + '/dst', { recursive: true });
    return fs.readFileSync(base + '/dst/a', 'utf8');
});
t('no force', function () {
    fs.writeFileSync(base + '/dst/a', 'kept');
    fs.cpSync(base + '/src', base + '/dst', { recursive: true, force: false });
    return fs.readFileSync(base + '/dst/a', 'utf8');
});
t('errorOnExist', function () {
    return fs.cpSync(base + '/src/a', base + '/dst/a', { force: false, errorOnExist: true });
});
t('verbatimSymlinks', function () {
    fs.cpSync(base + '/src', base + '/verb', { recursive: true, verbatimSymlinks: true });
    return fs.readlinkSync(base + '/verb/ln');
});
t('dereference', function () {
    fs.cpSync(base + '/src', base + '/deref', { recursive: true, dereference: true });
    return [fs.lstatSync(base + '/deref/ln').isFile(), fs.readFileSync(base + '/deref/ln', 'utf8')];
});
t('filter', function () {
    var seen = [];
    fs.cpSync(base + '/src', base + '/flt', {
        recursive: true,
        filter: function (s, d) {
            seen.push(clean(s) + '>' + clean(d));
            return s.indexOf('sub') === -1;
        }
    });
    return [seen.sort(), tree(base + '/flt')];
});
t('into own subdirectory', function () { return fs.cpSync(base + '/src', base + '/src/sub/x', { recursive: true }); });
t('onto itself', function () { return fs.cpSync(base + '/src/a', base + '/src/a'); });
t('file onto dir', function () { return fs.cpSync(base + '/src/a', base + '/dst'); });
t('dir onto file', function () { return fs.cpSync(base + '/src', base + '/src/a', { recursive: true }); });
t('missing source', function () { return fs.cpSync(base + '/nope', base + '/x'); });
t('missing parents', function () {
    fs.cpSync(base + '/src/a', base + '/new/deep/a');
    return fs.readFileSync(base + '/new/deep/a', 'utf8');
});
t('bad recursive', function () { return fs.cpSync(base + '/src', base + '/x', { recursive: 1 }); });
t('incompatible options', function () {
    return fs.cpSync(base + '/src', base + '/x', { dereference: true, verbatimSymlinks: true });
});
t('bad filter', function () { return fs.cpSync(base + '/src', base + '/x', { filter: 'x' }); });
t('bad mode', function () { return fs.cpSync(base + '/src', base + '/x', { mode: 9 }); });
t('bad src', function () { return fs.cpSync(1, base + '/x'); });
t('no callback', function () { return fs.cp(base + '/src', base + '/x'); });

var steps = [
    function (next) {
        fs.cp(base + '/src', base + '/async', { recursive: true }, function (err) {
            console.log('cp cb', arguments.length, err, JSON.stringify(tree(base + '/async')));
            next();
        });
    },
    function (next) {
        fs.cp(base + '/src', base + '/async2', function (err) {
            console.log('cp dir cb', describe(err));
            next();
        });
    },
    function (next) {
        fs.cp(base + '/src/a', base + '/src/a', function (err) {
            console.log('cp self cb', describe(err));
            next();
        });
    },
    function (next) {
        fs.cp(base + '/src', base + '/async3', {
            recursive: true,
            filter: function (s) {
                return Promise.resolve(s.indexOf('ln') === -1);
            }
        }, function (err) {
            console.log('cp async filter cb', err, JSON.stringify(tree(base + '/async3')));
            next();
        });
    },
    function (next) {
        fs.promises.cp(base + '/src', base + '/p', { recursive: true }).then(function (r) {
            console.log('promises.cp', r, JSON.stringify(tree(base + '/p')));
            return fs.promises.cp(base + '/nope', base + '/q');
        }).catch(function (e) {
            console.log('promises.cp missing', describe(e));
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
