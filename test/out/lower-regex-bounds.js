// Proves: regular expressions with counted quantifiers above 1000 (as in the encodeurl package
// that Express uses) compile and match as in Node: {1,1024} on a group, {2,2000} on a character.
var ENCODE = /(?:[^\x21\x23-\x3B\x3D\x3F-\x5F\x61-\x7A\x7C\x7E]+|%+(?![0-9A-Fa-f]{2})){1,1024}/g;
console.log('a b%zz'.replace(ENCODE, function (m) { return '[' + m + ']'; }));
console.log('xxxx'.replace(/x{2,2000}/, 'y'), /^a{0,5000}$/.test('aaa'));
