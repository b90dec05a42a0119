// server.listen(path) errors as Node reports them: a path that exists is EADDRINUSE, and a
// folder that does not exist is EACCES (libuv's pipe bind says so, not ENOENT).
const net = require('net'), fs = require('fs'), os = require('os'), path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-listen-'));
const taken = path.join(dir, 'taken');
fs.writeFileSync(taken, 'x');
let left = 2;
function report(e) {
    console.log(e.code, e.syscall, e.message.replace(dir, '<dir>'), e.port);
    if (--left === 0) {
        fs.rmSync(dir, { recursive: true });
    }
}
net.createServer().listen(taken).on('error', report);
setTimeout(() => net.createServer().listen(path.join(dir, 'missing', 'x.sock')).on('error', report), 20);
