/* assert-throws.js: assert.throws and assert.doesNotThrow as Node 20: matching by Error class
 * (subclasses, wrong class with its 'Error message' detail, identical name but different
 * prototype), by RegExp on String(error), by object (keys compared deep-strictly, RegExp
 * values tested on strings, the 'Comparison {' diff), by validation function (true or the
 * 'validation function is expected to return "true"' message), a string message, missing
 * exceptions ('Missing expected exception (Name): msg'), non-Error throws, and the argument
 * errors ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE and ERR_AMBIGUOUS_ARGUMENT. */
var assert = require('assert');

function show(label, fn) {
    try {
        fn();
        console.log('--', label, 'ok');
    } catch (e) {
        console.log('--', label, e.name, e.code, e.generatedMessage, e.operator);
        console.log(e.message);
        if (e.code === 'ERR_ASSERTION') {
            console.log('actual:', e.actual instanceof Error ? 'Error ' + e.actual.message :
                        JSON.stringify(e.actual), 'expected:', typeof e.expected);
        }
    }
}

function thrower(err) {
    return function () { throw err; };
}

function MyError(message) {
    var e = new Error(message);
    Object.setPrototypeOf(e, MyError.prototype);
    return e;
}
MyError.prototype = Object.create(Error.prototype);
MyError.prototype.constructor = MyError;
MyError.prototype.name = 'MyError';
Object.setPrototypeOf(MyError, Error);

show('class match', function () { assert.throws(thrower(new TypeError('t')), TypeError); });
show('base class match', function () { assert.throws(thrower(new TypeError('t')), Error); });
show('class mismatch', function () { assert.throws(thrower(new TypeError('t')), RangeError); });
show('subclass match', function () { assert.throws(thrower(new MyError('m')), MyError); });
show('subclass mismatch', function () { assert.throws(thrower(new Error('plain')), MyError); });
var FakeTypeError = function TypeError() {};
Object.setPrototypeOf(FakeTypeError, Error);
FakeTypeError.prototype = Object.create(Error.prototype);
show('same name other proto', function () {
    assert.throws(thrower(new TypeError('x')), FakeTypeError);
});
show('class vs string', function () { assert.throws(thrower('str'), TypeError); });
show('class no message', function () { assert.throws(thrower(new Error('')), RangeError); });
show('regexp match', function () { assert.throws(thrower(new Error('foo bar')), /bar/); });
show('regexp mismatch', function () { assert.throws(thrower(new Error('foo bar')), /baz/); });
show('regexp on string', function () { assert.throws(thrower('plain string'), /plain/); });
show('object match', function () {
    assert.throws(thrower(new TypeError('x')), { name: 'TypeError', message: 'x' });
});
show('object regexp values', function () {
    var e = new Error('hello world');
    e.code = 'E_CODE';
    assert.throws(thrower(e), { message: /world/, code: /^E_/ });
});
show('object mismatch', function () {
    var e = new Error('hello');
    e.code = 'A';
    assert.throws(thrower(e), { message: 'hello', code: 'B' });
});
show('object mismatch regexp', function () {
    assert.throws(thrower(new Error('abc')), { message: /xyz/ });
});
show('object missing key', function () {
    assert.throws(thrower(new Error('abc')), { message: 'abc', extra: 1 });
});
show('object nested', function () {
    var e = new Error('n');
    e.info = { a: [1, 2] };
    assert.throws(thrower(e), { info: { a: [1, 2] } });
});
show('object nested mismatch', function () {
    var e = new Error('n');
    e.info = { a: [1, 2] };
    assert.throws(thrower(e), { info: { a: [1, 3] } });
});
show('object custom msg', function () {
    assert.throws(thrower(new Error('abc')), { message: 'zzz' }, 'my message');
});
show('error instance expected', function () {
    assert.throws(thrower(new TypeError('same')), new TypeError('same'));
});
show('error instance mismatch', function () {
    assert.throws(thrower(new TypeError('one')), new TypeError('two'));
});
show('object vs primitive thrown', function () { assert.throws(thrower(5), { a: 1 }); });
show('empty object', function () { assert.throws(thrower(new Error('x')), {}); });
show('validation true', function () {
    assert.throws(thrower(new Error('v')), function (e) { return e.message === 'v'; });
});
show('validation false', function () {
    assert.throws(thrower(new Error('v')), function check(e) { return false; });
});
show('validation anon', function () {
    assert.throws(thrower('s'), function () { return 1; });
});
show('validation throws', function () {
    assert.throws(thrower(new Error('v')), function () { throw new Error('inner'); });
});
show('string message', function () { assert.throws(thrower(new Error('a')), 'just a message'); });
show('missing', function () { assert.throws(function () {}); });
show('missing with class', function () { assert.throws(function () {}, TypeError); });
show('missing with message', function () { assert.throws(function () {}, 'should throw'); });
show('missing with class and message', function () {
    assert.throws(function () {}, RangeError, 'need range');
});
show('missing with regexp', function () { assert.throws(function () {}, /x/); });
show('ambiguous message', function () {
    assert.throws(thrower(new Error('same text')), 'same text');
});
show('ambiguous string', function () { assert.throws(thrower('same'), 'same'); });
show('string error with message', function () {
    assert.throws(thrower(new Error('x')), 'a', 'b');
});
show('bad error arg', function () { assert.throws(thrower(new Error('x')), 5); });
show('bad fn', function () { assert.throws('not a function'); });
show('no fn', function () { assert.throws(); });
show('return value', function () {
    var r = assert.throws(thrower(new Error('x')));
    console.log('returns', r);
});

show('doesNotThrow ok', function () { assert.doesNotThrow(function () {}); });
show('doesNotThrow throws', function () { assert.doesNotThrow(thrower(new Error('oops'))); });
show('doesNotThrow message', function () {
    assert.doesNotThrow(thrower(new Error('oops')), 'custom text');
});
show('doesNotThrow matching class', function () {
    assert.doesNotThrow(thrower(new TypeError('t')), TypeError);
});
show('doesNotThrow other class', function () {
    assert.doesNotThrow(thrower(new TypeError('t')), RangeError);
});
show('doesNotThrow regexp', function () {
    assert.doesNotThrow(thrower(new Error('abc')), /b/, 'with msg');
});
show('doesNotThrow regexp miss', function () {
    assert.doesNotThrow(thrower(new Error('abc')), /z/);
});
show('doesNotThrow fn', function () {
    assert.doesNotThrow(thrower(new Error('abc')), function () { return true; });
});
show('doesNotThrow bad expected', function () {
    assert.doesNotThrow(thrower(new Error('abc')), { a: 1 });
});
show('doesNotThrow string thrown', function () { assert.doesNotThrow(thrower('str')); });
show('doesNotThrow bad fn', function () { assert.doesNotThrow(5); });
