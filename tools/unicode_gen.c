/*
 * tools/unicode_gen.c: writes the code point sets of the Unicode properties that regular
 * expressions name with \p{...}, from the Unicode Character Database that Debian's unicode-data
 * package installs (/usr/share/unicode).  The output is a C fragment that src/lower/unicode.c
 * includes: one byte array of every set's ranges, and a table of property names (every alias,
 * in the forms "gc=Lu", "sc=Greek", "scx=Grek" and bare binary names such as "Alphabetic")
 * with where their ranges are; also "gcb=X", the Grapheme_Cluster_Break classes that
 * Intl.Segmenter needs (not a \p{} name: the compiler never asks for them).  A set's ranges are LEB128 numbers, two a range: the gap from
 * the end of the previous range (the first: its start), then the length minus one.
 *
 *   unicode_gen UCD_DIR OUT
 */
#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NCP 0x110000
#define MAX_NAMES 512

/* The binary properties ECMAScript allows in \p{...} (ECMA-262, table-binary-unicode-properties)
 * that the UCD files list; Any, ASCII and Assigned are made here. */
static const char *const binary_props[] = {
    "ASCII_Hex_Digit", "Alphabetic", "Bidi_Control", "Case_Ignorable", "Cased",
    "Changes_When_Casefolded", "Changes_When_Casemapped", "Changes_When_Lowercased",
    "Changes_When_NFKC_Casefolded", "Changes_When_Titlecased", "Changes_When_Uppercased", "Dash",
    "Default_Ignorable_Code_Point", "Deprecated", "Diacritic", "Emoji", "Emoji_Component",
    "Emoji_Modifier", "Emoji_Modifier_Base", "Emoji_Presentation", "Extended_Pictographic",
    "Extender", "Grapheme_Base", "Grapheme_Extend", "Hex_Digit", "IDS_Binary_Operator",
    "IDS_Trinary_Operator", "ID_Continue", "ID_Start", "Ideographic", "Join_Control",
    "Logical_Order_Exception", "Lowercase", "Math", "Noncharacter_Code_Point", "Pattern_Syntax",
    "Pattern_White_Space", "Quotation_Mark", "Radical", "Regional_Indicator",
    "Sentence_Terminal", "Soft_Dotted", "Terminal_Punctuation", "Unified_Ideograph", "Uppercase",
    "Variation_Selector", "White_Space", "XID_Continue", "XID_Start",
};
#define NBIN (sizeof binary_props / sizeof binary_props[0])

static uint8_t gc[NCP];            /* general category: index into gc_names */
static uint8_t sc[NCP];            /* script: index into sc_names */
static uint32_t scx_at[NCP];       /* 1 + offset of its Script_Extensions list in scx_pool */
static uint8_t scx_pool[1 << 20];
static uint32_t scx_used = 1;
static uint8_t *bin[NBIN];         /* one byte per code point: has the property */
static uint8_t gcb[NCP];           /* Grapheme_Cluster_Break: index into gcb_names (0: Other) */
static char gcb_names[32][32];
static int ngcb = 1;

static char gc_names[64][4];
static int ngc;
static char sc_names[256][64];     /* long names (as in Scripts.txt) */
static char sc_short[256][8];
static int nsc;

static uint32_t *ranges;
static size_t nranges, ranges_cap;

typedef struct {
    char name[96];
    uint32_t off, n;
} entry_t;
static entry_t entries[4096];
static int nentries;

static void die(const char *msg, const char *arg) {
    fprintf(stderr, "unicode_gen: %s %s\n", msg, arg ? arg : "");
    exit(1);
}

static FILE *open_ucd(const char *dir, const char *file) {
    char path[1024];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        die("cannot open", path);
    }
    return f;
}

static char *trim(char *s) {
    while (isspace((unsigned char)*s)) {
        s++;
    }
    size_t n = strlen(s);
    while (n > 0 && isspace((unsigned char)s[n - 1])) {
        s[--n] = '\0';
    }
    return s;
}

/* Splits a UCD data line "XXXX..YYYY ; field ; field # comment" into its fields. */
static int split_line(char *line, char **fields, int max) {
    char *hash = strchr(line, '#');
    if (hash != NULL) {
        *hash = '\0';
    }
    int n = 0;
    char *p = line;
    while (n < max) {
        char *semi = strchr(p, ';');
        if (semi != NULL) {
            *semi = '\0';
        }
        fields[n++] = trim(p);
        if (semi == NULL) {
            break;
        }
        p = semi + 1;
    }
    return (n == 1 && fields[0][0] == '\0') ? 0 : n;
}

