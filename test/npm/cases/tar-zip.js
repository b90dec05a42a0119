// tar 7 (create a gzipped tarball from a temp dir, list it, extract it elsewhere) and adm-zip
// (build a zip in memory, write, read back, extract).
const tar = require('tar');
const AdmZip = require('adm-zip');
const fs = require('fs');
const os = require('os');
const path = require('path');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tarzip-'));
const src = path.join(tmp, 'src');
fs.mkdirSync(path.join(src, 'sub'), { recursive: true });
fs.writeFileSync(path.join(src, 'a.txt'), 'alpha\n');
fs.writeFileSync(path.join(src, 'sub', 'b.json'), JSON.stringify({ b: 1 }));
fs.writeFileSync(path.join(src, 'big.bin'), Buffer.alloc(100000, 7));
(async () => {
    const file = path.join(tmp, 'out.tgz');
    await tar.c({ gzip: true, file, cwd: src, portable: true }, ['a.txt', 'sub', 'big.bin']);
    const seen = [];
    await tar.t({ file, onReadEntry: (e) => seen.push(e.path + ':' + e.size + ':' + e.type) });
    console.log(seen.sort());
    const dest = path.join(tmp, 'dest');
    fs.mkdirSync(dest);
    await tar.x({ file, cwd: dest });
    console.log(fs.readFileSync(path.join(dest, 'sub', 'b.json'), 'utf8'), fs.statSync(path.join(dest, 'big.bin')).size);
    const zip = new AdmZip();
    zip.addFile('hello.txt', Buffer.from('hello zip '.repeat(50)));
    zip.addLocalFolder(src, 'folder');
    const zfile = path.join(tmp, 'out.zip');
    zip.writeZip(zfile);
    const back = new AdmZip(zfile);
    console.log(back.getEntries().map((e) => e.entryName + ':' + e.header.size).sort());
    console.log(back.readAsText('hello.txt').length, back.getEntry('folder/sub/b.json').getData().toString());
    back.extractAllTo(path.join(tmp, 'unz'), true);
    console.log(fs.readFileSync(path.join(tmp, 'unz', 'folder', 'a.txt'), 'utf8').trim());
    fs.rmSync(tmp, { recursive: true });
})();
