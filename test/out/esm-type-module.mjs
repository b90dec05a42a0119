// Proves: .js files under a package.json with "type": "module" are ES modules (import/export,
// no require, undefined top-level this, also in subfolders), while .cjs files there are still
// CommonJS; a "type": "module" .js can also be loaded with dynamic import().
import def, { libName, fromIndex, metaFile } from '../fixtures/esm/typemod/index.js';
import * as ns from '../fixtures/esm/typemod/index.js';
import { nested } from '../fixtures/esm/typemod/sub/nested.js';

console.log('default:', def);
console.log('named:', libName, '|', fromIndex);
console.log('import.meta.url ends with:', metaFile);
console.log('namespace:', ns);
console.log('nested:', nested);
const lib = await import('../fixtures/esm/typemod/lib.js');
console.log('dynamic import:', lib.shout('hi'), Object.keys(lib));
