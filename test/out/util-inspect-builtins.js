/* util.inspect of built-in objects: Date (ISO string, Invalid Date), RegExp, boxed primitives,
 * typed arrays, ArrayBuffer and DataView, arguments, Math and JSON, each alone, nested, with
 * extra properties and with a changed prototype. */
var util = require('util');

var d = new Date(Date.UTC(2020, 0, 2, 3, 4, 5, 6));
console.log(d, [d], { d: d });
console.log(new Date(NaN), [new Date(NaN)]);
console.log(new Date(0), new Date(-1), new Date(8.64e15));
var dProps = new Date(0);
dProps.extra = 1;
console.log(dProps);
function MyDate() {}
var subDate = new Date(0);
Object.setPrototypeOf(subDate, MyDate.prototype);
console.log(subDate);
var nullDate = new Date(0);
Object.setPrototypeOf(nullDate, null);
console.log(nullDate);

console.log(/abc/, /a\/b/gi, /[\]]+$/m, new RegExp('x', 'g'), [/r/], { r: /r/m });
var reProps = /re/;
reProps.extra = 'x';
console.log(reProps);
console.log(util.inspect({ a: { b: { c: reProps } } }));

console.log(new Number(3), new Number(-0), new Number(NaN), new String('str'), new String(''));
console.log(new Boolean(true), new Boolean(false), Object(Symbol('boxed')));
console.log([new Number(1)], { s: new String('it\'s') });
var strProps = new String('ab');
strProps.extra = 1;
console.log(strProps);
var numProps = new Number(5);
numProps.x = { y: 1 };
console.log(numProps);
function MyNumber() {}
var subNum = new Number(7);
Object.setPrototypeOf(subNum, MyNumber.prototype);
console.log(subNum);
var nullStr = new String('np');
Object.setPrototypeOf(nullStr, null);
console.log(nullStr);
console.log(util.inspect(new String('x'), { showHidden: true }));

console.log(new Uint8Array([1, 2, 3]), new Uint8Array(0), new Int16Array([-1, 2]));
console.log(new Float64Array([1.5, -0, NaN]), new Float32Array([0.1]));
console.log(new Uint8ClampedArray([300]), new Uint32Array([4294967295]), new Int8Array([-128]));
console.log(new Uint16Array(30));
console.log(new Uint8Array(150));
console.log([new Uint8Array(2)], { t: new Int32Array([1, 2]) });
var taProps = new Uint8Array(2);
taProps.extra = 'e';
console.log(taProps);
console.log(util.inspect(new Uint8Array(5), { maxArrayLength: 2 }));
console.log(util.inspect(new Uint8Array([1, 2]), { showHidden: true }));
console.log(util.inspect(new Uint8Array(0), { showHidden: true }));
var subTa = new Uint8Array(2);
function MyBytes() {}
Object.setPrototypeOf(subTa, MyBytes.prototype);
console.log(subTa);
console.log(new Uint8Array(new ArrayBuffer(8), 2, 3));

var ab = new ArrayBuffer(4);
new Uint8Array(ab).set([1, 2, 255, 16]);
console.log(ab);
console.log(new ArrayBuffer(0), [new ArrayBuffer(2)]);
console.log(new ArrayBuffer(120));
console.log(util.inspect(new ArrayBuffer(10), { maxArrayLength: 4 }));
var abProps = new ArrayBuffer(1);
abProps.p = 1;
console.log(abProps);
console.log(new DataView(ab), new DataView(ab, 1, 2));
console.log({ a: { b: { c: new DataView(ab) } } });

function args() { return arguments; }
console.log(args(), args(1, 'two', [3]));
console.log([args(1)]);
console.log(Math, JSON);
console.log({ math: Math });
