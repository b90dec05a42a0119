'use strict';
/* js/module.js: Node's 'module' builtin: the Module class of the CommonJS loader. */
module.exports = require('internal/modules/cjs/loader');
