/* fs-streams: createReadStream (highWaterMark chunks, start/end ranges, encoding, fd and
 * FileHandle sources, pipe into a WriteStream, 'open'/'ready'/'end'/'close' order, ENOENT as
 * 'error') and createWriteStream (backpressure through write()'s return and 'drain', flags 'a',
 * start, bytesWritten, 'finish'/'close'), and their argument errors. */
var fs = require('fs');
var base = (process.env.TMPDIR || '/tmp') + '/nodule-fs-streams-' + process.pid;

function clean(s) {
    return String(s).split(base).join('<tmp>');
}
function describe(e) {
    var out = e.name + ' ' + e.code + ': ' + clean(e.message);
    if (e.syscall !== undefined) out += ' syscall=' + e.syscall;
    return out;
}
function t(label, fn) {
    try {
        console.log(label + ': ' + JSON.stringify(fn()));
    } catch (e) {
        console.log(label + ' threw ' + describe(e));
    }
}

fs.mkdirSync(base);
var src = base + '/src';
var text = '';
for (var i = 0; i < 5000; i++) {
    text += 'line ' + i + '\n';
}
fs.writeFileSync(src, text);

t('start > end', function () { return fs.createReadStream(src, { start: 5, end: 2 }); });
t('bad start', function () { return fs.createReadStream(src, { start: -1 }); });
t('bad end', function () { return fs.createReadStream(src, { end: 'x' }); });
t('bad path', function () { return fs.createReadStream(42); });
t('bad fd', function () { return fs.createReadStream(null, { fd: 'x' }); });
t('bad flush', function () { return fs.createWriteStream(base + '/x', { flush: 1 }); });
t('bad write start', function () { return fs.createWriteStream(base + '/x', { start: 1.5 }); });
t('classes', function () {
    var r = fs.createReadStream(src);
    r.destroy();
    return [r instanceof fs.ReadStream, r instanceof require('stream').Readable, r.pending,
            typeof fs.WriteStream, fs.FileReadStream === fs.ReadStream];
});

var steps = [
    function (next) {
        var events = [];
        var rs = fs.createReadStream(src, { highWaterMark: 4096 });
        var chunks = [];
        rs.on('open', function (fd) { events.push('open:' + typeof fd); });
        rs.on('ready', function () { events.push('ready'); });
        rs.on('data', function (c) { chunks.push(c.length); });
        rs.on('end', function () { events.push('end'); });
        rs.on('close', function () {
            events.push('close');
            console.log('read events', events.join(','));
            console.log('read chunks', chunks.length, chunks[0], chunks.reduce(function (a, b) { return a + b; }, 0),
                        rs.bytesRead, Buffer.isBuffer(rs.path) ? 'buf' : clean(rs.path));
            next();
        });
    },
    function (next) {
        var rs = fs.createReadStream(src, { start: 10, end: 29, encoding: 'utf8' });
        var s = '';
        rs.on('data', function (c) { s += c; });
        rs.on('end', function () {
            console.log('range', JSON.stringify(s), rs.bytesRead);
            next();
        });
    },
    function (next) {
        var rs = fs.createReadStream(src, { start: 38885 });
        var n = 0;
        rs.on('data', function (c) { n += c.length; });
        rs.on('end', function () {
            console.log('start near end', n);
            next();
        });
    },
    function (next) {
        var fd = fs.openSync(src, 'r');
        var rs = fs.createReadStream(null, { fd: fd, end: 9, autoClose: false });
        var s = '';
        rs.setEncoding('utf8');
        rs.on('data', function (c) { s += c; });
        rs.on('end', function () {
            console.log('from fd', JSON.stringify(s), rs.fd === fd);
            fs.closeSync(fd);
            next();
        });
    },
    function (next) {
        var rs = fs.createReadStream(base + '/nope');
        rs.on('error', function (e) {
            console.log('read error', describe(e), 'path', clean(e.path));
        });
        rs.on('close', function () {
            console.log('closed after error', rs.destroyed);
            next();
        });
    },
    function (next) {
        var ws = fs.createWriteStream(base + '/out', { highWaterMark: 1024 });
        var n = 0;
        var falses = 0;
        var drains = 0;
        ws.on('drain', function () { drains++; });
        function write() {
            var ok = true;
            while (n < 2000 && ok) {
                ok = ws.write('chunk ' + (n++) + '\n');
                if (!ok) {
                    falses++;
                }
            }
            if (n < 2000) {
                ws.once('drain', write);
            } else {
                ws.end('the end\n');
            }
        }
        ws.on('open', function (fd) { console.log('write open', typeof fd); });
        ws.on('finish', function () { console.log('finish', ws.bytesWritten); });
        ws.on('close', function () {
            var out = fs.readFileSync(base + '/out', 'utf8');
            console.log('write close', out.length, out.split('\n').length, falses > 0, drains > 0,
                        falses === drains);
            next();
        });
        write();
    },
    function (next) {
        var ws = fs.createWriteStream(base + '/out', { flags: 'a' });
        ws.write(Buffer.from('appended'));
        ws.end(function () {
            var out = fs.readFileSync(base + '/out', 'utf8');
            console.log('append', out.slice(-17));
            next();
        });
    },
    function (next) {
        fs.writeFileSync(base + '/patch', '0123456789');
        var ws = fs.createWriteStream(base + '/patch', { flags: 'r+', start: 3 });
        ws.end('abc', function () {
            console.log('start', fs.readFileSync(base + '/patch', 'utf8'));
            next();
        });
    },
    function (next) {
        var rs = fs.createReadStream(src);
        var ws = fs.createWriteStream(base + '/copy');
        rs.pipe(ws);
        ws.on('finish', function () {
            console.log('pipe', fs.readFileSync(base + '/copy', 'utf8') === text);
            next();
        });
    },
    function (next) {
        var ws = fs.createWriteStream(base + '/nodir/x');
        ws.on('error', function (e) {
            console.log('write error', describe(e));
        });
        ws.on('close', function () {
            console.log('write closed after error');
            next();
        });
    },
    function (next) {
        fs.promises.open(src, 'r').then(function (fh) {
            var rs = fh.createReadStream({ start: 0, end: 6, encoding: 'utf8' });
            var s = '';
            rs.on('data', function (c) { s += c; });
            rs.on('close', function () {
                console.log('FileHandle stream', JSON.stringify(s), fh.fd);
                next();
            });
        });
    },
    function (next) {
        var rs = fs.createReadStream(src);
        rs.close(function (err) {
            console.log('close() callback', err === undefined || err === null, rs.destroyed);
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
