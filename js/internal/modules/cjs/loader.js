'use strict';
/* js/internal/modules/cjs/loader.js: CommonJS modules as Node 20 resolves and loads them.
 *
 * Module, require, require.resolve (with paths), require.cache, require.main, the .js/.json/.node
 * extensions, node_modules lookup in every parent directory, NODE_PATH and the global folders,
 * package.json "main" and "exports" (string, ".", subpaths and the require/node/default
 * conditions), node: builtins, cycles returning partial exports.  Files are read and stat'ed
 * through internalBinding('fs'); code is compiled by internalBinding('contextify') with the real
 * file name, so stack traces and syntax errors name the user's file and line. */

var fsBinding = internalBinding('fs');
var moduleBinding = internalBinding('module');
var contextify = internalBinding('contextify');
var builtins = internalBinding('builtins');
var path = require('path');

var kIsMainSymbol = Symbol('kIsMainSymbol');
/* Where import() in this file's code resolves from (js/internal/lower_runtime.js reads it). */
var kRequireFile = Symbol['for']('nodule.requireFile');

/* Node's builtin modules.  Those nodule does not bundle yet say so when required. */
var nodeBuiltinNames = ['assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process',
    'cluster', 'console', 'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns',
    'dns/promises', 'domain', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https',
    'inspector', 'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks',
    'process', 'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
    'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
    'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm',
    'wasi', 'worker_threads', 'zlib'];
var nodeBuiltinSet = {};
nodeBuiltinNames.forEach(function (name) { nodeBuiltinSet[name] = true; });
/* Only reachable with the node: prefix, as in Node. */
var schemeOnly = { 'test': true, 'test/reporters': true, 'sea': true };

function isBuiltin(id) {
    if (typeof id !== 'string') {
        return false;
    }
    if (id.indexOf('node:') === 0) {
        id = id.slice(5);
        return nodeBuiltinSet[id] === true || schemeOnly[id] === true;
    }
    return nodeBuiltinSet[id] === true;
}

function loadBuiltin(id) {
    if (builtins.has(id) && id.indexOf('internal/') !== 0) {
        return require(id);
    }
    var err = new Error("nodule does not implement the built-in module '" + id + "' yet");
    err.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
    throw err;
}

/* Resolution asks the file system the same questions again and again (every package looks for
 * node_modules up the same tree): as in Node, stat results are kept while a top-level
 * require() runs, and package.json contents and real paths for the life of the process.  The
 * stat and real path answers are lib/module.c's, which keeps them in C; realpathCache holds
 * only those it leaves to realpathOf.  stat(path) gives 0 for a file, 1 for a folder or -errno. */
var stat = moduleBinding.stat;
var requireDepth = 0;
var packageJsonCache = Object.create(null);
/* The same, by the absolute folder readPackage was given. */
var packageDirCache = Object.create(null);
var realpathCache = Object.create(null);
var preserveSymlinks;

function updateChildren(parent, child, scan) {
    var children = parent && parent.children;
    if (children && !(scan && children.indexOf(child) !== -1)) {
        children.push(child);
    }
}

function Module(id, parent) {
    this.id = id === undefined ? '' : id;
    this.path = path.dirname(this.id);
    this.exports = {};
    Object.defineProperty(this, 'parent', {
        value: parent, writable: true, configurable: true, enumerable: false
    });
    updateChildren(parent, this, false);
    this.filename = null;
    this.loaded = false;
    this.children = [];
    this.paths = undefined;
}

Module._cache = Object.create(null);
Module._pathCache = Object.create(null);
Module._extensions = Object.create(null);
Module.globalPaths = [];
Module.builtinModules = nodeBuiltinNames.slice();
Module.isBuiltin = isBuiltin;
Module.Module = Module;
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = function wrap(script) {
    return Module.wrapper[0] + script + Module.wrapper[1];
};

/* The node_modules folders from `from` up to the root; a new array each call (module.paths is
 * the caller's to change), copied from the one computed for that folder before: the modules of
 * a package share their folders. */
var nodeModulePathsCache = Object.create(null);
Module._nodeModulePaths = function _nodeModulePaths(from) {
    from = path.resolve(from);
    var paths = nodeModulePathsCache[from];
    if (paths === undefined) {
        paths = nodeModulePathsCache[from] = nodeModulePaths(from);
    }
    return paths.slice();
};

