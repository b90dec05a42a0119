/* events-emit.js: emit() calls listeners in registration order with `this` set to the emitter
 * and every argument (0 to many), returns whether there were listeners, works on symbol
 * names, copies the list before calling (listeners added or removed during an emit do not
 * change that emit), and once()/prependListener()/prependOnceListener() order and fire. */
var EventEmitter = require('events');
var log = [];
function rec(tag) {
    return function () {
        log.push(tag + '(' + Array.prototype.slice.call(arguments).map(String).join(',') + ')' +
                 (this === e ? '' : ' wrong this'));
    };
}
function flush(label) {
    console.log(label + ': ' + log.join(' '));
    log = [];
}

var e = new EventEmitter();
console.log('no listeners', e.emit('x'), e.emit('x', 1, 2));
e.on('x', rec('a'));
e.on('x', rec('b'));
console.log('emit x', e.emit('x'));
flush('0 args');
e.emit('x', 1);
flush('1 arg');
e.emit('x', 1, 2);
flush('2 args');
e.emit('x', 1, 2, 3);
flush('3 args');
e.emit('x', 1, 2, 3, 4, 5, 6, 7);
flush('7 args');
e.emit('x', undefined, null);
flush('undefined/null');

var sym = Symbol('evt');
e.on(sym, rec('sym'));
console.log('symbol emit', e.emit(sym, 'v'), e.emit(Symbol('evt')));
flush('symbol');

e.prependListener('x', rec('first'));
e.emit('x');
flush('prepend');
e.once('x', rec('once'));
e.prependOnceListener('x', rec('ponce'));
e.emit('x', 'q');
flush('once 1');
e.emit('x', 'q');
flush('once 2');

var f = new EventEmitter();
f.on('y', function () {
    log.push('y1');
    f.on('y', function () { log.push('late'); });
    f.removeListener('y', y2);
});
function y2() { log.push('y2'); }
f.on('y', y2);
f.emit('y');
flush('mutate during emit, first');
f.emit('y');
flush('mutate during emit, second');

var g = new EventEmitter();
g.once('z', function () { log.push('z-once'); g.emit('z'); });
g.on('z', function () { log.push('z-on'); });
g.emit('z');
flush('reentrant once');

var h = new EventEmitter();
var count = 0;
h.on('n', function (v) { count += v; });
for (var i = 0; i < 1000; i++) {
    h.emit('n', i);
}
console.log('sum', count);

var ret = new EventEmitter();
ret.on('r', function () { return 42; });
console.log('listener return ignored', ret.emit('r'));

var chain = new EventEmitter();
console.log('chaining', chain.on('a', function () {}) === chain, chain.once('a', function () {}) === chain,
    chain.prependListener('a', function () {}) === chain, chain.prependOnceListener('a', function () {}) === chain,
    chain.addListener('a', function () {}) === chain, chain.off('a', function () {}) === chain,
    chain.removeAllListeners() === chain, chain.setMaxListeners(3) === chain);
console.log('same fn twice', (function () {
    var d = new EventEmitter(), n = 0;
    function inc() { n++; }
    d.on('d', inc);
    d.on('d', inc);
    d.emit('d');
    return n;
})());
console.log('on === addListener', EventEmitter.prototype.on === EventEmitter.prototype.addListener,
    'off === removeListener', EventEmitter.prototype.off === EventEmitter.prototype.removeListener);
