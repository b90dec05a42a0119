/* events-inspect.js: what console.log shows for emitters: Node's own properties _events (a
 * null-prototype object holding a function or an array per event), _eventsCount and
 * _maxListeners plus the shapeMode and kCapture symbols, subclass names, and once-wrappers
 * as bound onceWrapper functions carrying .listener. */
var EventEmitter = require('events');
var util = require('util');

console.log(new EventEmitter());
var e = new EventEmitter();
function onData() {}
function onEnd() {}
e.on('data', onData);
e.on('data', onEnd);
e.once('end', onEnd);
e.on(Symbol('sym'), onData);
e.setMaxListeners(20);
console.log(e);
console.log(e.rawListeners('end'));
console.log(e.listeners('data'));

function Sub() {
    EventEmitter.call(this);
    this.label = 'sub';
}
util.inherits(Sub, EventEmitter);
console.log(new Sub());

var capture = new EventEmitter({ captureRejections: true });
console.log(capture);
e.removeAllListeners();
console.log(e);
console.log(util.inspect(e, { depth: -1 }), util.inspect(new Sub(), { depth: -1 }));
