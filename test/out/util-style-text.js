// util.styleText: inspect.colors names (and their hidden aliases) as escape codes, arrays nested
// outermost first, ERR_INVALID_ARG_VALUE for unknown names.  As node 20 does, a single name gives
// plain text when stdout (a pipe here) is not coloured, while an array is always styled.
'use strict';
const util = require('util');

function show(label, format, text) {
    try {
        console.log(label, JSON.stringify(util.styleText(format, text)));
    } catch (e) {
        const m = e.message;
        console.log(label, e.name, e.code, JSON.stringify(m.length > 120 ? m.slice(0, 60) + '...' + m.slice(-40) : m));
    }
}

show('single', 'red', 'hi');
show('single bold', 'bold', 'hi');
show('array one', ['red'], 'hi');
show('array two', ['bold', 'red'], 'hi');
show('array three', ['bgRedBright', 'hidden', 'italic'], 'x');
show('array empty', [], 'x');
show('array empty text', ['red', 'bold'], '');
show('alias grey', ['grey'], 'x');
show('alias faint', ['faint'], 'x');
show('alias swapcolors', ['swapcolors'], 'x');
show('every name', Object.keys(util.inspect.colors), '.');
show('nested text codes', ['red'], 'a\u001b[39mb');
show('unknown', 'nope', 'x');
show('unknown in array', ['red', 'nope'], 'x');
show('none', 'none', 'x');
show('inherited name', 'toString', 'x');
show('proto', ['__proto__'], 'x');
show('number format', 5, 'x');
show('null format', null, 'x');
show('object format', {}, 'x');
show('number in array', ['red', 5], 'x');
show('text number', 'red', 5);
show('text undefined', ['red']);
show('both bad', 'nope', 5);
show('full message', 'nope', 'x');
console.log(JSON.stringify(util.styleText.name), util.styleText.length);
try {
    util.styleText('nope', 'x');
} catch (e) {
    console.log(e.message);
}
