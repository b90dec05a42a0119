/* assert-uncaught.js: an AssertionError nobody catches is printed as Node 20 prints it (the
 * 'AssertionError [ERR_ASSERTION]: ...' header with the diff, then generatedMessage, code,
 * actual, expected and operator) and the process exits with status 1. */
var assert = require('assert');
console.log('before');
assert.deepStrictEqual({ a: 1, b: 'two' }, { a: 1, b: 'three' });
console.log('not reached');
