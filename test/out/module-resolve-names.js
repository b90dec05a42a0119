// Resolution of module paths with non-ASCII names (accented, CJK and astral characters) through a
// linked folder, a package's "main", an index file and extensions: __filename is the real path,
// spelt as Node spells it; a module reached two ways is one module (lib/module.c's stat and
// real path caches).  A module created while a require() runs is found by a later require().
const fs = require('fs'), path = require('path');
const { root, rel, write, remove } = require('../fixtures/modules/tree.js')('nd-names-');
write('réel/日本/😀.js', 'module.exports = __filename;');
write('réel/日本/index.json', '{"ok": "ça"}');
write('réel/node_modules/pkg-é/package.json', '{"main": "lib/entrée"}');
write('réel/node_modules/pkg-é/lib/entrée.js', 'module.exports = __filename;');
fs.symlinkSync(path.join(root, 'réel'), path.join(root, 'lien'));
const viaLink = require(path.join(root, 'lien/日本/😀'));
console.log(rel(viaLink), viaLink === require(path.join(root, 'réel/日本/😀.js')));
console.log(require(path.join(root, 'lien/日本')).ok);
write('lien/main.js', "module.exports = [require('pkg-é'), require.resolve('./日本/😀')];");
console.log(require(path.join(root, 'lien/main.js')).map(rel));
write('réel/late.js', "require('fs').writeFileSync(__dirname + '/later.js', 'module.exports = 7;');" +
    "module.exports = require('./later');");
console.log(require(path.join(root, 'réel/late')));
remove();
