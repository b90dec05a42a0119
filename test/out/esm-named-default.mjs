// Proves: static ES module imports as Node: named, default, renamed (`as`) and namespace
// imports; default exports of anonymous/named functions, classes, arrows and expressions, and
// the names they get (an anonymous default function or class is named 'default').
import def, { one, greeting, add, Point, visible } from '../fixtures/esm/a.mjs';
import { add as plus, one as uno } from '../fixtures/esm/a.mjs';
import * as ns from '../fixtures/esm/a.mjs';
import Animal from '../fixtures/esm/default-class.mjs';
import answer from '../fixtures/esm/default-expr.mjs';
import named from '../fixtures/esm/default-named-fn.mjs';
import AnonClass from '../fixtures/esm/default-anon-class.mjs';
import arrow from '../fixtures/esm/default-arrow.mjs';
import { default as defAgain } from '../fixtures/esm/a.mjs';

console.log('named:', one, greeting, add(2, 3), visible);
console.log('class:', new Point(1, 2));
console.log('renamed:', plus(10, 20), uno);
console.log('default fn:', typeof def, def(), JSON.stringify(def.name));
console.log('default as named import:', defAgain === def);
console.log('default class:', typeof Animal, Animal.name, new Animal().speak());
console.log('default expression:', answer);
console.log('named default fn:', named.name, named());
console.log('anonymous default class:', AnonClass.name);
console.log('default arrow:', arrow.name, arrow());
console.log('namespace:', ns);
console.log('ns keys:', Object.keys(ns));
console.log('ns.default === def:', ns.default === def, 'ns.add === add:', ns.add === add);
console.log('toStringTag:', ns[Symbol.toStringTag], Object.prototype.toString.call(ns));
console.log('prototype:', Object.getPrototypeOf(ns), 'extensible:', Object.isExtensible(ns), 'sealed:', Object.isSealed(ns));
try { ns.one = 5; } catch (e) { console.log('assign to ns.one:', e.name); }
try { ns.extra = 5; } catch (e) { console.log('add ns.extra:', e.name); }
try { delete ns.one; } catch (e) { console.log('delete ns.one:', e.name); }
console.log('descriptor:', Object.getOwnPropertyDescriptor(ns, 'one'));
console.log('in:', 'add' in ns, 'nope' in ns);
