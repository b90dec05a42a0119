// socket.setTimeout over real connections: sockets sharing a timeout, activity that postpones it,
// different durations, clearing with 0, the callback once, destroy, the 'timeout' event firing
// once, msecs validation and the overflow warning.
var net = require('net');

var order = [];
function log(s) { console.log(s); }

process.on('warning', function (w) { log('warning ' + w.name + ': ' + w.message); });

var probe = new net.Socket();
['5', -1, NaN, Infinity, undefined].forEach(function (v) {
    try {
        probe.setTimeout(v);
        log('accepted ' + String(v));
    } catch (e) {
        log(e.code + ' ' + e.message);
    }
});
probe.setTimeout(2147483648);
log('timeout property ' + probe.timeout);
probe.setTimeout(0);
log('timeout property after 0: ' + probe.timeout);
probe.destroy();

var server = net.createServer(function (conn) {
    conn.on('data', function () {});
});

server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var started = Date.now();
    var pending = 5;
    function done(name) {
        order.push(name);
        if (--pending === 0) {
            log('order: ' + order.join(', '));
            server.close();
        }
    }
    function connect(name, setup) {
        var c = net.connect(port, '127.0.0.1', function () { setup(c); });
        c.on('timeout', function () {
            var elapsed = Date.now() - started;
            log(name + ' timeout ' + (elapsed >= 40 ? 'after the delay' : 'too early ' + elapsed));
            c.destroy();
            done(name);
        });
        return c;
    }
    connect('a 60', function (c) { c.setTimeout(60); });
    connect('b 60 with callback', function (c) {
        var calls = 0;
        c.setTimeout(60, function () { calls++; log('b callback ' + calls); });
    });
    connect('c 60 kept busy until 100', function (c) {
        c.setTimeout(60);
        var timer = setInterval(function () { c.write('x'); }, 20);
        setTimeout(function () { clearInterval(timer); }, 100);
    });
    connect('d 120', function (c) { c.setTimeout(120); });
    connect('e 60 then 250', function (c) { c.setTimeout(60); c.setTimeout(250); });
    var cleared = connect('f cleared', function (c) {
        c.setTimeout(50);
        c.setTimeout(0);
        setTimeout(function () { log('f had no timeout'); c.destroy(); }, 120);
    });
    var destroyed = connect('g destroyed', function (c) {
        c.setTimeout(40);
        c.destroy();
        log('g destroyed before its timeout');
    });
});
