'use strict';
/* bench/core-sha256.js: crypto.createHash('sha256') over 100 MB fed in 64 KB buffers (issue 5).
 * The data is made in memory, so the figure is hashing and the per-update path. */
var crypto = require('crypto');
var CHUNK = 64 * 1024;
var TOTAL = 100 * 1024 * 1024;
var chunk = Buffer.alloc(CHUNK, 'nodule');
var hash = crypto.createHash('sha256');
for (var done = 0; done < TOTAL; done += CHUNK) hash.update(chunk);
var digest = hash.digest('hex');
if (digest.length !== 64) throw new Error('bad digest');
