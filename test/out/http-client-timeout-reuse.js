// ClientRequest.setTimeout on requests that reuse a kept-alive socket: the socket keeps one
// 'timeout' listener (no MaxListenersExceededWarning), and a request that times out still hears it.
const http = require('http');
const server = http.createServer((req, res) => {
    if (req.url === '/slow') {
        setTimeout(() => res.end('late'), 300);
        return;
    }
    res.end('ok');
});
process.on('warning', (w) => console.log('warning:', w.name));
server.listen(0, '127.0.0.1', async () => {
    const port = server.address().port;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    let socket;
    for (let i = 0; i < 15; i++) {
        await new Promise((resolve) => {
            const req = http.get({ port, agent }, (res) => {
                res.resume();
                res.on('end', resolve);
            });
            req.setTimeout(1000, () => console.log('unexpected timeout'));
            req.on('socket', (s) => { socket = s; });
        });
    }
    await new Promise((resolve) => setImmediate(resolve));
    console.log('timeout listeners after 15 requests:', socket.listenerCount('timeout'));
    const req = http.get({ port, agent, path: '/slow' }, () => {});
    req.setTimeout(50, () => {
        console.log('timed out');
        req.destroy();
    });
    req.on('error', (e) => console.log('error', e.code));
    req.on('close', () => {
        console.log('closed');
        agent.destroy();
        server.close();
    });
});
