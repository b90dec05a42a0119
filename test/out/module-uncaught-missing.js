// Proves: an uncaught missing-module error prints Node's message and require stack, exit 1.
require('./does-not-exist');
