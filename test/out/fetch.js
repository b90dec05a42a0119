// fetch over real sockets: a server in the same script answers every case.
const http = require('http');
const zlib = require('zlib');

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/json') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ hello: 'world', n: 1 }));
  } else if (url.pathname === '/echo') {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      res.setHeader('x-method', req.method);
      res.setHeader('x-content-type', String(req.headers['content-type']));
      res.setHeader('x-length', String(req.headers['content-length']));
      res.setHeader('x-te', String(req.headers['transfer-encoding']));
      res.end(Buffer.concat(chunks));
    });
  } else if (url.pathname === '/headers') {
    const seen = [];
    for (let i = 0; i < req.rawHeaders.length; i += 2) {
      if (req.rawHeaders[i].toLowerCase() !== 'host') seen.push(req.rawHeaders[i] + ': ' + req.rawHeaders[i + 1]);
    }
    res.setHeader('Set-Cookie', ['a=1', 'b=2']);
    res.setHeader('X-Multi', 'one');
    res.end(seen.join('\n'));
  } else if (url.pathname.startsWith('/redirect/')) {
    const code = Number(url.pathname.split('/')[2]);
    res.writeHead(code, { location: '/echo' });
    res.end('moved');
  } else if (url.pathname === '/loop') {
    res.writeHead(302, { location: '/loop' });
    res.end();
  } else if (url.pathname === '/missing') {
    res.writeHead(404, 'Nope', { 'content-type': 'text/plain' });
    res.end('not here');
  } else if (url.pathname === '/slow') {
    res.writeHead(200);
    res.write('first');
    setTimeout(() => res.end('never'), 2000).unref();
  } else if (url.pathname === '/hang') {
    // never answers
  } else if (url.pathname === '/stream') {
    res.writeHead(200, { 'content-type': 'text/plain' });
    let i = 0;
    const tick = () => {
      if (i === 3) return res.end();
      res.write('part' + i++);
      setTimeout(tick, 20);
    };
    tick();
  } else if (url.pathname === '/gzip') {
    res.writeHead(200, { 'content-encoding': 'gzip' });
    res.end(zlib.gzipSync('compressed text'));
  } else {
    res.end('?');
  }
});

async function main(base) {
  let r = await fetch(base + '/json');
  console.log(r.status, r.statusText, r.ok, r.type, r.redirected, r.url === base + '/json');
  console.log(r.headers.get('content-type'), r.bodyUsed);
  console.log(await r.json(), r.bodyUsed);
  await r.text().catch((e) => console.log('reuse:', e.message));

  r = await fetch(base + '/echo', { method: 'POST', body: 'hello body' });
  console.log(r.headers.get('x-method'), r.headers.get('x-content-type'), r.headers.get('x-length'), await r.text());
  r = await fetch(base + '/echo', { method: 'PUT', body: new URLSearchParams({ a: '1', b: 'two' }) });
  console.log(r.headers.get('x-content-type'), await r.text());
  r = await fetch(base + '/echo', { method: 'POST', body: new Uint8Array([104, 105]) });
  console.log(r.headers.get('x-content-type'), await r.text());
  r = await fetch(base + '/echo', { method: 'POST', body: new Blob(['blob!'], { type: 'text/x-blob' }) });
  console.log(r.headers.get('x-content-type'), await r.text());
  const source = new ReadableStream({
    start(c) { c.enqueue(new TextEncoder().encode('streamed ')); c.enqueue(new TextEncoder().encode('body')); c.close(); }
  });
  r = await fetch(base + '/echo', { method: 'POST', body: source, duplex: 'half' });
  console.log(r.headers.get('x-te'), r.headers.get('x-length'), await r.text());

  r = await fetch(base + '/headers', { headers: { 'X-Custom': 'yes', Accept: 'text/plain' } });
  console.log(await r.text());
  console.log(r.headers.getSetCookie(), r.headers.get('set-cookie'), r.headers.get('x-multi'));
  try { r.headers.set('x', 'y'); } catch (e) { console.log('immutable:', e.message); }

  for (const code of [301, 302, 303, 307, 308]) {
    r = await fetch(base + '/redirect/' + code, { method: 'POST', body: 'payload' });
    console.log(code, r.status, r.redirected, r.url.endsWith('/echo'), r.headers.get('x-method'), JSON.stringify(await r.text()));
  }
  r = await fetch(base + '/redirect/301', { redirect: 'manual' });
  console.log('manual', r.status, r.redirected, r.headers.get('location'), await r.text());
  await fetch(base + '/redirect/301', { redirect: 'error' }).catch((e) => console.log('error mode:', e.message, e.cause.message));
  await fetch(base + '/loop').catch((e) => console.log('loop:', e.message, e.cause.message));

  r = await fetch(base + '/missing');
  console.log(r.status, r.statusText, r.ok, await r.text());

  r = await fetch(base + '/stream');
  const reader = r.body.getReader();
  const decoder = new TextDecoder();
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    console.log('chunk', value.constructor.name, decoder.decode(value));
  }

  r = await fetch(base + '/gzip');
  console.log(r.headers.get('content-encoding'), await r.text());

  const ac = new AbortController();
  setTimeout(() => ac.abort(), 50);
  await fetch(base + '/hang', { signal: ac.signal }).catch((e) => console.log('abort:', e.name, e.message, e.code, e instanceof DOMException));
  const ac2 = new AbortController();
  r = await fetch(base + '/slow', { signal: ac2.signal });
  const slowReader = r.body.getReader();
  console.log('slow first', decoder.decode((await slowReader.read()).value));
  ac2.abort();
  await slowReader.read().catch((e) => console.log('body abort:', e.name, e.message));
  await fetch(base + '/json', { signal: AbortSignal.abort(new Error('custom reason')) }).catch((e) => console.log('reason:', e.message));

  const [head] = await Promise.all([fetch(base + '/json', { method: 'HEAD' })]);
  console.log('head', head.status, head.body, await head.text());

  const cloned = (await fetch(base + '/json')).clone();
  console.log('clone', await cloned.text());
  const req = new Request(base + '/echo', { method: 'POST', body: 'from request' });
  r = await fetch(req);
  console.log('request object', await r.text());
}

server.listen(0, '127.0.0.1', async () => {
  const base = 'http://127.0.0.1:' + server.address().port;
  try {
    await main(base);
  } finally {
    server.closeAllConnections();
    server.close();
  }
  // A port nobody listens on: a second server's, once it is closed.
  const other = http.createServer().listen(0, '127.0.0.1', () => {
    const port = other.address().port;
    other.close(async () => {
      await fetch('http://127.0.0.1:' + port + '/').catch((e) => console.log('refused:', e.message, e.cause.code, e.cause.syscall));
      await fetch('http://127.0.0.1:1/').catch((e) => console.log('bad port:', e.message, e.cause.message));
    });
  });
});
