// The POSIX scans done in C (lib/path.c): dirname, basename, extname, normalize, resolve and what builds on
// them, over separators, dots and non-ASCII names.
const path = require('path').posix;
const cases = ['', '/', '//', '///', 'a', 'a/', 'a//', '/a', '/a/', '//a', '//a/b', 'a/b/c', '/a/b/c/', 'a/b/c//', '.', '..', '...', '....', '.a', '..a', 'a.', 'a..', '.a.b', 'a.b.c', '/x/.profile', '/x/..', '/x/../', 'x/.././y', '../../a', 'a/../..', '/../a', './', './/', 'é/ü.txt', '/héllo/wörld.tar.gz', 'a/b/../../..', '/a/./b/../../c/', 'x/y/z/..', 'x/../../y', '..//..', 'foo/bar/..', '/.', '/..', '/.../', 'a/.b', 'a/..b', 'a/b./', 'a\\b/c.d\\e'];
for (const c of cases) {
  console.log(JSON.stringify(c), path.dirname(c), path.basename(c), JSON.stringify(path.extname(c)), path.normalize(c), path.resolve('/r', c), path.join('x', c), path.relative('/a/b', path.resolve('/a', c)), JSON.stringify(path.parse(c)));
}
console.log(path.basename('/a/b.txt', '.txt'), path.basename('/a/b.txt', ''), path.basename('a.txt', 'a.txt'));
const rcases = [['/a', 'b'], ['/a/', '/b/'], ['a', '/b', 'c/..', ''], ['/', ''], ['', ''], ['/a/b', '../../..'], ['/x', 'é', '../ü'], ['/a', '', '.'], ['x', 'y'], [], ['/a//b///c/'], ['/a', 1], [1, '/a']];
for (const a of rcases) { try { console.log(JSON.stringify(a), path.resolve(...a)); } catch (e) { console.log(e.code, e.message); } }
// path.resolve asks process.cwd(), which a program may replace
process.cwd = () => '/fake/cwd';
console.log(path.resolve('rel'), path.resolve('/abs', 'rel'));
