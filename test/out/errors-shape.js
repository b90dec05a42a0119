/* errors-shape.js: Node's coded errors (thrown by path and events here) have Node's shape:
 * the right class (TypeError/RangeError/Error) and name, an enumerable own `code`, a
 * non-enumerable own `message`, toString() and the first line of `stack` as
 * 'TypeError [ERR_X]: message', `constructor` reading as the base class, and
 * [object Error] tags; message and name stay writable and toString() follows them. */
var path = require('path');
var EventEmitter = require('events');

function capture(fn) {
    try {
        fn();
    } catch (e) {
        return e;
    }
    return null;
}

var cases = [
    ['path.join(1)', function () { path.join(1); }],
    ['setMaxListeners(-1)', function () { new EventEmitter().setMaxListeners(-1); }],
    ["emit('error', 'x')", function () { new EventEmitter().emit('error', 'x'); }],
    ["on('x', null)", function () { new EventEmitter().on('x', null); }],
    ['defaultMaxListeners = NaN', function () { EventEmitter.defaultMaxListeners = NaN; }]
];

cases.forEach(function (c) {
    var e = capture(c[1]);
    console.log('==', c[0]);
    console.log('name', e.name, 'code', e.code);
    console.log('String', String(e));
    console.log('toString', e.toString());
    console.log('stack[0]', e.stack.split('\n')[0]);
    console.log('instanceof Error/TypeError/RangeError', e instanceof Error, e instanceof TypeError, e instanceof RangeError);
    console.log('constructor', e.constructor.name, e.constructor === TypeError || e.constructor === RangeError || e.constructor === Error);
    console.log('tag', Object.prototype.toString.call(e));
    console.log('keys', JSON.stringify(Object.keys(e)));
    console.log('own message', Object.prototype.hasOwnProperty.call(e, 'message'),
        Object.prototype.propertyIsEnumerable.call(e, 'message'), Object.prototype.hasOwnProperty.call(e, 'name'));
    var d = Object.getOwnPropertyDescriptor(e, 'code');
    console.log('code descriptor', d.enumerable, d.writable, d.configurable);
    console.log('proto name', Object.getPrototypeOf(e).name, 'is base proto', Object.getPrototypeOf(e) === TypeError.prototype);
    console.log('JSON', JSON.stringify(e));
    e.message = 'changed';
    console.log('after message change', String(e));
    e.name = 'Renamed';
    console.log('after name change', String(e));
    e.code = 'OTHER';
    console.log('after code change', String(e));
});

var a = capture(function () { path.basename(1); });
var b = capture(function () { path.dirname(2); });
console.log('same class per code', Object.getPrototypeOf(a) === Object.getPrototypeOf(b));
var c = capture(function () { new EventEmitter().on('x', 1); });
console.log('different class per code', Object.getPrototypeOf(a) !== Object.getPrototypeOf(capture(function () {
    new EventEmitter().setMaxListeners(-5);
})), Object.getPrototypeOf(a) === Object.getPrototypeOf(c));
console.log('context', capture(function () { new EventEmitter().emit('error', 42); }).context);
