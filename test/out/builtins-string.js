/* Proves the ES2015-ES2024 String additions: padStart/padEnd (fill strings, truncation, limits),
 * trimStart/trimEnd and their trimLeft/trimRight aliases (Unicode whitespace), replaceAll
 * (string patterns with $-substitutions and functions, global regexps, errors), at, matchAll
 * (groups, indices, empty matches, lastIndex, errors), codePointAt/fromCodePoint, String.raw,
 * isWellFormed/toWellFormed, startsWith/endsWith/includes/repeat results. */
'use strict';

function fmt(v) {
    if (typeof v === 'string') {
        return JSON.stringify(v);
    }
    if (typeof v === 'symbol') {
        return v.toString();
    }
    if (v !== null && typeof v === 'object') {
        return JSON.stringify(v);
    }
    return String(v);
}

function show(label, fn) {
    var r;
    try {
        r = fmt(fn());
    } catch (e) {
        r = 'throws ' + e.name + ': ' + e.message;
    }
    console.log(label + ': ' + r);
}

/* padding */
show('padStart', function () { return ['5'.padStart(3, '0'), 'abc'.padStart(10, '123'), 'abc'.padStart(6)]; });
show('padEnd', function () { return ['5'.padEnd(3, '0'), 'abc'.padEnd(10, '123'), 'abc'.padEnd(6) + '|']; });
show('pad no-ops', function () {
    return ['abc'.padStart(2), 'abc'.padStart(5, ''), 'abc'.padEnd(-1), 'abc'.padEnd(NaN)];
});
show('pad coercion', function () { return ['x'.padStart('3', 1), 'x'.padEnd(3.9, null), 'x'.padStart(3, undefined)]; });
show('pad number receiver', function () { return String.prototype.padStart.call(7, 3, '0'); });
show('padStart huge', function () { return 'x'.padStart(Infinity, 'y'); });
show('padEnd huge empty', function () { return ''.padEnd(2147483648); });
show('pad huge empty filler', function () { return 'x'.padEnd(Infinity, ''); });
show('pad null receiver', function () { return String.prototype.padEnd.call(null, 3); });
show('pad lengths', function () { return [''.padStart.length, ''.padEnd.length]; });

/* trimming */
var ws = '\t\n\v\f\r \u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
show('trimStart', function () { return (ws + 'x' + ws).trimStart().length; });
show('trimEnd', function () { return (ws + 'x' + ws).trimEnd().length; });
show('trim keeps inner', function () { return '  a  b  '.trimStart() + '|' + '  a  b  '.trimEnd() + '|'; });
show('U+180E is not whitespace', function () { return '\u180ex\u180e'.trimStart().length + ' ' + '\u180ex\u180e'.trimEnd().length; });
show('zero width space kept', function () { return '\u200bx'.trimStart().length; });
show('aliases are the same functions', function () {
    return [String.prototype.trimLeft === String.prototype.trimStart,
            String.prototype.trimRight === String.prototype.trimEnd,
            String.prototype.trimLeft.name, String.prototype.trimRight.name];
});
show('trimStart null', function () { return String.prototype.trimStart.call(null); });
show('trimEnd undefined', function () { return String.prototype.trimEnd.call(undefined); });

/* replaceAll */
show('replaceAll', function () { return 'a.b.c'.replaceAll('.', '/'); });
show('replaceAll none', function () { return 'abc'.replaceAll('x', 'y'); });
show('replaceAll empty pattern', function () { return 'abc'.replaceAll('', '-'); });
show('replaceAll empty string', function () { return ''.replaceAll('', '-'); });
show('replaceAll overlapping', function () { return 'aaaa'.replaceAll('aa', 'b'); });
show('replaceAll substitutions', function () { return 'x.y'.replaceAll('.', "[$$|$&|$`|$'|$1|$<n>|$]"); });
show('replaceAll trailing $', function () { return 'ab'.replaceAll('a', '$'); });
show('replaceAll function', function () {
    return 'a1a2'.replaceAll('a', function (m, pos, str) { return '<' + m + pos + str.length + '>'; });
});
show('replaceAll function this', function () {
    return 'aa'.replaceAll('a', function () { return typeof this; });
});
show('replaceAll global regexp', function () { return 'a1b2'.replaceAll(/\d/g, '#'); });
show('replaceAll regexp groups', function () { return '2020-01'.replaceAll(/(\d+)-(\d+)/g, '$2/$1'); });
show('replaceAll non-global regexp', function () { return 'a'.replaceAll(/a/, 'b'); });
show('replaceAll coercion', function () { return '1-2-1'.replaceAll(1, null); });
show('replaceAll undefined pattern', function () { return 'undefined!'.replaceAll(undefined, 'u'); });
show('replaceAll @@replace object', function () {
    var o = {};
    o[Symbol.replace] = function (s, r) { return 'custom:' + s + ':' + r; };
    return 'abc'.replaceAll(o, 'R');
});
show('replaceAll null receiver', function () { return String.prototype.replaceAll.call(null, 'a', 'b'); });
show('replaceAll.length', function () { return ''.replaceAll.length; });

/* at */
show('at', function () { return ['abc'.at(0), 'abc'.at(-1), 'abc'.at(3), 'abc'.at(-4), 'abc'.at('1'), 'abc'.at()]; });
show('at surrogates', function () { return '\ud83d\ude00'.at(0).length; });
show('at null', function () { return String.prototype.at.call(null, 0); });

