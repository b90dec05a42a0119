// Proves: an https server and client in one script: https.get with a URL string and the test
// CA, https.request with a POST body, a keep-alive https.Agent reusing its TLS connection, the
// request seeing an encrypted socket, and https.Agent's defaults.
var https = require('https');
var fs = require('fs');
var path = require('path');

var dir = path.join(__dirname, '..', 'fixtures', 'tls');
function read(name) { return fs.readFileSync(path.join(dir, name)); }
var ca = read('ca-cert.pem');

var server = https.createServer({
    key: read('server-key.pem'),
    cert: read('server-cert.pem')
}, function (req, res) {
    var body = '';
    req.setEncoding('utf8');
    req.on('data', function (d) { body += d; });
    req.on('end', function () {
        res.setHeader('X-Encrypted', String(req.socket.encrypted));
        res.setHeader('X-Protocol', req.socket.getProtocol());
        res.end(req.method + ' ' + req.url + ' ' + body.length);
    });
});

function collect(res, cb) {
    var data = '';
    res.setEncoding('utf8');
    res.on('data', function (d) { data += d; });
    res.on('end', function () { cb(data); });
}

console.log('agent', https.globalAgent.defaultPort, https.globalAgent.protocol,
    https.globalAgent instanceof https.Agent);

server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    https.get('https://127.0.0.1:' + port + '/hello?x=1', { ca: ca, maxVersion: 'TLSv1.2' },
        function (res) {
            console.log('get', res.statusCode, res.headers['x-encrypted'],
                res.headers['x-protocol']);
            collect(res, function (data) {
                console.log('get body', data);
                post(port);
            });
        });
});

function post(port) {
    var agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
    var options = {
        host: '127.0.0.1', port: port, method: 'POST', path: '/post', ca: ca,
        maxVersion: 'TLSv1.2', agent: agent, headers: { 'Content-Type': 'text/plain' }
    };
    var req = https.request(options, function (res) {
        console.log('post', res.statusCode, req.reusedSocket);
        collect(res, function (data) {
            console.log('post body', data);
            /* The agent takes the socket back on the next tick; ask after that. */
            setImmediate(second, options, agent);
        });
    });
    req.write('x'.repeat(5000));
    req.end('y'.repeat(5000));
}

function second(options, agent) {
    var again = https.request(options, function (res2) {
        console.log('again', res2.statusCode, again.reusedSocket);
        collect(res2, function (data2) {
            console.log('again body', data2);
            agent.destroy();
            https.globalAgent.destroy();
            server.close(function () { console.log('server closed'); });
        });
    });
    again.end('second');
}
