/* Proves the EventTarget/Event/AbortController/AbortSignal/DOMException globals: listener order,
 * duplicates, once, capture identity, handleEvent objects, removal during dispatch,
 * stopImmediatePropagation, preventDefault with cancelable/passive, event state during and after
 * dispatch, the `signal` option, abort() with and without a reason, onabort, throwIfAborted,
 * AbortSignal.abort/timeout/any, DOMException names and codes, validation errors and shapes. */
'use strict';

var log = [];

function L(s) {
    log.push(s);
}

function fmt(v) {
    if (typeof v === 'string') {
        return JSON.stringify(v);
    }
    if (v !== null && typeof v === 'object' && !(v instanceof Error)) {
        return JSON.stringify(v);
    }
    return String(v);
}

function show(label, fn) {
    var r;
    try {
        r = fmt(fn());
    } catch (e) {
        r = 'throws ' + e.name + (e.code !== undefined ? ' [' + e.code + ']' : '') + ': ' + e.message;
    }
    L(label + ': ' + r);
}

/* Event */
var ev = new Event('custom', { cancelable: true, bubbles: true });
show('event state', function () {
    return [ev.type, ev.bubbles, ev.cancelable, ev.composed, ev.defaultPrevented, ev.isTrusted, ev.eventPhase,
            ev.target, ev.currentTarget, ev.srcElement, ev.returnValue, ev.cancelBubble, typeof ev.timeStamp];
});
ev.preventDefault();
show('preventDefault', function () { return [ev.defaultPrevented, ev.returnValue]; });
show('preventDefault not cancelable', function () {
    var e = new Event('x');
    e.preventDefault();
    return e.defaultPrevented;
});
show('event type coercion', function () { return [new Event(5).type, new Event(null).type]; });
show('Event()', function () { return Event('x'); });
show('new Event()', function () { return new Event(); });
show('event constants', function () {
    return [Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, ev.AT_TARGET];
});
show('event own properties', function () { return Object.keys(ev); });
show('Event.prototype keys', function () { return Object.keys(Event.prototype); });
show('event tag', function () { return Object.prototype.toString.call(ev); });
show('composedPath outside dispatch', function () { return ev.composedPath(); });

/* EventTarget */
var et = new EventTarget();
var order = [];
function first(e) {
    order.push('first this=' + (this === et) + ' target=' + (e.target === et) + ' phase=' + e.eventPhase +
        ' path=' + e.composedPath().length);
}
et.addEventListener('go', first);
et.addEventListener('go', first);
et.addEventListener('go', first, true);
et.addEventListener('go', { handleEvent: function (e) { order.push('object this=' + (this !== et) + ' ' + e.type); } });
et.addEventListener('go', function () { order.push('once'); }, { once: true });
var r1 = et.dispatchEvent(new Event('go'));
et.dispatchEvent(new Event('go'));
show('dispatch order, duplicates, capture, once', function () { return [order, r1]; });
order = [];
et.removeEventListener('go', first);
et.dispatchEvent(new Event('go'));
show('remove non-capture keeps capture', function () { return order; });
order = [];
et.removeEventListener('go', first, { capture: true });
et.dispatchEvent(new Event('go'));
show('remove capture', function () { return order; });

var removal = new EventTarget();
var seen = [];
function b() { seen.push('b'); }
removal.addEventListener('r', function () {
    seen.push('a');
    removal.removeEventListener('r', b);
    removal.addEventListener('r', function () { seen.push('added during dispatch'); });
});
removal.addEventListener('r', b);
removal.dispatchEvent(new Event('r'));
show('removed during dispatch does not run; added does not run', function () { return seen; });

var stopper = new EventTarget();
var stops = [];
stopper.addEventListener('s', function (e) { stops.push(1); e.stopImmediatePropagation(); stops.push(e.cancelBubble); });
stopper.addEventListener('s', function () { stops.push(2); });
stopper.dispatchEvent(new Event('s'));
show('stopImmediatePropagation', function () { return stops; });

var cancel = new EventTarget();
cancel.addEventListener('c', function (e) { e.preventDefault(); });
var ce = new Event('c', { cancelable: true });
show('dispatch returns !defaultPrevented', function () {
    return [cancel.dispatchEvent(ce), ce.defaultPrevented, ce.eventPhase, ce.target === cancel, ce.currentTarget];
});
var passive = new EventTarget();
passive.addEventListener('p', function (e) { e.preventDefault(); }, { passive: true });
var pe = new Event('p', { cancelable: true });
show('passive ignores preventDefault', function () { return [passive.dispatchEvent(pe), pe.defaultPrevented]; });
show('redispatch after dispatch', function () { return cancel.dispatchEvent(ce); });
show('recursive dispatch', function () {
    var t = new EventTarget();
    var inner = new Event('rec');
    var err = null;
    t.addEventListener('rec', function () {
        try {
            t.dispatchEvent(inner);
        } catch (e) {
            err = e.name + ' [' + e.code + ']: ' + e.message;
        }
    });
    t.dispatchEvent(inner);
    return err;
});
show('dispatch non-event', function () { return et.dispatchEvent({ type: 'x' }); });
show('dispatch nothing', function () { return et.dispatchEvent(); });
show('add without listener', function () { return et.addEventListener('x'); });
show('add number listener', function () { return et.addEventListener('x', 5); });
show('remove unknown', function () { return et.removeEventListener('nope', function () {}); });
show('EventTarget keys', function () { return Object.keys(EventTarget.prototype); });
show('EventTarget()', function () { return EventTarget(); });

