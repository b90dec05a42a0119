/* assert-messages.js: the generated AssertionError messages of Node 20: 'a !== b' for short
 * primitives, '+ actual - expected' line diffs of util.inspect output with trailing-comma
 * handling, collapsed runs ('...', '... Lines skipped'), the caret under a one-line string
 * difference, reference-equality wording for objects and functions, 'Values have same
 * structure but are not reference-equal', the not* forms, deepEqual/notDeepEqual texts,
 * equal/notEqual 'a == b', custom messages (which keep the diff for strictEqual and
 * deepStrictEqual), Error messages thrown as is, and ERR_MISSING_ARGS. */
var assert = require('assert');

function show(label, fn) {
    try {
        fn();
        console.log(label, 'did not throw');
    } catch (e) {
        console.log('--', label, e.name, e.code, e.generatedMessage, e.operator);
        console.log(e.message);
    }
}

show('strict short', function () { assert.strictEqual(1, 2); });
show('strict strings', function () { assert.strictEqual('a\nb', 'a\nc'); });
show('strict zero', function () { assert.strictEqual(0, -0); });
show('strict NaN', function () { assert.strictEqual(NaN, 0); });
show('strict null/undef', function () { assert.strictEqual(null, undefined); });
show('strict long strings', function () { assert.strictEqual('x'.repeat(40), 'y'.repeat(40)); });
show('strict caret', function () { assert.strictEqual('abcdefghij', 'abcdefghiX'); });
show('strict caret long', function () {
    assert.strictEqual('aaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaab');
});
show('strict very long', function () { assert.strictEqual('a'.repeat(50), 'a'.repeat(49) + 'b'); });
show('strict objects', function () { assert.strictEqual({ a: 1 }, { a: 1 }); });
show('strict arrays', function () { assert.strictEqual([1, 2], [1, 3]); });
show('strict functions', function () { assert.strictEqual(function a() {}, function b() {}); });
show('strict obj/prim', function () { assert.strictEqual({ a: 1 }, 1); });
show('strict multi-line strings', function () {
    assert.strictEqual('line1\nline2\nline3', 'line1\nlineX\nline3');
});
show('deep simple', function () {
    assert.deepStrictEqual({ a: 1, b: [1, 2, 3] }, { a: 1, b: [1, 2, 4] });
});
show('deep extra key', function () { assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }); });
show('deep missing key', function () { assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1 }); });
show('deep array longer', function () { assert.deepStrictEqual([1, 2, 3], [1, 2, 3, 4]); });
show('deep array shorter', function () { assert.deepStrictEqual([1, 2, 3, 4], [1, 2]); });
var big1 = [];
var big2 = [];
for (var i = 0; i < 30; i++) {
    big1.push(i);
    big2.push(i === 15 ? -1 : i);
}
show('deep long array', function () { assert.deepStrictEqual(big1, big2); });
show('deep tail differs', function () {
    assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
                           [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13]);
});
var many1 = {};
var many2 = {};
for (i = 0; i < 80; i++) {
    many1['k' + i] = i;
    many2['k' + i] = i % 7 === 0 ? 'x' + i : i;
}
show('deep huge', function () { assert.deepStrictEqual(many1, many2); });
show('deep same text', function () { assert.deepStrictEqual({ a: Symbol() }, { a: Symbol() }); });
show('deep proto', function () {
    function A() {}
    assert.deepStrictEqual(new A(), {});
});
show('deep nested', function () {
    assert.deepStrictEqual({ a: { b: { c: { d: 1 } } }, e: 'x' },
                           { a: { b: { c: { d: 2 } } }, e: 'x' });
});
show('deep map', function () {
    assert.deepStrictEqual(new Map([['a', 1]]), new Map([['a', 2]]));
});
show('deep set', function () { assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])); });
show('deep date', function () { assert.deepStrictEqual(new Date(0), new Date(1000)); });
show('deep errors', function () {
    assert.deepStrictEqual(new Error('a'), new Error('b'));
});
show('deep custom', function () { assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'); });
show('strict custom', function () { assert.strictEqual(1, 2, 'custom message'); });
show('strict custom obj', function () { assert.strictEqual({}, {}, 'cm'); });
show('strict custom caret', function () {
    assert.strictEqual('aaaaaaaaaaaaaaaa', 'aaaaaaaaaaaaaaab', 'cm');
});
show('not strict', function () { assert.notStrictEqual(1, 1); });
show('not strict string', function () { assert.notStrictEqual('hello world', 'hello world'); });
var same = { a: 1 };
show('not strict object', function () { assert.notStrictEqual(same, same); });
show('not deep strict', function () { assert.notDeepStrictEqual({ a: [1, 2] }, { a: [1, 2] }); });
show('not deep strict short', function () { assert.notDeepStrictEqual(1, 1); });
var long1 = [];
for (i = 0; i < 60; i++) long1.push(i);
show('not deep strict long', function () { assert.notDeepStrictEqual(long1, long1.slice()); });
show('deep loose', function () { assert.deepEqual({ a: 1 }, { a: 2 }); });
show('deep loose long', function () { assert.deepEqual('a'.repeat(600), 'b'); });
show('not deep loose', function () { assert.notDeepEqual({ a: 1 }, { a: '1' }); });
show('not deep loose same', function () { assert.notDeepEqual([1], [1]); });
show('equal', function () { assert.equal(1, 2); });
show('equal objects', function () { assert.equal({ a: 1 }, { a: 1 }); });
show('equal NaN', function () { assert.equal(NaN, NaN); });
show('not equal', function () { assert.notEqual(1, '1'); });
show('not equal NaN', function () { assert.notEqual(NaN, NaN); });
show('custom error', function () { assert.strictEqual(1, 2, new TypeError('mine')); });
show('custom equal', function () { assert.equal(1, 2, 'eq message'); });
show('missing args', function () { assert.strictEqual(1); });
show('missing args deep', function () { assert.deepEqual(); });
show('missing args not', function () { assert.notEqual(1); });
show('fail', function () { assert.fail(); });
show('fail message', function () { assert.fail('boom'); });
show('fail error', function () { assert.fail(new RangeError('re')); });
show('passing strict', function () { assert.strictEqual(NaN, NaN); });
show('passing deep', function () { assert.deepStrictEqual({ a: [1] }, { a: [1] }); });
