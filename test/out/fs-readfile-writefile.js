/* fs-readfile-writefile: readFile/writeFile/appendFile in sync, callback and promise forms:
 * encodings (utf8, buffer, latin1, hex, base64), flags ('wx' EEXIST, 'a', 'r+'), modes, file
 * descriptors instead of paths, typed arrays and DataViews as data, and Node's errors
 * (ENOENT with the path, EISDIR on read without one, ENOTDIR, bad flags). */
var fs = require('fs');
var base = (process.env.TMPDIR || '/tmp') + '/nodule-fs-rwf-' + process.pid;

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
function show(v) {
    if (Buffer.isBuffer(v)) return 'Buffer(' + v.length + ') ' + v.toString('hex');
    return JSON.stringify(v);
}
function t(label, fn) {
    try {
        console.log(label + ': ' + show(fn()));
    } catch (e) {
        console.log(label + ' threw ' + describe(e));
    }
}

fs.mkdirSync(base);
var f = base + '/a.txt';

/* --- sync --- */
t('write string', function () { return fs.writeFileSync(f, 'héllo wörld €\n'); });
t('read utf8', function () { return fs.readFileSync(f, 'utf8'); });
t('read utf-8 option', function () { return fs.readFileSync(f, { encoding: 'utf-8' }); });
t('read buffer', function () { return fs.readFileSync(f); });
t('read latin1', function () { return fs.readFileSync(f, 'latin1'); });
t('read hex', function () { return fs.readFileSync(f, 'hex'); });
t('read base64', function () { return fs.readFileSync(f, { encoding: 'base64', flag: 'r' }); });
t('write buffer', function () { return fs.writeFileSync(f, Buffer.from([0, 1, 2, 255])); });
t('read back', function () { return fs.readFileSync(f); });
t('write Uint8Array', function () { return fs.writeFileSync(f, new Uint8Array([65, 66, 67])); });
t('read back', function () { return fs.readFileSync(f, 'utf8'); });
t('write DataView', function () {
    return fs.writeFileSync(f, new DataView(new Uint8Array([68, 69, 70, 71]).buffer, 1, 2));
});
t('read back', function () { return fs.readFileSync(f, 'utf8'); });
t('write hex string', function () { return fs.writeFileSync(f, '6869', 'hex'); });
t('read back', function () { return fs.readFileSync(f, 'utf8'); });
t('write base64 string', function () { return fs.writeFileSync(f, 'aGVsbG8=', { encoding: 'base64' }); });
t('read back', function () { return fs.readFileSync(f, 'utf8'); });
t('append', function () { return fs.appendFileSync(f, ' world'); });
t('append buffer', function () { return fs.appendFileSync(f, Buffer.from('!')); });
t('read back', function () { return fs.readFileSync(f, 'utf8'); });
t('write wx existing', function () { return fs.writeFileSync(f, 'x', { flag: 'wx' }); });
t('write wx new', function () { return fs.writeFileSync(base + '/new.txt', 'new', { flag: 'wx' }); });
t('read new', function () { return fs.readFileSync(base + '/new.txt', 'utf8'); });
t('write flag a', function () { return fs.writeFileSync(base + '/new.txt', '+more', { flag: 'a' }); });
t('read new', function () { return fs.readFileSync(base + '/new.txt', 'utf8'); });
t('write mode 0o600', function () { return fs.writeFileSync(base + '/mode.txt', 'm', { mode: 0o600 }); });
t('mode bits', function () { return (fs.statSync(base + '/mode.txt').mode & 0o777).toString(8); });
t('empty file', function () { fs.writeFileSync(base + '/empty', ''); return fs.readFileSync(base + '/empty', 'utf8'); });
t('empty buffer', function () { return fs.readFileSync(base + '/empty').length; });
t('large', function () {
    var s = new Array(100001).join('abcdefghij');
    fs.writeFileSync(base + '/large', s);
    var back = fs.readFileSync(base + '/large', 'utf8');
    return [back.length, back === s];
});
t('invalid utf8 bytes', function () {
    fs.writeFileSync(base + '/bad', Buffer.from([0x61, 0xff, 0xc3, 0x62, 0xe2, 0x82]));
    return fs.readFileSync(base + '/bad', 'utf8');
});
t('astral chars', function () {
    fs.writeFileSync(base + '/astral', '\ud83d\ude00 x \ud800 y');
    return [fs.readFileSync(base + '/astral', 'utf8'), fs.readFileSync(base + '/astral', 'hex')];
});
t('via fd', function () {
    var fd = fs.openSync(base + '/fd.txt', 'w+');
    fs.writeFileSync(fd, 'first ');
    fs.writeFileSync(fd, 'second');
    var pos0 = fs.readFileSync(fd, 'utf8');
    fs.closeSync(fd);
    return [pos0, fs.readFileSync(base + '/fd.txt', 'utf8')];
});
t('append via fd', function () {
    var fd = fs.openSync(base + '/fd.txt', 'r+');
    fs.appendFileSync(fd, 'X');
    fs.closeSync(fd);
    return fs.readFileSync(base + '/fd.txt', 'utf8');
});
t('proc file', function () { return fs.readFileSync('/proc/self/stat', 'utf8').length > 0; });

