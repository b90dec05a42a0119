// mathjs 12: expression parsing and evaluation, units, matrices, fractions, complex numbers,
// symbolic derivatives and simplification.
const math = require('mathjs');
console.log(math.evaluate('sqrt(3^2 + 4^2)'), math.evaluate('12.7 cm to inch').toString(), math.evaluate('det([1, 2; 3, 4])'));
console.log(math.format(math.evaluate('1/3'), { precision: 14 }), math.round(math.e, 5), math.evaluate('sin(pi/2) + cos(0)'));
const scope = { a: 3, b: 4 };
console.log(math.evaluate('c = a * b', scope), scope.c, math.evaluate(['f(x) = x^2 + 1', 'f(3)'])[1]);
const m = math.matrix([[1, 2], [3, 4]]);
console.log(math.multiply(m, math.inv(m)).toString(), math.transpose(m).toString(), math.size(m).toString());
console.log(math.fraction(1, 3).add(math.fraction(1, 6)).toString(), math.format(math.complex(2, 3).mul(math.complex(0, 1))), math.sqrt(-4).toString());
console.log(math.derivative('x^2 + 3x + sin(x)', 'x').toString(), math.simplify('2x + 3x + x*y - y*x').toString());
const node = math.parse('2 * x + y');
console.log(node.toString(), node.toTex(), node.compile().evaluate({ x: 2, y: 1 }), node.type);
console.log(math.unit('5 km').to('m').toString(), math.unit('60 km/h').toNumber('m/s').toFixed(4), math.mean([1, 2, 3, 4]), math.std([2, 4, 4, 4, 5, 5, 7, 9]));
const big = math.create(math.all, { number: 'BigNumber', precision: 40 });
console.log(big.evaluate('1/3').toString(), big.evaluate('2^100').toString());
try { math.evaluate('1 +'); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(math.typeOf(math.evaluate('[1,2]')), math.isPrime(97), math.gcd(12, 18), math.combinations(10, 3), math.format(math.pi, 8));
