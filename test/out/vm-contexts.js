// vm: contexts (createContext, isContext, runInContext, runInNewContext, Script reused across
// runs), what a context sees (its object's properties, the ECMAScript built-ins, no Node
// globals), what it leaves (var, function and implicit globals copied back), runInThisContext,
// compileFunction, modern syntax inside a context, and the errors of bad code and bad
// arguments.  (Realm identity, `vm.runInNewContext('Array') === Array`, differs: docs/api.md.)
const vm = require('vm');

const ctx = { x: 2, list: [1, 2, 3] };
vm.createContext(ctx);
console.log(vm.runInContext('var y = x * 2; z = 5; function f() { return y; } f()', ctx));
console.log(ctx.y, ctx.z, typeof ctx.f, ctx.f(), vm.isContext(ctx), vm.isContext({}));
console.log(vm.runInContext('list.map((n) => n * y).join()', ctx));
console.log(vm.createContext(ctx) === ctx);

console.log(vm.runInNewContext('a + b', { a: 1, b: 2 }));
console.log(vm.runInNewContext('typeof setTimeout + " " + typeof require + " " + typeof process'));
console.log(vm.runInNewContext('JSON.stringify({ a: [1, { b: 2 }] })'));
console.log(vm.runInNewContext('[1, 2, 3].includes(2) && Object.entries({ k: 1 })'));
console.log(vm.runInNewContext('class A { #p = 1; get p() { return this.#p; } }; new A().p'));
console.log(vm.runInNewContext('this.q = 1; typeof globalThis + " " + q'));

const script = new vm.Script('count += 1; name', { filename: 'my.js' });
const c2 = vm.createContext({ count: 0, name: 'kitty' });
for (let i = 0; i < 3; i++) script.runInContext(c2);
console.log(c2.count, script.runInContext(c2), c2.count);
console.log(script.runInNewContext({ count: 10, name: 'fresh' }));

globalThis.shared = 'outer';
console.log(vm.runInThisContext('typeof require + " " + shared'));
console.log(vm.compileFunction('return a + b', ['a', 'b'])(1, 2));

const sandbox = { out: [] };
vm.runInNewContext('out.push(1); out.push(typeof out)', sandbox);
console.log(sandbox.out);

try {
    new vm.Script('var = ;', { filename: 'bad.js' });
} catch (e) {
    console.log(e.name + ': ' + e.message);
}
try {
    vm.runInNewContext('throw new TypeError("inside")');
} catch (e) {
    console.log(e.name + ': ' + e.message);
}
try {
    vm.runInNewContext('nope + 1');
} catch (e) {
    console.log(e.name + ': ' + e.message);
}
try {
    vm.runInContext('1', {});
} catch (e) {
    console.log(e.code);
}
try {
    vm.createContext('str');
} catch (e) {
    console.log(e.code);
}
