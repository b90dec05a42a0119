const _ = require('lodash');
console.log(_.chunk([1, 2, 3, 4, 5], 2), _.camelCase('hello big world'), _.uniq([1, 1, 2]));
console.log(_.debounce, _.merge({ a: { b: 1 } }, { a: { c: 2 } }), _.template('hi <%= n %>')({ n: 'x' }));
console.log(_.sortBy([{ n: 3 }, { n: 1 }], 'n'), _.groupBy(['one', 'two', 'three'], 'length'));
