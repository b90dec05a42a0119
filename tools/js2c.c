/*
 * tools/js2c.c: embeds the bundled JavaScript (js/) into build/gen/js_bundle.c as Duktape
 * bytecode.
 *
 * Usage: js2c [--raw id,id,...] OUT.c js/a.js js/internal/b.js ...
 * Each file is wrapped exactly as src/modules.c wraps it at run time (the whole prefix on line 1,
 * so line numbers match js/), compiled by the same Duktape build with the file name node:<id>,
 * and dumped with duk_dump_function.  Loading bytecode is many times faster than compiling
 * source, which is what keeps start-up in milliseconds (docs/performance.md).  The entries are
 * sorted by id so src/modules.c can binary-search them.  A syntax error in js/ fails the build.
 * Each module's bytecode is stored deflated (zlib): bytecode is as large as the source, and
 * compressed it takes a third of the space; inflating a module when it is first required costs
 * far less than compiling it (docs/performance.md).  The modules every start-up loads (--raw,
 * listed in the Makefile) stay uncompressed, so `nodule -e 0` inflates nothing.
 * Each source goes through the lowering compiler first, as every source does at run time: js/ is
 * plain ES5, so that only turns references to `undefined` into `void 0` (src/lower/undef.c).
 * Built with the project's duktape.o and run on the build machine only.
 */
#include "nd_dukconfig.h"
#include <duktape.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zlib.h>

#include "lower/lower.h"
#include "wrap.h"

typedef struct js_entry_s {
    char *id;
    const char *path;
} js_entry_t;

static int entry_cmp(const void *a, const void *b) {
    return strcmp(((const js_entry_t *)a)->id, ((const js_entry_t *)b)->id);
}

/* Returns the module id of a path: "js/internal/errors.js" -> "internal/errors" (malloc'd). */
static char *module_id(const char *path) {
    const char *start = strncmp(path, "js/", 3) == 0 ? path + 3 : path;
    size_t len = strlen(start);
    if (len > 3 && strcmp(start + len - 3, ".js") == 0) {
        len -= 3;
    }
    char *id = malloc(len + 1);
    if (id == NULL) {
        return NULL;
    }
    memcpy(id, start, len);
    id[len] = '\0';
    return id;
}

/* Reads a whole file; returns a malloc'd buffer and its length, or NULL. */
static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        perror(path);
        return NULL;
    }
    size_t cap = 65536;
    size_t used = 0;
    char *buf = malloc(cap);
    while (buf != NULL) {
        used += fread(buf + used, 1, cap - used, f);
        if (used < cap) {
            break;
        }
        cap *= 2;
        char *bigger = realloc(buf, cap);
        if (bigger == NULL) {
            free(buf);
        }
        buf = bigger;
    }
    if (buf == NULL || ferror(f)) {
        fclose(f);
        free(buf);
        return NULL;
    }
    fclose(f);
    *len = used;
    return buf;
}

typedef struct compile_args_s {
    const char *id;
    const char *src;
    size_t len;
} compile_args_t;

/* [ ] -> [ bytecode buffer ] */
static duk_ret_t compile_module(duk_context *ctx, void *udata) {
    compile_args_t *a = udata;
    int is_bootstrap = strcmp(a->id, ND_BOOTSTRAP_ID) == 0;
    duk_push_string(ctx, is_bootstrap ? ND_BOOTSTRAP_PREFIX : ND_BUILTIN_PREFIX);
    duk_push_lstring(ctx, a->src, a->len);
    duk_push_string(ctx, ND_WRAP_SUFFIX);
    duk_concat(ctx, 3);
    duk_push_sprintf(ctx, "node:%s", a->id);
    duk_compile(ctx, DUK_COMPILE_FUNCTION);
    duk_dump_function(ctx);
    return 1;
}

static void emit_bytes(FILE *out, const unsigned char *p, size_t n) {
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "%s%u,", (i % 24 == 0) ? "\n    " : "", p[i]);
    }
}

/* Returns non-zero when id is one of the comma-separated ids in list. */
static int in_list(const char *list, const char *id) {
    size_t n = strlen(id);
    for (const char *p = list; p != NULL && *p != '\0';) {
        const char *comma = strchr(p, ',');
        size_t len = comma != NULL ? (size_t)(comma - p) : strlen(p);
        if (len == n && strncmp(p, id, n) == 0) {
            return 1;
        }
        p = comma != NULL ? comma + 1 : NULL;
    }
    return 0;
}