function nodeModulePaths(from) {
    if (from === '/') {
        return ['/node_modules'];
    }
    var parts = from.split('/');
    var paths = [];
    for (var i = parts.length; i > 0; i--) {
        if (parts[i - 1] === 'node_modules') {
            continue;
        }
        paths.push(parts.slice(0, i).join('/') + '/node_modules');
    }
    paths[paths.length - 1] = '/node_modules';
    return paths;
}

Module._initPaths = function _initPaths() {
    var env = process.env;
    var home = env.HOME;
    var prefix = path.resolve(process.execPath, '..', '..');
    var paths = [path.resolve(prefix, 'lib', 'node')];
    if (home) {
        paths.unshift(path.resolve(home, '.node_libraries'));
        paths.unshift(path.resolve(home, '.node_modules'));
    }
    var nodePath = env.NODE_PATH;
    if (nodePath) {
        paths = nodePath.split(':').filter(function (p) { return !!p; }).concat(paths);
    }
    Module.globalPaths = paths;
};

function readPackage(dir) {
    var absolute = dir.charAt(0) === '/';
    var cached = absolute ? packageDirCache[dir] : undefined;
    if (cached !== undefined) {
        return cached;
    }
    var jsonPath = path.resolve(dir, 'package.json');
    cached = packageJsonCache[jsonPath];
    if (cached === undefined) {
        cached = readPackageJson(jsonPath);
    }
    if (absolute) {
        packageDirCache[dir] = cached;
    }
    return cached;
}

function readPackageJson(jsonPath) {
    if (stat(jsonPath) !== 0) {
        return (packageJsonCache[jsonPath] = null);
    }
    var text = fsBinding.readFileUtf8(jsonPath);
    try {
        return (packageJsonCache[jsonPath] = JSON.parse(stripBOM(text)));
    } catch (e) {
        /* Node 20's words; it sets no code. */
        var err = new SyntaxError('Error parsing ' + jsonPath + ': ' + e.message);
        err.path = jsonPath;
        throw err;
    }
}

function toRealPath(requestPath) {
    if (preserveSymlinks === undefined) {
        /* Read once, as Node reads its options. */
        preserveSymlinks = process.execArgv.indexOf('--preserve-symlinks') !== -1;
    }
    if (preserveSymlinks) {
        return requestPath;
    }
    var real = moduleBinding.realpath(requestPath);
    if (real !== undefined) {
        return real;
    }
    var cached = realpathCache[requestPath];
    if (cached === undefined) {
        cached = realpathCache[requestPath] = realpathOf(requestPath);
    }
    return cached;
}

/* The real path of an absolute, normalized path: a file or folder that is no link is its
 * folder's real path and its name (one lstat, the folders' answers kept), as Node's
 * realpathSync walks with its cache; links and errors go to realpath(3). */
function realpathOf(requestPath) {
    if (requestPath === '/' || requestPath.charAt(0) !== '/' ||
        fsBinding.internalModuleIsLink(requestPath) !== false) {
        return fsBinding.realpath(requestPath);
    }
    var dir = toRealPath(path.dirname(requestPath));
    return (dir === '/' ? '/' : dir + '/') + path.basename(requestPath);
}

function tryFile(requestPath) {
    return stat(requestPath) === 0 ? toRealPath(requestPath) : false;
}

function tryExtensions(basePath, exts) {
    var i = moduleBinding.tryExtensions(basePath, exts);
    return i === -1 ? false : toRealPath(basePath + exts[i]);
}

function tryPackage(requestPath, exts, isMain, originalPath) {
    var pkg = readPackage(requestPath);
    var main = pkg && typeof pkg.main === 'string' ? pkg.main : null;
    if (!main) {
        return tryExtensions(path.resolve(requestPath, 'index'), exts);
    }
    var filename = path.resolve(requestPath, main);
    var actual = tryFile(filename) || tryExtensions(filename, exts) ||
        tryExtensions(path.resolve(filename, 'index'), exts);
    if (actual === false) {
        actual = tryExtensions(path.resolve(requestPath, 'index'), exts);
        if (!actual) {
            var err = new Error("Cannot find module '" + filename + "'. " +
                'Please verify that the package.json has a valid "main" entry');
            err.code = 'MODULE_NOT_FOUND';
            err.path = path.resolve(requestPath, 'package.json');
            err.requestPath = originalPath;
            throw err;
        }
    }
    return actual;
}

/* ---- package.json "exports" ---- */

var requireConditions = ['require', 'node', 'node-addons', 'default'];
/* The conditions of the resolution under way: an ES import resolves with its own. */
var conditions = requireConditions;

