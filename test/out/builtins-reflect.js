/* Proves Reflect.construct with a newTarget, the primitive ES5 code and lowered classes use to
 * subclass: ordinary functions (prototype from newTarget, object results), built-ins with
 * internal state (Array, Date, RegExp, Error, typed arrays, Map, Set, Promise), argument
 * validation, and the plain two-argument form. */
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

function Base(a, b) {
    this.sum = a + b;
}
Base.prototype.kind = 'base';
function Derived() {}
Derived.prototype = Object.create(Base.prototype);
Derived.prototype.kind = 'derived';

show('two arguments', function () {
    var o = Reflect.construct(Base, [1, 2]);
    return [o.sum, o instanceof Base, o.kind];
});
show('newTarget prototype', function () {
    var o = Reflect.construct(Base, [1, 2], Derived);
    return [o.sum, o instanceof Derived, o.kind, Object.getPrototypeOf(o) === Derived.prototype];
});
show('object result wins', function () {
    function Returns() { return { returned: true }; }
    var o = Reflect.construct(Returns, [], Derived);
    return [o.returned, o instanceof Derived];
});
show('newTarget without object prototype', function () {
    function NoProto() {}
    NoProto.prototype = 5;
    return Object.getPrototypeOf(Reflect.construct(Base, [], NoProto)) === Object.prototype;
});
function Sub() {}
show('Array', function () {
    Sub.prototype = Object.create(Array.prototype);
    var a = Reflect.construct(Array, [3], Sub);
    a.push('x');
    return [Array.isArray(a), a.length, a instanceof Sub, a[3]];
});
show('Date', function () {
    Sub.prototype = Object.create(Date.prototype);
    var d = Reflect.construct(Date, [0], Sub);
    return [d.getTime(), d instanceof Sub, d instanceof Date];
});
show('RegExp', function () {
    Sub.prototype = Object.create(RegExp.prototype);
    var r = Reflect.construct(RegExp, ['a+', 'g'], Sub);
    return [r.test('caa'), r instanceof Sub, r.flags];
});
show('Error', function () {
    Sub.prototype = Object.create(Error.prototype);
    Sub.prototype.name = 'SubError';
    var e = Reflect.construct(Error, ['msg'], Sub);
    return [e.message, e instanceof Sub, e instanceof Error, String(e), typeof e.stack];
});
show('Uint8Array', function () {
    Sub.prototype = Object.create(Uint8Array.prototype);
    var u = Reflect.construct(Uint8Array, [[1, 2]], Sub);
    return [u.length, u[1], u instanceof Sub, u instanceof Uint8Array];
});
show('Map', function () {
    Sub.prototype = Object.create(Map.prototype);
    var m = Reflect.construct(Map, [[['k', 'v']]], Sub);
    return [m.get('k'), m.size, m instanceof Sub, Object.prototype.toString.call(m)];
});
show('Set', function () {
    Sub.prototype = Object.create(Set.prototype);
    var s = Reflect.construct(Set, [[1, 1, 2]], Sub);
    return [s.size, s instanceof Sub];
});
show('Promise', function () {
    Sub.prototype = Object.create(Promise.prototype);
    var p = Reflect.construct(Promise, [function (r) { r(1); }], Sub);
    return [p instanceof Sub, p instanceof Promise, typeof p.then];
});
show('not a constructor', function () { return Reflect.construct(5, []); });
show('newTarget not a constructor', function () { return Reflect.construct(Base, [], 5); });
show('arguments not an object', function () { return Reflect.construct(Base, 5); });
show('array-like arguments', function () { return Reflect.construct(Base, { length: 2, 0: 1, 1: 2 }).sum; });
show('length', function () { return Reflect.construct.length; });
