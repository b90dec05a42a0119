// globby 16 (ES module only; its .gitignore handling uses a lookbehind in a u regex,
// /(?<!\\)[*?[]/u): async and sync globbing over a temp tree, gitignore, negation, expandDirectories,
// isDynamicPattern, generateGlobTasks, the stream API.
import { globby, globbySync, globbyStream, isDynamicPattern, isGitIgnored } from 'globby';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'globby-'));
const files = ['a.js', 'b.ts', 'lib/c.js', 'lib/deep/d.js', 'build/out.js', 'docs/x*.md',
    '.hidden/e.js', 'notes.txt'];
for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(tmp, f)), { recursive: true });
    fs.writeFileSync(path.join(tmp, f), f);
}
fs.writeFileSync(path.join(tmp, '.gitignore'), 'build/\n*.txt\ndocs/x\\*.md\n');

console.log(await globby('**/*.js', { cwd: tmp }).then((r) => r.sort()));
console.log((await globby(['**/*', '!**/*.js'], { cwd: tmp, gitignore: true })).sort());
console.log(globbySync('**/*.js', { cwd: tmp, gitignore: true, dot: true }).sort());
console.log((await globby('lib', { cwd: tmp, expandDirectories: { extensions: ['js'] } })).sort());
console.log(isDynamicPattern('a/*'), isDynamicPattern('a/b'));
const ignored = await isGitIgnored({ cwd: tmp });
console.log(ignored(path.join(tmp, 'notes.txt')), ignored(path.join(tmp, 'a.js')),
    ignored(path.join(tmp, 'docs/x*.md')));
const streamed = [];
for await (const f of globbyStream('*.{js,ts}', { cwd: tmp })) {
    streamed.push(f);
}
console.log(streamed.sort());
fs.rmSync(tmp, { recursive: true });
