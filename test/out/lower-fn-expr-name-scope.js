// A function expression's name lives in a scope of its own around the body, so the body may
// declare the same name (path-to-regexp 9's `return function path(params = {}) { const path =
// ...}`), and a `const f = function () {}` can use new.target (markdown-it's callable()).
var f = function path(a) { const path = a + 1; return path; };
var g = function path(a = 2) { let path = a * 10; { const path = 'inner'; void path; } return path; };
var h = function self() { var self = 'shadowed'; return [typeof self, self]; };
console.log(f(1), g(), g(3), h());
var k = function named(n) { return n > 0 ? named(n - 1) + 1 : (() => typeof named)(); };
console.log(k(2), f.name, g.name);

class A { constructor(x) { this.x = x; } }
const wrapper = function (...args) {
    return Reflect.construct(A, args, new.target && new.target !== wrapper ? new.target : A);
};
console.log(wrapper(1).x, new wrapper(2).x, wrapper.name, wrapper(3) instanceof A);
const plain = function () { return new.target === undefined ? 'call' : new.target === plain; };
console.log(plain(), new plain() instanceof plain);
const arrowInside = function () { const inner = () => new.target; return inner(); };
console.log(arrowInside(), new arrowInside() instanceof arrowInside);
const obj = { make: function (...a) { return new.target ? 'new ' + a.length : 'call ' + a.length; } };
console.log(obj.make(1, 2), typeof new obj.make(1));
