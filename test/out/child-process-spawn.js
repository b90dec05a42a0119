// Proves: child_process.spawn runs a program with piped stdio: stdout and stderr arrive as
// streams, 'spawn' comes first, 'exit' carries the exit code before 'close', exitCode and
// signalCode are set, and stdio/stdin/stdout/stderr have Node's shape.
var cp = require('child_process');
var events = [];
var child = cp.spawn('sh', ['-c', 'echo out-line; echo err-line >&2; exit 7']);
console.log('pid is a number:', typeof child.pid === 'number' && child.pid > 0);
console.log('stdio length:', child.stdio.length, child.stdio[0] === child.stdin,
    child.stdio[1] === child.stdout, child.stdio[2] === child.stderr);
console.log('before exit:', child.exitCode, child.signalCode, child.killed);
var out = '';
var err = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', function (d) { out += d; });
child.stderr.on('data', function (d) { err += d; });
child.on('spawn', function () { events.push('spawn'); });
child.on('exit', function (code, signal) {
    events.push('exit ' + code + ' ' + signal);
    console.log('exitCode at exit:', child.exitCode, child.signalCode);
});
child.on('close', function (code, signal) {
    events.push('close ' + code + ' ' + signal);
    console.log('events:', events.join(', '));
    console.log('stdout:', JSON.stringify(out));
    console.log('stderr:', JSON.stringify(err));
    console.log('instanceof EventEmitter:', child instanceof require('events'));
    console.log('ChildProcess:', child instanceof cp.ChildProcess);
    var ok = cp.spawn('true');
    ok.on('close', function (code, signal) {
        console.log('true closes with', code, signal);
    });
});
