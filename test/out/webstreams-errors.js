const show = (label) => (e) => console.log(label, e.name, e.code, e.message);
const rs = new ReadableStream({ start(c) { c.enqueue(1); c.close(); try { c.enqueue(2) } catch (e) { show('enq')(e) } try { c.close() } catch (e) { show('close2')(e) } } });
const r = rs.getReader();
try { rs.getReader() } catch (e) { show('locked')(e) }
rs.cancel().catch(show('cancel-locked'));
r.releaseLock();
r.read().catch(show('read-released'));
r.closed.catch(show('closed-released'));
const rs2 = new ReadableStream({ pull() {} });
const r2 = rs2.getReader(); const p = r2.read(); r2.releaseLock(); p.catch(show('pending-read'));
const ws = new WritableStream({});
const w = ws.getWriter();
try { ws.getWriter() } catch (e) { show('wlocked')(e) }
w.close(); w.write(1).catch(show('write-closed')); w.close().catch(show('close-closed'));
const ws2 = new WritableStream({}); const w2 = ws2.getWriter(); w2.releaseLock(); w2.write(1).catch(show('write-released'));
try { new ReadableStream({ type: 'foo' }) } catch (e) { show('type')(e) }
try { new ReadableStream({}, { highWaterMark: -1 }) } catch (e) { show('hwm')(e) }
try { new ReadableStream(5) } catch (e) { show('src')(e) }
try { new ReadableStream({ start: 5 }) } catch (e) { show('start')(e) }
try { rs.tee.call({}) } catch (e) { show('this')(e) }
try { ReadableStream.prototype.locked } catch (e) { show('getter')(e) }
try { new ReadableStreamDefaultReader(rs2) } catch (e) { show('reader-locked')(e) }
try { new ReadableStreamDefaultController() } catch (e) { show('ctrl')(e) }
const s3 = new ReadableStream({ start(c) { c.error(new Error('boom')) } });
s3.getReader().read().catch(show('errored'));
console.log(rs, rs2, ws, new TransformStream(), rs2.getReader ? 'x' : '', new CountQueuingStrategy({highWaterMark: 3}), new ByteLengthQueuingStrategy({highWaterMark: 3}));
console.log(r2, w, new TextEncoderStream(), new TextDecoderStream());
console.log(Object.keys(require('stream/web')));
for (const n of ['ReadableStream', 'WritableStream', 'TransformStream', 'TextEncoderStream', 'CountQueuingStrategy', 'ReadableStreamDefaultReader']) {
  const d = Object.getOwnPropertyDescriptor(globalThis, n);
  console.log(n, d.enumerable, require('stream/web')[n] === globalThis[n]);
}
