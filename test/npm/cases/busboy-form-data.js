// form-data builds a multipart request (fields, a Buffer file, a stream file) sent with
// http.request to a local server, where busboy parses it from the request stream.
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');
const FormData = require('form-data');
const busboy = require('busboy');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bb-'));
const file = path.join(tmp, 'notes.txt');
fs.writeFileSync(file, 'line one\nline two\n'.repeat(500));
const srv = http.createServer((req, res) => {
    const bb = busboy({ headers: req.headers });
    const got = [];
    bb.on('field', (name, val, info) => got.push(['field', name, val, info.mimeType]));
    bb.on('file', (name, stream, info) => {
        let n = 0;
        stream.on('data', (d) => n += d.length);
        stream.on('end', () => got.push(['file', name, info.filename, info.mimeType, n]));
    });
    bb.on('close', () => { res.end(JSON.stringify(got)); });
    req.pipe(bb);
});
srv.listen(0, '127.0.0.1', () => {
    const form = new FormData();
    form.append('user', 'ada');
    form.append('json', JSON.stringify({ a: 1 }), { contentType: 'application/json' });
    form.append('blob', Buffer.from([0, 1, 2, 255]), { filename: 'b.bin', contentType: 'application/octet-stream' });
    form.append('notes', fs.createReadStream(file));
    form.getLength((err, len) => {
        console.log('length known', !err && len > 9000);
        const req = http.request({ port: srv.address().port, host: '127.0.0.1', method: 'POST', path: '/up', headers: form.getHeaders({ 'content-length': len }) }, (res) => {
            let body = '';
            res.setEncoding('utf8');
            res.on('data', (d) => body += d);
            res.on('end', () => {
                for (const row of JSON.parse(body)) console.log(row);
                srv.close();
                fs.rmSync(tmp, { recursive: true });
            });
        });
        form.pipe(req);
    });
});
