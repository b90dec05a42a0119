// Proves: sockets, requests and timers created inside async functions (Duktape coroutines) call
// back correctly after the function has suspended: an async server callback awaiting client
// requests in turn.
const http = require('http');
const server = http.createServer((req, res) => res.end('ok ' + req.url));
server.listen(0, '127.0.0.1', async () => {
    const get = (path) => new Promise((resolve) => {
        http.get({ port: server.address().port, host: '127.0.0.1', path }, (res) => {
            let body = '';
            res.on('data', (c) => { body += c; });
            res.on('end', () => resolve(res.statusCode + ' ' + body));
        });
    });
    console.log(await get('/a'));
    console.log(await get('/b'));
    await new Promise((r) => setTimeout(r, 5));
    console.log('timer after await');
    server.close(() => console.log('closed'));
});
