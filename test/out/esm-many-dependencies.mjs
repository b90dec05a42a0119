// Proves: a module with more dependencies than Duktape takes as parameters of one function
// (lodash-es's index re-exports 300 modules) links and runs: named imports, re-exports and
// `export *` of 80 modules, with live bindings through all of them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'esm-many-'));
const N = 80;
let index = '';
let user = '';
for (let i = 0; i < N; i++) {
    fs.writeFileSync(path.join(dir, `m${i}.mjs`),
        `export let v${i} = ${i};\nexport function bump${i}() { v${i} += 1000; }\n` +
        `export default 'd${i}';\n`);
    index += `export { default as d${i}, v${i} } from './m${i}.mjs';\n`;
    user += `import d${i}, { v${i}, bump${i} } from './m${i}.mjs';\n`;
}
index += `export * from './m${N - 1}.mjs';\n`;
user += 'export function total() { return ' +
    Array.from({ length: N }, (_, i) => `v${i}`).join(' + ') + '; }\n';
user += 'export function bumpAll() { ' +
    Array.from({ length: N }, (_, i) => `bump${i}();`).join(' ') + ' }\n';
user += `export const names = [d0, d${N - 1}];\n`;
fs.writeFileSync(path.join(dir, 'index.mjs'), index);
fs.writeFileSync(path.join(dir, 'user.mjs'), user);

const ns = await import(pathToFileURL(path.join(dir, 'index.mjs')).href);
const u = await import(pathToFileURL(path.join(dir, 'user.mjs')).href);
console.log(Object.keys(ns).length, ns.d0, ns.d79, ns.v41, typeof ns.bump79);
console.log(u.names, u.total());
u.bumpAll();
console.log(u.total(), ns.v41, ns.v79);
fs.rmSync(dir, { recursive: true });
