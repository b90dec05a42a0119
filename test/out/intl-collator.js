/* Intl.Collator and String.prototype.localeCompare for English (CLDR root collation): case,
 * accents, digits, punctuation and spaces in sort order, every sensitivity, caseFirst, numeric,
 * ignorePunctuation, resolvedOptions with -u-kn/-u-kf, the bound compare getter, errors and
 * supportedLocalesOf. */
function show(label, f) {
    try {
        console.log(label, JSON.stringify(f()));
    } catch (e) {
        console.log(label, 'threw', e.name, e.message);
    }
}
function byLocale(a, b) { return a.localeCompare(b); }

show('mixed', function () {
    return ['b', 'a', 'C', '\u00e1', 'A', '\u00e9', 'e', '10', '9', '_x', ' y'].sort(byLocale);
});
show('words', function () {
    return ['r\u00e9sum\u00e9', 'resume', 'Resume', 'r\u00e9sume', 'resum\u00e9', 'caf\u00e9',
        'cafe', 'Cafe', 'co-op', 'coop', 'co op', "can't", 'cant', '', 'Z', 'z', 'zz',
        'stra\u00dfe', 'strasse', '\u00c5ngstr\u00f6m', 'angstrom', '\u00fcber', 'Uber'].sort(byLocale);
});
show('punctuation', function () {
    return ['a', '!', '?', '.', ',', '#tag', '@me', '$5', '\u20ac5', '(a)', '[a]', '{a}', '-',
        '_', '+', '=', '<', '~', '1', '\t', '\n', '\u2014', '\u2018q\u2019', '"q"', '\u00a7'].sort(byLocale);
});
show('scripts', function () {
    return ['\u03c9', '\u0391', '\u0436', '\u042f', '\u4e2d', 'z', '\ud83d\ude00', '5'].sort(byLocale);
});
show('numeric', function () {
    return ['a10', 'a2', 'a1', 'A1', 'b', 'a02', 'file10.txt', 'file9.txt', 'File1.txt', '1.5',
        '1.10', 'x 10', 'x 9'].sort(new Intl.Collator('en', { numeric: true }).compare);
});
show('numeric locale', function () {
    return ['a10', 'a2', 'a1'].sort(new Intl.Collator('en-u-kn').compare);
});
show('default not numeric', function () {
    return ['a10', 'a2', 'a1'].sort(new Intl.Collator('en').compare);
});

var pairs = [['a', 'b'], ['a', 'A'], ['a', '\u00e1'], ['\u00e1', 'A'], ['A', '\u00c1'],
    ['ab', 'Ab'], ['aB', 'Ab'], ['\u00df', 'ss'], ['\u00e6', 'ae'], ['\u00f8', 'o'],
    ['\ufb01', 'fi'], ['\u00b2', '2'], ['\uff42', 'b'], ['a-b', 'ab'], ['a b', 'ab'],
    ['a$b', 'ab'], ['a.b', 'a,b'], ['a1', 'a01'], ['a01', 'a1'], ['a\u0000', 'a'],
    ['e\u0301', '\u00e9'], ['', 'a'], ['', ''], ['x', 'x']];
var options = [{}, { sensitivity: 'base' }, { sensitivity: 'accent' }, { sensitivity: 'case' },
    { caseFirst: 'upper' }, { caseFirst: 'lower' }, { numeric: true },
    { ignorePunctuation: true }, { usage: 'search', sensitivity: 'base' }];
options.forEach(function (o) {
    var compare = new Intl.Collator('en', o).compare;
    console.log(JSON.stringify(o), pairs.map(function (p) {
        return compare(p[0], p[1]);
    }).join(' '));
});

show('localeCompare', function () {
    return ['a'.localeCompare('B'), 'a'.localeCompare(), 'undefined'.localeCompare(),
        '\u00e4'.localeCompare('a', 'en', { sensitivity: 'base' }),
        'a'.localeCompare('A', undefined, { caseFirst: 'upper' })];
});
show('resolved default', function () { return new Intl.Collator().resolvedOptions(); });
show('resolved en', function () { return new Intl.Collator('en').resolvedOptions(); });
show('resolved kn', function () { return new Intl.Collator('en-u-kn-true').resolvedOptions(); });
show('resolved kn-false', function () {
    return new Intl.Collator('en-u-kn-false').resolvedOptions();
});
show('resolved kf', function () {
    return new Intl.Collator('en-u-kf-upper-co-phonebk', { numeric: true }).resolvedOptions();
});
show('resolved options', function () {
    return new Intl.Collator('en-US', { usage: 'search', sensitivity: 'base',
        ignorePunctuation: true, caseFirst: 'lower', numeric: true }).resolvedOptions();
});
show('bad sensitivity', function () { return new Intl.Collator('en', { sensitivity: 'x' }); });
show('bad caseFirst', function () { return new Intl.Collator('en', { caseFirst: 'x' }); });
show('bad usage', function () { return new Intl.Collator('en', { usage: 'x' }); });
show('null options', function () { return new Intl.Collator('en', null); });
show('bad locale', function () { return new Intl.Collator('en_US'); });
show('call without new', function () { return Intl.Collator('en') instanceof Intl.Collator; });
show('compare receiver', function () { return Intl.Collator.prototype.compare; });
show('tag', function () { return Object.prototype.toString.call(new Intl.Collator()); });
show('bound once', function () {
    var c = new Intl.Collator();
    return [c.compare === c.compare, c.compare.length, c.compare(1, 2), c.compare(null, 'm')];
});
show('length', function () { return Intl.Collator.length; });
show('supportedLocalesOf', function () {
    return Intl.Collator.supportedLocalesOf(['en', 'EN-gb', 'en-US']);
});
