'use strict';
// test/fuzz/http.js: fuzz driver (tools/fuzz_runtime.c) for the HTTP request path: each input is
// written raw to a live http server over a real socket on 127.0.0.1; the server answers
// whatever its parser lets through, echoing the body.  After the connection closes, a
// well-formed request on a new connection must still get its answer: a hostile request may
// be refused (400/431, close) but must never stop the server.  Seeds: test/fuzz/http/.
// Checked under node with test/fuzz/replay.js.
const http = require('http');
const net = require('net');

const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
        res.setHeader('x-url', encodeURIComponent(req.url));
        res.end(Buffer.concat(chunks));
    });
    req.on('error', () => {});
});
server.headersTimeout = 2000;
server.requestTimeout = 2000;
server.on('clientError', (err, socket) => {
    if (socket.writable) {
        socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
    } else {
        socket.destroy();
    }
});
server.listen(0, '127.0.0.1', () => {
    globalThis.__ndFuzzOne = function (bytes, done) {
        send(Buffer.from(bytes), () => checkStillServing(done || (() => {})));
    };
});
server.unref();

function send(bytes, done) {
    const socket = net.connect(server.address().port, '127.0.0.1');
    socket.on('error', () => {});
    socket.on('data', () => {});
    socket.setTimeout(3000, () => socket.destroy());
    socket.on('close', done);
    socket.end(bytes);
}

function checkStillServing(done) {
    http.get({ port: server.address().port, host: '127.0.0.1', path: '/ok', agent: false }, (res) => {
        if (res.statusCode !== 200) {
            throw new Error('the server answered ' + res.statusCode + ' after a fuzz input');
        }
        res.resume();
        res.on('end', done);
    }).on('error', (err) => {
        throw new Error('the server stopped answering after a fuzz input: ' + err.message);
    });
}
