/* util.inspect of arrays: holes (<N empty items>), maxArrayLength and "... N more items", extra
 * properties, and Node's grouping of more than 6 short entries into aligned columns (numbers
 * right-aligned, other entries left-aligned). */
var util = require('util');

function range(n, f) {
    var a = [];
    for (var i = 0; i < n; i++) a.push(f ? f(i) : i + 1);
    return a;
}

console.log([]);
console.log([1, 2, 3]);
console.log(range(6));
console.log(range(7));
console.log(range(26));
console.log(range(30));
console.log(range(100));
console.log(range(101));
console.log(range(250));
console.log(range(1000, function (i) { return i * i; }));
console.log(range(30, function (i) { return -i; }));
console.log(range(30, function (i) { return i / 7; }));
console.log(range(20, function (i) { return 'item' + i; }));
console.log(range(20, function (i) { return 'x'.repeat(i % 5); }));
console.log(range(12, function (i) { return i % 2 ? 'str' : i; }));
console.log(range(16, function (i) { return i % 3 === 0 ? null : i % 3 === 1 ? true : undefined; }));
console.log(range(8, function (i) { return 'a much longer string entry number ' + i; }));
console.log(range(10, function (i) { return i === 5 ? 'an entry that is much much longer than all others' : i; }));
console.log(range(9, function (i) { return [i, i + 1]; }));
console.log(range(9, function (i) { return { v: i }; }));
console.log({ nested: range(40), other: 'x' });
console.log([range(10), range(10)]);
console.log({ a: { b: range(30) } });
console.log(range(7, function (i) { return 1234567 * i; }));

var holes = [1, , 3];
console.log(holes);
console.log([, , ,]);
console.log(new Array(5));
console.log(new Array(1));
var sparse = [];
sparse[3] = 'x';
sparse[10] = 'y';
console.log(sparse);
var sparseEnd = [1, 2];
sparseEnd.length = 6;
console.log(sparseEnd);
var bigSparse = [];
bigSparse[200] = 1;
console.log(bigSparse);
var manyHoles = range(150);
delete manyHoles[5];
delete manyHoles[6];
console.log(manyHoles);
console.log(util.inspect(holes, { maxArrayLength: 1 }));
console.log(util.inspect(sparse, { maxArrayLength: 2 }));

var extra = [1, 2, 3];
extra.foo = 'bar';
extra['a-b'] = 1;
extra[Symbol('s')] = 2;
console.log(extra);
var extraOnly = [];
extraOnly.x = 1;
console.log(extraOnly);
var extraHoles = [1, , 3];
extraHoles.k = 'v';
console.log(extraHoles);
var longExtra = range(30);
longExtra.prop = 'value';
console.log(longExtra);

console.log(util.inspect(range(10), { maxArrayLength: 3 }));
console.log(util.inspect(range(10), { maxArrayLength: 0 }));
console.log(util.inspect(range(4), { maxArrayLength: 3 }));
console.log(util.inspect(range(200), { maxArrayLength: null }));
console.log(util.inspect(range(200), { maxArrayLength: Infinity }).length);
console.log(util.inspect(range(10), { maxArrayLength: -1 }));
console.log(util.inspect(range(30), { breakLength: 40 }));
console.log(util.inspect(range(30), { breakLength: Infinity }));
console.log(util.inspect(range(30), { compact: 1 }));
console.log(util.inspect(range(30), { compact: false }));
console.log(util.inspect(range(30), { compact: true }));
console.log(util.inspect(range(8), { compact: 0 }));

function Sub() {}
Sub.prototype = Object.create(Array.prototype);
Sub.prototype.constructor = Sub;
var subArr = [1, 2];
Object.setPrototypeOf(subArr, Sub.prototype);
console.log(subArr);
var nullArr = [1, 2];
Object.setPrototypeOf(nullArr, null);
console.log(nullArr);
var tagArr = [3];
tagArr[Symbol.toStringTag] = 'T';
console.log(tagArr);
