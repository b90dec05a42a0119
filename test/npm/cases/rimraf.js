// rimraf: removes nested trees (sync and async), globs, and missing paths without error.
const { rimraf, rimrafSync } = require('rimraf');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-rimraf-'));
fs.mkdirSync(path.join(dir, 'a/b/c'), { recursive: true });
fs.writeFileSync(path.join(dir, 'a/b/c/f.txt'), 'x');
fs.writeFileSync(path.join(dir, 'a/g.log'), 'x');
fs.writeFileSync(path.join(dir, 'a/h.log'), 'x');
console.log(rimrafSync(path.join(dir, 'a/b')), fs.existsSync(path.join(dir, 'a/b')));
rimraf(path.join(dir, 'a/*.log'), { glob: true }).then((r) => {
    console.log(r, fs.readdirSync(path.join(dir, 'a')));
    return rimraf(path.join(dir, 'missing'));
}).then((r) => {
    console.log('missing', r);
    return rimraf(dir);
}).then(() => console.log(fs.existsSync(dir)));
