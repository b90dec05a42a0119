/* util.promisify and util.callbackify: results and errors cross over, `this` is kept,
 * util.promisify.custom is honoured, names and lengths are carried over, and bad arguments throw
 * ERR_INVALID_ARG_TYPE. */
var util = require('util');

function addLater(a, b, cb) {
    setTimeout(function () { cb(null, a + b); }, 0);
}
function failLater(cb) {
    setTimeout(function () { cb(new Error('failed')); }, 0);
}
var add = util.promisify(addLater);
console.log(typeof add, add.name, add.length);
add(1, 2).then(function (v) { console.log('promisified result', v); });
util.promisify(failLater)().catch(function (e) { console.log('promisified error', e.message); });
var obj = {
    value: 7,
    get: function (cb) { cb(null, this.value); }
};
obj.getAsync = util.promisify(obj.get);
obj.getAsync().then(function (v) { console.log('this kept', v); });

function withCustom() {}
withCustom[util.promisify.custom] = function () { return Promise.resolve('custom'); };
console.log(util.promisify(withCustom) === withCustom[util.promisify.custom]);
console.log(util.promisify(add) === add);
console.log(util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));

function resolvesTo(v) { return Promise.resolve(v); }
function rejectsWith(v) { return Promise.reject(v); }
var cbResolve = util.callbackify(resolvesTo);
console.log(typeof cbResolve, cbResolve.name, cbResolve.length);
cbResolve('ok', function (err, v) { console.log('callbackified', err, v); });
util.callbackify(rejectsWith)(new Error('bad'), function (err) {
    console.log('callbackified error', err.message);
});
util.callbackify(rejectsWith)(null, function (err) {
    console.log('falsy rejection', err.code, err.message, err.reason);
});

var bad = [null, 1, 'str', {}];
for (var i = 0; i < bad.length; i++) {
    try {
        util.promisify(bad[i]);
    } catch (e) {
        console.log(e.name, e.code, e.message);
    }
    try {
        util.callbackify(bad[i]);
    } catch (e) {
        console.log(e.name, e.code, e.message);
    }
}
try {
    cbResolve('x', 'not a function');
} catch (e) {
    console.log(e.name, e.code, e.message);
}
