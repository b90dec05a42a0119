/*
 * src/lower/lex.c: the ES2022 lexer of the lowering compiler.
 *
 * The parser drives it one token at a time (plus one token of lookahead with nd_lw_peek), and
 * asks it to re-read a '/' as a regular expression or a '}' as the continuation of a template,
 * since only the parser knows which one is meant.  The lexer records line starts (for the
 * emitter's line preservation and for error positions) and comment ranges as it goes.  Names
 * are interned as atoms; reserved words are atoms with fixed ids (lower_int.h).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower/lower_int.h"

static const char *const fixed_atoms[A__FIXED] = {
    "",
    "break", "case", "catch", "class", "const", "continue", "debugger", "default", "delete",
    "do", "else", "enum", "export", "extends", "false", "finally", "for", "function", "if",
    "import", "in", "instanceof", "new", "null", "return", "super", "switch", "this",
    "throw", "true", "try", "typeof", "var", "void", "while", "with",
    "let", "static", "yield", "await", "async", "of", "get", "set", "arguments", "eval",
    "constructor", "target", "__proto__", "implements", "interface", "package", "private",
    "protected", "public", "undefined", "meta", "prototype", "from", "as",
};

/* ASCII character classes */
#define CC_IDS 1   /* identifier start */
#define CC_IDP 2   /* identifier part */
#define CC_DIG 4
#define CC_HEX 8

