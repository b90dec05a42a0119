// bench/startup-modern.js: start-up of a small script in modern syntax (twin: startup-es5.js).
const add = (a, b = 1) => a + b;
class P { constructor(x) { this.x = x; } }
console.log(`${add(1)} ${new P(2).x}`);
