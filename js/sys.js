'use strict';
/* js/sys.js: Node's deprecated 'sys' module, an alias of 'util' (require('sys') ===
 * require('util')).  Loading it the first time prints Node's DEP0025 warning. */

module.exports = require('util');

process.emitWarning('sys is deprecated. Use util instead.', 'DeprecationWarning', 'DEP0025');
