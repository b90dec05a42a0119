/*
 * src/lower/undef.c: references to the global `undefined` become `void 0`.
 *
 * Duktape compiles `undefined` as a variable: every read walks the scope chain up to the global
 * object, a lookup per scope (13 of them in each request of the hello-world HTTP server, 5% of its
 * instructions).  `void 0` is a constant.  The global `undefined` is neither writable nor
 * configurable, so the two are the same value wherever the name is not bound to something else.
 *
 * The parser records each reference (an identifier read in an expression) and marks the source
 * unsafe, which turns the rewrite off for the whole source, when the name could mean anything
 * else or the rewrite could change behaviour: a binding named `undefined` (variable, parameter,
 * function, catch, class, import), an assignment, update or for-in target, `delete undefined`,
 * a `with` statement, a reference to `eval` (a direct eval can declare variables), or an escaped
 * spelling.  Plain ES5 sources, which are otherwise copied unchanged, get the rewrite too.
 */
#include "lower_int.h"

#include <stdlib.h>
#include <string.h>

/* Records the reference at pos; the parser calls it in source order. */
void nd_lw_undef_ref(nd_lw_t *L, uint32_t pos) {
    if (L->nundefs == L->undefs_cap) {
        int cap = L->undefs_cap ? L->undefs_cap * 2 : 64;
        uint32_t *nu = realloc(L->undefs, sizeof(uint32_t) * (size_t)cap);
        if (nu == NULL) {
            nd_lw_oom(L);
        }
        L->undefs = nu;
        L->undefs_cap = cap;
    }
    L->undefs[L->nundefs++] = pos;
}

/* See lower_int.h. */
int nd_lw_undef_first(nd_lw_t *L, uint32_t pos) {
    if (L->undef_unsafe) {
        return L->nundefs;
    }
    int lo = 0, hi = L->nundefs;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (L->undefs[mid] < pos) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

static int is_recorded(nd_lw_t *L, uint32_t pos) {
    int k = nd_lw_undef_first(L, pos);
    return k < L->nundefs && L->undefs[k] == pos;
}

static int is_space(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* The text that replaces the reference at pos, or NULL to keep `undefined`.  `(void 0)` is a
 * primary expression like the name; without the parentheses `void 0.x` or `void 0(...)` would
 * parse differently.  A parenthesis starting a line could join the line before it into a call
 * (no semicolon there), so at the start of a line (or after a comment, which may end one) it is
 * the bare `void 0`, a unary expression that cannot continue the line before, and the name is
 * kept where a bare one would bind wrongly. */
static const char *replacement(nd_lw_t *L, uint32_t pos) {
    const char *s = L->src;
    uint32_t end = pos + 9; /* strlen("undefined") */
    while (end < L->len && is_space(s[end])) {
        end++;
    }
    char next = end < L->len ? s[end] : '\0';
    if (next == '/' && end + 1 < L->len && (s[end + 1] == '/' || s[end + 1] == '*')) {
        return NULL; /* a comment: what follows it is not looked at */
    }
    int binds_tighter = next == '.' || next == '[' || next == '(' || next == '`' || next == '?';
    uint32_t i = pos;
    while (i > 0 && (s[i - 1] == ' ' || s[i - 1] == '\t')) {
        i--;
    }
    int line_start = i == 0 || s[i - 1] == '\n' || s[i - 1] == '\r' || s[i - 1] == '/' ||
                     (unsigned char)s[i - 1] >= 0x80; /* U+2028/2029 end lines too */
    if (!line_start) {
        return "(void 0)";
    }
    return binds_tighter ? NULL : "void 0";
}

/* See lower_int.h. */
const char *nd_lw_undef_text(nd_lw_t *L, uint32_t pos) {
    if (L->undef_unsafe || !is_recorded(L, pos)) {
        return NULL;
    }
    return replacement(L, pos);
}
