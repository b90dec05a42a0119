// bench/closure-names.js [MODE] [N]: makes and calls N (1,000,000) closures, each in a place where
// ES2015 infers a function name, to measure what naming them costs (docs/performance.md).
// MODE: var (`var f = function`), arrow (`const f = () =>`), key (`{ k: function }`),
// anon (the same function as an argument: no name), named (`var f = function f`: the name as a
// binding).  Run by bench/closure-names.sh beside node.
'use strict';
var mode = process.argv[2] || 'var';
var n = +(process.argv[3] || 1000000);

function pass(fn, x) { return fn(x); }

var loops = {
    anon: function () {
        var s = 0;
        for (var i = 0; i < n; i++) { s += pass(function (x) { return x + 1; }, i); }
        return s;
    },
    var: function () {
        var s = 0;
        for (var i = 0; i < n; i++) { var f = function (x) { return x + 1; }; s += pass(f, i); }
        return s;
    },
    arrow: function () {
        let s = 0;
        for (let i = 0; i < n; i++) { const f = (x) => x + 1; s += pass(f, i); }
        return s;
    },
    key: function () {
        var s = 0;
        for (var i = 0; i < n; i++) {
            var o = { k: function (x) { return x + 1; } };
            s += pass(o.k, i);
        }
        return s;
    },
    named: function () {
        var s = 0;
        for (var i = 0; i < n; i++) { var f = function f(x) { return x + 1; }; s += pass(f, i); }
        return s;
    }
};
var t = Date.now();
var sum = loops[mode]();
console.log(mode + ' ' + sum + ' ' + (Date.now() - t) + ' ms');
