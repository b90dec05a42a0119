# --expose-gc defines gc() (a full collection) as in node; without the flag there is none.
$NODE --expose-gc -e "
const d = Object.getOwnPropertyDescriptor(globalThis, 'gc');
console.log(typeof gc, gc.name, gc.length, d.writable, d.enumerable, d.configurable);
let a = []; for (let i = 0; i < 1000; i++) a.push({ i });
a = null;
console.log(gc());
"
$NODE -e "console.log(typeof gc, typeof globalThis.gc)"
