/* url-file-path.js: url.fileURLToPath and url.pathToFileURL as Node 20 on Linux (and with
 * { windows: true }): percent-decoding, encoded '/' rejected (ERR_INVALID_FILE_URL_PATH), hosts
 * rejected (ERR_INVALID_FILE_URL_HOST), non-file schemes (ERR_INVALID_URL_SCHEME), special
 * characters escaped ('%', '\\', newline, tab, '?', '#'), trailing slashes kept, UNC paths;
 * url.urlToHttpOptions; url.domainToASCII / domainToUnicode with Punycode, IPv4 forms and
 * invalid input. */
var url = require('url');
var path = require('path');

function attempt(label, fn) {
    try {
        console.log(label, '->', JSON.stringify(fn()));
    } catch (e) {
        console.log(label, 'throws', e.name, e.code, e.message);
    }
}

['file:///tmp/a%20b', 'file:///tmp/%E2%98%83', 'file://localhost/etc', 'file:///a/%2F/b',
 'file:///a/%2f', 'file:///a/%5C', 'file://host/x', 'http://a/x', 'file:///C:/x',
 'file:///tmp/q%3Fx%23y', 'file:///'].forEach(function (s) {
    attempt('toPath ' + s, function () { return url.fileURLToPath(s); });
    attempt('toPath URL ' + s, function () { return url.fileURLToPath(new url.URL(s)); });
});
attempt('toPath number', function () { return url.fileURLToPath(5); });
attempt('toPath object', function () { return url.fileURLToPath({ href: 'file:///x' }); });
attempt('toPath bad', function () { return url.fileURLToPath('not a url'); });
['file:///C:/x/y', 'file:///c:/a%20b', 'file://server/share/f', 'file:///x', 'file:///C:/%5C',
 'file://xn--n3h.net/s'].forEach(function (s) {
    attempt('toPath win ' + s, function () { return url.fileURLToPath(s, { windows: true }); });
});

['/tmp/x', '/tmp/a b', '/tmp/dir/', '/tmp/%41', '/tmp/a\\b', '/tmp/a\nb\tc\rd', '/tmp/q?x#y',
 '/tmp/\u00e9\u2603', '/', '/a/../b/./c', '/tmp/[x]{y}^`|"<>', "/tmp/'!$&()*+,;=:@~"]
    .forEach(function (p) {
        attempt('toURL ' + JSON.stringify(p), function () { return url.pathToFileURL(p).href; });
    });
attempt('toURL relative', function () {
    return url.pathToFileURL('rel/x').href === 'file://' + path.resolve('rel/x');
});
attempt('toURL number', function () { return url.pathToFileURL(5); });
attempt('toURL is URL', function () { return url.pathToFileURL('/x') instanceof url.URL; });
['C:\\x\\y', 'C:\\a b\\', '\\\\server\\share\\f', '\\\\server', 'C:/x%'].forEach(function (p) {
    attempt('toURL win ' + JSON.stringify(p), function () {
        return url.pathToFileURL(p, { windows: true }).href;
    });
});

function opts(s) {
    var o = url.urlToHttpOptions(new url.URL(s));
    return Object.keys(o).map(function (k) { return k + '=' + JSON.stringify(o[k]); }).join(' ') +
           ' proto=' + (Object.getPrototypeOf(o) === null ? 'null' : 'object');
}
attempt('opts basic', function () { return opts('http://a.com/p?q#h'); });
attempt('opts full', function () { return opts('https://u%20s:p%40w@[::1]:8443/x/y?z=1#f'); });
attempt('opts user only', function () { return opts('http://u@h/'); });
attempt('opts custom', function () {
    var u = new url.URL('http://a/');
    u.extra = 1;
    var o = url.urlToHttpOptions(u);
    return [o.extra, o.hostname, o.path];
});

['example.com', 'EXAMPLE.com', 'ex\u00e4mple.com', 'xn--exmple-cua.com', '\u2603.net',
 'a\u3002b', 'a\u00adb.com', 'xn--', 'xn--ls8h.la', '-abc-.com', 'a..b', '.', '', 'a b',
 'a%b', 'ab%41.com', '\u00df.de', '\u03c2.gr', 'xn--zca.de', '\u0661.com', '123', '1.2.3.4',
 '0x7f.1', '[::1]', '[1:0::0]', 'a/b', 'a:b', 'a?b', 'a#b', '\ud83d\ude00.com', 'xn--e28h.com',
 'ABC.xn--N3H.net'].forEach(function (d) {
    attempt('domain ' + JSON.stringify(d), function () {
        return [url.domainToASCII(d), url.domainToUnicode(d)];
    });
});
attempt('domainToASCII no args', function () { return url.domainToASCII(); });
attempt('domainToUnicode number', function () { return url.domainToUnicode(5); });
