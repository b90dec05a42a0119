// Proves: after send(message, handle), later messages wait until the receiver acknowledges the
// handle (send() returns true for the first one queued), and disconnect() called meanwhile
// waits for them: the child gets both messages, in order, then 'disconnect'.  The child's
// output is printed after the parent's.
var cp = require('child_process');
var net = require('net');

if (process.argv[2] === 'child') {
    process.on('message', function (message, handle) {
        console.log('child got', message, handle ? handle.constructor.name : handle);
        if (handle) {
            handle.close();
        }
    });
    process.on('disconnect', function () { console.log('child disconnect'); });
    return;
}
var child = cp.fork(__filename, ['child'], { silent: true });
var childOutput = '';
child.stdout.on('data', function (d) { childOutput += d; });
var server = net.createServer().listen(0, '127.0.0.1', function () {
    console.log('send with server', child.send('with server', server));
    console.log('send after', child.send('after'));
    console.log('waiting', child._handleQueue.length);
    child.disconnect();
    console.log('connected', child.connected);
    server.close();
});
child.on('disconnect', function () { console.log('parent disconnect'); });
/* After its own disconnect() a parent gets 'exit' but no 'close' (as in Node): the child's
 * output is printed once both its exit and the end of its stdout came. */
var ends = 0;
function printChild() {
    if (++ends === 2) {
        process.stdout.write(childOutput);
    }
}
child.on('exit', function (code) {
    console.log('exit', code);
    printChild();
});
child.stdout.on('end', printChild);
