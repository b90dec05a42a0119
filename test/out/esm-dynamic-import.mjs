// Proves: dynamic import() from an ES module: resolves to the same namespace object as a static
// import (===), runs a not-yet-loaded module once however often it is imported, works with
// .then(), imports CommonJS and builtins, and rejects for a missing file with ERR_MODULE_NOT_FOUND.
import * as staticNs from '../fixtures/esm/dyn.mjs';

console.log('entry body starts');
const ns = await import('../fixtures/esm/dyn.mjs');
console.log('same namespace as static import:', ns === staticNs);
console.log('namespace:', ns);
console.log('default():', ns.default());

const [p1, p2] = await Promise.all([import('../fixtures/esm/dyn-once.mjs'), import('../fixtures/esm/dyn-once.mjs')]);
console.log('two imports, one namespace:', p1 === p2, p1.loadedAt);

await import('../fixtures/esm/cjs-a.cjs').then((cjs) => {
    console.log('cjs via then:', cjs);
});
const fsNs = await import('node:fs');
const fs = await import('fs');
console.log('builtin:', fsNs === fs, typeof fsNs.default.readFileSync, fsNs.readFileSync === fsNs.default.readFileSync);

const spec = '../fixtures/esm/' + 'a.mjs';
const { add } = await import(spec);
console.log('computed specifier:', add(40, 2));

try {
    await import('../fixtures/esm/no-such-file.mjs');
} catch (e) {
    console.log('missing:', e.code, e.message);
}
const pending = import('../fixtures/esm/base.mjs');
console.log('import() returns a Promise:', pending instanceof Promise);
console.log('default of base:', (await pending).default);
