// Proves: a terminal: true Interface driven by rl.write(data, key): Ctrl+A/E, word motion,
// Ctrl+W/U/K and yank, undo, tab completion (a one-argument completer, a callback completer,
// and the list shown on a second tab), the 'history' option and historySize, 'SIGINT' on
// Ctrl+C when listened to, close on Ctrl+D; and the exact bytes written to output.
'use strict';
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

function make(opts) {
  const rec = { out: '' };
  const output = new Writable({ write(c, e, cb) { rec.out += c; cb(); } });
  output.columns = 40;
  const rl = readline.createInterface(Object.assign({ input: new PassThrough(), output, terminal: true }, opts));
  rec.rl = rl;
  rl.on('line', (l) => console.log('line', JSON.stringify(l)));
  return rec;
}
function flush(rec, label) {
  console.log(label, JSON.stringify(rec.rl.line), rec.rl.cursor, JSON.stringify(rec.out));
  rec.out = '';
}

const a = make({ prompt: '$ ' });
a.rl.write('hello big world');
flush(a, 'typed');
a.rl.write(null, { ctrl: true, name: 'a' });
a.rl.write(null, { meta: true, name: 'f' });
flush(a, 'word right');
a.rl.write(null, { ctrl: true, name: 'e' });
a.rl.write(null, { ctrl: true, name: 'w' });
flush(a, 'ctrl-w');
a.rl.write(null, { ctrl: true, name: 'left' });
a.rl.write(null, { ctrl: true, name: 'k' });
flush(a, 'ctrl-k');
a.rl.write(null, { ctrl: true, name: 'y' });
flush(a, 'yank');
a.rl.write(null, { sequence: '\x1f' });
flush(a, 'undo');
a.rl.write(null, { ctrl: true, name: 'u' });
flush(a, 'ctrl-u');
a.rl.write('\n');
flush(a, 'enter');

const words = ['apple', 'apricot', 'banana'];
const b = make({
  completer: (line) => [words.filter((w) => w.startsWith(line)), line],
  history: ['old2', 'old1'],
  historySize: 2,
});
b.rl.write('b');
b.rl.write(null, { name: 'tab' });
flush(b, 'tab one');
b.rl.write(null, { ctrl: true, name: 'u' });
b.rl.write('a');
b.rl.write(null, { name: 'tab' });
flush(b, 'tab prefix');
b.rl.write(null, { name: 'tab' });
flush(b, 'tab list');
b.rl.write('\r');
console.log('history', b.rl.history);
b.rl.write(null, { name: 'up' });
b.rl.write(null, { name: 'up' });
flush(b, 'history up');

const c = make({
  completer: (line, cb) => setImmediate(cb, null, [['callback-done'], line]),
});
c.rl.write('x');
c.rl.write(null, { name: 'tab' });
setImmediate(() => {
  setImmediate(() => {
    flush(c, 'callback completer');
    c.rl.on('SIGINT', () => console.log('SIGINT'));
    c.rl.write(null, { ctrl: true, name: 'c' });
    c.rl.on('close', () => console.log('close on ctrl-d'));
    c.rl.write(null, { ctrl: true, name: 'u' });
    c.rl.write(null, { ctrl: true, name: 'd' });
    a.rl.close();
    b.rl.close();
  });
});
