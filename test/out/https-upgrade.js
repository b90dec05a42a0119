// An upgrade request on an https server (the TLS socket's bytes are parsed from JavaScript): the
// 'upgrade' listener gets the socket and the bytes after the head, and the socket speaks on.
const https = require('https'), tls = require('tls'), fs = require('fs'), path = require('path');
const dir = path.join(__dirname, '../fixtures/tls');
const server = https.createServer({ key: fs.readFileSync(path.join(dir, 'server-key.pem')), cert: fs.readFileSync(path.join(dir, 'server-cert.pem')) }, (req, res) => { res.end('plain ' + req.url); });
server.on('upgrade', (req, socket, head) => {
    console.log('upgrade', req.url, req.headers.upgrade, JSON.stringify(head.toString()));
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n');
    socket.on('data', (d) => { console.log('after upgrade:', d.toString()); socket.end('bye'); });
});
server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: fs.readFileSync(path.join(dir, 'ca-cert.pem')), servername: 'localhost' }, () => {
        c.write('GET /x HTTP/1.1\r\nHost: localhost\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\nearly');
    });
    let got = '';
    c.on('data', (d) => {
        got += d;
        if (got.includes('\r\n\r\n') && !c.sentMore) { c.sentMore = true; console.log('client got', got.split('\r\n')[0]); c.write('more'); }
    });
    c.on('end', () => { console.log('client end', JSON.stringify(got.slice(got.indexOf('\r\n\r\n') + 4))); server.close(); });
});
