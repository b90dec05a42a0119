// ws: a WebSocket server and client on 127.0.0.1 (HTTP upgrade, framing, masking, close).
const { WebSocketServer, WebSocket } = require('ws');
const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' }, () => {
    const ws = new WebSocket('ws://127.0.0.1:' + wss.address().port);
    ws.on('open', () => ws.send('hello'));
    ws.on('message', (m, isBinary) => {
        console.log('client got', String(m), isBinary);
        ws.close(1000, 'bye');
    });
    ws.on('close', (code, reason) => {
        console.log('client closed', code, String(reason));
        wss.close(() => console.log('server closed'));
    });
});
wss.on('connection', (s, req) => {
    console.log('connection', req.url, req.headers.upgrade);
    s.on('message', (m) => s.send(String(m).toUpperCase()));
});
