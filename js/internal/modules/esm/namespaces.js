'use strict';
/* js/internal/modules/esm/namespaces.js: which objects are ES module namespaces.  The ES
 * loader registers each one; util.inspect and util.types.isModuleNamespaceObject ask. */

var set = null;     /* made with the first namespace: WeakSet is a polyfill that loads on use */
var getOwnPropertyDescriptor = Object.getOwnPropertyDescriptor;

/* A namespace's exports are bindings: Node describes them as writable data properties, not
 * as the getters nodule keeps them in.  Installed with the first namespace. */
function describeBindings() {
    Object.defineProperty(Object, 'getOwnPropertyDescriptor', {
        value: function getOwnPropertyDescriptor_(o, key) {
            var d = getOwnPropertyDescriptor(o, key);
            if (d !== undefined && d.get !== undefined && exports.has(o)) {
                return { value: o[key], writable: true, enumerable: true, configurable: false };
            }
            return d;
        },
        writable: true, configurable: true
    });
    Object.defineProperty(Object.getOwnPropertyDescriptor, 'name', {
        value: 'getOwnPropertyDescriptor'
    });
}

exports.add = function add(ns) {
    if (set === null) {
        set = new WeakSet();
        describeBindings();
    }
    set.add(ns);
};

/* The descriptor as it is (a getter for each export). */
exports.rawDescriptor = getOwnPropertyDescriptor;

exports.has = function has(value) {
    return set !== null && value !== null && typeof value === 'object' && set.has(value);
};
