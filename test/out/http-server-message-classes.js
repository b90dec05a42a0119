// http.createServer({ IncomingMessage, ServerResponse }): the server builds its requests and
// responses from the given subclasses, whose constructors and methods run.
var http = require('http');

class Req extends http.IncomingMessage {
    constructor(socket) {
        super(socket);
        this.madeBy = 'Req';
    }
    shout() { return this.method + ' ' + this.url; }
}
class Res extends http.ServerResponse {
    constructor(req) {
        super(req);
        this.madeBy = 'Res';
    }
    assignSocket(socket) {
        console.log('assignSocket called');
        super.assignSocket(socket);
    }
    detachSocket(socket) {
        console.log('detachSocket called');
        super.detachSocket(socket);
    }
}

var server = http.createServer({ IncomingMessage: Req, ServerResponse: Res }, function (req, res) {
    console.log(req instanceof Req, req instanceof http.IncomingMessage, req.madeBy, req.shout());
    console.log(res instanceof Res, res instanceof http.ServerResponse, res.madeBy);
    res.setHeader('X-Made-By', res.madeBy);
    res.end('hello');
});
server.listen(0, '127.0.0.1', function () {
    http.get({ port: server.address().port, path: '/x?y=1' }, function (res) {
        var body = '';
        res.setEncoding('utf8');
        res.on('data', function (d) { body += d; });
        res.on('end', function () {
            console.log(res.statusCode, res.headers['x-made-by'], body);
            server.close();
        });
    });
});
