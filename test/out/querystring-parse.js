/* querystring-parse.js: querystring.parse/decode as Node 20: null-prototype result, repeated
 * keys as arrays, '+' and '%XX' decoding (only when needed), malformed escapes decoded byte-wise
 * with U+FFFD, empty pairs, custom sep/eq (multi-character), maxKeys (default 1000, 0 = no
 * limit), and a custom decodeURIComponent whose throws fall back to unescape. */
var qs = require('querystring');

function show(label, obj) {
    var keys = Object.keys(obj);
    var parts = keys.map(function (k) { return JSON.stringify(k) + ':' + JSON.stringify(obj[k]); });
    console.log(label, Object.getPrototypeOf(obj) === null, '{' + parts.join(',') + '}');
}

var inputs = [
    '', 'a', 'a=', '=a', '=', '&', '&&', 'a=1&b=2', 'a=1&a=2&a=3', 'a&b&a', 'a=1&&b=2',
    'a=b=c', 'a+b=c+d', 'a%20b=c%20d', 'a%2=b%zz', '%=%', '%%%=%%%', 'a=%E9%zz',
    'b=%F0%9F%98%80', 'c=%ED%A0%80', 'x=%C3%A9t%C3%A9', 'x=caf\u00e9', '__proto__=1',
    'constructor=2&hasOwnProperty=3', 'a[]=1&a[]=2', 'a=1;b=2', 'key=va%lue',
    'a=1&b&c=&=d', 'a=%41%42%43', 'k%41=v', '&a=1&', 'a=%', 'a=%4', 'a=%41%4', '+=+',
    'a=1&a=', 'a=\ud83d\ude00'
];
inputs.forEach(function (s) { show(JSON.stringify(s), qs.parse(s)); });

show('sep ;', qs.parse('a=1;b=2;b=3', ';'));
show('sep ; eq :', qs.parse('a:1;b:2', ';', ':'));
show('multi sep', qs.parse('a=1&&b=2&&c', '&&'));
show('multi eq', qs.parse('a==1&b==2==3', '&', '=='));
show('partial multi sep', qs.parse('a=1&b=2&&c=3', '&&'));
show('sep number', qs.parse('a=1' + 5 + 'b=2', 5));
show('maxKeys 2', qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
show('maxKeys 0', qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 }));
show('maxKeys -1', qs.parse('a=1&b=2&c=3', null, null, { maxKeys: -1 }));
show('maxKeys 1 empty', qs.parse('&&a=1', null, null, { maxKeys: 1 }));
var many = [];
for (var i = 0; i < 1005; i++) many.push('k' + i + '=' + i);
console.log('default maxKeys', Object.keys(qs.parse(many.join('&'))).length);
show('custom decode', qs.parse('a=1&b=2', null, null, {
    decodeURIComponent: function (s) { return s.toUpperCase() + '!'; }
}));
show('custom decode plus', qs.parse('a+b=c+d', null, null, {
    decodeURIComponent: function (s) { return '<' + s + '>'; }
}));
show('throwing decode', qs.parse('a=%41&b=x', null, null, {
    decodeURIComponent: function (s) { throw new Error('no'); }
}));
show('non-string', qs.parse(5));
show('null', qs.parse(null));
show('decode alias', qs.decode('x=y'));
console.log(qs.decode === qs.parse, qs.encode === qs.stringify);
console.log(Object.keys(qs).join(','));
