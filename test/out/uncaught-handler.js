// Proves: with an 'uncaughtException' listener the process goes on after a throw in a callback.
process.on('uncaughtException', function (err, origin) {
    console.log('caught', err.message, origin);
});
setTimeout(function () { throw new Error('from timer'); }, 1);
setTimeout(function () { console.log('still running'); }, 5);
