// Proves: require() of an ES module (Node 20.19+ require(esm)): returns the module namespace,
// which gains __esModule: true only when the module has a default export (then it is a separate
// object from import()'s namespace, otherwise the same one); a string export named
// 'module.exports' is what require() returns; and an ES module graph with top-level await
// (directly or in a dependency) throws ERR_REQUIRE_ASYNC_MODULE without running it.
var a = require('../fixtures/esm/a.mjs');
console.log('with default:', a);
console.log('keys:', Object.keys(a));
console.log('__esModule:', '__esModule' in a, a.__esModule, 'default():', a.default());
var counter = require('../fixtures/esm/counter.mjs');
console.log('without default:', counter, '__esModule' in counter);
counter.inc();
console.log('live binding after inc():', counter.count);
console.log('cached:', require('../fixtures/esm/counter.mjs') === counter);
console.log('"module.exports" export:', require('../fixtures/esm/module-exports-name.mjs'));
var reexp = require('../fixtures/esm/reexport.mjs');
console.log('re-exports:', Object.keys(reexp));
function tryRequire(spec) {
    try {
        require(spec);
        console.log('no error for', spec);
    } catch (e) {
        console.log(e.code);
        console.log(e.message);
    }
}
tryRequire('../fixtures/esm/tla-late.mjs');
tryRequire('../fixtures/esm/tla-import-user.mjs');
import('../fixtures/esm/counter.mjs').then(function (ns) {
    console.log('import() gives the same namespace:', ns === counter, ns.count);
    return import('../fixtures/esm/a.mjs');
}).then(function (ns) {
    console.log('with a default export, require() gives a different object:', ns === a, '__esModule' in ns);
});
