// Proves: 'beforeExit' then 'exit' with process.exitCode; work scheduled in 'beforeExit' runs.
var rounds = 0;
process.on('beforeExit', function (code) {
    console.log('beforeExit', code, rounds);
    if (rounds++ < 1) {
        setTimeout(function () { console.log('scheduled from beforeExit'); }, 1);
    }
});
process.on('exit', function (code) {
    console.log('exit', code);
    setTimeout(function () { console.log('never runs'); }, 0);
});
process.exitCode = 3;
