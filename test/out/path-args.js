/* path-args.js: path rejects non-string arguments with Node's TypeError ERR_INVALID_ARG_TYPE,
 * naming the argument as Node does ('path', 'paths[1]', 'from', 'suffix', 'pathObject'), and
 * exposes Node's module shape: posix/win32 cross links, _makeLong, method names. */
var path = require('path');

function attempt(label, fn) {
    try {
        console.log(label, '->', JSON.stringify(fn()));
    } catch (e) {
        console.log(label, '->', e.name, e.code, e instanceof TypeError, e.message);
    }
}

var bad = [undefined, null, 0, true, {}, [], function f() {}];
['posix', 'win32'].forEach(function (flavor) {
    var p = path[flavor];
    bad.forEach(function (v, i) {
        var tag = flavor + ' #' + i;
        attempt(tag + ' normalize', function () { return p.normalize(v); });
        attempt(tag + ' join', function () { return p.join('a', v); });
        attempt(tag + ' resolve', function () { return p.resolve('/a', 'b', v); });
        attempt(tag + ' relative from', function () { return p.relative(v, '/a'); });
        attempt(tag + ' relative to', function () { return p.relative('/a', v); });
        attempt(tag + ' dirname', function () { return p.dirname(v); });
        attempt(tag + ' basename', function () { return p.basename(v); });
        attempt(tag + ' basename suffix', function () { return p.basename('a', v); });
        attempt(tag + ' extname', function () { return p.extname(v); });
        attempt(tag + ' isAbsolute', function () { return p.isAbsolute(v); });
        attempt(tag + ' parse', function () { return p.parse(v); });
        attempt(tag + ' format', function () { return p.format(v); });
        attempt(tag + ' toNamespacedPath', function () { return p.toNamespacedPath(v); });
    });
});

console.log(path === path.posix, path.posix.posix === path.posix, path.win32.win32 === path.win32,
    path.posix.win32 === path.win32, path.win32.posix === path.posix);
console.log(path._makeLong === path.toNamespacedPath, path.win32._makeLong === path.win32.toNamespacedPath);
console.log(Object.keys(path).join(' '));
console.log(Object.keys(path.win32).join(' '));
console.log(['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname',
    'basename', 'extname', 'parse'].map(function (k) { return path[k].name + '/' + path.win32[k].name; }).join(' '));
console.log(path.format.name, path.win32.format.name, typeof path.matchesGlob);
