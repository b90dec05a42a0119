// Proves: a program that does not exist gives spawn() an 'error' event (not a throw) with Node's
// error: 'spawn nope ENOENT', errno -2, code, syscall, path and spawnargs, followed by 'close'
// with code -2 and no 'exit'; spawnSync returns the error with null status, output and stdio.
var cp = require('child_process');
var child = cp.spawn('nodule-no-such-program', ['a', 'b']);
console.log('pid:', child.pid);
child.on('exit', function () { console.log('exit (unexpected)'); });
child.on('error', function (err) {
    console.log('error:', err.message);
    console.log('fields:', err.errno, err.code, err.syscall, err.path, err.spawnargs);
});
child.on('close', function (code, signal) {
    console.log('close:', code, signal);
});
var r = cp.spawnSync('nodule-no-such-program', ['x']);
console.log('sync:', r.error.message, r.error.errno, r.error.code, r.error.syscall,
    r.error.path, r.error.spawnargs);
console.log('sync result:', r.status, r.signal, r.output, r.pid, r.stdout, r.stderr);
try {
    cp.spawn('');
} catch (e) {
    console.log(e.code, e.message);
}
try {
    cp.spawn(42);
} catch (e) {
    console.log(e.code, e.message);
}
