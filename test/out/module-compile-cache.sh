# Proves: a module compiled once and kept in the compile cache (NODE_COMPILE_CACHE, which node 20
# ignores) runs the same on later runs, with its own lines in stack traces; an edit of the same
# length is seen; damaged or foreign entries are ignored; a syntax error stays one; ES modules
# too; NODE_DISABLE_COMPILE_CACHE and an unusable cache directory change nothing.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NODE_COMPILE_CACHE="$tmp/cache"
cat > "$tmp/a.js" <<'JS'
const word = 'one';
function where() {
    return new Error('x').stack.split('\n')[1].replace(/.*a\.js:(\d+).*/, 'a.js line $1');
}
module.exports = { word, where };
JS
cat > "$tmp/main.js" <<'JS'
const a = require('./a.js');
console.log(a.word, a.where());
import('./b.mjs').then((b) => console.log(b.default));
JS
echo "export default 'esm ' + [1, 2].map((n) => n * 2).join();" > "$tmp/b.mjs"
run() { "$NODE" "$tmp/main.js" 2>&1; echo "status $?"; }
run
run
sed -i 's/one/two/' "$tmp/a.js"
run
for f in "$tmp"/cache/*/*; do
    [ -f "$f" ] && printf 'garbage' | dd of="$f" bs=1 seek=60 conv=notrunc status=none
done
run
for f in "$tmp"/cache/*/*; do
    [ -f "$f" ] && head -c 100 "$f" > "$f.cut" && mv "$f.cut" "$f"
done
run
echo "private entries: $(find "$tmp/cache" -perm /077 2>/dev/null | wc -l)"
printf 'const ok = 1;\nconst = 2;\n' > "$tmp/bad.js"
"$NODE" "$tmp/bad.js" 2>&1 | grep -m1 SyntaxError
"$NODE" "$tmp/bad.js" 2>&1 | grep -m1 SyntaxError
NODE_DISABLE_COMPILE_CACHE=1 run
NODE_COMPILE_CACHE=/proc/no-such-dir run
touch "$tmp/file"
NODE_COMPILE_CACHE="$tmp/file/cache" run
