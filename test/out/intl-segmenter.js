/* Intl.Segmenter: grapheme clusters (combining marks, emoji ZWJ sequences, flags, Hangul,
 * CR LF), words (contractions, decimals, punctuation, spaces, isWordLike) and sentences, the
 * Segments object (iteration, containing), resolvedOptions and errors. */
function show(label, f) {
    try {
        console.log(label, JSON.stringify(f()));
    } catch (e) {
        console.log(label, 'threw', e.name, e.message);
    }
}
function segments(granularity, text) {
    var out = [];
    for (var s of new Intl.Segmenter('en', { granularity: granularity }).segment(text)) {
        out.push(granularity === 'word' ? [s.segment, s.index, s.isWordLike] : [s.segment, s.index]);
    }
    return out;
}
var texts = [
    "Hello, world! It's 3.14 and don't-stop e.g. 1,000.5 x_y __init__ foo_1",
    'a  b\t\tc\r\nd\ne',
    '\u53e4a\ud83d\ude00\ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67\ud83c\uddfa\ud83c\uddf8' +
        '\ud83c\uddeb\ud83c\uddf7e\u0301 \ud55c\uad6d\uc5b4',
    'Mr. Smith went to Washington. He said "Hi!" Then left?  Yes. the end... okay. Next',
    'caf\u00e9 na\u00efve r\u00e9sum\u00e9 stra\u00dfe \u201cquoted\u201d can\u2019t',
    'email@example.com a:b 12:30 $5.00 50% #tag',
    '\ud83d\udc4d\ud83c\udffd \u2764\ufe0f 1\ufe0f\u20e3 \ud83c\uddfa\ud83c\uddf8\ud83c\uddeb',
    ''
];
texts.forEach(function (t, i) {
    ['grapheme', 'word', 'sentence'].forEach(function (g) {
        show(i + ' ' + g, function () { return segments(g, t); });
    });
});
var words = new Intl.Segmenter('en', { granularity: 'word' }).segment('Hello big world');
show('containing', function () {
    return [words.containing(0), words.containing(5), words.containing(7), words.containing(1.7)];
});
show('containing outside', function () {
    return [words.containing(-1), words.containing(15), words.containing(100)];
});
show('containing default', function () {
    return new Intl.Segmenter().segment('ab').containing();
});
show('resolved default', function () { return new Intl.Segmenter().resolvedOptions(); });
show('resolved word', function () {
    return new Intl.Segmenter('en-US', { granularity: 'word' }).resolvedOptions();
});
show('bad granularity', function () { return new Intl.Segmenter('en', { granularity: 'line' }); });
show('without new', function () { return Intl.Segmenter(); });
show('iterator', function () {
    var it = new Intl.Segmenter().segment('ab')[Symbol.iterator]();
    return [Object.prototype.toString.call(it), typeof it[Symbol.iterator], it.next(), it.next(),
        it.next()];
});
show('tag', function () { return Object.prototype.toString.call(new Intl.Segmenter()); });
show('spread', function () {
    return Array.from(new Intl.Segmenter().segment('e\u0301\ud83c\uddfa\ud83c\uddf8x'), function (s) {
        return s.segment;
    });
});
show('supportedLocalesOf', function () { return Intl.Segmenter.supportedLocalesOf('en-US'); });
