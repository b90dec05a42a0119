const { Blob, File } = require("buffer");
console.log(Blob === globalThis.Blob, File === globalThis.File);
const b = new Blob(['abc', new Uint8Array([100, 101]), new ArrayBuffer(2), new Blob(['xy'])], { type: 'Text/Plain' });
console.log(b, b.size, b.type, String(b), Object.prototype.toString.call(b));
console.log(new Blob(['a'], { type: 'tëxt' }).type, JSON.stringify(new Blob([], {type: 'a\x01'}).type));
const f = new File(['hello'], 'a.txt', { type: 'text/plain', lastModified: 42 });
console.log(f, f.name, f.lastModified, f instanceof Blob);
console.log(b.slice(1, -1, 'X'), b.slice(-3));
try { new Blob('abc'); } catch (e) { console.log(e.code, e.message); }
try { new Blob([], { endings: 'x' }); } catch (e) { console.log(e.code, e.message); }
try { new File(['a']); } catch (e) { console.log(e.name, e.code, e.message); }


console.log(Object.keys(Blob.prototype), Object.getOwnPropertyNames(Blob.prototype));
console.log(Object.getOwnPropertyNames(File.prototype));
const s = b.stream(); console.log(s.locked);
console.log(new Blob(['\ud800']).size);
console.log(Blob.name, Blob.length, File.length, typeof b.bytes);
try { Blob.prototype.stream.call({}); } catch (e) { console.log('sync st', e.code); }
try { Blob.prototype.slice.call({}); } catch (e) { console.log('sync sl', e.code); }
try { new Blob([], 5); } catch (e) { console.log(e.code, e.message); }
try { new Blob(null); } catch (e) { console.log(e.code, e.message); }
try { Blob(); } catch (e) { console.log(e.name, e.message); }
console.log(new Blob(['a\r\nb\rc'], { endings: 'native' }).size, new Blob(['a\r\nb'], { endings: 'transparent' }).size);
console.log(new File([], 'x').lastModified > 0, new File([], 5).name, typeof new File([], 'x', {lastModified: '7'}).lastModified);
console.log(require('util').inspect(new Blob(['abc']), { depth: -1 }), [new Blob([])], {a: {b: {c: new Blob([])}}});
const b6 = new Blob(["abcdef"]); console.log(b6.slice(2).size, b6.slice(-2, -5).size, b6.slice(1, 100).size, b6.slice("1", "3").size);

(async () => {
  console.log(await new Blob([1, null, {}]).text());
  console.log(await b.arrayBuffer());
  console.log(await b.slice(0, 3).text());
  for await (const c of s) console.log(c);
  console.log(await require('stream/consumers').blob(require('stream').Readable.from(['ab', 'cd'])));
  await Blob.prototype.arrayBuffer.call({}).catch(e => console.log('rej ab', e.code));
  await Blob.prototype.text.call({}).catch(e => console.log('rej text', e.code));
  console.log(JSON.stringify(await new Blob(['\ufeffhi']).text()));
  console.log(await new File(['x'], 'f').text(), await new Blob([new Uint16Array([0x6261])]).text());
  console.log(Object.prototype.toString.call(new File([], 'a')), new File([], 'a') instanceof File);
})();
