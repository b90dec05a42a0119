// Proves: fork() gives a child with an IPC channel: send() returns true, messages of every JSON
// kind come back equal (objects, arrays, nesting, unicode and newlines in strings, numbers,
// booleans, null), 1000 messages sent at once arrive in order, a ~1 MB message crosses whole,
// and a child that disconnects itself gives 'disconnect', 'exit' then 'close'.
var cp = require('child_process');
var path = require('path');
var child = cp.fork(path.join(__dirname, '../fixtures/fork/echo.js'));
var events = [];
console.log('connected:', child.connected, 'channel:', typeof child.channel,
    typeof child.channel.ref, typeof child.channel.unref, 'stdio:', child.stdio);
console.log('parent has no process.send:', typeof process.send, process.connected);
var values = [
    { a: 1, b: [true, false, null], c: { d: { e: { f: 'deep' } } } },
    [1, 'two', [3, [4, [5]]], { six: 6 }],
    'plain',
    'new\nline\r\n and tab\t quote" backslash\\',
    '\u00e9\u00e8 \u4e2d\u6587 \ud83d\ude00\ud83c\udf89 \u0000 nul',
    0, -1.5, 1e21, true, false, null, '', [], {}
];
var pending = values.length;
child.on('message', function (m) {
    if (m && m.echo !== undefined) {
        console.log('echo', JSON.stringify(m.echo));
        if (--pending === 0) {
            sendMany();
        }
    } else if (m && m.count !== undefined) {
        console.log('stats', JSON.stringify(m));
        child.send('x'.repeat(1024 * 1024 - 2) + 'yz');
    } else if (m && m.length !== undefined) {
        console.log('big', JSON.stringify(m));
        child.send('bye');
    }
});
values.forEach(function (v) {
    if (child.send(v) !== true) {
        console.log('send returned false');
    }
});
function sendMany() {
    for (var i = 0; i < 1000; i++) {
        child.send({ seq: i });
    }
    child.send('stats');
}
child.on('disconnect', function () {
    events.push('disconnect connected=' + child.connected);
});
child.on('exit', function (code, signal) {
    events.push('exit ' + code + ' ' + signal);
});
child.on('close', function (code, signal) {
    events.push('close ' + code + ' ' + signal);
    console.log(events.join(', '));
});
