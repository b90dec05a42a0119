// diff 9 (jsdiff): character, word, line and JSON diffs, unified patches, applying and parsing them.
const Diff = require('diff');
const show = (parts) => parts.map((p) => (p.added ? '+' : p.removed ? '-' : '=') + JSON.stringify(p.value)).join(' ');
console.log(show(Diff.diffChars('beep boop', 'beep boob blah')));
console.log(show(Diff.diffWords('The quick brown fox', 'The slow brown dogs')));
console.log(show(Diff.diffLines('a\nb\nc\n', 'a\nB\nc\nd\n')), show(Diff.diffJson({ a: 1, b: [1, 2] }, { a: 2, b: [1, 2] })));
console.log(show(Diff.diffArrays([1, 2, 3], [1, 3, 4])), show(Diff.diffSentences('One. Two. Three.', 'One. Deux. Three.')));
const oldText = 'line1\nline2\nline3\nline4\nline5\n';
const newText = 'line1\nline2 changed\nline3\nline5\nline6\n';
const patch = Diff.createPatch('file.txt', oldText, newText, 'old', 'new');
console.log(patch);
console.log(Diff.applyPatch(oldText, patch) === newText, JSON.stringify(Diff.parsePatch(patch)[0].hunks[0].lines));
console.log(Diff.createTwoFilesPatch('a.txt', 'b.txt', 'x\n', 'y\n', '', '', { context: 0 }));
console.log(JSON.stringify(Diff.structuredPatch('a', 'b', 'k\nl\n', 'k\nm\n').hunks));