/* matchAll */
function matches(it) {
    var out = [];
    for (var step = it.next(); !step.done; step = it.next()) {
        out.push([step.value[0], step.value.index, step.value.length, step.value.input]);
    }
    return out;
}
show('matchAll', function () { return matches('a1b22c333'.matchAll(/\d+/g)); });
show('matchAll groups', function () {
    return matches('k1=v1;k2=v2'.matchAll(/(\w+)=(\w+)/g)).map(function (m) { return m.slice(0, 3); });
});
show('matchAll captures', function () {
    var it = 'k1=v1;k2=v2'.matchAll(/(\w+)=(\w+)/g);
    var first = it.next().value;
    return [first[1], first[2]];
});
show('matchAll empty matches', function () { return matches('ab'.matchAll(/x*/g)).map(function (m) { return m[1]; }); });
show('matchAll string pattern', function () { return matches('a.b.c'.matchAll('.')).length; });
show('matchAll escaped string pattern', function () { return matches('a+b+'.matchAll('\\+')).map(function (m) { return m[1]; }); });
show('matchAll undefined', function () { return matches('ab'.matchAll()).length; });
show('matchAll non-global', function () { return 'a'.matchAll(/a/); });
show('matchAll respects lastIndex and leaves it', function () {
    var re = /a/g;
    re.lastIndex = 2;
    var r = matches('aaaa'.matchAll(re)).map(function (m) { return m[1]; });
    return [r, re.lastIndex];
});
show('matchAll flags copied', function () { return matches('AaA'.matchAll(/a/gi)).length; });
show('matchAll iterator', function () {
    var it = 'x'.matchAll(/x/g);
    return [Object.prototype.toString.call(it), it[Symbol.iterator]() === it,
            typeof Object.getPrototypeOf(it).next];
});
show('matchAll next on object', function () { return 'x'.matchAll(/x/g).next.call({}); });
show('matchAll null receiver', function () { return String.prototype.matchAll.call(null, /a/g); });
show('@@matchAll on RegExp.prototype', function () {
    return [typeof RegExp.prototype[Symbol.matchAll], RegExp.prototype[Symbol.matchAll].name];
});
show('@@matchAll on a primitive', function () { return RegExp.prototype[Symbol.matchAll].call(5, 'x'); });
show('Array.from(matchAll)', function () {
    return Array.from('a1b2'.matchAll(/[a-z](\d)/g), function (m) { return m[1]; });
});

/* code points */
show('codePointAt', function () {
    return ['\ud83d\ude00'.codePointAt(0), '\ud83d\ude00'.codePointAt(1), 'a'.codePointAt(1), 'abc'.codePointAt(-1)];
});
show('fromCodePoint', function () { return String.fromCodePoint(0x1f600, 0x61, 0x10ffff).length; });
show('fromCodePoint value', function () { return String.fromCodePoint(0x1f600) === '\ud83d\ude00'; });
show('fromCodePoint bad', function () {
    var out = [];
    [0x110000, -1, 1.5, NaN, 'x'].forEach(function (v) {
        try {
            String.fromCodePoint(v);
            out.push('ok');
        } catch (e) {
            out.push(e.name);
        }
    });
    return out;
});

/* String.raw */
show('raw', function () { return String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3); });
show('raw string raw', function () { return String.raw({ raw: 'xyz' }, '-', '+'); });
show('raw empty', function () { return String.raw({ raw: [] }, 1); });
show('raw one', function () { return String.raw({ raw: ['only'] }, 1); });
show('raw backslashes', function () { return String.raw({ raw: ['\\n', '\\t'] }, '!'); });
show('raw without raw', function () { return String.raw({}); });
show('raw no args', function () { return String.raw(); });
show('raw.length', function () { return String.raw.length; });

/* well-formedness */
show('isWellFormed', function () {
    return ['abc'.isWellFormed(), '\ud83d\ude00'.isWellFormed(), '\ud800'.isWellFormed(),
            'a\udc00'.isWellFormed(), '\ud800\ud800'.isWellFormed()];
});
show('toWellFormed', function () {
    return ['a\ud800b'.toWellFormed(), '\udc00\ud83d\ude00\ud800'.toWellFormed(), 'ok'.toWellFormed()]
        .map(function (s) { return s.split('').map(function (c) { return c.charCodeAt(0).toString(16); }).join(' '); });
});

/* ES2015 methods Duktape has natively */
show('startsWith/endsWith/includes', function () {
    return ['abc'.startsWith('b', 1), 'abc'.endsWith('b', 2), 'abc'.includes('c', 2), 'abc'.includes('')];
});
show('repeat', function () { return ['ab'.repeat(3), 'x'.repeat(0), ''.repeat(100)]; });
show('normalize form default', function () { return 'abc'.normalize() + 'abc'.normalize('NFKD'); });
show('normalize bad form', function () { return 'a'.normalize('nfc'); });
show('normalize null receiver', function () { return String.prototype.normalize.call(null); });
show('method lengths', function () {
    return ['at', 'matchAll', 'normalize', 'isWellFormed', 'toWellFormed', 'trimStart', 'codePointAt']
        .map(function (k) { return k + ':' + String.prototype[k].length; }).join(' ');
});
