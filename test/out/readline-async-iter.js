// Proves: `for await (const line of rl)` yields every line (queued while the loop body awaits),
// ends at 'close', and breaking out closes the interface; readline/promises question() returns
// a Promise of the answer, rejects with AbortError on an aborted signal; events order at close.
'use strict';
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { Readable, PassThrough, Writable } = require('stream');

async function main() {
  const rl = readline.createInterface({ input: Readable.from(['a\nb', '\nc\r\nd']), crlfDelay: Infinity });
  rl.on('close', () => console.log('event close'));
  const seen = [];
  for await (const line of rl) {
    seen.push(line);
    await new Promise((r) => setImmediate(r));
  }
  console.log('all', seen);

  const rl2 = readline.createInterface({ input: Readable.from(['1\n2\n3\n4\n']) });
  rl2.on('close', () => console.log('rl2 close'));
  for await (const line of rl2) {
    console.log('got', line);
    if (line === '2') break;
  }
  console.log('after break, closed:', rl2.closed);

  let out = '';
  const output = new Writable({ write(c, e, cb) { out += c; cb(); } });
  const input = new PassThrough();
  const rlp = readlinePromises.createInterface({ input, output });
  console.log('promises Interface', rlp instanceof readlinePromises.Interface,
    rlp instanceof readline.Interface);
  const p = rlp.question('Q1? ');
  input.write('first answer\n');
  console.log('answer', await p);

  const ac = new AbortController();
  const p2 = rlp.question('Q2? ', { signal: ac.signal });
  ac.abort();
  try {
    await p2;
  } catch (e) {
    console.log('rejected', e.name, e.code, e.message);
  }
  const ac2 = new AbortController();
  ac2.abort();
  await rlp.question('never', { signal: ac2.signal }).catch((e) => console.log('pre-aborted', e.name));
  const p3 = rlp.question('Q3? ');
  input.end('last\n');
  console.log('answer', await p3);
  console.log('output', JSON.stringify(out));
  rlp.close();
}
main();
