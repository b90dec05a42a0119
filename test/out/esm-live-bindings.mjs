// Proves: exports are live bindings: after the exporting module changes `count`, the importer's
// binding and the namespace object both see the new value; imports cannot be assigned to.
import { count, inc, reset } from '../fixtures/esm/counter.mjs';
import * as counter from '../fixtures/esm/counter.mjs';
import { count as renamedCount } from '../fixtures/esm/counter.mjs';

console.log('start:', count, counter.count, renamedCount);
inc();
console.log('after inc:', count, counter.count, renamedCount);
inc();
inc();
console.log('after 3 incs:', count, counter.count, renamedCount);
counter.inc();
console.log('after counter.inc():', count);
const snapshot = count;
reset();
console.log('after reset:', count, counter.count, 'snapshot kept:', snapshot);
console.log('namespace:', counter);
try {
    count = 100;
} catch (e) {
    console.log('assign to import:', e.name, e.message);
}
try {
    counter.count = 100;
} catch (e) {
    console.log('assign through namespace:', e.name);
}
console.log('still:', count);
function readLater() { return count; }
inc();
console.log('closure sees live value:', readLater());