static void parse_cp_range(const char *s, uint32_t *a, uint32_t *b) {
    char *end;
    *a = (uint32_t)strtoul(s, &end, 16);
    *b = (end[0] == '.' && end[1] == '.') ? (uint32_t)strtoul(end + 2, NULL, 16) : *a;
    if (*b >= NCP || *a > *b) {
        die("bad code point range", s);
    }
}

/* The index of name in a table of n names of size bytes each, added if new. */
static int intern_name(char *table, int *n, int max, size_t size, const char *name,
                       const char *what) {
    for (int i = 0; i < *n; i++) {
        if (strcmp(table + (size_t)i * size, name) == 0) {
            return i;
        }
    }
    if (*n == max || strlen(name) >= size) {
        die(what, name);
    }
    strcpy(table + (size_t)*n * size, name);
    return (*n)++;
}

static int gc_index(const char *name) {
    return intern_name(&gc_names[0][0], &ngc, 64, sizeof gc_names[0], name,
                       "bad general category");
}

static int sc_index_long(const char *name) {
    return intern_name(&sc_names[0][0], &nsc, 256, sizeof sc_names[0], name, "bad script");
}

static int sc_index_short(const char *name) {
    for (int i = 0; i < nsc; i++) {
        if (strcmp(sc_short[i], name) == 0) {
            return i;
        }
    }
    return -1;
}

/* UnicodeData.txt: the general category of every assigned code point (Cn for the rest). */
static void read_unicode_data(const char *dir) {
    FILE *f = open_ucd(dir, "UnicodeData.txt");
    char line[1024];
    int cn = gc_index("Cn");
    memset(gc, cn, sizeof gc);
    uint32_t first = 0;
    while (fgets(line, sizeof line, f)) {
        char *fields[16];
        if (split_line(line, fields, 16) < 3) {
            continue;
        }
        uint32_t cp = (uint32_t)strtoul(fields[0], NULL, 16);
        int g = gc_index(fields[2]);
        size_t nl = strlen(fields[1]);
        if (nl > 7 && strcmp(fields[1] + nl - 6, "First>") == 0) {
            first = cp;
            continue;
        }
        if (nl > 6 && strcmp(fields[1] + nl - 5, "Last>") == 0) {
            for (uint32_t c = first; c <= cp; c++) {
                gc[c] = (uint8_t)g;
            }
            continue;
        }
        gc[cp] = (uint8_t)g;
    }
    fclose(f);
}

/* Scripts.txt (long names) and the short names from PropertyValueAliases.txt. */
static void read_scripts(const char *dir) {
    FILE *f = open_ucd(dir, "Scripts.txt");
    char line[1024];
    int unknown = sc_index_long("Unknown");
    memset(sc, unknown, sizeof sc);
    while (fgets(line, sizeof line, f)) {
        char *fields[4];
        if (split_line(line, fields, 4) < 2) {
            continue;
        }
        uint32_t a, b;
        parse_cp_range(fields[0], &a, &b);
        int s = sc_index_long(fields[1]);
        for (uint32_t c = a; c <= b; c++) {
            sc[c] = (uint8_t)s;
        }
    }
    fclose(f);
}

/* ScriptExtensions.txt: code points used by several scripts (short names). */
static void read_script_extensions(const char *dir) {
    FILE *f = open_ucd(dir, "ScriptExtensions.txt");
    char line[2048];
    while (fgets(line, sizeof line, f)) {
        char *fields[4];
        if (split_line(line, fields, 4) < 2) {
            continue;
        }
        uint32_t a, b;
        parse_cp_range(fields[0], &a, &b);
        uint32_t at = scx_used;
        int n = 0;
        for (char *tok = strtok(fields[1], " "); tok; tok = strtok(NULL, " ")) {
            int s = sc_index_short(tok);
            if (s < 0) {
                die("unknown script in ScriptExtensions.txt:", tok);
            }
            if (scx_used + 2 >= sizeof scx_pool) {
                die("too many script extensions", NULL);
            }
            scx_pool[scx_used + 1 + (uint32_t)n] = (uint8_t)s;
            n++;
        }
        scx_pool[at] = (uint8_t)n;
        scx_used += 1 + (uint32_t)n;
        for (uint32_t c = a; c <= b; c++) {
            scx_at[c] = at;
        }
    }
    fclose(f);
}

