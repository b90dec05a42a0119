// Proves: importing a name the module does not export is a link-time SyntaxError: nothing runs
// (not even this module's first line), Node prints the message and exits 1.
console.log('entry must not run');
import { one, nope } from '../fixtures/esm/a.mjs';
console.log(one, nope);
