/* events-inherit.js: EventEmitter as a base class: util.inherits + EventEmitter.call(this),
 * Object.create prototypes, an emitter whose constructor never ran (state is created on the
 * first on()), subclass prototypes that carry their own _events, captureRejections option
 * validation, and the own properties console.log shows. */
var EventEmitter = require('events');
var util = require('util');

function Foo(name) {
    EventEmitter.call(this);
    this.name = name;
}
util.inherits(Foo, EventEmitter);
Foo.prototype.hello = function () {
    this.emit('hello', this.name);
};
var foo = new Foo('f');
foo.on('hello', function (n) { console.log('hello from', n, this === foo); });
foo.hello();
console.log('instanceof', foo instanceof EventEmitter, foo instanceof Foo, Foo.super_ === EventEmitter);
console.log('own keys', JSON.stringify(Object.keys(foo)));
console.log('own symbols', Object.getOwnPropertySymbols(foo).map(String).join(','),
    Object.getOwnPropertySymbols(foo).map(function (k) { return foo[k]; }).join(','));

function Lazy() {}
Lazy.prototype = Object.create(EventEmitter.prototype);
var lazy = new Lazy();
console.log('lazy before', lazy._events, lazy._eventsCount, lazy.emit('x'), lazy.listenerCount('x'),
    JSON.stringify(lazy.eventNames()), JSON.stringify(lazy.listeners('x')));
lazy.removeListener('x', function () {});
lazy.removeAllListeners();
lazy.on('x', function (v) { console.log('lazy got', v); });
console.log('lazy emit', lazy.emit('x', 1), Object.keys(lazy).join(','), lazy._eventsCount);

function Shaped() {
    EventEmitter.call(this);
}
Shaped.prototype = Object.create(EventEmitter.prototype);
Shaped.prototype._events = { ready: undefined, done: undefined };
var sh = new Shaped();
console.log('shaped keys', JSON.stringify(Object.keys(sh)));
function r() { console.log('ready fired'); }
sh.on('ready', r);
sh.emit('ready');
sh.removeListener('ready', r);
console.log('shaped after remove', sh.emit('ready'), sh._eventsCount);

var plain = new EventEmitter();
console.log('plain keys', JSON.stringify(Object.keys(plain)), plain._maxListeners, plain._eventsCount,
    Object.getPrototypeOf(plain._events));
plain.setMaxListeners(4);
console.log('after setMaxListeners', plain._maxListeners);

[{ captureRejections: true }, { captureRejections: false }, {}, null, undefined].forEach(function (o) {
    var em = new EventEmitter(o);
    var sym = Object.getOwnPropertySymbols(em).filter(function (k) { return String(k) === 'Symbol(kCapture)'; })[0];
    console.log('captureRejections', JSON.stringify(o), em[sym]);
});
try {
    new EventEmitter({ captureRejections: 1 });
} catch (err) {
    console.log(err.name, err.code, err.message);
}

function Old() {
    EventEmitter.call(this);
}
Old.prototype.__proto__ = EventEmitter.prototype;
var old = new Old();
old.once('o', function () { console.log('old style works'); });
old.emit('o');
old.emit('o');
console.log('prototype keys', Object.keys(EventEmitter.prototype).join(' '));
