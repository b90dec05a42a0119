/* Intl.getCanonicalLocales (case, extensions, aliases, errors), Intl.Locale (parts, options,
 * maximize/minimize for common languages, errors) and Intl.supportedValuesOf's errors. */
function show(label, f) {
    try {
        console.log(label, JSON.stringify(f()));
    } catch (e) {
        console.log(label, 'threw', e.name, e.message);
    }
}
show('case', function () { return Intl.getCanonicalLocales('EN-us'); });
show('list', function () {
    return Intl.getCanonicalLocales(['zh-hant-tw', 'ZH-HANT-TW', 'en-u-kn-true-ca-gregory', 'iw',
        'de-DE-1996', 'sr-latn-rs', 'en-x-private', 'EN-a-bc-u-nu-latn', 'und', 'es-419']);
});
show('empty', function () { return Intl.getCanonicalLocales(); });
show('number', function () { return Intl.getCanonicalLocales(5); });
show('underscore', function () { return Intl.getCanonicalLocales(['en_US']); });
show('bad entry', function () { return Intl.getCanonicalLocales([5]); });
show('null entry', function () { return Intl.getCanonicalLocales([null]); });
show('null', function () { return Intl.getCanonicalLocales(null); });
show('duplicate singleton', function () { return Intl.getCanonicalLocales('en-u-ca-x-a-u-nu'); });
show('duplicate variant', function () { return Intl.getCanonicalLocales('de-1996-1996'); });
show('too long', function () { return Intl.getCanonicalLocales('abcdefghi'); });
show('locale object', function () {
    return Intl.getCanonicalLocales([new Intl.Locale('EN-gb'), 'en-GB', 'fr']);
});

var l = new Intl.Locale('en-latn-us-u-ca-buddhist', { hourCycle: 'h12' });
show('parts', function () {
    return [l.toString(), l.baseName, l.language, l.script, l.region, l.calendar, l.hourCycle,
        l.numberingSystem, l.numeric, l.caseFirst, l.collation];
});
show('options', function () {
    var x = new Intl.Locale('en', { region: 'gb', script: 'latn', calendar: 'gregory',
        numberingSystem: 'latn', numeric: true, caseFirst: 'upper', collation: 'emoji' });
    return [x.toString(), x.numeric, x.caseFirst, x.collation];
});
show('plain', function () {
    var x = new Intl.Locale('fr');
    return [x.toString(), x.script, x.region, x.calendar, x.numeric];
});
show('maximize', function () {
    return ['en', 'zh', 'fr-CA', 'de', 'ja', 'ru', 'en-GB', 'xx'].map(function (t) {
        return new Intl.Locale(t).maximize().toString();
    });
});
show('minimize', function () {
    return ['en-Latn-US', 'zh-Hans-CN', 'en-GB', 'fr-Latn-FR', 'de'].map(function (t) {
        return new Intl.Locale(t).minimize().toString();
    });
});
show('toJSON', function () { return { l: new Intl.Locale('en-us') }; });
show('String', function () { return String(new Intl.Locale('EN-us-u-hc-h23')); });
show('tag', function () { return Object.prototype.toString.call(new Intl.Locale('en')); });
show('no tag', function () { return new Intl.Locale(); });
show('empty tag', function () { return new Intl.Locale(''); });
show('bad tag', function () { return new Intl.Locale('x'); });
show('without new', function () { return Intl.Locale('en'); });
show('bad calendar', function () { return new Intl.Locale('en', { calendar: '!!' }); });
show('bad hourCycle', function () { return new Intl.Locale('en', { hourCycle: 'h25' }); });
show('bad region', function () { return new Intl.Locale('en', { region: 'USA' }); });
show('supportedValuesOf bad', function () { return Intl.supportedValuesOf('foo'); });
show('supportedValuesOf types', function () {
    return ['calendar', 'collation', 'currency', 'numberingSystem', 'timeZone', 'unit']
        .map(function (k) { return Array.isArray(Intl.supportedValuesOf(k)); });
});
show('units', function () { return Intl.supportedValuesOf('unit'); });
show('has', function () {
    return [Intl.supportedValuesOf('calendar').indexOf('gregory') >= 0,
        Intl.supportedValuesOf('currency').indexOf('USD') >= 0,
        Intl.supportedValuesOf('numberingSystem').indexOf('latn') >= 0];
});
