// readFileSync(path, 'utf8') and require() of sources with a non-ASCII character at every offset
// around the eight-byte steps of the ASCII scan (src/util.c), invalid bytes, and an astral one.
const fs = require('fs'), os = require('os'), path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-utf8-'));
const file = path.join(dir, 'f.txt');
const out = [];
for (const ch of ['é', '😀', '\u2028']) {
    for (let at = 0; at <= 18; at++) {
        const text = 'x'.repeat(at) + ch + 'y'.repeat(20 - at);
        fs.writeFileSync(file, text);
        const back = fs.readFileSync(file, 'utf8');
        out.push(back === text ? '.' : 'X' + at);
    }
}
console.log(out.join(''));
fs.writeFileSync(file, Buffer.from([0x61, 0x62, 0x63, 0x64, 0x65, 0x66, 0x67, 0xff, 0x68, 0xc3]));
console.log(JSON.stringify(fs.readFileSync(file, 'utf8')));
const mod = path.join(dir, 'm.js');
fs.writeFileSync(mod, "module.exports = 'abcdefg' + 'ü' + '" + 'z'.repeat(9) + "😀';");
console.log(require(mod), require(mod).length);
fs.rmSync(dir, { recursive: true });
