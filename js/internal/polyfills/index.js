'use strict';
/* js/internal/polyfills/index.js: installs the ES2015+ built-ins Duktape 2.7 lacks, lazily.
 *
 * The core bootstrap calls install(global) once, before any user code.  Compiling all the
 * polyfills costs about 5 ms under Duktape, more than the whole start-up budget, so install()
 * only puts stubs in place: every global (Map, Promise ...) and every method (Array.prototype.
 * includes ...) an area provides is first an accessor that, on first use, loads that area's file
 * and is replaced by the real property.  Only the well-known symbols are created at once.  This
 * costs about 0.3 ms: compiling this file and defining some 150 accessors.  Under Duktape every
 * stub shares one accessor function (Duktape passes the property key to accessors); elsewhere
 * each stub gets a closure.
 *
 * Loading an area first removes its stubs (restoring a native it replaces, such as Array.
 * prototype.sort, so the area sees the engine as it is), then calls the area's install(global),
 * which defines its methods and the globals the user has not overwritten meanwhile.  A stub that
 * the area did not replace is a bug in the tables below and throws.
 *
 * Observable differences while a stub is in place: Object.getOwnPropertyDescriptor shows an
 * accessor.  Reading, calling, assigning, `in` and hasOwnProperty behave as with the real
 * property.
 *
 * Other modules reach an area through load(name) (e.g. load('promise').newPromise), and run code
 * once an area exists with onLoad(name, fn) (the core sets the rejection hook that way without
 * forcing Promise to load). */

var global_ = null;
var loaded = {};
var loading = {};
var loadCallbacks = {};
/* area -> its stubs: { area, target, key, saved descriptor or undefined, fn } */
var stubsByArea = Object.create(null);
var stubsByKey = Object.create(null);
var sharedStubs = false;

/* Well-known symbols Duktape lacks; iterators.js finds them in place. */
var WELL_KNOWN = ['asyncIterator', 'species', 'matchAll', 'match', 'replace', 'search', 'split',
                  'unscopables'];

