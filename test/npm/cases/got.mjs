// got 14 (ES module only; loads @sec-ant/readable-stream, which reads %AsyncIteratorPrototype%
// from an async generator function, and http2-wrapper, which takes JSStreamSocket from a
// TLSSocket): GET as JSON, POST text, an error status, a retried 503, the stream API.
import http from 'node:http';
import got from 'got';

let hits503 = 0;
const srv = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => body += c);
    req.on('end', () => {
        if (req.url === '/fail') {
            res.statusCode = 404;
            res.end('nope');
            return;
        }
        if (req.url === '/flaky' && hits503++ === 0) {
            res.statusCode = 503;
            res.end();
            return;
        }
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ method: req.method, url: req.url, body }));
    });
});
srv.listen(0, '127.0.0.1', async () => {
    const base = 'http://127.0.0.1:' + srv.address().port;
    console.log(await got(base + '/get?q=1').json());
    console.log(await got.post(base + '/post', { body: 'hello' }).text());
    const r = await got(base + '/typed', { responseType: 'json' });
    console.log(r.statusCode, r.headers['content-type'], r.body);
    try {
        await got(base + '/fail');
    } catch (e) {
        console.log(e.name, e.code, e.response.statusCode, e.response.body);
    }
    const flaky = await got(base + '/flaky', { retry: { limit: 2, backoffLimit: 1 } });
    console.log('retried', flaky.statusCode, hits503, flaky.retryCount);
    let streamed = '';
    for await (const chunk of got.stream(base + '/stream')) {
        streamed += chunk;
    }
    console.log('stream', streamed);
    srv.close();
});
