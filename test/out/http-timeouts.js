// Proves: slow clients are cut off as Node cuts them: headers not complete within headersTimeout,
// or a body not complete within requestTimeout, get 408 and the connection closes.
const http = require('http'); const net = require('net');
const s = http.createServer({ connectionsCheckingInterval: 50, headersTimeout: 200, requestTimeout: 400 }, (req, res) => { req.on('data', () => {}); req.on('end', () => res.end('done')); });
s.listen(0, '127.0.0.1', () => {
  const c = net.connect(s.address().port, '127.0.0.1', () => { c.write('GET / HTTP/1.1\r\nHo'); });
  let d = ''; c.on('data', x => d += x); c.on('close', () => { console.log('slow headers:', JSON.stringify(d)); 
    const c2 = net.connect(s.address().port, '127.0.0.1', () => { c2.write('POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nabc'); });
    let d2 = ''; c2.on('data', x => d2 += x); c2.on('close', () => { console.log('slow body:', JSON.stringify(d2.replace(/Date: [^\r]*\r\n/, ''))); s.close(); });
  });
});
