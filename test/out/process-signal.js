// Proves: a signal listener receives (name, number); removing the last listener restores the
// default action; a listener alone does not keep the process alive.
function onUsr2(name, num) {
    console.log('got', name, num);
    process.removeListener('SIGUSR2', onUsr2);
    clearTimeout(keepAlive);
}
process.on('SIGUSR2', onUsr2);
process.on('SIGHUP', function () {});
var keepAlive = setTimeout(function () { console.log('not delivered'); }, 5000);
process.kill(process.pid, 'SIGUSR2');
