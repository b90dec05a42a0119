// Proves: refresh() moves a timer's deadline (it fires after the last refresh, once), keeps
// its ordering among other timers, and does nothing on a fired or cleared timer.
var fired = [];
var t = setTimeout(function () { fired.push('refreshed timer'); }, 30);
var n = 0;
var iv = setInterval(function () {
    n++;
    if (n <= 3) {
        t.refresh();
    } else {
        clearInterval(iv);
    }
}, 20);
setTimeout(function () { fired.push('plain 40ms timer'); }, 40);
var cleared = setTimeout(function () { fired.push('never'); }, 10);
clearTimeout(cleared);
cleared.refresh();
process.on('exit', function () {
    console.log(fired.join('\n'));
    console.log('returns this:', t.refresh() === t);
});