function resolveExportsTarget(target, subpath) {
    if (typeof target === 'string') {
        return subpath ? target.split('*').join(subpath) : target;
    }
    if (Array.isArray(target)) {
        for (var i = 0; i < target.length; i++) {
            var r = resolveExportsTarget(target[i], subpath);
            if (r) {
                return r;
            }
        }
        return null;
    }
    if (target !== null && typeof target === 'object') {
        var keys = Object.keys(target);
        for (var k = 0; k < keys.length; k++) {
            if (conditions.indexOf(keys[k]) !== -1) {
                var res = resolveExportsTarget(target[keys[k]], subpath);
                if (res) {
                    return res;
                }
            }
        }
    }
    return null;
}

function exportsNotFound(subpath, pkgPath) {
    var err = new Error((subpath === '.' ? 'No "exports" main defined' :
        "Package subpath '" + subpath + "' is not defined by \"exports\"") + ' in ' +
        pkgPath + '/package.json');
    err.code = 'ERR_PACKAGE_PATH_NOT_EXPORTED';
    return err;
}

/* Resolves `./sub` (or `.`) through a package's "exports" field. */
function resolvePackageExports(pkgPath, subpath, exportsField) {
    var map = exportsField;
    var isSugar = typeof map === 'string' || Array.isArray(map) ||
        (map !== null && typeof map === 'object' &&
         Object.keys(map).length > 0 && Object.keys(map)[0].charAt(0) !== '.');
    if (isSugar) {
        map = { '.': map };
    }
    var target = matchSubpath(map, subpath);
    if (!target) {
        throw exportsNotFound(subpath, pkgPath);
    }
    return path.resolve(pkgPath, target);
}

/* The real path of the file an "exports" or "imports" target names; throws MODULE_NOT_FOUND,
 * as Node does, when there is none (a missing file, a directory). */
function existingTarget(resolved, pkgPath) {
    var filename = tryFile(resolved);
    if (!filename) {
        var err = new Error("Cannot find module '" + resolved + "'");
        err.code = 'MODULE_NOT_FOUND';
        err.path = path.resolve(pkgPath, 'package.json');
        throw err;
    }
    return filename;
}

/* The directory and parsed package.json of the package that holds dir, or null; kept by
 * absolute folder (every .js file asks for its own). */
var packageScopeCache = Object.create(null);
function packageScope(dir) {
    if (dir.charAt(0) !== '/') {
        return findPackageScope(dir);
    }
    var scope = packageScopeCache[dir];
    if (scope === undefined) {
        scope = packageScopeCache[dir] = findPackageScope(dir);
    }
    return scope;
}

function findPackageScope(dir) {
    for (;;) {
        if (path.basename(dir) === 'node_modules') {
            return null;
        }
        var pkg = readPackage(dir);
        if (pkg !== null) {
            return { dir: dir, pkg: pkg };
        }
        var up = path.dirname(dir);
        if (up === dir) {
            return null;
        }
        dir = up;
    }
}

/* `#name`: the "imports" of the package around the requiring file (Node's subpath imports).
 * A target is a file of the package or a package name, resolved from the package. */
function resolvePackageImports(request, parent) {
    var from = parent && parent.filename ? path.dirname(parent.filename) : process.cwd();
    if (request === '#' || request.slice(0, 2) === '#/' || request.slice(-1) === '/') {
        throw new (require('internal/errors').codes.ERR_INVALID_MODULE_SPECIFIER)(request,
            'is not a valid internal imports specifier name',
            parent && parent.filename ? parent.filename : from);
    }
    var scope = packageScope(from);
    var target = null;
    if (scope !== null && scope.pkg.imports !== null && typeof scope.pkg.imports === 'object') {
        target = matchSubpath(scope.pkg.imports, request);
    }
    if (!target) {
        throw new (require('internal/errors').codes.ERR_PACKAGE_IMPORT_NOT_DEFINED)(request,
            scope ? scope.dir + '/' : '', parent && parent.filename ? parent.filename : from);
    }
    if (target.slice(0, 2) === './') {
        return existingTarget(path.resolve(scope.dir, target), scope.dir);
    }
    var fake = new Module(path.join(scope.dir, 'package.json'), null);
    fake.filename = fake.id;
    fake.paths = Module._nodeModulePaths(scope.dir);
    return Module._resolveFilename(target, fake, false);
}

/* The target of key in an "exports"/"imports" map: an exact key, else the longest pattern
 * (`./x/*`, `#y/*`) that matches, with its `*` filled in; null when none. */