/* auxiliary/GraphemeBreakProperty.txt: for Intl.Segmenter (the "gcb=X" sets). */
static void read_grapheme_breaks(const char *dir) {
    FILE *f = open_ucd(dir, "auxiliary/GraphemeBreakProperty.txt");
    char line[1024];
    strcpy(gcb_names[0], "Other");
    while (fgets(line, sizeof line, f)) {
        char *fields[4];
        if (split_line(line, fields, 4) < 2) {
            continue;
        }
        uint32_t a, b;
        parse_cp_range(fields[0], &a, &b);
        int k = intern_name(&gcb_names[0][0], &ngcb, 32, sizeof gcb_names[0], fields[1],
                            "bad grapheme break");
        for (uint32_t c = a; c <= b; c++) {
            gcb[c] = (uint8_t)k;
        }
    }
    fclose(f);
}

static int bin_index(const char *name) {
    for (size_t i = 0; i < NBIN; i++) {
        if (strcmp(binary_props[i], name) == 0) {
            return (int)i;
        }
    }
    return -1;
}

/* A file of "range ; Property" lines (PropList.txt, DerivedCoreProperties.txt, ...). */
static void read_binary_file(const char *dir, const char *file) {
    FILE *f = open_ucd(dir, file);
    char line[1024];
    while (fgets(line, sizeof line, f)) {
        char *fields[4];
        if (split_line(line, fields, 4) != 2) {
            continue;
        }
        int k = bin_index(fields[1]);
        if (k < 0) {
            continue;
        }
        uint32_t a, b;
        parse_cp_range(fields[0], &a, &b);
        for (uint32_t c = a; c <= b; c++) {
            bin[k][c] = 1;
        }
    }
    fclose(f);
}

/* ---- output ---- */

typedef int (*member_fn)(uint32_t cp, int arg);

/* Appends the ranges of {cp : member(cp, arg)}; returns their [offset, count]. */
static void add_set(member_fn member, int arg, uint32_t *off, uint32_t *n) {
    *off = (uint32_t)(nranges / 2);
    uint32_t count = 0;
    for (uint32_t c = 0; c < NCP; c++) {
        if (!member(c, arg)) {
            continue;
        }
        uint32_t e = c;
        while (e + 1 < NCP && member(e + 1, arg)) {
            e++;
        }
        if (nranges + 2 > ranges_cap) {
            ranges_cap = ranges_cap ? ranges_cap * 2 : 4096;
            ranges = realloc(ranges, ranges_cap * sizeof *ranges);
            if (ranges == NULL) {
                die("out of memory", NULL);
            }
        }
        ranges[nranges++] = c;
        ranges[nranges++] = e;
        count++;
        c = e;
    }
    *n = count;
}

static void add_entry(const char *name, uint32_t off, uint32_t n) {
    if (nentries == (int)(sizeof entries / sizeof entries[0]) || strlen(name) >= 96) {
        die("too many names", name);
    }
    snprintf(entries[nentries].name, sizeof entries[nentries].name, "%s", name);
    entries[nentries].off = off;
    entries[nentries].n = n;
    nentries++;
}

static const char *const gc_groups[][2] = {
    { "L", "Lu Ll Lt Lm Lo" }, { "LC", "Lu Ll Lt" }, { "M", "Mn Mc Me" }, { "N", "Nd Nl No" },
    { "P", "Pc Pd Ps Pe Pi Pf Po" }, { "S", "Sm Sc Sk So" }, { "Z", "Zs Zl Zp" },
    { "C", "Cc Cf Cs Co Cn" },
};

static int member_gc(uint32_t cp, int arg) {
    const char *g = gc_names[gc[cp]];
    if (arg >= 0) {
        return gc[cp] == arg;
    }
    const char *members = gc_groups[-arg - 1][1];
    const char *p = strstr(members, g);
    return p != NULL && (p[2] == ' ' || p[2] == '\0');
}

static int member_sc(uint32_t cp, int arg) {
    return sc[cp] == arg;
}

static int member_scx(uint32_t cp, int arg) {
    if (scx_at[cp] == 0) {
        return sc[cp] == arg;
    }
    uint8_t n = scx_pool[scx_at[cp]];
    for (int i = 0; i < n; i++) {
        if (scx_pool[scx_at[cp] + 1 + (uint32_t)i] == arg) {
            return 1;
        }
    }
    return 0;
}

