/* assert-ok-message.js: the message of a failing assert()/assert.ok() without a message, as
 * Node 20 builds it from the caller's source ('The expression evaluated to a falsy value:' and
 * the call, with continuation lines re-indented), and its other forms: a custom message, an
 * Error thrown as is, 'No value argument passed to `assert.ok()`', and 'false == true' when
 * the source is not a file (eval, new Function). */
var assert = require('assert');

function show(fn) {
    try {
        fn();
        console.log('no throw');
    } catch (e) {
        console.log(JSON.stringify(e.message), e.generatedMessage, e.actual, e.expected,
                    e.operator, e.code);
    }
}

show(function () { assert.ok(false); });
show(function () { assert(0 > 1, undefined); });
show(function () { var a = 1; if (a) assert.ok(a === 2 &&
      a > 5); });
show(function () {
    assert(
        typeof 'x' === 'number',
        null
    );
});
show(function () { assert.ok(null, 'custom'); });
show(function () { assert.ok(); });
show(function () { assert.ok(''); });
show(function () { var ok = assert.ok; ok(NaN); });
show(function () { assert.strict.ok(typeof 1 === 'string'); });
show(function () { assert.strict(undefined); });
show(function () { assert.ok(false, new TypeError('mine')); });
show(function () { assert.ok("a(b" === ')', undefined); });
show(function () { assert(/* comment ( */ false); });
show(function () { eval('assert(false)'); });
show(function () { new Function('assert', 'assert(false)')(assert); });
show(function () { assert(1); assert.ok(true); assert('non-empty'); });