function matchSubpath(map, key) {
    if (Object.prototype.hasOwnProperty.call(map, key) && key.indexOf('*') === -1) {
        return resolveExportsTarget(map[key], null);
    }
    var best = null;
    var bestMatch = null;
    Object.keys(map).forEach(function (k) {
        var star = k.indexOf('*');
        if (star === -1) {
            return;
        }
        var prefix = k.slice(0, star);
        var suffix = k.slice(star + 1);
        if (key.indexOf(prefix) === 0 && key.length >= k.length - 1 &&
            key.slice(key.length - suffix.length) === suffix &&
            (best === null || prefix.length > best.length)) {
            best = k;
            bestMatch = key.slice(prefix.length, key.length - suffix.length);
        }
    });
    return best === null ? null : resolveExportsTarget(map[best], bestMatch);
}

/* A bare request split into its package name and subpath, kept by request. */
var packageRequestCache = Object.create(null);
function splitPackageRequest(request) {
    var m = packageRequestCache[request];
    if (m === undefined) {
        m = packageRequestCache[request] =
            /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/.exec(request);
    }
    return m;
}

/* For `pkg` or `pkg/sub`, the package's "exports" decide when present. */
function resolveExports(nmPath, request) {
    var m = splitPackageRequest(request);
    if (!m) {
        return false;
    }
    var pkgPath = path.resolve(nmPath, m[1]);
    var pkg = readPackage(pkgPath);
    if (pkg && pkg.exports !== undefined && pkg.exports !== null) {
        return existingTarget(resolvePackageExports(pkgPath, '.' + (m[2] || ''), pkg.exports),
            pkgPath);
    }
    return false;
}

/* ---- resolution ---- */

var trailingSlashRegex = /(?:^|\/)\.?\.$/;

Module._findPath = function _findPath(request, paths, isMain) {
    var absoluteRequest = request.charAt(0) === '/';
    if (absoluteRequest) {
        paths = [''];
    } else if (!paths || paths.length === 0) {
        return false;
    }
    var cacheKey = request + '\x00' + paths.join('\x00');
    var entry = Module._pathCache[cacheKey];
    if (entry) {
        return entry;
    }
    var exts = Object.keys(Module._extensions);
    var last = request.charAt(request.length - 1);
    var trailingSlash = last === '/' || (last === '.' && trailingSlashRegex.test(request));
    for (var i = 0; i < paths.length; i++) {
        var curPath = paths[i];
        if (curPath && stat(curPath) < 1) {
            continue;
        }
        if (!absoluteRequest && request.charAt(0) !== '.') {
            var exportsResolved = resolveExports(curPath, request);
            if (exportsResolved) {
                return exportsResolved;
            }
        }
        var basePath = path.resolve(curPath, request);
        var filename;
        var rc = stat(basePath);
        if (!trailingSlash) {
            if (rc === 0) {
                filename = toRealPath(basePath);
            }
            if (!filename) {
                filename = tryExtensions(basePath, exts);
            }
        }
        if (!filename && rc === 1) {
            filename = tryPackage(basePath, exts, isMain, request);
        }
        if (filename) {
            Module._pathCache[cacheKey] = filename;
            return filename;
        }
    }
    return false;
};

Module._resolveLookupPaths = function _resolveLookupPaths(request, parent) {
    if (isBuiltin(request)) {
        return null;
    }
    if (request.charAt(0) !== '.' ||
        (request.length > 1 && request.charAt(1) !== '.' && request.charAt(1) !== '/')) {
        var paths = parent && parent.paths && parent.paths.length ?
            parent.paths.concat(Module.globalPaths) : Module.globalPaths.slice();
        return paths.length > 0 ? paths : null;
    }
    if (!parent || !parent.id || !parent.filename) {
        return ['.'];
    }
    return [path.dirname(parent.filename)];
};

