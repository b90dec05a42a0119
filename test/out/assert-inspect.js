/* assert-inspect.js: util.inspect of AssertionErrors as Node 20 shows them (stack lines are
 * dropped here, as test/render.sh drops them from stderr): the header with the code, the
 * message, and the enumerable properties, with long string actual/expected values shortened
 * and object values shown at depth 0. */
var assert = require('assert');
var util = require('util');

function show(fn) {
    try {
        fn();
    } catch (e) {
        console.log(util.inspect(e).split('\n').filter(function (l) {
            return !/^    at /.test(l);
        }).join('\n'));
    }
}

show(function () { assert.strictEqual(1, 2); });
show(function () { assert.deepStrictEqual({ a: { b: { c: 1 } } }, { a: { b: { c: 2 } } }); });
show(function () { assert.strictEqual('a'.repeat(600), 'b'); });
show(function () { assert.strictEqual('l1\nl2\nl3\nl4\nl5\nl6\nl7\nl8\nl9\nl10\nl11\nl12', 'x'); });
show(function () { assert.ok(0, 'custom'); });
show(function () { assert.notStrictEqual([1], [1]); });
