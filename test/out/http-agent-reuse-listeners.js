// A keep-alive Agent reusing one socket for many requests: the socket's 'error' and 'close'
// listener counts stay the same from request to request (no listener piles up, so no
// MaxListenersExceededWarning), and every request gets its response.
const http = require('http');
const server = http.createServer((req, res) => res.end('ok ' + req.url));
server.listen(0, '127.0.0.1', () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const counts = new Set();
    let done = 0;
    function next() {
        if (done === 25) {
            console.log('responses:', done, 'distinct listener counts:', counts.size);
            agent.destroy();
            server.close();
            return;
        }
        const req = http.get({ port: server.address().port, host: '127.0.0.1', path: '/' + done, agent }, (res) => {
            let body = '';
            res.on('data', (c) => { body += c; });
            res.on('end', () => {
                if (body !== 'ok /' + done) console.log('bad body', body);
                done++;
                setImmediate(next);
            });
        });
        req.on('socket', (s) => {
            counts.add(s.listenerCount('error') + '/' + s.listenerCount('close'));
        });
    }
    next();
});
process.on('warning', (w) => console.log('warning:', w.name));
