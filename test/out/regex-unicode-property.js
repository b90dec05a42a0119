// Unicode property escapes with the u flag (regex literals and new RegExp): general categories
// (short, long and gc= names, groups such as L and P), scripts (sc=, Script=, scx=), binary
// properties (Alphabetic, White_Space, emoji ones, Default_Ignorable_Code_Point), \P negation,
// sets inside classes (also negated ones) and astral code points, and V8's error for an
// unknown name.
const cases = [
    [/\p{L}+/gu, 'héllo wörld 你好 𝒳y'],
    [/\p{Letter}+/u, '123abc'],
    [/^\p{Lu}\p{Ll}+$/u, 'Élan'],
    [/\p{gc=Nd}+/u, 'x٣4five'],
    [/\p{General_Category=Decimal_Number}/u, 'a7'],
    [/\p{P}+/gu, 'hi, there! «quoted» — ok?'],
    [/\p{S}/gu, 'a+b=c $5 ©'],
    [/\p{Z}/gu, 'a b\u00a0c\u3000d'],
    [/[\p{L}\p{N}]+/gu, 'a1-ß2 𝟘𝒳 !'],
    [/[^\p{L}\s]+/gu, 'ab12 cd!! 𝒳😀'],
    [/\P{L}+/gu, 'ab12 cd!! 𝒳😀x'],
    [/[\P{L}]+/gu, 'ab12 𝒳😀'],
    [/\p{Script=Greek}+/u, 'abc αβγ def'],
    [/\p{sc=Han}+/u, 'x你好y'],
    [/\p{scx=Hira}/u, 'ー'],
    [/\p{Script_Extensions=Latin}+/u, '—abc—'],
    [/\p{Alphabetic}+/u, '  Ωmega9'],
    [/\p{White_Space}+/u, 'a \t\u00a0\u3000b'],
    [/\p{Emoji_Presentation}/gu, 'hi 😀 ☺ ⌚'],
    [/\p{Extended_Pictographic}/gu, '😀a❤b©'],
    [/^\p{Default_Ignorable_Code_Point}$/u, '\u200B'],
    [/\p{ID_Start}\p{ID_Continue}*/u, '9_abc1 x'],
    [/\p{Any}/u, '😀'],
    [/\p{Assigned}+/u, '\u0378abc'],
    [/\p{Lowercase}+/u, 'ABCdefG'],
    [/\p{Regional_Indicator}{2}/u, 'flag: 🇫🇷'],
];
for (const [re, s] of cases) {
    const m = s.match(re);
    console.log(re.source.slice(0, 40), JSON.stringify(m && Array.from(m)));
}
const built = new RegExp('[\\p{L}\\p{Nd}]+', 'gu');
console.log('new RegExp:', 'ab1 𝒳2 !'.match(built), built.source, built.flags, built.unicode);
console.log('test:', /^\p{Lu}/u.test('Ábc'), /^\p{Lu}/u.test('ábc'), /\p{Emoji}/u.test('x'));
console.log('replace:', 'Grüße, 世界!'.replace(/\P{L}/gu, '_'));
console.log('split:', 'a1b22c'.split(/\p{Nd}+/u));
for (const bad of ['\\p{Nope}', '\\p{Script=Nope}', '\\p{lu}']) {
    try {
        new RegExp(bad, 'u');
        console.log('no error for', bad);
    } catch (e) {
        console.log(e.name + ': ' + e.message);
    }
}
try {
    new Function('return /\\p{Foo}/u;')();
} catch (e) {
    console.log(e.name + ': ' + e.message);
}
