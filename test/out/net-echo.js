// Proves: a TCP server and client on 127.0.0.1: connect, write/read in both directions,
// setEncoding, end/'end'/'close' order, addresses and byte counts, server close after the last
// connection.
var net = require('net');
var events = [];
var server = net.createServer(function (sock) {
    events.push('server connection ' + (sock.remoteAddress === '127.0.0.1'));
    sock.setEncoding('utf8');
    var got = '';
    sock.on('data', function (d) { got += d; });
    sock.on('end', function () {
        events.push('server end, got ' + JSON.stringify(got));
        sock.end('echo:' + got);
    });
    sock.on('close', function (hadError) {
        events.push('server socket close ' + hadError + ' read=' + sock.bytesRead + ' written=' + sock.bytesWritten);
        server.close(function () {
            events.push('server closed');
            console.log(events.join('\n'));
        });
    });
});
server.on('listening', function () { events.push('listening ' + server.address().family + ' ' + server.listening); });
server.listen(0, '127.0.0.1', function () {
    var port = server.address().port;
    var client = net.connect({ port: port, host: '127.0.0.1' }, function () {
        events.push('client connect ' + (client.remotePort === port) + ' ' + client.remoteFamily);
        client.write('hello ');
        client.write(Buffer.from('world'));
        client.end();
    });
    var reply = '';
    client.on('data', function (d) { reply += d; });
    client.on('end', function () { events.push('client end ' + JSON.stringify(reply)); });
    client.on('close', function (hadError) { events.push('client close ' + hadError); });
});
