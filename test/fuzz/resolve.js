'use strict';
// test/fuzz/resolve.js: fuzz driver (tools/fuzz_runtime.c) for require() and require.resolve()
// with odd requests, in a temporary tree made once: relative paths with `.` and `..`, trailing
// slashes, symlink loops and dangling links, package.json files with a bad "main", "exports"
// and "imports" (bad targets, null, arrays, patterns, invalid JSON, a directory named
// package.json), names with U+FFFD and lone surrogates, NUL bytes.  Each byte of the input
// picks a piece of the request.  Requests never leave the tree.  Invariants: require.resolve
// gives an existing file (or a builtin's name) or throws one of Node's resolution errors, the
// same way twice; require() then gives the module require.resolve named.  test/fuzz/replay.js
// prints __ndFuzzDescribe per input, to compare node's results with nodule's.
// Seeds: test/fuzz/resolve/.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { createRequire } = require('module');

function check(cond, what) {
    if (!cond) {
        throw new Error('resolve invariant broken: ' + what);
    }
}

const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'nd-fuzz-resolve-')));
process.on('exit', () => fs.rmSync(root, { recursive: true, force: true }));

const tree = {
    'base/package.json': JSON.stringify({ name: 'base', imports: {
        '#x': './a.js', '#dep': 'good', '#bad': '../../x.js', '#pat/*': './dir/*.js',
        '#null': null, '#arr': ['./nope.js', './a.js'], '#cond': { require: './b.json' } } }),
    'base/index.js': "module.exports = 'base';",
    'base/a.js': "module.exports = 'a';",
    'base/a.js.js': "module.exports = 'a.js.js';",
    'base/b.json': '{"b": 1}',
    'base/bad.json': '{',
    'base/throws.js': "throw new Error('thrown');",
    'base/syntax.js': '(',
    'base/m.mjs': 'export default 1;',
    'base/\ufffd.js': "module.exports = 'fffd';",
    'base/\u00e9.js': "module.exports = 'e-acute';",
    'base/sp ace.js': "module.exports = 'space';",
    'base/.hidden.js': "module.exports = 'hidden';",
    'base/dir/index.js': "module.exports = 'dir';",
    'base/dir/a.js': "module.exports = 'dir/a';",
    'base/dir2/package.json': '{"main": "./lib/m.js"}',
    'base/dir2/lib/m.js': "module.exports = 'dir2';",
    'base/mainmissing/package.json': '{"main": "nope.js"}',
    'base/mainfallback/package.json': '{"main": "nope.js"}',
    'base/mainfallback/index.js': "module.exports = 'fallback';",
    'base/mainnum/package.json': '{"main": 42}',
    'base/mainnum/index.js': "module.exports = 'mainnum';",
    'base/mainempty/package.json': '{"main": ""}',
    'base/mainempty/index.js': "module.exports = 'mainempty';",
    'base/maindotdot/package.json': '{"main": ".."}',
    'base/pkgjsonbad/package.json': '{"main": ',
    'base/pkgjsonbad/index.js': "module.exports = 'pkgjsonbad';",
    'base/pkgjsondir/package.json/x': '',
    'base/pkgjsondir/index.js': "module.exports = 'pkgjsondir';",
    'base/node_modules/good/package.json': '{"main": "m.js"}',
    'base/node_modules/good/m.js': "module.exports = 'good';",
    'base/node_modules/exp-str/package.json': '{"exports": "./e.js"}',
    'base/node_modules/exp-str/e.js': "module.exports = 'exp-str';",
    'base/node_modules/exp-cond/package.json': JSON.stringify({ exports: {
        '.': { import: './i.mjs', require: './r.js', default: './d.js' },
        './sub/*': './lib/*.js', './sub/*.js': './lib/*.js', './private/*': null,
        './esc': '../escape.js', './abs': '/etc/passwd', './arr': ['./nope.js', './r.js'],
        './nm': './node_modules/x.js', './bad': './bad.json', './dir/': './lib/' } }),
    'base/node_modules/exp-cond/r.js': "module.exports = 'exp-cond';",
    'base/node_modules/exp-cond/bad.json': '[',
    'base/node_modules/exp-cond/lib/a.js': "module.exports = 'exp-cond/a';",
    'base/node_modules/exp-null/package.json': '{"exports": null, "main": "m.js"}',
    'base/node_modules/exp-null/m.js': "module.exports = 'exp-null';",
    'base/node_modules/exp-bad/package.json': '{"exports": {"./x": "./x.js", "y": "./y.js"}}',
    'base/node_modules/exp-bad/x.js': "module.exports = 'exp-bad';",
    'base/node_modules/exp-num/package.json': '{"exports": 5}',
    'base/node_modules/@scope/p/package.json': '{"exports": {"./*": "./*"}}',
    'base/node_modules/@scope/p/a.js': "module.exports = 'scope';",
    'base/node_modules/escape.js': "module.exports = 'escape';",
};
for (const name of Object.keys(tree)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), tree[name]);
}
for (const [link, target] of [['loop', 'loop'], ['l1', 'l2'], ['l2', 'l1'], ['lnk', 'a.js'],
    ['lnkdir', 'dir'], ['dangling', 'nowhere'], ['up', '..']]) {
    fs.symlinkSync(target, path.join(root, 'base', link));
}
fs.writeFileSync(Buffer.from(path.join(root, 'base', 'latin\xff.js'), 'latin1'), '');

