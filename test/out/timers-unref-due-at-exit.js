// An unref'd timer already due when the script ends does not fire: with nothing ref'd the loop
// ends before its timers phase, as libuv's does (AbortSignal.timeout's timer is unref'd too).
setTimeout(() => console.log('unref timer fired'), 1).unref();
const s = AbortSignal.timeout(1);
s.onabort = () => console.log('timeout signal aborted');
const t = Date.now();
while (Date.now() - t < 5);
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', () => console.log('exit, aborted:', s.aborted));
console.log('end of script');
