// Requests that end in '.' or '..' name folders (their index), bare requests with and without
// a subpath resolve the same when asked again from elsewhere, and the package scope of a file
// (its nearest package.json's "type") is found for every file of a folder, nested folders too.
const path = require('path');
const { root, rel, write, remove } = require('../fixtures/modules/tree.js')('nd-dots-');
write('app/index.js', "module.exports = 'app index';");
write('app/sub/index.js', "module.exports = 'sub index';");
write('app/sub/a.js', "module.exports = [require('.'), require('..'), require('./.'), require('../sub/..'), require('./..')];");
write('app/sub/deeper/b.js', "module.exports = [require('..'), require('../..'), require('pkg/x'), require('@s/p/y.js')];");
write('app/node_modules/pkg/x.js', "module.exports = 'pkg x ' + require('pkg');");
write('app/node_modules/pkg/index.js', "module.exports = 'pkg main';");
write('app/node_modules/@s/p/y.js', "module.exports = 'scoped y';");
write('app/node_modules/typed/package.json', '{"type": "commonjs"}');
write('app/node_modules/typed/one.js', "module.exports = typeof require;");
write('app/node_modules/typed/two.js', "module.exports = typeof module;");
write('app/node_modules/typed/lib/three.js', "module.exports = require('../one') + require('../two');");
console.log(require(path.join(root, 'app/sub/a.js')));
console.log(require(path.join(root, 'app/sub/deeper/b.js')));
console.log(require(path.join(root, 'app/node_modules/typed/lib/three.js')));
console.log(rel(require.resolve('pkg/x', { paths: [path.join(root, 'app/sub')] })));
try { require(path.join(root, 'app/nothing/.')); } catch (e) { console.log(e.code); }
remove();
