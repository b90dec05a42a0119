# --preserve-symlinks: a module reached through a linked folder keeps the linked path as its
# __filename (and is another module than the same file reached by its real path); without the
# flag it has its real path.
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir -p "$dir/real"
echo "module.exports = __filename;" > "$dir/real/a.js"
ln -s "$dir/real" "$dir/link"
cat > "$dir/t.js" <<'JS'
const path = require('path');
const viaLink = require('./link/a');
const direct = require('./real/a');
console.log(path.relative(__dirname, viaLink), path.relative(__dirname, direct), viaLink === direct);
JS
$NODE --preserve-symlinks "$dir/t.js"
$NODE "$dir/t.js"
