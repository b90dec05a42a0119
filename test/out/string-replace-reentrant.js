/* string-replace-reentrant.js: a replacer function may use the very global regex its replace is
 * running (highlight.js's recurRegex nests replace with one /<@@@>/g): the outer replace still
 * visits each of its own matches once, and lastIndex changes made by the replacer are ignored. */
function recur(re, sub, depth) {
    if (depth === -1) {
        return '';
    }
    return re.replace(sub, () => recur(re, sub, depth - 1));
}
const sub = /<@>/g;
for (let d = 0; d < 4; d++) {
    console.log(d, recur('a<@>b<@>c', sub, d));
}
const re = /x/g;
console.log('x1x2x3'.replace(re, (m, off) => { re.lastIndex = 0; return '[' + off + ']'; }), re.lastIndex);
console.log('aXbXc'.replace(/X/g, (m, off, str) => str.replace(/[abc]/g, (c) => c.toUpperCase())));
console.log('a-b-c'.replace(/-/g, '+'), 'a-b'.replace('-', () => '='), 'abc'.replace(/b/, () => 'B'));
