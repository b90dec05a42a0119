/* url-legacy-parse.js: url.parse as Node 20: every field of the Url object (protocol,
 * slashes, auth, host, port, hostname, hash, search, query, pathname, path, href) for
 * absolute, relative, protocol-relative (slashesDenoteHost), IPv6, auth with '@', escaped
 * delimiters, backslashes, whitespace trimming, IDNA hosts, javascript: URLs, the simple-path
 * fast path, parseQueryString (null-prototype query) and the ERR_INVALID_ARG_TYPE /
 * ERR_INVALID_URL errors. */
var url = require('url');

function show(args) {
    try {
        var u = url.parse.apply(null, args);
        var parts = Object.keys(u).map(function (k) {
            var v = u[k];
            if (v !== null && typeof v === 'object') {
                v = (Object.getPrototypeOf(v) === null ? 'null-proto' : 'object') +
                    JSON.stringify(v);
            } else {
                v = JSON.stringify(v);
            }
            return k + '=' + v;
        });
        console.log(JSON.stringify(args), u instanceof url.Url, parts.join(' '));
    } catch (e) {
        console.log(JSON.stringify(args), 'throws', e.name, e.code, e.message);
    }
}

[
    'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
    'HTTP://WWW.EXAMPLE.COM/A?B#C', 'http://x.com', 'http://x.com:', 'http://x.com:abc/',
    'https://a@b@c/d', 'http://a@b?@c', 'http://a:b@c:d@e/f', 'http://%41:%42@c/',
    'http://[::1]:3000/x', 'http://[fe80::1%25eth0]/', 'http://[::1', '//host/path',
    '/just/a/path?x=1', '/just/a/path', 'relative/path?q#h', '?only=query', '#only-hash',
    'mailto:someone@example.com', 'javascript:alert("hi there")', 'JavaScript:x',
    'file:///etc/passwd', 'file://localhost/etc/x', 'file:/x', 'http://a.com/ "<>`{}|\\^\'',
    'http://a.com\\b\\c?d\\e', '  \t http://trim.com/x \n ', 'http://ex\u00e4mple.com/',
    'http://\u2603.net/', 'http://a.com/p;param?x', 'http://a.com#h?x', 'http://a.com?x#h?y',
    'HTTP://A.COM:80', 'git+ssh://git@github.com:user/repo.git', 'redis://:secret@h:6379/0',
    'xmpp:user@host', 'news:comp.lang', 'http://a.com/%zz', 'http://a_b.c-d.com/',
    'http://a.com:8080:9090/', 'http://host/\u00e9?\u00e9#\u00e9', 'www.example.com/x',
    'http://user@/x', 'http://a b.com/', 'http://a%20b/', 'http://a.b.c.d.e.f.g.h.i/',
    'ws://socket.io:1234/x', 'ftp://f.x/y', 'gopher://g/1', 'foo://bar', 'foo:bar',
    'http://a\tb\nc.com/', 'http://-lead.com/', 'http://a..b/', 'http://.x/', ''
].forEach(function (s) { show([s]); });

show(['http://a.com/?x=1&y=2&x=3', true]);
show(['http://a.com/', true]);
show(['/p?a=b', true]);
show(['/p', true]);
show(['//host/p', false, true]);
show(['//host/p', true, true]);
show(['//user@host/p']);
show(['//host']);
show(['//host', false, true]);
show([5]);
show([null]);
show([{}]);
var u1 = url.parse('http://a/b');
console.log(url.parse(u1) === u1);
var u2 = new url.Url();
console.log(JSON.stringify(u2), Object.keys(u2).join(','));
console.log(u2.parse('http://z/q') === u2, u2.href);
