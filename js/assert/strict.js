'use strict';
/* js/assert/strict.js: Node's 'assert/strict' module, which is assert.strict. */

module.exports = require('assert').strict;
