// Proves: fork() options: args reach process.argv, cwd and env apply, silent:true pipes the
// child's stdout and stderr to the parent, NODE_CHANNEL_FD is gone from the child's env; the
// stdio array form with 'ipc' works (child.stdio has null for the channel slot); spawn() with
// 'ipc' in stdio tells a program of its channel through NODE_CHANNEL_FD and
// NODE_CHANNEL_SERIALIZATION_MODE; timeout and an AbortSignal kill a child.
var cp = require('child_process');
var path = require('path');
var os = require('os');
var info = path.join(__dirname, '../fixtures/fork/info.js');
var exit = path.join(__dirname, '../fixtures/fork/exit.js');
var steps = [
    function (next) {
        var env = Object.assign({}, process.env, { FORK_TEST_VALUE: 'from env \u00e9' });
        var child = cp.fork(info, ['a b', '--flag', '\u00fc'], { silent: true, cwd: os.tmpdir(),
            env: env });
        var out = '';
        var err = '';
        console.log('silent stdio:', child.stdio.length, child.stdin !== null,
            child.stdout !== null, child.stderr !== null, child.stdio[3]);
        child.stdout.on('data', function (d) { out += d; });
        child.stderr.on('data', function (d) { err += d; });
        child.on('message', function (m) { console.log('message:', JSON.stringify(m)); });
        child.on('close', function (code) {
            console.log('stdout:', JSON.stringify(out.replace(os.tmpdir().split(path.sep).pop(),
                '<tmp>')));
            console.log('stderr:', JSON.stringify(err));
            console.log('close', code);
            next();
        });
    },
    function (next) {
        var child = cp.fork(info, { stdio: ['ignore', 'pipe', 'ignore', 'ipc'] });
        console.log('array stdio:', child.stdio.length, child.stdin, child.stdout !== null,
            child.stderr, child.stdio[3]);
        child.stdout.resume();
        child.on('message', function (m) { console.log('args:', JSON.stringify(m.args)); });
        child.on('close', function (code) { console.log('close', code); next(); });
    },
    function (next) {
        var child = cp.spawn('sh', ['-c', 'echo "fd=$NODE_CHANNEL_FD mode=$NODE_CHANNEL_SERIALIZATION_MODE"'],
            { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
        var out = '';
        console.log('spawn with ipc: connected', child.connected, typeof child.send);
        child.stdout.on('data', function (d) { out += d; });
        child.on('disconnect', function () { console.log('spawn: disconnect'); });
        child.on('close', function (code) {
            console.log('spawn:', out.trim(), 'close', code);
            next();
        });
    },
    function (next) {
        var child = cp.fork(exit, { timeout: 100 });
        child.on('exit', function (code, signal) {
            console.log('timeout: exit', code, signal, child.killed);
            next();
        });
    },
    function (next) {
        var ac = new AbortController();
        var child = cp.fork(exit, { signal: ac.signal });
        child.on('message', function () { ac.abort(); });
        child.on('error', function (e) { console.log('abort: error', e.name, e.code); });
        child.on('exit', function (code, signal) {
            console.log('abort: exit', code, signal);
            next();
        });
    }
];
(function run(i) {
    if (i < steps.length) {
        steps[i](function () { run(i + 1); });
    }
})(0);
