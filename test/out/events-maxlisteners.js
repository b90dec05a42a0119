/* events-maxlisteners.js: the listener limit: defaultMaxListeners (10, validated setter),
 * set/getMaxListeners, 0 for no limit, one MaxListenersExceededWarning per event name with
 * Node's text (on stderr and as a 'warning' event carrying emitter, type and count), and the
 * static events.setMaxListeners/getMaxListeners. */
var EventEmitter = require('events');
var events = EventEmitter;

process.on('warning', function (w) {
    console.log('warning event:', w.name, w.type === undefined ? '' : String(w.type), w.count,
        w.emitter instanceof EventEmitter, w.message);
});

console.log('default', EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners());
var e = new EventEmitter();
for (var i = 0; i < 10; i++) {
    e.on('ten', function () {});
}
console.log('10 listeners, no warning yet');
e.on('ten', function () {});
e.on('ten', function () {});
var s = Symbol('symbolic');
for (i = 0; i < 11; i++) {
    e.on(s, function () {});
}

function Sub() {
    EventEmitter.call(this);
}
Sub.prototype = Object.create(EventEmitter.prototype);
Sub.prototype.constructor = Sub;
var sub = new Sub();
sub.setMaxListeners(2);
sub.on('s', function () {});
sub.on('s', function () {});
sub.on('s', function () {});
console.log('sub max', sub.getMaxListeners(), events.getMaxListeners(sub));

var unlimited = new EventEmitter();
unlimited.setMaxListeners(0);
for (i = 0; i < 50; i++) {
    unlimited.on('u', function () {});
}
var inf = new EventEmitter().setMaxListeners(Infinity);
console.log('unlimited', unlimited.listenerCount('u'), inf.getMaxListeners());

[-1, NaN, '5', null, undefined, -Infinity].forEach(function (v) {
    try {
        new EventEmitter().setMaxListeners(v);
        console.log('accepted', v);
    } catch (err) {
        console.log('setMaxListeners', String(v), err.name, err.code, err.message);
    }
});
[-1, 'x', NaN].forEach(function (v) {
    try {
        EventEmitter.defaultMaxListeners = v;
    } catch (err) {
        console.log('defaultMaxListeners', String(v), err.name, err.code, err.message);
    }
});

EventEmitter.defaultMaxListeners = 3;
var d = new EventEmitter();
console.log('new default', d.getMaxListeners(), e.getMaxListeners());
EventEmitter.defaultMaxListeners = 10;

var t1 = new EventEmitter();
var t2 = new EventEmitter();
events.setMaxListeners(5, t1, t2);
console.log('static set on targets', t1.getMaxListeners(), t2.getMaxListeners(), EventEmitter.defaultMaxListeners);
events.setMaxListeners(7);
console.log('static set default', EventEmitter.defaultMaxListeners, t1.getMaxListeners());
events.setMaxListeners();
console.log('static set with no args', EventEmitter.defaultMaxListeners);
events.setMaxListeners(10);
try {
    events.setMaxListeners(1, t1, {});
} catch (err) {
    console.log(err.name, err.code, err.message);
}
try {
    events.setMaxListeners(-2);
} catch (err) {
    console.log(err.name, err.code, err.message);
}
try {
    events.getMaxListeners({});
} catch (err) {
    console.log(err.name, err.code, err.message);
}
console.log('done');
