/* errors-messages.js: Node's ERR_INVALID_ARG_TYPE and ERR_OUT_OF_RANGE message builder, seen
 * through path and events: 'argument' vs 'property' (a dotted name), the expected-type list
 * ('of type string', 'of type function', 'of type object', 'an instance of EventEmitter or
 * EventTarget', 'an instance of AbortSignal'), and every 'Received ...' form: null, undefined,
 * type and value for primitives (strings quoted, cut at 25 characters), 'function name',
 * 'an instance of Foo', and inspected objects with no constructor. */
var path = require('path');
var EventEmitter = require('events');

function msg(fn) {
    try {
        fn();
        return 'no error';
    } catch (e) {
        return e.name + ' [' + e.code + ']: ' + e.message;
    }
}

function Foo() {}
function Bar() {}
Bar.prototype = Object.create(null);
var nullProto = Object.create(null);
var nullProtoWithKey = Object.create(null);
nullProtoWithKey.key = 'v';
var noName = {};
noName.constructor = {};

var values = [
    ['undefined', undefined], ['null', null], ['0', 0], ['-0', -0], ['1.5', 1.5], ['NaN', NaN],
    ['Infinity', Infinity], ['-Infinity', -Infinity], ['2**53', 9007199254740992], ['1e21', 1e21],
    ['true', true], ['false', false], ['empty string', ''], ['short string', 'abc'],
    ['quote', "it's"], ['both quotes', 'a"b\'c'], ['28 chars', 'abcdefghijklmnopqrstuvwxyz12'],
    ['29 chars', 'abcdefghijklmnopqrstuvwxyz123'], ['long quoted', "it's a long string, longer than 28 chars"],
    ['newline', 'a\nb'], ['symbol', Symbol('desc')], ['empty symbol', Symbol()],
    ['named function', function named() {}], ['anonymous function', (function () { return function () {}; })()],
    ['object', {}], ['array', [1, 2]], ['instance', new Foo()], ['Date', new Date(0)], ['RegExp', /x/g],
    ['Error', new Error('e')], ['TypeError', new TypeError('t')], ['null proto', nullProto],
    ['null proto with key', nullProtoWithKey], ['ctor without name', noName], ['Number object', new Number(3)],
    ['String object', new String('s')], ['arguments', (function () { return arguments; })(1)],
    ['Uint8Array', new Uint8Array(2)]
];

values.forEach(function (v) {
    console.log(v[0] + ': ' + msg(function () { path.normalize(v[1]); }));
});
values.forEach(function (v) {
    console.log(v[0] + ': ' + msg(function () { new EventEmitter().on('e', v[1]); }));
});

console.log(msg(function () { path.format(1); }));
console.log(msg(function () { path.format(null); }));
console.log(msg(function () { path.format([]); }));
console.log(msg(function () { path.resolve('a', 'b', 3); }));
console.log(msg(function () { EventEmitter.setMaxListeners(1, new EventEmitter(), 'str'); }));
console.log(msg(function () { EventEmitter.getMaxListeners(42); }));
console.log(msg(function () { EventEmitter.on(new EventEmitter(), 'x', { signal: 'no' }); }));
console.log(msg(function () { EventEmitter.on(new EventEmitter(), 'x', { highWaterMark: 0.5 }); }));
console.log(msg(function () { EventEmitter.on(new EventEmitter(), 'x', { highWaterMark: 1e20 }); }));
console.log(msg(function () { EventEmitter.on(new EventEmitter(), 'x', { lowWaterMark: -1e10 }); }));
console.log(msg(function () { EventEmitter.on(new EventEmitter(), 'x', { lowWaterMark: -0.25 }); }));
[-1, -0.5, -1e10, -4294967297, -Infinity, NaN].forEach(function (n) {
    console.log(msg(function () { new EventEmitter().setMaxListeners(n); }));
});
console.log(msg(function () { new EventEmitter({ captureRejections: 'yes' }); }));
console.log(msg(function () { EventEmitter.captureRejections = 0; }));
try { `${Symbol('s')}`; } catch (e) { console.log(e.name + ': ' + e.message); }
try { decodeURIComponent('%'); } catch (e) { console.log(e.name + ': ' + e.message); }
