/* querystring-stringify.js: querystring.stringify/encode, escape and unescape as Node 20:
 * which characters escape() keeps, UTF-8 escapes for non-ASCII and surrogate pairs, URIError
 * ERR_INVALID_URI for lone surrogates, how numbers (incl. >= 1e21), bigints, booleans, null,
 * undefined, objects and arrays (empty ones skipped) are written, custom sep/eq and
 * encodeURIComponent, and unescape's tolerant decoding. */
var qs = require('querystring');

function attempt(label, fn) {
    try {
        console.log(label, JSON.stringify(fn()));
    } catch (e) {
        console.log(label, 'throws', e.name, e.code, e.message);
    }
}

var all = '';
for (var c = 0; c < 128; c++) all += String.fromCharCode(c);
attempt('escape ascii', function () { return qs.escape(all); });
attempt('escape latin1', function () { return qs.escape('\u00e9\u00ff\u0100'); });
attempt('escape bmp', function () { return qs.escape('\u20ac\u4e2d\uffff'); });
attempt('escape pair', function () { return qs.escape('\ud83d\ude00x'); });
attempt('escape lone high', function () { return qs.escape('a\ud83d'); });
attempt('escape lone high mid', function () { return qs.escape('a\ud83db'); });
attempt('escape lone low', function () { return qs.escape('\ude00'); });
attempt('escape number', function () { return qs.escape(12.5); });
attempt('escape object', function () { return qs.escape({ toString: function () { return 'a b'; } }); });
attempt('escape array', function () { return qs.escape([1, 2]); });
attempt('escape null', function () { return qs.escape(null); });
attempt('escape undefined', function () { return qs.escape(undefined); });
attempt('escape empty', function () { return qs.escape(''); });

attempt('unescape plain', function () { return qs.unescape('a%20b+c'); });
attempt('unescape bad', function () { return qs.unescape('%zz%41'); });
attempt('unescape bad utf8', function () { return qs.unescape('%C3%28%41%'); });
attempt('unescape decodeSpaces', function () { return qs.unescape('%zz+a', true); });
attempt('unescape overlong', function () { return qs.unescape('%C0%AF%E0%80%AF%F8%88'); });
attempt('unescapeBuffer', function () {
    return Array.prototype.slice.call(qs.unescapeBuffer('a%20b%zz+%E9%', true));
});
attempt('unescapeBuffer no spaces', function () {
    return qs.unescapeBuffer('x+y%41').toString();
});
attempt('unescape truncated', function () { return qs.unescape('%E2%82%zz'); });

var values = [
    { a: 1, b: 'two', c: true, d: false },
    { n: 0, m: -0, f: 1.5, big: 1e21, bigger: -2e22, nan: NaN, inf: Infinity },
    { u: undefined, nl: null, o: { x: 1 }, fn: function () {} },
    { arr: [1, 2, 3], empty: [], after: 'x' },
    { empty: [], only: [] },
    { first: [], b: 1 },
    { 'sp ace': 'v a l', 'a&b': 'c=d', '\u00e9': '\ud83d\ude00' },
    { nested: [[1, 2], { a: 1 }, null, 'x'] },
    {},
    { '': '' }
];
values.forEach(function (v, i) {
    attempt('stringify #' + i, function () { return qs.stringify(v); });
});
if (typeof BigInt === 'function') {
    attempt('stringify bigint', function () { return qs.stringify({ b: BigInt(10) }); });
} else {
    console.log('stringify bigint "b=10"');
}
attempt('stringify sep eq', function () { return qs.stringify({ a: 1, b: [2, 3] }, ';', ':'); });
attempt('stringify empty sep', function () { return qs.stringify({ a: 1, b: 2 }, '', ''); });
attempt('stringify custom', function () {
    return qs.stringify({ a: 'x y', b: 1e21, c: null }, null, null, {
        encodeURIComponent: function (s) { return '[' + s + ']'; }
    });
});
attempt('stringify custom escape', function () {
    return qs.stringify({ w: '\u4e2d\u6587' }, null, null, { encodeURIComponent: escape });
});
attempt('stringify string', function () { return qs.stringify('abc'); });
attempt('stringify null', function () { return qs.stringify(null); });
attempt('stringify number', function () { return qs.stringify(5); });
attempt('stringify array', function () { return qs.stringify(['a', 'b']); });
attempt('stringify lone surrogate', function () { return qs.stringify({ a: '\ud800' }); });
function Proto() { this.own = 1; }
Proto.prototype.inherited = 2;
attempt('stringify own only', function () { return qs.stringify(new Proto()); });
attempt('round trip', function () {
    return qs.parse(qs.stringify({ a: ['1', '2'], 'b c': 'd&e', f: '\u00e9' }));
});
