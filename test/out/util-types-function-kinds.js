// Async and generator functions of every form (declarations, expressions, arrows, class and
// object methods) are what util.types and util.inspect say they are, and the generator
// prototype chains are right whichever kind a program makes first: here an async generator
// function comes before any plain generator exists.
const agf = async function* () { yield 1; };
const AsyncGeneratorFunction = Object.getPrototypeOf(agf);
console.log(AsyncGeneratorFunction[Symbol.toStringTag], AsyncGeneratorFunction.constructor.name);
const AsyncGeneratorPrototype = AsyncGeneratorFunction.prototype;
console.log(AsyncGeneratorPrototype[Symbol.toStringTag], typeof Object.getPrototypeOf(AsyncGeneratorPrototype)[Symbol.asyncIterator]);
const it = agf();
console.log(it instanceof Object, Object.prototype.toString.call(it), typeof it[Symbol.asyncIterator]);
const g = function* () { yield 2; };
const GeneratorFunction = Object.getPrototypeOf(g);
console.log(GeneratorFunction[Symbol.toStringTag], GeneratorFunction.prototype[Symbol.toStringTag]);
const gi = g();
console.log(gi[Symbol.iterator]() === gi, [...g()], Object.prototype.toString.call(gi));
console.log(require('util').types.isGeneratorObject(gi), require('util').types.isGeneratorFunction(g), require('util').inspect(g));
it.next().then((r) => console.log('async', r));
const { types } = require('util');
async function a() {} const b = async () => {}; const c = async function* () {}; function* d() {} const e = function* () {};
class K { async m() {} *n() {} static async s() {} async *ag() {} }
const o = { async m() {}, *n() {}, async *ag() {}, f() {} };
const all = [a, b, c, d, e, K.prototype.m, K.prototype.n, K.s, K.prototype.ag, o.m, o.n, o.ag, o.f, function () {}];
console.log(all.map((f) => [types.isAsyncFunction(f), types.isGeneratorFunction(f)].join('/')).join(' '));
console.log(all.map((f) => require('util').inspect(f)).join(' '));
function outer() {
    return inner();
    async function inner() { return 'hoisted'; }
}
outer().then((v) => console.log(v, types.isAsyncFunction(outer), Object.getPrototypeOf(a) === Object.getPrototypeOf(b)));
