/*
 * src/lower/unicode.c: the code point sets of Unicode property escapes (\p{L}, \p{Script=Greek},
 * \p{Alphabetic} ...) and their spelling in an ES5 regular expression, which matches UTF-16
 * code units: a code point above U+FFFF is a surrogate pair there, so a set becomes a class of
 * its BMP part plus alternatives of surrogate pairs.
 *
 * The sets come from the Unicode Character Database through tools/unicode_gen.c, which writes
 * build/gen/unicode_tables.inc at build time.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower/lower_int.h"

typedef struct {
    uint32_t name;  /* offset of the name in uni_names */
    uint32_t at;   /* byte offset of the LEB128 ranges in uni_bytes */
    uint32_t n;    /* number of ranges */
} uni_entry_t;

/* The tables are used only by regexes with \p{...}: kept out of .rodata, where they sat
 * between data every start-up reads and were mapped with it (the kernel maps the pages around
 * a fault), costing every process 300 KB of RSS. */
#define ND_COLD __attribute__((section("nd_cold")))

#include "unicode_tables.inc"

static const uni_entry_t *find_entry(const char *name) {
    size_t lo = 0, hi = sizeof uni_entries / sizeof uni_entries[0];
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(uni_names + uni_entries[mid].name, name);
        if (c == 0) {
            return &uni_entries[mid];
        }
        if (c < 0) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return NULL;
}

static uint32_t leb128(const uint8_t **p) {
    uint32_t v = 0;
    int shift = 0;
    uint8_t b;
    do {
        b = *(*p)++;
        v |= (uint32_t)(b & 0x7f) << shift;
        shift += 7;
    } while (b & 0x80);
    return v;
}

/* The key of a \p{...} body: "gc=Lu" for "Lu", "General_Category=Lu" or "gc=Lu"; "sc=X" for
 * "Script=X"; "scx=X" for "Script_Extensions=X"; a binary property as is. */
static const uni_entry_t *lookup(const char *s, uint32_t len) {
    char key[128];
    const char *eq = memchr(s, '=', len);
    if (len >= 100) {
        return NULL;
    }
    if (eq != NULL) {
        static const char *const props[][2] = {
            { "General_Category", "gc" }, { "gc", "gc" }, { "Script", "sc" }, { "sc", "sc" },
            { "Script_Extensions", "scx" }, { "scx", "scx" },
        };
        uint32_t pl = (uint32_t)(eq - s);
        for (size_t i = 0; i < sizeof props / sizeof props[0]; i++) {
            if (strlen(props[i][0]) == pl && memcmp(props[i][0], s, pl) == 0) {
                snprintf(key, sizeof key, "%s=%.*s", props[i][1], (int)(len - pl - 1), eq + 1);
                return find_entry(key);
            }
        }
        return NULL;
    }
    snprintf(key, sizeof key, "%.*s", (int)len, s);
    const uni_entry_t *e = find_entry(key);
    if (e == NULL) {
        snprintf(key, sizeof key, "gc=%.*s", (int)len, s);
        e = find_entry(key);
    }
    return e;
}

/* Decodes e's ranges into r (2 * e->n numbers). */
static void decode(const uni_entry_t *e, uint32_t *r) {
    const uint8_t *p = uni_bytes + e->at;
    uint32_t prev = 0;
    for (uint32_t i = 0; i < e->n; i++) {
        uint32_t a = leb128(&p);
        a = i == 0 ? a : prev + 1 + a;
        uint32_t b = a + leb128(&p);
        r[2 * i] = a;
        r[2 * i + 1] = b;
        prev = b;
    }
}

/* See lower.h. */
int nd_unicode_set(const char *name, uint32_t *ranges) {
    const uni_entry_t *e = find_entry(name);
    if (e == NULL) {
        e = lookup(name, (uint32_t)strlen(name));
    }
    if (e == NULL) {
        return -1;
    }
    if (ranges != NULL) {
        decode(e, ranges);
    }
    return (int)e->n;
}

/* See lower_int.h. */
int nd_lw_uni_property(nd_lw_t *L, const char *name, uint32_t len, int negated,
                       uint32_t **ranges) {
    const uni_entry_t *e = lookup(name, len);
    if (e == NULL) {
        return -1;
    }
    uint32_t *r = nd_lw_alloc(L, sizeof(uint32_t) * 2 * (e->n + 1));
    decode(e, r);
    int n = (int)e->n;
    if (negated) {
        /* the complement within [0, 0x10FFFF] */
        uint32_t *c = nd_lw_alloc(L, sizeof(uint32_t) * 2 * (e->n + 1));
        int k = 0;
        uint32_t next = 0;
        for (int i = 0; i < n; i++) {
            if (r[2 * i] > next) {
                c[2 * k] = next;
                c[2 * k + 1] = r[2 * i] - 1;
                k++;
            }
            next = r[2 * i + 1] + 1;
        }
        if (next <= 0x10FFFF) {
            c[2 * k] = next;
            c[2 * k + 1] = 0x10FFFF;
            k++;
        }
        r = c;
        n = k;
    }
    *ranges = r;
    return n;
}