Module._resolveFilename = function _resolveFilename(request, parent, isMain, options) {
    if (isBuiltin(request)) {
        return request;
    }
    if (options && options.conditions) {
        var saved = conditions;
        var pathCache = Module._pathCache;
        conditions = options.conditions;
        Module._pathCache = Object.create(null);
        try {
            return Module._resolveFilename(request, parent, isMain,
                options.paths ? { paths: options.paths } : undefined);
        } finally {
            conditions = saved;
            Module._pathCache = pathCache;
        }
    }
    if (request.charAt(0) === '#') {
        return resolvePackageImports(request, parent);
    }
    var paths;
    if (options && options.paths) {
        var isRelative = request.slice(0, 2) === './' || request.slice(0, 3) === '../' ||
            request === '.' || request === '..';
        paths = [];
        options.paths.forEach(function (p) {
            if (isRelative) {
                paths.push(path.resolve(p));
            } else {
                var fake = new Module('', null);
                fake.paths = Module._nodeModulePaths(p);
                Module._resolveLookupPaths(request, fake).forEach(function (lp) {
                    if (paths.indexOf(lp) === -1) {
                        paths.push(lp);
                    }
                });
            }
        });
    } else {
        paths = Module._resolveLookupPaths(request, parent);
    }
    var filename = Module._findPath(request, paths, isMain);
    if (filename) {
        return filename;
    }
    var requireStack = [];
    for (var cursor = parent; cursor; cursor = cursor.parent) {
        requireStack.push(cursor.filename || cursor.id);
    }
    var message = "Cannot find module '" + request + "'";
    if (requireStack.length > 0) {
        message += '\nRequire stack:\n- ' + requireStack.join('\n- ');
    }
    var err = new Error(message);
    err.code = 'MODULE_NOT_FOUND';
    err.requireStack = requireStack;
    throw err;
};

/* ---- loading ---- */

Module._load = function _load(request, parent, isMain) {
    if (request.indexOf('node:') === 0) {
        var id = request.slice(5);
        if (!isBuiltin(request)) {
            var e = new Error('No such built-in module: ' + request);
            e.code = 'ERR_UNKNOWN_BUILTIN_MODULE';
            throw e;
        }
        return loadBuiltin(id);
    }
    var filename = Module._resolveFilename(request, parent, isMain);
    var cached = Module._cache[filename];
    if (cached !== undefined) {
        updateChildren(parent, cached, true);
        return cached.exports;
    }
    if (isBuiltin(filename)) {
        return loadBuiltin(filename);
    }
    var module = new Module(filename, parent);
    if (isMain) {
        process.mainModule = module;
        module[kIsMainSymbol] = true;
        module.id = '.';
    }
    Module._cache[filename] = module;
    var threw = true;
    try {
        module.load(filename);
        threw = false;
    } finally {
        if (threw) {
            delete Module._cache[filename];
            if (parent !== undefined && parent !== null) {
                var idx = parent.children.indexOf(module);
                if (idx !== -1) {
                    parent.children.splice(idx, 1);
                }
            }
        }
    }
    return module.exports;
};

function findLongestRegisteredExtension(filename) {
    var name = path.basename(filename);
    var index;
    var startIndex = 0;
    while ((index = name.indexOf('.', startIndex)) !== -1) {
        startIndex = index + 1;
        if (index === 0) {
            continue;
        }
        var ext = name.slice(index);
        if (Module._extensions[ext]) {
            return ext;
        }
    }
    return '.js';
}

Module.prototype.load = function load(filename) {
    this.filename = filename;
    this.paths = Module._nodeModulePaths(path.dirname(filename));
    var extension = findLongestRegisteredExtension(filename);
    Module._extensions[extension](this, filename);
    this.loaded = true;
};

Module.prototype.require = function (id) {
    if (typeof id !== 'string') {
        var errors = require('internal/errors');
        throw new errors.codes.ERR_INVALID_ARG_TYPE('id', 'string', id);
    }
    if (id === '') {
        var e = new TypeError("The argument 'id' must be a non-empty string. Received ''");
        e.code = 'ERR_INVALID_ARG_VALUE';
        throw e;
    }
    if (requireDepth === 0) {
        moduleBinding.statCache(true);
    }
    requireDepth++;
    try {
        return Module._load(id, this, false);
    } finally {
        requireDepth--;
        if (requireDepth === 0) {
            moduleBinding.statCache(false);
        }
    }
};

function stripBOM(content) {
    return content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content;
}

function stripShebang(content) {
    if (content.charAt(0) === '#' && content.charAt(1) === '!') {
        return '//' + content.slice(2);
    }
    return content;
}

function makeRequire(mod) {
    var requireFn = function require(id) {
        return mod.require(id);
    };
    function resolve(request, options) {
        if (typeof request !== 'string') {
            var errors = require('internal/errors');
            throw new errors.codes.ERR_INVALID_ARG_TYPE('request', 'string', request);
        }
        return Module._resolveFilename(request, mod, false, options);
    }
    resolve.paths = function paths(request) {
        return Module._resolveLookupPaths(request, mod);
    };
    requireFn.resolve = resolve;
    Object.defineProperty(requireFn, kRequireFile, { value: mod.filename });
    requireFn.main = process.mainModule;
    requireFn.extensions = Module._extensions;
    requireFn.cache = Module._cache;
    return requireFn;
}

