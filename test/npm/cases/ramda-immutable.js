// ramda (currying, composition, lenses, transforms) and immutable 5 (List, Map, Record, Seq, equality).
const R = require('ramda');
const { List, Map, Record, Seq, fromJS, is, Set } = require('immutable');
const people = [{ name: 'Ann', age: 31 }, { name: 'bob', age: 17 }, { name: 'Cy', age: 45 }];
const adults = R.pipe(R.filter(R.propSatisfies(R.gte(R.__, 18), 'age')), R.map(R.prop('name')), R.map(R.toUpper));
console.log(adults(people), R.sortBy(R.prop('age'), people).map((p) => p.name));
const lens = R.lensPath(['a', 'b']);
console.log(R.view(lens, { a: { b: 2 } }), R.over(lens, R.inc, { a: { b: 2 } }), R.set(lens, 9, {}));
console.log(R.groupBy((p) => (p.age > 30 ? 'old' : 'young'), people), R.zipObj(['x', 'y'], [1, 2]), R.range(0, 5));
console.log(R.curry((a, b, c) => a + b + c)(1)(2)(3), R.equals({ a: [1] }, { a: [1] }), R.mergeDeepRight({ a: { b: 1, c: 2 } }, { a: { c: 3 } }));
const l = List([1, 2, 3]).push(4).map((x) => x * 10);
const m = Map({ a: 1 }).set('b', 2).update('a', (v) => v + 1);
console.log(l.toJS(), m.toJS(), l.size, m.get('a'), m.has('z'));
const Point = Record({ x: 0, y: 0 });
const pt = new Point({ x: 3 });
console.log(pt.x, pt.y, pt.set('y', 5).toJS(), is(Point({ x: 1 }), Point({ x: 1 })));
const deep = fromJS({ a: { b: [1, 2] } });
console.log(deep.getIn(['a', 'b', 1]), deep.setIn(['a', 'b', 0], 9).toJS(), is(deep, fromJS({ a: { b: [1, 2] } })));
console.log(Seq([1, 2, 3, 4, 5, 6]).filter((x) => x % 2).map((x) => x * x).toArray(), Set([1, 2, 2, 3]).size, String(List([1, 2])));
