// glob: sync and async walks of a temp tree with **, braces, ignore, dot files and withFileTypes.
const { globSync, glob } = require('glob');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-glob-'));
for (const f of ['a.js', 'b.ts', 'src/c.js', 'src/deep/d.js', 'src/deep/e.md', '.hidden.js', 'node_modules/x/i.js']) {
    fs.mkdirSync(path.join(dir, path.dirname(f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), f);
}
const sorted = (list) => list.map((p) => p.split(path.sep).join('/')).sort();
console.log(sorted(globSync('**/*.js', { cwd: dir, ignore: 'node_modules/**' })));
console.log(sorted(globSync('*.{js,ts}', { cwd: dir, dot: true })));
console.log(sorted(globSync('src/**/*', { cwd: dir, nodir: true })));
glob('src/*/', { cwd: dir, withFileTypes: true }).then((entries) => {
    console.log(entries.map((e) => e.name + ' ' + e.isDirectory()));
    fs.rmSync(dir, { recursive: true });
});
