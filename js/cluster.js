'use strict';
/* js/cluster.js: Node's 'cluster' module.  A process started by cluster.fork() (NODE_UNIQUE_ID
 * in its environment) gets the worker side (internal/cluster/child), any other the primary
 * side (internal/cluster/primary); the differences from Node 20 are listed in docs/api.md. */

module.exports = require('NODE_UNIQUE_ID' in process.env ? 'internal/cluster/child' :
                        'internal/cluster/primary');
