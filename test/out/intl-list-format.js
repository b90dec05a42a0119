// Intl.ListFormat with the en-US locale: every type and style, formatToParts, iterables and
// validation.
'use strict';
function show(f) {
    try {
        console.log(JSON.stringify(f()));
    } catch (e) {
        console.log(e.name + ': ' + e.message);
    }
}
var lists = [[], ['a'], ['a', 'b'], ['a', 'b', 'c'], ['a', 'b', 'c', 'd']];
['conjunction', 'disjunction', 'unit'].forEach((type) => {
    ['long', 'short', 'narrow'].forEach((style) => {
        show(() => [type, style].concat(lists.map((l) =>
            new Intl.ListFormat('en-US', { type: type, style: style }).format(l))));
    });
});
var lf = new Intl.ListFormat('en-US');
show(() => lf.formatToParts(['a', 'b', 'c']));
show(() => new Intl.ListFormat('en-US', { type: 'disjunction' }).formatToParts(['x', 'y']));
show(() => lf.format('abc'));
show(() => lf.format(new Set(['x', 'y'])));
show(() => lf.format());
show(() => lf.format(['a', 1]));
show(() => lf.format(null));
show(() => lf.resolvedOptions());
show(() => new Intl.ListFormat(undefined, { type: 'unit', style: 'narrow' }).resolvedOptions());
show(() => new Intl.ListFormat('en-US', { type: 'x' }));
show(() => new Intl.ListFormat('en-US', { style: 'x' }));
show(() => Intl.ListFormat('en-US'));
show(() => Object.getOwnPropertyNames(Intl.ListFormat.prototype));
show(() => Object.prototype.toString.call(lf));
show(() => Intl.ListFormat.supportedLocalesOf(['en-US']));
