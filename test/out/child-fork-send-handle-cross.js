// Proves: handle passing uses Node's wire protocol: this runtime sends a listening server to a
// node child, and a node parent sends one to this runtime as its child; in both the child
// accepts on the sent server.  Needs node on PATH.
var cp = require('child_process');
var net = require('net');
var path = require('path');
var fixture = path.join(__dirname, '../fixtures/fork/handle.js');

function run(execPath, label, done) {
    var child = cp.fork(fixture, { execPath: execPath });
    var server = net.createServer();
    server.listen(0, '127.0.0.1', function () {
        var port = server.address().port;
        child.send({ type: 'server', port: port }, server);
        child.once('message', function (message) {
            console.log(label, JSON.stringify(message));
            server.close();
            var text = '';
            net.connect(port, '127.0.0.1').on('data', function (d) { text += d; })
                .on('end', function () {
                    console.log(label, text.trim());
                    child.send({ type: 'done' });
                });
        });
    });
    child.on('exit', function (code) {
        console.log(label, 'exit', code);
        done();
    });
}

if (process.argv[2] === 'parent') {
    run(process.argv[3], 'node parent, this runtime as child:', function () {});
    return;
}
run('node', 'this runtime as parent, node child:', function () {
    var out = cp.spawnSync('node', [__filename, 'parent', process.execPath], { encoding: 'utf8' });
    process.stdout.write(out.stdout + out.stderr);
});
