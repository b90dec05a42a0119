// Proves: the IPC wire format is Node's: this runtime as the parent of a node child, and a node
// parent (test/fixtures/fork/parent.js run by node) with this runtime as its forked child,
// exchange the same messages and events as node with node.  Needs node on PATH.
var cp = require('child_process');
var path = require('path');
var echo = path.join(__dirname, '../fixtures/fork/echo.js');
var child = cp.fork(echo, { execPath: 'node' });
child.on('message', function (m) {
    console.log('from node child:', JSON.stringify(m));
    child.send('bye');
});
child.on('close', function (code, signal) {
    console.log('node child: close', code, signal);
    var out = cp.spawnSync('node', [path.join(__dirname, '../fixtures/fork/parent.js'),
        process.execPath], { encoding: 'utf8' });
    console.log('node parent, this runtime as child:');
    process.stdout.write(out.stdout);
    process.stdout.write(out.stderr);
    console.log('status', out.status);
});
child.send({ hello: ['world', '\u00e9\ud83d\ude00\n'] });
