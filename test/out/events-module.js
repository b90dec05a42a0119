/* events-module.js: the shape of require('events'): it is EventEmitter itself, with Node's
 * static members (in Node's order), usingDomains, captureRejectionSymbol, errorMonitor,
 * EventEmitter.captureRejections (validated, shared default), and init(). */
var events = require('events');
var EventEmitter = events;

console.log(typeof events, events.name, events.EventEmitter === events, events.length);
console.log(Object.keys(events).join(' '));
console.log('usingDomains', events.usingDomains);
console.log('captureRejectionSymbol', events.captureRejectionSymbol === Symbol.for('nodejs.rejection'));
console.log('errorMonitor', String(events.errorMonitor));
console.log('types', typeof events.once, typeof events.on, typeof events.getEventListeners,
    typeof events.getMaxListeners, typeof events.setMaxListeners, typeof events.listenerCount,
    typeof events.addAbortListener, typeof events.init);
console.log('captureRejections default', EventEmitter.captureRejections);
EventEmitter.captureRejections = true;
console.log('new emitter captures', new EventEmitter()[Object.getOwnPropertySymbols(new EventEmitter())[1]]);
EventEmitter.captureRejections = false;
try {
    EventEmitter.captureRejections = 'yes';
} catch (err) {
    console.log(err.name, err.code, err.message);
}
var desc = Object.getOwnPropertyDescriptor(events, 'defaultMaxListeners');
console.log('defaultMaxListeners accessor', typeof desc.get, typeof desc.set, desc.enumerable);
console.log('kMaxEventTargetListeners', typeof events.kMaxEventTargetListeners,
    Object.getOwnPropertyDescriptor(events, 'kMaxEventTargetListeners').enumerable);

var target = {};
EventEmitter.init.call(target);
console.log('init on plain object', JSON.stringify(Object.keys(target)), target._eventsCount);
console.log('prototype methods', ['setMaxListeners', 'getMaxListeners', 'emit', 'addListener', 'on',
    'prependListener', 'once', 'prependOnceListener', 'removeListener', 'off', 'removeAllListeners',
    'listeners', 'rawListeners', 'listenerCount', 'eventNames'].map(function (k) {
    return EventEmitter.prototype[k].name;
}).join(' '));
