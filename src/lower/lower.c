/*
 * src/lower/lower.c: entry point of the lowering compiler, and the small services every pass
 * shares: the arena, growable buffers, the line table and syntax-error unwinding.
 *
 * One nd_lower() call owns one nd_lw_t on its stack; every allocation of the compilation comes
 * from its arena and is freed before nd_lower() returns.  Only the result buffers outlive it.
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower/lower.h"
#include "lower/lower_int.h"

struct nd_lw_chunk_s {
    nd_lw_chunk_t *next;
    size_t size;
};

#define LW_CHUNK_MIN (256 * 1024)

/* Returns n bytes of zeroed, 16-aligned arena memory; unwinds with -ENOMEM on failure. */
void *nd_lw_alloc(nd_lw_t *L, size_t n) {
    n = (n + 15) & ~(size_t)15;
    if (n > L->arena_left) {
        size_t sz = n + sizeof(nd_lw_chunk_t) + 16 > LW_CHUNK_MIN ? n + sizeof(nd_lw_chunk_t) + 16
                                                                    : LW_CHUNK_MIN;
        nd_lw_chunk_t *c = malloc(sz);
        if (c == NULL) {
            nd_lw_oom(L);
        }
        c->next = L->chunks;
        c->size = sz;
        L->chunks = c;
        char *p = (char *)(c + 1);
        uintptr_t mis = (uintptr_t)p & 15;
        if (mis != 0) {
            p += 16 - mis;
        }
        L->arena_p = p;
        L->arena_left = sz - (size_t)(p - (char *)c);
    }
    void *r = L->arena_p;
    L->arena_p += n;
    L->arena_left -= n;
    memset(r, 0, n);
    return r;
}

/* Returns arena memory of newsize bytes holding the first oldsize bytes of old (which stays
 * allocated until the arena is freed): the arena's realloc, so error unwinding leaks nothing. */
void *nd_lw_grow(nd_lw_t *L, void *old, size_t oldsize, size_t newsize) {
    void *p = nd_lw_alloc(L, newsize);
    if (old != NULL && oldsize > 0) {
        memcpy(p, old, oldsize < newsize ? oldsize : newsize);
    }
    return p;
}

/* Returns a new zeroed node of the given type starting at source offset start. */
nd_lw_node_t *nd_lw_node(nd_lw_t *L, int type, uint32_t start) {
    nd_lw_node_t *n = nd_lw_alloc(L, sizeof(*n));
    n->type = (uint8_t)type;
    n->start = start;
    n->end = start;
    return n;
}

