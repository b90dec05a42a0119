// Proves: readline.createInterface splits any readable stream into 'line' events on \n, \r\n
// and a lone \r (also when a line, a \r\n pair or a UTF-8 character is split across chunks),
// emits the unterminated last line at end, then 'pause' and 'close'; plus the option checks.
'use strict';
const readline = require('readline');
const { Readable } = require('stream');

function collect(name, chunks, opts, done) {
  const rl = readline.createInterface(Object.assign({ input: Readable.from(chunks) }, opts));
  const ev = [];
  rl.on('line', (l) => ev.push(JSON.stringify(l)));
  rl.on('pause', () => ev.push('pause'));
  rl.on('close', () => {
    ev.push('close');
    console.log(name + ': ' + ev.join(' '));
    done();
  });
}

const cases = [
  ['split', ['hel', 'lo\nwor', 'ld\n', 'last']],
  ['crlf', ['a\r\nb\r\n', 'c\r', '\nd\r\n']],
  ['cr', ['x\ry\rz\r']],
  ['empty', ['\n\n', '\r\n', 'q\n\n']],
  ['none', []],
  ['nonl', ['only']],
  ['utf8', [Buffer.from([0x68, 0xc3]), Buffer.from([0xa9, 0x0a, 0xe2, 0x82]), Buffer.from([0xac, 0x0a])]],
  ['mixed', ['one\ntwo\r\nthree\rfour']],
];
let i = 0;
function next() {
  if (i >= cases.length) return after();
  const c = cases[i++];
  collect(c[0], c[1], {}, next);
}
next();

function after() {
  const rl = readline.createInterface({ input: Readable.from([]), crlfDelay: 50 });
  console.log('crlfDelay min', rl.crlfDelay);
  const rl2 = readline.createInterface({ input: Readable.from([]), crlfDelay: Infinity });
  console.log('crlfDelay inf', rl2.crlfDelay);
  console.log('terminal', rl.terminal, 'line', JSON.stringify(rl.line), 'historySize', rl.historySize);
  console.log('prompt', JSON.stringify(rl.getPrompt()));
  for (const bad of [{ historySize: -1 }, { historySize: 'x' }, { completer: 5 }, { history: 'x' },
    { escapeCodeTimeout: NaN }, { tabSize: 0 }]) {
    try {
      readline.createInterface(Object.assign({ input: Readable.from([]) }, bad));
      console.log('no throw', bad);
    } catch (e) {
      console.log(e.code, e.message);
    }
  }
  console.log(typeof readline.Interface, readline.Interface === readline.promises.Interface);
  const legacy = readline.Interface({ input: Readable.from(['x\n']) });
  console.log('callable without new', legacy instanceof readline.Interface);
  legacy.on('line', (l) => console.log('legacy line', l));
}
