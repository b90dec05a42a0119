'use strict';
/* js/internal/modules/esm/loader.js: ES modules as Node 20 resolves, links and evaluates them.
 *
 * The lowering compiler turns a module into one call (src/lower/lower.h, ND_LOWER_ESM):
 *   $nd_esm.d(specifiers, importedNames, exportNames, starIndexes, tla, body)
 * where importedNames[i] lists what is imported from specifiers[i] as (name, line) pairs, tla
 * says whether the module awaits at its top level, and
 * body($$ns, $$m0, $$m1, ...) (or body($$ns, [$$m0, $$m1, ...]) when it declares two parameters
 * for more dependencies) first defines a getter on its namespace for each export, then runs
 * the module.  A record goes through three steps, as in the spec:
 *   load      read, compile and run the wrapper, which hands over the links and the body;
 *   link      resolve and load every dependency (depth first), check the imported names of ES
 *             dependencies, and build the namespace: every export name in sorted order, each a
 *             getter that throws ReferenceError until the body defines the real one;
 *   evaluate  dependencies first, in source order, then the body.  A module with top-level
 *             await returns a promise, and whatever imports it waits for it.
 * CommonJS and builtin dependencies get a namespace of `default` (module.exports) plus the
 * module's own enumerable properties, made when they are evaluated. */

var Module = require('internal/modules/cjs/loader');
var contextify = internalBinding('contextify');
var fsBinding = internalBinding('fs');
var path = require('path');

var records = Object.create(null);   /* filename -> record */
var foreign = Object.create(null);   /* 'file:' + filename or 'builtin:' + id -> dependency */
var Thread = require('internal/error_stack').duktape.Thread;
var namespaces = require('internal/modules/esm/namespaces');
var codes = require('internal/errors').codes;
var kTag = typeof Symbol === 'function' ? Symbol.toStringTag : null;

/* ---- file URLs ---- */

function pathToFileURL(filename) {
    return require('url').pathToFileURL(filename).href;
}

function fileURLToPath(url) {
    return require('url').fileURLToPath(url);
}

/* ---- module format ---- */

/* .mjs, or .js under a package.json that says "type": "module" (the CommonJS loader's test). */
var isModuleFile = Module._isModuleFile;

/* ---- resolution ---- */

var importConditions = ['import', 'node', 'default'];

/* Resolves an import specifier from the module at parentFile: { builtin } or { filename }. */
function resolve(specifier, parentFile) {
    if (Module.isBuiltin(specifier)) {
        return { builtin: specifier.indexOf('node:') === 0 ? specifier.slice(5) : specifier };
    }
    if (specifier.indexOf('node:') === 0) {
        throw new codes.ERR_UNKNOWN_BUILTIN_MODULE(specifier);
    }
    var filename;
    var parentDir = path.dirname(parentFile);
    if (specifier.indexOf('file:') === 0) {
        filename = fileURLToPath(specifier);
    } else if (specifier.charAt(0) === '/' || specifier.slice(0, 2) === './' ||
               specifier.slice(0, 3) === '../' || specifier === '.' || specifier === '..') {
        filename = path.resolve(parentDir, decodeURIComponent(specifier.split('?')[0]));
    } else if (specifier.charAt(0) === '#') {
        return { filename: Module._resolveFilename(specifier, fakeParent(parentFile), false,
            { conditions: importConditions }) };
    } else {
        return { filename: resolvePackage(specifier, parentFile) };
    }
    return { filename: finalizeFile(filename, parentFile) };
}

/* An ES import names a file exactly: no extensions are tried and directories are refused. */
function finalizeFile(filename, parentFile) {
    var rc = fsBinding.internalModuleStat(filename);
    if (rc === 1) {
        throw new codes.ERR_UNSUPPORTED_DIR_IMPORT(filename, parentFile, pathToFileURL(filename));
    }
    if (rc !== 0) {
        throw new codes.ERR_MODULE_NOT_FOUND(filename, parentFile, pathToFileURL(filename));
    }
    return fsBinding.realpath(filename);
}

/* A bare specifier: the package's "exports" with the import conditions, else its main. */
function resolvePackage(specifier, parentFile) {
    try {
        return Module._resolveFilename(specifier, fakeParent(parentFile), false,
            { conditions: importConditions });
    } catch (e) {
        if (e && e.code === 'MODULE_NOT_FOUND') {
            throw packageNotFound(specifier, parentFile);
        }
        throw e;
    }
}