/* Per area: the globals it defines and, per target, the own properties it defines. */
function areaTable() {
    var AP = Array.prototype;
    var SP = String.prototype;
    var TA = Object.getPrototypeOf(Uint8Array.prototype);
    var TAC = Object.getPrototypeOf(Uint8Array);
    return {
        iterators: {
            globals: [],
            props: [[AP, ['keys', 'entries', 'values', Symbol.iterator]],
                    [TA, ['entries', 'keys', 'values', Symbol.iterator]],
                    [SP, [Symbol.iterator]],
                    [Symbol.prototype, ['description']]]
        },
        object: {
            globals: [],
            props: [[Object, ['entries', 'values', 'fromEntries', 'getOwnPropertyDescriptors',
                              'hasOwn', 'assign']]]
        },
        array: {
            globals: [],
            props: [[Array, ['from', 'of', Symbol.species]],
                    [AP, ['at', 'copyWithin', 'fill', 'find', 'findIndex', 'findLast',
                          'findLastIndex', 'flat', 'flatMap', 'includes', 'toReversed',
                          'toSorted', 'toSpliced', 'with', 'sort', Symbol.unscopables]]]
        },
        string: {
            globals: [],
            props: [[SP, ['at', 'isWellFormed', 'matchAll', 'normalize', 'padEnd', 'padStart',
                          'replaceAll', 'toWellFormed', 'trimStart', 'trimLeft', 'trimEnd',
                          'trimRight']],
                    [String, ['raw']],
                    [RegExp.prototype, [Symbol.matchAll]]]
        },
        string_replace: { globals: [], props: [[SP, ['replace', 'match']]] },
        json: { globals: [], props: [[JSON, ['parse']]] },
        number_math: {
            globals: [],
            props: [[Math, ['acosh', 'asinh', 'atanh', 'cosh', 'expm1', 'fround', 'log1p',
                            'sinh', 'tanh', 'cbrt']]]
        },
        typedarray: {
            globals: [],
            props: [[TA, ['at', 'copyWithin', 'every', 'fill', 'filter', 'find', 'findIndex',
                          'findLast', 'findLastIndex', 'forEach', 'includes', 'indexOf', 'join',
                          'lastIndexOf', 'map', 'reverse', 'reduce', 'reduceRight', 'slice',
                          'some', 'sort', 'toLocaleString', 'toString', 'toReversed', 'toSorted',
                          'with', Symbol.toStringTag]],
                    [TAC, ['from', 'of']]]
        },
        reflect: { globals: [], props: [[Reflect, ['construct', 'get', 'set']]] },
        proxy: { globals: ['Proxy'], props: [] },
        collections: { globals: ['Map', 'Set', 'WeakMap', 'WeakSet'], props: [] },
        promise: { globals: ['Promise'], props: [] },
        error: {
            globals: ['AggregateError', 'Error', 'EvalError', 'RangeError', 'ReferenceError',
                      'SyntaxError', 'TypeError', 'URIError'],
            props: []
        },
        weakref: { globals: ['WeakRef', 'FinalizationRegistry'], props: [] },
        global: { globals: ['queueMicrotask'], props: [] },
        domexception: { globals: ['DOMException'], props: [] },
        abort: { globals: ['Event', 'EventTarget', 'AbortSignal', 'AbortController'], props: [] },
        structured_clone: { globals: ['structuredClone'], props: [] },
        text_decoder: { globals: ['TextDecoder'], props: [] },
        regexp: { globals: ['RegExp'], props: [] },
        date: {
            globals: [],
            props: [[Date.prototype, ['toString', 'toDateString', 'toTimeString', 'toUTCString',
                                      'toGMTString']]]
        },
        intl: {
            globals: ['Intl'],
            props: [[Number.prototype, ['toLocaleString']],
                    [Date.prototype, ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']],
                    [SP, ['localeCompare']]]
        }
    };
}

/* Globals that Duktape already has and an area may replace: their stub keeps the native
 * reachable until the area loads.  error.js replaces the Error constructors only when the core
 * gives it the traceback key (see error.js); without it they are not stubbed at all. */
var REPLACED_GLOBALS = { Error: true, EvalError: true, RangeError: true, ReferenceError: true,
                         SyntaxError: true, TypeError: true, URIError: true };
/* Replaced whatever the core gives: RegExp (regexp.js translates the flags Duktape lacks), Proxy
 * (proxy.js notes target and handler for util.inspect), TextDecoder (Duktape's knows only UTF-8). */
var ALWAYS_REPLACED = { RegExp: true, Proxy: true, TextDecoder: true };

function errorsReplaced() {
    try {
        /* global internalBinding: a module-wrapper parameter in the runtime */
        return typeof internalBinding === 'function' &&
            internalBinding('util').tracedataKey !== undefined;
    } catch (e) {
        return false;
    }
}

/* Globals that Node makes enumerable. */
var ENUMERABLE_GLOBALS = { queueMicrotask: true, structuredClone: true };

/* Loads `area` (once) and returns its module. */
function load(area) {
    var mod = loaded[area];
    if (mod !== undefined) {
        return mod;
    }
    if (loading[area]) {
        throw new Error('internal: polyfill area ' + area + ' loaded recursively');
    }
    loading[area] = true;
    removeStubs(area);
    mod = require('internal/polyfills/' + area);
    if (global_ !== null) {
        mod.install(global_);
    }
    loaded[area] = mod;
    loading[area] = false;
    var cbs = loadCallbacks[area];
    if (cbs !== undefined) {
        delete loadCallbacks[area];
        for (var i = 0; i < cbs.length; i++) {
            cbs[i](mod);
        }
    }
    return mod;
}

/* Calls fn(module) once `area` is loaded (now, if it already is). */
function onLoad(area, fn) {
    if (loaded[area] !== undefined) {
        fn(loaded[area]);
        return;
    }
    if (loadCallbacks[area] === undefined) {
        loadCallbacks[area] = [];
    }
    loadCallbacks[area].push(fn);
}

/* The engine's own value of a global an area replaces (Proxy, RegExp), without loading the
 * area: for the runtime's own uses that need no wrapper (process.env's proxy). */
function nativeGlobal(name) {
    var list = stubsByKey[name];
    for (var i = 0; list !== undefined && i < list.length; i++) {
        if (list[i].target === global_ && list[i].saved !== undefined) {
            return list[i].saved.value;
        }
    }
    return global_[name];
}

/* Restores what the stubs of `area` hid: the native property, or nothing. */
function removeStubs(area) {
    var list = stubsByArea[area];
    for (var i = 0; list !== undefined && i < list.length; i++) {
        var st = list[i];
        var d = Object.getOwnPropertyDescriptor(st.target, st.key);
        if (d !== undefined && d.get === st.fn) {
            if (st.saved !== undefined) {
                Object.defineProperty(st.target, st.key, st.saved);
            } else {
                delete st.target[st.key];
            }
        }
    }
}

/* The stub's getter: loads the area and reads the real property for `receiver`. */
function stubGet(st, receiver) {
    load(st.area);
    var d = Object.getOwnPropertyDescriptor(st.target, st.key);
    if (d !== undefined && d.get === st.fn) {
        throw new Error('internal: polyfill area ' + st.area + ' did not define ' +
            (typeof st.key === 'symbol' ? st.key.toString() : st.key));
    }
    return d === undefined ? undefined : d.get !== undefined ? d.get.call(receiver) : d.value;
}

/* The stub's setter: loads the area, then assigns as if the real property were there. */
function stubSet(st, receiver, value) {
    load(st.area);
    if (receiver === st.target) {
        st.target[st.key] = value;
    } else {
        Object.defineProperty(receiver, st.key, {
            value: value, writable: true, enumerable: true, configurable: true
        });
    }
}

/* Finds the stub a Duktape accessor call is about: the one for `key` whose target is nearest
 * on the receiver's prototype chain. */
function findStub(receiver, key) {
    var list = stubsByKey[key];
    if (list.length === 1) {
        return list[0];
    }
    var o = receiver === null || receiver === undefined ? global_ : Object(receiver);
    while (o !== null) {
        for (var i = 0; i < list.length; i++) {
            if (list[i].target === o) {
                return list[i];
            }
        }
        o = Object.getPrototypeOf(o);
    }
    return list[0];
}

/* The accessor of every stub under Duktape, which passes the key as the last argument:
 * getter(key), setter(value, key).  No closure per stub keeps install() cheap. */
function sharedStub() {
    var n = arguments.length;
    var st = findStub(this, arguments[n - 1]);
    if (n === 1) {
        return stubGet(st, this);
    }
    stubSet(st, this, arguments[0]);
}

/* Returns true when accessors receive the property key (Duktape). */
function accessorsGetKey() {
    var probe = {};
    var got;
    Object.defineProperty(probe, 'k', {
        get: function () {
            got = arguments[0];
        },
        configurable: true
    });
    return probe.k === undefined && got === 'k';
}

/* Puts a stub for target[key]. */
function addStub(area, target, key, saved, enumerable) {
    var st = { area: area, target: target, key: key, saved: saved, fn: sharedStub };
    if (!sharedStubs) {
        /* Engines without Duktape's key argument: one closure per stub. */
        st.fn = function (value) {
            if (arguments.length === 0) {
                return stubGet(st, this);
            }
            stubSet(st, this, value);
        };
    }
    Object.defineProperty(target, key, {
        get: st.fn,
        set: st.fn,
        enumerable: saved !== undefined ? saved.enumerable : enumerable,
        configurable: true
    });
    var own = stubsByArea[area];
    if (own === undefined) {
        stubsByArea[area] = [st];
    } else {
        own[own.length] = st;
    }
    var list = stubsByKey[key];
    if (list === undefined) {
        stubsByKey[key] = [st];
    } else {
        list[list.length] = st;
    }
}

function installSymbols() {
    for (var i = 0; i < WELL_KNOWN.length; i++) {
        var name = WELL_KNOWN[i];
        if (typeof Symbol[name] !== 'symbol') {
            Object.defineProperty(Symbol, name, {
                value: Symbol('Symbol.' + name), writable: false, enumerable: false,
                configurable: false
            });
        }
    }
}

/* Puts the stubs of every area on `global` and the built-in prototypes. */
function install(global) {
    if (global_ !== null) {
        return;
    }
    global_ = global;
    sharedStubs = accessorsGetKey();
    installSymbols();
    var table = areaTable();
    var areas = Object.keys(table);
    var replaceErrors = errorsReplaced();
    for (var a = 0; a < areas.length; a++) {
        var area = areas[a];
        var entry = table[area];
        for (var g = 0; g < entry.globals.length; g++) {
            var name = entry.globals[g];
            var saved = Object.getOwnPropertyDescriptor(global, name);
            if (saved === undefined || ALWAYS_REPLACED[name] === true ||
                (REPLACED_GLOBALS[name] === true && replaceErrors)) {
                addStub(area, global, name, saved, ENUMERABLE_GLOBALS[name] === true);
            }
        }
        for (var p = 0; p < entry.props.length; p++) {
            var target = entry.props[p][0];
            var keys = entry.props[p][1];
            for (var k = 0; k < keys.length; k++) {
                /* A native that is there and not on the replace list of its area stays; the
                 * area's install() decides about the ones it replaces (it sees them restored). */
                addStub(area, target, keys[k], Object.getOwnPropertyDescriptor(target, keys[k]),
                    false);
            }
        }
    }
}

/* Loads every area now (tests, and runtimes that embed the polyfills as bytecode). */
function installAll() {
    var areas = Object.keys(areaTable());
    for (var i = 0; i < areas.length; i++) {
        load(areas[i]);
    }
}

module.exports = {
    install: install,
    installAll: installAll,
    load: load,
    onLoad: onLoad,
    isLoaded: function (area) { return loaded[area] !== undefined; },
    nativeGlobal: nativeGlobal
};