/* --- errors --- */
t('missing', function () { return fs.readFileSync(base + '/nope'); });
t('missing utf8', function () { return fs.readFileSync(base + '/nope', 'utf8'); });
t('directory', function () { return fs.readFileSync(base); });
t('directory utf8', function () { return fs.readFileSync(base, 'utf8'); });
t('not a directory', function () { return fs.readFileSync(f + '/x'); });
t('write to missing dir', function () { return fs.writeFileSync(base + '/no/such', 'x'); });
t('write to directory', function () { return fs.writeFileSync(base, 'x'); });
t('bad flag', function () { return fs.readFileSync(f, { flag: 'z' }); });
t('bad encoding', function () { return fs.readFileSync(f, 'utf9'); });
t('bad options', function () { return fs.readFileSync(f, 42); });
t('bad data', function () { return fs.writeFileSync(f, 42); });
t('bad data object', function () { return fs.writeFileSync(f, { a: 1 }); });
t('bad path', function () { return fs.readFileSync(null); });
t('bad fd', function () { return fs.readFileSync(-2); });
t('null byte', function () { return fs.readFileSync('a\u0000b'); });
t('bad flush', function () { return fs.writeFileSync(f, 'x', { flush: 'yes' }); });
t('flush', function () { fs.writeFileSync(f, 'flushed', { flush: true }); return fs.readFileSync(f, 'utf8'); });
t('no callback', function () { return fs.readFile(f); });
t('callback not function', function () { return fs.writeFile(f, 'x', 'utf8', 1); });

/* --- callbacks, then promises, one at a time --- */
var steps = [
    function (next) {
        fs.writeFile(f, 'async data', function (err) {
            console.log('writeFile cb', arguments.length, err);
            next();
        });
    },
    function (next) {
        fs.readFile(f, 'utf8', function (err, data) {
            console.log('readFile cb', err, JSON.stringify(data));
            next();
        });
    },
    function (next) {
        fs.readFile(f, function (err, data) {
            console.log('readFile buffer cb', err, Buffer.isBuffer(data), data.toString());
            next();
        });
    },
    function (next) {
        fs.readFile(f, { encoding: 'hex' }, function (err, data) {
            console.log('readFile hex cb', err, data);
            next();
        });
    },
    function (next) {
        fs.appendFile(f, '+appended', function (err) {
            console.log('appendFile cb', err, fs.readFileSync(f, 'utf8'));
            next();
        });
    },
    function (next) {
        fs.readFile(base + '/nope', function (err, data) {
            console.log('readFile missing cb', describe(err), data);
            next();
        });
    },
    function (next) {
        fs.readFile(base, 'utf8', function (err) {
            console.log('readFile dir cb', describe(err));
            next();
        });
    },
    function (next) {
        fs.writeFile(f, 'x', { flag: 'wx' }, function (err) {
            console.log('writeFile wx cb', describe(err));
            next();
        });
    },
    function (next) {
        var fd = fs.openSync(f, 'r');
        fs.readFile(fd, 'utf8', function (err, data) {
            fs.closeSync(fd);
            console.log('readFile fd cb', err, data);
            next();
        });
    },
    function (next) {
        var ac = new AbortController();
        ac.abort();
        fs.readFile(f, { signal: ac.signal }, function (err) {
            console.log('readFile aborted', err.name, err.code);
            next();
        });
    },
    function (next) {
        var p = fs.promises;
        p.writeFile(f, 'promised').then(function (r) {
            console.log('promises.writeFile', r);
            return p.readFile(f, 'utf8');
        }).then(function (s) {
            console.log('promises.readFile', s);
            return p.appendFile(f, Buffer.from(' more'));
        }).then(function () {
            return p.readFile(f);
        }).then(function (b) {
            console.log('promises.readFile buffer', b.toString());
            return p.readFile(base + '/nope');
        }).catch(function (e) {
            console.log('promises.readFile missing', describe(e));
            return p.writeFile(f, 42);
        }).catch(function (e) {
            console.log('promises.writeFile bad data', describe(e));
            return p.writeFile(f, ['a', 'b', 'c']);
        }).then(function () {
            console.log('promises.writeFile iterable', fs.readFileSync(f, 'utf8'));
            next();
        }, function (e) {
            console.log('promises.writeFile iterable threw', describe(e));
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
