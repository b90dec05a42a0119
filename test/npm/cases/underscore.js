const _ = require('underscore');
console.log(_.groupBy([1, 2, 3, 4], (n) => n % 2), _.pluck([{ a: 1 }, { a: 2 }], 'a'), _.range(5));
console.log(_.template('<%= x %>!')({ x: 'y' }), _.uniq([3, 3, 4]));
