// Proves: writing to a child's stdin reaches it and end() gives it EOF (cat echoes it back);
// options.env replaces the environment and options.cwd sets the directory; stdio 'ignore' and
// 'inherit' leave the parent without streams for those slots.
var cp = require('child_process');
var cat = cp.spawn('cat');
var got = '';
cat.stdout.setEncoding('utf8');
cat.stdout.on('data', function (d) { got += d; });
cat.on('close', function (code) {
    console.log('cat:', code, JSON.stringify(got));
    var env = cp.spawn('sh', ['-c', 'echo "FOO=$FOO BAR=$BAR"; pwd'],
        { cwd: '/', env: { FOO: 'foo-value', PATH: process.env.PATH } });
    var text = '';
    env.stdout.on('data', function (d) { text += d; });
    env.on('close', function () {
        console.log('env and cwd:', JSON.stringify(text));
        var ign = cp.spawn('sh', ['-c', 'echo ignored'], { stdio: 'ignore' });
        console.log('ignore:', ign.stdin, ign.stdout, ign.stderr, ign.stdio);
        ign.on('close', function (c) {
            console.log('ignore closes', c);
            var mixed = cp.spawn('sh', ['-c', 'echo to-parent-stderr >&2; echo piped'],
                { stdio: ['ignore', 'pipe', 'inherit'] });
            console.log('mixed:', mixed.stdin, mixed.stdout !== null, mixed.stderr);
            mixed.stdout.on('data', function (d) { console.log('stdout data:', String(d).trim()); });
            mixed.on('close', function (c2) { console.log('mixed closes', c2); });
        });
    });
});
cat.stdin.write('hello ');
cat.stdin.write(Buffer.from('from '));
cat.stdin.end('stdin\n');
