// Proves: subprocess.send(message, sendHandle) passes a listening net.Server (the child accepts
// on the same port) and an accepted net.Socket (the child writes to it; the parent's socket
// loses its handle) over the IPC channel; a message without a handle gives (message,
// undefined); a handle of another kind throws ERR_INVALID_HANDLE_TYPE; a send after the
// channel closed reports ERR_IPC_CHANNEL_CLOSED.
var cp = require('child_process');
var net = require('net');
var path = require('path');
var child = cp.fork(path.join(__dirname, '../fixtures/fork/handle.js'));
var steps = [sendServer, sendSocket, sendPlain, finish];

function next() {
    steps.shift()();
}

child.on('message', function (message) {
    console.log('child says', JSON.stringify(message));
});

function fetch(port, cb) {
    var text = '';
    net.connect(port, '127.0.0.1').on('data', function (d) { text += d; }).on('end', function () {
        cb(text);
    });
}

function sendServer() {
    var server = net.createServer(function () {
        console.log('the parent accepted: wrong');
    });
    server.listen(0, '127.0.0.1', function () {
        var port = server.address().port;
        console.log('send server returns', child.send({ type: 'server', port: port }, server));
        child.once('message', function () {
            server.close();
            fetch(port, function (text) {
                console.log('via the sent server:', text.trim());
                next();
            });
        });
    });
}

function sendSocket() {
    var server = net.createServer(function (socket) {
        child.send({ type: 'socket' }, socket);
        console.log('parent socket handle after send:', socket._handle);
        server.close();
    });
    var waiting = 2;
    var received = '';
    function done() {
        if (--waiting === 0) {
            console.log('via the sent socket:', received.trim());
            next();
        }
    }
    /* The child's report and the bytes it wrote race: the bytes are printed after both. */
    child.once('message', done);
    server.listen(0, '127.0.0.1', function () {
        fetch(server.address().port, function (text) {
            received = text;
            done();
        });
    });
}

function sendPlain() {
    try {
        child.send({ type: 'plain' }, {});
    } catch (e) {
        console.log('send(message, {}):', e.name, e.code, e.message);
    }
    child.send({ type: 'plain' }, null);
    child.once('message', next);
}

function finish() {
    child.send({ type: 'done' });
    child.on('disconnect', function () {
        console.log('disconnect');
        child.send({ type: 'late' }, net.createServer(), function (err) {
            console.log('late send:', err.code, err.message);
        });
    });
    child.on('exit', function (code, signal) {
        console.log('exit', code, signal);
    });
}

next();
