// Proves: re-exports as Node: `export * from` (which skips `default`), `export { a as b } from`,
// `export { default as name } from`, `export * as ns from`, and that re-exported bindings are
// the same values as the originals.
import * as re from '../fixtures/esm/reexport.mjs';
import { x, y, renamedX, baseDefault, baseNs, add } from '../fixtures/esm/reexport.mjs';
import * as base from '../fixtures/esm/base.mjs';
import { add as origAdd } from '../fixtures/esm/a.mjs';

console.log('namespace:', re);
console.log('keys:', Object.keys(re));
console.log('star names:', x, y);
console.log('renamed:', renamedX, 'default as name:', baseDefault);
console.log('has default:', 'default' in re, re.default);
console.log('export * as ns:', baseNs, baseNs === base);
console.log('add passes through:', add === origAdd, add(1, 2));