/* RegExp.$1 and the other legacy statics cost every regex match a wrapper, so they are turned
 * on (js/internal/polyfills/regexp.js) only when a module that reads them is loaded. */
var legacyRegExpOn = false;
function watchLegacyRegExp(source) {
    if (!legacyRegExpOn && contextify.usesLegacyRegExp(source)) {
        legacyRegExpOn = true;
        void RegExp.prototype;   /* the RegExp polyfill is installed on first use */
        require('internal/polyfills/regexp').enableLegacyStatics();
    }
}
Module._watchLegacyRegExp = watchLegacyRegExp;

Module.prototype._compile = function _compile(content, filename) {
    watchLegacyRegExp(content);
    var compiledWrapper = contextify.compileFunction(stripShebang(content), filename);
    var dirname = path.dirname(filename);
    var exports = this.exports;
    return compiledWrapper.call(exports, exports, makeRequire(this), this, filename, dirname);
};

function esmLoader() {
    return require('internal/modules/esm/loader');
}

/* Is filename an ES module: .mjs, or .js in a package whose package.json says "type":
 * "module" (the nearest package.json up to a node_modules folder, as Node looks). */
function isModuleFile(filename) {
    var ext = path.extname(filename);
    if (ext === '.mjs') {
        return true;
    }
    if (ext !== '.js') {
        return false;
    }
    var scope = packageScope(path.dirname(filename));
    return scope !== null && scope.pkg !== null && scope.pkg.type === 'module';
}
Module._isModuleFile = isModuleFile;

Module._extensions['.js'] = function (module, filename) {
    /* .mjs, and .js under "type": "module", are ES modules: require() gives the namespace */
    if (isModuleFile(filename)) {
        var parent = module.parent;
        module.exports = esmLoader().requireModule(filename,
            parent && parent.filename ? parent.filename : filename);
        return;
    }
    module._compile(stripBOM(fsBinding.readFileUtf8(filename)), filename);
};

Module._extensions['.json'] = function (module, filename) {
    var content = fsBinding.readFileUtf8(filename);
    try {
        module.exports = JSON.parse(stripBOM(content));
    } catch (err) {
        err.message = filename + ': ' + err.message;
        throw err;
    }
};

Module._extensions['.node'] = function (module, filename) {
    var err = new Error('Cannot load native addon ' + filename +
        ': nodule does not support native addons (.node files)');
    err.code = 'ERR_DLOPEN_FAILED';
    throw err;
};

Module.createRequire = function createRequire(filename) {
    if (typeof filename === 'string' && filename.indexOf('file://') === 0) {
        filename = decodeURIComponent(filename.slice(7));
    }
    if (typeof filename !== 'string' || !path.isAbsolute(filename)) {
        var e = new TypeError('The argument \'filename\' must be a file URL object, file URL ' +
            'string, or absolute path string. Received ' + JSON.stringify(filename));
        e.code = 'ERR_INVALID_ARG_VALUE';
        throw e;
    }
    var trailingSlash = filename.charAt(filename.length - 1) === '/';
    var proxyPath = trailingSlash ? path.join(filename, 'noop.js') : filename;
    var m = new Module(proxyPath);
    m.filename = proxyPath;
    m.paths = Module._nodeModulePaths(m.path);
    return makeRequire(m);
};

/* Runs the main script (nodule FILE). */
Module.runMain = function runMain(mainPath) {
    var filename = Module._resolveFilename(path.resolve(mainPath), null, true);
    if (isModuleFile(filename)) {
        esmLoader().runMain(filename);
        return;
    }
    Module._load(filename, null, true);
};

/* Builds what -e, -p and a piped script see: module, require, exports, __filename, __dirname
 * as globals, relative to the working directory, as Node's [eval] context. */
Module.evalContext = function evalContext(name) {
    var cwd = process.cwd();
    var m = new Module(name);
    m.filename = path.join(cwd, name);
    m.paths = Module._nodeModulePaths(cwd);
    var g = global;
    g.module = m;
    g.exports = m.exports;
    g.require = makeRequire(m);
    g.__filename = name;
    g.__dirname = '.';
    return m;
};

Module._initPaths();

module.exports = Module;
