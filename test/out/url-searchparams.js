/* url-searchparams.js: URLSearchParams as Node 20: construction from a string (leading '?'
 * dropped, '+' and %XX decoded, malformed escapes kept, lone surrogates -> U+FFFD), from pairs
 * (arrays and iterables, ERR_INVALID_TUPLE), from a record, from another URLSearchParams;
 * append/delete/get/getAll/has/set (with the value forms of delete and has), stable sort by
 * UTF-16 units, size, toString's form-urlencoding, live iterators (entries/keys/values,
 * for-of), forEach, and the argument errors ERR_MISSING_ARGS, ERR_INVALID_THIS and
 * ERR_INVALID_ARG_TYPE. */
var URLSearchParams = require('url').URLSearchParams;

function dump(label, sp) {
    var pairs = [];
    sp.forEach(function (v, k) { pairs.push(JSON.stringify(k) + ':' + JSON.stringify(v)); });
    console.log(label, sp.size, '[' + pairs.join(', ') + ']', JSON.stringify(sp.toString()));
}

function attempt(label, fn) {
    try {
        var r = fn();
        console.log(label, '->', r instanceof URLSearchParams ? 'params ' + r.toString() :
                    JSON.stringify(r));
    } catch (e) {
        console.log(label, 'throws', e.name, e.code, e.message);
    }
}

['', '?', '??a=b', 'a=1&b=2', '?a=1&a=2&b', 'a+b=c+d', 'a%20b=%41%42', 'x=%zz&y=%E9',
 'k=%F0%9F%98%80', '&&a=1&&', '=', '=x', 'a==b', 'a=b=c', 'sp ace=v', '%26=%3D',
 'emoji=\ud83d\ude00'].forEach(function (s) {
    dump('string ' + JSON.stringify(s), new URLSearchParams(s));
});
dump('lone surrogate', new URLSearchParams('a=\ud800&\udc00=b'));
dump('undefined', new URLSearchParams(undefined));
dump('null', new URLSearchParams(null));
dump('number', new URLSearchParams(12));
dump('pairs', new URLSearchParams([['a', '1'], ['b', 2], ['a', null]]));
dump('record', new URLSearchParams({ a: 1, b: 'x y', c: undefined, d: [1, 2] }));
dump('copy', new URLSearchParams(new URLSearchParams('q=1&q=2')));
var set = new Set();
set.add(['s', 't']);
dump('iterable pairs', new URLSearchParams(set));
dump('iterable inner', new URLSearchParams([new Set(['k', 'v'])]));
attempt('bad pair length', function () { return new URLSearchParams([['a']]); });
attempt('bad pair 3', function () { return new URLSearchParams([['a', 'b', 'c']]); });
attempt('bad pair null', function () { return new URLSearchParams([null]); });
attempt('bad pair number', function () { return new URLSearchParams([5]); });
attempt('bad pair string', function () { return new URLSearchParams(['ab']); });

var sp = new URLSearchParams('a=1&b=2&a=3&c=4');
attempt('get a', function () { return sp.get('a'); });
attempt('get z', function () { return sp.get('z'); });
attempt('getAll a', function () { return sp.getAll('a'); });
attempt('getAll z', function () { return sp.getAll('z'); });
attempt('has a', function () { return sp.has('a'); });
attempt('has a 3', function () { return sp.has('a', '3'); });
attempt('has a 9', function () { return sp.has('a', '9'); });
attempt('has a undefined', function () { return sp.has('a', undefined); });
sp.append('d', 'x y');
dump('append', sp);
sp.set('a', 'new');
dump('set existing', sp);
sp.set('e', 'added');
dump('set new', sp);
sp.delete('b');
dump('delete', sp);
sp.append('c', '5');
sp.delete('c', '4');
dump('delete value', sp);
sp.delete('zz');
dump('delete missing', sp);

var s2 = new URLSearchParams('z=1&a=2&b=3&a=1&\u00e9=e&\ud83d\ude00=x&\uff61=y&A=0&a=0');
s2.sort();
dump('sorted', s2);
var s3 = new URLSearchParams();
for (var i = 0; i < 30; i++) s3.append(String.fromCharCode(97 + (i * 7) % 5), String(i));
s3.sort();
dump('stable', s3);

var enc = new URLSearchParams();
var all = '';
for (var c = 32; c < 128; c++) all += String.fromCharCode(c);
enc.append(all, '\u00e9\u4e2d\ud83d\ude00 \n');
console.log(enc.toString());

var it = new URLSearchParams('a=1&b=2&c=3');
var entries = it.entries();
console.log(JSON.stringify(entries.next()), JSON.stringify(entries.next()));
it.append('d', '4');
console.log(JSON.stringify(entries.next()), JSON.stringify(entries.next()),
            JSON.stringify(entries.next()), JSON.stringify(entries.next()));
var keys = [];
var k = it.keys();
for (var step = k.next(); !step.done; step = k.next()) keys.push(step.value);
var values = [];
var v = it.values();
for (step = v.next(); !step.done; step = v.next()) values.push(step.value);
console.log(keys.join(','), values.join(','));
console.log(typeof it[Symbol.iterator], it[Symbol.iterator] === it.entries);
console.log(Object.prototype.toString.call(it), Object.prototype.toString.call(it.keys()));
var iter = it.keys();
console.log(iter[Symbol.iterator]() === iter);
console.log(JSON.stringify(Array.from(it)));

var seen = [];
var live = new URLSearchParams('a=1&b=2');
live.forEach(function (value, key, self) {
    seen.push(key + '=' + value + (self === live));
    if (key === 'a') live.append('c', '3');
}, null);
console.log(seen.join(' '));
var thisArg = { tag: 'T' };
live.forEach(function () { seen.push(this.tag); }, thisArg);
console.log(seen.join(' '));

attempt('append 1 arg', function () { return new URLSearchParams().append('a'); });
attempt('set 0 args', function () { return new URLSearchParams().set(); });
attempt('get 0 args', function () { return new URLSearchParams().get(); });
attempt('getAll 0 args', function () { return new URLSearchParams().getAll(); });
attempt('has 0 args', function () { return new URLSearchParams().has(); });
attempt('delete 0 args', function () { return new URLSearchParams().delete(); });
attempt('forEach bad', function () { return new URLSearchParams().forEach(5); });
attempt('bad this get', function () { return URLSearchParams.prototype.get.call({}, 'a'); });
attempt('bad this toString', function () { return URLSearchParams.prototype.toString.call(null); });
attempt('bad this size', function () {
    return Object.getOwnPropertyDescriptor(URLSearchParams.prototype, 'size').get.call({});
});
attempt('no new', function () { return URLSearchParams(); });
console.log(Object.keys(URLSearchParams.prototype).join(','));
console.log(URLSearchParams.name, URLSearchParams.length);
