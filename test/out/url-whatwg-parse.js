/* url-whatwg-parse.js: new URL(input[, base]) parses as Node 20 (WHATWG URL Standard): special
 * and non-special schemes, default ports, userinfo, IPv4 number forms, IPv6 compression,
 * percent-decoded and IDNA (Punycode) hosts, forbidden host code points, percent-encoding
 * sets of path/query/fragment, dot segments, backslashes, Windows drive letters in file URLs,
 * opaque paths, relative resolution against a base, and ERR_INVALID_URL with input and base. */
var URL = require('url').URL;
var inputs = [
  ['http://example.com'], ['HTTP://EXAMPLE.COM/A/B'], ['https://user:pass@host:443/p?q#f'],
  ['http://a/b/c/../d/./e/..'], ['http://a/%2e%2E/b/%2e/c'], ['http://[::1]:80/'], ['http://[1:0:0:0:0:0:0:1]/'],
  ['http://[::ffff:192.168.0.1]/'], ['http://192.168.0.1/'], ['http://0x7f.1/'], ['http://0300.0250.0.1/'], ['http://4294967295/'],
  ['http://4294967296/'], ['http://1.2.3.4.5/'], ['http://1.2.3.09/'], ['http://foo.09/'], ['http://foo.0x/'],
  ['file:///C:/x/../y'], ['file:///c|/x'], ['file://localhost/etc/passwd'], ['file://host/share'], ['file:/a/b'], ['file:a/b'],
  ['mailto:user@example.com'], ['data:text/plain,hello world'], ['javascript:alert(1)'], ['urn:isbn:0451450523'],
  ['foo://bar/baz?q'], ['foo:/bar'], ['foo:///bar'], ['sc://ñ/x'], ['sc://%/'], ['sc://a b/'], ['http://a b/'],
  ['http://ex%41mple.com/'], ['http://ex%ample.com/'], ['http://ÉXAMPLE.com/'], ['http://☃.net/'], ['http://xn--n3h.net/'],
  ['  http://trim.me/  '], ['http://tab\tnew\nline.com/'], ['http://a/\u00e9?\u00e9#\u00e9'], ['http://a/ "<>`{}|^\'?q "<>\'`#f "<>`'],
  ['http://a/?q=\'x\''], ['foo://a/?q=\'x\''], ['http://:80/'], ['http://@host/'], ['http://user@/'], ['http://a:b@c:d@e/'],
  ['http://a:99999/'], ['http://a:080/'], ['http://a:/'], ['https://a:443/'], ['ws://a:80/'], ['ftp://a:21/'],
  ['http:\\\\a\\b\\c'], ['http:/a/b'], ['http:a/b'], ['//a/b'], ['/a/b'], ['a/b'], [''], ['?x'], ['#y'],
  ['../c', 'http://a/b/d/e'], ['./c', 'http://a/b/'], ['//other/x', 'https://a/b'], ['?q2', 'http://a/b?q#f'], ['#f2', 'http://a/b?q#f'],
  ['', 'http://a/b?q#f'], ['c:/x', 'file:///d:/y'], ['/x', 'file:///d:/y'], ['x', 'file:///d:/y/z'], ['..', 'file:///C:/'],
  ['#x', 'mailto:a@b'], ['x', 'mailto:a@b'], ['http:x', 'http://a/b/c'], ['https:x', 'http://a/b/c'], ['\\x', 'http://a/b'],
  ['http://a/b\\c'], ['foo://a/b\\c'], ['http://[::1'], ['http://[:::1]/'], ['http://[1::2::3]/'], ['http://[1:2:3:4:5:6:7:8:9]/'],
  ['http://[0:0:1:0:0:0:0:0]/'], ['http://[1:0:0:2:0:0:0:3]/'], ['http://[::1.2.3.256]/'], ['http://[::1.2.3]/'],
  ['http://%30%78%37%66.1/'], ['http://a.b.c./'], ['http://1.2.3.4./'], ['http://a..b/'], ['non-spec:/.//p'], ['non-spec:/..//p'],
  ['web+demo:/.//not-a-host/'], ['blob:https://a.com:8080/uuid'], ['blob:null/x'], ['blob:foo://a/'], ['http://a/%zz%2'],
  ['http://a/?%zz'], ['http://\ud83d\ude00.com/'], ['HtTpS://A.CoM'], ['http://a/b;c=d/e'],
  ['http://a/ab c?d e#f g'], ['file:///a/%2E%2E/b'], ['file://C:/x'], ['file:///./C:/x'], ['file:////x'], ['file:\\\\\\C:\\x'],
  ['http://0.0.0.0/'], ['http://0/'], ['http://00x1/'], ['http://0x/'], ['http://1.0x/'], ['http://999999999999/'],
  ['http://a\u0000b/'], ['http://a%00b/'], ['sc://\u0000/'], ['sc:\u0000x'], ['a:\t b c  '], ['data:space #x'], ['data: ?x'],
];
inputs.forEach(function (args) {
  var r;
  try {
    var u = args.length > 1 ? new URL(args[0], args[1]) : new URL(args[0]);
    r = [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash].join(' | ');
  } catch (e) { r = 'ERR ' + e.code + ' ' + e.message + ' ' + JSON.stringify(e.input) + ' ' + JSON.stringify(e.base); }
  console.log(JSON.stringify(args), '=>', JSON.stringify(r));
});
