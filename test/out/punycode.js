// Proves: the punycode module encodes and decodes labels and whole domains as Node's bundled one.
const punycode = require('punycode');
console.log(punycode.encode('mañana'), punycode.decode('maana-pta'));
console.log(punycode.toASCII('mañana.com'), punycode.toUnicode('xn--maana-pta.com'));
console.log(punycode.toASCII('☃-⌘.com'), punycode.toUnicode('xn----dqo34k.com'));
console.log(punycode.ucs2.decode('𝌆a'), punycode.ucs2.encode([0x1D306, 97]) === '𝌆a');
console.log(typeof punycode.version, punycode.toASCII('example.com'));
