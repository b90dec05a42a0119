// Proves: the IPC errors of Node: send() after disconnect gives ERR_IPC_CHANNEL_CLOSED to the
// callback or as 'error' (on a later tick) and returns false; a second disconnect() emits
// ERR_IPC_DISCONNECTED at once; send(undefined) and send(function) throw; fork() checks its
// arguments, stdio without 'ipc', two 'ipc' slots, 'ipc' in spawnSync and the serialization.
var cp = require('child_process');
var path = require('path');
var echo = path.join(__dirname, '../fixtures/fork/echo.js');
function show(label, fn) {
    try {
        fn();
        console.log(label + ': no throw');
    } catch (e) {
        console.log(label + ':', e.name, e.code, e.message);
    }
}
show('fork(1)', function () { cp.fork(1); });
show('fork(file, "x")', function () { cp.fork(echo, 'x'); });
show('stdio without ipc', function () { cp.fork(echo, [], { stdio: ['pipe', 'pipe', 'pipe'] }); });
show('two ipc', function () { cp.spawn('true', [], { stdio: ['pipe', 'ipc', 'pipe', 'ipc'] }); });
show('spawnSync ipc', function () { cp.spawnSync('true', [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }); });
show('serialization', function () { cp.fork(echo, [], { serialization: 'xml' }); });
show('stdio string', function () { cp.fork(echo, [], { stdio: 'bogus' }); });
var child = cp.fork(echo);
var events = [];
show('send(undefined)', function () { child.send(undefined); });
show('send(function)', function () { child.send(function () {}); });
show('send(symbol)', function () { child.send(Symbol('s')); });
show('send(1, null, "x")', function () { child.send(1, null, 'x'); });
child.on('error', function (e) {
    events.push('error ' + e.code + ': ' + e.message);
});
child.on('disconnect', function () { events.push('disconnect'); });
child.on('exit', function (code, signal) {
    events.push('exit ' + code + ' ' + signal);
    setTimeout(function () { console.log(events.join('\n')); }, 50);
});
child.disconnect();
events.push('after disconnect: connected=' + child.connected + ' channel=' + child.channel);
child.disconnect();
events.push('after second disconnect');
events.push('send returns ' + child.send('late'));
child.send('late', function (err) {
    events.push('callback ' + err.code + ' ' + (err instanceof Error));
});
events.push('end of script');
