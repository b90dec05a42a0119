/* builtin-trace-events.js: trace_events.createTracing validates its options and returns Node's
 * Tracing objects (enable/disable, enabled, categories, inspection shallow and nested);
 * getEnabledCategories lists the enabled objects' categories sorted without repeats, or
 * undefined; the categories are fixed when the object is made; more than ten enabled objects
 * warn.  Runs in a temporary directory: Node writes its trace file to the working directory. */
var trace = require('trace_events');
var util = require('util');
var fs = require('fs');
var os = require('os');
var path = require('path');

var dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-trace-'));
process.chdir(dir);

console.log('same as node:trace_events:', require('node:trace_events') === trace);
console.log('keys:', Object.keys(trace).join(','));
console.log('none enabled:', trace.getEnabledCategories());

var a = trace.createTracing({ categories: ['v8', 'node.perf'] });
var b = trace.createTracing({ categories: ['v8', 'node.async_hooks'] });
console.log(a, a.enabled, a.categories, Object.keys(a));
console.log('prototype:', Object.getOwnPropertyNames(Object.getPrototypeOf(a)).join(','));
console.log('enable:', a.enable(), b.enable(), a.enable());
console.log('enabled:', a.enabled, trace.getEnabledCategories(), a);
a.disable();
a.disable();
console.log('a disabled:', a.enabled, trace.getEnabledCategories());
b.disable();
console.log('both disabled:', trace.getEnabledCategories());
console.log('nested:', [a], { x: { y: { z: a } } });
console.log(util.inspect(a, { customInspect: false }));

var list = ['first'];
var c = trace.createTracing({ categories: list });
list.push('second');
c.enable();
console.log('live categories:', c.categories, 'enabled set:', trace.getEnabledCategories());
c.disable();

[undefined, 1, {}, { categories: 'x' }, { categories: [] }, { categories: ['ok', 2] }].forEach(function (bad) {
    try {
        trace.createTracing(bad);
    } catch (e) {
        console.log(e.name, e.code, e.message);
    }
});

var many = [];
for (var i = 0; i < 11; i++) {
    many.push(trace.createTracing({ categories: ['c' + i] }));
    many[i].enable();
}
console.log('eleven enabled:', trace.getEnabledCategories());
many.forEach(function (t) { t.disable(); });

process.chdir(os.tmpdir());
fs.rmSync(dir, { recursive: true });
