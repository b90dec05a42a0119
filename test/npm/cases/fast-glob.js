// fast-glob 3: sync, async and stream APIs over a temp tree (ignore, dot, onlyDirectories, stats).
const fg = require('fast-glob');
const fs = require('fs');
const os = require('os');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'fg-'));
for (const f of ['a.js', 'b.ts', 'lib/c.js', 'lib/deep/d.js', '.hidden/e.js', 'node_modules/m/i.js', '.dotfile']) {
    fs.mkdirSync(path.dirname(path.join(tmp, f)), { recursive: true });
    fs.writeFileSync(path.join(tmp, f), f);
}
console.log(fg.sync('**/*.js', { cwd: tmp, ignore: ['**/node_modules/**'] }).sort());
console.log(fg.sync(['**/*', '!**/*.js'], { cwd: tmp, dot: true }).sort());
console.log(fg.sync('**', { cwd: tmp, onlyDirectories: true }).sort(), fg.isDynamicPattern('a/*'), fg.escapePath('a(b)'));
(async () => {
    const e = await fg('lib/**/*.js', { cwd: tmp, stats: true });
    console.log(e.map((x) => x.path + ' ' + x.stats.size).sort());
    const s = [];
    for await (const f of fg.stream('*.{js,ts}', { cwd: tmp })) s.push(f);
    console.log(s.sort());
    fs.rmSync(tmp, { recursive: true });
})();
