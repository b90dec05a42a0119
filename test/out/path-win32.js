/* path-win32.js: path.win32 gives Node's results on Windows paths: drive letters ('C:', 'c:\'),
 * UNC roots ('\\server\share'), device paths ('\\.\', '\\?\'), reserved device names ('CON:',
 * 'COM1:'), mixed separators, and case-insensitive relative().  The working directory appears as
 * <CWD> in resolve() results. */
/* toNamespacedPath() of relative paths also shows the working directory: start from /. */
process.chdir("/");
var win32 = require("path").win32;
var cwdWin = process.cwd().replace(/\//g, '\\');

function show(name, args, fn) {
    var out;
    try {
        out = JSON.stringify(fn.apply(null, args));
        out = out.split(JSON.stringify(cwdWin).slice(1, -1)).join('<CWD>');
    } catch (e) {
        out = 'threw ' + e.name + ' ' + e.code;
    }
    console.log(name + '(' + args.map(function (a) { return JSON.stringify(a); }).join(', ') + ') = ' + out);
}

var samples = ['', '\\', '/', '\\\\', '//', '.', '..', 'a', 'a\\', 'a/b\\c', 'C:', 'c:', 'C:\\', 'C:/',
    'C:.', 'C:..', 'C:a', 'C:a\\b', 'C:\\a\\b', 'C:\\a\\b\\', 'C:\\a\\..\\..', 'C:\\..\\a', '\\a\\b',
    '\\\\server', '\\\\server\\', '\\\\server\\share', '\\\\server\\share\\', '\\\\server\\share\\dir\\f.txt',
    '//server/share/dir', '\\\\?\\C:\\x', '\\\\.\\PHYSICALDRIVE0', '\\\\.\\pipe\\name', '\\\\?\\UNC\\s\\h',
    'CON', 'CON:', 'con:x', 'COM1:', 'LPT\xb9:', 'NUL:\\x', 'a:b', 'file:stream', 'a\\b:c', 'x:', ':',
    '::', 'c:\\x:y', '.\\C:x', 'foo\\..\\C:x', 'a\\..\\..\\b', '.a', 'a.b.c', 'dir\\.hidden', 'C:\\dir\\file.txt',
    'C:file.txt', '\\\\s\\h\\file.ext', 'a/b/../c/./d', '/a//b', 'é\\ß.txt'];

['normalize', 'dirname', 'basename', 'extname', 'isAbsolute', 'parse', 'toNamespacedPath'].forEach(function (fn) {
    samples.forEach(function (p) {
        show(fn, [p], win32[fn]);
    });
});

samples.forEach(function (p) {
    show('format(parse)', [p], function (x) { return win32.format(win32.parse(x)); });
});

[['C:\\a\\b.txt', '.txt'], ['C:b.txt', 'b.txt'], ['C:\\', 'C:\\'], ['\\a\\b.TXT', '.txt'], ['a\\b\\', 'b'],
    ['C:\\foo.js', '.js'], ['aaa\\', 'a']].forEach(function (s) {
    show('basename', s, win32.basename);
});

[[], ['a', 'b'], ['C:', 'a'], ['C:\\', 'a'], ['\\\\server', 'share'], ['//server', 'share'],
    ['\\\\', 'server', 'share'], ['///', 'server'], ['//', ''], ['', '\\\\a'], ['a', '\\\\b'],
    ['\\\\server\\share', '..', 'x'], ['C:', '..', '..'], ['c:\\a', '..\\..\\b'], ['/', '/'],
    ['CON:', 'x'], ['a', 'b:c'], ['.', 'C:x']].forEach(function (j) {
    show('join', j, win32.join);
});

[['C:\\a', 'b'], ['C:\\a', 'D:\\b'], ['C:\\a', 'c:b'], ['C:\\a', 'D:b'], ['\\\\s\\h', 'x'],
    ['\\\\s\\h\\', '..\\..'], ['C:\\', '..'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'],
    ['c:/blah\\blah', 'd:/games', 'c:../a'], ['d:/ignore', 'd:some/dir//'], ['//server/share', '..', 'relative\\'],
    ['\\\\.\\PHYSICALDRIVE0'], ['\\\\?\\PHYSICALDRIVE0'], ['C:\\x', '\\y'], ['x', 'y']].forEach(function (r) {
    show('resolve', r, win32.resolve);
});

[['c:/blah\\blah', 'd:/games'], ['c:/aaaa/bbbb', 'c:/aaaa'], ['c:/aaaa/bbbb', 'c:/cccc'],
    ['c:/aaaa/bbbb', 'c:/aaaa/bbbb'], ['c:/aaaa/bbbb', 'c:/aaaa/cccc'], ['c:/aaaa/', 'c:/aaaa/cccc'],
    ['c:/', 'c:\\aaaa\\bbbb'], ['c:/aaaa/bbbb', 'd:\\'], ['c:/AaAa/bbbb', 'c:/aaaa/bbbb'],
    ['c:/aaaaa/', 'c:/aaaa/cccc'], ['C:\\foo\\bar\\baz\\quux', 'C:\\'], ['C:\\foo\\test', 'C:\\foo\\test\\bar\\package.json'],
    ['C:\\foo\\bar\\baz-quux', 'C:\\foo\\bar\\baz'], ['\\\\foo\\bar', '\\\\foo\\bar\\baz'],
    ['\\\\foo\\bar\\baz', '\\\\foo\\bar'], ['\\\\foo\\bar\\baz-quux', '\\\\foo\\bar\\baz'],
    ['C:\\baz-quux', 'C:\\baz'], ['C:\\baz', '\\\\foo\\bar\\baz'], ['\\\\foo\\baz', 'C:\\baz'],
    ['C:\\İ\\x', 'C:\\i̇\\y'], ['C:\\ß\\a', 'C:\\SS\\a']].forEach(function (r) {
    show('relative', r, win32.relative);
});

[{ root: 'C:\\', base: 'f' }, { dir: 'C:\\a', base: 'b' }, { dir: 'C:\\a', name: 'b', ext: 'c' },
    { root: '\\\\s\\h\\', name: 'x' }, {}].forEach(function (f) {
    show('format', [f], win32.format);
});

console.log('sep', JSON.stringify(win32.sep), 'delimiter', JSON.stringify(win32.delimiter));