/* A UTF-16 code unit (callers pass u <= 0xFFFF) as \uXXXX. */
static void put_unit(nd_lw_t *L, nd_lw_buf_t *b, uint32_t u) {
    char t[8];
    snprintf(t, sizeof t, "\\u%04X", (unsigned)(u & 0xFFFF));
    nd_lw_buf_puts(L, b, t);
}

static void put_unit_range(nd_lw_t *L, nd_lw_buf_t *b, uint32_t a, uint32_t z) {
    put_unit(L, b, a);
    if (z != a) {
        if (z > a + 1) {
            nd_lw_buf_putc(L, b, '-');
        }
        put_unit(L, b, z);
    }
}

/* See lower_int.h. */
void nd_lw_uni_put_bmp(nd_lw_t *L, nd_lw_buf_t *b, const uint32_t *r, int n, int no_surrogates) {
    for (int i = 0; i < n && r[2 * i] <= 0xFFFF; i++) {
        uint32_t a = r[2 * i];
        uint32_t z = r[2 * i + 1] > 0xFFFF ? 0xFFFF : r[2 * i + 1];
        if (no_surrogates && a <= 0xDFFF && z >= 0xD800) {
            /* leave out the surrogates: a lone one would match half of a pair */
            if (a < 0xD800) {
                put_unit_range(L, b, a, 0xD7FF);
            }
            if (z > 0xDFFF) {
                put_unit_range(L, b, 0xE000, z);
            }
            continue;
        }
        put_unit_range(L, b, a, z);
    }
}

/* One code unit, or a class of the units a..z. */
static void put_unit_set(nd_lw_t *L, nd_lw_buf_t *b, uint32_t a, uint32_t z) {
    if (a == z) {
        put_unit(L, b, a);
        return;
    }
    nd_lw_buf_putc(L, b, '[');
    put_unit_range(L, b, a, z);
    nd_lw_buf_putc(L, b, ']');
}

/* Appends "|" (unless first) and the surrogate pairs of code points a..z (all astral). */
static void put_pairs(nd_lw_t *L, nd_lw_buf_t *b, uint32_t a, uint32_t z, int *first) {
    uint32_t ha = 0xD800 + ((a - 0x10000) >> 10), la = 0xDC00 + ((a - 0x10000) & 0x3FF);
    uint32_t hz = 0xD800 + ((z - 0x10000) >> 10), lz = 0xDC00 + ((z - 0x10000) & 0x3FF);
    /* (high, [low range]) pieces: the partial first block, whole blocks, the partial last */
    uint32_t piece[3][4];
    int np = 0;
    if (ha == hz) {
        piece[np][0] = ha, piece[np][1] = ha, piece[np][2] = la, piece[np][3] = lz, np++;
    } else {
        uint32_t from = ha, to = hz;
        if (la != 0xDC00) {
            piece[np][0] = ha, piece[np][1] = ha, piece[np][2] = la, piece[np][3] = 0xDFFF;
            np++;
            from = ha + 1;
        }
        if (lz != 0xDFFF) {
            to = hz - 1;
        }
        if (from <= to) {
            piece[np][0] = from, piece[np][1] = to, piece[np][2] = 0xDC00, piece[np][3] = 0xDFFF;
            np++;
        }
        if (lz != 0xDFFF) {
            piece[np][0] = hz, piece[np][1] = hz, piece[np][2] = 0xDC00, piece[np][3] = lz;
            np++;
        }
    }
    for (int i = 0; i < np; i++) {
        if (!*first) {
            nd_lw_buf_putc(L, b, '|');
        }
        *first = 0;
        put_unit_set(L, b, piece[i][0], piece[i][1]);
        put_unit_set(L, b, piece[i][2], piece[i][3]);
    }
}

/* See lower_int.h. */
void nd_lw_uni_put_astral(nd_lw_t *L, nd_lw_buf_t *b, const uint32_t *r, int n, int *first) {
    for (int i = 0; i < n; i++) {
        uint32_t a = r[2 * i], z = r[2 * i + 1];
        if (z >= 0x10000) {
            put_pairs(L, b, a < 0x10000 ? 0x10000 : a, z, first);
        }
    }
}
