/* util.inspect of promises: Promise { <pending> }, Promise { value }, Promise { <rejected> reason },
 * nested promises and values, extra properties, and the depth limit ([Promise]). */
var util = require('util');

var reason = new Error('nope');
reason.stack = 'Error: nope\n    at somewhere (/app/x.js:1:1)';
var rejected = Promise.reject(reason);
rejected.catch(function () {});
var rejectedPlain = Promise.reject(42);
rejectedPlain.catch(function () {});

console.log(new Promise(function () {}));
console.log(Promise.resolve(1), Promise.resolve('str'), Promise.resolve(undefined));
console.log(Promise.resolve({ a: { b: { c: 1 } } }));
console.log(Promise.resolve([1, 2, 3]), [Promise.resolve(null)]);
console.log(rejected);
console.log(rejectedPlain, { p: rejectedPlain });
console.log({ nested: rejected });
console.log(Promise.resolve(Promise.resolve(2)));
console.log({ a: { b: { c: Promise.resolve(1) } } });
console.log(util.inspect(Promise.resolve({ deep: { er: 1 } }), { depth: 0 }));
var withProps = Promise.resolve(5);
withProps.extra = 'x';
console.log(withProps);
var pending = new Promise(function () {});
pending.a = 1;
console.log(pending);
console.log(util.inspect(Promise.resolve(1), { colors: true }));
console.log(util.inspect(rejectedPlain, { colors: true }));
console.log(util.types.isPromise(Promise.resolve()), util.types.isPromise({ then: function () {} }));
var longValue = Promise.resolve({ first: 'a fairly long string value', second: 'another long string value' });
console.log(longValue);
var resolvedLater;
var later = new Promise(function (resolve) { resolvedLater = resolve; });
console.log(later);
resolvedLater('done');
setTimeout(function () { console.log(later); }, 0);