/* listener errors go to uncaughtException, later listeners still run */
process.on('uncaughtException', function (e) { L('uncaughtException: ' + e.message); });
var thrower = new EventTarget();
thrower.addEventListener('t', function () { throw new Error('listener threw'); });
thrower.addEventListener('t', function () { L('listener after the throwing one ran'); });
thrower.dispatchEvent(new Event('t'));

/* AbortController / AbortSignal */
var ac = new AbortController();
var signal = ac.signal;
show('fresh signal', function () {
    return [signal.aborted, signal.reason, signal.onabort, signal === ac.signal, signal instanceof EventTarget,
            Object.prototype.toString.call(signal), Object.prototype.toString.call(ac)];
});
signal.onabort = function (e) { L('onabort type=' + e.type + ' trusted=' + e.isTrusted + ' this=' + (this === signal)); };
signal.addEventListener('abort', function (e) { L('abort listener target=' + (e.target === signal)); });
var signaled = new EventTarget();
signaled.addEventListener('work', function () { L('signaled listener ran'); }, { signal: signal });
signaled.dispatchEvent(new Event('work'));
ac.abort();
signaled.dispatchEvent(new Event('work'));
show('after abort', function () {
    var r = signal.reason;
    return [signal.aborted, r instanceof DOMException, r instanceof Error, r.name, r.message, r.code,
            Object.prototype.toString.call(r)];
});
ac.abort('second');
show('abort is once', function () { return signal.reason.name; });
show('throwIfAborted', function () { signal.throwIfAborted(); });
show('throwIfAborted not aborted', function () { return new AbortController().signal.throwIfAborted(); });
var ac2 = new AbortController();
ac2.abort(42);
show('abort reason', function () { return ac2.signal.reason; });
show('throwIfAborted reason', function () { try { ac2.signal.throwIfAborted(); } catch (e) { return e; } });
var ac3 = new AbortController();
ac3.abort(undefined);
show('abort(undefined) uses default', function () { return ac3.signal.reason.name; });
show('listener with aborted signal not added', function () {
    var t = new EventTarget();
    var ran = false;
    t.addEventListener('x', function () { ran = true; }, { signal: signal });
    t.dispatchEvent(new Event('x'));
    return ran;
});
show('bad signal option', function () { return new EventTarget().addEventListener('x', function () {}, { signal: 5 }); });
show('AbortSignal.abort()', function () {
    var s = AbortSignal.abort();
    return [s.aborted, s.reason.name, s.reason.code];
});
show('AbortSignal.abort(reason)', function () { return AbortSignal.abort('why').reason; });
show('new AbortSignal()', function () { return new AbortSignal(); });
show('AbortController()', function () { return AbortController(); });
show('AbortSignal.timeout(-1)', function () { return AbortSignal.timeout(-1); });
show('AbortSignal.timeout("x")', function () { return AbortSignal.timeout('x'); });
show('AbortSignal.timeout(1.5)', function () { return AbortSignal.timeout(1.5); });
var ts = AbortSignal.timeout(5);
ts.onabort = function () {
    L('timeout fired: ' + [ts.aborted, ts.reason.name, ts.reason.message, ts.reason.code].join('|'));
};
var keep = setTimeout(function () {}, 50);
var a1 = new AbortController();
var a2 = new AbortController();
var any = AbortSignal.any([a1.signal, a2.signal]);
any.addEventListener('abort', function () { L('any aborted: ' + any.reason); });
a2.abort('from a2');
a1.abort('from a1');
show('any of aborted', function () { return AbortSignal.any([AbortSignal.abort('pre')]).reason; });
show('any bad', function () { return AbortSignal.any([1]); });
show('signal keys', function () { return Object.keys(AbortSignal.prototype); });
show('controller keys', function () { return Object.keys(AbortController.prototype); });
show('AbortSignal statics', function () { return ['abort', 'timeout', 'any'].map(function (k) { return typeof AbortSignal[k]; }); });

/* DOMException */
show('DOMException', function () {
    var d = new DOMException('msg', 'DataCloneError');
    return [d.name, d.message, d.code, String(d), Object.keys(d), d instanceof Error, d.stack.split('\n')[0]];
});
show('DOMException defaults', function () {
    var d = new DOMException();
    return [d.name, d.message, d.code];
});
show('DOMException options', function () {
    var d = new DOMException('m', { name: 'TimeoutError', cause: 'c' });
    return [d.name, d.code, d.cause];
});
show('DOMException codes', function () {
    return ['IndexSizeError', 'NotFoundError', 'InvalidStateError', 'SyntaxError', 'AbortError', 'TimeoutError',
            'DataCloneError', 'NotAllowedError', 'Unknown'].map(function (n) { return n + '=' + new DOMException('', n).code; });
});
show('DOMException constants', function () {
    return [DOMException.ABORT_ERR, DOMException.DATA_CLONE_ERR, DOMException.TIMEOUT_ERR,
            DOMException.prototype.INDEX_SIZE_ERR, Object.keys(DOMException).length];
});
show('DOMException name getter on object', function () {
    return Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({});
});

setTimeout(function () {
    clearTimeout(keep);
    console.log(log.join('\n'));
}, 30);
