// Proves: dynamic import() from a CommonJS module: loads an ES module (namespace with live
// exports, same object on every import), a CommonJS module (default is module.exports, the same
// object require() returns), and builtins; the promise resolves after the synchronous code ends.
import('../fixtures/esm/dyn.mjs').then(function (ns) {
    console.log('esm namespace:', ns);
    console.log('default():', ns.default());
    return import('../fixtures/esm/dyn.mjs').then(function (again) {
        console.log('same namespace again:', again === ns);
    });
}).then(function () {
    return import('../fixtures/esm/counter.mjs');
}).then(function (counter) {
    counter.inc();
    counter.inc();
    console.log('live binding through namespace:', counter.count);
    return import('../fixtures/esm/cjs-a.cjs');
}).then(function (cjs) {
    console.log('cjs default is require() result:', cjs.default === require('../fixtures/esm/cjs-a.cjs'));
    console.log('cjs named:', cjs.alpha, cjs.gamma);
    return import('node:path');
}).then(function (p) {
    console.log('builtin:', p.default === require('path'), p.sep);
    return import('./no-such-module.mjs');
}).catch(function (e) {
    console.log('missing:', e.code);
});
console.log('sync code done, typeof module:', typeof module);
