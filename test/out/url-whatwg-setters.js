/* url-whatwg-setters.js: URL setters as Node 20 runs them (the Standard's state overrides):
 * protocol between special and non-special schemes, file and ports; username/password
 * percent-encoding and hosts that cannot have them; host/hostname/port with partial failures
 * that keep what was already set; pathname re-parsing with dot segments; search and hash with
 * and without the leading character, and clearing them; href re-parsing and its
 * ERR_INVALID_URL; the live link between url.search and url.searchParams. */
var URL = require('url').URL;

function show(label, u) {
    console.log(label, '=>', u.href, '|', u.host, '|', u.port, '|', u.pathname, '|', u.search,
                '|', u.hash);
}

function run(start, setter, values) {
    values.forEach(function (v) {
        var u = new URL(start);
        try {
            u[setter] = v;
            show(start + ' .' + setter + ' = ' + JSON.stringify(v), u);
        } catch (e) {
            console.log(start + ' .' + setter + ' = ' + JSON.stringify(v), 'throws', e.name,
                        e.code, e.message);
        }
    });
}

run('http://a.com:99/p?q#h', 'protocol', ['https', 'HTTPS:', 'ftp:x', 'foo', 'file', 'ws:',
    '', '1http', 'ht tp', 'http:', 'wss://x']);
run('foo://a/p', 'protocol', ['bar', 'http', 'file']);
run('file:///x', 'protocol', ['http', 'foo']);
run('http://a/', 'protocol', ['file']);
run('http://a.com/', 'username', ['user', 'a b:c@d', '\u00e9', '']);
run('http://a.com/', 'password', ['pw', 'p@ss:w/rd', '']);
run('file:///x', 'username', ['u']);
run('mailto:a@b', 'password', ['p']);
run('http://a.com:99/p', 'host', ['b.com', 'b.com:8080', 'b.com:', 'c.com:x', '', 'B.COM:80',
    '[::1]:1', 'x/y', 'x?y', 'x#y', 'x y', '\u2603.net', 'a:b:c']);
run('http://a.com:99/p', 'hostname', ['b.com', 'd.com:5', '', '[::1]', 'x/y', '0x7f.1']);
run('foo://a/p', 'host', ['', 'b:1', 'x y']);
run('foo:/p', 'host', ['h']);
run('mailto:a@b', 'host', ['h']);
run('file:///C:/x', 'host', ['srv', 'localhost', '']);
run('http://a.com:99/p', 'port', ['8080', '99x', 'x', '70000', '', '80', ' 1', '0', '65535',
    '65536', 12.7, '-1']);
run('file:///x', 'port', ['1']);
run('https://a/', 'port', ['443', '444']);
run('http://a/b/c', 'pathname', ['/x/y', 'x', '/a/../b/./c d', '', '/%2e/', '\\a\\b', '?x',
    '#y', '/\u00e9']);
run('foo://a/b', 'pathname', ['x y', '\\a']);
run('mailto:a@b', 'pathname', ['x']);
run('http://a/p?q#h', 'search', ['x=1', '?y=2', '', '?', 'a b', '#x', '\u00e9=\'']);
run('foo://a/p?q', 'search', ["a b'"]);
run('http://a/p?q#h', 'hash', ['x', '#y', '', '#', 'a b`', '\u00e9']);
run('data:space ?q#h', 'hash', ['']);
run('data:space ?q', 'search', ['']);
run('http://a/p', 'href', ['https://b/c?d#e', 'not a url', '', 'foo:bar']);

var u = new URL('http://a/?x=1&y=2');
var sp = u.searchParams;
console.log(sp === u.searchParams, sp.get('x'), sp.size);
u.search = '?z=3';
console.log(sp.get('x'), sp.get('z'), sp.toString());
sp.append('w', 'a b');
console.log(u.href, u.search);
sp.delete('z');
sp.delete('w');
console.log(u.href, JSON.stringify(u.search));
u.href = 'http://b/?k=v';
console.log(sp.get('k'), sp === u.searchParams);
u.search = '';
console.log(sp.toString(), sp.size);
sp.set('s', '\u00e9&=');
console.log(u.href);
u.hash = 'frag';
sp.sort();
console.log(u.href);
