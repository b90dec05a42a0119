// new RegExp(source) with named groups (?<name>...), which Duktape lacks, gets them as a regex
// literal does (wrap-ansi 9 builds one per escape code it meets).
const m = new RegExp('(?:\\[(?<code>\\d+)m|\\]8;;(?<uri>.*)\u0007)').exec('x[31m');
console.log(m.groups, m.index, m[1]);
const re = new RegExp('(?<y>\\d{4})-(?<m>\\d\\d)', 'g');
console.log(re.exec('2020-01 and 2021-02').groups, re.lastIndex, re.exec('2020-01 and 2021-02').groups.y);
const r2 = RegExp('(?<w>\\p{Lu})', 'u');
console.log(r2.exec('aÉb').groups.w, new RegExp('a\\(?<b').test('a(<b'));
console.log(new RegExp('(?<a>x)|(?<b>y)', 'i').exec('Y').groups, new RegExp('\\(?<notgroup>').test('(?<notgroup>'));