const requireFrom = createRequire(path.join(root, 'base', 'main.js'));

const pieces = ['./', '../', '/', '.', '..', 'a', '.js', 'b', '.json', 'bad', 'throws', 'syntax',
    'm.mjs', 'dir', 'dir2', 'index', 'mainmissing', 'mainfallback', 'mainnum', 'mainempty',
    'maindotdot', 'pkgjsonbad', 'pkgjsondir', 'good', 'exp-str', 'exp-cond', 'exp-null',
    'exp-bad', 'exp-num', '@scope/p', 'sub', 'private', 'esc', 'abs', 'arr', 'nm', 'm.js',
    'lib', 'node_modules', '#x', '#dep', '#bad', '#pat/', '#null', '#arr', '#cond', '#', 'loop',
    'l1', 'lnk', 'lnkdir', 'dangling', 'up', '\ufffd', '\ud800', '\u00e9', 'latin\u00ff',
    '\u0000', '%2e', '\\', '.node', 'fs', 'node:', 'node:fs', 'sp ace', ' ', '//', 'base',
    'package.json', '.hidden', 'x', 'e.js', 'r.js'];

// The request for the bytes, or null when it could leave the tree: a request that climbs
// above base/ (or, bare, above its package) could reach any file of the machine.
function requestOf(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length && i < 24; i++) {
        s += pieces[bytes[i] % pieces.length];
    }
    if (s.charAt(0) === '/') {
        s = root + s;
    }
    const relative = s.charAt(0) === '.' || s.charAt(0) === '/';
    let depth = relative ? 1 : 0;
    for (const seg of s.slice(s.charAt(0) === '/' ? root.length : 0).split('/')) {
        if (seg === '..') {
            depth--;
        } else if (seg !== '' && seg !== '.') {
            depth++;
        }
        if (depth < (relative ? 0 : 1) && seg === '..') {
            return null;
        }
    }
    return s;
}

// Errors resolution may raise for a request, as Node names them.
const resolveCodes = ['MODULE_NOT_FOUND', 'ERR_INVALID_PACKAGE_TARGET',
    'ERR_PACKAGE_PATH_NOT_EXPORTED', 'ERR_INVALID_PACKAGE_CONFIG', 'ERR_INVALID_MODULE_SPECIFIER',
    'ERR_PACKAGE_IMPORT_NOT_DEFINED', 'ERR_INVALID_ARG_VALUE', 'ERR_UNKNOWN_BUILTIN_MODULE',
    'ELOOP'];

function outcome(fn) {
    try {
        return { value: fn() };
    } catch (e) {
        return { error: e };
    }
}

function describeError(e) {
    return e.code || (e instanceof SyntaxError ? 'SyntaxError' : e.name + ': ' + e.message);
}

function shown(o) {
    if (o.error) {
        return 'error ' + describeError(o.error);
    }
    return o.value.charAt(0) === '/' ? path.relative(root, o.value) : o.value;
}

globalThis.__ndFuzzDescribe = function (bytes) {
    const request = requestOf(bytes);
    if (request === null) {
        return 'skipped';
    }
    const resolved = outcome(() => requireFrom.resolve(request));
    const loaded = outcome(() => requireFrom(request));
    return JSON.stringify(request.split(root).join('<root>')) + ' resolve: ' + shown(resolved) +
        ' require: ' + (loaded.error ? 'error ' + describeError(loaded.error) :
            typeof loaded.value === 'object' ? 'object' : JSON.stringify(loaded.value));
};

globalThis.__ndFuzzOne = function (bytes) {
    const request = requestOf(bytes);
    if (request === null) {
        return;
    }
    const first = outcome(() => requireFrom.resolve(request));
    const again = outcome(() => requireFrom.resolve(request));
    if (first.error) {
        /* A package.json that is not JSON: SyntaxError (Node 20). */
        check(resolveCodes.includes(first.error.code) || first.error instanceof SyntaxError,
              'resolve threw ' + first.error.stack);
        check(again.error && again.error.code === first.error.code, 'resolve twice');
    } else {
        check(again.value === first.value, 'resolve twice');
        check(typeof first.value === 'string', 'resolve gave ' + typeof first.value);
        if (first.value.charAt(0) === '/') {
            check(fs.statSync(first.value).isFile(), 'resolve gave a non-file ' + first.value);
        } else {
            check(require('module').isBuiltin(first.value), 'resolve gave ' + first.value);
        }
    }
    const loaded = outcome(() => requireFrom(request));
    if (loaded.error) {
        const e = loaded.error;
        check(resolveCodes.includes(e.code) || e.message === 'thrown' || e instanceof SyntaxError ||
              e.code === 'ERR_REQUIRE_ESM', 'require threw ' + e.stack);
    } else {
        check(!first.error, 'require loaded what resolve did not find');
        check(first.value.charAt(0) !== '/' || requireFrom.cache[first.value].exports ===
              loaded.value, 'require loaded another module than resolve named');
    }
};
