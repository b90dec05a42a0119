// Proves: setInterval repeats until clearInterval, with its arguments, and `this` is the timer.
var n = 0;
var iv = setInterval(function (tag) {
    n++;
    console.log('interval', tag, n, this === iv);
    if (n === 3) {
        clearInterval(iv);
        setTimeout(function () { console.log('done after', n); }, 5);
    }
}, 1, 'x');
