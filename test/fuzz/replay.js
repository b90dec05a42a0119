'use strict';
// test/fuzz/replay.js: runs a fuzz driver outside libFuzzer, under node (the oracle) or nodule:
//   node test/fuzz/replay.js test/fuzz/<target>.js FILE...
// Each file is one input, passed to __ndFuzzOne in turn (a driver that takes a second argument
// calls it when its input is done).  A driver that defines __ndFuzzDescribe(bytes) has one line
// per input printed, to compare node's output with nodule's.  A broken invariant throws, as in
// the fuzzer.
const fs = require('fs');
const path = require('path');

const files = process.argv.slice(3);
require(path.resolve(process.argv[2]));

function next(i) {
    if (i === files.length) {
        return;
    }
    const bytes = new Uint8Array(fs.readFileSync(files[i]));
    const describe = globalThis.__ndFuzzDescribe;
    if (describe) {
        console.log(path.basename(files[i]) + ': ' + describe(bytes));
    }
    if (globalThis.__ndFuzzOne.length >= 2) {
        globalThis.__ndFuzzOne(bytes, () => next(i + 1));
    } else {
        globalThis.__ndFuzzOne(bytes);
        setImmediate(next, i + 1);
    }
}

// A driver may define __ndFuzzOne once a server listens.
(function wait() {
    if (globalThis.__ndFuzzOne) {
        next(0);
    } else {
        setTimeout(wait, 1);
    }
})();
