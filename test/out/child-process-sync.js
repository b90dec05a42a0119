// Proves: execSync returns the command's stdout (a Buffer, or a string with encoding) and feeds
// `input` to stdin; a non-zero status throws 'Command failed: cmd' plus stderr, with status,
// signal, stdout and stderr; execFileSync passes arguments; spawnSync reports status, signal and
// output, ETIMEDOUT after a timeout, and stdio 'ignore'.
var cp = require('child_process');
var out = cp.execSync('echo hello sync', { stdio: 'pipe' });
console.log('execSync:', Buffer.isBuffer(out), JSON.stringify(out.toString()));
console.log('input:', JSON.stringify(cp.execSync('cat', { input: 'piped in', encoding: 'utf8' })));
try {
    cp.execSync('echo partial; echo boom >&2; exit 2', { stdio: 'pipe' });
} catch (e) {
    console.log('thrown:', JSON.stringify(e.message));
    console.log('thrown fields:', e.status, e.signal, JSON.stringify(String(e.stdout)),
        JSON.stringify(String(e.stderr)), Object.keys(e).join(','));
}
console.log('execFileSync:', JSON.stringify(cp.execFileSync('sh', ['-c', 'echo $0 $1', 'a', 'b'],
    { encoding: 'utf8' })));
try {
    cp.execFileSync('nodule-no-such-program', ['x']);
} catch (e) {
    console.log('execFileSync ENOENT:', e.message, e.code, e.status, e.spawnargs);
}
var r = cp.spawnSync('sh', ['-c', 'echo x; echo y >&2; exit 5']);
console.log('spawnSync:', r.status, r.signal, r.output, r.stdout, r.stderr, Object.keys(r));
var s = cp.spawnSync('sh', ['-c', 'kill -KILL $$']);
console.log('signalled:', s.status, s.signal);
var t = cp.spawnSync('sleep', ['30'], { timeout: 50 });
console.log('timeout:', t.error.message, t.error.code, t.status, t.signal);
var enc = cp.spawnSync('pwd', { cwd: '/', encoding: 'utf8' });
console.log('cwd:', JSON.stringify(enc.stdout), enc.output);
var ig = cp.spawnSync('sh', ['-c', 'echo x'], { stdio: 'ignore' });
console.log('ignore:', ig.output, ig.stdout, ig.status);
console.log('utf8 args and env:', cp.execFileSync('sh', ['-c', 'printf "%s %s" "$1" "$V"', 'sh',
    'h\u00e9llo \ud83d\ude00'], { env: { V: '\u20ac' }, encoding: 'utf8' }));
try {
    cp.spawnSync('echo', ['a\u0000b']);
} catch (e) {
    console.log(e.code, e.message);
}
