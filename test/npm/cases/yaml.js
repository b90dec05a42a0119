// yaml 2: parse and stringify documents (flow scalars use a sticky regex), comments kept in the
// Document API, errors with positions.
const YAML = require('yaml');
console.log(YAML.parse('a: 1\nb: [x, "y z"]\nc: {d: true}\ns: |\n  line1\n  line2\nq: "multi\n  line"\n'));
console.log(YAML.stringify({ list: [1, { k: 'v' }], text: 'a: b', n: null }));
const doc = YAML.parseDocument('# top\nkey: value # trailing\n');
doc.set('added', [1, 2]);
console.log(String(doc));
try {
    YAML.parse('a: [1, 2');
} catch (e) {
    console.log(e.name, e.code, e.message.split('\n')[0]);
}
