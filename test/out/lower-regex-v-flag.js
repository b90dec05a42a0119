// The v flag (unicodeSets) as u where no class uses set notation: literals (boxen 9's
// /\r\n|[\n\v\f\r]/gv) and new RegExp(source, 'v'), with its flags reported.
const LINE_BREAKS = /\r\n|[\n\v\f\r]/gv;
console.log('a\r\nb\nc'.split(LINE_BREAKS), LINE_BREAKS.flags, LINE_BREAKS.unicodeSets, LINE_BREAKS.unicode, LINE_BREAKS.source);
const re = /[\p{L}\d]+/v;
console.log(re.exec('--été42!')[0], re.flags);
const r2 = new RegExp('^\\p{Lu}[a-z]*$', 'v');
console.log(r2.test('Élan'), r2.test('élan'), r2.flags, r2.unicodeSets);
const r3 = new RegExp('x.y', 'sv');
console.log(r3.test('x\ny'), r3.flags);
try { new RegExp('a', 'uv'); } catch (e) { console.log(e.name); }
const g = /(?<word>\p{L}+)-\d/dgv;
console.log(g.flags, g.hasIndices, g.exec('ab été-1').groups.word);
