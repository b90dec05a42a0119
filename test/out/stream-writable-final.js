/* Writable._final: called once after all writes complete and before 'prefinish'/'finish';
 * may complete synchronously or later; an error from it (passed or thrown) becomes the
 * stream's error and reaches end()'s callback; 'finish' never comes then. */
var Writable = require('stream').Writable;

function run(name, final, next) {
    var order = [];
    var w = new Writable({
        write: function (c, e, cb) { order.push('write ' + c); setImmediate(cb); },
        final: final(order)
    });
    w.on('prefinish', function () { order.push('prefinish'); });
    w.on('finish', function () { order.push('finish'); });
    w.on('error', function (e) { order.push('error ' + e.message); });
    w.on('close', function () {
        order.push('close');
        console.log(name + ': ' + order.join(' | '));
        if (next) next();
    });
    w.write('a');
    w.end('b', function (e) { order.push('end cb ' + (e ? e.message : e)); });
    process.nextTick(function () { order.push('tick'); });
}

run('sync final', function (order) {
    return function (cb) { order.push('final'); cb(); };
}, function () {
    run('async final', function (order) {
        return function (cb) { order.push('final'); setTimeout(function () { order.push('final done'); cb(); }, 2); };
    }, function () {
        run('final error', function (order) {
            return function (cb) { order.push('final'); cb(new Error('final failed')); };
        }, function () {
            run('final throws', function (order) {
                return function () { order.push('final'); throw new Error('thrown in final'); };
            }, function () {
                run('final twice', function (order) {
                    return function (cb) { order.push('final'); cb(); cb(); };
                }, last);
            });
        });
    });
});

// _final on a stream with no writes, and writableFinished during prefinish
function last() {
    var w = new Writable({
        final: function (cb) { console.log('empty: final, finished=' + w.writableFinished); cb(); }
    });
    w.on('prefinish', function () { console.log('empty: prefinish'); });
    w.on('finish', function () { console.log('empty: finish, finished=' + w.writableFinished); });
    w.end();
}
