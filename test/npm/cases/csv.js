// papaparse (strings, header mode, dynamic typing, unparse) and csv-stringify (sync and stream API).
const Papa = require('papaparse');
const { stringify } = require('csv-stringify');
const { stringify: stringifySync } = require('csv-stringify/sync');
const r = Papa.parse('name,age,ok\n"Smith, J",42,true\nLee,7,false\n', { header: true, dynamicTyping: true, skipEmptyLines: true });
console.log(r.data, r.errors, r.meta.fields, r.meta.delimiter);
console.log(Papa.parse('a;b\n1;"x""y"').data);
console.log(JSON.stringify(Papa.unparse([{ a: 1, b: 'q"uote' }, { a: 2, b: 'line\nbreak' }])));
console.log(JSON.stringify(stringifySync([['a', 'b,c'], [1, null], [true, 'x"y']], { header: false })));
console.log(JSON.stringify(stringifySync([{ id: 1, v: 'a' }, { id: 2, v: 'b' }], { header: true, columns: ['v', 'id'], delimiter: ';' })));
const out = [];
const s = stringify({ header: true, columns: { n: 'num', sq: 'square' }, cast: { number: (v) => v.toFixed(1) } });
s.on('data', (d) => out.push(d.toString()));
s.on('end', () => console.log(JSON.stringify(out.join(''))));
for (let i = 1; i <= 3; i++) s.write({ n: i, sq: i * i });
s.end();
