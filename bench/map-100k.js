/* bench/map-100k.js: a Map with 100,000 object keys: set, get, has, delete; then the same with
 * string and number keys.  Prints the elapsed milliseconds of each phase (runs under node and
 * nodule; ES5 syntax).  Usage: nodule bench/map-100k.js [count] */
'use strict';

var N = +(process.argv[2] || 100000);

function now() {
    var t = process.hrtime();
    return t[0] * 1e3 + t[1] / 1e6;
}

function phase(name, fn) {
    var t0 = now();
    var check = fn();
    var ms = (now() - t0).toFixed(1);
    console.log(name + ': ' + ms + ' ms' + (check === undefined ? '' : ' (' + check + ')'));
}

function run(label, keys) {
    var m = new Map();
    phase(label + ' set', function () {
        for (var i = 0; i < keys.length; i++) {
            m.set(keys[i], i);
        }
        return m.size;
    });
    phase(label + ' get', function () {
        var s = 0;
        for (var i = 0; i < keys.length; i++) {
            s += m.get(keys[i]);
        }
        return s;
    });
    phase(label + ' has (misses)', function () {
        var hits = 0;
        for (var i = 0; i < keys.length; i++) {
            if (m.has(typeof keys[i] === 'object' ? {} : -1 - i)) {
                hits++;
            }
        }
        return hits;
    });
    phase(label + ' iterate', function () {
        var c = 0;
        m.forEach(function () {
            c++;
        });
        return c;
    });
    phase(label + ' delete', function () {
        for (var i = 0; i < keys.length; i++) {
            m.delete(keys[i]);
        }
        return m.size;
    });
}

var objects = [];
var strings = [];
var numbers = [];
for (var i = 0; i < N; i++) {
    objects.push({ i: i });
    strings.push('key' + i);
    numbers.push(i * 3);
}

var t0 = now();
run(N + ' object keys', objects);
run(N + ' string keys', strings);
run(N + ' number keys', numbers);
console.log('total: ' + (now() - t0).toFixed(1) + ' ms');
