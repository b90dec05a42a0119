// bench/startup-require.js: start-up cost of a script that loads the common modules and prints.
var events = require('events');
var path = require('path');
var util = require('util');
console.log(util.format('%s %s', typeof events, path.join('a', 'b')));
