/* path-posix.js: path.posix (require('path') on Linux) gives Node's results for normalize, join,
 * resolve, relative, dirname, basename, extname, parse, format and isAbsolute over many edge
 * cases: repeated and trailing slashes, '.', '..', dot files, '..' above the root, empty
 * arguments.  resolve() results start with the working directory, shown as <root>/... */
var path = require('path');

function show(name, args, fn) {
    var out;
    try {
        out = JSON.stringify(fn.apply(null, args));
    } catch (e) {
        out = 'threw ' + e.name + ' ' + e.code;
    }
    console.log(name + '(' + args.map(function (a) { return JSON.stringify(a); }).join(', ') + ') = ' + out);
}

var samples = ['', '/', '//', '///', '.', '..', '...', './', '../', '/.', '/..', '/../..', 'a', 'a/', 'a//',
    '/a', '//a', '///a', '/a/b', '/a/b/', '/a//b', 'a/b/c', 'a/./b', 'a/../b', 'a/b/../../..', './a',
    '../a', '../../a/b', '/a/../../b', 'a/..', 'a/../', '.a', '.a.b', 'a.', 'a..', '..a', 'a.b.c',
    '/dir/file.txt', '/dir/.hidden', '/dir/file.tar.gz', 'dir/file.', '/dir.d/file', 'dir.d/',
    '/foo/bar/baz/asdf/quux/..', 'foo/bar//baz/asdf/quux/..', '/.../', '/.. /', 'a\\b\\c', 'C:\\x',
    'é/ß.txt', ' ', ' /a b/ c '];

['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'parse'].forEach(function (fn) {
    samples.forEach(function (p) {
        show(fn, [p], path[fn]);
    });
});

samples.forEach(function (p) {
    show('format(parse)', [p], function (x) { return path.format(path.parse(x)); });
});

var suffixes = [['/a/b.txt', '.txt'], ['/a/b.txt', 'txt'], ['/a/b.txt', 'b.txt'], ['/a/b.txt', '.TXT'],
    ['b.txt', 'b.txt'], ['/a/b.txt/', '.txt'], ['/a/b.txt//', 'xt'], ['.txt', '.txt'], ['a.txt', ''],
    ['/a/', 'a'], ['aaa', 'a'], ['aaa', 'aa'], ['/x/aaa', 'aaaa'], ['', 'x'], ['x', ''], ['/', '/'],
    ['file.js.js', '.js'], ['dir/', 'dir/']];
suffixes.forEach(function (s) {
    show('basename', s, path.basename);
});

var joins = [[], [''], ['', ''], ['a'], ['a', 'b'], ['/a', 'b'], ['a', '/b'], ['a/', '/b/'], ['/', '/'],
    ['', '/'], ['.', '.'], ['a', '..'], ['a', '../..'], ['/a', '../..'], ['a', '', 'b'], ['//a', 'b'],
    ['a', 'b', '../c', './d'], [' ', 'x'], ['/foo', 'bar', 'baz/asdf', 'quux', '..']];
joins.forEach(function (j) {
    show('join', j, path.join);
});

var cwd = process.cwd();
var resolves = [[], [''], ['/'], ['/a', 'b'], ['/a', '/b'], ['/a/b', '..', 'c'], ['a'], ['a', 'b'],
    ['.'], ['..'], ['/foo/bar', './baz'], ['/foo/bar', '/tmp/file/'], ['wwwroot', 'static_files/png/', '../gif/image.gif'],
    ['/a', '', 'b'], ['//a', 'b'], ['/a/b/c/../../..', '..']];
resolves.forEach(function (r) {
    show('resolve', r, path.resolve);
});
console.log('resolve() is cwd:', path.resolve() === cwd);

var relatives = [['/a/b', '/a/b'], ['/a/b', '/a/b/c'], ['/a/b/c', '/a/b'], ['/a/b', '/a/c'],
    ['/', '/a'], ['/a', '/'], ['/a/bc', '/a/b'], ['/a/b', '/a/bc'], ['/var/lib', '/var'],
    ['/var/lib', '/bin'], ['/var/lib', '/var/lib'], ['/var/lib', '/var/apache'], ['/var/', '/var/lib'],
    ['/', '/var/lib'], ['/foo/test', '/foo/test/bar/package.json'], ['/Users/a/web/b/test/mails', '/Users/a/web/b'],
    ['/foo/bar/baz-quux', '/foo/bar/baz'], ['/foo/bar/baz', '/foo/bar/baz-quux'], ['/baz-quux', '/baz'],
    ['/baz', '/baz-quux'], ['/page1/page2/foo', '/'], ['a', 'a/b'], ['', ''], ['/x', '']];
relatives.forEach(function (r) {
    show('relative', r, path.relative);
});
// How many '..' this gives depends on where the checkout lives, so it is compared, not printed.
console.log('relative("", "/") climbs from cwd:', path.relative('', '/') === path.relative(cwd, '/'));

var formats = [{}, { root: '/' }, { root: '/', base: 'x' }, { dir: '/a', base: 'b' },
    { dir: '/a', name: 'b', ext: '.c' }, { dir: '/a', name: 'b', ext: 'c' }, { name: 'n', ext: '.' },
    { root: '/', dir: '/', base: 'f' }, { root: 'r', dir: 'r', base: 'b' }, { dir: 'a', root: 'b', base: 'c' },
    { base: 'b', name: 'ignored', ext: '.ignored' }, { name: '', ext: '' }, { dir: '' , name: 'x' }];
formats.forEach(function (f) {
    show('format', [f], path.format);
});

console.log('sep', JSON.stringify(path.sep), 'delimiter', JSON.stringify(path.delimiter));
console.log('toNamespacedPath', path.toNamespacedPath('/a/b'), path.toNamespacedPath(1));
