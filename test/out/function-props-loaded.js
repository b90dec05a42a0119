// Functions made by code that was loaded from bytecode (bundled modules, and user modules that
// the compile cache holds) have the properties of freshly compiled ones: a .prototype whose
// constructor is the function, length and name, strict functions' caller and arguments
// throwing; the module function itself too.  (Own property lists and the names of anonymous
// functions differ from V8's for other reasons and are left out.)  The module runs twice in child processes: the
// second run loads it from the compile cache (src/duktape.patch sizes these tables at once).
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

function main() {
    if (process.argv[2] === 'child') {
        const m = require(process.argv[3]);
        console.log(JSON.stringify(m.describe()));
        return;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fn-props-'));
    const file = path.join(dir, 'mod.js');
    fs.writeFileSync(file, `
var self = arguments.callee;
function Plain(a, b) { this.a = a; }
var anon = function (x) {};
var named = function inner(x, y, z) { return inner; };
function strictOne(a) { 'use strict'; }
var bound = Plain.bind(null, 1);
function make() { return function made(q) {}; }
exports.describe = function () {
    var out = {};
    [['self', self], ['Plain', Plain], ['anon', anon], ['named', named], ['strictOne', strictOne],
     ['made', make()], ['made2', make()]].forEach(function (p) {
        var f = p[1];
        var proto = f.prototype;
        var caller = 'no throw';
        try { void f.caller; } catch (e) { caller = e.name; }
        out[p[0]] = [p[0] === 'self' || p[0] === 'anon' ? '' : f.name, f.length,
            Object.prototype.hasOwnProperty.call(f, 'prototype'), typeof proto,
            proto && proto.constructor === f, proto && Object.getOwnPropertyNames(proto).join(','),
            proto && Object.getPrototypeOf(proto) === Object.prototype, caller];
    });
    out.distinctPrototypes = make().prototype !== make().prototype;
    out.namedSelf = named() === named;
    out.instance = new Plain(1) instanceof Plain;
    out.bound = [bound.name, bound.length, 'prototype' in bound];
    return out;
};
`);
    for (let i = 0; i < 2; i++) {
        process.stdout.write(execFileSync(process.execPath, [__filename, 'child', file]).toString());
    }
    const EventEmitter = require('events');
    console.log(typeof EventEmitter.prototype, EventEmitter.prototype.constructor === EventEmitter,
        typeof EventEmitter.prototype.on.prototype, EventEmitter.length, EventEmitter.name);
    fs.rmSync(dir, { recursive: true });
}
main();
