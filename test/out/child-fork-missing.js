// Proves: fork() of a module that does not exist starts the runtime, which fails as Node's does:
// the child prints "Cannot find module" with code MODULE_NOT_FOUND and exits 1; the parent sees
// 'disconnect', 'exit' 1 and 'close'.
var cp = require('child_process');
var path = require('path');
var missing = path.join(__dirname, '../fixtures/fork/no-such-module.js');
var child = cp.fork(missing, [], { silent: true });
var err = '';
var events = [];
child.stderr.on('data', function (d) { err += d; });
child.on('disconnect', function () { events.push('disconnect'); });
child.on('exit', function (code, signal) { events.push('exit ' + code + ' ' + signal); });
child.on('close', function (code, signal) {
    events.push('close ' + code + ' ' + signal);
    console.log(events.join(', '));
    err.split('\n').forEach(function (line) {
        if (/^Error: |code: |requireStack/.test(line)) {
            console.log('child stderr:', line.replace(path.dirname(missing), '<dir>'));
        }
    });
});