static int member_bin(uint32_t cp, int arg) {
    return bin[arg][cp];
}

static int member_gcb(uint32_t cp, int arg) {
    return gcb[cp] == arg;
}

static int member_special(uint32_t cp, int arg) {
    switch (arg) {
    case 0:
        return 1;                              /* Any */
    case 1:
        return cp < 0x80;                      /* ASCII */
    default:
        return strcmp(gc_names[gc[cp]], "Cn") != 0; /* Assigned */
    }
}

/* PropertyValueAliases.txt lines "gc ; Lu ; Uppercase_Letter [; alias]" and the like. */
static void value_aliases(const char *dir, const char *prop, char names[][96], int *nnames,
                          const char *key) {
    FILE *f = open_ucd(dir, "PropertyValueAliases.txt");
    char line[1024];
    *nnames = 0;
    while (fgets(line, sizeof line, f)) {
        char *fields[6];
        int n = split_line(line, fields, 6);
        if (n < 3 || strcmp(fields[0], prop) != 0) {
            continue;
        }
        int match = 0;
        for (int i = 1; i < n; i++) {
            if (strcmp(fields[i], key) == 0) {
                match = 1;
            }
        }
        if (!match) {
            continue;
        }
        for (int i = 1; i < n && *nnames < 8; i++) {
            snprintf(names[(*nnames)++], 96, "%s", fields[i]);
        }
        break;
    }
    fclose(f);
}

/* The short names of scripts, for Script_Extensions. */
static void read_script_short_names(const char *dir) {
    for (int s = 0; s < nsc; s++) {
        char names[8][96];
        int n;
        value_aliases(dir, "sc", names, &n, sc_names[s]);
        snprintf(sc_short[s], sizeof sc_short[s], "%.7s", n > 0 ? names[0] : "");
    }
}

/* PropertyAliases.txt: "Alpha ; Alphabetic" -> the short name of a binary property. */
static void binary_aliases(const char *dir, const char *prop, char names[][96], int *nnames) {
    FILE *f = open_ucd(dir, "PropertyAliases.txt");
    char line[1024];
    snprintf(names[0], 96, "%s", prop);
    *nnames = 1;
    while (fgets(line, sizeof line, f)) {
        char *fields[6];
        int n = split_line(line, fields, 6);
        if (n >= 2 && strcmp(fields[1], prop) == 0) {
            for (int i = 0; i < n && *nnames < 8; i++) {
                if (strcmp(fields[i], prop) != 0) {
                    snprintf(names[(*nnames)++], 96, "%s", fields[i]);
                }
            }
            break;
        }
    }
    fclose(f);
}

static void add_named(const char *prefix, char names[][96], int n, uint32_t off, uint32_t cnt) {
    for (int i = 0; i < n; i++) {
        char full[96];
        snprintf(full, sizeof full, "%.8s%.80s", prefix, names[i]);
        add_entry(full, off, cnt);
    }
}

static int entry_cmp(const void *a, const void *b) {
    return strcmp(((const entry_t *)a)->name, ((const entry_t *)b)->name);
}

