// Proves: importing CommonJS from ESM (.cjs, and .js in a folder whose package.json has no
// "type"): the default import is module.exports; `exports.x = ...` properties and the
// identifier-valued keys of `module.exports = {...}` are also named imports (literal-valued keys
// are not); __esModule modules; the namespace shape Node builds; and builtins imported with and
// without the node: prefix (default and named imports).
import cjsA, { alpha, beta, gamma } from '../fixtures/esm/cjs-a.cjs';
import * as cjsANs from '../fixtures/esm/cjs-a.cjs';
import plain, { fromPlain, n } from '../fixtures/esm/cjs/plain.js';
import replaced from '../fixtures/esm/cjs/replace.js';
import * as replacedNs from '../fixtures/esm/cjs/replace.js';
import obj from '../fixtures/esm/cjs/object.js';
import * as objNs from '../fixtures/esm/cjs/object.js';
import * as shortNs from '../fixtures/esm/cjs/shorthand.js';
import esModule, { named } from '../fixtures/esm/cjs/esmodule.js';
import * as esModuleNs from '../fixtures/esm/cjs/esmodule.js';
import fs, { readFileSync } from 'fs';
import { EventEmitter } from 'node:events';
import events from 'events';
import path from 'path';
import * as pathNs from 'node:path';
import { createRequire } from 'module';

console.log('.cjs default:', cjsA);
console.log('.cjs named:', alpha, beta(), gamma, cjsA.beta === beta);
console.log('.cjs namespace:', cjsANs);
console.log('.js default:', plain, 'named:', fromPlain, n);
console.log('module.exports = fn:', replaced(), replaced.extra, replacedNs);
// Node finds named exports by reading the source (cjs-module-lexer), so it misses
// `{ first: 1 }` (values that are not identifiers); nodule takes the real keys of
// module.exports, a superset (docs/api.md), so only the default is compared here.
console.log('module.exports = object literal:', obj, 'default:', objNs.default === obj);
console.log('module.exports = { a, b: b, \'c\': c }:', shortNs);
console.log('__esModule default:', esModule, 'named:', named);
console.log('__esModule namespace keys:', Object.keys(esModuleNs));
const require = createRequire(import.meta.url);
console.log('same object as require():', require('../fixtures/esm/cjs-a.cjs') === cjsA);
console.log('fs default is the module:', fs === require('fs'), readFileSync === fs.readFileSync);
console.log('events:', EventEmitter === events, typeof EventEmitter);
console.log('path:', path.join('a', 'b'), pathNs.default === path, pathNs.join === path.join);
const e = new EventEmitter();
e.on('hi', (v) => console.log('event got', v));
e.emit('hi', 42);
