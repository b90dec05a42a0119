// JSON.parse errors in V8's words: the first error's kind and position, with context for an
// unexpected token (js/internal/polyfills/json.js).
const inputs1 = ['', ' ', '{bad', '{"a":1,}', '[1,]', '[1 2]', '{"a" 1}', '{"a":}', 'nul', 'tru', '01', '1.', '1e', '-', '-a', '"abc', '"a\nb"', '"\\x"', '"\\u12G4"', '{"a":1} x', '[1]]', 'undefined', "{'a':1}", '{a:1}', '[', '{', '{"a":1', '"a', 'NaN', '1.5.5', '{"long":"' + 'x'.repeat(40) + '", bad}', 'abcdefghijklmnopqrstuvwxyz0123456789abcdefghij', '[1,2,3,x]', '{"a":[1,2,{"b":}]}', '\u00e9', '[1,-]', '{"a":1 "b":2}', '123abc', 'true false', '"ok" "x"'];
const inputs2 = ['[1', '{"a"', '{"a":', '[1,', '{"a":1,', 'trux', 'nulx', '[1 "a"]', '{"a":1 2}', '{1:2}', '[1,2', '  [ 1 , x ]', '"\\u00"', '"\\', '-0', '-01', '1e+', '1E5x', '{"a":1}}', '{"a" : 1 , "b" }', 'Infinity', '[object Object]', '1 2', '[01]', '{"a":01}', '{"\\x":1}', '[true, fals]', '"\u0001"', '123456789012345678901234567890x'];
for (const s of inputs1.concat(inputs2)) {
    try { JSON.parse(s); console.log(JSON.stringify(s), 'ok'); } catch (e) { console.log(JSON.stringify(s).slice(0, 30), '->', e.name, e.message); }
}
try { JSON.parse('[1]', () => { throw new SyntaxError('from reviver'); }); } catch (e) { console.log(e.message); }
console.log(JSON.parse.name, JSON.parse.length);
