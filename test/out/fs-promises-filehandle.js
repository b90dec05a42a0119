/* fs-promises-filehandle: fs/promises open() and FileHandle: fd, read/write in their shapes
 * (buffer + offset/length/position, options objects, strings with encodings), readv/writev,
 * readFile/writeFile/appendFile on the handle's position, stat, truncate, chmod, utimes,
 * sync/datasync, close (the 'close' event, EBADF 'file closed' after it, closing twice), and
 * argument errors as rejections. */
var fs = require('fs');
var fsp = require('fs/promises');
var base = (process.env.TMPDIR || '/tmp') + '/nodule-fs-fh-' + process.pid;

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
function res(r) {
    var out = {};
    Object.keys(r).forEach(function (k) {
        var v = r[k];
        out[k] = Buffer.isBuffer(v) ? 'Buffer:' + v.toString('latin1') :
            Array.isArray(v) ? v.map(function (b) { return b.toString(); }) : v;
    });
    return JSON.stringify(out) + (Object.getPrototypeOf(r) === null ? ' (null proto)' : '');
}

fs.mkdirSync(base);
var f = base + '/file';
var fh;

var steps = [
    function () {
        return fsp.open(f, 'w+').then(function (h) {
            fh = h;
            console.log('open', typeof fh.fd, fh.fd > 2, fh instanceof require('events'));
            return fh.write('hello world');
        });
    },
    function (r) {
        console.log('write string', res(r));
        return fh.write(Buffer.from('ABCDEF'), 1, 3, 0);
    },
    function (r) {
        console.log('write buffer range', res(r));
        return fh.write('é', 6, 'latin1');
    },
    function (r) {
        console.log('write latin1', res(r));
        return fh.write(Buffer.from('zz'), { position: 9 });
    },
    function (r) {
        console.log('write options', res(r));
        return fh.read(Buffer.alloc(5), 0, 5, 0);
    },
    function (r) {
        console.log('read', res(r));
        return fh.read({ buffer: Buffer.alloc(4), position: 2 });
    },
    function (r) {
        console.log('read options', res(r));
        return fh.read(Buffer.alloc(3), { position: 8 });
    },
    function (r) {
        console.log('read buffer+options', res(r));
        return fh.read({ position: 0 });
    },
    function (r) {
        console.log('read default buffer', r.bytesRead, r.buffer.length);
        return fh.read(Buffer.alloc(2), 0, 0, 0);
    },
    function (r) {
        console.log('read zero', res(r));
        return fh.writev([Buffer.from('1'), Buffer.from('23')], 0);
    },
    function (r) {
        console.log('writev', res(r));
        var a = Buffer.alloc(2);
        var b = Buffer.alloc(2);
        return fh.readv([a, b], 1);
    },
    function (r) {
        console.log('readv', res(r));
        return fh.stat();
    },
    function (st) {
        console.log('stat', st.size, st.isFile(), st instanceof fs.Stats);
        return fh.readFile('latin1');
    },
    function (s) {
        console.log('readFile at end of writes', JSON.stringify(s));
        return fh.read(Buffer.alloc(1), 0, 1, 0).then(function () {
            return fsp.readFile(fh);
        });
    },
    function (b) {
        console.log('promises.readFile(handle)', Buffer.isBuffer(b), JSON.stringify(b.toString('latin1')));
        return fh.truncate(4);
    },
    function (r) {
        console.log('truncate', r, fs.readFileSync(f, 'utf8'));
        return fh.appendFile('+app');
    },
    function (r) {
        console.log('appendFile', r, JSON.stringify(fs.readFileSync(f, 'latin1')));
        return fh.writeFile('WF');
    },
    function (r) {
        console.log('writeFile', r, JSON.stringify(fs.readFileSync(f, 'latin1')));
        return fh.chmod(0o600);
    },
    function () {
        console.log('chmod', (fs.statSync(f).mode & 0o777).toString(8));
        return fh.utimes(100, 200);
    },
    function () {
        console.log('utimes', fs.statSync(f).mtimeMs);
        return fh.sync().then(function () {
            return fh.datasync();
        });
    },
    function (r) {
        console.log('sync/datasync', r);
        return fh.read('nope').then(null, function (e) {
            console.log('read bad options', describe(e));
            return fh.write(42);
        });
    },
    function () {
        return fh.read(Buffer.alloc(2), -1, 1, 0);
    },
    function () {
        var closed = 0;
        fh.on('close', function () {
            closed++;
        });
        var p = fh.close();
        console.log('close returns promise', typeof p.then, 'fd after close()', fh.fd, 'events', closed);
        return p.then(function (r) {
            console.log('closed', r, fh.fd);
            return fh.close();
        });
    },
    function (r) {
        console.log('close again', r);
        return fh.read(Buffer.alloc(1), 0, 1, 0);
    },
    function () {
        return fh.stat();
    },
    function () {
        return fsp.open(base + '/nope');
    },
    function () {
        return fsp.open(f, 'q');
    },
    function () {
        return fsp.open(f, 'r').then(function (h) {
            return h.readFile({ encoding: 'utf8' }).then(function (s) {
                console.log('fresh handle readFile', JSON.stringify(s));
                return h.close();
            });
        });
    },
    function () {
        fs.rmSync(base, { recursive: true });
        console.log('cleaned', fs.existsSync(base));
    }
];
(function run(i, value) {
    if (i >= steps.length) {
        return;
    }
    var r;
    try {
        r = steps[i](value);
    } catch (e) {
        console.log('step', i, 'threw synchronously', describe(e));
        return;
    }
    Promise.resolve(r).then(function (v) {
        run(i + 1, v);
    }, function (e) {
        console.log('rejected', describe(e));
        run(i + 1);
    });
})(0);
