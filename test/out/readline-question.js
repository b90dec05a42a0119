// Proves: rl.question writes the query to output and hands the next line to its callback (and
// restores the prompt), prompt()/setPrompt()/getPrompt(), rl.write() feeding input, 'pause' and
// 'resume' events, close() emitting 'pause' then 'close' once, question after close throwing
// ERR_USE_AFTER_CLOSE, and util.promisify(rl.question); input a PassThrough, output collected.
'use strict';
const readline = require('readline');
const util = require('util');
const { PassThrough, Writable } = require('stream');

let written = '';
const output = new Writable({
  write(chunk, enc, cb) { written += chunk.toString(); cb(); },
});
const input = new PassThrough();
const rl = readline.createInterface({ input, output, prompt: 'P> ' });
const ev = [];
rl.on('pause', () => ev.push('pause'));
rl.on('resume', () => ev.push('resume'));
rl.on('line', (l) => ev.push('line:' + l));
rl.on('close', () => ev.push('close'));

console.log('terminal', rl.terminal, 'prompt', rl.getPrompt());
rl.question('Name? ', (answer) => {
  console.log('answer', JSON.stringify(answer), 'prompt now', rl.getPrompt());
  rl.setPrompt('$ ');
  rl.prompt();
  input.write('plain line\nsecond');
  setImmediate(step2);
});
input.write('Ada\n');

function step2() {
  rl.pause();
  rl.pause();
  rl.resume();
  rl.write('typed\n');
  rl.write(Buffer.from('buf\n'));
  console.log('line prop', JSON.stringify(rl.line));
  const q = util.promisify(rl.question).bind(rl);
  q('Again? ').then((a) => {
    console.log('promisified', a);
    input.end(' part\n');
    rl.close();
    rl.close();
    try {
      rl.question('late', () => {});
    } catch (e) {
      console.log(e.code, e.message);
    }
    console.log('closed', rl.closed);
    console.log(ev.join(' | '));
    console.log('written', JSON.stringify(written));
  });
  input.write('yes\n');
}
