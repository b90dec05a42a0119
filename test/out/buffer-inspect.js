/* How util.inspect and console.log print Buffers: '<Buffer 68 69>', the empty Buffer, the
 * '... N more bytes' tail past INSPECT_MAX_BYTES (and after changing it), own non-index
 * properties and symbols, Buffers nested in arrays and objects, subclasses' names, and
 * buf.inspect(). */
var util = require('util');
var buffer = require('buffer');
console.log(Buffer.from('hi'));
console.log(Buffer.alloc(0));
console.log(Buffer.from([0, 15, 16, 255]));
console.log(Buffer.alloc(50, 1));
console.log(Buffer.alloc(51, 2));
console.log(Buffer.alloc(52, 3));
console.log(Buffer.alloc(300).subarray(10, 20));
console.log([Buffer.from('x'), Buffer.from('yz')], { buf: Buffer.from([0, 255]) });
console.log({ nested: { deeper: { buf: Buffer.from('deep') } } });
var extra = Buffer.from('ab');
extra.foo = 'bar';
extra[Symbol('sym')] = 1;
Object.defineProperty(extra, 'hidden', { value: 2, enumerable: false });
console.log(extra);
console.log(util.inspect(extra, { showHidden: true }));
var emptyExtra = Buffer.alloc(0);
emptyExtra.x = [1, 2];
console.log(emptyExtra);
console.log(util.inspect(Buffer.from('abc')), util.format('%o|%j', Buffer.from('o'), Buffer.from('j')));
console.log(Buffer.from('hey').inspect());
buffer.INSPECT_MAX_BYTES = 3;
console.log(Buffer.from('abcdef'), Buffer.from('abc'), Buffer.from('abcd'));
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('abc'));
buffer.INSPECT_MAX_BYTES = 50;
try {
    buffer.INSPECT_MAX_BYTES = -1;
} catch (e) {
    console.log(e.name, e.code, e.message);
}
try {
    buffer.INSPECT_MAX_BYTES = '5';
} catch (e) {
    console.log(e.name, e.code, e.message);
}
console.log(buffer.INSPECT_MAX_BYTES);
function MyBuf() {}
MyBuf.prototype = Object.create(Buffer.prototype);
MyBuf.prototype.constructor = MyBuf;
var mine = Buffer.from('sub');
Object.setPrototypeOf(mine, MyBuf.prototype);
console.log(mine);
