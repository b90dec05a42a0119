// lodash-es (ES modules: an index that re-exports 300 modules, more dependencies than
// Duktape takes as parameters of one function): named and default imports, chaining, a deep
// import of one module, and the namespace object.
import _, { chunk, debounce, groupBy, merge, template, camelCase } from 'lodash-es';
import * as ns from 'lodash-es';
import sortBy from 'lodash-es/sortBy.js';

console.log(chunk([1, 2, 3, 4, 5], 2), camelCase('foo-bar baz'), _.VERSION);
console.log(groupBy([6.1, 4.2, 6.3], Math.floor));
console.log(merge({ a: [{ b: 2 }] }, { a: [{ c: 3 }] }));
console.log(template('hello <%= user %>!')({ user: 'fred' }));
console.log(_.chain([3, 1, 2]).sortBy().map((x) => x * 10).value(), _.map === ns.map);
console.log(sortBy([{ n: 'b' }, { n: 'a' }], 'n'), Object.keys(ns).length > 300, ns.default === _);
const d = debounce((x) => console.log('debounced', x), 5);
d(1);
d(2);
