/*
 * src/modules.c: the native side of require.
 *
 * - internalBinding(name): opens a native binding on first use (lib/bindings.h) and caches it
 *   in the heap stash; each binding is its own object.
 * - The 'builtins' binding: the bundled js/ sources (build/gen/js_bundle.c), compiled lazily into
 *   module functions with the filename node:<id>, as Node shows them in stacks.
 * - The 'contextify' binding: compiles user code (module bodies, -e strings) with the file name
 *   stack traces and syntax errors should show.
 * - nd_modules_bootstrap: runs js/internal/bootstrap.js, which builds the JavaScript realm.
 */
#include "nd.h"
#include "modules.h"
#include "bindings.h"
#include "wrap.h"
#include "lower/lower.h"
#include "compile_cache.h"

#include <errno.h>
#include <string.h>
#include <zlib.h>

typedef struct binding_entry_s {
    const char *name;
    duk_c_function open;
} binding_entry_t;

#define BINDING_ENTRY(name) { #name, nd_open_##name },
static const binding_entry_t binding_table[] = { ND_BINDINGS(BINDING_ENTRY) };
#undef BINDING_ENTRY


const nd_js_module_t *nd_js_module_find(const char *id) {
    size_t lo = 0;
    size_t hi = nd_js_module_count;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(id, nd_js_modules[mid].id);
        if (c == 0) {
            return &nd_js_modules[mid];
        }
        if (c < 0) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return NULL;
}

/* internalBinding(name): [ name ] -> [ binding ] */
static duk_ret_t modules_internal_binding(duk_context *ctx) {
    const char *name = duk_require_string(ctx, 0);
    duk_push_heap_stash(ctx);
    if (!duk_get_prop_literal(ctx, -1, "bindings")) {
        duk_pop(ctx);
        duk_push_bare_object(ctx);
        duk_dup_top(ctx);
        duk_put_prop_literal(ctx, -3, "bindings");
    }                                                   /* [ name stash bindings ] */
    if (duk_get_prop_string(ctx, -1, name)) {
        return 1;
    }
    duk_pop(ctx);
    for (size_t i = 0; i < ND_ARRAY_SIZE(binding_table); i++) {
        if (strcmp(binding_table[i].name, name) == 0) {
            duk_push_c_function(ctx, binding_table[i].open, 0);
            duk_call(ctx, 0);                           /* [ name stash bindings binding ] */
            duk_dup_top(ctx);
            duk_put_prop_string(ctx, -3, name);
            return 1;
        }
    }
    return duk_error(ctx, DUK_ERR_ERROR, "No such binding: %s", name);
}

/* Compiles `prefix + code + suffix` as a function expression named by filename.
 * [ ... ] -> [ ... func ]; throws SyntaxError as Duktape reports it. */
static void modules_compile_wrapped(duk_context *ctx, const char *prefix, const char *code,
                                    size_t len, const char *filename) {
    duk_push_string(ctx, prefix);
    duk_push_lstring(ctx, code, len);
    duk_push_string(ctx, ND_WRAP_SUFFIX);
    duk_concat(ctx, 3);
    duk_push_string(ctx, filename);
    duk_compile(ctx, DUK_COMPILE_FUNCTION);
}

/* The compile cache's flags for a bundled module's entry (user code has lowering flags). */
#define MODULES_CACHE_BUNDLED (-1)

/* Pushes the wrapped function of a bundled module from its deflated bytecode, or from the compile
 * cache, which keeps it inflated: inflating was a twentieth of Express's start-up.
 * [ ... ] -> [ ... func ] */
