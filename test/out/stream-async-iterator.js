/* readable[Symbol.asyncIterator]() driven by hand (what for await does): values in order,
 * { done: true } at the end, waiting for data pushed later, a stream error rejecting next(),
 * return() destroying the stream (not with destroyOnReturn: false), and iterator() options
 * validation. */
var stream = require('stream');

function drain(it, log, done) {
    it.next().then(function (res) {
        if (res.done) { log.push('done'); done(); return; }
        log.push('value ' + res.value);
        drain(it, log, done);
    }, function (err) {
        log.push('rejected ' + err.message);
        done();
    });
}

// 1. sync data
(function () {
    var r = new stream.Readable({ objectMode: true, read: function () {} });
    r.push('a');
    r.push('b');
    r.push(null);
    var it = r[Symbol.asyncIterator]();
    console.log('1 iterator is self-iterable=' + (it[Symbol.asyncIterator]() === it));
    var log = [];
    drain(it, log, function () { console.log('1 ' + log.join(' | ') + ' destroyed=' + r.destroyed); two(); });
})();

// 2. async data
function two() {
    var n = 0;
    var r = new stream.Readable({
        read: function () {
            var self = this;
            setTimeout(function () { n++; self.push(n <= 3 ? 'chunk' + n : null); }, 1);
        }
    });
    r.setEncoding('utf8');
    var log = [];
    drain(r[Symbol.asyncIterator](), log, function () { console.log('2 ' + log.join(' | ')); three(); });
}

// 3. error
function three() {
    var r = new stream.Readable({ read: function () {} });
    var log = [];
    r.push('first');
    drain(r[Symbol.asyncIterator](), log, function () {
        console.log('3 ' + log.join(' | ') + ' destroyed=' + r.destroyed);
        four();
    });
    setTimeout(function () { r.destroy(new Error('broken')); }, 2);
}

// 4. return() destroys the stream
function four() {
    var r = new stream.Readable({ objectMode: true, read: function () {} });
    r.push(1); r.push(2); r.push(3);
    var closed = false;
    r.on('close', function () { closed = true; });
    var it = r[Symbol.asyncIterator]();
    it.next().then(function (res) {
        console.log('4 first ' + res.value);
        return it['return']();
    }).then(function (res) {
        console.log('4 return result done=' + res.done + ' destroyed=' + r.destroyed);
        return it.next();
    }).then(function (res) {
        console.log('4 next after return done=' + res.done);
        setTimeout(function () { console.log('4 closed=' + closed); five(); }, 1);
    });
}

// 5. destroyOnReturn: false keeps the stream usable
function five() {
    var r = new stream.Readable({ objectMode: true, read: function () {} });
    r.push('x'); r.push('y');
    var it = r.iterator({ destroyOnReturn: false });
    it.next().then(function (res) {
        console.log('5 first ' + res.value);
        return it['return']();
    }).then(function () {
        console.log('5 after return destroyed=' + r.destroyed + ' next read=' + r.read());
        try { r.iterator('bad'); } catch (e) { console.log('5 ' + e.code + ': ' + e.message); }
        six();
    });
}

// 6. several pending next() calls resolve in order
function six() {
    var r = new stream.Readable({ objectMode: true, read: function () {} });
    var it = r[Symbol.asyncIterator]();
    var log = [];
    var p1 = it.next().then(function (v) { log.push('p1 ' + v.value); });
    var p2 = it.next().then(function (v) { log.push('p2 ' + v.value); });
    var p3 = it.next().then(function (v) { log.push('p3 done=' + v.done); });
    setTimeout(function () { r.push('A'); r.push('B'); r.push(null); }, 1);
    Promise.all([p1, p2, p3]).then(function () { console.log('6 ' + log.join(' | ')); seven(); });
}

// 7. microtask steps: a value settles one step after the read (the generator's yield awaits
// it), return() destroys one step later, promise chunks are awaited, rejections end it
function seven() {
    var log = [];
    function markers(tag) {
        Promise.resolve().then(function () { log.push(tag + ' m1'); }).then(function () { log.push(tag + ' m2'); })
            .then(function () { log.push(tag + ' m3'); });
        process.nextTick(function () { log.push(tag + ' tick'); });
    }
    var r = stream.Readable.from(['x', 'y']);
    r.on('close', function () { log.push('close'); });
    var it = r[Symbol.asyncIterator]();
    markers('start');
    it.next().then(function (v) {
        log.push('value ' + v.value);
        markers('after');
        var p = it['return']('rv');
        log.push('destroyed right after return()=' + r.destroyed);
        p.then(function (x) { log.push('return ' + x.value + ' ' + x.done + ' destroyed=' + r.destroyed); });
        it.next().then(function (x) { log.push('next after return done=' + x.done); });
    });
    setTimeout(function () {
        console.log('7 ' + log.join(' | '));
        var o = new stream.Readable({ objectMode: true, read: function () {} });
        o.push(Promise.resolve('awaited'));
        o.push(Promise.reject(new Error('bad promise')));
        var it2 = o[Symbol.asyncIterator]();
        it2.next().then(function (v) {
            console.log('7 promise chunk ' + v.value);
            return it2.next();
        }).then(null, function (e) {
            console.log('7 rejected chunk ' + e.message + ' destroyed=' + o.destroyed);
        });
    }, 5);
}
