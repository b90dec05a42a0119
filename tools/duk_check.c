/*
 * tools/duk_check.c: checks that files are ES5.1 that Duktape 2.7 compiles, and optionally
 * runs them, for testing the lowering compiler (src/lower/).
 *
 *   duk-check FILE...          compile each file; print "FILE: SyntaxError ..." on failure
 *   duk-check -r PRE FILE      evaluate PRE (e.g. js/internal/lower_runtime.js), then run FILE
 *                              as a function body with console.log/print shims
 * With -r, a minimal test-only Promise (microtask queue) and setTimeout are installed when the
 * heap has none, and both queues are drained after the file has run.
 * Exits 1 if any file fails.  Build: gcc -O1 -Isrc -o build/duk-check tools/duk_check.c
 * /usr/share/duktape/duktape.c -lm
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "duktape.h"

/* Test-only event loop shims (ES5): just enough Promise for async-function probes. */
static const char *const shims =
    "(function (G) {\n"
    "var jobs = [], timers = [];\n"
    "G.__drain = function () {\n"
    "  for (;;) {\n"
    "    while (jobs.length) { jobs.shift()(); }\n"
    "    if (!timers.length) { return; }\n"
    "    timers.sort(function (a, b) { return a.t - b.t || a.n - b.n; });\n"
    "    var tm = timers.shift(); tm.f.apply(null, tm.a);\n"
    "  }\n"
    "};\n"
    "var seq = 0;\n"
    "if (typeof Symbol === 'function' && !Symbol.asyncIterator) {\n"
    "  Symbol.asyncIterator = Symbol('Symbol.asyncIterator');\n"
    "}\n"
    "if (typeof G.setTimeout !== 'function') {\n"
    "  G.setTimeout = function (f, t) { timers.push({ f: f, t: t || 0, n: seq++,\n"
    "    a: Array.prototype.slice.call(arguments, 2) }); };\n"
    "}\n"
    "if (typeof G.Promise === 'function') { return; }\n"
    "function P(ex) {\n"
    "  var self = this; this.s = 0; this.v = undefined; this.q = [];\n"
    "  function res(v) { if (self.s) { return; }\n"
    "    if (v === self) { return rej(new TypeError('cycle')); }\n"
    "    if (v && (typeof v === 'object' || typeof v === 'function')) {\n"
    "      var th; try { th = v.then; } catch (e) { return rej(e); }\n"
    "      if (typeof th === 'function') { var done = false;\n"
    "        jobs.push(function () { try { th.call(v, function (x) { if (!done) { done = true;\n"
    "          self.s = 0; res(x); } }, function (e) { if (!done) { done = true; rej(e); } });\n"
    "        } catch (e) { if (!done) { done = true; rej(e); } } });\n"
    "        self.s = 3; return; } }\n"
    "    settle(1, v); }\n"
    "  function rej(e) { if (self.s === 1 || self.s === 2) { return; } settle(2, e); }\n"
    "  function settle(s, v) { self.s = s; self.v = v; var q = self.q; self.q = null;\n"
    "    for (var i = 0; i < q.length; i++) { sched(self, q[i]); } }\n"
    "  try { ex(res, rej); } catch (e) { rej(e); }\n"
    "}\n"
    "function sched(p, r) { jobs.push(function () {\n"
    "  var f = p.s === 1 ? r.ok : r.err;\n"
    "  if (typeof f !== 'function') { (p.s === 1 ? r.res : r.rej)(p.v); return; }\n"
    "  try { r.res(f(p.v)); } catch (e) { r.rej(e); } }); }\n"
    "P.prototype.then = function (ok, err) { var self = this;\n"
    "  return new P(function (res, rej) { var r = { ok: ok, err: err, res: res, rej: rej };\n"
    "    if (self.s === 1 || self.s === 2) { sched(self, r); } else { self.q.push(r); } }); };\n"
    "P.prototype['catch'] = function (err) { return this.then(undefined, err); };\n"
    "P.resolve = function (v) { return v instanceof P ? v : new P(function (r) { r(v); }); };\n"
    "P.reject = function (e) { return new P(function (r, j) { j(e); }); };\n"
    "P.all = function (a) { return new P(function (res, rej) { var out = [], n = a.length;\n"
    "  if (!n) { res(out); } a.forEach(function (x, i) { P.resolve(x).then(function (v) {\n"
    "  out[i] = v; if (--n === 0) { res(out); } }, rej); }); }); };\n"
    "G.Promise = P;\n"
    "})(new Function('return this')());\n";

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0;
    if (f == NULL) {
        return NULL;
    }
    for (;;) {
        if (n + 65536 > cap) {
            cap = cap ? cap * 2 : 131072;
            char *nb = realloc(buf, cap);
            if (nb == NULL) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0) {
            break;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

/* print(...): [ args... ] -> [ ] */
static duk_ret_t dc_print(duk_context *ctx) {
    duk_idx_t n = duk_get_top(ctx);
    for (duk_idx_t i = 0; i < n; i++) {
        if (i > 0) {
            fputc(' ', stdout);
        }
        fputs(duk_safe_to_string(ctx, i), stdout);
    }
    fputc('\n', stdout);
    return 0;
}

int main(int argc, char **argv) {
    int run = 0, bad = 0;
    const char *pre = NULL;
    int i = 1;
    if (argc > 2 && strcmp(argv[1], "-r") == 0) {
        run = 1;
        pre = argv[2];
        i = 3;
    }
    duk_context *ctx = duk_create_heap_default();
    duk_push_c_function(ctx, dc_print, DUK_VARARGS);
    duk_put_global_string(ctx, "print");
    duk_eval_string_noresult(ctx, "var console = { log: print, error: print };");
    if (run) {
        size_t len = 0;
        duk_eval_string_noresult(ctx, shims);
        char *src = slurp(pre, &len);
        if (src == NULL || duk_peval_lstring(ctx, src, len) != 0) {
            fprintf(stderr, "%s: %s\n", pre, src ? duk_safe_to_string(ctx, -1) : "cannot read");
            return 1;
        }
        duk_pop(ctx);
        free(src);
    }
    for (; i < argc; i++) {
        size_t len = 0;
        char *src = slurp(argv[i], &len);
        if (src == NULL) {
            fprintf(stderr, "%s: cannot read\n", argv[i]);
            bad = 1;
            continue;
        }
        /* compile wrapped like a CommonJS module body (top-level return allowed) */
        duk_push_sprintf(ctx, "(function (exports, require, module, __filename, __dirname) {");
        duk_push_lstring(ctx, src, len);
        duk_push_string(ctx, "\n})");
        duk_concat(ctx, 3);
        duk_push_string(ctx, argv[i]);
        if (duk_pcompile(ctx, DUK_COMPILE_EVAL) != 0) {
            fprintf(stderr, "%s: %s\n", argv[i], duk_safe_to_string(ctx, -1));
            bad = 1;
            duk_pop(ctx);
            free(src);
            continue;
        }
        if (run) {
            if (duk_pcall(ctx, 0) != 0) {
                fprintf(stderr, "%s: %s\n", argv[i], duk_safe_to_string(ctx, -1));
                bad = 1;
            } else {
                duk_push_object(ctx);
                duk_push_object(ctx);
                if (duk_pcall(ctx, 2) != 0) {
                    duk_get_prop_string(ctx, -1, "stack");
                    fprintf(stderr, "%s\n", duk_safe_to_string(ctx, -1));
                    duk_pop(ctx);
                    bad = 1;
                }
                duk_pop(ctx);
                duk_push_string(ctx, "__drain()");
                if (duk_peval(ctx) != 0) {
                    duk_get_prop_string(ctx, -1, "stack");
                    fprintf(stderr, "%s\n", duk_safe_to_string(ctx, -1));
                    duk_pop(ctx);
                    bad = 1;
                }
            }
        }
        duk_pop(ctx);
        free(src);
    }
    duk_destroy_heap(ctx);
    return bad;
}
