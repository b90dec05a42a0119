'use strict';
/* bench/core-read-sync.js: fs.readFileSync of one large file (issue 5; bench/core.sh makes it).
 * Usage: core-read-sync.js FILE */
var fs = require('fs');
var data = fs.readFileSync(process.argv[2]);
if (data.length === 0) throw new Error('empty input');
