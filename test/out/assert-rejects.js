/* assert-rejects.js: assert.rejects and assert.doesNotReject as Node 20: they return promises;
 * rejects resolves when the promise (or async function's promise) rejects with a matching
 * error (class, RegExp, object, validation function), and rejects with an AssertionError
 * 'Missing expected rejection' otherwise; a function that does not return a promise gives
 * ERR_INVALID_RETURN_VALUE, a bad argument ERR_INVALID_ARG_TYPE; doesNotReject reports
 * 'Got unwanted rejection' with the original message, and passes non-matching errors through. */
var assert = require('assert');

var steps = [];
function report(label, p) {
    steps.push(p.then(function (v) {
        return label + ' resolved ' + v;
    }, function (e) {
        return label + ' rejected ' + e.name + ' ' + e.code + ' ' + e.operator + ' ' +
               JSON.stringify(e.message);
    }));
}
function rejecting(err) {
    return function () { return Promise.reject(err); };
}
function resolving(v) {
    return function () { return Promise.resolve(v); };
}

report('class', assert.rejects(rejecting(new TypeError('t')), TypeError));
report('class mismatch', assert.rejects(rejecting(new TypeError('t')), RangeError));
report('promise arg', assert.rejects(Promise.reject(new Error('direct')), /direct/));
report('regexp mismatch', assert.rejects(Promise.reject(new Error('direct')), /nope/));
report('object', assert.rejects(rejecting(new Error('m')), { message: 'm' }));
report('object mismatch', assert.rejects(rejecting(new Error('m')), { message: 'n' }));
report('validation', assert.rejects(rejecting(7), function (v) { return v === 7; }));
report('no rejection', assert.rejects(resolving(1)));
report('no rejection class', assert.rejects(resolving(1), TypeError, 'msg'));
report('no rejection string', assert.rejects(Promise.resolve(), 'expected to reject'));
report('not a promise', assert.rejects(function () { return 5; }));
report('sync throw', assert.rejects(function () { throw new Error('sync'); }));
report('bad arg', assert.rejects(5));
report('thenable', assert.rejects({
    then: function (a, b) { b(new Error('thenable')); },
    'catch': function () {}
}, /thenable/));
report('doesNotReject ok', assert.doesNotReject(resolving(1)));
report('doesNotReject rejected', assert.doesNotReject(rejecting(new Error('bad'))));
report('doesNotReject message', assert.doesNotReject(rejecting(new Error('bad')), 'why'));
report('doesNotReject other class', assert.doesNotReject(rejecting(new TypeError('t')),
                                                         RangeError));
report('doesNotReject same class', assert.doesNotReject(rejecting(new TypeError('t')),
                                                        TypeError));
report('doesNotReject not promise', assert.doesNotReject(function () { return null; }));
console.log('sync part done', typeof assert.rejects(resolving(1)).then);

Promise.all(steps).then(function (lines) {
    lines.forEach(function (l) { console.log(l); });
});
