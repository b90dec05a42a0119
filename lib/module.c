/*
 * lib/module.c: the file system questions of the CommonJS loader's resolution, with their caches.
 *
 * js/internal/modules/cjs/loader.js asks, for every require(), whether each candidate path is a
 * file or a folder and what its real path is; Express asks some 1,250 and 420 such questions
 * before it listens.  Asked one JavaScript function and one native call at a time they were a
 * tenth of its start-up, so the candidates of one base path are probed in one call here, and
 * the answers are kept as Node keeps them:
 * - stat results while a top-level require() runs (Node's statCache), in stat_table, which
 *   the loader turns on when the outermost require() starts and off (emptied) when it ends;
 * - real paths for the life of the process (Node's realpathCache), in real_table.
 * Keys and real paths are Duktape string bytes, the very strings the loader would have made by
 * concatenation; a path goes to the system as UTF-8.  Both tables own their malloc'd entries.
 * Whatever this file cannot answer cheaply (a relative or unnormalized path, an error) it leaves
 * to the loader's own JavaScript, which answers as before.
 */
#include "nd.h"
#include "bindings.h"
#include "utf8.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

typedef struct module_entry_s {
    char *key;            /* the path's string bytes, NUL-terminated; NULL: a free slot */
    size_t len;
    uint64_t hash;
    int rc;               /* stat_table: 0 file, 1 folder, -errno */
    char *real;           /* real_table: the real path's string bytes, NUL-terminated */
    size_t real_len;
} module_entry_t;

typedef struct module_table_s {
    module_entry_t *slots;
    size_t cap;           /* 0 or a power of two, kept at most half full */
    size_t used;
} module_table_t;

static module_table_t stat_table;
static int stat_table_on;
static module_table_t real_table;

static uint64_t module_hash(const char *p, size_t len) {
    uint64_t h = 0xcbf29ce484222325ULL;
    for (size_t i = 0; i < len; i++) {
        h = (h ^ (unsigned char)p[i]) * 0x100000001b3ULL;
    }
    return h;
}

/* The slot of key, or the free slot where it would go. */
static module_entry_t *module_slot(module_table_t *t, const char *key, size_t len, uint64_t hash) {
    size_t mask = t->cap - 1;
    for (size_t i = (size_t)hash & mask;; i = (i + 1) & mask) {
        module_entry_t *e = &t->slots[i];
        if (e->key == NULL || (e->hash == hash && e->len == len && memcmp(e->key, key, len) == 0)) {
            return e;
        }
    }
}

static module_entry_t *module_find(module_table_t *t, const char *key, size_t len, uint64_t hash) {
    if (t->cap == 0) {
        return NULL;
    }
    module_entry_t *e = module_slot(t, key, len, hash);
    return e->key != NULL ? e : NULL;
}

/* Adds key (absent) and returns its entry, or NULL when out of memory (the answer is then
 * just not kept). */
static module_entry_t *module_add(module_table_t *t, const char *key, size_t len, uint64_t hash) {
    if ((t->used + 1) * 2 > t->cap) {
        size_t cap = t->cap == 0 ? 256 : t->cap * 2;
        module_entry_t *slots = calloc(cap, sizeof *slots);
        if (slots == NULL) {
            return NULL;
        }
        module_table_t grown = { slots, cap, t->used };
        for (size_t i = 0; i < t->cap; i++) {
            if (t->slots[i].key != NULL) {
                *module_slot(&grown, t->slots[i].key, t->slots[i].len, t->slots[i].hash) =
                    t->slots[i];
            }
        }
        free(t->slots);
        *t = grown;
    }
    char *copy = malloc(len + 1);
    if (copy == NULL) {
        return NULL;
    }
    memcpy(copy, key, len);
    copy[len] = '\0';
    module_entry_t *e = module_slot(t, key, len, hash);
    *e = (module_entry_t){ copy, len, hash, 0, NULL, 0 };
    t->used++;
    return e;
}

static void module_clear(module_table_t *t) {
    for (size_t i = 0; i < t->cap; i++) {
        free(t->slots[i].key);
        free(t->slots[i].real);
    }
    free(t->slots);
    *t = (module_table_t){ NULL, 0, 0 };
}

