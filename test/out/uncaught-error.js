// Proves: an uncaught Error runs 'exit' listeners (code 1) before the error is printed with its
// source line; the exit status is 1.
process.on('exit', function (code) { console.log('exit listener', code); });
function fail() {
    throw new Error('boom');
}
console.log('start');
fail();
