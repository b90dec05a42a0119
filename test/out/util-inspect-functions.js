/* util.inspect of functions: [Function: name], [Function (anonymous)], functions carrying
 * properties, a changed name, a null prototype, functions nested in objects and arrays. */
var util = require('util');

function named() {}
console.log(named, [named], { f: named });
console.log(util.inspect(named));
console.log([function () {}], { f: [function () {}] });
console.log(function () {});
function withProps() {}
withProps.a = 1;
withProps.b = { c: [1, 2] };
console.log(withProps);
console.log({ nested: withProps });
function renamed() {}
Object.defineProperty(renamed, 'name', { value: 'otherName' });
console.log(renamed);
function emptyName() {}
Object.defineProperty(emptyName, 'name', { value: '' });
console.log(emptyName);
function nullProtoFn() {}
Object.setPrototypeOf(nullProtoFn, null);
console.log(nullProtoFn);
function tagged() {}
tagged[Symbol.toStringTag] = 'Tag';
console.log(tagged);
function hiddenTag() {}
Object.defineProperty(hiddenTag, Symbol.toStringTag, { value: 'Hid' });
console.log(hiddenTag);
function deep() {}
deep.x = { y: { z: { w: 1 } } };
console.log(deep);
var bound = named.bind(null);
console.log(util.inspect(bound) === '[Function: bound named]');
console.log(Object, Array, Function, Date, RegExp, String, Number);
console.log(Math.max, JSON.stringify, [Object.keys]);
var fnArr = [];
for (var i = 0; i < 8; i++) fnArr.push(named);
console.log(fnArr);
function Ctor() {}
Ctor.staticProp = 'x';
console.log(Ctor, new Ctor());
var self = function me() {};
self.me = self;
console.log(self);
