// Intl.PluralRules with the en-US locale: cardinal and ordinal categories, digit options,
// selectRange, resolvedOptions and validation.
'use strict';
function show(f) {
    try {
        console.log(JSON.stringify(f()));
    } catch (e) {
        console.log(e.name + ': ' + e.message);
    }
}
var card = new Intl.PluralRules('en-US');
var ord = new Intl.PluralRules('en-US', { type: 'ordinal' });
show(() => [0, 1, 2, -1, 1.0, 1.5, NaN, Infinity, '1'].map((n) => card.select(n)));
show(() => [0, 1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1.5, -1, -2, '1', NaN]
    .map((n) => ord.select(n)));
show(() => new Intl.PluralRules('en-US', { minimumFractionDigits: 1 }).select(1));
show(() => new Intl.PluralRules('en-US', { maximumFractionDigits: 0 }).select(1.2));
show(() => new Intl.PluralRules(undefined).select(1));
show(() => card.resolvedOptions());
show(() => ord.resolvedOptions());
show(() => [card.selectRange(1, 2), card.selectRange(1, 1), ord.selectRange(1, 2)]);
show(() => card.selectRange(NaN, 1));
show(() => card.selectRange(1));
show(() => new Intl.PluralRules('en-US', { type: 'x' }));
show(() => Intl.PluralRules('en-US'));
show(() => Object.getOwnPropertyNames(Intl.PluralRules.prototype));
show(() => Object.prototype.toString.call(card));
show(() => Intl.PluralRules.supportedLocalesOf('en-US'));
show(() => Intl.PluralRules.prototype.select.call({}, 1));
show(() => new Intl.PluralRules().resolvedOptions().locale);
