// Proves: new Function / Function with modern syntax in its parameters or body is lowered like
// any other source; plain ES5 goes to the engine as is; instanceof Function and .constructor
// still agree; a syntax error is a SyntaxError.
const add = new Function('a', 'b = 2', 'return a + b');
console.log(add(1), add(1, 5), add.name, add instanceof Function, typeof add);
const arrow = new Function('return [1, 2, 3].map(x => x * 2)');
console.log(arrow());
const plain = Function('x', 'return x * 3');
console.log(plain(3), (function () {}).constructor === Function,
    Object.getPrototypeOf(add) === Function.prototype, Function.name, Function.length);
try { new Function('return (;'); } catch (e) { console.log(e.name); }
const C = new Function('class A { m() { return 7; } } return new A().m();');
console.log(C());
const spread = new Function('...xs', 'return xs.length');
console.log(spread(1, 2, 3));
