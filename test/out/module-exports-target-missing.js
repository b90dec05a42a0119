// Proves: an "exports" or "imports" target that names no file gives MODULE_NOT_FOUND from both
// require.resolve and require (nodule resolved to the missing path, and require then failed
// with a raw ENOENT from stat); '#', '#/x' and '#x/' are invalid imports names; a package.json
// that is not JSON is a SyntaxError naming the file.  Found by test/fuzz/resolve.js.
var fs = require('fs');
var path = require('path');
var os = require('os');
var root = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-exports-missing-'));
function write(name, text) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
}
write('package.json', JSON.stringify({ imports: { '#gone': './gone.js', '#pat/*': './lib/*.js' } }));
write('lib/here.js', 'module.exports = "here";');
write('node_modules/p/package.json', JSON.stringify({ exports: { '.': './gone.js', './sub/*': './lib/*.js' } }));
write('node_modules/p/lib/a.js', 'module.exports = "p/a";');
write('bad/package.json', '{"main": ');
var req = require('module').createRequire(path.join(root, 'main.js'));
['p', 'p/sub/a', 'p/sub/none', '#gone', '#pat/here', '#pat/none', '#', '#/x', '#x/', './bad'].forEach(function (r) {
    [function () { return req.resolve(r); }, function () { return req(r); }].forEach(function (fn) {
        try {
            var v = fn();
            console.log(r, 'ok', typeof v === 'string' && v.charAt(0) === '/' ? path.relative(root, v) : v);
        } catch (e) {
            /* The JSON parser's own words after the file name differ between engines. */
            var message = e instanceof SyntaxError ? e.message.split(': ')[0] : e.message;
            console.log(r, e.name, e.code, message.split('\n')[0].split(root).join('<root>'));
        }
    });
});
fs.rmSync(root, { recursive: true, force: true });
