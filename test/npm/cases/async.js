const async = require('async');
async.waterfall([(cb) => cb(null, 1), (n, cb) => setTimeout(() => cb(null, n + 1), 5)], (err, r) => console.log('waterfall', err, r));
async.mapLimit([1, 2, 3], 2, async (n) => n * 2, (err, r) => console.log('mapLimit', err, r));
