/*
 * src/lower/fname.c: the names ES2015 gives anonymous functions (NamedEvaluation).
 *
 * `var f = function () {}` makes a function whose `.name` is 'f'; so do `f = ...`, `f ||= ...`,
 * `{ f: ... }`, `{ 'a-b': ... }`, a default `(f = ...) =>`, `{ f = ... } = o`, a class field
 * `f = ...`, and an object literal's `get f() {}` is 'get f'.  Duktape names only what the
 * syntax names, so the parser records each such function with its name (nd_lw_fname_infer),
 * and the output gives it the directive `"use duk name f";` right after its body's '{'.  The
 * build patches Duktape to read it (src/duk_name_directive.sed): the function template gets the
 * name, and nothing else changes.  Writing `function f () {}` instead would give every closure a
 * scope object holding the name binding (a third more time per closure made) and would make
 * the name mean the function inside its body, where the source means an outer variable.
 *
 * Records outlive the fast path's discarded statements (they are malloc'd like undef.c's list),
 * so plain ES5 sources get their directives too (nd_lw_fast_copy); in lowered sources the
 * emitter inserts them where it copies a body's '{' (emit.c copy()), or writes them itself for
 * an arrow with an expression body.
 */
#include "lower_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAME_MAX_LEN (FNAME_TEXT_MAX - 8) /* longer keys stay unnamed */

/* Whether the source text [s, s + n) can stand in the directive as it is: no quote, backslash
 * or line terminator (U+2028/2029 included). */
static int plain_text(const char *s, uint32_t n) {
    if (n == 0 || n > NAME_MAX_LEN) {
        return 0;
    }
    for (uint32_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\' || c == '\n' || c == '\r' ||
            (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
             ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9))) {
            return 0;
        }
    }
    return 1;
}

/* Whether numeric literal [s, s + n) is written as its own ToString: `0`, `12` (a key `1.50`,
 * `0x10` or `1e3` is named after the number's canonical text, which is not worth computing). */
static int canonical_integer(const char *s, uint32_t n) {
    if (n == 0 || n > 15 || (s[0] == '0' && n > 1)) {
        return 0;
    }
    for (uint32_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') {
            return 0;
        }
    }
    return 1;
}

/* See lower_int.h. */
void nd_lw_fname_infer(nd_lw_t *L, nd_lw_node_t *value, nd_lw_node_t *key, char prefix) {
    if (L->flags & ND_LOWER_NO_NAMES) {
        return;
    }
    while (value->type == N_PAREN) {
        value = value->a; /* `(function () {})` is named; `(0, function () {})` (N_SEQ) is not */
    }
    uint32_t at;
    if (value->type == N_FUNC_EXPR && value->a == NULL) {
        at = value->c->start + 1;
    } else if (value->type == N_ARROW) {
        at = (value->flags & NF_EXPR_BODY) ? FNAME_NONE : value->c->start + 1;
    } else if (value->type == N_CLASS_EXPR && value->a == NULL) {
        at = FNAME_NONE; /* the emitter passes the name to $nd.cls */
    } else {
        return;
    }
    nd_lw_fname_t r = { at, 0, 0, 0, prefix, 0, L->discard ? NULL : value };
    switch (key->type) {
    case N_IDENT:
    case N_PRIVATE_NAME:
        r.atom = key->atom;
        if (L->atoms[r.atom].len > NAME_MAX_LEN) {
            return;
        }
        break;
    case N_STR:
        r.src = key->start + 1;
        r.len = key->end - key->start - 2;
        if (!plain_text(L->src + r.src, r.len)) {
            return;
        }
        break;
    case N_NUM:
        r.src = key->start;
        r.len = key->end - key->start;
        if (!canonical_integer(L->src + r.src, r.len)) {
            return;
        }
        break;
    default:
        return;
    }
    if (L->nfnames == L->fnames_cap) {
        int cap = L->fnames_cap ? L->fnames_cap * 2 : 32;
        nd_lw_fname_t *nf = realloc(L->fnames, sizeof(*nf) * (size_t)cap);
        if (nf == NULL) {
            nd_lw_oom(L);
        }
        L->fnames = nf;
        L->fnames_cap = cap;
    }
    L->fnames[L->nfnames++] = r;
}

static int by_position(const void *a, const void *b) {
    uint32_t x = ((const nd_lw_fname_t *)a)->at, y = ((const nd_lw_fname_t *)b)->at;
    return x < y ? -1 : x > y;
}

