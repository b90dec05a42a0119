// Proves: module evaluation order is post-order (dependencies run before the importer, in import
// order, each once), and in a cycle the module reached second runs first: it can call the other's
// hoisted function exports but reading its `const` export throws ReferenceError (TDZ).
console.log('entry body starts (after all imports ran)');
import { fromA, helperA } from '../fixtures/esm/cycle-a.mjs';
import '../fixtures/esm/cycle-root.mjs';
import { fromB, helperB } from '../fixtures/esm/cycle-b.mjs';
import '../fixtures/esm/cycle-c.mjs';

console.log('entry: fromA =', fromA, 'fromB =', fromB);
console.log('entry:', helperA(), '|', helperB());
