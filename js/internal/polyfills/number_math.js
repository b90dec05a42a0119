'use strict';
/* js/internal/polyfills/number_math.js: the Math functions of ES2015 that Duktape lacks or gets
 * wrong.
 *
 * Duktape has every Number static of ES2015 (isInteger, isSafeInteger, isFinite, isNaN,
 * EPSILON, MAX/MIN_SAFE_INTEGER, parseFloat, parseInt), and Math.trunc, sign, log2, log10,
 * hypot, clz32 and imul, all correct.  Added here: log1p, expm1, fround, sinh, cosh, tanh, asinh,
 * acosh and atanh.  Math.cbrt is replaced: Duktape's is pow(x, 1/3), so cbrt(27) is
 * 3.0000000000000004.
 *
 * The functions build on the native exp/log/sqrt (correctly rounded in glibc) with the usual
 * cancellation-free formulas; they agree with V8 (fdlibm) to within an ulp or two, and exactly on
 * the special values (+-0, +-Infinity, NaN, the exact cubes). */

var common = require('internal/polyfills/common');

var exp = Math.exp;
var log = Math.log;
var sqrt = Math.sqrt;
var abs = Math.abs;
var pow = Math.pow;
var LN2 = Math.LN2;
var TWO_28 = 268435456;

function log1p(x) {
    x = +x;
    if (x === 0 || x !== x || x === Infinity) {
        return x;
    }
    if (x === -1) {
        return -Infinity;
    }
    if (x < -1) {
        return NaN;
    }
    var u = 1 + x;
    if (u === 1) {
        return x;
    }
    /* Goldberg: log(u) * x / (u - 1) cancels the rounding error of 1 + x. */
    return log(u) * (x / (u - 1));
}

function expm1(x) {
    x = +x;
    if (x === 0 || x !== x || x === Infinity) {
        return x;
    }
    if (x === -Infinity) {
        return -1;
    }
    if (abs(x) < 1e-5) {
        return x + x * x / 2 + x * x * x / 6;
    }
    var u = exp(x);
    if (u === Infinity) {
        return Infinity;
    }
    if (u === 1) {
        return x;
    }
    var um1 = u - 1;
    if (um1 === -1) {
        return -1;
    }
    /* Kahan: (u - 1) * x / log(u) cancels the rounding error of exp. */
    return um1 * (x / log(u));
}

var f32 = null;

function fround(x) {
    if (f32 === null) {
        f32 = new Float32Array(1);
    }
    f32[0] = +x;
    return f32[0];
}

function sinh(x) {
    x = +x;
    if (x === 0 || x !== x) {
        return x;
    }
    var a = abs(x);
    var r;
    if (a < 1) {
        var t = expm1(a);
        r = (t + t / (t + 1)) / 2;
    } else if (a < 709) {
        var e = exp(a);
        r = (e - 1 / e) / 2;
    } else {
        var h = exp(a / 2);
        r = (h / 2) * h;
    }
    return x < 0 ? -r : r;
}

function cosh(x) {
    x = +x;
    if (x !== x) {
        return x;
    }
    var a = abs(x);
    if (a < 1) {
        var t = expm1(a);
        return 1 + (t * t) / (2 * (1 + t));
    }
    if (a < 709) {
        var e = exp(a);
        return (e + 1 / e) / 2;
    }
    var h = exp(a / 2);
    return (h / 2) * h;
}

function tanh(x) {
    x = +x;
    if (x === 0 || x !== x) {
        return x;
    }
    var a = abs(x);
    var r;
    if (a > 22) {
        r = 1;
    } else {
        var t = expm1(2 * a);
        r = t / (t + 2);
    }
    return x < 0 ? -r : r;
}

function asinh(x) {
    x = +x;
    if (x === 0 || x !== x || x === Infinity || x === -Infinity) {
        return x;
    }
    var a = abs(x);
    var r;
    if (a > TWO_28) {
        r = log(a) + LN2;
    } else if (a > 2) {
        r = log(2 * a + 1 / (sqrt(a * a + 1) + a));
    } else {
        var t = a * a;
        r = log1p(a + t / (1 + sqrt(1 + t)));
    }
    return x < 0 ? -r : r;
}

function acosh(x) {
    x = +x;
    if (x !== x || x < 1) {
        return NaN;
    }
    if (x === 1) {
        return 0;
    }
    if (x === Infinity) {
        return x;
    }
    if (x > TWO_28) {
        return log(x) + LN2;
    }
    if (x > 2) {
        return log(2 * x - 1 / (x + sqrt(x * x - 1)));
    }
    var t = x - 1;
    return log1p(t + sqrt(2 * t + t * t));
}

function atanh(x) {
    x = +x;
    if (x === 0 || x !== x) {
        return x;
    }
    var a = abs(x);
    if (a > 1) {
        return NaN;
    }
    if (a === 1) {
        return x > 0 ? Infinity : -Infinity;
    }
    var r;
    if (a < 0.5) {
        var t = a + a;
        r = 0.5 * log1p(t + t * a / (1 - a));
    } else {
        r = 0.5 * log1p((a + a) / (1 - a));
    }
    return x < 0 ? -r : r;
}

function cbrt(x) {
    x = +x;
    if (x === 0 || x !== x || x === Infinity || x === -Infinity) {
        return x;
    }
    var a = abs(x);
    var r = pow(a, 1 / 3);
    /* One Newton step fixes the last bit of pow's estimate (exact cubes come out exact). */
    r = r - (r * r * r - a) / (3 * r * r);
    return x < 0 ? -r : r;
}

/* Installs the Math functions. */
function install(global) {
    common.defineMissing(Math, {
        acosh: acosh,
        asinh: asinh,
        atanh: atanh,
        cosh: cosh,
        expm1: expm1,
        fround: fround,
        log1p: log1p,
        sinh: sinh,
        tanh: tanh
    });
    if (Math.cbrt(27) !== 3) {
        common.define(Math, 'cbrt', cbrt);
    }
}

module.exports = {
    install: install
};