int main(int argc, char **argv) {
    if (argc != 3) {
        die("usage: unicode_gen UCD_DIR OUT", NULL);
    }
    const char *dir = argv[1];
    for (size_t i = 0; i < NBIN; i++) {
        bin[i] = calloc(NCP, 1);
        if (bin[i] == NULL) {
            die("out of memory", NULL);
        }
    }
    read_unicode_data(dir);
    read_scripts(dir);
    read_script_short_names(dir);
    read_script_extensions(dir);
    read_binary_file(dir, "PropList.txt");
    read_binary_file(dir, "DerivedCoreProperties.txt");
    read_binary_file(dir, "DerivedNormalizationProps.txt");
    read_binary_file(dir, "emoji/emoji-data.txt");
    read_grapheme_breaks(dir);

    char names[8][96];
    int n;
    uint32_t off, cnt;
    for (int g = 0; g < ngc; g++) {
        add_set(member_gc, g, &off, &cnt);
        value_aliases(dir, "gc", names, &n, gc_names[g]);
        add_named("gc=", names, n, off, cnt);
    }
    for (int k = 0; k < (int)(sizeof gc_groups / sizeof gc_groups[0]); k++) {
        add_set(member_gc, -k - 1, &off, &cnt);
        value_aliases(dir, "gc", names, &n, gc_groups[k][0]);
        add_named("gc=", names, n, off, cnt);
    }
    for (int s = 0; s < nsc; s++) {
        if (strcmp(sc_names[s], "Unknown") == 0) {
            continue;
        }
        value_aliases(dir, "sc", names, &n, sc_names[s]);
        add_set(member_sc, s, &off, &cnt);
        add_named("sc=", names, n, off, cnt);
        add_set(member_scx, s, &off, &cnt);
        add_named("scx=", names, n, off, cnt);
    }
    for (size_t k = 0; k < NBIN; k++) {
        add_set(member_bin, (int)k, &off, &cnt);
        binary_aliases(dir, binary_props[k], names, &n);
        add_named("", names, n, off, cnt);
    }
    for (int k = 1; k < ngcb; k++) {
        char name[64];
        snprintf(name, sizeof name, "gcb=%.40s", gcb_names[k]);
        add_set(member_gcb, k, &off, &cnt);
        add_entry(name, off, cnt);
    }
    static const char *const special[] = { "Any", "ASCII", "Assigned" };
    for (int k = 0; k < 3; k++) {
        add_set(member_special, k, &off, &cnt);
        add_entry(special[k], off, cnt);
    }
    qsort(entries, (size_t)nentries, sizeof entries[0], entry_cmp);

    FILE *out = fopen(argv[2], "w");
    if (out == NULL) {
        die("cannot write", argv[2]);
    }
    fprintf(out, "/* Generated by tools/unicode_gen.c from %s: do not edit. */\n", dir);
    /* every set's ranges, LEB128-encoded; byte offsets replace the range offsets */
    static uint8_t bytes[1 << 20];
    static uint32_t byte_at[1 << 16];
    size_t nb = 0;
    size_t pairs = nranges / 2;
    for (int i = 0; i < nentries; i++) {
        byte_at[i] = UINT32_MAX;
    }
    uint32_t done_off = UINT32_MAX, done_at = 0;
    for (int i = 0; i < nentries; i++) {
        entry_t *e = &entries[i];
        if (e->off == done_off) {
            byte_at[i] = done_at;
            continue;
        }
        int seen = -1;
        for (int j = 0; j < i; j++) {
            if (entries[j].off == e->off && entries[j].n == e->n) {
                seen = j;
            }
        }
        if (seen >= 0) {
            byte_at[i] = byte_at[seen];
            continue;
        }
        byte_at[i] = (uint32_t)nb;
        uint32_t prev = 0;
        for (uint32_t k = 0; k < e->n && e->off + k < pairs; k++) {
            uint32_t a = ranges[2 * (e->off + k)], b = ranges[2 * (e->off + k) + 1];
            uint32_t v[2] = { k == 0 ? a : a - prev - 1, b - a };
            for (int m = 0; m < 2; m++) {
                uint32_t x = v[m];
                do {
                    if (nb >= sizeof bytes) {
                        die("tables too big", NULL);
                    }
                    bytes[nb++] = (uint8_t)((x & 0x7f) | (x > 0x7f ? 0x80 : 0));
                    x >>= 7;
                } while (x != 0);
            }
            prev = b;
        }
        done_off = e->off;
        done_at = byte_at[i];
    }
    fprintf(out, "static const uint8_t uni_bytes[%zu] ND_COLD = {\n", nb);
    for (size_t i = 0; i < nb; i++) {
        fprintf(out, "%u,%s", bytes[i], (i % 20 == 19) ? "\n" : "");
    }
    /* names as one string with offsets: no pointers, so no relocations at start-up */
    fprintf(out, "\n};\nstatic const char uni_names[] ND_COLD =\n");
    uint32_t name_at = 0;
    for (int i = 0; i < nentries; i++) {
        fprintf(out, "\"%s\\0\"\n", entries[i].name);
    }
    fprintf(out, ";\nstatic const uni_entry_t uni_entries[%d] ND_COLD = {\n", nentries);
    for (int i = 0; i < nentries; i++) {
        fprintf(out, "{ %u, %u, %u },\n", name_at, byte_at[i], entries[i].n);
        name_at += (uint32_t)strlen(entries[i].name) + 1;
    }
    fprintf(out, "};\n");
    if (fclose(out) != 0) {
        die("cannot write", argv[2]);
    }
    return 0;
}
