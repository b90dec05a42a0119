// bench/lower-loop-modern.js: a loop-heavy program in modern syntax (classes, arrows, for-of,
// destructuring, template literals); bench/lower-loop-es5.js is its hand-written ES5 twin.
class Vec {
    constructor(x, y) { this.x = x; this.y = y; }
    add({ x, y }) { return new Vec(this.x + x, this.y + y); }
    get len() { return Math.sqrt(this.x * this.x + this.y * this.y); }
}
const points = [];
for (let i = 0; i < 2000; i++) points.push(new Vec(i % 7, i % 11));
let total = 0;
for (let round = 0; round < 50; round++) {
    let acc = new Vec(0, 0);
    for (const p of points) acc = acc.add(p);
    const [a, b] = [acc.x, acc.y];
    total += points.filter((p) => p.len > 5).length + a + b;
}
console.log(`total ${total}`);
