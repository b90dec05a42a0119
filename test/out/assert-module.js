/* assert-module.js: the shape of 'assert' and 'assert/strict' in Node 20 (exported names in
 * order, assert === assert.ok's behaviour, assert.strict with the strict comparisons under the
 * loose names, require('assert/strict') === assert.strict), assert.ifError, assert.match and
 * doesNotMatch, the AssertionError constructor (options validation, generatedMessage,
 * toString, instanceof, name), and the deprecated CallTracker (calls, getCalls, report,
 * verify, reset, DEP0173). */
var assert = require('assert');
var strict = require('assert/strict');

function show(label, fn) {
    try {
        var r = fn();
        console.log('--', label, 'ok', r === undefined ? '' : JSON.stringify(r));
    } catch (e) {
        console.log('--', label, e.name, e.code, e.generatedMessage, e.operator);
        console.log(e.message);
    }
}

console.log(Object.keys(assert).join(','));
console.log(Object.keys(strict).join(','));
console.log(typeof assert, assert.name, assert.length, assert === assert.ok);
console.log(strict === assert.strict, strict.strict === strict, strict.ok === assert.ok);
console.log(strict.equal === assert.strictEqual, strict.deepEqual === assert.deepStrictEqual,
            strict.notEqual === assert.notStrictEqual,
            strict.notDeepEqual === assert.notDeepStrictEqual);
console.log(assert.equal.name, assert.deepEqual.name, assert.throws.name, assert.match.name,
            assert.strictEqual.length, assert.throws.length, assert.fail.length);
show('strict loose equal', function () { strict.equal(1, '1'); });
show('strict fn', function () { strict(0); });
show('strict deepEqual', function () { strict.deepEqual({ a: 1 }, { a: '1' }); });
show('assert loose equal', function () { assert.equal(1, '1'); });

show('ifError null', function () { assert.ifError(null); });
show('ifError undefined', function () { assert.ifError(undefined); });
show('ifError error', function () { assert.ifError(new TypeError('bad thing')); });
show('ifError empty message', function () { assert.ifError(new RangeError('')); });
show('ifError string', function () { assert.ifError('str'); });
show('ifError zero', function () { assert.ifError(0); });
show('ifError false', function () { assert.ifError(false); });
show('ifError object', function () { assert.ifError({ message: 'obj msg' }); });

show('match ok', function () { assert.match('abc', /b/); });
show('match fail', function () { assert.match('abc', /x/); });
show('match custom', function () { assert.match('abc', /x/, 'custom'); });
show('match error', function () { assert.match('abc', /x/, new Error('err msg')); });
show('match non-string', function () { assert.match(123, /1/); });
show('match bad regexp', function () { assert.match('abc', 'b'); });
show('doesNotMatch ok', function () { assert.doesNotMatch('abc', /x/); });
show('doesNotMatch fail', function () { assert.doesNotMatch('abc', /b/); });
show('doesNotMatch non-string', function () { assert.doesNotMatch({}, /b/); });

var AE = assert.AssertionError;
var e1 = new AE({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e1 instanceof AE, e1 instanceof Error, e1.name, e1.code, e1.generatedMessage);
console.log(String(e1));
console.log(Object.keys(e1).join(','));
var e2 = new AE({ message: 'given', actual: 'a', expected: 'b', operator: 'xyz' });
console.log(e2.message, e2.generatedMessage, e2.operator, e2.actual, e2.expected);
var e3 = new AE({ actual: 'a', expected: 'b', operator: 'xyz' });
console.log(JSON.stringify(e3.message));
var e4 = new AE({ actual: [1], expected: [2], operator: 'deepEqual' });
console.log(JSON.stringify(e4.message));
show('AE no options', function () { return new AE(); });
show('AE string', function () { return new AE('x'); });
show('AE null', function () { return new AE(null); });
console.log(AE.name, AE.length, Object.getPrototypeOf(AE.prototype) === Error.prototype);

var tracker = new assert.CallTracker();
function foo(a) { return a * 2; }
var tracked = tracker.calls(foo, 2);
console.log(tracked(3), tracked.name, tracked.length);
var report = tracker.report();
console.log(report.length, report[0].message, report[0].actual, report[0].expected,
            report[0].operator, report[0].stack instanceof Error);
show('verify one', function () { tracker.verify(); });
console.log(JSON.stringify(tracker.getCalls(tracked)));
tracked.call({ t: 1 }, 4);
console.log(JSON.stringify(tracker.getCalls(tracked)), tracker.report().length);
show('verify ok', function () { tracker.verify(); });
tracker.reset(tracked);
console.log(tracker.getCalls(tracked).length);
var noop = tracker.calls();
var three = tracker.calls(3);
show('verify many', function () { tracker.verify(); });
tracker.reset();
show('getCalls untracked', function () { tracker.getCalls(function () {}); });
show('calls bad count', function () { tracker.calls(foo, -1); });
console.log(typeof noop, typeof three);
