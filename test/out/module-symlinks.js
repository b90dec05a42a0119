// Modules reached through symbolic links resolve to their real paths, as Node does: a pnpm-style
// layout (the package's dependencies sit beside its real folder), a linked folder in the middle
// of a path, a linked file, a relative link, a link to a link, and a dangling link.
const fs = require('fs'), os = require('os'), path = require('path');
const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'nd-links-')));
const rel = (p) => path.relative(root, p);
function write(file, text) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
}
write('store/pkg@1/node_modules/pkg/index.js',
    "module.exports = { file: __filename, dep: require('dep') };");
write('store/pkg@1/node_modules/dep/index.js', "module.exports = 'dep from ' + __dirname;");
fs.mkdirSync(path.join(root, 'app/node_modules'), { recursive: true });
fs.symlinkSync(path.join(root, 'store/pkg@1/node_modules/pkg'), path.join(root, 'app/node_modules/pkg'));
write('real/lib/a.js', "module.exports = __filename;");
fs.symlinkSync(path.join(root, 'real'), path.join(root, 'app/linked'));
fs.symlinkSync('../real/lib/a.js', path.join(root, 'app/file-link.js'));
fs.symlinkSync(path.join(root, 'app/file-link.js'), path.join(root, 'app/link-to-link.js'));
fs.symlinkSync(path.join(root, 'nowhere.js'), path.join(root, 'app/dangling.js'));
write('app/main.js', [
    "const pkg = require('pkg');",
    "console.log('pkg', REL(pkg.file), REL(pkg.dep.slice(9)));",
    "console.log('folder link', REL(require('./linked/lib/a.js')));",
    "console.log('file link', REL(require('./file-link')));",
    "console.log('link to link', REL(require('./link-to-link.js')));",
    "console.log('same module', require('./file-link') === require('./linked/lib/a'));",
    "console.log('resolve', REL(require.resolve('pkg')));",
    "try { require('./dangling'); } catch (e) { console.log(e.code); }",
].join('\n').replace(/REL/g, 'global.rel'));
global.rel = rel;
require(path.join(root, 'app/main.js'));
fs.rmSync(root, { recursive: true });
