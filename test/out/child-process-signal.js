// Proves: a child killed by a signal reports code null and the signal's name in 'exit' and
// 'close', whether it kills itself (sh -c 'kill -TERM $$') or the parent calls kill(); killed
// is set by kill(), and kill() with an unknown signal throws ERR_UNKNOWN_SIGNAL.
var cp = require('child_process');
var self = cp.spawn('sh', ['-c', 'kill -TERM $$']);
self.on('exit', function (code, signal) {
    console.log('self exit:', code, signal, self.exitCode, self.signalCode, self.killed);
});
self.on('close', function (code, signal) {
    console.log('self close:', code, signal);
    var sleeper = cp.spawn('sleep', ['30']);
    try {
        sleeper.kill('SIGNOPE');
    } catch (e) {
        console.log(e.name, e.code, e.message);
    }
    sleeper.on('spawn', function () {
        console.log('kill returns', sleeper.kill('SIGKILL'));
    });
    sleeper.on('exit', function (code, signal) {
        console.log('sleeper exit:', code, signal, sleeper.killed, sleeper.signalCode);
        var term = cp.spawn('sleep', ['30']);
        term.on('exit', function (c, s) {
            console.log('default kill:', c, s);
        });
        term.kill();
    });
});
