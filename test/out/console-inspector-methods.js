// console.clear() does nothing when stdout is no terminal; the global console has V8's inspector
// methods (profile, profileEnd, timeStamp, context, createTask), which do nothing without a
// front end, as Node's.
console.log('before clear');
console.clear();
console.log('after clear');
const { Console } = require('console');
const own = new Console(process.stdout);
own.clear();
console.log(typeof own.clear, typeof own.profile, typeof own.context);
console.log(console.profile('p'), console.profileEnd('p'), console.timeStamp('t'));
console.log(console.profile.name, console.clear.name, console.createTask.name, console.log.name, own.warn.name);
const ctx = console.context('named');
console.log(typeof ctx.log, ctx.log('not printed'));
const task = console.createTask('task');
console.log(Object.keys(task), task.run(() => 'ran'));
try {
    console.createTask();
} catch (e) {
    console.log(e.name, e.message);
}
