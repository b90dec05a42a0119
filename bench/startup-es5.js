// bench/startup-es5.js: the ES5 twin of bench/startup-modern.js.
var add = function (a, b) { if (b === undefined) b = 1; return a + b; };
function P(x) { this.x = x; }
console.log(add(1) + ' ' + new P(2).x);