/* See lower_int.h.  The parser records a function after its body, so inner functions come
 * first; the function node keeps its record's number + 1 in its (otherwise unused) atom. */
void nd_lw_fname_sort(nd_lw_t *L) {
    if (L->nfnames > 1) {
        qsort(L->fnames, (size_t)L->nfnames, sizeof(*L->fnames), by_position);
    }
    for (int i = 0; i < L->nfnames; i++) {
        if (L->fnames[i].fn != NULL) {
            L->fnames[i].fn->atom = i + 1;
        }
    }
}

/* See lower_int.h. */
nd_lw_fname_t *nd_lw_fname_of(nd_lw_t *L, nd_lw_node_t *fn) {
    if ((fn->type != N_FUNC_EXPR && fn->type != N_ARROW && fn->type != N_CLASS_EXPR) ||
        fn->atom <= 0 ||
        fn->atom > L->nfnames || L->fnames[fn->atom - 1].fn != fn) {
        return NULL;
    }
    return &L->fnames[fn->atom - 1];
}

/* See lower_int.h. */
int nd_lw_fname_first(nd_lw_t *L, uint32_t pos) {
    int lo = 0, hi = L->nfnames;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (L->fnames[mid].at < pos) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

/* See lower_int.h. */
void nd_lw_fname_text(nd_lw_t *L, const nd_lw_fname_t *r, char buf[FNAME_TEXT_MAX]) {
    const char *prefix = r->prefix == 'g' ? "get " : r->prefix == 's' ? "set " :
                         r->prefix == '#' ? "#" : "";
    const char *s = r->atom != 0 ? L->atoms[r->atom].s : L->src + r->src;
    int n = (int)(r->atom != 0 ? L->atoms[r->atom].len : r->len);
    snprintf(buf, FNAME_TEXT_MAX, "%s%.*s", prefix, n, s);
}

/* See lower_int.h. */
void nd_lw_fname_put(nd_lw_t *L, nd_lw_buf_t *b, const nd_lw_fname_t *r) {
    char name[FNAME_TEXT_MAX];
    nd_lw_fname_text(L, r, name);
    nd_lw_buf_puts(L, b, "\"use duk name ");
    nd_lw_buf_puts(L, b, name);
    nd_lw_buf_puts(L, b, "\";");
}

/* See lower_int.h. */
void nd_lw_patch_start(nd_lw_t *L, nd_lw_patch_t *p, uint32_t from) {
    p->k = nd_lw_undef_first(L, from);
    p->j = nd_lw_fname_first(L, from + 1);
}

/* See lower_int.h. */
int nd_lw_patch_next(nd_lw_t *L, nd_lw_patch_t *p, uint32_t end) {
    for (;;) {
        uint32_t u = p->k < L->nundefs && L->undefs[p->k] < end ? L->undefs[p->k] : FNAME_NONE;
        uint32_t f = p->j < L->nfnames && L->fnames[p->j].at <= end ? L->fnames[p->j].at
                                                                      : FNAME_NONE;
        if (u == FNAME_NONE && f == FNAME_NONE) {
            return 0;
        }
        if (f <= u) {
            const nd_lw_fname_t *r = &L->fnames[p->j++];
            if (!r->skip) {
                p->pos = f;
                p->cut = 0;
                p->text = NULL;
                p->fname = r;
                return 1;
            }
            continue;
        }
        p->k++;
        p->text = nd_lw_undef_text(L, u);
        if (p->text != NULL) {
            p->pos = u;
            p->cut = 9; /* strlen("undefined") */
            p->fname = NULL;
            return 1;
        }
    }
}

/* See lower_int.h. */
int nd_lw_fast_copy(nd_lw_t *L, nd_lw_buf_t *b) {
    if ((L->undef_unsafe || L->nundefs == 0) && L->nfnames == 0) {
        return 0;
    }
    nd_lw_patch_t p;
    uint32_t from = 0;
    nd_lw_patch_start(L, &p, 0);
    while (nd_lw_patch_next(L, &p, L->len)) {
        nd_lw_buf_put(L, b, L->src + from, p.pos - from);
        if (p.fname != NULL) {
            nd_lw_fname_put(L, b, p.fname);
        } else {
            nd_lw_buf_puts(L, b, p.text);
        }
        from = p.pos + p.cut;
    }
    nd_lw_buf_put(L, b, L->src + from, L->len - from);
    return 1;
}
