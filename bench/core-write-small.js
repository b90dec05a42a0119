'use strict';
/* bench/core-write-small.js: 10,000 small files written into DIR, made here if missing (issue 5;
 * bench/core.sh removes it before each run, so every file is new).
 * Usage: core-write-small.js DIR sync|callback|promises */
var fs = require('fs');
var path = require('path');
var dir = process.argv[2];
var mode = process.argv[3] || 'sync';
var COUNT = 10000;
var body = 'a small file of a few dozen bytes, as a config or a cache entry\n';

fs.mkdirSync(dir, { recursive: true });

function name(i) { return path.join(dir, 'f' + i + '.txt'); }

function writeSync() {
    for (var i = 0; i < COUNT; i++) fs.writeFileSync(name(i), body);
}

/* One write in flight at a time, as a loop awaiting each write does. */
function writeCallbacks(i) {
    if (i === COUNT) return;
    fs.writeFile(name(i), body, function (err) {
        if (err) throw err;
        writeCallbacks(i + 1);
    });
}

/* The loop of modern code, one awaited write at a time (lowered to ES5 by nodule). */
async function writePromises() {
    for (let i = 0; i < COUNT; i++) await fs.promises.writeFile(name(i), body);
}

if (mode === 'sync') writeSync();
else if (mode === 'callback') writeCallbacks(0);
else writePromises();
