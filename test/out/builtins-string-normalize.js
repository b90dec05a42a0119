/* Proves String.prototype.normalize in all four forms: ASCII and Latin-1 identity, composition
 * and decomposition of Latin, Greek, Cyrillic and Vietnamese letters, canonical ordering of
 * combining marks, Hangul syllables, compatibility mappings (ligatures, full width, superscripts,
 * fractions, circled and squared forms), singletons, composition exclusions, astral characters,
 * and a few hundred pseudo-random strings checked against fixed digests. */
'use strict';

function hex(s) {
    var out = [];
    for (var i = 0; i < s.length; i++) {
        out.push(s.charCodeAt(i).toString(16));
    }
    return out.join(' ');
}

var FORMS = ['NFC', 'NFD', 'NFKC', 'NFKD'];

function all(label, s) {
    console.log(label + ': ' + FORMS.map(function (f) { return f + '=' + hex(s.normalize(f)); }).join(' | '));
}

all('ascii', 'Hello, world!');
all('latin-1 composed', 'caf\u00e9 na\u00efve \u00c5ngstr\u00f6m');
all('latin-1 decomposed', 'cafe\u0301 nai\u0308ve A\u030angstro\u0308m');
all('latin extended', '\u0159\u0165\u0148 \u0151 \u01d6 \u01fa');
all('vietnamese', 'Vi\u1ec7t Nam \u1eeb');
all('vietnamese decomposed', 'Vie\u0323\u0302t');
all('greek', '\u1f00\u03ac\u1fb7 \u0390');
all('cyrillic', '\u0439\u0451\u0419\u0401');
all('mark order', 'a\u0301\u0323 a\u0323\u0301 q\u0307\u0323');
all('blocked composition', 'a\u0323\u0302 a\u0302\u0323');
all('starter blocks', 'a\u0308\u0308');
all('hangul', '\ud55c\uad6d\uc5b4 \uac00');
all('hangul jamo', '\u1112\u1161\u11ab \u1100\u1161');
all('hangul LV + T', '\uac00\u11a8');
all('ligatures', '\ufb01\ufb02\ufb03 \u0133');
all('full width', '\uff21\uff42\uff11\uff0d');
all('superscripts and fractions', 'x\u00b2 \u00bd \u2075\u2044\u2088');
all('circled and squared', '\u2460\u24b6\u3300\u33a1');
all('compat spaces', 'a\u00a0b\u2003c');
all('singletons', '\u212b\u2126\u212a');
all('exclusions', '\u0958\u2adc\u0344');
all('nbsp and kelvin', '\u00a0\u212a');
all('astral', '\ud834\udd5e \ud835\udc00 \ud800\udc00');
all('cjk compatibility', '\uf900\ufa10 \ud87e\udc04');
all('greek tonos and oxia', '\u1f71\u03ac');
all('lone surrogate kept', '\ud800e\u0301');
all('empty', '');

/* pseudo-random strings from interesting blocks; a digest keeps the output short */
var ranges = [[0x41, 0x7a], [0xc0, 0x24f], [0x300, 0x36f], [0x370, 0x3ff], [0x400, 0x4ff],
              [0x1e00, 0x1fff], [0x1100, 0x11ff], [0xac00, 0xd7a3], [0x3040, 0x30ff],
              [0xff00, 0xffef], [0x2000, 0x218f], [0xfb00, 0xfb4f], [0x900, 0x97f],
              [0x3300, 0x33ff], [0xf900, 0xfaff], [0x2460, 0x24ff]];
var seed = 42;

function rnd(n) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
}

var digests = [0, 0, 0, 0];
var changed = [0, 0, 0, 0];
for (var i = 0; i < 400; i++) {
    var len = 1 + rnd(6);
    var s = '';
    for (var j = 0; j < len; j++) {
        var r = ranges[rnd(ranges.length)];
        s += String.fromCharCode(r[0] + rnd(r[1] - r[0] + 1));
    }
    for (var f = 0; f < 4; f++) {
        var n = s.normalize(FORMS[f]);
        if (n !== s) {
            changed[f]++;
        }
        for (var k = 0; k < n.length; k++) {
            digests[f] = (digests[f] * 31 + n.charCodeAt(k)) % 1000000007;
        }
    }
}
console.log('random: changed ' + changed.join(',') + ' digests ' + digests.join(','));
console.log('idempotent: ' + FORMS.map(function (f) {
    var t = '\u1e9b\u0323 \uac01 \ufb01 \u00e9';
    return t.normalize(f) === t.normalize(f).normalize(f);
}).join(','));
