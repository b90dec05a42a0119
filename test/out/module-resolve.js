// Proves: CommonJS resolution as Node: relative files, .json, directory index, package.json
// "main", node_modules lookup through parents, scoped packages, "exports" (conditions, subpaths,
// patterns), cycles returning partial exports, require.cache, shebang lines, module metadata.
var path = require('path');
var base = '../fixtures/modules/';
function show(label, value) { console.log(label + ': ' + JSON.stringify(value)); }
show('plain', require(base + 'plain'));
show('plain.js', require(base + 'plain.js').name);
show('json', require(base + 'data.json'));
show('json without ext', require(base + 'data'));
show('dir index', require(base + 'dir-index'));
show('dir index slash', require(base + 'dir-index/'));
show('resolve relative', path.relative(__dirname, require.resolve(base + 'plain')));
var m = require('module');
var req = m.createRequire(path.resolve(__dirname, base, 'x.js'));
show('pkg main', req('pkg-main'));
show('pkg index', req('pkg-index'));
show('scoped', req('@scope/sub'));
show('exports .', req('pkg-exports'));
show('exports subpath', req('pkg-exports/feature'));
show('exports pattern', req('pkg-exports/utils/a'));
try { req('pkg-exports/dist/cjs.js'); } catch (e) { show('not exported', [e.code, e.message.split(' in ')[0]]); }
show('nested lookup', require(base + 'sub/uses-nested'));
show('cycle', require(base + 'cycle/a'));
show('shebang', require(base + 'shebang'));
var c1 = require(base + 'counter').count;
var c2 = require(base + 'counter').count;
delete require.cache[require.resolve(base + 'counter')];
var c3 = require(base + 'counter').count;
show('cache', [c1, c2, c3]);
show('meta', require(base + 'meta'));
show('main', [require.main === module, module.id, module.loaded, typeof module.paths[0]]);
show('builtin with node:', require('node:path') === require('path'));
show('builtinModules has fs', m.builtinModules.indexOf('fs') !== -1);
show('isBuiltin', [m.isBuiltin('fs'), m.isBuiltin('node:fs'), m.isBuiltin('nope')]);
show('children', module.children.length > 3);
show('paths end', module.paths[module.paths.length - 1]);