int main(int argc, char **argv) {
    const char *raw_list = "";
    if (argc >= 3 && strcmp(argv[1], "--raw") == 0) {
        raw_list = argv[2];
        argc -= 2;
        argv += 2;
    }
    if (argc < 2) {
        fprintf(stderr, "usage: js2c [--raw id,...] OUT.c FILE.js...\n");
        return 2;
    }
    int n = argc - 2;
    js_entry_t *entries = calloc(n > 0 ? n : 1, sizeof(*entries));
    size_t *lens = calloc(n > 0 ? n : 1, sizeof(size_t));
    size_t *raw_lens = calloc(n > 0 ? n : 1, sizeof(size_t));
    duk_context *ctx = duk_create_heap_default();
    if (entries == NULL || lens == NULL || raw_lens == NULL || ctx == NULL) {
        return 1;
    }
    for (int i = 0; i < n; i++) {
        entries[i].path = argv[i + 2];
        entries[i].id = module_id(argv[i + 2]);
        if (entries[i].id == NULL) {
            return 1;
        }
    }
    qsort(entries, n, sizeof(*entries), entry_cmp);

    FILE *out = fopen(argv[1], "w");
    if (out == NULL) {
        perror(argv[1]);
        return 1;
    }
    fputs("/* Generated by tools/js2c from js/: do not edit. */\n#include \"modules.h\"\n", out);
    int failed = 0;
    /* Two passes: the start-up modules first, so they sit together in .rodata and start-up
     * touches few pages (the kernel maps pages around every fault: scattered hot modules would
     * bring most of the bundle into memory). */
    for (int pass = 0; pass < 2 * n && !failed; pass++) {
        int i = pass % n;
        if ((pass < n) != (in_list(raw_list, entries[i].id) != 0)) {
            continue;
        }
        compile_args_t a = { entries[i].id, NULL, 0 };
        char *src = read_file(entries[i].path, &a.len);
        if (src == NULL) {
            failed = 1;
            break;
        }
        nd_lower_result_t lowered = { 0 };
        int lower_flags = ND_LOWER_MODULE_FUNCTION_BODY | ND_LOWER_NO_NAMES;
        if (nd_lower(src, a.len, lower_flags, &lowered) != 0) {
            fprintf(stderr, "%s:%d: %s\n", entries[i].path, lowered.error_line,
                    lowered.error_message != NULL ? lowered.error_message : "out of memory");
            nd_lower_result_free(&lowered);
            free(src);
            failed = 1;
            break;
        }
        a.src = lowered.code;
        a.len = lowered.len;
        if (duk_safe_call(ctx, compile_module, &a, 0, 1) != DUK_EXEC_SUCCESS) {
            fprintf(stderr, "%s: %s\n", entries[i].path, duk_safe_to_string(ctx, -1));
            failed = 1;
        } else {
            duk_size_t bc_len;
            const unsigned char *bc = duk_get_buffer_data(ctx, -1, &bc_len);
            if (in_list(raw_list, entries[i].id)) {
                fprintf(out, "\nstatic const unsigned char bc_%d[] = {", i);
                emit_bytes(out, bc, bc_len);
                fputs("\n};\n", out);
                lens[i] = bc_len;
                raw_lens[i] = 0;
                duk_pop(ctx);
                free(src);
                nd_lower_result_free(&lowered);
                continue;
            }
            uLongf zlen = compressBound(bc_len);
            unsigned char *z = malloc(zlen);
            if (z == NULL || compress2(z, &zlen, bc, bc_len, 9) != Z_OK) {
                fprintf(stderr, "%s: compression failed\n", entries[i].path);
                failed = 1;
            } else {
                fprintf(out, "\nstatic const unsigned char bc_%d[] = {", i);
                emit_bytes(out, z, zlen);
                fputs("\n};\n", out);
                lens[i] = zlen;
                raw_lens[i] = bc_len;
            }
            free(z);
        }
        duk_pop(ctx);
        free(src);
        nd_lower_result_free(&lowered);
    }
    if (!failed) {
        fputs("\nconst nd_js_module_t nd_js_modules[] = {\n", out);
        for (int i = 0; i < n; i++) {
            fprintf(out, "    { \"%s\", bc_%d, %zu, %zu },\n", entries[i].id, i, lens[i],
                    raw_lens[i]);
        }
        fprintf(out, "    { NULL, NULL, 0, 0 }\n};\n\nconst size_t nd_js_module_count = %d;\n", n);
    }
    duk_destroy_heap(ctx);
    for (int i = 0; i < n; i++) {
        free(entries[i].id);
    }
    free(entries);
    free(lens);
    free(raw_lens);
    if (fclose(out) != 0 || failed) {
        remove(argv[1]);
        return 1;
    }
    return 0;
}
