// Intl.NumberFormat with the en-US locale: styles, digit options, notations, signs, parts,
// resolvedOptions and Node's validation errors.
'use strict';
function show(f) {
    try {
        console.log(JSON.stringify(f()));
    } catch (e) {
        console.log(e.name + ': ' + e.message);
    }
}
function nf(o) { return new Intl.NumberFormat('en-US', o); }

show(() => [0, -0, 1, -1234.5678, 1e21, 5e-7, 0.1 + 0.2, 1.005, 2.5].map((v) => nf().format(v)));
show(() => [NaN, Infinity, -Infinity].map((v) => nf().format(v)));
show(() => [undefined, null, '1234.5678', ' 12 ', '0x10', true].map((v) => nf().format(v)));
show(() => new Intl.NumberFormat().format(1234567.891));
show(() => nf({ maximumFractionDigits: 2 }).format(123456789.125));
show(() => nf({ minimumFractionDigits: 2 }).format(5));
show(() => nf({ minimumIntegerDigits: 3 }).format(5.5));
show(() => [0, 0.5, 1234.5, 0.000123456].map((v) => nf({ minimumSignificantDigits: 3 }).format(v)));
show(() => [1.23456, 123456].map((v) => nf({ maximumSignificantDigits: 3 }).format(v)));
show(() => [1.23456, 123.456].map((v) => nf({ maximumSignificantDigits: 3, maximumFractionDigits: 1,
    roundingPriority: 'lessPrecision' }).format(v)));
show(() => [1.23456, 123.456].map((v) => nf({ maximumSignificantDigits: 3, maximumFractionDigits: 1,
    roundingPriority: 'morePrecision' }).format(v)));
show(() => [true, false, 'always', 'auto', 'min2'].map((g) => nf({ useGrouping: g }).format(12345)));
show(() => nf({ useGrouping: 'min2' }).format(1234));
show(() => ['ceil', 'floor', 'expand', 'trunc', 'halfCeil', 'halfFloor', 'halfExpand', 'halfTrunc',
    'halfEven'].map((m) => [1.5, 2.5, -1.5, -2.5, 1.1, -1.1]
    .map((v) => nf({ maximumFractionDigits: 0, roundingMode: m }).format(v)).join(' ')));
show(() => nf({ maximumFractionDigits: 2, roundingMode: 'halfEven' }).format(2.345));
show(() => nf({ trailingZeroDisplay: 'stripIfInteger', minimumFractionDigits: 2 }).format(5));
show(() => nf({ trailingZeroDisplay: 'stripIfInteger', minimumFractionDigits: 2 }).format(5.1));

// percent, currency, unit
show(() => [0.256, -0.5, 1, 0.12345].map((v) => nf({ style: 'percent' }).format(v)));
show(() => nf({ style: 'percent', maximumFractionDigits: 2 }).format(0.12345));
var codes = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'INR', 'CAD', 'AUD', 'CHF', 'KRW', 'XYZ'];
codes.forEach((c) => show(() => [c].concat(['symbol', 'narrowSymbol', 'code', 'name']
    .map((d) => nf({ style: 'currency', currency: c, currencyDisplay: d }).format(-1234.5)))));
show(() => [1, 2].map((v) => nf({ style: 'currency', currency: 'usd', currencyDisplay: 'name',
    maximumFractionDigits: 0 }).format(v)));
show(() => nf({ style: 'currency', currency: 'USD', currencySign: 'accounting' }).format(-5));
show(() => nf({ style: 'currency', currency: 'USD', currencySign: 'accounting',
    currencyDisplay: 'code' }).format(-5));
show(() => nf({ style: 'currency', currency: 'USD', currencySign: 'accounting',
    currencyDisplay: 'name' }).format(-5));
show(() => [Infinity, NaN, -0].map((v) => nf({ style: 'currency', currency: 'USD' }).format(v)));
show(() => ['kilobyte', 'megabyte', 'second', 'percent', 'day', 'year', 'celsius', 'foot']
    .map((u) => ['short', 'narrow', 'long'].map((d) => [1, 2.5]
        .map((v) => nf({ style: 'unit', unit: u, unitDisplay: d }).format(v)).join('|'))));

// notations
show(() => [1, 12, 123, 1234, 12345, 123456, 999999, 999.9, 1e9, 1.5e12, 1e15, 1e18, 0.123, 1.25,
    -1234].map((v) => nf({ notation: 'compact' }).format(v)));
show(() => [1234, 123456, 1e9, 1.5e12].map((v) => nf({ notation: 'compact',
    compactDisplay: 'long' }).format(v)));
show(() => nf({ style: 'currency', currency: 'USD', notation: 'compact' }).format(1234567));
show(() => [1, 12, 123, 1234, 12345, 0.00012, -5e-7, 0].map((v) => nf({ notation: 'scientific' })
    .format(v)));
show(() => [1, 12, 123, 1234, 12345, 0.00012, 0].map((v) => nf({ notation: 'engineering' })
    .format(v)));

