/* js/internal/lower_runtime.js: the runtime helpers that code lowered by src/lower/ calls.
 *
 * Lowered code refers to them as `$nd.name(...)` on one global object, so the compiler never
 * injects helper code (or lines) into user sources.  The runtime must evaluate this file once
 * per heap, before running any lowered code.  ES5 only: it runs on Duktape as is.
 *
 * Contracts used by the compiler (see docs/lowering.md):
 *   classes     cls(name, hasParent, parent, members) builds a class; members is a flat list of
 *               (kind, key, value) triples; cinit(C) runs static fields and blocks and returns C;
 *               sup(C, self, args) is super(...args) in C's constructor and returns the new
 *               `this`; fields(self, C) initialises C's instance fields; nonew(name) throws.
 *               A class constructor carries the hidden, non-enumerable property
 *               $nd.CLASS (a Symbol when available) set to true: util.inspect uses it to print
 *               `[class X]` and `[class X extends Y]`.
 *   iteration   iter(v) returns an iterator for for-of (arrays and strings take a fast path
 *               that needs no allocation per step); close(it, v) calls it.return() and returns v;
 *               spr(v) copies an iterable into a new array; ai(v, n) gives an array-like view
 *               of at least the first n items for array destructuring (-1: all).
 *   objects     props(obj, list) continues an object literal with (kind, key, value) triples;
 *               orest(obj, excludedKeys) is object rest; oc(v) throws on null/undefined.
 *   coroutines  gen(body) / async(body) / agen(body) run a generator, async function or async
 *               generator body (a function of no arguments) on a Duktape.Thread; yld(v),
 *               ydel(iterable), aw(v), ayld(v), aydel(v) suspend it; rt(e) rethrows the
 *               generator.return() signal from catch clauses; aiter(v) is for-await's iterator,
 *               aclose(it, v)/acthrow(it, e) close it (awaiting return()).
 *   misc        rest(args, k), tpl(cooked, raw), len(f, n) (Function.length n),
 *               ce() (const assignment), tdz(name) and the
 *               uninitialised mark T, construct(F, args),
 *               sp(home) (super property base), sget/sset(home, key, [v,] this) (super.key
 *               read/write), pn(name)/phas(obj, key) (private names).
 *   modules     esmx(ns, [name, getter, ...]) defines an ES module's exports on its namespace;
 *               esmPause() suspends a module body after that, when the loader asks ($nd_esm.i);
 *               dname(f) names an anonymous default export 'default'; imp(require)(x) is
 *               import(x) in CommonJS code (the ES module loader's importFrom, relative to
 *               the file of that require, does the work).
 */
