// Proves: a syntax error in an imported ES module stops the whole graph before any body runs;
// Node prints the SyntaxError and exits 1.
console.log('entry must not run');
import { ok } from '../fixtures/esm/bad-syntax.mjs';
console.log(ok);