static unsigned char cclass(unsigned char c) {
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_') {
        return CC_IDS | CC_IDP | (((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')) ? CC_HEX : 0);
    }
    if (c >= '0' && c <= '9') {
        return CC_IDP | CC_DIG | CC_HEX;
    }
    if (c >= 0x80) {
        return CC_IDS | CC_IDP;
    }
    return 0;
}

static uint32_t hash_bytes(const char *s, uint32_t n) {
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < n; i++) {
        h = (h ^ (unsigned char)s[i]) * 16777619u;
    }
    return h;
}

static void atab_insert(nd_lw_t *L, int id) {
    uint32_t mask = (uint32_t)L->atab_cap - 1;
    uint32_t i = L->atoms[id].hash & mask;
    while (L->atab[i] != 0) {
        i = (i + 1) & mask;
    }
    L->atab[i] = id;
}

/* Returns the atom id of name s[0..len) if it is interned, else 0. */
int nd_lw_atom_find(nd_lw_t *L, const char *s, uint32_t len) {
    uint32_t h = hash_bytes(s, len);
    uint32_t mask = (uint32_t)L->atab_cap - 1;
    uint32_t i = h & mask;
    while (L->atab[i] != 0) {
        nd_lw_atom_t *a = &L->atoms[L->atab[i]];
        if (a->hash == h && a->len == len && memcmp(a->s, s, len) == 0) {
            return L->atab[i];
        }
        i = (i + 1) & mask;
    }
    return 0;
}

/* Returns the atom id of name s[0..len), interning it (the bytes must outlive the compile). */
int nd_lw_intern(nd_lw_t *L, const char *s, uint32_t len) {
    uint32_t h = hash_bytes(s, len);
    uint32_t mask = (uint32_t)L->atab_cap - 1;
    uint32_t i = h & mask;
    while (L->atab[i] != 0) {
        nd_lw_atom_t *a = &L->atoms[L->atab[i]];
        if (a->hash == h && a->len == len && memcmp(a->s, s, len) == 0) {
            return L->atab[i];
        }
        i = (i + 1) & mask;
    }
    if (L->natoms + 1 >= L->atoms_cap) {
        int cap = L->atoms_cap * 2;
        nd_lw_atom_t *na = realloc(L->atoms, sizeof(*na) * (size_t)cap);
        if (na == NULL) {
            nd_lw_oom(L);
        }
        L->atoms = na;
        L->atoms_cap = cap;
    }
    if ((L->natoms + 1) * 2 > L->atab_cap) {
        int ncap = L->atab_cap * 2;
        int *nt = calloc((size_t)ncap, sizeof(int));
        if (nt == NULL) {
            nd_lw_oom(L);
        }
        free(L->atab);
        L->atab = nt;
        L->atab_cap = ncap;
        for (int k = 1; k < L->natoms; k++) {
            atab_insert(L, k);
        }
        mask = (uint32_t)L->atab_cap - 1;
    }
    int id = L->natoms++;
    nd_lw_atom_t *a = &L->atoms[id];
    memset(a, 0, sizeof(*a));
    a->s = s;
    a->len = len;
    a->hash = h;
    a->first[0] = a->first[1] = UINT32_MAX;
    atab_insert(L, id);
    return id;
}

static void add_line(nd_lw_t *L, uint32_t start) {
    if (L->nlines > 0 && L->lines[L->nlines - 1] >= start) {
        return; /* re-scan of a region already seen */
    }
    if (L->nlines == L->lines_cap) {
        int cap = L->lines_cap ? L->lines_cap * 2 : 1024;
        uint32_t *nl = realloc(L->lines, sizeof(uint32_t) * (size_t)cap);
        if (nl == NULL) {
            nd_lw_oom(L);
        }
        L->lines = nl;
        L->lines_cap = cap;
    }
    L->lines[L->nlines++] = start;
}

static void add_comment(nd_lw_t *L, uint32_t s, uint32_t e) {
    if (L->ncomments > 0 && L->comments[2 * L->ncomments - 2] >= s) {
        return;
    }
    if (L->ncomments == L->comments_cap) {
        int cap = L->comments_cap ? L->comments_cap * 2 : 256;
        uint32_t *nc = realloc(L->comments, sizeof(uint32_t) * 2 * (size_t)cap);
        if (nc == NULL) {
            nd_lw_oom(L);
        }
        L->comments = nc;
        L->comments_cap = cap;
    }
    L->comments[2 * L->ncomments] = s;
    L->comments[2 * L->ncomments + 1] = e;
    L->ncomments++;
}

/* Called with pos just past a '\n'. */
static void newline(nd_lw_t *L, uint32_t pos) {
    L->line++;
    L->line_start = pos;
    add_line(L, pos);
}

/* Sets up the atom table (fixed atoms first) and the line table, and reads the first token. */
void nd_lw_lex_init(nd_lw_t *L) {
    L->atoms_cap = 512;
    L->atoms = malloc(sizeof(nd_lw_atom_t) * (size_t)L->atoms_cap);
    L->atab_cap = 1024;
    L->atab = calloc((size_t)L->atab_cap, sizeof(int));
    if (L->atoms == NULL || L->atab == NULL) {
        nd_lw_oom(L);
    }
    L->natoms = 1; /* atom 0 is A_NONE */
    memset(&L->atoms[0], 0, sizeof(L->atoms[0]));
    for (int i = 1; i < A__FIXED; i++) {
        nd_lw_intern(L, fixed_atoms[i], (uint32_t)strlen(fixed_atoms[i]));
    }
    add_line(L, 0);
    nd_lw_lex_reset(L);
}

/* Rewinds the lexer to the start of the source and reads the first token. */
void nd_lw_lex_reset(nd_lw_t *L) {
    L->line = 1;
    L->line_start = 0;
    L->pos = 0;
    L->has_peek = 0;
    if (L->len >= 2 && L->src[0] == '#' && L->src[1] == '!') {
        while (L->pos < L->len && L->src[L->pos] != '\n') {
            L->pos++;
        }
        add_comment(L, 0, L->pos);
    }
    nd_lw_next(L);
}

static void lex_error(nd_lw_t *L, uint32_t pos, const char *msg) __attribute__((noreturn));
static void lex_error(nd_lw_t *L, uint32_t pos, const char *msg) {
    nd_lw_error_at(L, pos, "%s", msg);
}

/* Is there a UTF-8 line or paragraph separator (U+2028/9) at p? */
static int is_ls_ps(const char *s, uint32_t p, uint32_t len) {
    return p + 2 < len && (unsigned char)s[p] == 0xE2 && (unsigned char)s[p + 1] == 0x80 &&
           ((unsigned char)s[p + 2] == 0xA8 || (unsigned char)s[p + 2] == 0xA9);
}

/* Length of a Unicode space at p (NBSP, BOM, U+2000..200A, ...), or 0. */
static int uni_space(const char *s, uint32_t p, uint32_t len) {
    const unsigned char *u = (const unsigned char *)s + p;
    if (p + 1 < len && u[0] == 0xC2 && u[1] == 0xA0) {
        return 2;
    }
    if (p + 2 < len) {
        if (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
            return 3;
        }
        if (u[0] == 0xE2 && u[1] == 0x80 && ((u[2] >= 0x80 && u[2] <= 0x8A) || u[2] == 0xAF)) {
            return 3;
        }
        if (u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0x9F) {
            return 3;
        }
        if (u[0] == 0xE3 && u[1] == 0x80 && u[2] == 0x80) {
            return 3;
        }
        if (u[0] == 0xE1 && u[1] == 0x9A && u[2] == 0x80) {
            return 3;
        }
    }
    return 0;
}

/* Skips white space and comments; returns whether a line terminator was crossed. */
static int skip_space(nd_lw_t *L) {
    const char *s = L->src;
    uint32_t p = L->pos, n = L->len;
    int nl = 0;
    for (;;) {
        if (p >= n) {
            break;
        }
        unsigned char c = (unsigned char)s[p];
        if (c == ' ' || c == '\t' || c == '\v' || c == '\f') {
            p++;
        } else if (c == '\n') {
            p++;
            nl = 1;
            newline(L, p);
        } else if (c == '\r') {
            p++;
            nl = 1;
        } else if (c == '/' && p + 1 < n && s[p + 1] == '/') {
            uint32_t cs = p;
            p += 2;
            while (p < n && s[p] != '\n' && s[p] != '\r' && !is_ls_ps(s, p, n)) {
                p++;
            }
            add_comment(L, cs, p);
        } else if (c == '/' && p + 1 < n && s[p + 1] == '*') {
            uint32_t cs = p;
            p += 2;
            for (;;) {
                if (p + 1 >= n) {
                    L->pos = n;
                    lex_error(L, n, "Invalid or unexpected token");
                }
                if (s[p] == '*' && s[p + 1] == '/') {
                    p += 2;
                    break;
                }
                if (s[p] == '\n') {
                    nl = 1;
                    newline(L, p + 1);
                } else if (s[p] == '\r' || is_ls_ps(s, p, n)) {
                    nl = 1;
                }
                p++;
            }
            add_comment(L, cs, p);
        } else if (c >= 0x80) {
            int k = uni_space(s, p, n);
            if (k > 0) {
                p += (uint32_t)k;
            } else if (is_ls_ps(s, p, n)) {
                p += 3;
                nl = 1;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    L->pos = p;
    return nl;
}

static int hexval(int c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    if (c >= 'A' && c <= 'F') {
        return c - 'A' + 10;
    }
    return -1;
}

static int put_utf8(char *o, uint32_t cp) {
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Length of the UTF-8 sequence at p (a byte >= 0x80 in an identifier); bytes that are not
 * UTF-8 are V8's "Invalid or unexpected token" (Duktape would report them less clearly). */
static uint32_t utf8_seq_len(nd_lw_t *L, const char *s, uint32_t p, uint32_t n) {
    unsigned char c = (unsigned char)s[p];
    uint32_t len = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 :
                   c >= 0xF0 && c <= 0xF4 ? 4 : 0;
    for (uint32_t k = 1; len != 0 && k < len; k++) {
        if (p + k >= n || ((unsigned char)s[p + k] & 0xC0) != 0x80) {
            len = 0;
        }
    }
    if (len == 0) {
        lex_error(L, p, "Invalid or unexpected token");
    }
    return len;
}

/* Records where name token t occurs, keeping the two smallest offsets (a token re-read by the
 * parser counts once). */
static void note_ident(nd_lw_t *L, nd_lw_tok_t *t) {
    nd_lw_atom_t *a = &L->atoms[t->atom];
    if (t->start < a->first[1] && t->start != a->first[0]) {
        if (t->start < a->first[0]) {
            a->first[1] = a->first[0];
            a->first[0] = t->start;
        } else {
            a->first[1] = t->start;
        }
    }
}

/* Reads an identifier starting at L->pos (possibly with \u escapes) into t. */
static void scan_ident(nd_lw_t *L, nd_lw_tok_t *t) {
    const char *s = L->src;
    uint32_t p = L->pos, n = L->len;
    int escaped = 0;
    while (p < n) {
        unsigned char c = (unsigned char)s[p];
        if (cclass(c) & CC_IDP) {
            if (c >= 0x80 && (is_ls_ps(s, p, n) || uni_space(s, p, n))) {
                break;
            }
            if (c >= 0x80) {
                p += utf8_seq_len(L, s, p, n);
                continue;
            }
            p++;
        } else if (c == '\\') {
            escaped = 1;
            p++;
            if (p >= n || s[p] != 'u') {
                lex_error(L, p, "Invalid Unicode escape sequence");
            }
            p++;
            if (p < n && s[p] == '{') {
                while (p < n && s[p] != '}') {
                    p++;
                }
                p++;
            } else {
                p += 4;
            }
            if (p > n) {
                lex_error(L, n, "Invalid Unicode escape sequence");
            }
        } else {
            break;
        }
    }
    t->start = L->pos;
    t->end = p;
    L->pos = p;
    if (!escaped) {
        t->atom = nd_lw_intern(L, s + t->start, p - t->start);
        note_ident(L, t);
        return;
    }
    /* Decode the escapes into an arena copy. */
    char *o = nd_lw_alloc(L, (p - t->start) * 2 + 4);
    L->arena_pins++; /* the atom keeps pointing at this copy */
    uint32_t k = 0;
    for (uint32_t i = t->start; i < p;) {
        if (s[i] == '\\') {
            uint32_t cp = 0;
            i += 2;
            if (s[i] == '{') {
                i++;
                while (i < p && s[i] != '}') {
                    int h = hexval((unsigned char)s[i]);
                    if (h < 0 || cp > 0x10FFFF) {
                        lex_error(L, i, "Invalid Unicode escape sequence");
                    }
                    cp = cp * 16 + (uint32_t)h;
                    i++;
                }
                i++;
            } else {
                for (int j = 0; j < 4; j++, i++) {
                    int h = hexval((unsigned char)s[i]);
                    if (h < 0) {
                        lex_error(L, i, "Invalid Unicode escape sequence");
                    }
                    cp = cp * 16 + (uint32_t)h;
                }
            }
            k += (uint32_t)put_utf8(o + k, cp);
        } else {
            o[k++] = s[i++];
        }
    }
    t->atom = nd_lw_intern(L, o, k);
    t->flags |= TF_ESCAPED;
    note_ident(L, t);
}

static void scan_number(nd_lw_t *L, nd_lw_tok_t *t) {
    const char *s = L->src;
    uint32_t p = L->pos, n = L->len;
    int lower = 0;
    if (s[p] == '0' && p + 1 < n && (s[p + 1] | 0x20) != '.' &&
        ((s[p + 1] | 0x20) == 'x' || (s[p + 1] | 0x20) == 'b' || (s[p + 1] | 0x20) == 'o')) {
        int base = (s[p + 1] | 0x20) == 'x' ? 16 : (s[p + 1] | 0x20) == 'b' ? 2 : 8;
        if (base != 16) {
            lower = 1;
        }
        p += 2;
        uint32_t ds = p;
        while (p < n) {
            int h = hexval((unsigned char)s[p]);
            if (s[p] == '_') {
                lower = 1;
            } else if (h < 0 || h >= base) {
                break;
            }
            p++;
        }
        if (p == ds) {
            lex_error(L, L->pos, "Invalid or unexpected token");
        }
    } else if (s[p] == '0' && p + 1 < n && s[p + 1] >= '0' && s[p + 1] <= '9') {
        /* legacy octal (or decimal with a leading zero) */
        while (p < n && s[p] >= '0' && s[p] <= '9') {
            p++;
        }
        if (L->strict) {
            lex_error(L, L->pos, "Octal literals are not allowed in strict mode.");
        }
    } else {
        while (p < n && ((s[p] >= '0' && s[p] <= '9') || s[p] == '_')) {
            if (s[p] == '_') {
                lower = 1;
            }
            p++;
        }
        if (p < n && s[p] == '.') {
            p++;
            while (p < n && ((s[p] >= '0' && s[p] <= '9') || s[p] == '_')) {
                if (s[p] == '_') {
                    lower = 1;
                }
                p++;
            }
        }
        if (p < n && (s[p] | 0x20) == 'e') {
            uint32_t q = p + 1;
            if (q < n && (s[q] == '+' || s[q] == '-')) {
                q++;
            }
            if (q < n && s[q] >= '0' && s[q] <= '9') {
                p = q;
                while (p < n && ((s[p] >= '0' && s[p] <= '9') || s[p] == '_')) {
                    if (s[p] == '_') {
                        lower = 1;
                    }
                    p++;
                }
            } else {
                lex_error(L, L->pos, "Invalid or unexpected token");
            }
        }
    }
    if (p < n && s[p] == 'n') {
        lex_error(L, L->pos, "BigInt literals are not supported by nodule");
    }
    if (p < n && ((cclass((unsigned char)s[p]) & CC_IDS) || (s[p] >= '0' && s[p] <= '9'))) {
        lex_error(L, L->pos, "Invalid or unexpected token");
    }
    t->type = T_NUM;
    t->start = L->pos;
    t->end = p;
    if (lower) {
        t->flags |= TF_NUM_LOWER;
    }
    L->pos = p;
}

static void scan_string(nd_lw_t *L, nd_lw_tok_t *t) {
    const char *s = L->src;
    uint32_t p = L->pos + 1, n = L->len;
    char q = s[L->pos];
    for (;;) {
        if (p >= n) {
            lex_error(L, L->pos, "Invalid or unexpected token");
        }
        char c = s[p];
        if (c == q) {
            p++;
            break;
        }
        if (c == '\n' || c == '\r') {
            lex_error(L, L->pos, "Invalid or unexpected token");
        }
        if (c == '\\') {
            p++;
            if (p >= n) {
                lex_error(L, L->pos, "Invalid or unexpected token");
            }
            c = s[p];
            if (c == '\n') {
                newline(L, p + 1);
            } else if (c == '\r' && p + 1 < n && s[p + 1] == '\n') {
                p++;
                newline(L, p + 1);
            } else if (c == 'u' && p + 1 < n && s[p + 1] == '{') {
                t->flags |= TF_STR_ES6ESC;
            } else if (c >= '0' && c <= '7' && !(c == '0' && !(s[p + 1] >= '0' && s[p + 1] <= '9'))) {
                t->flags |= TF_STR_OCTAL;
                if (L->strict) {
                    lex_error(L, p - 1, "Octal escape sequences are not allowed in strict mode.");
                }
            }
        }
        p++;
    }
    t->type = T_STR;
    t->start = L->pos;
    t->end = p;
    L->pos = p;
}

/* Scans template characters from L->pos (just past '`' or '}') to '${' or '`'. */
static void scan_template(nd_lw_t *L, nd_lw_tok_t *t, uint32_t start) {
    const char *s = L->src;
    uint32_t p = L->pos, n = L->len;
    for (;;) {
        if (p >= n) {
            L->pos = n;
            lex_error(L, n, "Unexpected end of input");
        }
        char c = s[p];
        if (c == '`') {
            p++;
            t->flags |= TF_TPL_TAIL;
            break;
        }
        if (c == '$' && p + 1 < n && s[p + 1] == '{') {
            p += 2;
            break;
        }
        if (c == '\\') {
            p++;
            if (p < n && s[p] == '\n') {
                newline(L, p + 1);
            }
        } else if (c == '\n') {
            newline(L, p + 1);
        }
        p++;
    }
    t->type = T_TEMPLATE;
    t->start = start;
    t->end = p;
    L->pos = p;
}

#define P1(ty) \
    do { \
        t->type = (ty); \
        p += 1; \
    } while (0)
#define P2(ty) \
    do { \
        t->type = (ty); \
        p += 2; \
    } while (0)
#define P3(ty) \
    do { \
        t->type = (ty); \
        p += 3; \
    } while (0)
#define P4(ty) \
    do { \
        t->type = (ty); \
        p += 4; \
    } while (0)

static void scan(nd_lw_t *L, nd_lw_tok_t *t) {
    memset(t, 0, sizeof(*t));
    t->nl_before = skip_space(L);
    const char *s = L->src;
    uint32_t p = L->pos, n = L->len;
    t->start = p;
    t->line = L->line;
    t->col = (int)(p - L->line_start) + 1;
    if (p >= n) {
        t->type = T_EOF;
        t->end = p;
        return;
    }
    unsigned char c = (unsigned char)s[p];
    char c1 = p + 1 < n ? s[p + 1] : 0;
    char c2 = p + 2 < n ? s[p + 2] : 0;
    char c3 = p + 3 < n ? s[p + 3] : 0;
    if (cclass(c) & CC_IDS || c == '\\') {
        t->type = T_IDENT;
        scan_ident(L, t);
        return;
    }
    if (c >= '0' && c <= '9') {
        scan_number(L, t);
        return;
    }
    switch (c) {
    case '"':
    case '\'':
        scan_string(L, t);
        return;
    case '`':
        L->pos = p + 1;
        scan_template(L, t, p);
        return;
    case '#':
        if (p + 1 < n && (cclass((unsigned char)c1) & CC_IDS)) {
            L->pos = p + 1;
            scan_ident(L, t);
            t->type = T_PRIVATE;
            t->start = p;
            return;
        }
        lex_error(L, p, "Invalid or unexpected token");
    case '.':
        if (c1 >= '0' && c1 <= '9') {
            scan_number(L, t);
            return;
        }
        if (c1 == '.' && c2 == '.') {
            P3(T_ELLIPSIS);
        } else {
            P1(T_DOT);
        }
        break;
    case '{': P1(T_LBRACE); break;
    case '}': P1(T_RBRACE); break;
    case '(': P1(T_LPAREN); break;
    case ')': P1(T_RPAREN); break;
    case '[': P1(T_LBRACK); break;
    case ']': P1(T_RBRACK); break;
    case ';': P1(T_SEMI); break;
    case ',': P1(T_COMMA); break;
    case ':': P1(T_COLON); break;
    case '~': P1(T_TILDE); break;
    case '?':
        if (c1 == '?') {
            if (c2 == '=') {
                P3(T_NULLISH_A);
            } else {
                P2(T_NULLISH);
            }
        } else if (c1 == '.' && !(c2 >= '0' && c2 <= '9')) {
            P2(T_QDOT);
        } else {
            P1(T_QUESTION);
        }
        break;
    case '<':
        if (c1 == '<') {
            if (c2 == '=') {
                P3(T_SHL_A);
            } else {
                P2(T_SHL);
            }
        } else if (c1 == '=') {
            P2(T_LE);
        } else {
            P1(T_LT);
        }
        break;
    case '>':
        if (c1 == '>') {
            if (c2 == '>') {
                if (c3 == '=') {
                    P4(T_SHR_A);
                } else {
                    P3(T_SHR);
                }
            } else if (c2 == '=') {
                P3(T_SAR_A);
            } else {
                P2(T_SAR);
            }
        } else if (c1 == '=') {
            P2(T_GE);
        } else {
            P1(T_GT);
        }
        break;
    case '=':
        if (c1 == '=') {
            if (c2 == '=') {
                P3(T_SEQ);
            } else {
                P2(T_EQ);
            }
        } else if (c1 == '>') {
            P2(T_ARROW);
        } else {
            P1(T_ASSIGN);
        }
        break;
    case '!':
        if (c1 == '=') {
            if (c2 == '=') {
                P3(T_SNE);
            } else {
                P2(T_NE);
            }
        } else {
            P1(T_NOT);
        }
        break;
    case '+':
        if (c1 == '+') {
            P2(T_INC);
        } else if (c1 == '=') {
            P2(T_ADD_A);
        } else {
            P1(T_PLUS);
        }
        break;
    case '-':
        if (c1 == '-') {
            P2(T_DEC);
        } else if (c1 == '=') {
            P2(T_SUB_A);
        } else {
            P1(T_MINUS);
        }
        break;
    case '*':
        if (c1 == '*') {
            if (c2 == '=') {
                P3(T_EXP_A);
            } else {
                P2(T_EXP);
            }
        } else if (c1 == '=') {
            P2(T_MUL_A);
        } else {
            P1(T_STAR);
        }
        break;
    case '/':
        if (c1 == '=') {
            P2(T_DIV_A);
        } else {
            P1(T_SLASH);
        }
        break;
    case '%':
        if (c1 == '=') {
            P2(T_MOD_A);
        } else {
            P1(T_PERCENT);
        }
        break;
    case '&':
        if (c1 == '&') {
            if (c2 == '=') {
                P3(T_LAND_A);
            } else {
                P2(T_AND);
            }
        } else if (c1 == '=') {
            P2(T_AND_A);
        } else {
            P1(T_AMP);
        }
        break;
    case '|':
        if (c1 == '|') {
            if (c2 == '=') {
                P3(T_LOR_A);
            } else {
                P2(T_OR);
            }
        } else if (c1 == '=') {
            P2(T_OR_A);
        } else {
            P1(T_BAR);
        }
        break;
    case '^':
        if (c1 == '=') {
            P2(T_XOR_A);
        } else {
            P1(T_CARET);
        }
        break;
    default:
        lex_error(L, p, "Invalid or unexpected token");
    }
    t->end = p;
    L->pos = p;
}

/* Advances to the next token (the peeked one if any). */
void nd_lw_next(nd_lw_t *L) {
    L->prev = L->tok;
    if (L->has_peek) {
        L->tok = L->peek;
        L->has_peek = 0;
        return;
    }
    scan(L, &L->tok);
}

/* Returns the token after the current one, scanning it with '/' read as division. */
const nd_lw_tok_t *nd_lw_peek(nd_lw_t *L) {
    if (!L->has_peek) {
        scan(L, &L->peek);
        L->has_peek = 1;
    }
    return &L->peek;
}

static void rewind_to_tok(nd_lw_t *L) {
    L->has_peek = 0;
    L->pos = L->tok.start;
    L->line = L->tok.line;
    L->line_start = L->tok.start - (uint32_t)(L->tok.col - 1);
}

/* The end of the regex atom at p[i] (an escape, a class, a group, '.', a character), or 0 when
 * p[i] starts no atom ('|', ')', a quantifier, an assertion). */
static uint32_t regex_atom_end(const char *p, uint32_t i, uint32_t n) {
    unsigned char c = (unsigned char)p[i];
    if (c == '\\') {
        if (i + 1 >= n || p[i + 1] == 'b' || p[i + 1] == 'B') {
            return 0;
        }
        if ((p[i + 1] == 'u' || p[i + 1] == 'p' || p[i + 1] == 'P') && p[i + 2] == '{') {
            const char *close = memchr(p + i, '}', n - i);
            return close != NULL ? (uint32_t)(close - p) + 1 : 0;
        }
        return i + 2;
    }
    if (c == '[') {
        for (uint32_t k = i + 1; k < n; k++) {
            if (p[k] == '\\') {
                k++;
            } else if (p[k] == ']') {
                return k + 1;
            }
        }
        return 0;
    }
    if (c == '(') {
        int depth = 0;
        for (uint32_t k = i; k < n; k++) {
            uint32_t e = p[k] == '\\' || p[k] == '[' ? regex_atom_end(p, k, n) : k + 1;
            if (e == 0) {
                return 0;
            }
            depth += p[k] == '(' ? 1 : p[k] == ')' ? -1 : 0;
            if (depth == 0) {
                return k + 1;
            }
            k = e - 1;
        }
        return 0;
    }
    if (strchr(")|*+?{}^$", c) != NULL) {
        return 0;
    }
    uint32_t k = i + 1;
    while (k < n && ((unsigned char)p[k] & 0xC0) == 0x80) {
        k++;
    }
    return k;
}

/* Finds, in regex body p of n bytes, the alternatives of a group quantified by '*' that are one
 * atom (a group too) with '*' (x* in (x*|y)*): an iteration matching nothing fails in
 * ECMAScript, which Duktape does not check, so such a pattern recurses until Duktape's limit
 * when a match fails (xmlbuilder2's /^(\s*|(#.*)|(%.*))*---/).  x+ is what those alternatives
 * can match.  Stores the offsets of their '*' in at (up to max) and returns how many. */
int nd_lw_regex_empty_loops(const char *p, uint32_t n, uint32_t *at, int max) {
    enum { DEPTH = 16, ALTS = 16 };
    uint32_t alt[DEPTH][ALTS];      /* where each alternative of an open group starts */
    int nalt[DEPTH];
    int depth = 0, deeper = 0, found = 0;
    nalt[0] = 0;
    for (uint32_t i = 0; i < n; i++) {
        if (p[i] == '(') {
            uint32_t start = i + 1;
            if (start + 2 < n && p[start] == '?') {
                if (p[start + 1] == '<' && p[start + 2] != '=' && p[start + 2] != '!') {
                    const char *gt = memchr(p + start, '>', n - start);
                    start = gt != NULL ? (uint32_t)(gt - p) + 1 : n;
                } else {
                    start += p[start + 1] == '<' ? 3 : 2;  /* (?: (?= (?! (?<= (?<! */
                }
            }
            if (depth + 1 < DEPTH) {
                depth++;
                alt[depth][0] = start;
                nalt[depth] = 1;
            } else {
                deeper++;
            }
            i = start - 1;
            continue;
        }
        uint32_t e = regex_atom_end(p, i, n);
        if (e > i + 1) {
            i = e - 1;      /* an escape or a class: its parentheses are characters */
            continue;
        }
        if (deeper > 0) {
            deeper -= p[i] == ')';
            continue;
        }
        if (p[i] == '|' && depth > 0 && nalt[depth] < ALTS) {
            alt[depth][nalt[depth]++] = i + 1;
            continue;
        }
        if (p[i] == ')' && depth > 0) {
            if (i + 1 < n && p[i + 1] == '*') {
                for (int a = 0; a < nalt[depth]; a++) {
                    uint32_t end = a + 1 < nalt[depth] ? alt[depth][a + 1] - 1 : i;
                    uint32_t q = regex_atom_end(p, alt[depth][a], end);
                    if (q != 0 && q + 1 <= end && p[q] == '*' &&
                        (q + 1 == end || (q + 2 == end && p[q + 1] == '?'))) {
                        if (found < max) {
                            at[found] = q;
                        }
                        found++;
                    }
                }
            }
            depth--;
        }
    }
    return found;
}

/* Returns non-zero when p (at a '{' of a regex body of n bytes) starts a counted quantifier
 * {a}, {a,} or {a,b} with a bound above Duktape's limit of 1000 atom copies. */
int nd_lw_regex_bound_too_big(const char *p, uint32_t n) {
    uint32_t i = 1;
    unsigned long a = 0, b = 0;
    int digits = 0;
    while (i < n && p[i] >= '0' && p[i] <= '9') {
        a = a * 10 + (unsigned long)(p[i] - '0');
        if (a > 100000) {
            a = 100000;
        }
        i++;
        digits++;
    }
    if (digits == 0) {
        return 0;
    }
    if (i < n && p[i] == '}') {
        return a > 1000;
    }
    if (i >= n || p[i] != ',') {
        return 0;
    }
    i++;
    digits = 0;
    while (i < n && p[i] >= '0' && p[i] <= '9') {
        b = b * 10 + (unsigned long)(p[i] - '0');
        if (b > 100000) {
            b = 100000;
        }
        i++;
        digits++;
    }
    if (i >= n || p[i] != '}') {
        return 0;
    }
    return a > 1000 || (digits > 0 && b > 1000);
}

/* Re-reads the current '/' or '/=' token as a regular expression literal. */
void nd_lw_rescan_regex(nd_lw_t *L) {
    rewind_to_tok(L);
    const char *s = L->src;
    uint32_t p = L->pos + 1, n = L->len;
    int in_class = 0;
    for (;;) {
        if (p >= n || s[p] == '\n' || s[p] == '\r') {
            lex_error(L, L->tok.start, "Invalid regular expression: missing /");
        }
        char c = s[p];
        if (c == '\\') {
            p += 2;
            continue;
        }
        if (c == '[') {
            in_class = 1;
        } else if (c == ']') {
            in_class = 0;
        } else if (c == '/' && !in_class) {
            p++;
            break;
        }
        p++;
    }
    uint32_t fs = p;
    while (p < n && (cclass((unsigned char)s[p]) & CC_IDP)) {
        char f = s[p];
        if (f == 'u' || f == 'v' || f == 'y' || f == 's' || f == 'd') {
            L->tok.flags |= TF_RE_LOWER;
        } else if (f != 'g' && f != 'i' && f != 'm') {
            lex_error(L, L->tok.start, "Invalid regular expression flags");
        }
        for (uint32_t k = fs; k < p; k++) {
            if (s[k] == f || (s[k] == 'u' && f == 'v') || (s[k] == 'v' && f == 'u')) {
                lex_error(L, L->tok.start, "Invalid regular expression flags");
            }
        }
        p++;
    }
    /* Named groups, \k<name>, lookbehind and \u{...} need translation too, and so do counted
     * quantifiers on groups past Duktape's limit of 1000 atom copies ((...){1,1024}); on a
     * single character or class Duktape counts without copying.  So does \N naming no group
     * (an octal escape in Annex B, which Duktape refuses), and (x*|y)* (see
     * nd_lw_regex_empty_loops). */
    in_class = 0;
    int groups = 0, max_ref = 0;
    for (uint32_t k = L->tok.start + 1; k + 2 < fs; k++) {
        if (s[k] == '[' && (k == 0 || s[k - 1] != '\\')) {
            in_class = 1;
        } else if (s[k] == ']') {
            in_class = 0;
        } else if (s[k] == '{' && !in_class && s[k - 1] == ')' &&
                   nd_lw_regex_bound_too_big(s + k, fs - 1 - k)) {
            L->tok.flags |= TF_RE_LOWER;
        }
        if (s[k] == '\\') {
            if (s[k + 1] == 'k' || (s[k + 1] == 'u' && s[k + 2] == '{') || s[k + 1] == 'p' ||
                s[k + 1] == 'P') {
                L->tok.flags |= TF_RE_LOWER;
            } else if (s[k + 1] >= '1' && s[k + 1] <= '9' && !in_class &&
                       atoi(s + k + 1) > max_ref) {
                max_ref = atoi(s + k + 1);
            }
            k++;
        } else if (s[k] == '(' && s[k + 1] == '?' && (s[k + 2] == '<')) {
            L->tok.flags |= TF_RE_LOWER;
            groups += s[k + 3] != '=' && s[k + 3] != '!';
        } else if (s[k] == '(' && !in_class && s[k + 1] != '?') {
            groups++;
        }
    }
    if (max_ref > groups) {
        L->tok.flags |= TF_RE_LOWER;
    }
    uint32_t body = L->tok.start + 1, body_len = fs - 2 - L->tok.start;
    for (uint32_t k = body + 1; k < body + body_len; k++) {
        if (s[k] == '*' && s[k - 1] == ')') {
            if (nd_lw_regex_empty_loops(s + body, body_len, NULL, 0) > 0) {
                L->tok.flags |= TF_RE_LOWER;
            }
            break;
        }
    }
    L->tok.type = T_REGEX;
    L->tok.end = p;
    L->pos = p;
}

/* Re-reads the current '}' token as the continuation of a template literal. */
void nd_lw_rescan_template(nd_lw_t *L) {
    rewind_to_tok(L);
    uint32_t start = L->pos;
    L->pos++;
    int nl = L->tok.nl_before;
    int line = L->tok.line, col = L->tok.col;
    memset(&L->tok, 0, sizeof(L->tok));
    L->tok.nl_before = nl;
    L->tok.line = line;
    L->tok.col = col;
    scan_template(L, &L->tok, start);
}

static const char *const punct_text[T__COUNT] = {
    [T_LBRACE] = "{", [T_RBRACE] = "}", [T_LPAREN] = "(", [T_RPAREN] = ")", [T_LBRACK] = "[",
    [T_RBRACK] = "]", [T_SEMI] = ";", [T_COMMA] = ",", [T_DOT] = ".", [T_ELLIPSIS] = "...",
    [T_QDOT] = "?.", [T_QUESTION] = "?", [T_COLON] = ":", [T_ARROW] = "=>", [T_LT] = "<",
    [T_GT] = ">", [T_LE] = "<=", [T_GE] = ">=", [T_EQ] = "==", [T_NE] = "!=", [T_SEQ] = "===",
    [T_SNE] = "!==", [T_PLUS] = "+", [T_MINUS] = "-", [T_STAR] = "*", [T_SLASH] = "/",
    [T_PERCENT] = "%", [T_EXP] = "**", [T_INC] = "++", [T_DEC] = "--", [T_SHL] = "<<",
    [T_SAR] = ">>", [T_SHR] = ">>>", [T_AMP] = "&", [T_BAR] = "|", [T_CARET] = "^",
    [T_NOT] = "!", [T_TILDE] = "~", [T_AND] = "&&", [T_OR] = "||", [T_NULLISH] = "??",
    [T_ASSIGN] = "=", [T_ADD_A] = "+=", [T_SUB_A] = "-=", [T_MUL_A] = "*=", [T_DIV_A] = "/=",
    [T_MOD_A] = "%=", [T_EXP_A] = "**=", [T_SHL_A] = "<<=", [T_SAR_A] = ">>=",
    [T_SHR_A] = ">>>=", [T_AND_A] = "&=", [T_OR_A] = "|=", [T_XOR_A] = "^=", [T_LAND_A] = "&&=",
    [T_LOR_A] = "||=", [T_NULLISH_A] = "?\?=",
};

/* Returns the source text of an operator token type. */
const char *nd_lw_punct(int type) {
    return type >= 0 && type < T__COUNT && punct_text[type] ? punct_text[type] : "";
}

/* Formats V8's "Unexpected ..." message for token t into buf. */
const char *nd_lw_tok_desc(nd_lw_t *L, const nd_lw_tok_t *t, char *buf, size_t n) {
    switch (t->type) {
    case T_EOF:
        snprintf(buf, n, "Unexpected end of input");
        break;
    case T_IDENT: {
        const nd_lw_atom_t *a = &L->atoms[t->atom];
        if (t->atom <= A_LAST_RESERVED) {
            snprintf(buf, n, "Unexpected token '%.*s'", (int)a->len, a->s);
        } else if (L->strict && (t->atom == A_LET || t->atom == A_STATIC || t->atom == A_YIELD ||
                                 (t->atom >= A_IMPLEMENTS && t->atom <= A_PUBLIC))) {
            snprintf(buf, n, "Unexpected strict mode reserved word");
        } else {
            snprintf(buf, n, "Unexpected identifier '%.*s'", (int)a->len, a->s);
        }
        break;
    }
    case T_PRIVATE:
        snprintf(buf, n, "Unexpected identifier '#%.*s'", (int)L->atoms[t->atom].len,
                 L->atoms[t->atom].s);
        break;
    case T_NUM:
        snprintf(buf, n, "Unexpected number");
        break;
    case T_STR:
        snprintf(buf, n, "Unexpected string");
        break;
    case T_TEMPLATE:
        snprintf(buf, n, "Unexpected template string");
        break;
    case T_REGEX:
        snprintf(buf, n, "Unexpected regular expression");
        break;
    default:
        snprintf(buf, n, "Unexpected token '%s'", nd_lw_punct(t->type));
        break;
    }
    return buf;
}

/* Reports the current token as unexpected and unwinds. */
void nd_lw_unexpected(nd_lw_t *L) {
    char buf[160];
    nd_lw_tok_desc(L, &L->tok, buf, sizeof(buf));
    nd_lw_error_at(L, L->tok.start, "%s", buf);
}
