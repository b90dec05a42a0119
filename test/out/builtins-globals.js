/* Proves the globals the built-ins add and that they behave as plain properties from the first
 * use: typeof, `in`, hasOwnProperty, descriptors after use, user code overwriting a global or a
 * prototype method before its first use (and that later loading of a related built-in does not
 * undo it), assignment on an instance shadowing a prototype method, and globalThis. */
'use strict';

function show(label, fn) {
    var r;
    try {
        r = fn();
        r = typeof r === 'string' ? r : JSON.stringify(r);
    } catch (e) {
        r = 'throws ' + e.name + ': ' + e.message;
    }
    console.log(label + ': ' + r);
}

var names = ['Map', 'Set', 'WeakMap', 'WeakSet', 'Promise', 'AggregateError', 'WeakRef',
             'FinalizationRegistry', 'queueMicrotask', 'structuredClone', 'DOMException', 'Event',
             'EventTarget', 'AbortController', 'AbortSignal', 'globalThis'];

show('typeof', function () { return names.map(function (n) { return n + ':' + typeof globalThis[n]; }); });
show('in and hasOwnProperty', function () {
    return names.every(function (n) { return n in globalThis && Object.prototype.hasOwnProperty.call(globalThis, n); });
});
show('not enumerable except two', function () {
    return Object.keys(globalThis).filter(function (k) { return names.indexOf(k) >= 0; }).sort();
});
show('globalThis', function () {
    return [globalThis === Function('return this')(), globalThis.globalThis === globalThis];
});
show('descriptors after use', function () {
    return names.filter(function (n) { return n !== 'globalThis'; }).map(function (n) {
        var v = globalThis[n];
        var d = Object.getOwnPropertyDescriptor(globalThis, n);
        return n + ':' + [d.value === v, d.writable, d.enumerable, d.configurable].join('/');
    });
});

/* overwriting before first use */
globalThis.Event = function MyEvent() {};
var ac = new AbortController();
ac.abort();
show('overwritten Event survives loading AbortController', function () {
    return [Event.name, ac.signal.aborted, ac.signal.reason.name];
});
show('abort events still dispatch', function () {
    var seen = [];
    var c = new AbortController();
    c.signal.addEventListener('abort', function (e) { seen.push(e.type); });
    c.abort();
    return seen;
});
Object.defineProperty(globalThis, 'WeakSet', { value: 'replaced', writable: true, configurable: true });
show('defineProperty before first use', function () { return [WeakSet, typeof new WeakMap().set]; });

Array.prototype.findLast = function mine() { return 'mine'; };
show('prototype method replaced before use', function () { return [[1].findLast(), [1].findLastIndex(function () { return true; })]; });
var arr = [1, 2];
arr.flat = 'own';
show('instance assignment shadows', function () {
    return [arr.flat, typeof [].flat, Object.prototype.hasOwnProperty.call(arr, 'flat'),
            Object.prototype.hasOwnProperty.call(Array.prototype, 'flat')];
});
var str = new String('x');
show('method on a String object', function () { return str.padStart(3, '-'); });
show('method through call', function () { return String.prototype.at.call('abc', -1); });
show('hasOwnProperty of methods', function () {
    return [Object.prototype.hasOwnProperty.call(Array.prototype, 'toSorted'),
            Object.prototype.hasOwnProperty.call(Math, 'sinh'),
            Object.prototype.hasOwnProperty.call(Object, 'fromEntries'),
            'includes' in [], 'trimEnd' in String.prototype];
});
show('method descriptors after use', function () {
    var used = [[].toSorted, Math.sinh, Object.fromEntries, ''.trimEnd];
    return [[Array.prototype, 'toSorted'], [Math, 'sinh'], [Object, 'fromEntries'], [String.prototype, 'trimEnd']]
        .map(function (p, i) {
            var d = Object.getOwnPropertyDescriptor(p[0], p[1]);
            return [d.value === used[i], d.writable, d.enumerable, d.configurable].join('/');
        });
});
show('Math.cbrt replaced in place', function () { return [Math.cbrt(27), Object.keys(Math).length]; });
