// Proves: Node's ordering of nextTick, timers and immediates; equal delays fire in creation
// order; clearTimeout/clearInterval; arguments; unref'd timers do not keep the loop alive.
var log = [];
function note(s) { log.push(s); }
setTimeout(function () { note('t10-a'); }, 10);
setTimeout(function () { note('t10-b'); }, 10);
setTimeout(function (a, b) { note('t5 ' + a + b); }, 5, 'x', 'y');
var cleared = setTimeout(function () { note('never'); }, 1);
clearTimeout(cleared);
setTimeout(function () { note('unref never'); }, 100000).unref();
process.nextTick(function (v) { note('tick ' + v); }, 1);
note('sync');
setTimeout(function () {
    note('t20');
    setImmediate(function () { note('immediate in timer'); });
    process.nextTick(function () { note('tick in timer'); });
    setTimeout(function () { note('timeout in timer'); }, 0);
}, 20);
process.on('exit', function (code) {
    note('exit ' + code);
    console.log(log.join('\n'));
});
