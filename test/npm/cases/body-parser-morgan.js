// Express with body-parser 2 (json, urlencoded, text, raw; a malformed JSON body gives 400)
// and morgan logging to a custom stream in a custom format (no times in it).
const express = require('express');
const bodyParser = require('body-parser');
const morgan = require('morgan');
const http = require('http');
const logs = [];
const app = express();
app.use(morgan(':method :url :status :res[content-length] :req[content-type]', { stream: { write: (l) => logs.push(l.trim()) } }));
app.post('/json', bodyParser.json(), (req, res) => res.json({ got: req.body }));
app.post('/form', bodyParser.urlencoded({ extended: true }), (req, res) => res.json({ got: req.body }));
app.post('/text', bodyParser.text(), (req, res) => res.send('len ' + req.body.length));
app.post('/raw', bodyParser.raw(), (req, res) => res.send('raw ' + Buffer.isBuffer(req.body) + ' ' + req.body.toString('hex')));
app.use((err, req, res, next) => res.status(err.status || 500).send(err.type + ' ' + err.status));
function send(port, path, type, body) {
    return new Promise((resolve) => {
        const req = http.request({ port, host: '127.0.0.1', method: 'POST', path, headers: { 'content-type': type } }, (res) => {
            let b = '';
            res.on('data', (d) => b += d);
            res.on('end', () => resolve(res.statusCode + ' ' + b));
        });
        req.end(body);
    });
}
const srv = app.listen(0, '127.0.0.1', async () => {
    const p = srv.address().port;
    console.log(await send(p, '/json', 'application/json', '{"a":[1,2],"b":"é"}'));
    console.log(await send(p, '/form', 'application/x-www-form-urlencoded', 'x=1&y[z]=2&y[w]=3&s=a+b%21'));
    console.log(await send(p, '/text', 'text/plain; charset=utf-8', 'héllo'));
    console.log(await send(p, '/raw', 'application/octet-stream', Buffer.from([1, 2, 250])));
    console.log(await send(p, '/json', 'application/json', '{bad'));
    console.log(logs);
    srv.close();
});
