'use strict';
/* js/fs/promises.js: the 'fs/promises' module, the same object as require('fs').promises
 * (js/internal/fs/promises.js). */

module.exports = require('internal/fs/promises').exports;
