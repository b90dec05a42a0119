// https.request with an Upgrade header: the 'upgrade' event gives the response, the TLS socket and
// the bytes that came after the 101 head, and both sides speak on over the same TLS connection.
const https = require('https'), fs = require('fs'), path = require('path');
const dir = path.join(__dirname, '../fixtures/tls');
const server = https.createServer({ key: fs.readFileSync(path.join(dir, 'server-key.pem')), cert: fs.readFileSync(path.join(dir, 'server-cert.pem')) });
server.on('upgrade', (req, socket, head) => {
    console.log('server upgrade', req.url, req.headers.upgrade, JSON.stringify(head.toString()));
    socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nhello');
    socket.on('data', (d) => { console.log('server got', JSON.stringify(d.toString())); socket.end('bye'); });
});
server.listen(0, '127.0.0.1', () => {
    const req = https.request({ port: server.address().port, host: '127.0.0.1', path: '/chat', servername: 'localhost', ca: fs.readFileSync(path.join(dir, 'ca-cert.pem')), headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('response', () => console.log('unexpected response'));
    req.on('upgrade', (res, socket, head) => {
        console.log('client upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(head.toString()));
        let got = '';
        socket.on('data', (d) => { got += d; });
        socket.on('end', () => { console.log('client got', JSON.stringify(got)); socket.end(); server.close(); });
        socket.write('ping');
    });
    req.end();
});
