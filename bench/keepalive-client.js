// bench/keepalive-client.js PORT N: N GET requests on four keep-alive connections, each new
// request sent when one is answered.  Run under node by bench/request-instructions.sh.
const http = require('http');
const port = Number(process.argv[2]);
const n = Number(process.argv[3]);
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });
let done = 0;
let sent = 0;
function one() {
    if (sent >= n) return;
    sent++;
    http.get({ port, host: '127.0.0.1', agent }, (res) => {
        res.resume();
        res.on('end', () => {
            if (++done === n) agent.destroy();
            else one();
        });
    });
}
for (let i = 0; i < 4; i++) one();
