// Proves: process.exit(code) emits 'exit' once with the code and stops at once.
process.on('exit', function (code) { console.log('exit event', code); });
setTimeout(function () { console.log('never'); }, 0);
console.log('before');
process.exit(5);
console.log('after');
