'use strict';
/* js/util/types.js: Node's 'util/types', the very object that is util.types.  Its checks and
 * their limits are those of js/util.js. */

module.exports = require('util').types;