/* Returns the 1-based line of source offset pos. */
int nd_lw_line_of(nd_lw_t *L, uint32_t pos) {
    int lo = 0, hi = L->nlines - 1;
    while (lo < hi) {
        int mid = (lo + hi + 1) / 2;
        if (L->lines[mid] <= pos) {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    return lo + 1;
}

/* Records a syntax error at source offset pos and unwinds to nd_lower(). */
void nd_lw_error_at(nd_lw_t *L, uint32_t pos, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(L->err_msg, sizeof(L->err_msg), fmt, ap);
    va_end(ap);
    if (pos > L->len) {
        pos = L->len;
    }
    /* The lexer may not have reached pos yet when the parser complains about a later token,
     * but the line table always covers every consumed token. */
    L->err_line = nd_lw_line_of(L, pos);
    L->err_col = (int)(pos - L->lines[L->err_line - 1]) + 1;
    L->err = -EINVAL;
    longjmp(L->jb, 1);
}

/* Unwinds to nd_lower() with -ENOMEM. */
void nd_lw_oom(nd_lw_t *L) {
    L->err = -ENOMEM;
    longjmp(L->jb, 1);
}

static void buf_grow(nd_lw_t *L, nd_lw_buf_t *b, size_t need) {
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + need + 1) {
        cap *= 2;
    }
    char *p;
    if (b->arena) {
        p = nd_lw_grow(L, b->p, b->len + (b->p ? 1 : 0), cap);
    } else {
        p = realloc(b->p, cap);
        if (p == NULL) {
            nd_lw_oom(L);
        }
    }
    b->p = p;
    b->cap = cap;
}

/* Appends n bytes to b (kept NUL-terminated); unwinds with -ENOMEM. */
void nd_lw_buf_put(nd_lw_t *L, nd_lw_buf_t *b, const char *s, size_t n) {
    if (n == 0) {
        return; /* s may be the NULL of an empty buffer */
    }
    if (b->len + n + 1 > b->cap) {
        buf_grow(L, b, n);
    }
    memcpy(b->p + b->len, s, n);
    b->len += n;
    b->p[b->len] = '\0';
}

/* Appends NUL-terminated s to b. */
void nd_lw_buf_puts(nd_lw_t *L, nd_lw_buf_t *b, const char *s) {
    nd_lw_buf_put(L, b, s, strlen(s));
}

/* Appends one byte to b. */
void nd_lw_buf_putc(nd_lw_t *L, nd_lw_buf_t *b, char c) {
    if (b->len + 2 > b->cap) {
        buf_grow(L, b, 1);
    }
    b->p[b->len++] = c;
    b->p[b->len] = '\0';
}

static void lw_cleanup(nd_lw_t *L) {
    nd_lw_chunk_t *c = L->chunks;
    while (c != NULL) {
        nd_lw_chunk_t *n = c->next;
        free(c);
        c = n;
    }
    free(L->lines);
    free(L->atoms);
    free(L->atab);
    free(L->comments);
    free(L->undefs);
    free(L->fnames);
}

/* Duktape does not know hashbang lines; keep the line as a comment. */
static void comment_hashbang(char *code, size_t len) {
    if (len >= 2 && code[0] == '#' && code[1] == '!') {
        code[0] = '/';
        code[1] = '/';
    }
}

static int copy_source(const char *src, size_t len, nd_lower_result_t *out) {
    out->code = malloc(len + 1);
    if (out->code == NULL) {
        return -ENOMEM;
    }
    memcpy(out->code, src, len);
    out->code[len] = '\0';
    comment_hashbang(out->code, len);
    out->len = len;
    return 0;
}

/* The fast path's result: the source, with `undefined` rewritten where it can be (undef.c) and
 * the directives naming functions inserted (fname.c).  Returns 1 when it took out->code from
 * L->out. */
static int es5_output(nd_lw_t *L, nd_lower_result_t *out) {
    if (setjmp(L->jb) != 0) {
        return -1;
    }
    if (!nd_lw_fast_copy(L, &L->out)) {
        return 0;
    }
    out->code = L->out.p;
    out->len = L->out.len;
    L->out.p = NULL;
    comment_hashbang(out->code, out->len);
    return 1;
}

/* Runs the passes; returns 1 if the source needs no lowering.  Unwinds to here on errors. */
static int run_passes(nd_lw_t *L) {
    int r = setjmp(L->jb);
    if (r == 1) {
        return -1;
    }
    if (r == 0) {
        /* Probe: parse, dropping each statement's nodes, until something needs lowering. */
        L->discard = !(L->flags & ND_LOWER_NO_FAST_PATH);
        nd_lw_lex_init(L);
        nd_lw_parse(L);
        nd_lw_fname_sort(L);
        if (!L->modern && L->discard) {
            return 1;
        }
    } else {
        /* The probe met a modern construct: parse again, keeping the AST. */
        L->discard = 0;
        L->modern = 1;
        L->depth = 0;
        L->loop_depth = 0;
        L->cover_init_pos = 0;
        L->no_in = 0;
        L->strict = 0;
        L->in_function = L->in_async = L->in_generator = L->in_class = 0;
        L->nundefs = 0;
        L->undef_unsafe = 0;
        L->nfnames = 0;
        nd_lw_lex_reset(L);
        nd_lw_parse(L);
        nd_lw_fname_sort(L);
    }
    nd_lw_analyze(L);
    nd_lw_emit(L);
    return 0;
}

/* See lower.h. */
int nd_lower(const char *src, size_t len, int flags, nd_lower_result_t *out) {
    nd_lw_t *L = NULL;
    int rc = 0;

    memset(out, 0, sizeof(*out));
    if (len >= 0x7fffffffu) {
        return -ENOMEM;
    }
    L = calloc(1, sizeof(*L));
    if (L == NULL) {
        return -ENOMEM;
    }
    L->src = src;
    L->len = (uint32_t)len;
    L->flags = flags;
    int r = run_passes(L);
    if (r < 0) {
        rc = L->err;
        if (rc == -EINVAL) {
            out->error_line = L->err_line;
            out->error_column = L->err_col;
            out->error_message = strdup(L->err_msg);
            if (out->error_message == NULL) {
                rc = -ENOMEM;
            }
        }
        free(L->out.p);
    } else if (r == 1) {
        int taken = es5_output(L, out);
        if (taken < 0) {
            rc = L->err;
            free(L->out.p);
        } else if (taken == 0) {
            rc = copy_source(src, len, out);
        }
    } else {
        out->code = L->out.p;
        out->len = L->out.len;
        if (out->code == NULL) {
            rc = copy_source("", 0, out);
        }
    }
    lw_cleanup(L);
    free(L);
    return rc;
}

/* See lower.h. */
void nd_lower_result_free(nd_lower_result_t *r) {
    if (r == NULL) {
        return;
    }
    free(r->code);
    free(r->error_message);
    r->code = NULL;
    r->error_message = NULL;
    r->len = 0;
}
