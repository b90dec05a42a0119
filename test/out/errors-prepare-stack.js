// Proves: V8's structured stack trace API that packages (depd, callsites) use: a user
// Error.prepareStackTrace receives the error and CallSite objects (file, line, function name),
// for Error.captureStackTrace and for err.stack; without it stacks are strings again.
var path = require('path');
function where() {
    var saved = Error.prepareStackTrace;
    Error.prepareStackTrace = function (err, sites) { return sites; };
    var holder = {};
    Error.captureStackTrace(holder, where);
    var sites = holder.stack;
    Error.prepareStackTrace = saved;
    return sites;
}
function caller() {
    return where();
}
var sites = caller();
console.log(Array.isArray(sites), sites.length > 1);
console.log(path.basename(sites[0].getFileName()), sites[0].getLineNumber(), sites[0].getFunctionName());
console.log(typeof sites[0].getColumnNumber(), typeof sites[0].isNative(), typeof sites[0].isEval());
Error.prepareStackTrace = function (err, s) { return 'prepared: ' + err.message + ' ' + (s.length > 0); };
console.log(new Error('boom').stack);
Error.prepareStackTrace = undefined;
console.log(new Error('plain').stack.split('\n')[0]);
