// util.MIMEType and util.MIMEParams: WHATWG MIME parsing, serialising, setters and
// ERR_INVALID_MIME_SYNTAX, compared with node 20.
'use strict';
const util = require('util');
const { MIMEType, MIMEParams } = util;

function attempt(label, fn) {
    try {
        const r = fn();
        console.log(label, typeof r === 'string' ? JSON.stringify(r) : r);
    } catch (e) {
        console.log(label, e.name, e.code, JSON.stringify(e.message));
    }
}

const inputs = [
    'text/html',
    'Text/HTML; Charset="utf-8"; foo=bar;;baz="a\\"b"',
    '  text/plain  ;  a  = 1 ; b=  2 ',
    'text/plain; a=1; A=2; a=3; b; c=; d="x',
    'text/plain;a="\\',
    'text/plain;a="x\\y"junk;b=2',
    'text/plain;a="x" ;b=2',
    'text/plain;charset=utf-8 ',
    'text/plain;=x;b=1',
    'text/plain;a=\u00e9;b=\u0100;c=\t',
    'text/plain;a="";b=" "',
    'application/vnd.api+json; q=0.5',
    '\r\n\ttext/plain\t\r\n',
    'text/plain;;;',
    'a/b;c',
    'x/y;c=d;',
    '*/*',
    'text/html;a=b=c',
    'text/html;a=",;"',
    // invalid ones
    'text',
    '/html',
    'text/',
    'te xt/html',
    '',
    ' ',
    'text/ html',
    'text/ht@ml',
    'text/html ;a=1',
    '\u00e9/x',
    '(/x',
];
for (const input of inputs) {
    attempt(JSON.stringify(input), () => {
        const m = new MIMEType(input);
        return [m.type, m.subtype, m.essence, String(m), JSON.stringify(m), [...m.params]];
    });
}

const m = new MIMEType('Text/HTML; Charset="utf-8"');
console.log(m, m.params, util.inspect(m), `${m}`);
console.log(Object.keys(m), Object.keys(m.params));
console.log(Object.getOwnPropertyNames(MIMEType.prototype));
console.log(Object.getOwnPropertyNames(MIMEParams.prototype));
console.log(MIMEType.name, MIMEType.length, MIMEParams.name, MIMEParams.length);
console.log(m.params === m.params, m.params instanceof MIMEParams);
attempt('object input', () => new MIMEType({ toString() { return 'a/b;c=d'; } }).toString());
attempt('number input', () => new MIMEType(5));
attempt('symbol input', () => new MIMEType(Symbol('x')).toString());

attempt('type=ima ge', () => { m.type = 'ima ge'; });
attempt('type=""', () => { m.type = ''; });
attempt('subtype=""', () => { m.subtype = ''; });
attempt('subtype=a/b', () => { m.subtype = 'a/b'; });
attempt('type/subtype upper', () => { m.type = 'IMAGE'; m.subtype = 'SVG+XML'; return m.toString(); });
const p = m.params;
attempt('set bad name', () => p.set('x y', '1'));
attempt('set empty name', () => p.set('', '1'));
attempt('set bad value', () => p.set('x', '\u0100'));
attempt('set newline value', () => p.set('x', 'a\nb'));
attempt('set values', () => {
    p.set('x', '1 2');
    p.set('e', '');
    p.set('q', 'a"b\\c');
    p.set('Up', 'V');
    p.set('n', 5);
    return m.toString();
});
attempt('get', () => [p.get('x'), p.get('up'), p.get('Up'), p.get('missing'), p.has('e'), p.has('E')]);
attempt('delete', () => { p.delete('x'); p.delete('nothing'); return [p.has('x'), p.toString()]; });
attempt('iterators', () => [[...p.keys()], [...p.values()], [...p.entries()], [...p]]);
attempt('toJSON', () => JSON.stringify({ p, m }));
attempt('replace keeps order', () => { p.set('charset', 'latin1'); return p.toString(); });

const fresh = new MIMEParams();
attempt('empty params', () => [fresh.toString(), [...fresh], fresh.get('a')]);
fresh.set('A', 'b');
attempt('params case', () => [fresh.get('a'), fresh.get('A'), fresh.has('A'), fresh.toString()]);

attempt('call without new', () => MIMEType('a/b'));
attempt('params without new', () => MIMEParams());
attempt('foreign toString', () => MIMEType.prototype.toString.call({}));
attempt('foreign get', () => MIMEParams.prototype.get.call({}, 'a'));
attempt('foreign type', () => Object.getOwnPropertyDescriptor(MIMEType.prototype, 'type').get.call({}));
attempt('foreign set', () => MIMEParams.prototype.set.call({}, 'a', 'b'));
attempt('foreign params', () => Object.getOwnPropertyDescriptor(MIMEType.prototype, 'params').get.call({}));
attempt('foreign type set', () => Object.getOwnPropertyDescriptor(MIMEType.prototype, 'type').set.call({}, 'a'));
attempt('foreign bad type set', () => Object.getOwnPropertyDescriptor(MIMEType.prototype, 'type').set.call({}, ''));
console.log(Object.getOwnPropertyNames(MIMEParams.prototype).map((k) => MIMEParams.prototype[k].name));
console.log(['type', 'subtype', 'essence', 'params'].map((k) => {
    const d = Object.getOwnPropertyDescriptor(MIMEType.prototype, k);
    return [d.get.name, d.set && d.set.name, d.enumerable];
}));
console.log(MIMEType.prototype.toJSON === MIMEType.prototype.toString, MIMEType.prototype.toString.name);
console.log(MIMEParams.prototype[Symbol.iterator] === MIMEParams.prototype.entries);