/* Node names the missing file of a package that exists ('pkg/nope'), else the package. */
function packageNotFound(specifier, parentFile) {
    var m = /^((?:@[^/]+\/)?[^/]+)(\/.*)?$/.exec(specifier);
    var name = m ? m[1] : specifier;
    var dirs = Module._nodeModulePaths(path.dirname(parentFile));
    for (var i = 0; m && m[2] && i < dirs.length; i++) {
        if (fsBinding.internalModuleStat(path.join(dirs[i], name)) === 1) {
            var filename = path.join(dirs[i], specifier);
            return new codes.ERR_MODULE_NOT_FOUND(filename, parentFile, pathToFileURL(filename));
        }
    }
    return new codes.ERR_MODULE_NOT_FOUND(name, parentFile, null);
}

function fakeParent(filename) {
    var m = new Module(filename, null);
    m.filename = filename;
    m.paths = Module._nodeModulePaths(path.dirname(filename));
    return m;
}

/* ---- namespaces ---- */

function tdzGetter(name) {
    return function () {
        throw new ReferenceError('Cannot access \'' + name + '\' before initialization');
    };
}

function newNamespace() {
    var ns = Object.create(null);
    if (kTag) {
        Object.defineProperty(ns, kTag, { value: 'Module' });
    }
    namespaces.add(ns);
    return ns;
}

/* Fills the namespace of a CommonJS or builtin module from its exports. */
function fillForeignNamespace(ns, exports) {
    var names = [];
    if (exports !== null && (typeof exports === 'object' || typeof exports === 'function')) {
        names = Object.keys(exports).filter(function (k) { return k !== 'default'; });
        /* Node names __esModule too, however it was defined (usually not enumerable) */
        if (Object.prototype.hasOwnProperty.call(exports, '__esModule') &&
            names.indexOf('__esModule') === -1) {
            names.push('__esModule');
        }
    }
    names.push('default');
    names.sort().forEach(function (k) {
        Object.defineProperty(ns, k, {
            value: k === 'default' ? exports : exports[k], enumerable: true, writable: true
        });
    });
    Object.preventExtensions(ns);
}

/* ---- records ---- */

function Record(filename) {
    this.filename = filename;
    this.url = pathToFileURL(filename);
    this.status = 'new';        /* new, loaded, linking, linked, evaluating, evaluated, failed */
    this.specifiers = null;
    this.imported = null;
    this.exportNames = null;
    this.stars = null;
    this.body = null;
    this.tla = false;
    this.cyclic = false;        /* some module of its cycle imports it: instantiated early */
    this.thread = null;         /* the body's coroutine, while instantiated and not yet run */
    this.handle = null;         /* what its code knows as $nd_esm */
    this.unguard = null;        /* getters guardUninitialized() replaced, to put back */
    this.deps = null;           /* records, or { builtin } / { cjs } dependency objects */
    this.ns = newNamespace();
    this.promise = null;
    this.error = undefined;
}

function metaOf(rec) {
    var meta = Object.create(null);
    meta.dirname = path.dirname(rec.filename);
    meta.filename = rec.filename;
    meta.resolve = function resolve(specifier) {
        var r = exports.resolve(String(specifier), rec.filename);
        return r.builtin ? 'node:' + r.builtin : pathToFileURL(r.filename);
    };
    meta.url = rec.url;
    return meta;
}

/* Runs the module's wrapper, which calls $nd_esm.d() with its links and body. */
function load(rec) {
    var source = fsBinding.readFileUtf8(rec.filename);
    if (source.charCodeAt(0) === 0xFEFF) {
        source = source.slice(1);
    }
    Module._watchLegacyRegExp(source);
    var wrapper = contextify.compileModule(source, rec.url);
    var meta;
    var handle = {
        u: uninitialized,
        d: function (specifiers, imported, exportNames, stars, tla, body) {
            rec.specifiers = specifiers;
            rec.imported = imported;
            rec.exportNames = exportNames;
            rec.stars = stars;
            rec.tla = tla === 1;
            rec.body = body;
        },
        imp: function (specifier) {
            return importFrom(specifier, rec.filename);
        },
        i: false
    };
    rec.handle = handle;
    Object.defineProperty(handle, 'meta', {
        get: function () { return meta || (meta = metaOf(rec)); }
    });
    wrapper.call(undefined, handle);
    rec.status = 'loaded';
}

