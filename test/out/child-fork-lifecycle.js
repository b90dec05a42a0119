// Proves: a forked child with no 'message' listener ends on its own; one with a listener stays
// until the parent disconnects, then sees 'disconnect' (connected false, channel null, send
// fails with ERR_IPC_CHANNEL_CLOSED) and exits 0; a child that unrefs its channel ends despite a
// listener; exit codes and signals reach 'exit' and 'close' after 'disconnect'.  As in Node,
// disconnect() by the parent gives 'exit' but no 'close'.
var cp = require('child_process');
var path = require('path');
function fixture(name) {
    return path.join(__dirname, '../fixtures/fork', name);
}
function watch(name, child, done) {
    var events = [];
    child.on('message', function (m) { events.push('message ' + JSON.stringify(m)); });
    child.on('disconnect', function () { events.push('disconnect'); });
    child.on('exit', function (code, signal) {
        events.push('exit ' + code + ' ' + signal);
        if (name === 'parent disconnects') {
            setTimeout(function () { console.log(name + ': ' + events.join(', ')); done(); }, 50);
        }
    });
    child.on('close', function (code, signal) {
        events.push('close ' + code + ' ' + signal);
        console.log(name + ': ' + events.join(', '));
        done();
    });
    return child;
}
var steps = [
    function (next) {
        watch('no listener', cp.fork(fixture('exit.js'), ['0']), next);
    },
    function (next) {
        watch('exit code 3', cp.fork(fixture('exit.js'), ['3']), next);
    },
    function (next) {
        var child = watch('killed', cp.fork(fixture('exit.js')), next);
        child.once('message', function () {
            console.log('kill returns', child.kill(), child.killed);
        });
    },
    function (next) {
        var child = watch('SIGKILL', cp.fork(fixture('exit.js')), next);
        child.once('message', function () { child.kill('SIGKILL'); });
    },
    function (next) {
        var child = cp.fork(fixture('linger.js'), { silent: true });
        var out = '';
        child.stdout.on('data', function (d) { out += d; });
        watch('parent disconnects', child, function () {
            console.log('child saw:\n' + out.trim());
            next();
        });
        child.once('message', function () {
            child.send('ack?');
            child.once('message', function () {
                child.disconnect();
                console.log('after disconnect():', child.connected, child.channel);
            });
        });
    },
    function (next) {
        watch('unref', cp.fork(fixture('unref.js')), next);
    }
];
(function run(i) {
    if (i < steps.length) {
        steps[i](function () { run(i + 1); });
    }
})(0);
