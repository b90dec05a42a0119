/* Proves Set: SameValueZero membership, insertion order, live iteration, values/keys/entries,
 * the constructor's iterable protocol (strings by code point, Map entries, custom iterables,
 * an overridden add), receiver checks and property shapes. */
'use strict';

function fmt(v) {
    if (typeof v === 'string') {
        return JSON.stringify(v);
    }
    if (v === 0 && 1 / v < 0) {
        return '-0';
    }
    if (typeof v === 'symbol') {
        return v.toString();
    }
    if (typeof v === 'function') {
        return 'function ' + v.name;
    }
    if (v !== null && typeof v === 'object') {
        return JSON.stringify(v);
    }
    return String(v);
}

function show(label, fn) {
    var r;
    try {
        r = fmt(fn());
    } catch (e) {
        r = 'throws ' + e.name + ': ' + e.message;
    }
    console.log(label + ': ' + r);
}

var s = new Set();
show('add returns set', function () { return s.add(1) === s; });
s.add(2).add(2).add('2').add(NaN).add(NaN).add(0).add(-0);
show('size', function () { return s.size; });
show('values', function () { return Array.from(s.values()).map(fmt); });
show('has NaN', function () { return s.has(NaN); });
show('has -0', function () { return s.has(-0); });
show('has "1"', function () { return s.has('1'); });
show('delete 2', function () { return s.delete(2); });
show('delete 2 again', function () { return s.delete(2); });
show('order after delete', function () { return Array.from(s).map(fmt); });
s.add(2);
show('re-added goes last', function () { return Array.from(s).map(fmt); });

var o1 = {};
var o2 = {};
var os = new Set([o1, o2, o1, Object.freeze({}), Object.freeze({})]);
show('object members', function () { return os.size + ' ' + os.has(o1) + ' ' + os.has({}); });
show('keys is values', function () { return Set.prototype.keys === Set.prototype.values; });
show('@@iterator is values', function () { return Set.prototype[Symbol.iterator] === Set.prototype.values; });
show('entries', function () { return Array.from(new Set(['a', 'b']).entries()); });
show('forEach args', function () {
    var out = [];
    var set = new Set(['x']);
    set.forEach(function (v, k, st) {
        out.push(v, k, st === set, this === undefined);
    });
    return out;
});
show('forEach thisArg', function () {
    var out = [];
    new Set([1]).forEach(function () { out.push(this.t); }, { t: 'T' });
    return out;
});
show('forEach non-callable', function () { return new Set().forEach({}); });

show('from string', function () { return Array.from(new Set('a\ud83d\ude00ba')).length; });
show('from map entries', function () { return Array.from(new Set(new Map([[1, 2]]))); });
show('from another set', function () { return Array.from(new Set(new Set([3, 4]))); });
show('from null', function () { return new Set(null).size; });
show('from number', function () { return new Set(1); });
show('from object', function () { return new Set({ length: 2 }); });
show('Set() without new', function () { return Set([1]); });

var adds = [];
function TracingSet(items) {
    return Reflect.construct(Set, [items], TracingSet);
}
TracingSet.prototype = Object.create(Set.prototype);
TracingSet.prototype.constructor = TracingSet;
TracingSet.prototype.add = function (v) {
    adds.push(v);
    return Set.prototype.add.call(this, v * 10);
};
var ts = new TracingSet([1, 2]);
show('constructor uses overridden add', function () { return adds.concat(Array.from(ts)); });

var live = new Set([1, 2, 3]);
var order = [];
live.forEach(function (v) {
    order.push(v);
    if (v === 1) {
        live.delete(3);
        live.add(4);
    }
});
show('live forEach', function () { return order; });
var live2 = new Set(['a', 'b']);
var it = live2.values();
var got = [it.next().value];
live2.clear();
live2.add('c');
got.push(it.next().value, it.next().done);
show('clear during iteration', function () { return got; });
var many = new Set();
for (var i = 0; i < 500; i++) {
    many.add(i);
}
var mit = many.values();
mit.next();
for (var j = 0; j < 490; j++) {
    many.delete(j);
}
var tail = [];
for (var step = mit.next(); !step.done; step = mit.next()) {
    tail.push(step.value);
}
show('iterator after compaction', function () { return tail; });
show('iterator tag', function () { return Object.prototype.toString.call(new Set().values()); });
show('iterator next on other iterator', function () {
    return new Set().values().next.call(new Map().values());
});

show('add on a Map', function () { return Set.prototype.add.call(new Map(), 1); });
show('has on array', function () { return Set.prototype.has.call([], 1); });
show('size on object', function () {
    return Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.call({});
});
show('Set.length', function () { return Set.length; });
show('prototype names', function () { return Object.getOwnPropertyNames(Set.prototype); });
show('method lengths', function () {
    return ['add', 'has', 'delete', 'clear', 'forEach', 'values', 'entries']
        .map(function (k) { return k + ':' + Set.prototype[k].length; }).join(' ');
});
show('toStringTag', function () { return Object.prototype.toString.call(new Set()); });
show('species', function () { return Set[Symbol.species] === Set; });
show('JSON', function () { return JSON.stringify(new Set([1])); });
show('no own properties', function () {
    return Object.getOwnPropertyNames(new Set([1])).length + Object.getOwnPropertySymbols(new Set()).length;
});