function recordFor(filename) {
    var rec = records[filename];
    if (rec === undefined) {
        rec = records[filename] = new Record(filename);
        try {
            load(rec);
        } catch (e) {
            delete records[filename];
            throw e;
        }
    }
    return rec;
}

/* A dependency: an ES module record, or a CommonJS/builtin module evaluated in its turn.  The
 * latter's namespace exists from the start (a module body may take it before it is filled). */
function dependency(specifier, parentFile) {
    var r = resolve(specifier, parentFile);
    if (!r.builtin && isModuleFile(r.filename)) {
        return recordFor(r.filename);
    }
    return foreignDependency(r, parentFile);
}

function foreignDependency(r, parentFile) {
    var key = r.builtin ? 'builtin:' + r.builtin : 'file:' + r.filename;
    var dep = foreign[key];
    if (dep === undefined) {
        dep = foreign[key] = {
            builtin: r.builtin, cjs: r.filename, parent: parentFile, ns: newNamespace(),
            evaluated: false
        };
    }
    return dep;
}

/* The names an ES module exports, its own and those of `export *` (without default). */
function exportedNames(rec, seen) {
    if (!(rec instanceof Record)) {
        return null;
    }
    if (seen.indexOf(rec) !== -1) {
        return [];
    }
    seen.push(rec);
    var names = rec.exportNames.slice();
    rec.stars.forEach(function (i) {
        var more = exportedNames(rec.deps[i], seen);
        (more || []).forEach(function (n) {
            if (n !== 'default' && names.indexOf(n) === -1) {
                names.push(n);
            }
        });
    });
    return names;
}

var kLinkError = internalBinding('util').hiddenKey('linkError');

/* A SyntaxError about an import, shown under the import's line as Node shows link errors. */
function linkError(rec, line, message) {
    var e = new SyntaxError(message);
    e.fileName = rec.url;
    e.lineNumber = line;
    e[kLinkError] = true;
    return e;
}

function missingExport(rec, i, name, line) {
    return linkError(rec, line, 'The requested module \'' + rec.specifiers[i] +
        '\' does not provide an export named \'' + name + '\'');
}

function link(rec) {
    if (rec.status === 'linking') {
        rec.cyclic = true; /* reached again while its dependencies link: a cycle */
    }
    if (rec.status !== 'loaded') {
        return;
    }
    rec.status = 'linking';
    rec.deps = rec.specifiers.map(function (s) { return dependency(s, rec.filename); });
    rec.deps.forEach(function (d) {
        if (d instanceof Record) {
            link(d);
        }
    });
    rec.imported.forEach(function (list, i) {
        var names = exportedNames(rec.deps[i], []);
        for (var k = 0; names && k < list.length; k += 2) {
            if (names.indexOf(list[k]) === -1) {
                throw missingExport(rec, i, list[k], list[k + 1]);
            }
        }
    });
    var own = rec.exportNames;
    var all = exportedNames(rec, []);
    all.slice().sort().forEach(function (name) {
        var get = own.indexOf(name) !== -1 ? tdzGetter(name) : starGetter(rec, name);
        Object.defineProperty(rec.ns, name, { get: get, enumerable: true, configurable: true });
    });
    Object.preventExtensions(rec.ns);
    rec.status = 'linked';
}

/* export * from: the name is read from the first starred dependency that exports it, found
 * once here (its namespace is made at its own link, before this one). */
function starGetter(rec, name) {
    for (var i = 0; i < rec.stars.length; i++) {
        var d = rec.deps[rec.stars[i]];
        var names = exportedNames(d, []);
        if (names && names.indexOf(name) !== -1) {
            return namespaceRead(d.ns, name);
        }
    }
    return function () {
        return undefined;
    };
}

function namespaceRead(ns, name) {
    return function () {
        return ns[name];
    };
}

