// bench/lower-loop-es5.js: the ES5 twin of bench/lower-loop-modern.js, written by hand.
function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.add = function (o) { return new Vec(this.x + o.x, this.y + o.y); };
Object.defineProperty(Vec.prototype, 'len', {
    get: function () { return Math.sqrt(this.x * this.x + this.y * this.y); }
});
var points = [];
for (var i = 0; i < 2000; i++) points.push(new Vec(i % 7, i % 11));
var total = 0;
for (var round = 0; round < 50; round++) {
    var acc = new Vec(0, 0);
    for (var j = 0; j < points.length; j++) acc = acc.add(points[j]);
    var a = acc.x, b = acc.y;
    total += points.filter(function (p) { return p.len > 5; }).length + a + b;
}
console.log('total ' + total);
