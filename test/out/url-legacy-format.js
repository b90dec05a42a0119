/* url-legacy-format.js: url.format of legacy objects (host vs hostname+port, IPv6 brackets,
 * auth escaping, query objects through querystring, search without '?', '#'/'?' in pathname,
 * slashed and non-slashed protocols, file:), of strings, and of WHATWG URLs with the
 * { auth, fragment, search, unicode } options; url.resolve and url.resolveObject over the
 * classic RFC 1808/3986 cases and non-slashed protocols; the ERR_INVALID_ARG_TYPE errors. */
var url = require('url');

function attempt(label, fn) {
    try {
        console.log(label, '->', JSON.stringify(fn()));
    } catch (e) {
        console.log(label, 'throws', e.name, e.code, e.message);
    }
}

var objects = [
    { protocol: 'http', host: 'a.com', pathname: '/x' },
    { protocol: 'http:', hostname: 'a.com', port: 8080, pathname: 'x', search: 'q=1', hash: 'h' },
    { protocol: 'https', hostname: '::1', port: '443' },
    { protocol: 'https', hostname: '[::1]', pathname: '/' },
    { protocol: 'http', auth: 'us er:p@ss:w', host: 'h' },
    { protocol: 'http', host: 'h', query: { a: [1, 2], b: 'x y' } },
    { protocol: 'http', host: 'h', query: {}, search: '' },
    { protocol: 'http', host: 'h', query: 'raw=1' },
    { protocol: 'http', host: 'h', search: '?s#x', query: { ignored: 1 } },
    { protocol: 'http', host: 'h', pathname: '/a?b#c' },
    { protocol: 'mailto', pathname: 'a@b.c' },
    { protocol: 'mailto', host: 'b.c', auth: 'a' },
    { protocol: 'file', pathname: '/etc/passwd' },
    { protocol: 'file:', pathname: 'rel' },
    { protocol: 'foo', slashes: true, host: 'bar', pathname: 'baz' },
    { protocol: 'foo', host: 'bar', pathname: 'baz' },
    { pathname: '/only/path', search: '?q' },
    { host: 'nohost.proto', pathname: '/p' },
    { slashes: true, host: 'h' },
    { hash: '#h', search: 's' },
    {},
    { href: 'http://ignored/' }
];
objects.forEach(function (o, i) {
    attempt('format #' + i, function () { return url.format(o); });
});
attempt('format string', function () { return url.format('HTTP://A.COM/b c?d e#f g'); });
attempt('format Url', function () { return url.format(url.parse('http://u:p@h:1/p?q#f')); });
attempt('format null', function () { return url.format(null); });
attempt('format number', function () { return url.format(5); });
attempt('format undefined', function () { return url.format(); });
var U = new url.URL('https://us%20er:pw@xn--n3h.net:8443/p?q=1#frag');
attempt('URL default', function () { return url.format(U); });
attempt('URL no auth', function () { return url.format(U, { auth: false }); });
attempt('URL no fragment', function () { return url.format(U, { fragment: false }); });
attempt('URL no search', function () { return url.format(U, { search: false }); });
attempt('URL unicode', function () { return url.format(U, { unicode: true }); });
attempt('URL all off', function () {
    return url.format(U, { auth: 0, fragment: '', search: null, unicode: 1 });
});
attempt('URL bad options', function () { return url.format(U, 'x'); });
var legacyObj = url.parse('http://a.com/x');
attempt('Url.format method', function () { return legacyObj.format(); });

var base = 'http://a/b/c/d;p?q';
['g:h', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x',
 'g;x?y#s', '', '.', './', '..', '../', '../g', '../..', '../../', '../../g', '../../../g',
 '../../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h',
 'g/../h', 'g;x=1/./y', 'g;x=1/../y', 'http:g', 'http:/g', 'https:g', 'HTTP://X/Y',
 'mailto:x@y', '\\\\other\\x'].forEach(function (rel) {
    attempt('resolve ' + JSON.stringify(rel), function () { return url.resolve(base, rel); });
});
[['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
 ['http://example.com/one/', 'two'], ['mailto:a@b', 'c@d'], ['mailto:a@b', '?x'],
 ['foo:bar/baz', '../qux'], ['foo:/bar/baz', '../qux'], ['http://a/b', 'file:///x'],
 ['file:///a/b', 'http://h/x'], ['http://a/b', 'http://c'], ['http://u@a/b', '//c/d'],
 ['', 'x'], ['http://a', ''], ['http://a/b/', '../../../..'], ['a/b', '../../c'],
 ['http://a/b?q', '?'], ['http://a/b#f', '#']].forEach(function (pair) {
    attempt('resolve ' + JSON.stringify(pair), function () { return url.resolve(pair[0], pair[1]); });
});
var ro = url.resolveObject('http://a/b/c', '../d?e#f');
console.log(ro instanceof url.Url, ro.href, ro.pathname, ro.path, ro.search, ro.hash);
console.log(url.resolveObject('', 'x'));