/* Evaluates a CommonJS or builtin dependency and fills its namespace. */
function evaluateForeign(dep) {
    if (!dep.evaluated) {
        var exportsValue;
        if (dep.builtin) {
            exportsValue = require(dep.builtin);
        } else {
            exportsValue = Module._load(dep.cjs, fakeParent(dep.parent), false);
        }
        dep.evaluated = true;
        fillForeignNamespace(dep.ns, exportsValue);
    }
}

/* Modules in an import cycle are instantiated before anything runs, as in the spec: their
 * bodies run on a coroutine up to $nd.esmPause(), which leaves their function declarations
 * hoisted and their exports defined for the modules of the cycle that run first. */
function instantiateCycles(rec, seen) {
    if (!(rec instanceof Record) || seen.indexOf(rec) !== -1) {
        return;
    }
    seen.push(rec);
    rec.deps.forEach(function (d) { instantiateCycles(d, seen); });
    if (rec.cyclic && !rec.tla && rec.thread === null && rec.status === 'linked' && Thread) {
        var args = bodyArgs(rec);
        rec.handle.i = true;
        rec.thread = new Thread(function () {
            return rec.body.apply(undefined, args);
        });
        Thread.resume(rec.thread);
        rec.handle.i = false;
        guardUninitialized(rec);
    }
}

/* The value an instantiated module's let/const/class exports hold until their declaration runs
 * (the lowered body sets them to $nd_esm.u before pausing). */
var uninitialized = Object.freeze(Object.create(null));

/* Until rec has run, its namespace reports a binding still holding the marker as Node's TDZ
 * ReferenceError; afterwards the plain getters are put back. */
function guardUninitialized(rec) {
    var guarded = [];
    rec.exportNames.forEach(function (name) {
        var get = rawGetter(rec.ns, name);
        if (get === undefined || get() !== uninitialized) {
            return;
        }
        guarded.push([name, get]);
        Object.defineProperty(rec.ns, name, {
            get: function () {
                var v = get();
                if (v === uninitialized) {
                    throw new ReferenceError('Cannot access \'' + name + '\' before initialization');
                }
                return v;
            },
            enumerable: true, configurable: true
        });
    });
    rec.unguard = guarded;
}

function rawGetter(ns, name) {
    var d = namespaces.rawDescriptor(ns, name);
    return d && d.get;
}

function bodyArgs(rec) {
    var list = rec.deps.map(function (d) { return d.ns; });
    /* a body with many dependencies takes ($$ns, [namespaces]) (src/lower/emit.c) */
    if (rec.body.length !== list.length + 1) {
        return [rec.ns, list];
    }
    return [rec.ns].concat(list);
}

/* Checks named imports of a CommonJS dependency, once its exports are known. */
function checkForeignImports(rec, i) {
    var dep = rec.deps[i];
    var list = rec.imported[i];
    for (var k = 0; k < list.length; k += 2) {
        if (!(list[k] in dep.ns)) {
            if (dep.builtin) {
                throw missingExport(rec, i, list[k], list[k + 1]);
            }
            throw linkError(rec, list[k + 1], 'Named export \'' + list[k] + '\' not found. ' +
                'The requested module \'' + rec.specifiers[i] + '\' is a CommonJS module, ' +
                'which may not support all module.exports as named exports.\nCommonJS modules ' +
                'can always be imported via the default export, for example using:\n\n' +
                'import pkg from \'' + rec.specifiers[i] + '\';\nconst { ' + list[k] +
                ' } = pkg;\n');
        }
    }
}

/* Evaluates rec and its dependencies: undefined when done, or a promise when something awaits
 * at its top level.  Errors are remembered: evaluating a failed module throws the same again. */
function evaluate(rec) {
    if (!(rec instanceof Record)) {
        evaluateForeign(rec);
        return undefined;
    }
    switch (rec.status) {
    case 'evaluated':
    case 'evaluating':
        /* evaluating: a cycle (the module is on the way), or it awaits */
        return rec.promise || undefined;
    case 'failed':
        throw rec.error;
    }
    rec.status = 'evaluating';
    try {
        var r = evaluateFrom(rec);
        if (r !== undefined) {
            rec.promise = r.then(undefined, function (e) {
                rec.status = 'failed';
                rec.error = e;
                throw e;
            });
            return rec.promise;
        }
        rec.status = 'evaluated';
        return undefined;
    } catch (e) {
        rec.status = 'failed';
        rec.error = e;
        throw e;
    }
}

