// Intl.RelativeTimeFormat with the en-US locale: styles, numeric always/auto, every unit and its
// plural, formatToParts, resolvedOptions and validation.
'use strict';
function show(f) {
    try {
        console.log(JSON.stringify(f()));
    } catch (e) {
        console.log(e.name + ': ' + e.message);
    }
}
var units = ['second', 'minute', 'hour', 'day', 'week', 'month', 'quarter', 'year'];
['always', 'auto'].forEach((numeric) => {
    ['long', 'short', 'narrow'].forEach((style) => {
        var rtf = new Intl.RelativeTimeFormat('en-US', { style: style, numeric: numeric });
        units.forEach((u) => show(() => [numeric, style, u].concat([-2, -1, 0, 1, 2, -0, 1.5, 1000]
            .map((v) => rtf.format(v, u)))));
    });
});
var rtf = new Intl.RelativeTimeFormat('en-US');
show(() => [rtf.format(1, 'days'), rtf.format(-3, 'years'), rtf.format('3', 'day')]);
show(() => rtf.formatToParts(-1234.5, 'day'));
show(() => rtf.formatToParts(100, 'seconds'));
show(() => new Intl.RelativeTimeFormat('en-US', { numeric: 'auto' }).formatToParts(-1, 'day'));
show(() => rtf.resolvedOptions());
show(() => new Intl.RelativeTimeFormat(undefined, { style: 'narrow', numeric: 'auto' })
    .resolvedOptions());
show(() => rtf.format(1, 'x'));
show(() => rtf.format(1));
show(() => rtf.format(Infinity, 'day'));
show(() => rtf.format(NaN, 'day'));
show(() => new Intl.RelativeTimeFormat('en-US', { style: 'x' }));
show(() => new Intl.RelativeTimeFormat('en-US', { numeric: 'x' }));
show(() => Intl.RelativeTimeFormat('en-US'));
show(() => Object.getOwnPropertyNames(Intl.RelativeTimeFormat.prototype));
show(() => Object.prototype.toString.call(rtf));
