// Proves: readline's cursor helpers write Node's exact ANSI sequences (cursorTo, moveCursor,
// clearLine in all three directions, clearScreenDown), return write's result, call the
// callback (also with no stream), reject bad arguments with Node's errors; and
// readline/promises Readline queues actions until commit() (rollback, autoCommit).
'use strict';
const readline = require('readline');
const { Readline } = require('readline/promises');
const { Writable } = require('stream');

const chunks = [];
const out = new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } });
function show(label, ret) {
  console.log(label, ret, JSON.stringify(chunks.splice(0)));
}
show('cursorTo x', readline.cursorTo(out, 5));
show('cursorTo x,y', readline.cursorTo(out, 0, 3));
show('cursorTo none', readline.cursorTo(out));
show('cursorTo y only str', readline.cursorTo(out, 'a', 'b'));
show('moveCursor +', readline.moveCursor(out, 2, 3));
show('moveCursor -', readline.moveCursor(out, -4, -1));
show('moveCursor 0', readline.moveCursor(out, 0, 0));
show('moveCursor dx', readline.moveCursor(out, 7));
show('clearLine -1', readline.clearLine(out, -1));
show('clearLine 1', readline.clearLine(out, 1));
show('clearLine 0', readline.clearLine(out, 0));
show('clearLine undefined', readline.clearLine(out));
show('clearScreenDown', readline.clearScreenDown(out));
show('null stream', readline.clearLine(null, 0));

for (const f of [
  () => readline.cursorTo(out, NaN),
  () => readline.cursorTo(out, 1, NaN),
  () => readline.cursorTo(out, undefined, 2),
  () => readline.moveCursor(out, 1, 1, 'cb'),
  () => readline.clearLine(out, 0, 5),
  () => readline.clearScreenDown(out, {}),
  () => new Readline({}),
  () => new Readline(out).clearLine(2),
  () => new Readline(out).cursorTo('1'),
  () => new Readline(out, { autoCommit: 1 }),
]) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.code, e.message); }
}

const order = [];
readline.cursorTo(out, 1, () => order.push('cursorTo cb'));
readline.moveCursor(null, 1, 1, () => order.push('null stream cb'));
readline.clearScreenDown(out, () => order.push('clearScreenDown cb'));
readline.clearLine(undefined, 1, () => order.push('no stream cb'));
setTimeout(async () => {
  console.log('callbacks', order.sort());
  chunks.splice(0);
  const r = new Readline(out);
  console.log(r.cursorTo(2).moveCursor(1, -1).clearLine(0) === r);
  r.clearScreenDown().cursorTo(3, 4).moveCursor(0, 0);
  console.log('before commit', JSON.stringify(chunks));
  await r.commit();
  console.log('committed', JSON.stringify(chunks.splice(0)));
  r.clearLine(-1).rollback();
  await r.commit();
  console.log('after rollback', JSON.stringify(chunks.splice(0)));
  const a = new Readline(out, { autoCommit: true });
  a.clearLine(1).moveCursor(-2, 2);
  console.log('autoCommit sync', JSON.stringify(chunks));
  process.nextTick(() => console.log('autoCommit tick', JSON.stringify(chunks.splice(0))));
}, 5);
