/* fs-callback-buffers: the completion callbacks that let go of their buffers early (fs.read,
 * fs.write, fs.promises, the fs streams, zlib streams) still hand back the very buffer they were
 * given, in order: fs.read/fs.write callbacks get (err, n, sameBuffer); a zero-length read calls
 * back on the next tick with (null, 0, sameBuffer); filehandle.read resolves with the same
 * buffer; a ReadStream's chunks add up to the file and a WriteStream and a Gzip stream count
 * what they were given. */
var fs = require('fs');
var zlib = require('zlib');
var file = (process.env.TMPDIR || '/tmp') + '/nodule-fs-cb-buffers-' + process.pid;
var body = Buffer.alloc(200000, 'abcdefghij');
fs.writeFileSync(file, body);
var fd = fs.openSync(file, 'r+');

function readAndWrite(next) {
    var rb = Buffer.alloc(10);
    fs.read(fd, rb, 0, 10, 5, function (err, n, b) {
        console.log('read', err, n, b === rb, b.toString());
        var wb = Buffer.from('0123456789');
        fs.write(fd, wb, 0, 10, 0, function (err2, n2, b2) {
            console.log('write', err2, n2, b2 === wb);
            fs.write(fd, 'str', 10, 'utf8', function (err3, n3, s) {
                console.log('write string', err3, n3, s);
                next();
            });
        });
    });
}

function zeroLength(next) {
    var zb = Buffer.alloc(4);
    var order = [];
    fs.read(fd, zb, 0, 0, 0, function (err, n, b) {
        order.push('read');
        console.log('zero-length', err, n, b === zb, this === undefined || this === global);
        console.log('order', order.join(' '));
        next();
    });
    process.nextTick(function () { order.push('tick'); });
    order.push('sync');
}

function promises(next) {
    fs.promises.open(file, 'r').then(function (fh) {
        var pb = Buffer.alloc(6);
        return fh.read(pb, 0, 6, 10).then(function (r) {
            console.log('filehandle.read', r.bytesRead, r.buffer === pb, pb.toString());
            return fh.close();
        });
    }).then(next);
}

function streams(next) {
    var total = 0;
    var chunks = 0;
    var out = fs.createWriteStream(file + '.copy');
    var gzip = zlib.createGzip();
    var rs = fs.createReadStream(file);
    rs.on('data', function (c) {
        total += c.length;
        chunks++;
        out.write(c);
        gzip.write(c);
    });
    rs.on('end', function () {
        console.log('read stream', total, chunks, rs.bytesRead);
        gzip.end();
        gzip.resume();
        gzip.on('end', function () {
            console.log('gzip bytesWritten', gzip.bytesWritten);
            out.end(function () {
                console.log('write stream', out.bytesWritten,
                            fs.readFileSync(file + '.copy').equals(fs.readFileSync(file)));
                next();
            });
        });
    });
}

readAndWrite(function () {
    zeroLength(function () {
        promises(function () {
            streams(function () {
                fs.closeSync(fd);
                fs.unlinkSync(file);
                fs.unlinkSync(file + '.copy');
            });
        });
    });
});
