// JSON.parse's strings, with and without escapes (the common kind is interned straight from the
// input, src/duktape.patch): keys and values, non-ASCII and astral characters, escapes at
// either end, empty strings, __proto__ as an own key, duplicate keys, long strings.
const inputs = [
    '"plain"', '""', '"a\\"b"', '"\\n"', '"tab\\there"', '"end\\\\"', '"\\u0041BC"', '"ABC\\u0041"',
    '"caf\u00e9"', '"\ud83d\ude00 smile"', '"\\ud83d\\ude00"', '"mixed \u00e9\\u00e9"',
    '{"a":"b","c":"d\\/e"}', '{"":""}', '["x","y\\u0000z",""]',
    '{"__proto__":{"x":1},"y":"z"}', '{"a":"1","a":"2","b":"3"}',
    '"' + 'long'.repeat(300) + '"', '"' + 'long'.repeat(300) + '\\n"',
];
for (const s of inputs) {
    const v = JSON.parse(s);
    console.log(JSON.stringify(v).slice(0, 80), typeof v === 'string' ? v.length : Object.keys(v));
}
const o = JSON.parse('{"__proto__":{"x":1}}');
console.log(Object.getPrototypeOf(o) === Object.prototype, o.x, Object.keys(o), o.__proto__ !== Object.prototype);
console.log(JSON.parse('{"k\\u0065y":"v"}').key, JSON.parse('"\u2028\u2029"').length);
for (const bad of ['"a\u0001b"', '"abc', '"a\\qb"', '"\u0000"']) {
    try { JSON.parse(bad); console.log('ok?'); } catch (e) { console.log(e.name, e.message); }
}
console.log(JSON.parse('{"a":"b"}', function (k, v) { return typeof v === 'string' ? v + '!' : v; }).a);
