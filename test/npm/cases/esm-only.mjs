// ES-module-only packages, imported from an ES module: chalk 5 (package "imports" #specifiers,
// top-level await free), nanoid 5 (webcrypto random), p-limit 6 (with top-level await here),
// strip-ansi 7 (ansi-regex); also require() of chalk 5 from CommonJS (require(esm)).
import chalk, { Chalk } from 'chalk5';
import { nanoid, customAlphabet } from 'nanoid';
import pLimit from 'p-limit';
import stripAnsi from 'strip-ansi';
import { createRequire } from 'node:module';

const forced = new Chalk({ level: 1 });
console.log(JSON.stringify(forced.red.bold('hi')), stripAnsi(forced.green('plain')), chalk.level);
console.log(nanoid().length, /^[abc]{5}$/.test(customAlphabet('abc', 5)()));
const limit = pLimit(2);
let running = 0, peak = 0;
const out = await Promise.all([1, 2, 3, 4].map((x) => limit(async () => {
    running++; peak = Math.max(peak, running);
    await new Promise((r) => setTimeout(r, 5));
    running--;
    return x * 2;
})));
console.log(out, 'peak', peak);
const require = createRequire(import.meta.url);
const viaRequire = require('chalk5');
console.log(typeof viaRequire.default, viaRequire.__esModule, viaRequire.default === chalk);
