# File names that are not UTF-8 (a Latin-1 byte, a 0xff byte): readdir gives them with U+FFFD as
# node does, require of such a name fails cleanly with MODULE_NOT_FOUND, and the buffer encoding
# gives the bytes.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/$(printf 'dir\377')"
echo "module.exports = 'hi'" > "$dir/$(printf 'dir\377')/index.js"
echo "module.exports = 'latin'" > "$dir/$(printf 'caf\351').js"
cat > "$dir/t.js" <<'JS'
const fs = require('fs');
const names = fs.readdirSync(__dirname).filter((n) => n !== 't.js').sort();
console.log(names.map((n) => JSON.stringify(n)).join(' '));
for (const n of names) {
    try { console.log(require('./' + n)); } catch (e) { console.log('error', e.code); }
}
try { require('./caf\u00e9'); } catch (e) { console.log('error', e.code); }
const hex = fs.readdirSync(__dirname, { encoding: 'buffer' }).map((b) => b.toString('hex'));
console.log(hex.sort().join(' '));
JS
$NODE "$dir/t.js"