/* Evaluates the dependencies in order (one that awaits does not hold up the next, which waits
 * itself if it depends on it), then the body once all have settled. */
function evaluateFrom(rec) {
    var pending = [];
    for (var i = 0; i < rec.deps.length; i++) {
        var p = evaluate(rec.deps[i]);
        if (p !== undefined) {
            pending.push(p);
        }
    }
    if (pending.length > 0) {
        return Promise.all(pending).then(function () { return runBody(rec); });
    }
    return runBody(rec);
}

function runBody(rec) {
    var i;
    for (i = 0; i < rec.deps.length; i++) {
        if (!(rec.deps[i] instanceof Record)) {
            checkForeignImports(rec, i);
        }
    }
    var result = rec.thread !== null ? Thread.resume(rec.thread) :
        rec.body.apply(undefined, bodyArgs(rec));
    rec.thread = null;
    if (rec.unguard) {
        rec.unguard.forEach(function (g) {
            Object.defineProperty(rec.ns, g[0], { get: g[1], enumerable: true, configurable: true });
        });
        rec.unguard = null;
    }
    Object.seal(rec.ns);
    if (result !== undefined) {
        return result.then(function () { rec.status = 'evaluated'; });
    }
    rec.status = 'evaluated';
    return undefined;
}

/* Loads, links and evaluates the module at filename: its namespace, or a promise of it. */
function run(filename) {
    var rec = recordFor(filename);
    link(rec);
    instantiateCycles(rec, []);
    var p = evaluate(rec);
    return p === undefined ? rec.ns : p.then(function () { return rec.ns; });
}

/* import(specifier) from the module at parentFile: a promise of the namespace.  As in Node,
 * the module is loaded after the code that imports it has finished its synchronous run. */
function importFrom(specifier, parentFile) {
    return Promise.resolve().then(function () {
        return new Promise(function (resolvePromise) {
            importNow(specifier, parentFile, resolvePromise);
        });
    });
}

function importNow(specifier, parentFile, resolvePromise) {
    {
        var r = resolve(String(specifier), parentFile);
        if (!r.builtin && isModuleFile(r.filename)) {
            resolvePromise(run(r.filename));
        } else {
            var dep = foreignDependency(r, parentFile);
            evaluateForeign(dep);
            resolvePromise(dep.ns);
        }
    }
}

/* require() of an ES module (Node 20.19+): its namespace; one with a default export comes
 * back as a copy that also says __esModule, as Node's does. */
function requireModule(filename, parentFilename) {
    var rec = recordFor(filename);
    link(rec);
    if (awaitsInGraph(rec, [])) {
        throw new codes.ERR_REQUIRE_ASYNC_MODULE(parentFilename, filename);
    }
    var ns = run(filename);
    if ('module.exports' in ns) {
        return ns['module.exports'];
    }
    if (!('default' in ns) || '__esModule' in ns) {
        return ns;
    }
    var copy = newNamespace();
    var names = ['__esModule'].concat(Object.keys(ns)).sort();
    names.forEach(function (k) {
        Object.defineProperty(copy, k, k === '__esModule' ? { value: true, enumerable: true } : {
            get: function () { return ns[k]; }, enumerable: true
        });
    });
    return copy;
}

/* Would evaluating rec wait for a top-level await (one not already settled)? */
function awaitsInGraph(rec, seen) {
    if (!(rec instanceof Record) || seen.indexOf(rec) !== -1 || rec.status === 'evaluated') {
        return false;
    }
    seen.push(rec);
    return rec.tla || rec.deps.some(function (d) { return awaitsInGraph(d, seen); });
}

/* nodule FILE where FILE is an ES module. */
function runMain(filename) {
    var p = run(filename);
    if (!namespaces.has(p)) {
        var execution = require('internal/process/execution');
        execution.setMainPending(true);
        p.then(function () {
            execution.setMainPending(false);
        }, function (e) {
            execution.setMainPending(false);
            process.nextTick(function () { throw e; });
        });
    }
}

exports.resolve = resolve;
exports.isModuleFile = isModuleFile;
exports.importFrom = importFrom;
exports.requireModule = requireModule;
exports.runMain = runMain;
exports.pathToFileURL = pathToFileURL;
