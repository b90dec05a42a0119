// fs-extra 11 (graceful-fs underneath): outputFile, copy, move, JSON helpers, remove, in a temp dir.
const fse = require('fs-extra');
const os = require('os');
const path = require('path');
const dir = fse.mkdtempSync(path.join(os.tmpdir(), 'nd-fse-'));
const p = (...parts) => path.join(dir, ...parts);
(async () => {
    fse.outputFileSync(p('a/b/c.txt'), 'hello');
    await fse.copy(p('a'), p('copy'));
    console.log(fse.readFileSync(p('copy/b/c.txt'), 'utf8'), await fse.pathExists(p('copy/b')));
    await fse.outputJson(p('j/data.json'), { n: 1, list: [1, 2] }, { spaces: 2 });
    console.log(await fse.readJson(p('j/data.json')), fse.readFileSync(p('j/data.json'), 'utf8').split('\n').length);
    await fse.move(p('copy'), p('moved'));
    console.log(fse.existsSync(p('copy')), fse.readdirSync(p('moved/b')));
    fse.ensureDirSync(p('x/y/z'));
    await fse.emptyDir(p('a'));
    console.log(fse.readdirSync(p('a')), fse.statSync(p('x/y/z')).isDirectory());
    try {
        await fse.readJson(p('missing.json'));
    } catch (e) {
        console.log(e.code, e.syscall);
    }
    await fse.remove(dir);
    console.log(fse.existsSync(dir));
})();
