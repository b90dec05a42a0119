'use strict';
/* bench/core-gzip.js: gzip of one 50 MB file (issue 5; bench/core.sh makes it), either
 * zlib.gzipSync of the whole buffer or the stream form, file -> createGzip -> file.
 * Usage: core-gzip.js FILE sync|stream OUT */
var fs = require('fs');
var zlib = require('zlib');
var file = process.argv[2];
var mode = process.argv[3] || 'sync';
var out = process.argv[4];

if (mode === 'sync') {
    var gz = zlib.gzipSync(fs.readFileSync(file));
    if (gz.length === 0) throw new Error('empty output');
} else {
    fs.createReadStream(file).pipe(zlib.createGzip()).pipe(fs.createWriteStream(out));
}
