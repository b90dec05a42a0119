/* builtin-sys.js: require('sys') is the 'util' module itself (also as node:sys), and loading it
 * prints Node's DEP0025 deprecation warning once, through process 'warning' too. */
process.on('warning', function (w) {
    console.log('warning event:', w.name, w.code, w.message);
});
var sys = require('sys');
var util = require('util');
console.log('sys === util:', sys === util);
console.log('again:', require('sys') === sys, require('node:sys') === sys);
console.log('works:', sys.format('%s=%d', 'x', 42), sys.inspect({ a: [1] }));
console.log('end of synchronous part');