static void modules_load_bundled(duk_context *ctx, const nd_js_module_t *m) {
    if (m->raw_len == 0) {
        /* A start-up module, stored as is: load it in place from read-only data. */
        duk_push_external_buffer(ctx);
        duk_config_buffer(ctx, -1, (void *)m->bc, m->len);
        duk_load_function(ctx);
        return;
    }
    nd_cache_key_t key;
    if (nd_compile_cache_load(ctx, (const char *)m->bc, m->len, m->id, MODULES_CACHE_BUNDLED,
                              &key)) {
        return;
    }
    void *bc = duk_push_buffer_raw(ctx, m->raw_len, DUK_BUF_FLAG_NOZERO);
    uLongf n = m->raw_len;
    if (uncompress(bc, &n, m->bc, m->len) != Z_OK || n != m->raw_len) {
        /* The table is built into the binary: this is corruption, not user input. */
        (void)duk_error(ctx, DUK_ERR_ERROR, "corrupt bundled module %s", m->id);
    }
    duk_load_function(ctx);
    nd_compile_cache_store(ctx, &key);
}

/* builtins.compile(id): [ id ] -> [ func | undefined ] */
static duk_ret_t builtins_compile(duk_context *ctx) {
    const nd_js_module_t *m = nd_js_module_find(duk_require_string(ctx, 0));
    if (m == NULL) {
        return 0;
    }
    modules_load_bundled(ctx, m);
    return 1;
}

/* builtins.has(id): [ id ] -> [ bool ] */
static duk_ret_t builtins_has(duk_context *ctx) {
    duk_push_boolean(ctx, nd_js_module_find(duk_require_string(ctx, 0)) != NULL);
    return 1;
}

/* builtins.ids(): [ ] -> [ array of every bundled id ] */
static duk_ret_t builtins_ids(duk_context *ctx) {
    duk_push_array(ctx);
    for (size_t i = 0; i < nd_js_module_count; i++) {
        duk_push_string(ctx, nd_js_modules[i].id);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    return 1;
}

duk_ret_t nd_open_builtins(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "compile", builtins_compile, 1 },
        { "has", builtins_has, 1 },
        { "ids", builtins_ids, 0 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    return 1;
}

/* Defines a plain data property on the error at the stack top (Duktape's fileName and
 * lineNumber are inherited accessors, so a put would not stick).  [ ... err val ] -> [ ... err ] */
static void modules_force_prop(duk_context *ctx, const char *key) {
    duk_push_string(ctx, key);
    duk_swap_top(ctx, -2);
    duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_VALUE | DUK_DEFPROP_FORCE | DUK_DEFPROP_SET_WRITABLE |
                              DUK_DEFPROP_SET_CONFIGURABLE | DUK_DEFPROP_CLEAR_ENUMERABLE);
}

/* Lowers the source at idx to ES5.1 in place (src/lower/), for Duktape.  A syntax error throws
 * Node's SyntaxError carrying the file, line and column that the uncaught-error printer shows
 * above the message (js/internal/process/execution.js). */
