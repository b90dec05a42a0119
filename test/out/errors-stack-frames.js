// Stack frames as err.stack and CallSites show them: function names and line numbers of named
// functions, anonymous ones, a native callback in between (js/internal/error_stack.js, whose
// traceback parsing is lib/util.c's parseFrame).
var path = require('path');
function names(stack) {
    return stack.split("\n").slice(1, 6).filter(function (l) { return l.indexOf("<anonymous>)") === -1; }).map(function (l) {
        var m = /^ {4}at (?:(\S+) \()?([^:()]+):(\d+)/.exec(l);
        return m ? (m[1] || '<anon>') + '@' + path.basename(m[2]) + ':' + m[3] : l.trim();
    }).join(' ');
}
function outer() { return middle(); }
function middle() { return [1].map(function named(x) { return innermost(); })[0]; }
function innermost() { return new Error('here'); }
console.log(names(outer().stack));
var sites;
function capture() {
    var saved = Error.prepareStackTrace;
    Error.prepareStackTrace = function (err, s) { return s; };
    var holder = {};
    Error.captureStackTrace(holder);
    sites = holder.stack;
    Error.prepareStackTrace = saved;
}
function wrapper() { capture(); }
wrapper();
console.log(sites.slice(0, 3).map(function (s) {
    return s.getFunctionName() + '@' + path.basename(s.getFileName()) + ':' + s.getLineNumber();
}).join(' '));
