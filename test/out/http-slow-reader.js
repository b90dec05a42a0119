// A client that does not read its response: the handler's res.write() returns false once the
// socket's buffers are full (backpressure reaches the handler, the server does not buffer
// without bound), 'drain' comes once the client reads, and every byte arrives.
const http = require('http');
const net = require('net');

const chunk = Buffer.alloc(64 * 1024, 'x');
const limit = 64 * 1024 * 1024;
let written = 0;

const server = http.createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
    while (written < limit && res.write(chunk)) {
        written += chunk.length;
    }
    written += chunk.length;
    console.log('write returned false before 64 MB:', written < limit);
    res.once('drain', () => {
        console.log('drain once the client reads');
        res.end();
    });
});

server.listen(0, '127.0.0.1', () => {
    const c = net.connect(server.address().port, '127.0.0.1', () => {
        c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
        c.pause();
        setTimeout(() => {
            let got = 0;
            c.on('data', (d) => { got += d.length; });
            c.on('end', () => {
                console.log('client got at least every body byte:', got >= written);
                server.close();
            });
            c.resume();
        }, 300);
    });
});
