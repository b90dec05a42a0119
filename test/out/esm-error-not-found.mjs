// Proves: a static import of a missing file fails before any module body runs with
// ERR_MODULE_NOT_FOUND (message names the file and the importer), exit 1.
console.log('entry must not run');
import '../fixtures/esm/a.mjs';
import { x } from '../fixtures/esm/does-not-exist.mjs';
console.log(x);
