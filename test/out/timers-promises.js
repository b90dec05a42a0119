/* timers-promises.js: 'timers/promises' as Node 20: setTimeout/setImmediate resolve with the
 * value in timer order; { signal } rejects with AbortError (code ABORT_ERR, cause = reason)
 * when aborted before or during the wait and not after it fired; { ref: false } timers do not
 * keep the process alive; argument errors reject (never throw) with ERR_INVALID_ARG_TYPE;
 * scheduler.wait/yield and their ERR_INVALID_THIS; the module's export names. */
var tp = require('timers/promises');

console.log(Object.keys(tp).join(','));
/* Results are printed in creation order; only the order of timers far apart is checked. */
var order = [];
function note(label) {
    return function (v) {
        order.push(label);
        return label + ' resolved ' + JSON.stringify(v);
    };
}
function fail(label) {
    return function (e) {
        order.push(label);
        return label + ' rejected ' + e.name + ' ' + e.code + ' ' + e.message +
               (e.cause !== undefined ? ' cause=' + String(e.cause) : '');
    };
}
function track(label, p) {
    return p.then(note(label), fail(label));
}

var all = [];
all.push(track('timeout 20', tp.setTimeout(20, 'twenty')));
all.push(track('timeout 5', tp.setTimeout(5, 'five')));
all.push(track('timeout no value', tp.setTimeout(1)));
all.push(track('immediate', tp.setImmediate('imm')));
all.push(track('immediate no value', tp.setImmediate()));

var ac1 = new AbortController();
ac1.abort('early reason');
all.push(track('pre-aborted timeout', tp.setTimeout(10, 'x', { signal: ac1.signal })));
all.push(track('pre-aborted immediate', tp.setImmediate('x', { signal: ac1.signal })));

var ac2 = new AbortController();
all.push(track('aborted during timeout', tp.setTimeout(50, 'x', { signal: ac2.signal })));
var ac3 = new AbortController();
all.push(track('aborted during immediate', tp.setImmediate('y', { signal: ac3.signal })));
ac3.abort();
var ac4 = new AbortController();
all.push(track('abort after fire', tp.setTimeout(1, 'fired', { signal: ac4.signal })
    .then(function (v) { ac4.abort(); return v; })));
setTimeout(function () { ac2.abort(new Error('custom reason')); }, 5);

all.push(track('options null', tp.setTimeout(1, 'v', null)));
all.push(track('options string', tp.setTimeout(1, 'v', 'bad')));
all.push(track('bad signal', tp.setTimeout(1, 'v', { signal: {} })));
all.push(track('bad ref', tp.setTimeout(1, 'v', { ref: 1 })));
all.push(track('immediate bad options', tp.setImmediate('v', 5)));
all.push(track('immediate bad signal', tp.setImmediate('v', { signal: 'x' })));
all.push(track('wait', tp.scheduler.wait(2)));
all.push(track('yield', tp.scheduler.yield()));
all.push(track('wait bad this', new Promise(function (resolve) {
    resolve(tp.scheduler.wait.call({}, 1));
})));
var sync = 'sync';
try {
    tp.setTimeout(1, 'v', null).then(null, function () {});
} catch (e) {
    sync = 'threw';
}
console.log('argument errors are', sync === 'sync' ? 'rejections' : 'throws');

/* An unref'd timer alone does not keep the process alive. */
tp.setTimeout(100000, 'never', { ref: false }).then(function () { console.log('unref fired'); });

Promise.all(all).then(function (lines) {
    lines.forEach(function (l) { console.log(l); });
    var far = order.filter(function (l) {
        return l === 'timeout 5' || l === 'timeout 20' || l === 'aborted during timeout';
    });
    console.log('order:', far.join(' < '));
});
process.on('exit', function () { console.log('exit'); });
