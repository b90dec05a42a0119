// Proves: async and generator function expressions and async arrows show their kind as Node's do
// (Symbol.toStringTag, Object.prototype.toString, util.inspect), which libraries such as async
// use to decide how to call a function.
const a = async (x) => x;
const b = async function named() {};
const g = function* () { yield 1; };
const ag = async function* agen() {};
console.log(a, b, g, ag);
console.log(a[Symbol.toStringTag], Object.prototype.toString.call(b), g[Symbol.toStringTag], typeof a, a.length);
const plain = function () {};
console.log(plain[Symbol.toStringTag], Object.prototype.toString.call(plain));
// is-generator-function (used by Koa) compares prototypes with a real generator function's.
const GenProto = Object.getPrototypeOf(function* () {});
console.log(Object.getPrototypeOf(g) === GenProto, Object.getPrototypeOf(a) === Object.getPrototypeOf(b),
    Object.getPrototypeOf(GenProto) === Function.prototype, GenProto.constructor.name,
    Object.getPrototypeOf(a).constructor.name, a instanceof Function, typeof a.call);
