// csv-parse 5: the sync and the stream API, quoted fields, custom delimiters, a parse error.
const { parse } = require('csv-parse');
const { parse: parseSync } = require('csv-parse/sync');
console.log(parseSync('a,b\n1,"x, y"\n2,"say ""hi"""\n', { columns: true }));
console.log(parseSync('1;2;3\n4;5;6', { delimiter: ';', cast: true }));
try {
    parseSync('a,b\n1,2,3\n');
} catch (e) {
    console.log(e.code, e.message);
}
const rows = [];
const parser = parse({ from_line: 2 });
parser.on('readable', () => { let r; while ((r = parser.read()) !== null) rows.push(r); });
parser.on('end', () => console.log('stream', rows));
parser.write('h1,h2\nq,w\n');
parser.write('e,r\n');
parser.end();