// signs
show(() => [0, -0, 1, -1, NaN, -0.0001].map((v) => ['auto', 'always', 'exceptZero', 'negative',
    'never'].map((s) => nf({ signDisplay: s }).format(v))));

// parts
show(() => nf().formatToParts(-1234.5678));
show(() => nf({ style: 'currency', currency: 'EUR' }).formatToParts(-1234.5));
show(() => nf({ style: 'currency', currency: 'USD', currencyDisplay: 'code' }).formatToParts(-5));
show(() => nf({ style: 'currency', currency: 'USD', currencyDisplay: 'name' }).formatToParts(-5));
show(() => nf({ style: 'currency', currency: 'USD', currencySign: 'accounting' }).formatToParts(-5));
show(() => nf({ style: 'percent', signDisplay: 'always' }).formatToParts(-0.5));
show(() => nf({ notation: 'compact' }).formatToParts(12345));
show(() => nf({ notation: 'compact', compactDisplay: 'long' }).formatToParts(-1200));
show(() => nf({ notation: 'engineering' }).formatToParts(-0.00012));
show(() => nf({ notation: 'scientific' }).formatToParts(12345));
show(() => nf({ style: 'unit', unit: 'kilobyte' }).formatToParts(12345));
show(() => nf({ style: 'unit', unit: 'second', unitDisplay: 'long' }).formatToParts(1));
show(() => [nf().formatToParts(NaN), nf().formatToParts(-Infinity)]);

// resolvedOptions
show(() => new Intl.NumberFormat().resolvedOptions());
show(() => nf({ style: 'currency', currency: 'usd' }).resolvedOptions());
show(() => nf({ style: 'percent' }).resolvedOptions());
show(() => nf({ notation: 'compact' }).resolvedOptions());
show(() => nf({ maximumSignificantDigits: 3 }).resolvedOptions());
show(() => nf({ style: 'unit', unit: 'kilobyte' }).resolvedOptions());
show(() => nf({ style: 'currency', currency: 'USD', minimumFractionDigits: 0 }).resolvedOptions());
show(() => nf({ minimumFractionDigits: 5 }).resolvedOptions());
show(() => nf({ style: 'currency', currency: 'JPY', minimumFractionDigits: 3 }).resolvedOptions());
show(() => nf({ maximumSignificantDigits: 3, maximumFractionDigits: 1,
    roundingPriority: 'lessPrecision' }).resolvedOptions());
show(() => [true, false, 'true', 'false', 'always', 'auto', 'min2', undefined, null, '']
    .map((g) => nf({ useGrouping: g }).resolvedOptions().useGrouping));

// the API's shape
show(() => [Intl.NumberFormat.length, Intl.NumberFormat.name, Intl.NumberFormat.supportedLocalesOf.length]);
show(() => Intl.NumberFormat('en-US') instanceof Intl.NumberFormat);
show(() => Object.prototype.toString.call(nf()));
show(() => Intl.NumberFormat.supportedLocalesOf(['en-US']));
show(() => { var f = nf().format; return [typeof f, f.name, f.length, f(1234.5), f === nf().format]; });
show(() => { var n = nf(); return n.format === n.format; });
show(() => Object.getOwnPropertyDescriptor(Intl.NumberFormat.prototype, 'format').get.call({}));
show(() => Intl.NumberFormat.prototype.formatToParts.call({}, 1));
show(() => Intl.NumberFormat.prototype.resolvedOptions.call(5));
show(() => new Intl.NumberFormat([]).resolvedOptions().locale);
show(() => nf().format(Symbol()));

// validation
show(() => nf({ style: 'foo' }));
show(() => nf({ style: 'currency' }));
show(() => nf({ style: 'currency', currency: 'US' }));
show(() => nf({ style: 'currency', currency: 'USD', currencyDisplay: 'x' }));
show(() => nf({ style: 'unit' }));
show(() => nf({ style: 'unit', unit: 'foo' }));
show(() => nf({ minimumFractionDigits: 200 }));
show(() => nf({ minimumFractionDigits: 3, maximumFractionDigits: 1 }));
show(() => nf({ maximumSignificantDigits: 0 }));
show(() => nf({ minimumIntegerDigits: 0 }));
show(() => nf({ notation: 'x' }));
show(() => nf({ signDisplay: 'x' }));
show(() => nf({ useGrouping: 'x' }));
show(() => nf({ roundingMode: 'x' }));
show(() => nf({ roundingIncrement: 3 }));
show(() => nf({ roundingIncrement: 5, maximumFractionDigits: 2 }));
show(() => nf({ localeMatcher: 'x' }));
show(() => Intl.NumberFormat.supportedLocalesOf('en-US', { localeMatcher: 'x' }));
show(() => new Intl.NumberFormat('en-US', null));
show(() => new Intl.NumberFormat('bad locale'));
show(() => new Intl.NumberFormat(['en-US', 5]));
