/* The Readable operators (experimental in Node 20): map (with concurrency, keeping order),
 * filter, flatMap, drop, take, asIndexedPairs and compose give new streams; toArray,
 * forEach, reduce, some, every and find give promises; errors from the callbacks reject;
 * bad arguments throw or reject as in Node; take() destroys the source early. */
var stream = require('stream');
var R = stream.Readable;

function show(name, promise) {
    return promise.then(function (v) {
        console.log(name + ' ' + JSON.stringify(v));
    }, function (e) {
        console.log(name + ' rejected ' + (e.code || e.name) + ' ' + e.message);
    });
}

function delayed(v, ms) {
    return new Promise(function (resolve) { setTimeout(function () { resolve(v); }, ms); });
}

var steps = [
    function () { return show('toArray', R.from([1, 2, 3]).toArray()); },
    function () { return show('map', R.from([1, 2, 3]).map(function (x) { return x * 2; }).toArray()); },
    function () {
        var active = 0;
        var peak = 0;
        return show('map concurrency', R.from([1, 2, 3, 4]).map(function (x) {
            active++;
            peak = Math.max(peak, active);
            return delayed(x * 10, 10 - 2 * x).then(function (v) { active--; return v; });
        }, { concurrency: 2 }).toArray().then(function (a) { return a.concat(['peak ' + peak]); }));
    },
    function () { return show('filter', R.from([1, 2, 3, 4]).filter(function (x) { return x % 2 === 0; }).toArray()); },
    function () { return show('filter async', R.from([1, 2, 3]).filter(function (x) { return delayed(x !== 2, 1); }).toArray()); },
    function () {
        var seen = [];
        return show('forEach', R.from(['a', 'b']).forEach(function (x) { seen.push(x); }).then(function (v) { return [v, seen]; }));
    },
    function () { return show('reduce', R.from([1, 2, 3]).reduce(function (a, b) { return a + b; }, 10)); },
    function () { return show('reduce no initial', R.from([1, 2, 3]).reduce(function (a, b) { return a * b; })); },
    function () { return show('reduce empty', R.from([]).reduce(function (a, b) { return a + b; })); },
    function () { return show('some', R.from([1, 2, 3]).some(function (x) { return x > 2; })); },
    function () { return show('some none', R.from([1, 2, 3]).some(function (x) { return x > 5; })); },
    function () { return show('every', R.from([1, 2, 3]).every(function (x) { return x > 0; })); },
    function () { return show('find', R.from([5, 6, 7]).find(function (x) { return x > 5; })); },
    function () { return show('find none', R.from([5]).find(function (x) { return x > 5; })); },
    function () { return show('drop', R.from([1, 2, 3]).drop(2).toArray()); },
    function () { return show('take', R.from([1, 2, 3]).take(2).toArray()); },
    function () { return show('flatMap', R.from([1, 2]).flatMap(function (x) { return [x, -x]; }).toArray()); },
    function () { return show('map throws', R.from([1, 2]).map(function (x) { throw new Error('no ' + x); }).toArray()); },
    function () { return show('map rejects', R.from([1, 2]).map(function () { return Promise.reject(new Error('async no')); }).toArray()); },
    function () {
        try { R.from([1]).map(5); } catch (e) { console.log('map bad fn throws ' + e.code); }
        try { R.from([1]).map(function () {}, { concurrency: 0 }); } catch (e) { console.log('map bad concurrency ' + e.code + ' ' + e.message); }
        try { R.from([1]).drop(-1); } catch (e) { console.log('drop negative ' + e.code); }
        return show('forEach bad fn', R.from([1]).forEach(5));
    },
    function () {
        var src = R.from([1, 2, 3, 4, 5]);
        return show('take destroys source', src.take(1).toArray().then(function (a) {
            return delayed(null, 2).then(function () { return a.concat(['source destroyed ' + src.destroyed]); });
        }));
    },
    function () {
        var mapped = R.from([1]).map(function (x) { return x; });
        console.log('operator result is Readable ' + (mapped instanceof R) + ' objectMode=' + mapped.readableObjectMode);
        return show('compose', R.from(['a', 'b'], { objectMode: false }).compose(new stream.PassThrough()).toArray()
            .then(function (a) { return a.map(String); }));
    },
    function () { return show('asIndexedPairs', R.from(['a', 'b']).asIndexedPairs().toArray()); }
];

(function run(i) {
    if (i < steps.length) steps[i]().then(function () { run(i + 1); });
})(0);
