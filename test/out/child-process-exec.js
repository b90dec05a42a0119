// Proves: exec runs a shell command and buffers its output (strings by default, Buffers with
// encoding 'buffer'); a failing command gives an error with 'Command failed', code, killed,
// signal and cmd; execFile passes arguments without a shell; a timeout kills the child
// (killed true, signal SIGTERM); util.promisify(exec) resolves { stdout, stderr }.
var cp = require('child_process');
var util = require('util');
cp.exec('echo hello; echo warning >&2', function (err, stdout, stderr) {
    console.log('ok:', err, JSON.stringify(stdout), JSON.stringify(stderr));
    cp.exec('echo partial; echo bad thing >&2; exit 3', function (err2, stdout2, stderr2) {
        console.log('fail message:', JSON.stringify(err2.message));
        console.log('fail fields:', err2.code, err2.killed, err2.signal, err2.cmd);
        console.log('fail output:', JSON.stringify(stdout2), JSON.stringify(stderr2));
        cp.execFile('sh', ['-c', 'printf "%s|" "$@"', 'argv0', 'one', 'two words'],
            { encoding: 'buffer' }, function (err3, stdout3) {
                console.log('execFile:', err3, stdout3);
                cp.exec('sleep 30', { timeout: 50 }, function (err4) {
                    console.log('timeout:', err4.killed, err4.signal, err4.code, err4.cmd);
                    util.promisify(cp.exec)('echo promised').then(function (res) {
                        console.log('promisify:', JSON.stringify(res));
                        cp.execFile('nodule-no-such-program', function (err5) {
                            console.log('execFile ENOENT:', err5.code, err5.message, err5.cmd);
                            later().then(function (child) {
                                child.on('exit', function (code) {
                                    console.log('from async function:', code);
                                });
                            });
                        });
                    });
                });
            });
    });
});
/* A child started inside an async function reports its exit after that coroutine is gone. */
async function later() {
    await null;
    return cp.spawn('sh', ['-c', 'exit 4']);
}
