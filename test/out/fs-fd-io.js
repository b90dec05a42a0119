/* fs-fd-io: descriptors: open (flags strings and numbers, modes), read/write with offsets,
 * lengths and positions (sync, callback, options objects), strings with encodings,
 * readv/writev, fsync/fdatasync, ftruncate, close; EBADF/EEXIST/ENOENT errors and Node's
 * argument errors (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE). */
var fs = require('fs');
var base = (process.env.TMPDIR || '/tmp') + '/nodule-fs-fd-' + process.pid;

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
function show(v) {
    if (Buffer.isBuffer(v)) return 'Buffer(' + v.length + ') ' + JSON.stringify(v.toString('latin1'));
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
var f = base + '/data';
fs.writeFileSync(f, '0123456789abcdef');

var fd = fs.openSync(f, 'r+');
t('fd is integer', function () { return typeof fd === 'number' && fd > 2 && fd % 1 === 0; });
var buf = Buffer.alloc(8, 46);
t('read 4 at pos 0', function () { return [fs.readSync(fd, buf, 0, 4, 0), buf.toString()]; });
t('read 3 into offset 2 at pos 10', function () { return [fs.readSync(fd, buf, 2, 3, 10), buf.toString()]; });
t('read from current position', function () { return [fs.readSync(fd, buf, 0, 8, null), buf.toString()]; });
t('read continues', function () { return [fs.readSync(fd, buf, 0, 8), buf.toString()]; });
t('read at EOF', function () { return fs.readSync(fd, buf, 0, 8, null); });
t('read options object', function () {
    var b = Buffer.alloc(4);
    return [fs.readSync(fd, b, { offset: 1, length: 2, position: 4 }), b.toString('hex')];
});
t('read options defaults', function () {
    var b = Buffer.alloc(5);
    return [fs.readSync(fd, b, { position: 11 }), b.toString()];
});
t('read length 0', function () { return fs.readSync(fd, buf, 0, 0, 0); });
t('read into Uint8Array', function () {
    var u = new Uint8Array(3);
    return [fs.readSync(fd, u, 0, 3, 13), Array.prototype.slice.call(u)];
});
t('write buffer at pos 2', function () { return fs.writeSync(fd, Buffer.from('XY'), 0, 2, 2); });
t('write buffer offset/length', function () { return fs.writeSync(fd, Buffer.from('--ZZ--'), 2, 2, 6); });
t('write string at pos 10', function () { return fs.writeSync(fd, 'éé', 10); });
t('write string hex', function () { return fs.writeSync(fd, '4142', 0, 'hex'); });
t('write string latin1', function () { return fs.writeSync(fd, '\u00e9', 14, 'latin1'); });
t('contents', function () { return fs.readFileSync(f, 'latin1'); });
t('write options object', function () {
    return fs.writeSync(fd, Buffer.from('abcdef'), { offset: 1, length: 2, position: 0 });
});
t('contents', function () { return fs.readFileSync(f, 'latin1'); });
t('writev', function () {
    return fs.writevSync(fd, [Buffer.from('1'), Buffer.from('22'), new Uint8Array([51, 51, 51])], 0);
});
t('readv', function () {
    var a = Buffer.alloc(2);
    var b = Buffer.alloc(3);
    return [fs.readvSync(fd, [a, b], 1), a.toString(), b.toString()];
});
t('writev empty', function () { return fs.writevSync(fd, []); });
t('ftruncate 5', function () { return fs.ftruncateSync(fd, 5); });
t('fstat size', function () { return fs.fstatSync(fd).size; });
t('ftruncate default', function () { fs.ftruncateSync(fd); return fs.fstatSync(fd).size; });
t('fsync', function () { return fs.fsyncSync(fd); });
t('fdatasync', function () { return fs.fdatasyncSync(fd); });
t('close', function () { return fs.closeSync(fd); });
t('close again', function () { return fs.closeSync(fd); });
t('read closed', function () { return fs.readSync(fd, buf, 0, 1, 0); });
t('write closed', function () { return fs.writeSync(fd, 'x'); });
t('fstat closed', function () { return fs.fstatSync(fd); });
t('fsync closed', function () { return fs.fsyncSync(fd); });
t('ftruncate closed', function () { return fs.ftruncateSync(fd, 0); });

/* flags */
t('open wx existing', function () { return fs.openSync(f, 'wx'); });
t('open r missing', function () { return fs.openSync(base + '/missing'); });
t('open numeric flags', function () {
    var c = fs.constants;
    var d = fs.openSync(base + '/num', c.O_CREAT | c.O_WRONLY | c.O_TRUNC, 0o640);
    fs.writeSync(d, 'num');
    fs.closeSync(d);
    return [fs.readFileSync(base + '/num', 'utf8'), (fs.statSync(base + '/num').mode & 0o777).toString(8)];
});
t('open mode string', function () {
    var d = fs.openSync(base + '/strmode', 'w', '600');
    fs.closeSync(d);
    return (fs.statSync(base + '/strmode').mode & 0o777).toString(8);
});
t('append flag', function () {
    var d = fs.openSync(base + '/num', 'a');
    fs.writeSync(d, '+1');
    fs.writeSync(d, '+2', 0);
    fs.closeSync(d);
    return fs.readFileSync(base + '/num', 'utf8');
});
t('a+ reads from start', function () {
    var d = fs.openSync(base + '/num', 'a+');
    var b = Buffer.alloc(3);
    var n = fs.readSync(d, b, 0, 3, null);
    fs.closeSync(d);
    return [n, b.toString()];
});
t('w truncates', function () {
    fs.closeSync(fs.openSync(base + '/num', 'w'));
    return fs.readFileSync(base + '/num', 'utf8');
});
t('open directory for reading', function () {
    var d = fs.openSync(base, 'r');
    var r;
    try {
        fs.readSync(d, Buffer.alloc(1), 0, 1, 0);
    } catch (e) {
        r = describe(e);
    }
    fs.closeSync(d);
    return r;
});
t('open directory for writing', function () { return fs.openSync(base, 'w'); });

/* argument errors */
t('open bad flags', function () { return fs.openSync(f, 'rw'); });
t('open bad flags type', function () { return fs.openSync(f, {}); });
t('open bad mode', function () { return fs.openSync(f, 'r', 'abc'); });
t('open bad mode range', function () { return fs.openSync(f, 'r', -1); });
t('close string fd', function () { return fs.closeSync('3'); });
t('close float fd', function () { return fs.closeSync(3.5); });
t('close huge fd', function () { return fs.closeSync(2147483648); });
t('close negative', function () { return fs.closeSync(-1); });
t('read bad buffer', function () { return fs.readSync(0, 'abc', 0, 1, 0); });
t('read bad offset', function () { return fs.readSync(0, Buffer.alloc(4), -1, 1, 0); });
t('read offset float', function () { return fs.readSync(0, Buffer.alloc(4), 1.5, 1, 0); });
t('read length too big', function () { return fs.readSync(0, Buffer.alloc(4), 0, 5, 0); });
t('read offset past end', function () { return fs.readSync(0, Buffer.alloc(4), 5, 1, 0); });
t('read bad position', function () { return fs.readSync(0, Buffer.alloc(4), 0, 1, 'x'); });
t('read position -2', function () { return fs.readSync(0, Buffer.alloc(4), 0, 1, -2); });
t('read empty buffer', function () { return fs.readSync(0, Buffer.alloc(0), 0, 1, 0); });
t('write bad data', function () { return fs.writeSync(1, 5); });
t('write bad data object', function () { return fs.writeSync(1, {}); });
t('write length too big', function () { return fs.writeSync(1, Buffer.alloc(2), 0, 3); });
t('write offset too big', function () { return fs.writeSync(1, Buffer.alloc(2), 3); });
t('write odd hex', function () { return fs.writeSync(1, 'abc', 0, 'hex'); });
t('readv not array', function () { return fs.readvSync(0, 5); });
t('readv bad element', function () { return fs.readvSync(0, [Buffer.alloc(1), 'x']); });
t('writev bad element', function () { return fs.writevSync(1, [1]); });
t('ftruncate bad len', function () { return fs.ftruncateSync(1, 'x'); });
t('ftruncate float len', function () { return fs.ftruncateSync(1, 1.5); });
t('read no callback', function () { return fs.read(0, Buffer.alloc(1), 0, 1, 0); });
t('open no callback', function () { return fs.open(f, 'r'); });
t('close bad callback', function () { return fs.close(0, 5); });

/* callbacks, one at a time */
var steps = [
    function (next) {
        fs.open(f, 'r+', function (err, d) {
            console.log('open cb', arguments.length, err, typeof d);
            fd = d;
            next();
        });
    },
    function (next) {
        var b = Buffer.alloc(5);
        fs.write(fd, Buffer.from('hello'), 0, 5, 0, function (err, n, bb) {
            console.log('write cb', arguments.length, err, n, bb.toString());
            fs.read(fd, b, 0, 5, 0, function (err2, m, rb) {
                console.log('read cb', arguments.length, err2, m, rb === b, rb.toString());
                next();
            });
        });
    },
    function (next) {
        fs.write(fd, 'str', 5, 'utf8', function (err, n, s) {
            console.log('write string cb', err, n, s);
            fs.write(fd, 'tail', function (err2, n2) {
                console.log('write string no position cb', err2, n2);
                next();
            });
        });
    },
    function (next) {
        fs.read(fd, { buffer: Buffer.alloc(4), position: 1 }, function (err, n, b) {
            console.log('read options cb', err, n, b.toString());
            fs.read(fd, function (err2, n2, b2) {
                console.log('read default buffer cb', err2, n2, b2.length);
                next();
            });
        });
    },
    function (next) {
        fs.read(fd, Buffer.alloc(2), 0, 0, 0, function (err, n) {
            console.log('read zero cb', err, n);
            next();
        });
    },
    function (next) {
        fs.writev(fd, [Buffer.from('A'), Buffer.from('B')], 0, function (err, n, bufs) {
            console.log('writev cb', err, n, bufs.length);
            var a = Buffer.alloc(3);
            fs.readv(fd, [a], 0, function (err2, m, bb) {
                console.log('readv cb', err2, m, a.toString(), bb.length);
                next();
            });
        });
    },
    function (next) {
        fs.fstat(fd, function (err, st) {
            console.log('fstat cb', err, st.size, st.isFile());
            fs.ftruncate(fd, 2, function (err2) {
                console.log('ftruncate cb', arguments.length, err2, fs.fstatSync(fd).size);
                fs.fsync(fd, function (err3) {
                    console.log('fsync cb', err3);
                    fs.fdatasync(fd, function (err4) {
                        console.log('fdatasync cb', err4);
                        next();
                    });
                });
            });
        });
    },
    function (next) {
        fs.close(fd, function (err) {
            console.log('close cb', arguments.length, err);
            fs.close(fd, function (err2) {
                console.log('close again cb', describe(err2));
                fs.read(fd, Buffer.alloc(1), 0, 1, 0, function (err3, n, b) {
                    console.log('read closed cb', describe(err3), n, b.length);
                    next();
                });
            });
        });
    },
    function (next) {
        fs.open(base + '/missing', 'r', function (err, d) {
            console.log('open missing cb', describe(err), d);
            fs.open(f, 'wx', 0o600, function (err2) {
                console.log('open wx cb', describe(err2));
                next();
            });
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
