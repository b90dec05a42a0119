// writeHead with header objects of every shape: plain literals, index-like names, non-enumerable
// and symbol keys, getters, inherited properties, numbers and arrays as values, invalid names or
// values (Node's errors), a primitive, flat and paired arrays; the raw head a client receives.
var http = require('http');
var net = require('net');

var sym = Symbol('s');
var cases = [
    function () { return { 'Content-Type': 'text/plain', 'X-A': 'a' }; },
    function () { return { 'x-b': 'b', '2': 'two', '1': 'one' }; },
    function () {
        var o = { 'X-Visible': 'v' };
        Object.defineProperty(o, 'X-Hidden', { value: 'h', enumerable: false });
        o[sym] = 'symbol';
        return o;
    },
    function () {
        var o = {};
        Object.defineProperty(o, 'X-Getter', { get: function () { return 'got'; }, enumerable: true });
        return o;
    },
    function () { var o = Object.create({ 'X-Inherited': 'i' }); o['X-Own'] = 'o'; return o; },
    function () { return { 'X-Number': 42, 'X-List': ['a', 'b'], 'Set-Cookie': ['c=1', 'd=2'] }; },
    function () { var o = { 'X-Gone': 'g', 'X-Kept': 'k' }; delete o['X-Gone']; return o; },
    function () { return { 'Bad Name': 'x' }; },
    function () { return { 'X-Bad': 'a\r\nInjected: yes' }; },
    function () { return { 'X-Undefined': undefined }; },
    function () { return Object.create(null); },
    function () { return 5; },
    function () { return ['X-Flat', 'f', 'X-Second', 's']; },
    function () { return [['X-Pair', 'p']]; }
];

var server = http.createServer(function (req, res) {
    var n = Number(req.url.slice(1));
    try {
        res.writeHead(200, cases[n]());
    } catch (e) {
        res.writeHead(500, { 'X-Error': e.code });
    }
    res.end('ok');
});

function fetchRaw(port, n, cb) {
    var data = '';
    var c = net.connect(port, '127.0.0.1', function () {
        c.end('GET /' + n + ' HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
    });
    c.setEncoding('latin1');
    c.on('data', function (d) { data += d; });
    c.on('end', function () { cb(data.replace(/^Date: .*\r\n/m, 'Date: (now)\r\n')); });
}

server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var i = 0;
    (function next() {
        if (i === cases.length) {
            server.close();
            return;
        }
        fetchRaw(port, i, function (raw) {
            console.log('case ' + i + ':');
            console.log(JSON.stringify(raw));
            i++;
            next();
        });
    })();
});
