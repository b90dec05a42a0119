// cross-spawn (async with piped output, sync with input) and shelljs (ls, grep, sed, cat, exec,
// test, cd/pwd) in a temp dir.
const spawn = require('cross-spawn');
const shell = require('shelljs');
const fs = require('fs');
const os = require('os');
const path = require('path');
const tmp = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sh-')));
const r = spawn.sync('node', ['-e', 'process.stdin.pipe(process.stdout)'], { input: 'piped in', encoding: 'utf8' });
console.log(r.status, JSON.stringify(r.stdout));
const child = spawn(process.execPath, ['-e', 'console.log("out"); console.error("err"); process.exit(3)']);
let out = '';
child.stdout.on('data', (d) => out += d);
child.stderr.on('data', (d) => out += d);
child.on('close', (code) => {
    console.log('async', code, JSON.stringify(out));
    shell.config.silent = true;
    shell.cd(tmp);
    console.log(shell.pwd().toString() === tmp);
    shell.mkdir('-p', 'd/e');
    shell.ShellString('one\ntwo\nthree\n').to('d/f.txt');
    shell.touch('d/e/g.md');
    console.log(shell.ls('-R', 'd').map(String).sort());
    console.log(shell.grep('t', 'd/f.txt').toString(), shell.test('-d', 'd/e'), shell.test('-f', 'nope'));
    shell.sed('-i', 'two', '2', 'd/f.txt');
    console.log(JSON.stringify(shell.cat('d/f.txt').toString()), shell.find('d').filter((f) => f.endsWith('.md')));
    const e = shell.exec('echo hi && exit 4');
    console.log(e.code, JSON.stringify(e.stdout));
    shell.cp('d/f.txt', 'copy.txt'); shell.mv('copy.txt', 'moved.txt'); shell.rm('-rf', 'd');
    console.log(shell.ls().map(String), shell.which('node') !== null);
    shell.cd('/');
    fs.rmSync(tmp, { recursive: true });
});