(function (global) {
    'use strict';
    var hasSymbol = typeof Symbol === 'function' && typeof Symbol() === 'symbol';
    var SYM_ITER = hasSymbol && Symbol.iterator;
    var getProto = Object.getPrototypeOf;
    var defProp = Object.defineProperty;
    var slice = Array.prototype.slice;
    var CLASS = hasSymbol ? (Symbol['for'] ? Symbol['for']('nodule.class') : Symbol('nodule.class'))
                          : '__ndClass';
    var FIELDS = hasSymbol ? Symbol('nodule.fields') : '__ndFields';
    var STATICS = hasSymbol ? Symbol('nodule.statics') : '__ndStatics';
    var NATIVE = hasSymbol ? Symbol('nodule.native') : '__ndNative';
    /* makeRequire() puts the requiring file's name under this key, for import() */
    var REQ_FILE = hasSymbol ? Symbol['for']('nodule.requireFile') : '__ndRequireFile';
    var arrayValues = null; /* Array.prototype[Symbol.iterator] when first needed */

    var nd = {};

    function hidden(o, k, v) {
        defProp(o, k, { value: v, writable: true, configurable: true, enumerable: false });
    }

    function typeError(msg) {
        return new TypeError(msg);
    }

    /* ---- iteration ---- */

    function ArrayIter(a) {
        this.a = a;
        this.__ndArr = a;       /* for-of loops index the array directly (emit.c) */
        this.i = 0;
        this.r = { value: undefined, done: false };
    }
    ArrayIter.prototype.next = function () {
        var a = this.a, r = this.r;
        if (this.i < a.length) {
            r.value = a[this.i++];
        } else {
            r.value = undefined;
            r.done = true;
        }
        return r;
    };

    function StringIter(s) {
        this.s = s;
        this.i = 0;
        this.r = { value: undefined, done: false };
    }
    StringIter.prototype.next = function () {
        var s = this.s, i = this.i, r = this.r;
        if (i >= s.length) {
            r.value = undefined;
            r.done = true;
            return r;
        }
        var c = s.charCodeAt(i);
        if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
            var d = s.charCodeAt(i + 1);
            if (d >= 0xDC00 && d <= 0xDFFF) {
                r.value = s.substr(i, 2);
                this.i = i + 2;
                return r;
            }
        }
        r.value = s.charAt(i);
        this.i = i + 1;
        return r;
    };

    function isFastArray(v) {
        if (!SYM_ITER) {
            return Array.isArray(v) || Object.prototype.toString.call(v) === '[object Arguments]';
        }
        var f = v[SYM_ITER];
        if (arrayValues === null) {
            arrayValues = Array.prototype[SYM_ITER];
        }
        if (f === undefined) {
            /* No iterator protocol installed (yet): arrays and arguments iterate by index. */
            return Array.isArray(v) || Object.prototype.toString.call(v) === '[object Arguments]';
        }
        return f === arrayValues && (Array.isArray(v) ||
                                     Object.prototype.toString.call(v) === '[object Arguments]');
    }

    nd.iter = function (v) {
        if (v == null) {
            throw typeError(v + ' is not iterable');
        }
        if (typeof v === 'string') {
            return new StringIter(v);
        }
        if (isFastArray(v)) {
            return new ArrayIter(v);
        }
        var f = SYM_ITER ? v[SYM_ITER] : undefined;
        if (typeof f !== 'function') {
            if (typeof v.length === 'number' && !SYM_ITER) {
                return new ArrayIter(v);
            }
            throw typeError((typeof v === 'object' ? 'object' : String(v)) + ' is not iterable');
        }
        var it = f.call(v);
        if (it === null || (typeof it !== 'object' && typeof it !== 'function')) {
            throw typeError('Result of the Symbol.iterator method is not an object');
        }
        return it;
    };

    nd.close = function (it, v) {
        if (!(it instanceof ArrayIter) && !(it instanceof StringIter)) {
            var f = it['return'];
            if (typeof f === 'function') {
                f.call(it);
            }
        }
        return v;
    };

    /* for-of's body threw: close the iterator, then rethrow; an error from return() itself is
     * ignored, the body's error wins (IteratorClose with a throw completion). */
    nd.cthrow = function (it, err) {
        if (!(it instanceof ArrayIter) && !(it instanceof StringIter)) {
            try {
                var f = it['return'];
                if (typeof f === 'function') {
                    f.call(it);
                }
            } catch (ignored) {
                /* the body's error is the one that propagates */
            }
        }
        throw err;
    };

    /* async (and async generator) and generator function expressions: their kind is visible as
     * Symbol.toStringTag, as on V8's AsyncFunction/GeneratorFunction prototypes. */
    /* V8's structure: such a function inherits from AsyncFunction.prototype (and the like), an
     * object under Function.prototype whose toStringTag and constructor name its kind.  Packages
     * compare prototypes (is-generator-function, which Koa uses) or read the tag (async). */
    var kindProtos = {};
    function kindProto(tag) {
        var proto = kindProtos[tag];
        if (proto === undefined) {
            proto = Object.create(Function.prototype);
            var ctor = function () {
                throw typeError(tag + ' constructor is not supported by nodule');
            };
            defProp(ctor, 'name', { value: tag, configurable: true });
            defProp(ctor, 'prototype', { value: proto });
            defProp(proto, 'constructor', { value: ctor, writable: false, configurable: true });
            if (hasSymbol && Symbol.toStringTag) {
                defProp(proto, Symbol.toStringTag, { value: tag, configurable: true });
            }
            kindProtos[tag] = proto;
        }
        return proto;
    }
    function tagFunction(f, tag) {
        Object.setPrototypeOf(f, kindProto(tag));
        return f;
    }
    /* len(f, n): f with Function.length n, the parameters before its first default: the lowered
     * function keeps its defaulted parameters formal, so its own length counts them all. */
    nd.len = function (f, n) {
        defProp(f, 'length', { value: n, writable: false, enumerable: false, configurable: true });
        return f;
    };
    nd.afn = function (f, isGenerator) {
        if (isGenerator) {
            linkGenerators();
            ownGeneratorPrototype(f, AsyncGenerator.prototype);
        }
        return tagFunction(f, isGenerator ? 'AsyncGeneratorFunction' : 'AsyncFunction');
    };
    nd.gfn = function (f) {
        linkGenerators();
        ownGeneratorPrototype(f, Generator.prototype);
        return tagFunction(f, 'GeneratorFunction');
    };

    nd.spr = function (v) {
        if (isFastArray(v)) {
            /* by index, so holes become undefined like the iterator gives */
            var a = [], n = v.length;
            for (var i = 0; i < n; i++) {
                a.push(v[i]);
            }
            return a;
        }
        var out = [], it = nd.iter(v), r;
        while (!(r = it.next()).done) {
            out.push(r.value);
        }
        return out;
    };

    nd.ai = function (v, n) {
        if (isFastArray(v)) {
            return v;
        }
        var out = [], it = nd.iter(v), r;
        while (n < 0 || out.length < n) {
            r = it.next();
            if (r.done) {
                return out;
            }
            out.push(r.value);
        }
        nd.close(it);
        return out;
    };

    nd.rest = function (args, k) {
        return slice.call(args, k);
    };

    /* ---- objects ---- */

    nd.oc = function (v) {
        if (v == null) {
            throw typeError('Cannot destructure \'' + v + '\' as it is ' +
                            (v === null ? 'null' : 'undefined') + '.');
        }
        return v;
    };

    function ownKeys(o) {
        var keys = Object.getOwnPropertyNames(o);
        if (hasSymbol && Object.getOwnPropertySymbols) {
            keys = keys.concat(Object.getOwnPropertySymbols(o));
        }
        return keys;
    }

    nd.orest = function (o, excl) {
        var out = {}, keys, i, k, d;
        if (o == null) {
            throw typeError('Cannot destructure \'' + o + '\' as it is ' + o + '.');
        }
        o = Object(o);
        keys = ownKeys(o);
        for (i = 0; i < keys.length; i++) {
            k = keys[i];
            if (excl.indexOf(typeof k === 'symbol' ? k : String(k)) >= 0) {
                continue;
            }
            d = Object.getOwnPropertyDescriptor(o, k);
            if (d && d.enumerable) {
                out[k] = o[k];
            }
        }
        return out;
    };

    function spreadInto(obj, src) {
        if (src == null) {
            return;
        }
        if (typeof src === 'string') {
            for (var j = 0; j < src.length; j++) {
                defProp(obj, String(j), { value: src.charAt(j), writable: true,
                                          enumerable: true, configurable: true });
            }
            return;
        }
        src = Object(src);
        var keys = ownKeys(src);
        for (var i = 0; i < keys.length; i++) {
            var d = Object.getOwnPropertyDescriptor(src, keys[i]);
            if (d && d.enumerable) {
                defProp(obj, keys[i], { value: src[keys[i]], writable: true, enumerable: true,
                                        configurable: true });
            }
        }
    }

    nd.props = function (obj, list) {
        for (var i = 0; i < list.length; i += 3) {
            var kind = list[i], key = list[i + 1], v = list[i + 2], named = kind >= 16;
            if (named) {
                kind -= 16;
            }
            if (kind >= 8) {
                /* a method using super: v makes it for its home object */
                kind -= 8;
                v = v(obj);
            }
            if (named) {
                /* a computed key names the method or anonymous function it is given */
                nameMember(v, key, kind);
            }
            if (kind === 0) {
                defProp(obj, key, { value: v, writable: true, enumerable: true,
                                    configurable: true });
            } else if (kind === 1) {
                defProp(obj, key, { get: v, enumerable: true, configurable: true });
            } else if (kind === 2) {
                defProp(obj, key, { set: v, enumerable: true, configurable: true });
            } else if (kind === 3) {
                spreadInto(obj, v);
            } else if (kind === 4) {
                if (v === null || typeof v === 'object' || typeof v === 'function') {
                    Object.setPrototypeOf(obj, v);
                }
            }
        }
        return obj;
    };

    nd.tpl = function (cooked, raw) {
        defProp(cooked, 'raw', { value: Object.freeze(raw) });
        return Object.freeze(cooked);
    };

    /* the value of a let/const/class binding before its declaration ran, where closures
     * check for it (docs/lowering.md) */
    nd.T = Object.freeze({});

    nd.tdz = function (name) {
        throw new ReferenceError('Cannot access \'' + name + '\' before initialization');
    };

    nd.ce = function () {
        throw typeError('Assignment to constant variable.');
    };

    nd.construct = function (F, args) {
        if (typeof Reflect !== 'undefined' && Reflect.construct) {
            return Reflect.construct(F, args);
        }
        return new (Function.prototype.bind.apply(F, [null].concat(args)))();
    };

    /* re(regex, [name, index, ...]): a regex whose pattern had named groups.  exec() results
     * get .groups; String.prototype.match/replace reach it only where the built-ins call
     * exec (ES2015 semantics).  The names stay on the regex under re.NAMES, for the RegExp
     * wrapper (copies keep them) and replace ($<name>, the groups argument). */
    /* RegExp.prototype.exec as the runtime installs it, read on first use: touching RegExp loads
     * its polyfill area, which a script that never uses these helpers does not need. */
    var reExecFn = null;
    function reExec() {
        return reExecFn || (reExecFn = RegExp.prototype.exec);
    }
    nd.re = function (re, names) {
        hidden(re, nd.re.NAMES, names);
        var inner = re[kLookbehind] ? re.exec : null;
        hidden(re, 'exec', function (str) {
            var m = (inner || reExec()).call(this, str);
            if (m) {
                var g = Object.create(null);
                for (var i = 0; i < names.length; i += 2) {
                    g[names[i]] = m[names[i + 1]];
                }
                m.groups = g;
            }
            return m;
        });
        return re;
    };
    /* A registered symbol: the String and RegExp polyfills find it without loading these
     * helpers (a plain 'a'.replace(...) must not pay for them). */
    nd.re.NAMES = hasSymbol ? Symbol['for']('nodule.groupNames') : '__ndGroupNames';

    /* The d flag (hasIndices): exec results get .indices, [start, end] per group (and
     * .indices.groups).  The engine reports only what groups matched, so the pattern is run a
     * second time as a copy in which every term is wrapped in a capture: a term starts where
     * the terms before it in its alternative end, the last iteration of a quantified group
     * ends where the term does.  Backreferences are renumbered for the copy. */
    function dParse(src, keep) {
        var i = 0, ngroups = 0, closed = true;
        function alt() {
            var alts = [seq()];
            while (src.charAt(i) === '|') {
                i++;
                alts.push(seq());
            }
            return alts;
        }
        function seq() {
            var terms = [], c, t;
            while (i < src.length && (c = src.charAt(i)) !== '|' && c !== ')') {
                var start = i;
                t = { group: 0, kind: '', alt: null, atom: '' };
                if (c === '(') {
                    if (src.charAt(i + 1) === '?') {
                        /* (?: (?= (?! or a lookbehind, (?<= (?<! */
                        t.kind = src.substr(i, src.charAt(i + 2) === '<' ? 4 : 3);
                        i += t.kind.length;
                    } else {
                        t.kind = '(';
                        t.group = ++ngroups;
                        i++;
                    }
                    t.alt = alt();
                    closed = closed && src.charAt(i) === ')';
                    i++;
                } else {
                    if (c === '\\') {
                        var e = /^\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|c[a-zA-Z]|[0-9]+|[\s\S])/
                            .exec(src.slice(i));
                        i += e[0].length;
                    } else if (c === '[') {
                        for (i++; i < src.length && src.charAt(i) !== ']'; i++) {
                            if (src.charAt(i) === '\\') {
                                i++;
                            }
                        }
                        i++;
                    } else {
                        i++;
                    }
                    t.atom = src.slice(start, i);
                }
                var q = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(src.slice(i));
                t.quant = q ? q[0] : '';
                i += t.quant.length;
                var last = terms[terms.length - 1];
                if (!keep && !t.alt && !/^\\[1-9]/.test(t.atom) && last && !last.alt &&
                    !/^\\[1-9]/.test(last.atom)) {
                    /* only the length of a run of plain atoms matters: one capture for it */
                    last.atom += last.quant + t.atom;
                    last.quant = t.quant;
                    continue;
                }
                terms.push(t);
            }
            return terms;
        }
        var tree = alt();
        return { tree: tree, ngroups: ngroups, bad: !closed ? 'Unterminated group' :
            i !== src.length ? "Unmatched ')'" : '' };
    }

    function dBuild(p) {
        var n = 0, map = [0];
        /* number the copy's groups in the order of their '(' */
        function numberAlt(alts) {
            for (var a = 0; a < alts.length; a++) {
                for (var k = 0; k < alts[a].length; k++) {
                    var t = alts[a][k];
                    t.wrap = ++n;
                    if (t.kind === '(') {
                        t.iter = ++n;
                        map[t.group] = n;
                    } else if (t.kind === '(?:' && t.quant) {
                        t.iter = ++n;
                    } else {
                        t.iter = t.wrap;
                    }
                    if (t.alt) {
                        numberAlt(t.alt);
                    }
                }
            }
        }
        function printAlt(alts) {
            var out = [];
            for (var a = 0; a < alts.length; a++) {
                var s = '';
                for (var k = 0; k < alts[a].length; k++) {
                    var t = alts[a][k], body = t.atom;
                    if (t.alt) {
                        body = printAlt(t.alt);
                        body = t.iter !== t.wrap ? '(' + body + ')' : t.kind + body + ')';
                    } else if (/^\\[1-9]/.test(body) && +body.slice(1) <= p.ngroups) {
                        body = '\\' + map[+body.slice(1)];
                    }
                    s += '(' + body + t.quant + ')';
                }
                out.push(s);
            }
            return out.join('|');
        }
        numberAlt(p.tree);
        return printAlt(p.tree);
    }

    function dIndices(alts, m, pos, out) {
        for (var a = 0; a < alts.length; a++) {
            var at = pos, k, t;
            for (k = 0; k < alts[a].length; k++) {
                t = alts[a][k];
                var w = m[t.wrap];
                if (w === undefined) {
                    break;
                }
                if (t.alt) {
                    var it = m[t.iter];
                    if (it !== undefined) {
                        var st = t.quant ? at + w.length - it.length : at;
                        if (t.group) {
                            out[t.group] = [st, st + it.length];
                        }
                        dIndices(t.alt, m, st, out);
                    }
                }
                at += w.length;
            }
        }
    }

    nd.rd = function (re, names, flags) {
        var p = dParse(re[kNativeSource] !== undefined ? re[kNativeSource][0] : re.source);
        var copy = new RegExp(dBuild(p), 'g' + (re.ignoreCase ? 'i' : '') +
                              (re.multiline ? 'm' : ''));
        var inner = re.exec;
        hidden(re, 'exec', function (str) {
            var m = inner.call(this, str);
            if (m !== null) {
                copy.lastIndex = m.index;
                var c = null;
                try {
                    c = reExec().call(copy, m.input);
                } catch (e) {
                    /* the copy's deeper nesting can pass Duktape's regexp recursion limit
                     * where the pattern did not: the groups' indices stay undefined */
                }
                var ind = [[m.index, m.index + m[0].length]], i;
                for (i = 1; i < m.length; i++) {
                    ind[i] = undefined;
                }
                if (c !== null) {
                    dIndices(p.tree, c, m.index, ind);
                }
                var g;
                if (names.length) {
                    g = Object.create(null);
                    for (i = 0; i < names.length; i += 2) {
                        g[names[i]] = ind[names[i + 1]];
                    }
                }
                ind.groups = g;
                m.indices = ind;
            }
            return m;
        });
        hidden(re, 'hasIndices', true);
        hidden(re, 'flags', flags);
        return re;
    };

    /* A regex literal with the y flag arrives as a global one: exec and test succeed only on a
     * match that starts at lastIndex (String methods still see a global regex). */
    nd.sticky = function (re) {
        var inner = re.exec;
        hidden(re, 'exec', function (str) {
            var start = this.lastIndex;
            var m = inner.call(this, str);
            if (m !== null && m.index !== start) {
                this.lastIndex = 0;
                return null;
            }
            return m;
        });
        hidden(re, 'test', function (str) {
            return this.exec(str) !== null;
        });
        hidden(re, 'sticky', true);
        return re;
    };

    /* ---- lookbehind: $nd.lb(source, flags) ----
     * Duktape has no lookbehind.  The pattern (as the lowering compiler translated it, with its
     * lookbehinds) is parsed with dParse, and each lookbehind (?<=X) or (?<!X) becomes one of:
     *   - a lookahead placed n units earlier, when X has a fixed length n and the n units
     *     before it in its sequence are matched by terms of fixed length, a quantified
     *     one-unit atom being split: \d+(?<=5) runs as \d{0,}(?=5)\d{1};
     *   - a check after the match, when it sits at a fixed offset from the match start
     *     ((?<=\$)\d+, a(?<!b)c, x(?:(?<=x)y|z)): the regex runs without it (its groups become
     *     empty placeholders), and a match whose check fails is retried at the same start
     *     with a copy in which that alternative cannot match, then one position later.  The
     *     check matches X backwards from the match position, as V8 does (lbCheck), and
     *     fills X's groups.
     * Anything else is a SyntaxError: a lookahead inside a checked lookbehind, a
     * backreference between one and the rest of the pattern, a quantified lookbehind. */
    var kLookbehind = hasSymbol ? Symbol('lookbehind') : '__ndLookbehind';

    function lbError(src, flags, what) {
        return new SyntaxError('Invalid regular expression: /' + src + '/' + flags + ': ' + what);
    }

    /* [min, max, lazy suffix] of a quantifier ('' is once) */
    function lbQuant(q) {
        var m = /^(?:([*+?])|\{(\d+)(,?)(\d*)\})(\??)$/.exec(q);
        if (m === null) {
            return [1, 1, ''];
        }
        if (m[1]) {
            return [m[1] === '+' ? 1 : 0, m[1] === '?' ? 1 : Infinity, m[5]];
        }
        return [+m[2], m[3] ? (m[4] ? +m[4] : Infinity) : +m[2], m[5]];
    }

    /* [min, max] UTF-16 units matched by alternatives / by one term */
    function lbSpanAlts(alts) {
        var r = null;
        for (var a = 0; a < alts.length; a++) {
            var s = [0, 0];
            for (var k = 0; k < alts[a].length; k++) {
                var u = lbSpanTerm(alts[a][k]);
                s[0] += u[0];
                s[1] += u[1];
            }
            r = r ? [Math.min(r[0], s[0]), Math.max(r[1], s[1])] : s;
        }
        return r;
    }
    function lbSpanTerm(t) {
        var b = t.alt ? (t.kind.length > 3 || t.kind === '(?=' || t.kind === '(?!' ? [0, 0] :
            lbSpanAlts(t.alt)) : /^(?:[$^]|\\[bB])$/.test(t.atom) ? [0, 0] :
            /^\\[1-9]/.test(t.atom) ? [0, Infinity] : [1, 1];
        var q = lbQuant(t.quant);
        return [b[0] * q[0], b[1] === 0 ? 0 : b[1] * q[1]];
    }

    /* f(term, inside a quantified term) for every term, depth first */
    function lbWalk(alts, f, quantified) {
        for (var a = 0; a < alts.length; a++) {
            for (var k = 0; k < alts[a].length; k++) {
                var t = alts[a][k];
                f(t, quantified);
                if (t.alt) {
                    lbWalk(t.alt, f, quantified || t.quant !== '');
                }
            }
        }
    }

    /* The pattern of alts; the alternatives of the owners in `off` cannot match (their groups
     * kept for the numbering), backreferences renumbered through map. */
    function lbPrint(alts, map, off) {
        var out = [];
        for (var a = 0; a < alts.length; a++) {
            var s = '', o = alts[a].length ? alts[a][0].owner : undefined;
            var dead = off && o !== undefined && off[o.id];
            if (dead) {
                s = '[^\\s\\S]';
                lbWalk([alts[a]], function (t) {
                    s += t.kind === '(' ? '()' : '';
                }, false);
            }
            for (var k = 0; !dead && k < alts[a].length; k++) {
                var t = alts[a][k];
                s += t.alt ? t.kind + lbPrint(t.alt, map, off) + ')' :
                    map && /^\\[1-9]/.test(t.atom) && map[+t.atom.slice(1)] ?
                        '\\' + map[+t.atom.slice(1)] : t.atom;
                s += t.quant;
            }
            out.push(s);
        }
        return out.join('|');
    }

    /* Makes the lookbehind at seq[j], whose content has n units, a lookahead n units earlier
     * (see above); returns how many terms it added before j, or 0 when it cannot. */
    function lbAhead(seq, j, n) {
        var need = n, k = j - 1, added = 1, t = seq[j];
        while (need > 0 && k >= 0) {
            var u = seq[k], s = lbSpanTerm(u), q = lbQuant(u.quant);
            if (s[0] === s[1] && s[0] <= need) {
                need -= s[0];
                k--;
                continue;
            }
            if (u.alt || /^(?:[$^]|\\[bB1-9])/.test(u.atom) || q[0] < need) {
                return 0;
            }
            /* u{a,b} is u{a-need,b-need} then u{need} */
            seq.splice(k + 1, 0, { kind: '', alt: null, atom: u.atom, quant: '{' + need + '}' });
            u.quant = '{' + (q[0] - need) + ',' + (q[1] === Infinity ? '' : q[1] - need) + '}' +
                q[2];
            need = 0;
            added = 2;
        }
        if (need > 0) {
            return 0;
        }
        seq.splice(j + added - 1, 1);
        seq.splice(k + 1, 0, { kind: t.kind === '(?<=' ? '(?=' : '(?!', alt: t.alt, atom: '',
            quant: '', group: 0 });
        return added;
    }

    /* (?:^|(?<=\s)), a group of alternatives that are each a positive lookbehind or an anchor,
     * is one lookbehind: (?<=^|(?:\s)) */
    function lbMerge(t) {
        var alts = [], hit = false;
        for (var a = 0; t.kind === '(?:' && !t.quant && a < t.alt.length; a++) {
            var u = t.alt[a][0];
            if (t.alt[a].length !== 1 || u.quant) {
                return t;
            }
            if (u.kind === '(?<=') {
                hit = true;
                alts.push([{ kind: '(?:', alt: u.alt, atom: '', quant: '', group: 0 }]);
            } else if (!u.alt && /^(?:[$^]|\\[bB])$/.test(u.atom)) {
                alts.push([u]);
            } else {
                return t;
            }
        }
        return hit ? { kind: '(?<=', alt: alts, atom: '', quant: '', group: 0 } : t;
    }

    function lbClone(seq) {
        return seq.map(function (t) {
            var c = {};
            for (var k in t) {
                c[k] = t[k];
            }
            c.alt = t.alt && t.alt.map(lbClone);
            return c;
        });
    }

    /* \s*(?<!\\): a lookbehind of fixed length n after a quantified one-unit atom x{a,b},
     * a < n, at a fixed offset of a top-level alternative without groups.  The alternative
     * becomes one per count below n (the lookbehind at a fixed offset: a check) and one for
     * the counts from n (a lookahead), in the order the quantifier tries them. */
    function lbExpand(tree) {
        for (var a = 0; a < tree.length; a++) {
            var seq = tree[a], caps = false, off = 0;
            lbWalk([seq], function (t) {
                caps = caps || t.kind === '(';
            }, false);
            for (var j = 1; !caps && off !== null && j < seq.length; j++) {
                var t = seq[j], u = seq[j - 1], q = lbQuant(u.quant);
                var span = lbSpanAlts(t.alt || []);
                if ((t.kind === '(?<=' || t.kind === '(?<!') && !t.quant && !u.alt &&
                    !/^(?:[$^]|\\[bB1-9])/.test(u.atom) && span[0] === span[1] && q[0] < span[0]) {
                    var alts = [], copy;
                    for (var c = q[0]; c <= Math.min(q[1], span[0] - 1); c++) {
                        copy = lbClone(seq);
                        copy[j - 1].quant = '{' + c + '}';
                        alts.push(copy);
                    }
                    if (q[1] >= span[0]) {
                        copy = lbClone(seq);
                        copy[j - 1].quant = '{' + span[0] + ',' + (q[1] === Infinity ? '' : q[1]) +
                            '}' + q[2];
                        alts.push(copy);
                    }
                    if (!q[2]) {
                        alts.reverse();
                    }
                    tree.splice.apply(tree, [a, 1].concat(alts));
                    a += alts.length - 1;
                    break;
                }
                var w = lbSpanTerm(u);
                off = w[0] === w[1] ? off + w[0] : null;
            }
        }
    }

    /* X backwards, for matching on the reversed text: the terms of each sequence in reverse
     * order, ^ and $ swapped, a lookbehind inside it a lookahead; map[g] is where group g went
     * (numbering from 2: group 1 wraps X).  Backreferences need a first call to number. */
    function lbReverse(alts, map) {
        var out = [];
        for (var a = 0; a < alts.length; a++) {
            var s = '', seq = alts[a];
            for (var k = seq.length - 1; k >= 0; k--) {
                var t = seq[k];
                if (t.kind === '(' && map[t.group] === undefined) {
                    map[t.group] = map.n++;
                }
                s += (t.alt ? (t.kind.length === 4 ? '(?' + t.kind.charAt(3) : t.kind) +
                    lbReverse(t.alt, map) + ')' : t.atom === '^' ? '$' : t.atom === '$' ? '^' :
                    /^\\[1-9]/.test(t.atom) ? '(?:\\' + map[+t.atom.slice(1)] + ')' : t.atom) +
                    t.quant;
            }
            out.push(s);
        }
        return out.join('|');
    }

    /* str backwards; the last one is kept (exec runs again and again on the same string) */
    var lbRevOf = '', lbRevStr = '';
    function lbReversed(str) {
        if (str !== lbRevOf) {
            lbRevStr = str.split('').reverse().join('');
            lbRevOf = str;
        }
        return lbRevStr;
    }

    /* Does the checked lookbehind c hold at p?  It matches as V8 matches a lookbehind,
     * backwards from p: its reversed pattern runs on the reversed text (what it can reach, with
     * a unit of context on each side, when its length is bounded), anchored there by an
     * alternative ([\s\S]) that matches wherever it does not.  Its groups get what it
     * captured (reversed back), or undefined. */
    function lbCheck(c, str, p, out) {
        var at = str.length - p, rev, a, b;
        if (c.max === Infinity) {
            rev = lbReversed(str);
        } else {
            /* X reaches at most c.max units back: those, one more and the one after p */
            a = Math.max(0, p - c.max - 1);
            b = Math.min(str.length, p + 1);
            rev = str.slice(a, b).split('').reverse().join('');
            at = b - p;
        }
        c.re.lastIndex = at;
        var m = reExec().call(c.re, rev);
        var hit = m !== null && m.index === at && m[1] !== undefined;
        for (var g = 0; g < c.groups.length; g++) {
            var v = hit && !c.neg ? m[c.map[c.groups[g]]] : undefined;
            out[c.groups[g]] = v === undefined ? v : v.split('').reverse().join('');
        }
        return hit !== c.neg;
    }

    /* What $nd.lb makes of a pattern: the source to run and the exec that runs the checks
     * (null when every lookbehind became a lookahead), shared by the regexes made from it. */
    function lbPlan(src, flags) {
        var p = dParse(src, true), tree = p.tree, ngroups = p.ngroups;
        if (p.bad) {
            throw lbError(src, flags, p.bad);
        }
        lbExpand(tree);
        var f = (flags.indexOf('i') !== -1 ? 'i' : '') + (flags.indexOf('m') !== -1 ? 'm' : '');
        var owners = [], refs = Object.create(null), nchecks = 0;
        /* an alternative at a fixed offset from the match start, with the checks in it */
        function owner(seq) {
            owners.push({ id: owners.length, seq: seq, checks: [], markAt: 0 });
            return owners[owners.length - 1];
        }
        lbWalk(tree, function (t) {
            if (/^\\[1-9]/.test(t.atom)) {
                refs[+t.atom.slice(1)] = (refs[+t.atom.slice(1)] || 0) + 1;
            }
        }, false);
        /* seq sits at offset off of the alternative of `own` (off null: not a fixed one); an
         * unquantified group keeps the offset known, its alternatives owners of their own */
        function rewrite(seq, own, off) {
            for (var j = 0; j < seq.length; j++) {
                var t = seq[j] = lbMerge(seq[j]), behind = t.kind === '(?<=' || t.kind === '(?<!';
                if (t.kind.length === 4 && !behind) {
                    throw lbError(src, flags, 'a named group in new RegExp() is not ' +
                        'supported by nodule');
                }
                var known = off !== null && !t.quant && (t.kind === '(' || t.kind === '(?:');
                for (var b = 0; t.alt && !behind && b < t.alt.length; b++) {
                    rewrite(t.alt[b], !known ? null : t.alt.length === 1 ? own : owner(t.alt[b]),
                        known ? off : null);
                }
                if (behind) {
                    var span = lbSpanAlts(t.alt), groups = [], inner = Object.create(null);
                    var back = false, qcap = false, ahead = false;
                    lbWalk(t.alt, function (u, quantified) {
                        back = back || u.kind.length === 4 || /^\\[1-9]/.test(u.atom);
                        ahead = ahead || u.kind === '(?=' || u.kind === '(?!';
                        if (/^\\[1-9]/.test(u.atom)) {
                            inner[+u.atom.slice(1)] = (inner[+u.atom.slice(1)] || 0) + 1;
                        }
                        if (u.kind === '(') {
                            groups.push(u.group);
                            qcap = qcap || quantified || u.quant !== '';
                        }
                    }, false);
                    /* a backreference from outside to its groups, or from it to others */
                    var cross = false;
                    for (var r in refs) {
                        cross = cross || (groups.indexOf(+r) !== -1 ? refs[r] !== inner[r] :
                            inner[r] !== undefined);
                    }
                    /* as a lookahead it matches forwards: fixed length, no quantified groups,
                     * nothing that depends on the direction */
                    var added = t.quant || back || qcap || span[0] !== span[1] ? 0 :
                        lbAhead(seq, j, span[0]);
                    if (added) {
                        j += added - 1;
                        continue;
                    }
                    if (t.quant || cross || ahead || off === null) {
                        throw lbError(src, flags, 'this lookbehind is not supported by nodule');
                    }
                    var c = { off: off, neg: t.kind === '(?<!', groups: groups, map: { n: 2 },
                        max: back ? Infinity : span[1] };
                    lbReverse(t.alt, c.map);
                    c.re = new RegExp('((?:' + lbReverse(t.alt, c.map) + '))|[\\s\\S]',
                        'g' + f);
                    own.checks.push(c);
                    nchecks++;
                    /* its groups stay, empty, for the numbering */
                    seq.splice(j, 1);
                    for (var g = 0; g < groups.length; g++) {
                        seq.splice(j++, 0, { kind: '(', alt: [[]], atom: '', quant: '',
                            group: groups[g] });
                    }
                    j--;
                    continue;
                }
                if (off !== null) {
                    var s = lbSpanTerm(t);
                    off = s[0] === s[1] ? off + s[0] : null;
                }
            }
        }
        for (var a = 0; a < tree.length; a++) {
            rewrite(tree[a], owner(tree[a]), 0);
        }
        /* an empty group at the start of an alternative with checks tells whether the match
         * went through it; the pattern's own groups are renumbered around them */
        var n = 0, map = [0];
        for (a = 0; a < owners.length; a++) {
            if (owners[a].checks.length) {
                owners[a].seq.unshift({ kind: '(', alt: [[]], atom: '', quant: '', group: 0,
                    owner: owners[a] });
            }
        }
        lbWalk(tree, function (t) {
            if (t.kind === '(') {
                n++;
                if (t.group) {
                    map[t.group] = n;
                } else if (t.owner) {
                    t.owner.markAt = n;
                }
            }
        }, false);
        var scanSrc = lbPrint(tree, map, null);
        if (!nchecks) {
            /* every lookbehind became a lookahead */
            return { src: scanSrc, exec: null };
        }
        var scan = new RegExp(scanSrc, 'g' + f), variants = {};
        return { src: scanSrc, exec: function (str) {
            str = String(str);
            var global = this.global, len = str.length;
            var pos = global ? Math.max(0, Math.floor(+this.lastIndex) || 0) : 0;
            while (pos <= len) {
                scan.lastIndex = pos;
                var m = reExec().call(scan, str), s, out, off = null;
                if (m === null) {
                    break;
                }
                s = m.index;
                for (;;) {
                    out = [m[0]];
                    for (var g = 1; g <= ngroups; g++) {
                        out[g] = m[map[g]];
                    }
                    /* the first alternative the match went through whose checks fail */
                    var bad = null;
                    for (var o = 0; bad === null && o < owners.length; o++) {
                        var cs = owners[o].checks;
                        for (var k = 0; bad === null && cs.length && m[owners[o].markAt] !==
                             undefined && k < cs.length; k++) {
                            bad = lbCheck(cs[k], str, s + cs[k].off, out) ? null : owners[o];
                        }
                    }
                    if (bad === null) {
                        out.index = s;
                        out.input = str;
                        if (global) {
                            this.lastIndex = s + m[0].length;
                        }
                        return out;
                    }
                    /* the best match at s that avoids it: a copy where it cannot match */
                    off = off || {};
                    off[bad.id] = true;
                    var key = Object.keys(off).sort().join();
                    var v = variants[key] ||
                        (variants[key] = new RegExp(lbPrint(tree, map, off), 'g' + f));
                    v.lastIndex = s;
                    m = reExec().call(v, str);
                    if (m === null || m.index !== s) {
                        break;
                    }
                }
                /* one position later (a code point with the u flag) */
                pos = s + (flags.indexOf('u') !== -1 && /^[\ud800-\udbff][\udc00-\udfff]/.test(
                    str.slice(s, s + 2)) ? 2 : 1);
            }
            if (global) {
                this.lastIndex = 0;
            }
            return null;
        } };
    }

    function lbTest(str) {
        return this.exec(str) !== null;
    }

    var lbPlans = Object.create(null), lbPlanCount = 0;
    /* lb("pattern", "flags" (gim and u), source and flags to report, as new RegExp() had them) */
    nd.lb = function (src, flags, source, shown) {
        var key = flags + '/' + src, plan = lbPlans[key];
        if (plan === undefined) {
            if (++lbPlanCount > 500) {
                lbPlans = Object.create(null);
                lbPlanCount = 1;
            }
            plan = lbPlans[key] = lbPlan(src, flags);
        }
        var re = new RegExp(plan.src, flags.replace(/[su]/g, ''));
        if (plan.exec === null) {
            /* Duktape's split rebuilds the regex from its source: rsrc keeps what runs */
            return nd.rsrc(re, source === undefined ? src : source, shown || flags);
        }
        hidden(re, 'source', source === undefined ? src : source);
        hidden(re, 'unicode', (shown || flags).indexOf('u') !== -1);
        if (shown !== undefined) {
            hidden(re, 'flags', shown.split('').sort().join(''));
            hidden(re, 'dotAll', shown.indexOf('s') !== -1);
        }
        patchStringForLookbehind();
        hidden(re, kLookbehind, [src, flags, source, shown]);
        if (hasSymbol && typeof Symbol.matchAll === 'symbol') {
            hidden(re, Symbol.matchAll, lbMatchAll);
        }
        hidden(re, 'exec', plan.exec);
        hidden(re, 'test', lbTest);
        return re;
    };

    /* new RegExp(re, flags) of a lookbehind regex: made from what $nd.lb was given (its
     * source may hold astral characters the u flag refuses), with its group names; undefined
     * for other regexes */
    nd.lbCopy = function (re, flags) {
        var a = re[kLookbehind];
        if (!a || (flags !== undefined && /[yd]/.test(flags))) {
            return undefined;
        }
        var copy = flags === undefined ? nd.lb(a[0], a[1], a[2], a[3]) :
            nd.lb(a[0], flags.replace(/s/, ''), a[2], flags);
        var names = re[nd.re.NAMES];
        return names !== undefined ? nd.re(copy, names) : copy;
    };

    /* After an empty match, lastIndex moves one unit on (one code point with u). */
    function lbAdvance(re, m, str) {
        if (m[0] === '') {
            re.lastIndex = re.lastIndex + (re.unicode && /^[\ud800-\udbff][\udc00-\udfff]/
                .test(str.slice(re.lastIndex, re.lastIndex + 2)) ? 2 : 1);
        }
    }

    /* re[Symbol.matchAll](str) of a lookbehind regex: the iterator runs a copy's exec */
    function lbMatchAll(string) {
        var str = String(string), copy = nd.lbCopy(this), done = false;
        var global = this[kLookbehind][1].indexOf('g') !== -1;
        copy.lastIndex = this.lastIndex;
        var it = {
            next: function () {
                var m = done ? null : copy.exec(str);
                done = m === null || !global;
                if (m !== null && global) {
                    lbAdvance(copy, m, str);
                }
                return { value: m === null ? undefined : m, done: m === null };
            }
        };
        it[Symbol.iterator] = function () {
            return this;
        };
        return it;
    }

    /* Every match of lookbehind regex re in str, through its exec (all when global). */
    function lookbehindMatches(re, str) {
        var out = [], m;
        if (!re.global) {
            m = re.exec(str);
            return m === null ? out : [m];
        }
        re.lastIndex = 0;
        while ((m = re.exec(str)) !== null) {
            out.push(m);
            lbAdvance(re, m, str);
        }
        return out;
    }

    /* GetSubstitution: $$, $&, $`, $', $n, $nn and $<name> in a replacement string. */
    function substitute(m, str, replacement) {
        return replacement.replace(/\$([$&`']|\d\d?|<[^>]*>)/g, function (all, c) {
            if (c.charAt(0) === '<') {
                var v = m.groups === undefined ? all : m.groups[c.slice(1, -1)];
                return v === undefined ? '' : v;
            } else if (c === '$') {
                return '$';
            } else if (c === '&') {
                return m[0];
            } else if (c === '`') {
                return str.slice(0, m.index);
            } else if (c === "'") {
                return str.slice(m.index + m[0].length);
            }
            var k = +c;
            if (c.length === 2 && (k === 0 || k >= m.length)) {
                /* $nn that names no group: $n followed by a digit */
                k = +c.charAt(0);
                return k > 0 && k < m.length ? (m[k] === undefined ? '' : m[k]) + c.charAt(1) : all;
            }
            return k > 0 && k < m.length ? (m[k] === undefined ? '' : m[k]) : all;
        });
    }

    var lookbehindPatched = false;
    nd.lbs = patchStringForLookbehind;
    function patchStringForLookbehind() {
        if (lookbehindPatched) {
            return;
        }
        lookbehindPatched = true;
        var SP = String.prototype;
        var nativeReplace = SP.replace, nativeMatch = SP.match, nativeSearch = SP.search;
        var nativeSplit = SP.split;
        hidden(SP, 'replace', function replace(pattern, replacement) {
            if (typeof pattern !== 'object' || pattern === null || !pattern[kLookbehind]) {
                return nativeReplace.call(this, pattern, replacement);
            }
            var str = String(this), out = '', last = 0;
            var ms = lookbehindMatches(pattern, str);
            for (var i = 0; i < ms.length; i++) {
                var m = ms[i];
                var rep = typeof replacement === 'function' ?
                    String(replacement.apply(undefined, m.concat(m.groups === undefined ?
                        [m.index, str] : [m.index, str, m.groups]))) :
                    substitute(m, str, String(replacement));
                out += str.slice(last, m.index) + rep;
                last = m.index + m[0].length;
            }
            return out + str.slice(last);
        });
        hidden(SP, 'match', function match(pattern) {
            if (typeof pattern !== 'object' || pattern === null || !pattern[kLookbehind]) {
                return nativeMatch.call(this, pattern);
            }
            var str = String(this);
            if (!pattern.global) {
                return pattern.exec(str);
            }
            var ms = lookbehindMatches(pattern, str);
            return ms.length === 0 ? null : ms.map(function (m) { return m[0]; });
        });
        hidden(SP, 'search', function search(pattern) {
            if (typeof pattern !== 'object' || pattern === null || !pattern[kLookbehind]) {
                return nativeSearch.call(this, pattern);
            }
            var saved = pattern.lastIndex;
            pattern.lastIndex = 0;
            var m = pattern.exec(String(this));
            pattern.lastIndex = saved;
            return m === null ? -1 : m.index;
        });
        hidden(SP, 'split', function split(separator, limit) {
            if (typeof separator !== 'object' || separator === null ||
                !separator[kLookbehind]) {
                return nativeSplit.call(this, separator, limit);
            }
            /* the spec's steps, with exec finding the next match from q (the first position
             * where a sticky match would succeed) */
            var str = String(this), out = [], p = 0, q = 0, size = str.length, m, e, k;
            var lim = limit === undefined ? 4294967295 : limit >>> 0;
            var saved = separator.lastIndex, global = separator.global;
            if (!global) {
                separator = nd.lbCopy(separator, 'g' + separator[kLookbehind][1]);
            }
            try {
                if (lim === 0) {
                    return out;
                }
                if (size === 0) {
                    separator.lastIndex = 0;
                    m = separator.exec(str);
                    return m !== null && m.index === 0 ? out : [str];
                }
                while (q < size) {
                    separator.lastIndex = q;
                    m = separator.exec(str);
                    if (m === null || m.index >= size) {
                        break;
                    }
                    q = m.index;
                    e = Math.min(q + m[0].length, size);
                    if (e === p) {
                        q++;
                        continue;
                    }
                    out.push(str.slice(p, q));
                    for (k = 1; k < m.length && out.length < lim; k++) {
                        out.push(m[k]);
                    }
                    if (out.length >= lim) {
                        return out.slice(0, lim);
                    }
                    p = q = e;
                }
                out.push(str.slice(p));
                return out.slice(0, lim);
            } finally {
                separator.lastIndex = saved;
            }
        });
    }

    /* ---- coroutines: generators and async functions on Duktape.Thread ----
     *
     * The thread's entry is an ECMAScript function that calls the body directly, so no native
     * frame sits between the entry and a yield (Duktape cannot yield across one).  A resume
     * may come from anywhere, native callbacks included. */

    /* The bootstrap removes the Duktape global (Node has none); internal/error_stack keeps it. */
    var duk = typeof Duktape === 'object' && Duktape !== null ? Duktape :
        (typeof internalBinding === 'function' ? require('internal/error_stack').duktape :
            undefined);
    var Thread = duk ? duk.Thread : undefined;

    function noThreads() {
        return new SyntaxError('Generators and async functions need Duktape coroutines');
    }

    function RetReq(v) {          /* resume value asking the generator to return */
        this.v = v;
    }
    function RetSignal(v) {       /* thrown at the yield point by generator.return() */
        this.v = v;
    }

    var GEN_START = 0, GEN_SUSPENDED = 1, GEN_RUNNING = 2, GEN_DONE = 3;

    function Generator(body) {
        this._b = body;
        this._t = null;
        this._s = GEN_START;
    }

    function genEntry(g) {
        return function () {
            var r;
            try {
                r = g._b();
            } catch (e) {
                g._s = GEN_DONE;
                if (e instanceof RetSignal) {
                    return e.v;
                }
                throw e;
            }
            g._s = GEN_DONE;
            return r;
        };
    }

    function genResume(g, mode, v) {
        if (g._s === GEN_RUNNING) {
            throw typeError('Generator is already running');
        }
        if (g._s === GEN_START) {
            if (mode !== 0) {
                g._s = GEN_DONE;
            } else {
                if (!Thread) {
                    throw noThreads();
                }
                g._t = new Thread(genEntry(g));
            }
        }
        if (g._s === GEN_DONE) {
            if (mode === 2) {
                throw v;
            }
            return { value: mode === 1 ? v : undefined, done: true };
        }
        g._s = GEN_RUNNING;
        var out;
        try {
            out = mode === 2 ? Thread.resume(g._t, v, true)
                             : Thread.resume(g._t, mode === 1 ? new RetReq(v) : v);
        } catch (e) {
            g._s = GEN_DONE;
            g._t = null;
            throw e;
        }
        if (g._s === GEN_DONE) {
            g._t = null;
            return { value: out, done: true };
        }
        g._s = GEN_SUSPENDED;
        return { value: out, done: false };
    }

    Generator.prototype.next = function (v) {
        return genResume(this, 0, v);
    };
    Generator.prototype['return'] = function (v) {
        return genResume(this, 1, v);
    };
    Generator.prototype['throw'] = function (e) {
        return genResume(this, 2, e);
    };
    /* V8's chain for generators: GeneratorFunction.prototype.prototype is %GeneratorPrototype%
     * (proto, tagged 'Generator'), whose prototype %IteratorPrototype% has [Symbol.iterator]()
     * returning this; async generators have the same shape with Symbol.asyncIterator.  Packages
     * reach %AsyncIteratorPrototype% as Object.getPrototypeOf(Object.getPrototypeOf(async
     * function* () {}).prototype) (@sec-ant/readable-stream, which got uses). */
    function linkGeneratorPrototype(proto, tag, iterSym) {
        var iterProto = {};
        if (iterSym) {
            hidden(iterProto, iterSym, function () {
                return this;
            });
        }
        Object.setPrototypeOf(proto, iterProto);
        var fnProto = kindProto(tag + 'Function');
        hidden(proto, 'constructor', fnProto);
        if (hasSymbol && Symbol.toStringTag) {
            defProp(proto, Symbol.toStringTag, { value: tag, configurable: true });
        }
        defProp(fnProto, 'prototype', { value: proto, configurable: true });
    }
    /* The chains are built when the first generator (function) is, which most programs never
     * make: building them was a tenth of what a small modern script's helpers cost to start. */
    var generatorsLinked = false;
    function linkGenerators() {
        if (!generatorsLinked) {
            generatorsLinked = true;
            linkGeneratorPrototype(Generator.prototype, 'Generator', SYM_ITER);
            linkGeneratorPrototype(AsyncGenerator.prototype, 'AsyncGenerator',
                                   hasSymbol && Symbol.asyncIterator);
        }
    }

    /* A generator function's own .prototype, which its generator objects inherit (so that
     * g() instanceof g), itself under %GeneratorPrototype% (or the async one), as V8 builds it. */
    function ownGeneratorPrototype(f, base) {
        defProp(f, 'prototype', { value: Object.create(base), writable: true, enumerable: false,
                                  configurable: false });
    }

    /* Gives the generator object g the .prototype of maker, the generator function that made it,
     * when that is an object under base, as ownGeneratorPrototype makes; else g keeps base, as
     * the spec says for a prototype that is no object.  The lowered code passes maker when the
     * function's name is sure to mean the function; else (methods, a name the body rebinds)
     * it is the caller of gen/agen, Duktape.act(-4) from here (-1 is act itself), which costs
     * about a microsecond. */
    function inheritFromMaker(g, base, maker) {
        if (maker === undefined && duk && duk.act) {
            var act = duk.act(-4);
            maker = act ? act.function : undefined;
        }
        var proto = typeof maker === 'function' ? maker.prototype : null;
        if (proto !== null && typeof proto === 'object' && proto !== base &&
            base.isPrototypeOf(proto)) {
            Object.setPrototypeOf(g, proto);
        }
        return g;
    }

    nd.gen = function (body, maker) {
        linkGenerators();
        return inheritFromMaker(new Generator(body), Generator.prototype, maker);
    };

    nd.yld = function (v) {
        var r = Thread.yield(v);
        if (r instanceof RetReq) {
            throw new RetSignal(r.v);
        }
        return r;
    };

    nd.rt = function (e) {
        if (e instanceof RetSignal) {
            throw e;
        }
    };

    /* yield* it: forwards next/throw/return to the inner iterator */
    nd.ydel = function (x) {
        var it = nd.iter(x), sent, r, mode = 0;
        for (;;) {
            if (mode === 0) {
                r = it.next(sent);
            } else if (mode === 2) {
                if (typeof it['throw'] !== 'function') {
                    nd.close(it);
                    throw typeError('The iterator does not provide a \'throw\' method');
                }
                r = it['throw'](sent);
            } else {
                if (typeof it['return'] !== 'function') {
                    throw new RetSignal(sent);
                }
                r = it['return'](sent);
                if (r.done) {
                    throw new RetSignal(r.value);
                }
            }
            if (r.done) {
                return r.value;
            }
            try {
                sent = Thread.yield(r.value);
                mode = 0;
                if (sent instanceof RetReq) {
                    mode = 1;
                    sent = sent.v;
                }
            } catch (e) {
                mode = 2;
                sent = e;
            }
        }
    };

    function AwaitReq(v) {        /* yielded by await to the async driver */
        this.v = v;
    }

    /* async function: runs body until its first await synchronously, like V8 */
    nd.async = function (body) {
        if (!Thread) {
            throw noThreads();
        }
        return new Promise(function (resolve, reject) {
            var finished = false;
            var t = new Thread(function () {
                var r = body();
                finished = true;
                return r;
            });
            function step(v, isError) {
                var out;
                try {
                    out = Thread.resume(t, v, isError);
                } catch (e) {
                    reject(e);
                    return;
                }
                if (finished) {
                    resolve(out);
                    return;
                }
                Promise.resolve(out instanceof AwaitReq ? out.v : out).then(function (x) {
                    step(x, false);
                }, function (e) {
                    step(e, true);
                });
            }
            step(undefined, false);
        });
    };

    nd.aw = function (v) {
        return Thread.yield(new AwaitReq(v));
    };

    /* async generators: a queue of next/throw/return requests served one at a time */
    function AsyncGenerator(body) {
        this._g = new Generator(body);
        this._q = [];
        this._busy = false;
    }

    function agenPump(ag) {
        if (ag._busy || ag._q.length === 0) {
            return;
        }
        var req = ag._q.shift();
        ag._busy = true;
        function finish(ok, v) {
            ag._busy = false;
            if (ok) {
                req.resolve(v);
            } else {
                req.reject(v);
            }
            agenPump(ag);
        }
        function drive(mode, v) {
            var r;
            try {
                r = genResume(ag._g, mode, v);
            } catch (e) {
                finish(false, e);
                return;
            }
            if (!r.done && r.value instanceof AwaitReq) {
                Promise.resolve(r.value.v).then(function (x) {
                    drive(0, x);
                }, function (e) {
                    drive(2, e);
                });
                return;
            }
            Promise.resolve(r.value).then(function (x) {
                finish(true, { value: x, done: r.done });
            }, function (e) {
                finish(false, e);
            });
        }
        drive(req.mode, req.v);
    }

    function agenRequest(ag, mode, v) {
        return new Promise(function (resolve, reject) {
            ag._q.push({ mode: mode, v: v, resolve: resolve, reject: reject });
            agenPump(ag);
        });
    }

    AsyncGenerator.prototype.next = function (v) {
        return agenRequest(this, 0, v);
    };
    AsyncGenerator.prototype['return'] = function (v) {
        return agenRequest(this, 1, v);
    };
    AsyncGenerator.prototype['throw'] = function (e) {
        return agenRequest(this, 2, e);
    };
    nd.agen = function (body, maker) {
        linkGenerators();
        return inheritFromMaker(new AsyncGenerator(body), AsyncGenerator.prototype, maker);
    };

    /* yield in an async generator awaits its operand first */
    nd.ayld = function (v) {
        return nd.yld(nd.aw(v));
    };

    nd.aydel = function (x) {
        var it = nd.aiter(x), sent, r;
        for (;;) {
            r = nd.aw(it.next(sent));
            if (r.done) {
                return r.value;
            }
            sent = nd.yld(r.value);
        }
    };

    /* for await (x of v): the async iterator, or the sync one with awaited values */
    nd.aiter = function (v) {
        if (v instanceof AsyncGenerator) {
            return v;
        }
        var f = hasSymbol && Symbol.asyncIterator ? v[Symbol.asyncIterator] : undefined;
        if (typeof f === 'function') {
            return f.call(v);
        }
        var it = nd.iter(v);
        return {
            next: function (x) {
                var r = it.next(x);
                return Promise.resolve(r.value).then(function (val) {
                    return { value: val, done: r.done };
                });
            },
            'return': function (x) {
                nd.close(it);
                return Promise.resolve({ value: x, done: true });
            }
        };
    };

    /* for await left by break/return: AsyncIteratorClose awaits return(), whose result must
     * be an object; returns v (the value of a return statement) */
    nd.aclose = function (it, v) {
        var f = it['return'];
        if (typeof f === 'function') {
            var r = nd.aw(f.call(it));
            if (r === null || (typeof r !== 'object' && typeof r !== 'function')) {
                throw typeError('Iterator result ' + String(r) + ' is not an object');
            }
        }
        return v;
    };

    /* for await's body threw: await the iterator's return(), ignore its errors, rethrow */
    nd.acthrow = function (it, err) {
        try {
            var f = it['return'];
            if (typeof f === 'function') {
                nd.aw(f.call(it));
            }
        } catch (ignored) {
            /* the body's error is the one that propagates */
        }
        throw err;
    };

    /* eval(src) in lowered code is eval($nd.le(src)): still a direct eval, of the lowered
     * source (plain ES5 runs as written; a syntax error is the lowering compiler's). */
    nd.le = function (src) {
        if (typeof src !== 'string' || typeof internalBinding !== 'function') {
            return src;
        }
        var out = internalBinding('contextify').lower(src);
        return out === undefined ? src : out;
    };

    /* import(x) in CommonJS code: imp(require)(x) is a promise of the module namespace
     * (default: module.exports, plus its own enumerable properties) */
    nd.imp = function (req) {
        if (typeof internalBinding === 'function' && req && req[REQ_FILE] !== undefined) {
            return function (id) {
                return require('internal/modules/esm/loader').importFrom(id, req[REQ_FILE]);
            };
        }
        return function (id) {
            return new Promise(function (resolve) {
                var m = req(String(id)), ns = {};
                if (m !== null && (typeof m === 'object' || typeof m === 'function')) {
                    var keys = Object.keys(m);
                    for (var i = 0; i < keys.length; i++) {
                        ns[keys[i]] = m[keys[i]];
                    }
                }
                ns['default'] = m;
                resolve(ns);
            });
        };
    };

    /* rsrc(re, source, flags): a u-flag regex whose property escapes were translated, or a
     * v-flag one, reports the source and flags it was written with, as V8's does */
    nd.rsrc = function (re, source, flags) {
        var desc = { value: [re.source, (re.global ? 'g' : '') + (re.ignoreCase ? 'i' : '') +
            (re.multiline ? 'm' : '')], writable: true, configurable: true, enumerable: false };
        defProp(re, kNativeSource, desc);
        desc.value = source;
        defProp(re, 'source', desc);
        desc.value = flags.split('').sort().join('');
        defProp(re, 'flags', desc);
        desc.value = flags.indexOf('u') !== -1;
        defProp(re, 'unicode', desc);
        desc.value = flags.indexOf('v') !== -1;
        defProp(re, 'unicodeSets', desc);
        desc.value = flags.indexOf('s') !== -1;
        defProp(re, 'dotAll', desc);
        patchSplitForSource();
        return re;
    };

    /* Duktape's split rebuilds a regex separator from its source and flags, which rsrc changed:
     * it gets one made from what the regex really runs. */
    var kNativeSource = hasSymbol ? Symbol('nodule.nativeSource') : '__ndNativeSource';
    var splitPatched = false;
    function patchSplitForSource() {
        if (splitPatched) {
            return;
        }
        splitPatched = true;
        var nativeSplit = String.prototype.split;
        hidden(String.prototype, 'split', function split(separator, limit) {
            var nat = typeof separator === 'object' && separator !== null ?
                separator[kNativeSource] : undefined;
            if (nat !== undefined) {
                separator = new RegExp(nat[0], nat[1]);
            }
            return nativeSplit.call(this, separator, limit);
        });
    }

    /* ---- ES modules (js/internal/modules/esm/loader.js) ---- */

    /* esmx(ns, [name, getter, ...]): a module's exports, as live bindings on its namespace */
    nd.esmx = function (ns, list) {
        for (var i = 0; i < list.length; i += 2) {
            defProp(ns, list[i], { get: list[i + 1], enumerable: true, configurable: true });
        }
    };

    /* esmPause(): suspends a module body that the loader instantiates ahead of running it */
    nd.esmPause = function () {
        Thread.yield();
    };

    /* dname(f): an anonymous function or class exported as default is named 'default' */
    nd.dname = function (f) {
        if (typeof f === 'function' && !f.name) {
            defProp(f, 'name', { value: 'default', configurable: true });
        }
        return f;
    };

    /* ---- classes ---- */

    nd.CLASS = CLASS;

    nd.nonew = function (name) {
        throw typeError('Class constructor ' + name + ' cannot be invoked without \'new\'');
    };

    nd.sp = function (home) {
        return getProto(home);
    };

    /* super.key read: found on the home object's prototype chain, but a getter runs with the
     * current `this` as receiver, as Reflect.get(proto, key, this). */
    nd.sget = function (home, key, receiver) {
        for (var o = getProto(home); o !== null && o !== undefined; o = getProto(o)) {
            var d = Object.getOwnPropertyDescriptor(o, key);
            if (d !== undefined) {
                return d.get !== undefined ? d.get.call(receiver) : d.value;
            }
        }
        return undefined;
    };

    /* super.key = v: a [[Set]] on the home object's prototype with the current `this` as
     * receiver, as Reflect.set(proto, key, v, this): a setter found on the chain runs on this,
     * otherwise the value becomes (or updates) an own data property of this. */
    nd.sset = function (home, key, v, receiver) {
        var d;
        for (var o = getProto(home); o !== null && o !== undefined; o = getProto(o)) {
            d = Object.getOwnPropertyDescriptor(o, key);
            if (d !== undefined) {
                break;
            }
        }
        if (d !== undefined && (d.get !== undefined || d.set !== undefined)) {
            if (d.set === undefined) {
                throw typeError('Cannot set property ' + String(key) + ' of ' +
                                String(receiver) + ' which has only a getter');
            }
            d.set.call(receiver, v);
            return v;
        }
        var own = Object.getOwnPropertyDescriptor(receiver, key);
        if ((d !== undefined && !d.writable) || (own !== undefined && !own.writable)) {
            throw typeError('Cannot assign to read only property \'' + String(key) +
                            '\' of object');
        }
        if (own !== undefined) {
            defProp(receiver, key, { value: v });
        } else {
            defProp(receiver, key, { value: v, writable: true, enumerable: true,
                                     configurable: true });
        }
        return v;
    };

    nd.pn = function (name) {
        return hasSymbol ? Symbol(name) : '__nd' + name + Math.random();
    };

    nd.phas = function (o, key) {
        if (o === null || (typeof o !== 'object' && typeof o !== 'function')) {
            throw typeError('Cannot use \'in\' operator to search for \'' + String(key) +
                            '\' in ' + o);
        }
        return key in o;
    };

    function define(target, key, kind, v, enumerable) {
        if (kind === 1) {
            var d1 = Object.getOwnPropertyDescriptor(target, key);
            defProp(target, key, { get: v, set: d1 && d1.set, enumerable: enumerable,
                                   configurable: true });
        } else if (kind === 2) {
            var d2 = Object.getOwnPropertyDescriptor(target, key);
            defProp(target, key, { set: v, get: d2 && d2.get, enumerable: enumerable,
                                   configurable: true });
        } else {
            defProp(target, key, { value: v, writable: true, enumerable: enumerable,
                                   configurable: true });
        }
    }

    /* A class method or accessor's .name as ES2015 gives it ('m', 'get x', '[desc]' for a
     * Symbol key), where the compiler could not write it (accessors, computed keys, reserved
     * words). */
    function nameMember(fn, key, kind) {
        if (typeof fn !== 'function' || (kind === 0 && fn.name !== '')) {
            return;
        }
        var n = typeof key === 'symbol' ?
            (key.description !== undefined ? '[' + key.description + ']' : '') : String(key);
        defProp(fn, 'name', { value: kind === 1 ? 'get ' + n : kind === 2 ? 'set ' + n : n,
                              writable: false, enumerable: false, configurable: true });
    }

    /* The initializer init of a field whose key (computed) names the function it makes. */
    function namedAfter(init, key) {
        return function () {
            var fn = init.call(this);
            nameMember(fn, key, 0);
            return fn;
        };
    }

    nd.cls = function (name, hasParent, parent, members) {
        var ctor = null, i, kind, key, v;
        var fields = [], statics = [];
        for (i = 0; i < members.length; i += 3) {
            if (members[i] === 9) {
                ctor = members[i + 2];
            }
        }
        if (name !== '' && ctor.name === '') {
            /* a class the compiler named after its variable or key (src/lower/fname.c) */
            defProp(ctor, 'name', { value: name, configurable: true });
        }
        var protoParent = Object.prototype;
        if (hasParent) {
            if (parent === null) {
                protoParent = null;
            } else if (typeof parent !== 'function') {
                throw typeError('Class extends value ' + String(parent) +
                                ' is not a constructor or null');
            } else {
                protoParent = parent.prototype;
                if (protoParent !== null && typeof protoParent !== 'object' &&
                    typeof protoParent !== 'function') {
                    throw typeError('Class extends value does not have valid prototype property ' +
                                    String(protoParent));
                }
                Object.setPrototypeOf(ctor, parent);
            }
        }
        var proto = Object.create(protoParent);
        hidden(proto, 'constructor', ctor);
        for (i = 0; i < members.length; i += 3) {
            kind = members[i];
            key = members[i + 1];
            v = members[i + 2];
            if (kind === 9) {
                continue;
            }
            if (kind >= 32) {
                /* a field with a computed key and an anonymous function: named after the key */
                kind -= 32;
                v = namedAfter(v, key);
            }
            if (kind === 6 || kind === 22) {
                fields.push(key, v, kind === 22 ? 0 : 1);
            } else if (kind === 7 || kind === 23 || kind === 8) {
                statics.push(kind, key, v);
            } else if (kind >= 16) {
                /* private methods and accessors: stored on the prototype under their Symbol */
                kind -= 16;
                define(kind >= 3 ? ctor : proto, key, kind % 3, v, false);
            } else {
                nameMember(v, key, kind % 3);
                define(kind >= 3 ? ctor : proto, key, kind % 3, v, false);
            }
        }
        defProp(ctor, 'prototype', { value: proto, writable: false, enumerable: false,
                                     configurable: false });
        hidden(ctor, CLASS, true);
        hidden(ctor, FIELDS, fields);
        hidden(ctor, STATICS, statics);
        return ctor;
    };

    nd.cinit = function (C) {
        var s = C[STATICS], i;
        for (i = 0; i < s.length; i += 3) {
            if (s[i] === 8) {
                s[i + 2].call(C);
            } else {
                defProp(C, s[i + 1], { value: s[i + 2] ? s[i + 2].call(C) : undefined,
                                       writable: true, enumerable: typeof s[i + 1] !== 'symbol',
                                       configurable: true });
            }
        }
        C[STATICS] = null;
        return C;
    };

    nd.fields = function (self, C) {
        var f = C[FIELDS], i;
        if (!f) {
            return;
        }
        for (i = 0; i < f.length; i += 3) {
            defProp(self, f[i], { value: f[i + 1] ? f[i + 1].call(self) : undefined,
                                  writable: true, enumerable: typeof f[i] !== 'symbol',
                                  configurable: true });
        }
    };

    function isNative(F) {
        if (Object.prototype.hasOwnProperty.call(F, NATIVE)) {
            return F[NATIVE];
        }
        /* built-ins and (on engines that have them) real ES2015 classes cannot be called with
         * an existing `this`: they are constructed, then given the subclass prototype */
        var src = Function.prototype.toString.call(F);
        var r = !F[CLASS] && (/\[native code\]/.test(src) || /^class[\s{]/.test(src));
        try {
            hidden(F, NATIVE, r);
        } catch (e) {
            /* non-extensible: recompute next time */
        }
        return r;
    }

    nd.sup = function (C, self, args) {
        var parent = getProto(C), obj;
        if (typeof parent !== 'function') {
            throw typeError('Super constructor ' + parent + ' of anonymous class is not a ' +
                            'constructor');
        }
        if (isNative(parent)) {
            obj = nd.construct(parent, slice.call(args));
            Object.setPrototypeOf(obj, getProto(self));
        } else {
            var r = parent.apply(self, args);
            obj = (r !== null && (typeof r === 'object' || typeof r === 'function')) ? r : self;
        }
        nd.fields(obj, C);
        return obj;
    };

    defProp(global, '$nd', { value: nd, writable: false, enumerable: false, configurable: false });
})((function () { return this; })()); /* the global object: this file is not strict */
