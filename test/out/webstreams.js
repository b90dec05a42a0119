const log = (...a) => console.log(...a);
async function main() {
  // backpressure: pull order
  let n = 0;
  const rs = new ReadableStream({
    start(c) { log('start', c.desiredSize); },
    pull(c) { n++; log('pull', n, c.desiredSize); c.enqueue('c' + n); if (n === 4) c.close(); },
    cancel(r) { log('cancel', r); }
  }, { highWaterMark: 2 });
  await new Promise(r => setTimeout(r, 10));
  const reader = rs.getReader();
  for (;;) { const { value, done } = await reader.read(); log('read', value, done); if (done) break; }
  log(await reader.closed);
  // tee
  const [a, b] = ReadableStream.from(['x', 'y', 'z']).tee();
  const ra = []; for await (const c of a) ra.push(c);
  const rb = []; for await (const c of b) rb.push(c);
  log('tee', ra, rb);
  // pipeTo with writable
  const chunks = [];
  const ws = new WritableStream({
    start() { log('ws start'); },
    write(c, ctrl) { chunks.push(c); log('write', c); return new Promise(r => setTimeout(r, 1)); },
    close() { log('ws close'); },
    abort(r) { log('ws abort', r); }
  }, new CountQueuingStrategy({ highWaterMark: 2 }));
  await ReadableStream.from([1, 2, 3]).pipeTo(ws);
  log('piped', chunks);
  // pipeThrough TransformStream
  const upper = new TransformStream({ transform(c, ctrl) { ctrl.enqueue(String(c).toUpperCase()); }, flush(ctrl) { ctrl.enqueue('!'); } });
  const out = [];
  for await (const c of ReadableStream.from(['a', 'b']).pipeThrough(upper)) out.push(c);
  log('through', out);
  // errors
  const bad = new ReadableStream({ start(c) { c.enqueue(1); }, pull(c) { throw new Error('pull failed'); } });
  try { for await (const c of bad) log('got', c); } catch (e) { log('caught', e.message); }
  // source error aborts dest
  const ws2 = new WritableStream({ abort(r) { log('abort2', r.message); } });
  await new ReadableStream({ start(c) { c.error(new Error('src err')); } }).pipeTo(ws2).catch(e => log('pipe rejected', e.message));
  // preventCancel in iteration
  const rs3 = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); }, cancel() { log('cancel3'); } });
  for await (const c of rs3.values({ preventCancel: true })) { log('v', c); break; }
  log('locked after break', rs3.locked);
  const rs4 = new ReadableStream({ start(c) { c.enqueue(1); }, cancel(r) { log('cancel4', r); } });
  for await (const c of rs4) { break; }
  // writer with backpressure
  const ws5 = new WritableStream({ write(c) { log('sink', c); return new Promise(r => setTimeout(r, 5)); } }, { highWaterMark: 1 });
  const w = ws5.getWriter();
  log('ds', w.desiredSize);
  w.write('a'); log('ds after a', w.desiredSize);
  w.write('b'); log('ds after b', w.desiredSize);
  await w.ready; log('ready', w.desiredSize);
  await w.close(); log('closed', ws5);
  // abort with signal
  const ac = new AbortController();
  const slow = new ReadableStream({ pull(c) { return new Promise(r => setTimeout(() => { try { c.enqueue('t'); } catch (e) {} r(); }, 5)); }, cancel(r) { log('slow cancel', r.name); } });
  const p = slow.pipeTo(new WritableStream({ abort(r) { log('dest abort', r.name); } }), { signal: ac.signal });
  setTimeout(() => ac.abort(), 12);
  await p.catch(e => log('aborted pipe', e.name, e.message, e.code));
  // TextDecoderStream
  const td = ReadableStream.from([new Uint8Array([0xe2, 0x82]), new Uint8Array([0xac, 0x41])]).pipeThrough(new TextDecoderStream());
  for await (const c of td) log('dec', c);
  // Readable.fromWeb / toWeb
  const { Readable, Writable } = require('stream');
  if (Readable.fromWeb) {
    const r = Readable.fromWeb(ReadableStream.from(['p', 'q']), { encoding: 'utf8' });
    for await (const c of r) log('fromWeb', c);
    const web = Readable.toWeb(Readable.from(['m', 'n']));
    for await (const c of web) log('toWeb', c);
  }
  // terminate
  const ts = new TransformStream({ transform(c, ctrl) { ctrl.enqueue(c); ctrl.terminate(); } });
  const tw = ts.writable.getWriter(); tw.write(1); const wp = tw.write(2).catch(e => log('after terminate', e.code, e.message));
  for await (const c of ts.readable) log('ts', c);
  await wp;
  // cancel with reason
  const rc = new ReadableStream({ cancel(r) { log('cancel reason', r); return 'ignored'; } });
  log('cancel result', await rc.cancel('why'));
}
main();
