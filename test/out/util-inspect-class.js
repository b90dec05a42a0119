/* util.inspect of classes and their instances: [class X], [class X extends Y], anonymous
 * classes, static members, instances named after their class, subclassed errors and arrays. */
var util = require('util');

class Animal {
    constructor(name) { this.name = name; }
    speak() { return this.name; }
}
class Dog extends Animal {
    constructor(name) { super(name); this.legs = 4; }
}
class Empty {}
class WithStatic {
    static create() { return new WithStatic(); }
}
WithStatic.count = 3;
const Anon = (() => class {})();
class NullBase extends null {}

console.log(Animal, Dog, Empty, [Animal], { cls: Dog });
console.log(new Animal('cat'), new Dog('rex'), new Empty(), [new Empty()]);
console.log(WithStatic, Anon, new Anon(), NullBase);
console.log({ a: { b: { c: new Dog('deep') } } });

class MyError extends Error {
    constructor(message) {
        super(message);
        this.name = 'MyError';
        this.stack = 'MyError: ' + message + '\n    at somewhere (/app/x.js:1:1)';
    }
}
class UnnamedError extends Error {
    constructor(message) {
        super(message);
        this.stack = 'Error: ' + message + '\n    at somewhere (/app/x.js:1:1)';
    }
}
console.log(new MyError('custom'), new UnnamedError('plain'));
class List extends Array {}
const list = new List();
list.push(1, 2);
console.log(list, new List());
class Bytes extends Uint8Array {}
console.log(new Bytes(2));
class Getter {
    get value() { return 1; }
}
console.log(new Getter(), util.inspect(new Getter(), { showHidden: true }));
class Tagged {
    get [Symbol.toStringTag]() { return 'Tg'; }
}
console.log(new Tagged());
