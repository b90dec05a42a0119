// Proves: readline.emitKeypressEvents decodes a stream's input into 'keypress' (string, key)
// events (letters, shift, ctrl, return/enter/tab/backspace, arrow and function-key escape
// sequences, also split across chunks); and a terminal: true Interface edits the line from
// keys (insert, cursor motion, backspace, history with up) and writes its redraws to output.
'use strict';
const readline = require('readline');
const { PassThrough, Writable } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input);
readline.emitKeypressEvents(input);
const keys = [];
input.on('keypress', (s, k) => {
  keys.push(JSON.stringify(s) + ' ' + JSON.stringify(k));
});
input.write('aZ1 \r\n\t\x7f\x01');
input.write('\x1b[A\x1b[1;5C\x1bOP\x1b[3~\x1b[');
input.write('24~\x1bb.é');
setImmediate(() => {
  console.log(keys.join('\n'));
  terminal();
});

function terminal() {
  let out = '';
  const output = new Writable({ write(c, e, cb) { out += c; cb(); } });
  const tin = new PassThrough();
  const rl = readline.createInterface({ input: tin, output, terminal: true, prompt: '> ' });
  rl.on('line', (l) => {
    console.log('line', JSON.stringify(l), 'history', JSON.stringify(rl.history));
  });
  rl.on('history', (h) => console.log('history event', h.length));
  rl.prompt();
  tin.write('helo');
  tin.write('\x1b[D');
  tin.write('l');
  console.log('line/cursor', JSON.stringify(rl.line), rl.cursor, JSON.stringify(rl.getCursorPos()));
  tin.write('\r');
  tin.write('abc\x7f\x7fx\r');
  tin.write('\x1b[A\x1b[A');
  console.log('after up', JSON.stringify(rl.line), rl.cursor);
  tin.write('\x15new\x0bz\x05!\r');
  rl.close();
  console.log('output', JSON.stringify(out));
}
