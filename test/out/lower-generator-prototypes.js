// Lowered generator and async generator functions have V8's prototype chain:
// GeneratorFunction.prototype.prototype is %GeneratorPrototype% (under %IteratorPrototype%),
// AsyncGeneratorFunction.prototype.prototype %AsyncGeneratorPrototype% (under
// %AsyncIteratorPrototype%), as @sec-ant/readable-stream (got 14) reads them.
'use strict';
const AsyncIteratorPrototype = Object.getPrototypeOf(
    Object.getPrototypeOf(async function* () {}).prototype);
console.log(typeof AsyncIteratorPrototype[Symbol.asyncIterator]);
const it = Object.create(AsyncIteratorPrototype);
console.log(it[Symbol.asyncIterator]() === it);
const AsyncGeneratorPrototype = Object.getPrototypeOf(async function* () {}).prototype;
console.log(Object.prototype.toString.call(AsyncGeneratorPrototype));
console.log(typeof AsyncGeneratorPrototype.next, typeof AsyncGeneratorPrototype.return);
console.log(AsyncGeneratorPrototype.constructor === Object.getPrototypeOf(async function* () {}));

const GeneratorPrototype = Object.getPrototypeOf(function* () {}).prototype;
const IteratorPrototype = Object.getPrototypeOf(GeneratorPrototype);
console.log(Object.prototype.toString.call(GeneratorPrototype), typeof GeneratorPrototype.next);
console.log(Object.getPrototypeOf(IteratorPrototype) === Object.prototype);

const g = (function* () { yield 1; })();
console.log(g instanceof Object, g[Symbol.iterator]() === g, JSON.stringify([...g]));
const ag = (async function* () { yield 2; })();
console.log(ag[Symbol.asyncIterator]() === ag, Object.prototype.toString.call(ag));
(async () => {
    for await (const v of ag) {
        console.log('for await', v);
    }
})();
