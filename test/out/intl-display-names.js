/* Intl.DisplayNames in English: languages (dialect and standard display), regions, scripts,
 * currencies, calendars and date-time fields, short style, fallbacks, resolvedOptions and
 * errors. */
function show(label, f) {
    try {
        console.log(label, JSON.stringify(f()));
    } catch (e) {
        console.log(label, 'threw', e.name, e.message);
    }
}
function names(options, codes) {
    var d = new Intl.DisplayNames('en', options);
    return codes.map(function (c) { return d.of(c); });
}
show('language', function () {
    return names({ type: 'language' }, ['en', 'en-US', 'en-GB', 'fr', 'fr-CA', 'de', 'es',
        'es-419', 'zh', 'zh-Hans', 'zh-Hant', 'zh-TW', 'ja', 'ko', 'pt', 'pt-BR', 'ru', 'ar',
        'hi', 'it', 'nl', 'sv', 'xx', 'en-Latn-US', 'sr-Latn', 'EN', 'zh-Hant-TW', 'xx-US']);
});
show('language standard', function () {
    return names({ type: 'language', languageDisplay: 'standard' }, ['en-US', 'fr-CA', 'zh-Hans']);
});
show('language short', function () {
    return names({ type: 'language', style: 'short' }, ['en-US', 'en-GB', 'fr', 'az']);
});
show('language none', function () {
    return names({ type: 'language', fallback: 'none' }, ['xx', 'en']);
});
show('region', function () {
    return names({ type: 'region' }, ['US', 'GB', 'FR', 'DE', 'JP', 'CN', 'IN', 'BR', 'CA',
        'AU', 'RU', 'ES', 'IT', 'MX', 'KR', '419', '001', '150', 'ZZ', 'XK', 'TW', 'HK', 'TR']);
});
show('region short', function () {
    return names({ type: 'region', style: 'short' }, ['US', 'GB', 'HK', 'FR']);
});
show('region none', function () {
    return names({ type: 'region', fallback: 'none' }, ['ZZ', 'QQ', 'US']);
});
show('currency', function () {
    return names({ type: 'currency' }, ['USD', 'EUR', 'JPY', 'GBP', 'CNY', 'INR', 'CHF', 'CAD',
        'AUD', 'usd', 'XYZ']);
});
show('script', function () {
    return names({ type: 'script' }, ['Latn', 'Cyrl', 'Arab', 'Hans', 'Hant', 'Grek', 'Hebr',
        'Deva', 'Jpan', 'Kore', 'Thai', 'Zzzz', 'Qaaa']);
});
show('calendar', function () { return names({ type: 'calendar' }, ['gregory']); });
show('dateTimeField', function () {
    return names({ type: 'dateTimeField' }, ['year', 'month', 'day', 'hour', 'minute', 'second',
        'weekday', 'era', 'dayPeriod', 'timeZoneName']);
});
show('dateTimeField short', function () {
    return names({ type: 'dateTimeField', style: 'short' }, ['year', 'month', 'hour']);
});
show('bad region', function () { return names({ type: 'region' }, ['USA']); });
show('bad currency', function () { return names({ type: 'currency' }, ['US']); });
show('bad script', function () { return names({ type: 'script' }, ['Lat']); });
show('bad language', function () { return names({ type: 'language' }, ['a']); });
show('bad field', function () { return names({ type: 'dateTimeField' }, ['years']); });
show('resolved language', function () {
    return new Intl.DisplayNames('en', { type: 'language' }).resolvedOptions();
});
show('resolved region', function () {
    return new Intl.DisplayNames(undefined, { type: 'region', style: 'short', fallback: 'none' })
        .resolvedOptions();
});
show('no type', function () { return new Intl.DisplayNames('en', {}); });
show('no options', function () { return new Intl.DisplayNames('en'); });
show('bad type', function () { return new Intl.DisplayNames('en', { type: 'foo' }); });
show('bad fallback', function () {
    return new Intl.DisplayNames('en', { type: 'language', fallback: 'x' });
});
show('without new', function () { return Intl.DisplayNames('en', { type: 'language' }); });
show('tag', function () {
    return Object.prototype.toString.call(new Intl.DisplayNames('en', { type: 'region' }));
});
show('length', function () { return Intl.DisplayNames.length; });
