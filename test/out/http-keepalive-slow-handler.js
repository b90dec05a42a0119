// Keep-alive timing: the agent does not reuse a socket whose server announced
// `Keep-Alive: timeout=0` (keepAliveTimeout under a second), and on a reused connection the
// server's idle timer stops while the next request is handled (a handler slower than
// keepAliveTimeout still answers).
const http = require('http');

function run(keepAliveTimeout, slowMs) {
    return new Promise((done) => {
        const server = http.createServer((req, res) => {
            setTimeout(() => res.end(req.url), req.url === '/slow' ? slowMs : 0);
        });
        server.keepAliveTimeout = keepAliveTimeout;
        server.listen(0, '127.0.0.1', async () => {
            const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
            const get = (path) => new Promise((resolve) => {
                const req = http.get({ port: server.address().port, path, agent }, (res) => {
                    let body = '';
                    res.on('data', (d) => { body += d; });
                    res.on('end', () => resolve(body + ' ' + res.headers['keep-alive'] +
                        ' reused=' + req.reusedSocket));
                });
                req.on('error', (e) => resolve('error ' + e.code));
            });
            console.log('keepAliveTimeout', keepAliveTimeout);
            console.log(await get('/fast'));
            console.log(await get('/slow'));
            console.log(await get('/fast'));
            agent.destroy();
            server.close(done);
        });
    });
}

run(150, 300).then(() => run(2000, 2300));