/* Runs stat or lstat (is_lstat) on the path whose string bytes are p[0..len), p[len] being a NUL;
 * returns 0 or -errno.  Bytes that are not plain UTF-8 (astral characters) are converted. */
static int module_sys_stat(const char *p, size_t len, int is_lstat, struct stat *st) {
    char *fixed = NULL;
    if (nd_cesu_needs_fix((const unsigned char *)p, len)) {
        fixed = malloc(len + 1);
        if (fixed == NULL) {
            return -ENOMEM;
        }
        fixed[nd_cesu_to_utf8((const unsigned char *)p, len, fixed)] = '\0';
        p = fixed;
    }
    int rc = (is_lstat ? lstat(p, st) : stat(p, st)) == 0 ? 0 : -errno;
    free(fixed);
    return rc;
}

/* realpath(3) of the path whose string bytes are p[0..len) (p[len] a NUL), as string bytes in
 * a malloc'd buffer; NULL on an error. */
static char *module_sys_realpath(const char *p, size_t len, size_t *out_len) {
    char *fixed = NULL;
    if (nd_cesu_needs_fix((const unsigned char *)p, len)) {
        fixed = malloc(len + 1);
        if (fixed == NULL) {
            return NULL;
        }
        fixed[nd_cesu_to_utf8((const unsigned char *)p, len, fixed)] = '\0';
        p = fixed;
    }
    char *sys = realpath(p, NULL);
    free(fixed);
    if (sys == NULL) {
        return NULL;
    }
    size_t n = strlen(sys);
    char *real = malloc(nd_utf8_to_cesu_bound(n) + 1);
    if (real != NULL) {
        *out_len = nd_utf8_to_cesu((const unsigned char *)sys, n, real);
        real[*out_len] = '\0';
    }
    free(sys);
    return real;
}

/* 0 for a file, 1 for a folder, or -errno; from stat_table while it is on. */
static int module_stat_path(const char *p, size_t len) {
    uint64_t hash = 0;
    if (stat_table_on) {
        hash = module_hash(p, len);
        module_entry_t *e = module_find(&stat_table, p, len, hash);
        if (e != NULL) {
            return e->rc;
        }
    }
    struct stat st;
    int rc = module_sys_stat(p, len, 0, &st);
    if (rc == 0) {
        rc = S_ISDIR(st.st_mode) ? 1 : 0;
    }
    if (stat_table_on) {
        module_entry_t *e = module_add(&stat_table, p, len, hash);
        if (e != NULL) {
            e->rc = rc;
        }
    }
    return rc;
}

/* Is p[0..len) an absolute path as path.resolve leaves it: no empty, '.' or '..' segment and no
 * trailing slash (the root aside)? */
static int module_is_normalized(const char *p, size_t len) {
    if (len == 0 || p[0] != '/') {
        return 0;
    }
    if (len == 1) {
        return 1;
    }
    size_t start = 1;
    for (size_t i = 1; i <= len; i++) {
        if (i == len || p[i] == '/') {
            size_t seg = i - start;
            if (seg == 0 || (seg == 1 && p[start] == '.') ||
                (seg == 2 && p[start] == '.' && p[start + 1] == '.')) {
                return 0;
            }
            start = i + 1;
        }
    }
    return 1;
}

/* The real path of the normalized absolute path p[0..len) (p[len] a NUL), from real_table or
 * found and kept there: a path that is no link is its folder's real path and its name (one
 * lstat), the folder's found the same way (p is cut at its slash meanwhile, then mended); a
 * link goes to realpath(3).  Returns the entry, or NULL when the loader must answer (an error,
 * which it reports as Node does, or no memory). */
