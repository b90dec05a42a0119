/* Proves Array.prototype.sort as ES2019 specifies it: stable for any comparator and for the
 * default string order, undefined values last and holes removed to the end, comparator results
 * coerced (NaN as 0), the default comparing by UTF-16 string order (numbers as strings,
 * surrogates), array-likes, errors for a bad comparator, and that a throwing comparator
 * propagates. */
'use strict';

function show(label, fn) {
    var r;
    try {
        r = fn();
        r = typeof r === 'string' ? r : JSON.stringify(r);
    } catch (e) {
        r = 'throws ' + e.name + ': ' + e.message;
    }
    console.log(label + ': ' + r);
}

function describe(a) {
    var parts = [];
    for (var i = 0; i < a.length; i++) {
        parts.push(i in a ? String(a[i]) : '<hole>');
    }
    return parts.join(',');
}

var records = [];
for (var i = 0; i < 100; i++) {
    records.push({ key: (i * 7) % 5, id: i });
}
show('stable with comparator', function () {
    var s = records.slice().sort(function (a, b) { return a.key - b.key; });
    var ok = true;
    for (var j = 1; j < s.length; j++) {
        if (s[j - 1].key === s[j].key && s[j - 1].id > s[j].id) {
            ok = false;
        }
    }
    return ok + ' ' + s.slice(0, 6).map(function (r) { return r.key + ':' + r.id; }).join(' ');
});
show('stable descending', function () {
    var s = records.slice().sort(function (a, b) { return b.key - a.key; });
    return s.slice(0, 5).map(function (r) { return r.key + ':' + r.id; }).join(' ');
});
show('stable with boolean-ish comparator', function () {
    var words = ['bb', 'a', 'ccc', 'dd', 'e', 'fff', 'g'];
    return words.sort(function (a, b) { return a.length - b.length; });
});
show('stable default order of equal strings', function () {
    var objs = [{ toString: function () { return 'x'; }, n: 1 }, { toString: function () { return 'a'; }, n: 2 },
                { toString: function () { return 'x'; }, n: 3 }, { toString: function () { return 'a'; }, n: 4 }];
    return objs.sort().map(function (o) { return o.n; });
});
show('default is string order', function () { return [10, 9, 1, 100, -1, 2].sort(); });
show('default with mixed types', function () { return describe([true, 'b', 3, null, 'a', 1e21, NaN].sort()); });
show('default surrogates', function () {
    return ['\uff5a', '\ud83d\ude00', 'z', '\u00e9'].sort().map(function (s) {
        return s.charCodeAt(0).toString(16);
    });
});
show('undefined and holes', function () {
    var a = [3, undefined, , 1, undefined, , 2];
    a.sort();
    return describe(a) + ' length ' + a.length;
});
show('comparator never sees undefined', function () {
    var seen = [];
    [2, undefined, 1].sort(function (a, b) {
        seen.push(typeof a, typeof b);
        return a - b;
    });
    return seen.indexOf('undefined');
});
show('comparator NaN result', function () { return [3, 1, 2].sort(function () { return NaN; }); });
show('comparator string result', function () { return [1, 2, 3].sort(function (a, b) { return String(b - a); }); });
show('numeric comparator', function () { return [10, 9, 1, 100, -1, 2].sort(function (a, b) { return a - b; }); });
show('returns same array', function () { var a = [2, 1]; return a.sort() === a; });
show('array-like', function () {
    var o = { length: 3, 0: 'c', 1: 'a', 2: 'b' };
    Array.prototype.sort.call(o);
    return [o[0], o[1], o[2]];
});
show('array-like with holes', function () {
    var o = { length: 4, 0: 'z', 2: 'y' };
    Array.prototype.sort.call(o);
    return [o[0], o[1], 2 in o, 3 in o];
});
show('bad comparator', function () { return [1].sort(5); });
show('bad comparator on empty', function () { return [].sort(null); });
show('comparator throws', function () {
    return [1, 2].sort(function () { throw new Error('cmp threw'); });
});
show('large stable', function () {
    var big = [];
    for (var k = 0; k < 5000; k++) {
        big.push({ g: k % 3, k: k });
    }
    big.sort(function (a, b) { return a.g - b.g; });
    for (var m = 1; m < big.length; m++) {
        if (big[m - 1].g === big[m].g && big[m - 1].k > big[m].k) {
            return 'unstable at ' + m;
        }
    }
    return 'stable ' + big[0].k + ' ' + big[1667].k + ' ' + big[4999].k;
});
show('reverse-sorted input', function () {
    var r = [];
    for (var k = 50; k > 0; k--) {
        r.push(k);
    }
    return r.sort(function (a, b) { return a - b; }).slice(0, 5);
});
show('sort.length', function () { return Array.prototype.sort.length; });
show('sort.name', function () { return Array.prototype.sort.name; });
