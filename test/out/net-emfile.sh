# Proves: a server that runs out of file descriptors while accepting (ulimit -n 48, then 80
# clients held open) neither dies nor spins: it keeps the connections it has, and once the
# clients let go it accepts and answers new ones.
cat > "${TMPDIR:-/tmp}/emfile-server.$$.js" <<'JS'
const http = require('http');
const server = http.createServer((req, res) => res.end('hello ' + req.url));
server.on('error', (e) => console.log('server error', e.code));
server.listen(0, '127.0.0.1', () => console.log('PORT ' + server.address().port));
process.on('SIGTERM', () => { server.close(); process.exit(0); });
JS
cat > "${TMPDIR:-/tmp}/emfile-client.$$.js" <<'JS'
const net = require('net');
const http = require('http');
const port = Number(process.argv[2]);
const sockets = [];
let opened = 0;
for (let i = 0; i < 80; i++) {
    const s = net.connect(port, '127.0.0.1', () => { opened++; });
    s.on('error', () => {});
    sockets.push(s);
}
setTimeout(() => {
    console.log('client connections opened:', opened >= 40 ? 'at least 40' : opened);
    sockets.forEach((s) => s.destroy());
    setTimeout(function ask(n) {
        http.get({ port, host: '127.0.0.1', path: '/after' }, (res) => {
            res.setEncoding('utf8');
            res.on('data', (d) => console.log('after the flood:', d));
        }).on('error', (e) => n > 0 ? setTimeout(ask, 200, n - 1) : console.log('no answer', e.code));
    }, 500, 10);
}, 1000);
JS
(ulimit -n 48; exec "$NODE" "${TMPDIR:-/tmp}/emfile-server.$$.js") > "${TMPDIR:-/tmp}/emfile-out.$$" &
server=$!
for _ in $(seq 1 50); do grep -q PORT "${TMPDIR:-/tmp}/emfile-out.$$" 2>/dev/null && break; sleep 0.1; done
port=$(sed -n 's/^PORT //p' "${TMPDIR:-/tmp}/emfile-out.$$")
"$NODE" "${TMPDIR:-/tmp}/emfile-client.$$.js" "$port"
kill -0 $server && echo 'server still running'
kill $server; wait $server
echo "server exit $?"
grep -v PORT "${TMPDIR:-/tmp}/emfile-out.$$"
rm -f "${TMPDIR:-/tmp}"/emfile-*.$$.js "${TMPDIR:-/tmp}/emfile-out.$$"