static module_entry_t *module_real_entry(char *p, size_t len) {
    uint64_t hash = module_hash(p, len);
    module_entry_t *e = module_find(&real_table, p, len, hash);
    if (e != NULL) {
        return e;
    }
    char *real = NULL;
    size_t real_len = 0;
    struct stat st;
    if (len == 1) {
        real = strdup("/");
        real_len = 1;
    } else if (module_sys_stat(p, len, 1 /*lstat*/, &st) != 0) {
        return NULL;
    } else if (S_ISLNK(st.st_mode)) {
        real = module_sys_realpath(p, len, &real_len);
        if (real == NULL) {
            return NULL;
        }
    } else {
        size_t slash = len - 1;
        while (p[slash] != '/') {
            slash--;
        }
        size_t dir_len = slash == 0 ? 1 : slash;  /* the root keeps its slash */
        char saved = p[dir_len];
        p[dir_len] = '\0';
        module_entry_t *d = module_real_entry(p, dir_len);
        p[dir_len] = saved;
        if (d == NULL) {
            return NULL;
        }
        size_t base = d->real_len == 1 ? 1 : d->real_len + 1;
        real_len = base + (len - slash - 1);
        real = malloc(real_len + 1);
        if (real != NULL) {
            memcpy(real, d->real, d->real_len);
            real[base - 1] = '/';
            memcpy(real + base, p + slash + 1, len - slash - 1);
            real[real_len] = '\0';
        }
    }
    if (real == NULL || (e = module_add(&real_table, p, len, hash)) == NULL) {
        free(real);
        return NULL;
    }
    e->real = real;
    e->real_len = real_len;
    return e;
}

/* module.statCache(on): [ bool ] -> [ ]  Starts keeping stat results (emptied), or stops. */
static duk_ret_t module_stat_cache(duk_context *ctx) {
    module_clear(&stat_table);
    stat_table_on = duk_to_boolean(ctx, 0);
    return 0;
}

/* module.stat(path): [ path ] -> [ 0 file | 1 folder | -errno ]  Never throws on a missing
 * path. */
static duk_ret_t module_stat(duk_context *ctx) {
    duk_size_t len;
    const char *p = duk_require_lstring(ctx, 0, &len);
    duk_push_int(ctx, module_stat_path(p, len));
    return 1;
}

/* module.tryExtensions(base, exts): [ base exts ] -> [ index | -1 ]  The index of the first
 * extension whose base + extension is a file. */
static duk_ret_t module_try_extensions(duk_context *ctx) {
    duk_size_t len;
    const char *base = duk_require_lstring(ctx, 0, &len);
    duk_require_object(ctx, 1);
    duk_size_t n = duk_get_length(ctx, 1);
    char path[PATH_MAX];
    for (duk_size_t i = 0; i < n && len < sizeof path; i++) {
        duk_get_prop_index(ctx, 1, (duk_uarridx_t)i);
        duk_size_t ext_len;
        const char *ext = duk_to_lstring(ctx, -1, &ext_len);
        if (len + ext_len >= sizeof path) {
            duk_pop(ctx);
            continue;
        }
        memcpy(path, base, len);
        memcpy(path + len, ext, ext_len);
        path[len + ext_len] = '\0';
        duk_pop(ctx);
        if (module_stat_path(path, len + ext_len) == 0) {
            duk_push_int(ctx, (duk_int_t)i);
            return 1;
        }
    }
    duk_push_int(ctx, -1);
    return 1;
}

/* module.realpath(path): [ path ] -> [ real | undefined ]  The real path of a normalized
 * absolute path; undefined for any other path or on an error (the loader then asks the file
 * system itself and reports its error). */
static duk_ret_t module_realpath(duk_context *ctx) {
    duk_size_t len;
    const char *p = duk_require_lstring(ctx, 0, &len);
    if (len >= PATH_MAX || !module_is_normalized(p, len)) {
        return 0;
    }
    char path[PATH_MAX];
    memcpy(path, p, len + 1);
    module_entry_t *e = module_real_entry(path, len);
    if (e == NULL) {
        return 0;
    }
    duk_push_lstring(ctx, e->real, e->real_len);
    return 1;
}

duk_ret_t nd_open_module(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "statCache", module_stat_cache, 1 },
        { "stat", module_stat, 1 },
        { "tryExtensions", module_try_extensions, 2 },
        { "realpath", module_realpath, 1 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    return 1;
}
