// package.json "imports" (#specifiers): exact keys, patterns, conditions (require vs import),
// a bare package as the target, require.resolve, and ERR_PACKAGE_IMPORT_NOT_DEFINED.
const pkg = require('../fixtures/modules/imports-pkg');
console.log(pkg);
import('../fixtures/modules/imports-pkg/entry.mjs').then((ns) => {
    console.log('from an ES module:', ns.conditional, '|', ns.util);
});
