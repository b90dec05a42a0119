// Headers, Request, Response and FormData without the network.
const show = (l) => (e) => console.log(l, e.name, e.code, e.message, e.cause && [e.cause.name, e.cause.code, e.cause.message]);
const h = new Headers({ B: '2', a: '1' }); h.append('a', '3'); h.append('Set-Cookie', 'x=1'); h.append('set-cookie', 'y=2');
console.log(h, [...h], h.get('A'), h.getSetCookie(), h.has('b'), h.get('zz'));
console.log([...h.keys()], [...h.values()], new Headers([['k', ' v '], ['k', 'w']]).get('k'), new Headers(h).get('b'));
h.set('a', 'only'); h.delete('b'); console.log(h);
const seen = []; h.forEach((v, k) => seen.push(k + '=' + v)); console.log(seen);
try { h.append('bad name', 'x') } catch (e) { show('hname')(e) }
try { h.append('a', 'x\ny') } catch (e) { show('hval')(e) }
try { new Headers(5) } catch (e) { show('hinit')(e) }
const r = new Response('hi', { status: 201, headers: { 'X-A': 'b' } });
console.log(r.status, r.statusText, r.ok, r.type, r.url, r.redirected, r.bodyUsed, r.headers);
console.log(r.headers.get('content-type'), new Response(new URLSearchParams('a=1')).headers.get('content-type'), new Response(new Blob(['x'], {type: 'a/b'})).headers.get('content-type'));
try { new Response('x', { status: 99 }) } catch (e) { show('status')(e) }
try { new Response('x', { status: 204 }) } catch (e) { show('nullbody')(e) }
const req = new Request('http://example.com/a?b', { method: 'post', body: 'x', headers: { a: 'b' } });
console.log(req.method, req.url, req.redirect, req.headers.get('content-type'), req.signal.aborted, req.duplex, req.mode, req.cache);
console.log(new Request('http://a/', { method: 'delete' }).method, new Request(req).method, new Request('http://a/b').url);
try { new Request('/x') } catch (e) { show('relurl')(e) }
try { new Request('http://a/', { method: 'GET', body: 'x' }) } catch (e) { show('getbody')(e) }
try { new Request('http://a/', { method: 'POST', body: new ReadableStream() }) } catch (e) { show('duplex')(e) }
try { new Request('http://a/', { method: 'bad method' }) } catch (e) { show('method')(e) }
try { new Request('http://a/', { method: 'CONNECT' }) } catch (e) { show('connect')(e) }
const rj = Response.json({ a: 1 }, { status: 202 }); console.log(rj.status, rj.headers.get('content-type'));
console.log(Response.error().type, Response.error().status, Response.redirect('http://x/y', 301).headers.get('location'));
try { Response.redirect('http://x/', 200) } catch (e) { show('redir')(e) }
const fd = new FormData(); fd.append('a', '1'); fd.append('a', '2'); fd.set('b', 'x'); fd.append('f', new Blob(['data']), 'f.txt');
console.log(fd.get('a'), fd.getAll('a'), fd.has('b'), fd.get('f').name, [...fd.keys()]);
(async () => {
  console.log(await rj.text(), rj.bodyUsed);
  await rj.text().catch(show('used'));
  await fetch('file:///etc/passwd').catch(show('file'));
  await fetch('/rel').catch(show('rel'));
  const ac = new AbortController(); ac.abort();
  await fetch('http://127.0.0.1:1/', { signal: ac.signal }).catch(show('abort'));
  const c = new Response('abc'); const c2 = c.clone(); console.log('clone', await c.text(), await c2.text());
  console.log('null body', JSON.stringify(await new Response(null).text()), new Response(null).body);
  console.log(await new Response('{"x":1}').json());
  console.log(await new Response('abc').arrayBuffer());
  console.log(await new Response('abc').blob());
  console.log(await new Request('http://a/', { method: 'POST', body: 'req' }).text());
  const form = await new Response(new URLSearchParams('p=1&q=2')).formData();
  console.log(form.get('p'), form.get('q'));
  const mp = await new Response(fd).text();
  console.log(mp.includes('Content-Disposition: form-data; name="f"; filename="f.txt"'), mp.includes('\r\n\r\ndata\r\n'));
  const body = new Response('streamed').body; const reader = body.getReader();
  console.log(await reader.read(), await reader.read());
  console.log(typeof fetch, Object.getOwnPropertyDescriptor(globalThis, 'fetch').enumerable, Object.getOwnPropertyDescriptor(globalThis, 'Headers').enumerable);
})();
