// u-flag classes with astral members (\u{...}, escaped pairs, the characters themselves,
// ranges reaching past U+FFFF) become a BMP class beside surrogate-pair alternatives, as
// property escapes do; an astral character outside a class is one atom for its quantifier.
// js-yaml 4.1.1+ builds its scalars from [\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}].
const SRC_C_PRINTABLE = '[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]';
const re = new RegExp(`^(?:${SRC_C_PRINTABLE})*$`, 'u');
console.log(re.test('abc 😀 é'), re.test('a\u0001'), re.test('😀😀'), re.source === `^(?:${SRC_C_PRINTABLE})*$`);
console.log(/^[\u{1F600}-\u{1F64F}]+$/u.test('😀😃'), /^[\u{1F600}-\u{1F64F}]$/u.test('😀😃'),
    /^[a\u{1F600}]$/u.test('a'), /^[^\u{1F600}]$/u.test('😃'), /^[^\u{1F600}]$/u.test('😀'));
console.log(/[\uD83D\uDE00x]/u.exec('-😀')[0], /^[😀-😂]$/u.test('😁'), new RegExp('^[😀-😂]$', 'u').test('😁'),
    new RegExp('^😀+$', 'u').test('😀😀'), /^😀+$/u.test('😀😀'), /^\uD83D\uDE00{2}$/u.test('😀😀'));
console.log(/^[\x20-\u{10FFFF}]{2}$/u.test('a😀'), /[\-\u{10000}]/u.test('-'), /^[\w\u{1D400}-\u{1D7FF}]+$/u.test('x𝐀'),
    'x😀y'.replace(/[\u{1F000}-\u{1FFFF}]/gu, '_'), /^[\t\n\u{1F600}]+$/u.test('\t😀\n'), /[\]\u{1F600}]/u.test(']'));
console.log(/^[\p{Lu}\u{1F600}]+$/u.test('A😀B'), new RegExp('[\\u{20000}-\\u{2FFFF}]', 'u').exec('a𠀀b')[0]);
