'use strict';
/* bench/core-read-stream.js: fs.createReadStream of one large file, every 'data' chunk consumed
 * (issue 5; bench/core.sh makes the file).  Usage: core-read-stream.js FILE */
var fs = require('fs');
var total = 0;
fs.createReadStream(process.argv[2])
    .on('data', function (chunk) { total += chunk.length; })
    .on('end', function () { if (total === 0) throw new Error('empty input'); });
