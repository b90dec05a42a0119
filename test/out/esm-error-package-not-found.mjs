// Resolution errors of bare specifiers from an ES module: a missing file in a package that
// exists names the file (with its URL), a missing package names the package, an unknown node:
// builtin is ERR_UNKNOWN_BUILTIN_MODULE.
import { tryImports } from '../fixtures/modules/import-missing.mjs';
await tryImports();
