// examples/hello.js: the first program a newcomer runs (`make run`).
var os = process.platform + '/' + process.arch;
console.log('Hello from nodule ' + process.versions.nodule + ' (Duktape ' +
    process.versions.duktape + ', ' + os + ')');
setTimeout(function () {
    console.log('...and a timer fired 10 ms later.');
}, 10);
