/* Proves the ES2015 Number statics and Math functions: exact results on special values (+-0,
 * +-Infinity, NaN, boundaries), exact cubes for cbrt, fround's float32 rounding, imul/clz32
 * wrap-around, and the transcendental additions to 12 significant digits over a range of
 * inputs (the last ulp is the engine's own). */
'use strict';

function num(v) {
    if (v === 0 && 1 / v < 0) {
        return '-0';
    }
    return String(v);
}

function approx(v) {
    if (v !== v || v === Infinity || v === -Infinity || v === 0) {
        return num(v);
    }
    return Number(v.toPrecision(12)).toString();
}

function line(label, values) {
    console.log(label + ': ' + values.join(' '));
}

line('isInteger', [5, 5.5, '5', Infinity, -0, 1e300, NaN].map(function (v) { return Number.isInteger(v); }));
line('isSafeInteger', [Math.pow(2, 53) - 1, Math.pow(2, 53), -Math.pow(2, 53) + 1, 1.5, '1']
    .map(function (v) { return Number.isSafeInteger(v); }));
line('isFinite', ['1', 1, Infinity, NaN, null].map(function (v) { return Number.isFinite(v); }));
line('isNaN', ['NaN', NaN, undefined, 0 / 0].map(function (v) { return Number.isNaN(v); }));
line('constants', [Number.EPSILON === Math.pow(2, -52), Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER]);
line('parse aliases', [Number.parseFloat === parseFloat, Number.parseInt === parseInt]);
line('parse', [Number.parseFloat('3.5e2x'), Number.parseInt('0x1f'), Number.parseInt('12', 5)]);

var specials = [0, -0, Infinity, -Infinity, NaN];
['trunc', 'sign', 'cbrt', 'log2', 'log10', 'log1p', 'expm1', 'fround', 'sinh', 'cosh', 'tanh', 'asinh',
 'acosh', 'atanh'].forEach(function (f) {
    line(f + ' specials', specials.map(function (v) { return num(Math[f](v)); }));
});

line('trunc', [4.7, -4.7, -0.5, 0.5, 1e21, '7.9'].map(function (v) { return num(Math.trunc(v)); }));
line('sign', [3, -3, '-2', 'x'].map(function (v) { return num(Math.sign(v)); }));
line('cbrt exact', [27, -8, 64, 1000, 0.125, 1e-9, 8e15].map(function (v) { return num(Math.cbrt(v)); }));
line('cbrt', [2, 3, 10, 0.5, 1e100].map(function (v) { return approx(Math.cbrt(v)); }));
line('log2 exact', [8, 1024, 1 / 8, Math.pow(2, 50)].map(function (v) { return num(Math.log2(v)); }));
line('log10 exact', [1000, 1e15, 0.001].map(function (v) { return num(Math.log10(v)); }));
line('log2/log10 negative', [Math.log2(-1), Math.log10(-1)].map(num));
line('hypot', [Math.hypot(3, 4), Math.hypot(), Math.hypot(NaN, Infinity), Math.hypot(-3), Math.hypot(1, 2, 2),
               Math.hypot(3, '4'), Math.hypot(-0)].map(num));
line('hypot large', [approx(Math.hypot(1e200, 1e200)), approx(Math.hypot(1e-200, 1e-200))]);
line('clz32', [1, 0, -1, 0.5, Math.pow(2, 32), 0x80000000, 3.9].map(function (v) { return Math.clz32(v); }));
line('imul', [Math.imul(2, 4), Math.imul(-1, 8), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 0x7fffffff),
              Math.imul(1.9, 2.9)]);
line('fround', [5.5, 5.05, 1 / 3, 1e40, -1e-50, 16777217, 3.4028235e38].map(function (v) { return num(Math.fround(v)); }));

var inputs = [1e-10, 1e-5, 0.001, 0.1, 0.5, 0.9, 1, 1.5, 2, 5, 10, 22, 50, 100, 700, 710];
['log1p', 'expm1', 'sinh', 'cosh', 'tanh', 'asinh'].forEach(function (f) {
    line(f, inputs.map(function (v) { return approx(Math[f](v)); }));
    line(f + ' negative', inputs.slice(0, 8).map(function (v) { return approx(Math[f](-v)); }));
});
line('acosh', [1, 1.0000001, 1.5, 2, 10, 1e10, 1e300, 0.5].map(function (v) { return approx(Math.acosh(v)); }));
line('atanh', [1e-10, 0.1, 0.5, 0.9, 0.999999, 1, 1.5, -0.5].map(function (v) { return approx(Math.atanh(v)); }));
line('log1p edge', [-1, -2, -0.999999].map(function (v) { return approx(Math.log1p(v)); }));
line('expm1 edge', [-50, -1e-300, 709.7].map(function (v) { return approx(Math.expm1(v)); }));
line('tiny arguments keep sign', [Math.sinh(-1e-300), Math.tanh(-1e-300), Math.asinh(-1e-300),
                                  Math.atanh(-1e-300), Math.expm1(-1e-300), Math.log1p(-1e-300)].map(num));
line('lengths', ['cbrt', 'log1p', 'expm1', 'fround', 'hypot', 'imul', 'clz32', 'sinh'].map(function (f) {
    return f + ':' + Math[f].length;
}));
line('names', ['acosh', 'asinh', 'atanh', 'cbrt', 'fround'].map(function (f) { return Math[f].name; }));
line('not enumerable', [Object.keys(Math).length, Object.keys(Number).length]);
