// mkdirp: creates nested directories (sync and promise), returns the first one made, mode option.
const { mkdirp } = require('mkdirp');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-mkdirp-'));
const made = mkdirp.sync(path.join(dir, 'x/y/z'));
console.log(path.relative(dir, made), fs.statSync(path.join(dir, 'x/y/z')).isDirectory(), mkdirp.sync(path.join(dir, 'x')));
mkdirp(path.join(dir, 'p/q'), { mode: 0o700 }).then((first) => {
    console.log(path.relative(dir, first), (fs.statSync(path.join(dir, 'p/q')).mode & 0o777).toString(8));
    fs.writeFileSync(path.join(dir, 'file'), '');
    return mkdirp(path.join(dir, 'file/sub')).catch((e) => console.log(e.code));
}).then(() => fs.rmSync(dir, { recursive: true }));
