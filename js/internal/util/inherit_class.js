'use strict';
/* The prototype chain of a constructor-function class, as `class Ctor extends Super` builds it:
 * Ctor.prototype inherits Super.prototype and has a non-enumerable constructor, and Ctor
 * inherits Super's static members. */
function inheritClass(ctor, superCtor) {
    ctor.prototype = Object.create(superCtor.prototype, {
        constructor: { value: ctor, writable: true, configurable: true }
    });
    Object.setPrototypeOf(ctor, superCtor);
}

module.exports = inheritClass;
