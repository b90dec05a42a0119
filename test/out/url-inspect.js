/* url-inspect.js: how console.log/util.inspect show URL, URLSearchParams and their iterators
 * as Node 20 does (URL { href: ..., searchParams: URLSearchParams { 'a' => '1' }, ... }, the
 * iterator form, breaking long params over lines, nesting depth), plus toString/toJSON/
 * JSON.stringify, String(), Object.prototype.toString tags, the enumerable accessor names on
 * the prototypes, the static methods (canParse, parse) and ERR_INVALID_URL's own properties. */
var url = require('url');
var util = require('util');
var URL = url.URL;
var URLSearchParams = url.URLSearchParams;

var u = new URL('https://user:pw@example.com:8080/a/b?x=1&y=2#h');
console.log(u);
console.log([u]);
console.log({ a: { b: { c: u } } });
console.log(util.inspect(u, { depth: 0 }));
console.log(u.searchParams);
console.log(new URLSearchParams());
console.log(u.searchParams.entries());
console.log(u.searchParams.keys());
console.log(u.searchParams.values());
var it = u.searchParams.keys();
it.next();
console.log(it);
it.next();
console.log(it);
console.log(new URLSearchParams({ aaaaaaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbb',
                                  cccccccccccccccccccccc: 'ddddddddddddddddddddddd',
                                  eeeeeeee: 'fffffffffff' }));
console.log({ p: new URLSearchParams('a=1') });
console.log(new URL('file:///tmp/x y'));
console.log(new URL('mailto:a@b.c'));

console.log(String(u), u.toString(), u.toJSON(), JSON.stringify({ u: u }));
console.log(Object.prototype.toString.call(u), Object.prototype.toString.call(u.searchParams),
            Object.prototype.toString.call(u.searchParams.entries()));
console.log(Object.keys(URL.prototype).join(','));
var names = [];
for (var k in u) names.push(k);
console.log(names.join(','));
console.log(Object.keys(u).length, URL.name, URL.length);
console.log(URL.canParse('http://x'), URL.canParse('nope'), URL.canParse('/p', 'http://b'),
            URL.canParse('/p', 'bad'));
console.log(URL.parse('nope'), URL.parse('/p', 'http://b/q').href);
console.log(typeof URL.createObjectURL, typeof URL.revokeObjectURL);

function attempt(label, fn) {
    try {
        console.log(label, '->', fn());
    } catch (e) {
        console.log(label, 'throws', e.name, e.code, JSON.stringify(e.message), 'input' in e,
                    JSON.stringify(e.input), JSON.stringify(e.base), Object.keys(e).join(','));
    }
}
attempt('bad url', function () { return new URL('nope'); });
attempt('bad base', function () { return new URL('/x', 'bad base'); });
attempt('bad with base', function () { return new URL('http://[', 'http://ok/'); });
attempt('no args', function () { return new URL(); });
attempt('canParse no args', function () { return URL.canParse(); });
attempt('no new', function () { return URL('http://a'); });
attempt('object input', function () {
    return new URL({ toString: function () { return 'http://obj/'; } }).href;
});
attempt('number base', function () { return new URL('x', 5); });
attempt('getter on plain object', function () {
    return Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({});
});
