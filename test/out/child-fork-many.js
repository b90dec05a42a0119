// Proves: several forked children at once keep their channels apart and their events in Node's
// order: each child's messages, then 'disconnect', 'exit' with its own code, then 'close', even
// when the children end at the same moment.
var cp = require('child_process');
var path = require('path');
var exit = path.join(__dirname, '../fixtures/fork/exit.js');
var echo = path.join(__dirname, '../fixtures/fork/echo.js');
var logs = [];
var open = 0;
function watch(i, child) {
    var events = [];
    logs[i] = events;
    open++;
    child.on('message', function (m) { events.push('message ' + JSON.stringify(m)); });
    child.on('disconnect', function () { events.push('disconnect'); });
    child.on('exit', function (code, signal) { events.push('exit ' + code + ' ' + signal); });
    child.on('close', function (code, signal) {
        events.push('close ' + code + ' ' + signal);
        if (--open === 0) {
            logs.forEach(function (log, j) { console.log(j + ': ' + log.join(', ')); });
        }
    });
    return child;
}
for (var i = 0; i < 6; i++) {
    watch(i, cp.fork(exit, [String(i)]));
}
for (; i < 10; i++) {
    var child = watch(i, cp.fork(echo));
    for (var k = 0; k < 100; k++) {
        child.send({ seq: k });
    }
    child.send('stats');
    child.send('exit ' + i);
}
