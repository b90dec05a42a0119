// tmp 0.2, find-up 8 and cosmiconfig 10: temporary files and directories removed on cleanup,
// searching parent directories, and loading configuration files of several formats.
import tmp from 'tmp';
import fs from 'node:fs';
import path from 'node:path';
import { findUp, findUpSync } from 'find-up';
import { cosmiconfig, cosmiconfigSync } from 'cosmiconfig';

const dir = tmp.dirSync({ unsafeCleanup: true, prefix: 'nd-' });
console.log(path.basename(dir.name).startsWith('nd-'), fs.statSync(dir.name).isDirectory());
const file = tmp.fileSync({ dir: dir.name, postfix: '.txt' });
fs.writeSync(file.fd, 'hello');
console.log(fs.readFileSync(file.name, 'utf8'), path.extname(file.name), path.dirname(file.name) === dir.name);
file.removeCallback();
console.log(fs.existsSync(file.name));
const deep = path.join(dir.name, 'a', 'b', 'c');
fs.mkdirSync(deep, { recursive: true });
fs.writeFileSync(path.join(dir.name, 'a', 'marker.json'), '{}');
fs.writeFileSync(path.join(dir.name, 'package.json'), JSON.stringify({ name: 'x', myapp: { from: 'package.json' } }));
const rel = (p) => p && path.relative(dir.name, p);
console.log(rel(await findUp('marker.json', { cwd: deep })), rel(findUpSync(['nope', 'package.json'], { cwd: deep })));
console.log(rel(await findUp((d) => (path.basename(d) === 'a' ? d : undefined), { cwd: deep, type: 'directory' })), await findUp('zzz-none', { cwd: deep }));
const explorer = cosmiconfig('myapp', { stopDir: dir.name });
console.log(JSON.stringify(await explorer.search(deep)).replaceAll(dir.name, '<tmp>'));
fs.writeFileSync(path.join(dir.name, 'a', '.myapprc.json'), '{"from": "rc json"}');
fs.writeFileSync(path.join(dir.name, 'a', 'b', '.myapprc.yaml'), 'from: rc yaml\nlist: [1, 2]\nemoji: 😀\n');
fs.writeFileSync(path.join(dir.name, 'a', 'b', 'c', 'myapp.config.cjs'), 'module.exports = { from: "cjs", n: 1 + 1 };');
const sync = cosmiconfigSync('myapp', { stopDir: dir.name });
console.log(JSON.stringify(sync.search(deep)).replaceAll(dir.name, '<tmp>'));
console.log(JSON.stringify(sync.search(path.join(dir.name, 'a', 'b'))).replaceAll(dir.name, '<tmp>'));
console.log(JSON.stringify(await explorer.load(path.join(dir.name, 'a', '.myapprc.json'))).replaceAll(dir.name, '<tmp>'));
tmp.setGracefulCleanup();
dir.removeCallback();
console.log(fs.existsSync(dir.name));
