// Proves: a client request answered with 101 Switching Protocols emits 'upgrade' with the
// response, the socket and the bytes that came after the headers, and no 'response'.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
    sock.once('data', (d) => {
        const head = String(d).split('\r\n')[0];
        console.log('server got', head);
        sock.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nearly');
        sock.on('data', (more) => sock.end('echo:' + more));
    });
});
server.listen(0, '127.0.0.1', () => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
    req.on('response', () => console.log('unexpected response'));
    req.on('upgrade', (res, socket, head) => {
        console.log('upgrade', res.statusCode, res.headers.upgrade, JSON.stringify(String(head)));
        socket.write('ping');
        socket.on('data', (d) => console.log('socket data', String(d)));
        socket.on('end', () => { console.log('socket end'); socket.end(); server.close(); });
    });
    req.on('close', () => console.log('req close'));
    req.end();
});