static void modules_lower(duk_context *ctx, duk_idx_t idx, int flags, const char *filename) {
    idx = duk_normalize_index(ctx, idx);
    duk_size_t len;
    const char *code = duk_require_lstring(ctx, idx, &len);
    nd_lower_result_t r = { 0 };
    int rc = nd_lower(code, len, flags, &r);
    if (rc == 0) {
        /* Everything that can throw happens after the result is freed. */
        duk_push_lstring(ctx, r.code, r.len);
    } else if (rc == -EINVAL) {
        duk_push_string(ctx, r.error_message != NULL ? r.error_message : "Invalid or unexpected token");
    }
    int line = r.error_line;
    int column = r.error_column;
    nd_lower_result_free(&r);
    if (rc == 0) {
        duk_replace(ctx, idx);
        return;
    }
    if (rc != -EINVAL) {
        (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory while compiling %s", filename);
    }
    duk_push_error_object(ctx, DUK_ERR_SYNTAX_ERROR, "%s", duk_get_string(ctx, -1));
    duk_push_string(ctx, filename);
    modules_force_prop(ctx, "fileName");
    duk_push_int(ctx, line);
    modules_force_prop(ctx, "lineNumber");
    duk_push_int(ctx, column);
    duk_put_prop_literal(ctx, -2, DUK_HIDDEN_SYMBOL("nd_column"));
    (void)duk_throw(ctx);
}

/* [ code filename ] -> [ func ]: lowers code with flags, then wraps it in prefix; or loads the
 * function an earlier run compiled from the same source (src/compile_cache.c). */
static duk_ret_t modules_compile(duk_context *ctx, int flags, const char *prefix) {
    const char *filename = duk_require_string(ctx, 1);
    duk_size_t len;
    const char *code = duk_require_lstring(ctx, 0, &len);
    nd_cache_key_t key;
    if (nd_compile_cache_load(ctx, code, len, filename, flags, &key)) {
        return 1;
    }
    modules_lower(ctx, 0, flags, filename);
    code = duk_require_lstring(ctx, 0, &len);
    modules_compile_wrapped(ctx, prefix, code, len, filename);
    nd_compile_cache_store(ctx, &key);
    return 1;
}

/* contextify.compileFunction(code, filename): [ code filename ] -> [ func ]
 * The function takes Node's five module parameters.  The source is lowered first. */
static duk_ret_t contextify_compile_function(duk_context *ctx) {
    return modules_compile(ctx, ND_LOWER_MODULE_FUNCTION_BODY, ND_MODULE_PREFIX);
}

/* contextify.compileModule(code, filename): [ code filename ] -> [ func ]
 * An ES module: the function takes the loader's $nd_esm and hands it the module's links and
 * body (src/lower/lower.h, ND_LOWER_ESM). */
static duk_ret_t contextify_compile_module(duk_context *ctx) {
    return modules_compile(ctx, ND_LOWER_ESM, ND_ESM_PREFIX);
}

/* contextify.runInThisContext(code, filename): [ code filename ] -> [ completion value ]
 * Runs code as global (indirect eval) code, as node -e and -p do, after lowering it. */
static duk_ret_t contextify_run_in_this_context(duk_context *ctx) {
    const char *filename = duk_require_string(ctx, 1);
    modules_lower(ctx, 0, ND_LOWER_SCRIPT, filename);
    duk_dup(ctx, 0);
    duk_dup(ctx, 1);
    duk_compile(ctx, DUK_COMPILE_EVAL);
    duk_call(ctx, 0);
    return 1;
}

/* contextify.lower(code): [ code ] -> [ es5 | undefined ]  The lowered source, or undefined when
 * the code needs no lowering (it is plain ES5 and runs as is); throws SyntaxError. */
static duk_ret_t contextify_lower(duk_context *ctx) {
    duk_size_t len;
    const char *code = duk_require_lstring(ctx, 0, &len);
    duk_dup(ctx, 0);
    modules_lower(ctx, -1, ND_LOWER_SCRIPT, "anonymous");
    duk_size_t out_len;
    const char *out = duk_get_lstring(ctx, -1, &out_len);
    if (out_len == len && memcmp(out, code, len) == 0) {
        return 0;
    }
    return 1;
}

static int modules_is_word_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* Does the text after "RegExp." name one of the legacy statics ($1 ... $9, $_, lastMatch ...)? */
static int modules_names_legacy_static(const char *p, const char *end) {
    static const char *const names[] = { "lastMatch", "lastParen", "leftContext", "rightContext" };
    if (p < end && *p == '$') {
        return 1;
    }
    for (size_t i = 0; i < ND_ARRAY_SIZE(names); i++) {
        size_t n = strlen(names[i]);
        if ((size_t)(end - p) >= n && memcmp(p, names[i], n) == 0) {
            return 1;
        }
    }
    return (size_t)(end - p) >= 5 && memcmp(p, "input", 5) == 0 &&
           (end - p == 5 || !modules_is_word_char(p[5]));
}

/* contextify.usesLegacyRegExp(source): [ source ] -> [ bool ]  Does the source read RegExp.$1
 * or another legacy static (a word "RegExp." before one of their names)?  The loaders turn the
 * statics on for such a module (js/internal/polyfills/regexp.js); a regular expression over
 * every module's text cost Express a tenth of its start-up. */
static duk_ret_t contextify_uses_legacy_regexp(duk_context *ctx) {
    duk_size_t len;
    const char *source = duk_require_lstring(ctx, 0, &len);
    const char *end = source + len;
    const char *p = source;
    while ((p = memmem(p, (size_t)(end - p), "RegExp.", 7)) != NULL) {
        if ((p == source || !modules_is_word_char(p[-1])) && modules_names_legacy_static(p + 7, end)) {
            duk_push_true(ctx);
            return 1;
        }
        p += 7;
    }
    duk_push_false(ctx);
    return 1;
}

/* contextify.makeContext(global): [ global ] -> [ thread ]  A thread whose global object is
 * `global` (built-ins shared with the main one), which a vm context runs its code in
 * (js/vm.js). */
static duk_ret_t contextify_make_context(duk_context *ctx) {
    duk_require_object(ctx, 0);
    duk_push_thread(ctx);
    duk_context *t = duk_get_context(ctx, -1);
    duk_dup(ctx, 0);
    duk_xmove_top(t, ctx, 1);
    duk_set_global_object(t);
    return 1;
}

/* contextify.runInContext(thread, code, filename): [ thread code filename ] -> [ value ]
 * Runs code (lowered first) as global code of the thread's environment.  Everything that can
 * throw on the thread is protected there, and an error comes back to be thrown here: an error
 * must not unwind through a thread that is not the one running. */
static duk_ret_t contextify_run_in_context(duk_context *ctx) {
    duk_context *t = duk_require_context(ctx, 0);
    const char *filename = duk_require_string(ctx, 2);
    modules_lower(ctx, 1, ND_LOWER_SCRIPT, filename);
    duk_require_stack(t, 4);
    duk_dup(ctx, 1);
    duk_dup(ctx, 2);
    duk_xmove_top(t, ctx, 2);
    int rc = duk_pcompile(t, DUK_COMPILE_EVAL);
    if (rc == DUK_EXEC_SUCCESS) {
        rc = duk_pcall(t, 0);
    }
    duk_xmove_top(ctx, t, 1);
    if (rc != DUK_EXEC_SUCCESS) {
        (void)duk_throw(ctx);
    }
    return 1;
}

duk_ret_t nd_open_contextify(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "lower", contextify_lower, 1 },
        { "usesLegacyRegExp", contextify_uses_legacy_regexp, 1 },
        { "makeContext", contextify_make_context, 1 },
        { "runInContext", contextify_run_in_context, 3 },
        { "compileFunction", contextify_compile_function, 2 },
        { "compileModule", contextify_compile_module, 2 },
        { "runInThisContext", contextify_run_in_this_context, 2 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    return 1;
}

/* Stores each function property of the object at the stack top in the heap stash, where C finds
 * its entry points (fatalException, tickCallback, runMain ...).  [ ... obj ] -> [ ... obj ] */
static void modules_stash_entry_points(duk_context *ctx) {
    duk_push_heap_stash(ctx);
    duk_enum(ctx, -2, DUK_ENUM_OWN_PROPERTIES_ONLY);
    while (duk_next(ctx, -1, 1 /*get_value*/)) {        /* [ obj stash enum key val ] */
        duk_put_prop(ctx, -4);
    }
    duk_pop_2(ctx);
}

static duk_ret_t modules_bootstrap_body(duk_context *ctx, void *udata) {
    (void)udata;
    const nd_js_module_t *m = nd_js_module_find(ND_BOOTSTRAP_ID);
    ND_ASSERT(m != NULL);
    modules_load_bundled(ctx, m);
    duk_push_c_function(ctx, modules_internal_binding, 1);
    duk_push_global_object(ctx);
    duk_call(ctx, 2);                                   /* [ entry_points ] */
    modules_stash_entry_points(ctx);
    return 1;
}

int nd_modules_bootstrap(duk_context *ctx) {
    if (duk_safe_call(ctx, modules_bootstrap_body, NULL, 0, 1) != DUK_EXEC_SUCCESS) {
        fprintf(stderr, "nodule: bootstrap failed: %s\n", duk_safe_to_stacktrace(ctx, -1));
        duk_pop(ctx);
        return -1;
    }
    duk_pop(ctx);
    return 0;
}
