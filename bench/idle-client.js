// bench/idle-client.js PORT N: opens N keep-alive connections to 127.0.0.1:PORT, makes one
// request on each, keeps them open and idle, prints 'ready' and waits to be killed.  Run under
// node as the load generator of bench/idle-conns.sh.
const net = require('net');
const port = Number(process.argv[2]);
const n = Number(process.argv[3] || 5000);
let answered = 0;
const sockets = [];
function open(i) {
    if (i >= n) return;
    const s = net.connect(port, '127.0.0.1', () => {
        s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
    });
    s.once('data', () => {
        if (++answered === n) console.log('ready');
    });
    s.on('error', (e) => { console.error('socket error', e.code); process.exit(1); });
    sockets.push(s);
    setImmediate(open, i + 1);
}
open(0);
