/* util.inspect of errors: the stack is printed (with its frames), extra own properties follow in
 * braces, an error nested in an object or array has its stack indented, errors without frames
 * are wrapped in brackets, and a changed name or a subclass shows as Node shows it.  Stacks are
 * set by hand so that the frames are the same on every engine. */
var util = require('util');

function withStack(err, frames) {
    err.stack = String(err.name) + (err.message ? ': ' + err.message : '') + frames;
    return err;
}
var FRAMES = '\n    at first (/app/file.js:1:10)\n    at second (/app/file.js:2:20)';

var e = withStack(new Error('boom'), FRAMES);
console.log(e);
console.log(util.inspect(e));
console.log([e]);
console.log({ err: e });
console.log({ a: { err: e } });
console.log({ a: { b: { err: e } } });

var props = withStack(new Error('with props'), FRAMES);
props.code = 'E_CODE';
props.info = { detail: [1, 2, 3] };
console.log(props);
console.log({ nested: props });

var noFrames = new Error('no frames');
noFrames.stack = 'Error: no frames';
console.log(noFrames, [noFrames]);
var emptyStack = new Error('empty stack');
emptyStack.stack = '';
console.log(emptyStack);
var noMessage = new TypeError();
noMessage.stack = 'TypeError';
console.log(noMessage);

console.log(withStack(new TypeError('bad type'), FRAMES));
console.log(withStack(new RangeError('out of range'), FRAMES));
console.log(withStack(new SyntaxError('syntax'), FRAMES));

var renamed = withStack(new Error('renamed'), FRAMES);
renamed.name = 'CustomName';
console.log(renamed);
var renamedBefore = new Error('renamed before');
renamedBefore.name = 'MyError';
renamedBefore.stack = 'MyError: renamed before' + FRAMES;
console.log(renamedBefore);
var stackWithoutName = new Error('msg');
stackWithoutName.stack = 'something else entirely' + FRAMES;
console.log(stackWithoutName);

function MyError(message) {
    this.message = message;
    this.stack = 'MyError: ' + message + FRAMES;
}
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.constructor = MyError;
MyError.prototype.name = 'MyError';
console.log(new MyError('subclassed'));
function OtherError(message) {
    this.message = message;
    this.stack = 'Error: ' + message + FRAMES;
}
OtherError.prototype = Object.create(Error.prototype);
OtherError.prototype.constructor = OtherError;
console.log(new OtherError('plain name'));
var nullProtoErr = withStack(new Error('null proto'), FRAMES);
Object.setPrototypeOf(nullProtoErr, null);
console.log(nullProtoErr);

var multiLine = new Error('line one\nline two');
multiLine.stack = 'Error: line one\nline two' + FRAMES;
console.log(multiLine);
console.log({ m: multiLine });
var msgHasAt = new Error('has\n    at inside');
msgHasAt.stack = 'Error: has\n    at inside' + FRAMES;
console.log(msgHasAt);

var ownName = withStack(new Error('own name'), FRAMES);
Object.defineProperty(ownName, 'name', { value: 'Error', enumerable: true });
console.log(ownName);
var ownMessage = withStack(new Error('shown'), FRAMES);
Object.defineProperty(ownMessage, 'message', { value: 'not in stack', enumerable: true });
console.log(ownMessage);

var causeErr = withStack(new Error('outer'), FRAMES);
Object.defineProperty(causeErr, 'cause', {
    value: withStack(new Error('inner'), FRAMES), enumerable: false, writable: true,
    configurable: true
});
console.log(causeErr);
var causeObj = withStack(new Error('cause is plain'), FRAMES);
causeObj.cause = { code: 1 };
console.log(causeObj);
var agg = withStack(new Error('aggregate'), FRAMES);
Object.defineProperty(agg, 'errors', {
    value: [withStack(new Error('one'), FRAMES), 'two'], enumerable: false
});
console.log(agg);

var notError = Object.create(Error.prototype);
console.log(notError);
console.log(util.format('%s', withStack(new Error('via %s'), FRAMES)));
console.log(util.format('%s', noFrames));
console.log(util.inspect(withStack(new Error('colored'), FRAMES), { colors: true }));
console.log(util.inspect({ e: withStack(new Error('depth'), FRAMES) }, { depth: 0 }));
