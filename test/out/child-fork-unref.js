// Proves: a parent exits with a forked child still running once both the child and its channel
// are unref'd (child.unref() alone is not enough: the channel keeps the parent alive, as in
// Node); channel.fd is the channel's descriptor.  The child sees the end and exits on its own.
var cp = require('child_process');
var path = require('path');
var child = cp.fork(path.join(__dirname, '../fixtures/fork/exit.js'));
child.on('exit', function () { console.log('child exit seen (not expected)'); });
child.once('message', function (m) {
    console.log('message', m, 'fd:', typeof child.channel.fd, child.channel.fd > 2);
    child.unref();
    child.channel.unref();
    console.log('unref\'d both');
});
process.on('exit', function (code) {
    console.log('parent exit', code, 'connected', child.connected);
});
