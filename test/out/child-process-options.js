// Proves: spawn's shell option (true runs '/bin/sh -c' with the joined command, a string names
// the shell), argv0, detached (the child leads a new process group, so its group id is its own
// pid) and unref() (an unref'd child that outlives the script does not keep it running).
var cp = require('child_process');
var events = require('events');

function run(file, args, options) {
    var child = cp.spawn(file, args, options);
    var out = '';
    child.stdout.on('data', function (d) { out += d; });
    return events.once(child, 'close').then(function (res) {
        return { child: child, out: out, code: res[0] };
    });
}

var group = 'if [ "$(cut -d" " -f5 /proc/$$/stat)" = "$$" ]; then echo leader; ' +
    'else echo member; fi';
run('echo', ['shell', "'$QUOTED'-literal", '|', 'tr', 'a-z', 'A-Z'], { shell: true })
    .then(function (r) {
        console.log('shell true:', JSON.stringify(r.out), r.code,
            JSON.stringify(r.child.spawnargs), r.child.spawnfile);
        return run('echo $0', [], { shell: '/bin/sh' });
    })
    .then(function (r) {
        console.log('shell string:', JSON.stringify(r.out), r.child.spawnfile);
        return run('sh', ['-c', 'echo $0'], { argv0: 'renamed' });
    })
    .then(function (r) {
        console.log('argv0:', JSON.stringify(r.out), JSON.stringify(r.child.spawnargs));
        return run('sh', ['-c', group], { detached: true });
    })
    .then(function (r) {
        console.log('detached:', JSON.stringify(r.out));
        return run('sh', ['-c', group]);
    })
    .then(function (r) {
        console.log('attached:', JSON.stringify(r.out));
        var lingering = cp.spawn('sleep', ['30'], { stdio: 'ignore' });
        lingering.unref();
        lingering.on('exit', function () { console.log('never printed'); });
        process.on('exit', function () {
            lingering.kill('SIGKILL');
            console.log('exiting with the child still running');
        });
    });
