// Proves: client errors as Node's: ECONNREFUSED for a closed port, 'socket hang up'
// (ECONNRESET) when the server closes without answering, and req.destroy() with an error.
var http = require('http');
var net = require('net');
var probe = net.createServer();
probe.listen(0, '127.0.0.1', function () {
    var port = probe.address().port;
    probe.close(function () {
        var req = http.get({ port: port, host: '127.0.0.1' });
        req.on('error', function (e) {
            console.log('refused:', e.code, e.syscall, e.message.replace(String(port), 'PORT'));
            var rude = net.createServer(function (s) { s.destroy(); });
            rude.listen(0, '127.0.0.1', function () {
                var rudePort = rude.address().port;
                var r2 = http.get({ port: rudePort, host: '127.0.0.1', agent: false });
                r2.on('error', function (e2) {
                    console.log('hang up:', e2.code, e2.message);
                    rude.close();
                    var r3 = http.get({ port: rudePort, host: '127.0.0.1' });
                    r3.on('error', function (e3) { console.log('destroyed:', e3.message); });
                    r3.on('close', function () { console.log('r3 close'); });
                    r3.destroy(new Error('stop'));
                });
            });
        });
    });
});
