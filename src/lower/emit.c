/*
 * src/lower/emit.c: the line-preserving emitter of the lowering compiler, and the transforms.
 *
 * The output is the source with holes: a node without NF_DIRTY is copied verbatim (comments
 * included), a dirty node is re-printed by its transform, which copies the source between its
 * children and prints generated text in between.  Generated text never contains a newline;
 * before copying a source range the emitter adds newlines until the output is on the line the
 * range starts on ("sync"), so every token stays on its line.  Text emitted out of source order
 * (default parameters, for-of heads, destructuring defaults) is emitted in "moved" mode, where
 * newlines become spaces and comments are dropped.
 *
 * Each function being emitted has an fs_t: the output offset just after its '{' (and
 * directives) where a `var` prologue (temps, $$this, $$args, hoisted names) is inserted when
 * the function is finished, so no line is ever added.  Helpers are called on the global `$nd`
 * (js/internal/lower_runtime.js).
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lower/lower_int.h"

enum { FS_PROGRAM, FS_FUNC, FS_ARROW, FS_WRAP };
enum { BK_LOOP, BK_SWITCH, BK_BLOCK };

typedef struct brk_s {
    nd_lw_node_t *node;
    int kind;
    int labels[4];
    int nlabels;
    const char *iter;        /* for-of: the iterator temp to close on exit */
    int async;               /* for await: closing awaits return() */
} brk_t;

typedef struct fs_s {
    struct fs_s *up;
    int kind;
    nd_lw_node_t *fn;        /* the function node (NULL for the program and generated ones) */
    int coro;                /* body of a coroutine: 1 generator, 2 async, 3 async generator */
    int ctor;                /* a class constructor */
    nd_lw_node_t *hint;      /* the name a `const f = function () {}` gave the function */
    int derived;             /* derived class constructor: `this` is $$this, set by super() */
    size_t ins;              /* where the prologue goes */
    int ins_semi;            /* prologue follows a directive: start it with ';' */
    nd_lw_buf_t pro;         /* comma-separated declarators */
    nd_lw_node_t *body;      /* the body's statements (after directives), for tag_declaration */
    int need_this, need_args;
    brk_t *brk;
    int nbrk, brkcap;
    /* FS_WRAP */
    brk_t wloop;             /* labels of the wrapped loop */
    const char *wb;          /* writeback statements before `continue` */
    int codes;               /* 1: break used, 2: return used */
    int lcodes[16];
    int nlcodes;
} fs_t;

typedef struct cls_s {
    struct cls_s *up;
    const char *temp;
    int patoms[64];
    const char *pnames[64];
    int np;
} cls_t;

typedef struct em_s {
    nd_lw_t *L;
    nd_lw_buf_t *o;
    int out_line;
    int moved;
    fs_t *fs;
    cls_t *cls;
    const char *home;        /* super home object expression, or NULL */
    nd_lw_node_t *write_target; /* the target of the assignment or update being emitted */
    int lb_routed;           /* the file's prologue routes String methods for $nd.lb */
    int plabels[8];          /* labels waiting for the statement they label */
    int nplabels;
    int var_ctx;             /* N_VAR context: 0 statement, 1 for-init, 2 for-in/of head */
    int next_ctor;           /* the next emit_fn_tail is a class constructor */
    nd_lw_node_t *name_hint; /* `const f = <anonymous function/class>`: f names it */
    nd_lw_node_t *next_hint; /* the name emit_function gave, for the next emit_fn_tail */
    uint32_t *lines;
    int nlines;
    struct exports_s *exports; /* ES module: the exports collected for the header */
} em_t;

static void emit(em_t *E, nd_lw_node_t *n);
static void emit_fn_tail(em_t *E, nd_lw_node_t *fn, int kind, const char *pre, const char *post);
static void emit_class(em_t *E, nd_lw_node_t *c);
static void emit_args_array(em_t *E, nd_lw_node_t *list);
static void emit_stmt_list(em_t *E, nd_lw_node_t *list, uint32_t from, uint32_t to);
static void emit_export(em_t *E, nd_lw_node_t *n);
static void put_module_header(em_t *E);
static void put_export_getters(em_t *E);

/* ---- output primitives ---- */

static void put(em_t *E, const char *s, size_t n) {
    nd_lw_buf_put(E->L, E->o, s, n);
}

static void puts_(em_t *E, const char *s) {
    nd_lw_buf_put(E->L, E->o, s, strlen(s));
}

static void putf(em_t *E, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void putf(em_t *E, const char *fmt, ...) {
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int k = vsnprintf(buf, sizeof(buf), fmt, ap);
    va_end(ap);
    if (k < 0) {
        return;
    }
    if (k < (int)sizeof(buf)) {
        put(E, buf, (size_t)k);
        return;
    }
    char *big = nd_lw_alloc(E->L, (size_t)k + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)k + 1, fmt, ap);
    va_end(ap);
    put(E, big, (size_t)k);
}

static int line_of(em_t *E, uint32_t pos) {
    return nd_lw_line_of(E->L, pos);
}

/* An ASCII character that continues a name or number (bytes >= 0x80 as well: UTF-8 names). */
static int is_ident_part(unsigned char c) {
    return c == '_' || c == '$' || c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
           (c >= 'A' && c <= 'Z');
}

/* Adds newlines until the output is on the line of source offset pos. */

static void sync(em_t *E, uint32_t pos) {
    /* Generated text may start with a name where the source had punctuation right after a
     * name: keep them apart (minified `return{...a}` must not become `return$nd...`). */
    if (pos > 0 && is_ident_part((unsigned char)E->L->src[pos - 1]) && E->o->len > 0 &&
        is_ident_part((unsigned char)E->o->p[E->o->len - 1])) {
        nd_lw_buf_putc(E->L, E->o, ' ');
    }
    if (E->moved) {
        return;
    }
    int line = line_of(E, pos);
    while (E->out_line < line) {
        nd_lw_buf_putc(E->L, E->o, '\n');
        E->out_line++;
    }
}

/* Index of the first comment that ends after pos. */
static int first_comment_after(em_t *E, uint32_t pos) {
    int lo = 0, hi = E->L->ncomments;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (E->L->comments[2 * mid + 1] <= pos) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    return lo;
}

/* Copies source [a, b), keeping lines (see the file header). */
static void copy_span(em_t *E, uint32_t a, uint32_t b) {
    const char *s = E->L->src;
    if (a >= b) {
        return;
    }
    sync(E, a);
    if (!E->moved && E->out_line == line_of(E, a)) {
        /* In sync: a plain copy keeps it in sync. */
        put(E, s + a, b - a);
        for (uint32_t i = a; i < b; i++) {
            if (s[i] == '\n') {
                E->out_line++;
            }
        }
        return;
    }
    /* Ahead of the source (or moved): newlines become spaces until the source catches up,
     * and comments are dropped so that no line comment can swallow the code after it. */
    int ci = first_comment_after(E, a);
    uint32_t i = a;
    while (i < b) {
        if (ci < E->L->ncomments && E->L->comments[2 * ci] <= i) {
            uint32_t ce = E->L->comments[2 * ci + 1];
            nd_lw_buf_putc(E->L, E->o, ' ');
            i = ce < b ? ce : b;
            ci++;
            continue;
        }
        if (s[i] == '\n') {
            if (!E->moved && E->out_line < line_of(E, i + 1)) {
                nd_lw_buf_putc(E->L, E->o, '\n');
                E->out_line++;
            } else {
                nd_lw_buf_putc(E->L, E->o, ' ');
            }
        } else if (s[i] != '\r') {
            nd_lw_buf_putc(E->L, E->o, s[i]);
        }
        i++;
    }
}

/* Copies source [a, b) with its references to `undefined` rewritten (undef.c) and the
 * directives that name functions inserted after their body's '{' (fname.c). */
static void copy(em_t *E, uint32_t a, uint32_t b) {
    nd_lw_patch_t p;
    nd_lw_patch_start(E->L, &p, a);
    while (nd_lw_patch_next(E->L, &p, b)) {
        copy_span(E, a, p.pos);
        sync(E, p.pos);
        if (p.fname != NULL) {
            nd_lw_fname_put(E->L, E->o, p.fname);
        } else {
            puts_(E, p.text);
        }
        a = p.pos + p.cut;
    }
    copy_span(E, a, b);
}

/* Emits node n in moved mode (out of source order). */
static void emit_moved(em_t *E, nd_lw_node_t *n) {
    E->moved++;
    emit(E, n);
    E->moved--;
}

/* ---- names, temps, prologue ---- */

static const char *arena_str(em_t *E, const char *s) {
    size_t n = strlen(s);
    char *p = nd_lw_alloc(E->L, n + 1);
    memcpy(p, s, n + 1);
    return p;
}

static void pro_add(em_t *E, fs_t *fs, const char *decl) {
    if (fs->pro.len > 0) {
        nd_lw_buf_puts(E->L, &fs->pro, ", ");
    }
    nd_lw_buf_puts(E->L, &fs->pro, decl);
}

/* Returns a new generated name (not declared anywhere). */
static const char *gen_name(em_t *E, char kind) {
    char buf[32];
    snprintf(buf, sizeof(buf), "%s%c%d", E->L->tmp_prefix, kind, ++E->L->tmp_serial);
    return arena_str(E, buf);
}

/* Returns a new temp variable declared in the current function. */
static const char *temp(em_t *E, char kind) {
    const char *t = gen_name(E, kind);
    pro_add(E, E->fs, t);
    return t;
}

static fs_t *this_fs(em_t *E) {
    fs_t *f = E->fs;
    while (f->kind == FS_ARROW || f->kind == FS_WRAP) {
        f = f->up;
    }
    return f;
}

/* The coroutine kind of the function body being emitted (0 if none). */
static int coro_of(em_t *E) {
    fs_t *f = E->fs;
    while (f->kind == FS_WRAP) {
        f = f->up;
    }
    return f->coro;
}

static fs_t *var_fs(em_t *E) {
    fs_t *f = E->fs;
    while (f->kind == FS_WRAP) {
        f = f->up;
    }
    return f;
}

/* Returns the expression for `this` at the current point. */
static const char *this_text(em_t *E) {
    fs_t *f = this_fs(E);
    if (f->derived) {
        return "$$this"; /* replaced below with the real prefix */
    }
    if (f == E->fs) {
        return "this";
    }
    f->need_this = 1;
    return "$$this";
}

static void put_this(em_t *E) {
    const char *t = this_text(E);
    if (t[0] == '$') {
        putf(E, "%sthis", E->L->tmp_prefix);
    } else {
        puts_(E, t);
    }
}

static void put_atom(em_t *E, int atom) {
    put(E, E->L->atoms[atom].s, E->L->atoms[atom].len);
}

static void put_ident_name(em_t *E, nd_lw_node_t *id) {
    nd_lw_binding_t *b = id->x;
    if (b != NULL && b->rename != NULL) {
        put(E, b->rename, b->rename_len);
    } else {
        put_atom(E, id->atom);
    }
}

/* Prints an identifier reference or binding name at its place. */
static void emit_ident(em_t *E, nd_lw_node_t *id) {
    sync(E, id->start);
    if (id->atom == A_IMPORT) {
        /* import(x): in a CommonJS module a promise of require(x) as a namespace; in an ES
         * module the loader's own import, relative to the module */
        puts_(E, (E->L->flags & ND_LOWER_ESM) ? "$nd_esm.imp" : "$nd.imp(require)");
        return;
    }
    if (id->type == N_IDENT && (id->flags & NF_TDZ_CHECK)) {
        /* a closure's read of a binding that may still hold its uninitialised mark */
        puts_(E, "(");
        put_ident_name(E, id);
        puts_(E, " === $nd.T ? $nd.tdz(\"");
        put_atom(E, id->atom);
        puts_(E, "\") : ");
        put_ident_name(E, id);
        puts_(E, ")");
        return;
    }
    if (id->type == N_IDENT && (id->flags & NF_TDZ)) {
        puts_(E, "$nd.tdz(\"");
        put_atom(E, id->atom);
        puts_(E, "\")");
        return;
    }
    if (id->atom == A_ARGUMENTS && id->x == NULL && E->fs->kind != FS_PROGRAM &&
        this_fs(E) != E->fs) {
        fs_t *f = this_fs(E);
        f->need_args = 1;
        putf(E, "%sargs", E->L->tmp_prefix);
        return;
    }
    if (id->atom == A_UNDEFINED && id->x == NULL) {
        const char *text = nd_lw_undef_text(E->L, id->start);
        if (text != NULL) {
            puts_(E, text);
            return;
        }
    }
    put_ident_name(E, id);
}

static void fs_push(em_t *E, fs_t *fs, int kind) {
    memset(fs, 0, sizeof(*fs));
    fs->pro.arena = 1;
    fs->kind = kind;
    fs->up = E->fs;
    E->fs = fs;
}

/* Finishes a function: inserts its prologue at fs->ins. */
static void fs_pop(em_t *E) {
    fs_t *fs = E->fs;
    nd_lw_buf_t decl = { NULL, 0, 0, 1 };
    const char *P = E->L->tmp_prefix;
    if (fs->derived) {
        nd_lw_buf_puts(E->L, &decl, P);
        nd_lw_buf_puts(E->L, &decl, "this");
    } else if (fs->need_this) {
        nd_lw_buf_puts(E->L, &decl, P);
        nd_lw_buf_puts(E->L, &decl, "this = this");
    }
    if (fs->need_args) {
        if (decl.len) {
            nd_lw_buf_puts(E->L, &decl, ", ");
        }
        nd_lw_buf_puts(E->L, &decl, P);
        nd_lw_buf_puts(E->L, &decl, "args = arguments");
    }
    if (fs->pro.len) {
        if (decl.len) {
            nd_lw_buf_puts(E->L, &decl, ", ");
        }
        nd_lw_buf_put(E->L, &decl, fs->pro.p, fs->pro.len);
    }
    if (decl.len) {
        size_t extra = decl.len + 5 + (fs->ins_semi ? 1 : 0);
        nd_lw_buf_t *o = E->o;
        if (o->len + extra + 1 > o->cap) {
            /* grow by appending then trimming */
            size_t old = o->len;
            for (size_t k = 0; k < extra; k++) {
                nd_lw_buf_putc(E->L, o, ' ');
            }
            o->len = old;
        }
        memmove(o->p + fs->ins + extra, o->p + fs->ins, o->len - fs->ins);
        char *w = o->p + fs->ins;
        if (fs->ins_semi) {
            *w++ = ';';
        }
        memcpy(w, "var ", 4);
        memcpy(w + 4, decl.p, decl.len);
        w[4 + decl.len] = ';';
        o->len += extra;
        o->p[o->len] = '\0';
    }
    E->fs = fs->up;
}

/* ---- breakable statements (for break/continue/return through lowered loops) ---- */

static brk_t *brk_push(em_t *E, nd_lw_node_t *n, int kind) {
    fs_t *fs = E->fs;
    if (fs->nbrk == fs->brkcap) {
        int cap = fs->brkcap ? fs->brkcap * 2 : 8;
        fs->brk = nd_lw_grow(E->L, fs->brk, sizeof(*fs->brk) * (size_t)fs->brkcap,
                             sizeof(*fs->brk) * (size_t)cap);
        fs->brkcap = cap;
    }
    brk_t *b = &fs->brk[fs->nbrk++];
    memset(b, 0, sizeof(*b));
    b->node = n;
    b->kind = kind;
    for (int i = 0; i < E->nplabels && i < 4; i++) {
        b->labels[b->nlabels++] = E->plabels[i];
    }
    E->nplabels = 0;
    return b;
}

static void brk_pop(em_t *E) {
    E->fs->nbrk--;
}

static int brk_has_label(brk_t *b, int atom) {
    for (int i = 0; i < b->nlabels; i++) {
        if (b->labels[i] == atom) {
            return 1;
        }
    }
    return 0;
}

static void put_label_code(em_t *E, int is_cont, int atom) {
    putf(E, "\"%c:", is_cont ? 'c' : 'b');
    put_atom(E, atom);
    puts_(E, "\"");
}

static void add_lcode(fs_t *fs, int code) {
    for (int i = 0; i < fs->nlcodes; i++) {
        if (fs->lcodes[i] == code) {
            return;
        }
    }
    if (fs->nlcodes < 16) {
        fs->lcodes[fs->nlcodes++] = code;
    }
}

/*
 * Prints a complete statement that performs break/continue (is_cont) with optional label atom
 * from the current point: closes the for-of iterators it leaves, and leaves a loop-body
 * function with a code when the target is outside it.
 */
static void put_jump(em_t *E, int is_cont, int label) {
    fs_t *fs = E->fs;
    int i;
    int closes = 0;
    puts_(E, "{");
    for (i = fs->nbrk - 1; i >= 0; i--) {
        brk_t *b = &fs->brk[i];
        int match;
        if (label) {
            match = brk_has_label(b, label);
        } else {
            match = is_cont ? b->kind == BK_LOOP : b->kind != BK_BLOCK;
        }
        if (match) {
            if (b->iter && !is_cont) {
                putf(E, "$nd.%s(%s); ", b->async ? "aclose" : "close", b->iter);
                closes++;
            }
            break;
        }
        if (b->iter) {
            putf(E, "$nd.%s(%s); ", b->async ? "aclose" : "close", b->iter);
            closes++;
        }
    }
    if (i >= 0) {
        puts_(E, is_cont ? "continue" : "break");
        if (label) {
            puts_(E, " ");
            put_atom(E, label);
        }
        puts_(E, ";}");
        return;
    }
    if (fs->kind != FS_WRAP) {
        /* cannot happen for valid programs */
        puts_(E, is_cont ? "continue;}" : "break;}");
        return;
    }
    if (!label || brk_has_label(&fs->wloop, label)) {
        if (is_cont) {
            if (fs->wb) {
                puts_(E, fs->wb);
            }
            puts_(E, "return;}");
        } else {
            fs->codes |= 1;
            puts_(E, "return 1;}");
        }
        return;
    }
    add_lcode(fs, label * 2 + (is_cont ? 1 : 0));
    puts_(E, "return ");
    put_label_code(E, is_cont, label);
    puts_(E, ";}");
}

/* Prints `return <value>` (value printed by the callback or text) as a statement, closing the
 * for-of iterators of this function and leaving loop-body functions with a code. */
static void put_return_open(em_t *E, int *nclose) {
    fs_t *fs = E->fs;
    *nclose = 0;
    if (fs->kind == FS_WRAP) {
        fs->codes |= 2;
        puts_(E, "return {r: ");
    } else {
        puts_(E, "return (");
    }
    for (int i = 0; i < fs->nbrk; i++) {
        if (fs->brk[i].iter) {
            putf(E, "$nd.%s(%s, ", fs->brk[i].async ? "aclose" : "close", fs->brk[i].iter);
            (*nclose)++;
        }
    }
}

static void put_return_close(em_t *E, int nclose) {
    for (int i = 0; i < nclose; i++) {
        puts_(E, ")");
    }
    puts_(E, E->fs->kind == FS_WRAP ? "};" : ");");
}

/* ---- literals ---- */

static int hexv(int c) {
    if (c >= '0' && c <= '9') {
        return c - '0';
    }
    c |= 0x20;
    if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
    }
    return -1;
}

static void put_u16(em_t *E, uint32_t cp) {
    if (cp >= 0x10000) {
        cp -= 0x10000;
        putf(E, "\\u%04X\\u%04X", 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
    } else {
        putf(E, "\\u%04X", cp);
    }
}

/* Parses \u{...} at s[i] (pointing at 'u'); returns the code point, advances *pi past '}'. */
static uint32_t parse_ubrace(const char *s, uint32_t *pi, uint32_t end) {
    uint32_t i = *pi + 2, cp = 0;
    while (i < end && s[i] != '}') {
        int h = hexv((unsigned char)s[i]);
        if (h >= 0 && cp <= 0x10FFFF) {
            cp = cp * 16 + (uint32_t)h;
        }
        i++;
    }
    *pi = i < end ? i + 1 : end;
    return cp > 0x10FFFF ? 0xFFFD : cp;
}

/* Whether the \u{...} at s[i] (pointing at 'u') is hex digits closed by '}' before end. */
static int valid_ubrace(const char *s, uint32_t i, uint32_t end) {
    uint32_t k = i + 2;
    while (k < end && hexv((unsigned char)s[k]) >= 0) {
        k++;
    }
    return k > i + 2 && k < end && s[k] == '}';
}

static void emit_string(em_t *E, nd_lw_node_t *n) {
    const char *s = E->L->src;
    sync(E, n->start);
    uint32_t i = n->start, from = n->start;
    while (i < n->end) {
        if (s[i] == '\\' && i + 2 < n->end && s[i + 1] == 'u' && s[i + 2] == '{') {
            if (!valid_ubrace(s, i + 1, n->end)) {
                nd_lw_error_at(E->L, i, "Invalid Unicode escape sequence");
            }
            put(E, s + from, i - from);
            i++;
            uint32_t cp = parse_ubrace(s, &i, n->end);
            put_u16(E, cp);
            from = i;
            continue;
        }
        if (s[i] == '\\') {
            i += 2;
            continue;
        }
        i++;
    }
    put(E, s + from, n->end - from);
}

static void emit_number(em_t *E, nd_lw_node_t *n) {
    const char *s = E->L->src;
    sync(E, n->start);
    if (n->end - n->start > 2 && s[n->start] == '0' &&
        ((s[n->start + 1] | 0x20) == 'b' || (s[n->start + 1] | 0x20) == 'o' ||
         (s[n->start + 1] | 0x20) == 'x')) {
        int base = (s[n->start + 1] | 0x20) == 'b' ? 2 : (s[n->start + 1] | 0x20) == 'o' ? 8 : 16;
        double v = 0;
        for (uint32_t i = n->start + 2; i < n->end; i++) {
            if (s[i] != '_') {
                v = v * base + hexv((unsigned char)s[i]);
            }
        }
        putf(E, "%.17g", v);
        return;
    }
    for (uint32_t i = n->start; i < n->end; i++) {
        if (s[i] != '_') {
            nd_lw_buf_putc(E->L, E->o, s[i]);
        }
    }
}

/* Prints the cooked value of template text [a, b) as a double-quoted string literal. */
static void put_cooked(em_t *E, uint32_t a, uint32_t b) {
    const char *s = E->L->src;
    nd_lw_buf_putc(E->L, E->o, '"');
    for (uint32_t i = a; i < b;) {
        char c = s[i];
        if (c == '\\') {
            char d = i + 1 < b ? s[i + 1] : 0;
            if (d == '\n') {
                i += 2;
            } else if (d == '\r') {
                i += (i + 2 < b && s[i + 2] == '\n') ? 3 : 2;
            } else if (d == 'u' && i + 2 < b && s[i + 2] == '{') {
                i++;
                put_u16(E, parse_ubrace(s, &i, b));
            } else if (d == '`' || d == '$' || d == '{' || d == '}') {
                nd_lw_buf_putc(E->L, E->o, d);
                i += 2;
            } else {
                put(E, s + i, 2);
                i += 2;
            }
        } else if (c == '"') {
            puts_(E, "\\\"");
            i++;
        } else if (c == '\n') {
            puts_(E, "\\n");
            i++;
        } else if (c == '\r') {
            puts_(E, "\\n");
            i += (i + 1 < b && s[i + 1] == '\n') ? 2 : 1;
        } else if ((unsigned char)c == 0xE2 && i + 2 < b && (unsigned char)s[i + 1] == 0x80 &&
                   ((unsigned char)s[i + 2] == 0xA8 || (unsigned char)s[i + 2] == 0xA9)) {
            puts_(E, (unsigned char)s[i + 2] == 0xA8 ? "\\u2028" : "\\u2029");
            i += 3;
        } else {
            nd_lw_buf_putc(E->L, E->o, c);
            i++;
        }
    }
    nd_lw_buf_putc(E->L, E->o, '"');
}

/* Prints the raw value of template text [a, b) as a string literal. */
static void put_raw(em_t *E, uint32_t a, uint32_t b) {
    const char *s = E->L->src;
    nd_lw_buf_putc(E->L, E->o, '"');
    for (uint32_t i = a; i < b; i++) {
        char c = s[i];
        if (c == '\\') {
            puts_(E, "\\\\");
        } else if (c == '"') {
            puts_(E, "\\\"");
        } else if (c == '\n') {
            puts_(E, "\\n");
        } else if (c == '\r') {
            puts_(E, "\\n");
            if (i + 1 < b && s[i + 1] == '\n') {
                i++;
            }
        } else {
            nd_lw_buf_putc(E->L, E->o, c);
        }
    }
    nd_lw_buf_putc(E->L, E->o, '"');
}

static void emit_template(em_t *E, nd_lw_node_t *t) {
    nd_lw_node_t *q = t->a, *e = t->b;
    sync(E, t->start);
    if (e == NULL) {
        put_cooked(E, q->start, q->end);
        return;
    }
    /* "q0".concat(e1, "q1", ...): String.prototype.concat converts with ToString like a
     * template does (unlike +, which would call valueOf first). */
    put_cooked(E, q->start, q->end);
    puts_(E, ".concat(");
    int first = 1;
    for (q = q->next; e; e = e->next, q = q ? q->next : NULL) {
        if (!first) {
            puts_(E, ", ");
        }
        first = 0;
        emit(E, e);
        if (q && q->end > q->start) {
            puts_(E, ", ");
            put_cooked(E, q->start, q->end);
        }
    }
    puts_(E, ")");
}

static void emit_tagged(em_t *E, nd_lw_node_t *n) {
    nd_lw_node_t *t = n->b;
    fs_t *top = E->fs;
    while (top->up) {
        top = top->up;
    }
    char buf[32];
    snprintf(buf, sizeof(buf), "%sq%d", E->L->tmp_prefix, ++E->L->tmp_serial);
    const char *cache = arena_str(E, buf);
    pro_add(E, top, cache);
    emit(E, n->a);
    sync(E, t->start);
    putf(E, "(%s || (%s = $nd.tpl([", cache, cache);
    for (nd_lw_node_t *q = t->a; q; q = q->next) {
        put_cooked(E, q->start, q->end);
        if (q->next) {
            puts_(E, ", ");
        }
    }
    puts_(E, "], [");
    for (nd_lw_node_t *q = t->a; q; q = q->next) {
        put_raw(E, q->start, q->end);
        if (q->next) {
            puts_(E, ", ");
        }
    }
    puts_(E, "]))");
    for (nd_lw_node_t *e = t->b; e; e = e->next) {
        puts_(E, ", ");
        emit(E, e);
    }
    puts_(E, ")");
}

/* ---- regular expressions ---- */

/*
 * Rewrites a regex literal for Duktape's ES5 engine: the s flag becomes [\s\S] for '.', the u
 * flag is dropped after \u{...} escapes become surrogate pairs, named groups become plain
 * groups (names passed to $nd.re, which adds .groups to exec results) and \k<name> becomes a
 * numbered backreference.  What cannot be expressed is a SyntaxError naming the construct.
 */
/* True for {a,b} (at p) with a <= 1000: the form emit_regex can widen to {a,}. */
static int regex_bound_rewritable(const char *p) {
    uint32_t k = 1;
    while (p[k] >= '0' && p[k] <= '9') {
        k++;
    }
    return p[k] == ',' && k - 1 <= 4 && atoi(p + 1) <= 1000 && p[k + 1] != '}';
}

/* The set of the \p{...} or \P{...} at s[i] of a u-flag regex (nd_lw_uni_property); sets
 * *close to the index of its '}'.  An unknown name is V8's SyntaxError. */
static int property_at(em_t *E, nd_lw_node_t *n, uint32_t i, uint32_t end, uint32_t **r,
                       uint32_t *close) {
    const char *s = E->L->src;
    uint32_t a = i + 3, b = a;
    while (b < end && s[b] != '}') {
        b++;
    }
    int cnt = -1;
    if (s[i + 2] == '{' && b < end) {
        cnt = nd_lw_uni_property(E->L, s + a, b - a, s[i + 1] == 'P', r);
    }
    if (cnt < 0) {
        nd_lw_error_at(E->L, n->start, "Invalid regular expression: %.*s: Invalid property name",
                       (int)(n->end - n->start), s + n->start);
    }
    *close = b;
    return cnt;
}

/* Prints a set of code points as ES5 regex source matching one of them: surrogate pairs for
 * the astral part first (so a pair is never taken as a lone surrogate), then a class. */
static void put_code_point_set(em_t *E, const uint32_t *r, int cnt) {
    nd_lw_buf_t astral = { NULL, 0, 0, 1 };
    int first = 1;
    nd_lw_uni_put_astral(E->L, &astral, r, cnt, &first);
    int bmp = cnt > 0 && r[0] <= 0xFFFF;
    if (first && bmp) {
        puts_(E, "[");
        nd_lw_uni_put_bmp(E->L, E->o, r, cnt, 0);
        puts_(E, "]");
        return;
    }
    if (first) {
        puts_(E, "[^\\s\\S]"); /* the empty set */
        return;
    }
    puts_(E, "(?:");
    put(E, astral.p, astral.len);
    if (bmp) {
        puts_(E, "|[");
        nd_lw_uni_put_bmp(E->L, E->o, r, cnt, 1);
        puts_(E, "]");
    }
    puts_(E, ")");
}

/* Emits the \p{Name} or \P{Name} at s[i] of a u-flag regex, outside a class; returns the index
 * of its closing '}'. */
static uint32_t emit_property_escape(em_t *E, nd_lw_node_t *n, uint32_t i, uint32_t end) {
    uint32_t *r, close;
    int cnt = property_at(E, n, i, end, &r, &close);
    put_code_point_set(E, r, cnt);
    return close;
}

/* Does the class at s[i] ('[') hold a \p or \P? */
static int class_has_property(const char *s, uint32_t i, uint32_t end) {
    for (uint32_t j = i + 1; j < end && s[j] != ']'; j++) {
        if (s[j] == '\\') {
            if (s[j + 1] == 'p' || s[j + 1] == 'P') {
                return 1;
            }
            j++;
        }
    }
    return 0;
}

/* Whether v-flag regex body [i, end) has a class using what only the v flag means: a nested
 * class, '&&' or '--' between operands, or a string alternative \q{...}. */
static int v_set_syntax(const char *s, uint32_t i, uint32_t end) {
    int in_class = 0;
    for (; i < end; i++) {
        if (s[i] == '\\') {
            if (in_class && s[i + 1] == 'q') {
                return 1;
            }
            i++;
        } else if (s[i] == '[') {
            if (in_class) {
                return 1;
            }
            in_class = 1;
        } else if (s[i] == ']') {
            in_class = 0;
        } else if (in_class && i + 1 < end && (s[i] == '&' || s[i] == '-') && s[i + 1] == s[i]) {
            return 1;
        }
    }
    return 0;
}

/* One class member that is a single character at s[*pj] (UTF-8 or CESU-8, \xHH, \uHHHH,
 * \u{...}, a control or identity escape): stores it in *cp, moves *pj past it and returns 1;
 * returns 0 for anything else (\d, \p{...}, ']'). */
static int class_unit(const char *s, uint32_t *pj, uint32_t end, uint32_t *cp) {
    uint32_t j = *pj;
    if (j >= end || s[j] == ']') {
        return 0;
    }
    unsigned char c = (unsigned char)s[j];
    if (c != '\\') {
        uint32_t len = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        uint32_t v = len == 1 ? c : c & (0x3Fu >> (len - 1));
        for (uint32_t k = 1; k < len && j + k < end; k++) {
            v = (v << 6) | ((unsigned char)s[j + k] & 0x3F);
        }
        *cp = v;
        *pj = j + len;
        return 1;
    }
    char d = s[j + 1];
    if (d == 'u' && s[j + 2] == '{' && valid_ubrace(s, j + 1, end)) {
        uint32_t k = j + 1;
        *cp = parse_ubrace(s, &k, end);
        *pj = k;
        return 1;
    }
    if ((d == 'u' || d == 'x') && j + (d == 'u' ? 6 : 4) <= end) {
        uint32_t v = 0, len = d == 'u' ? 4 : 2;
        for (uint32_t k = 0; k < len; k++) {
            int h = hexv((unsigned char)s[j + 2 + k]);
            if (h < 0) {
                return 0;
            }
            v = v * 16 + (uint32_t)h;
        }
        *cp = v;
        *pj = j + 2 + len;
        return 1;
    }
    static const char controls[] = "t\tn\nr\rf\fv\v0";
    const char *ctl = d != '\0' ? strchr(controls, d) : NULL;
    if (ctl != NULL && (ctl - controls) % 2 == 0) {
        *cp = (unsigned char)ctl[1];
    } else if (d == 'b') {
        *cp = 8;
    } else if (d != '\0' && strchr("^$\\.*+?()[]{}|/-", d) != NULL) {
        *cp = (unsigned char)d;
    } else {
        return 0;
    }
    *pj = j + 2;
    return 1;
}

/* class_unit, with a high surrogate and a low one after it (escaped, or a character of the
 * CESU-8 that Duktape gives astral characters) read as the one code point they make. */
static int class_atom(const char *s, uint32_t *pj, uint32_t end, uint32_t *cp) {
    if (!class_unit(s, pj, end, cp)) {
        return 0;
    }
    uint32_t k = *pj, lo;
    if (*cp >= 0xD800 && *cp <= 0xDBFF && class_unit(s, &k, end, &lo) && lo >= 0xDC00 &&
        lo <= 0xDFFF) {
        *cp = 0x10000 + ((*cp - 0xD800) << 10) + (lo - 0xDC00);
        *pj = k;
    }
    return 1;
}

/* Whether a u-flag class at s[i] ('[') has an astral member (\u{1F600}, a range reaching one, a
 * character of four UTF-8 bytes), or a property escape: emit_unicode_class translates it. */
static int class_needs_unicode(const char *s, uint32_t i, uint32_t end) {
    if (class_has_property(s, i, end)) {
        return 1;
    }
    for (uint32_t j = i + 1; j < end && s[j] != ']';) {
        uint32_t cp;
        if (!class_atom(s, &j, end, &cp)) {
            j += s[j] == '\\' ? 2 : 1;
        } else if (cp >= 0x10000) {
            return 1;
        }
    }
    return 0;
}

/* Whether the class member at s[*pj] is a code point or range a-z with z past U+FFFF: then
 * stores [a, z] in r, and leaves *pj at the member's last character. */
static int class_astral_member(const char *s, uint32_t *pj, uint32_t end, uint32_t *r) {
    uint32_t k = *pj, a, z;
    if (!class_atom(s, &k, end, &a)) {
        return 0;
    }
    z = a;
    uint32_t k2 = k + 1;
    if (s[k] == '-' && class_atom(s, &k2, end, &z)) {
        k = k2;
    }
    if (z < 0x10000) {
        return 0;
    }
    r[0] = a;
    r[1] = z;
    *pj = k - 1;
    return 1;
}

/* A u-flag class with property escapes or astral members, [\p{L}\d_], [^\p{L}] or
 * [\x20-\u{10FFFF}]: its BMP members stay a class, its astral members become surrogate-pair
 * alternatives beside it.  Returns the index of ']'. */
static uint32_t emit_unicode_class(em_t *E, nd_lw_node_t *n, uint32_t i, uint32_t end) {
    const char *s = E->L->src;
    nd_lw_buf_t text = { NULL, 0, 0, 1 }, astral = { NULL, 0, 0, 1 };
    uint32_t r1[2];
    int first = 1;
    int negated = s[i + 1] == '^';
    uint32_t j = i + 1 + (negated ? 1 : 0);
    for (; j < end && s[j] != ']'; j++) {
        if (s[j] == '\\' && (s[j + 1] == 'p' || s[j + 1] == 'P')) {
            uint32_t *r;
            int cnt = property_at(E, n, j, end, &r, &j);
            nd_lw_uni_put_bmp(E->L, &text, r, cnt, 1);
            nd_lw_uni_put_astral(E->L, &astral, r, cnt, &first);
        } else if (class_astral_member(s, &j, end, r1)) {
            /* a member (or range) reaching past U+FFFF: its BMP part in the class */
            nd_lw_uni_put_bmp(E->L, &text, r1, 1, 1);
            nd_lw_uni_put_astral(E->L, &astral, r1, 1, &first);
        } else if (s[j] == '\\' && s[j + 1] == 'u' && s[j + 2] == '{') {
            uint32_t k = j + 1;
            uint32_t cp = parse_ubrace(s, &k, end);
            if (cp >= 0x10000) {
                nd_lw_error_at(E->L, n->start, "Invalid regular expression: astral "
                               "characters in classes are not supported by nodule");
            }
            nd_lw_buf_t *saved = E->o;
            E->o = &text;
            put_u16(E, cp);
            E->o = saved;
            j = k - 1;
        } else if (s[j] == '\\') {
            nd_lw_buf_put(E->L, &text, s + j, 2);
            j++;
        } else {
            nd_lw_buf_putc(E->L, &text, s[j]);
        }
    }
    if (first) {
        putf(E, "[%s", negated ? "^" : "");
        put(E, text.p, text.len);
        puts_(E, "]");
    } else if (!negated) {
        puts_(E, "(?:");
        put(E, astral.p, astral.len);
        if (text.len > 0) {
            puts_(E, "|[");
            put(E, text.p, text.len);
            puts_(E, "]");
        }
        puts_(E, ")");
    } else {
        /* a code point none of the members match: not one of the pairs, then any pair or a
         * unit outside the class */
        puts_(E, "(?:(?!");
        put(E, astral.p, astral.len);
        puts_(E, ")(?:[\\uD800-\\uDBFF][\\uDC00-\\uDFFF]|[^\\uD800-\\uDFFF");
        put(E, text.p, text.len);
        puts_(E, "]))");
    }
    return j;
}

/* Whether offset is one of the n offsets of at. */
static int star_in(const uint32_t *at, int n, uint32_t offset) {
    for (int k = 0; k < n && k < 16; k++) {
        if (at[k] == offset) {
            return 1;
        }
    }
    return 0;
}

/* Prints regex text inside a string literal: a backslash before each backslash and quote. */
static void put_escaped(em_t *E, const char *p, size_t len) {
    for (size_t k = 0; k < len; k++) {
        if (p[k] == '\\' || p[k] == '"') {
            nd_lw_buf_putc(E->L, E->o, '\\');
        }
        nd_lw_buf_putc(E->L, E->o, p[k]);
    }
}

/* Prints ", [name, group, ...]" of a regex's named groups. */
static void put_group_names(em_t *E, const char *const *names, const uint32_t *namelen,
                            const int *nidx, int nnames) {
    puts_(E, ", [");
    for (int k = 0; k < nnames; k++) {
        putf(E, "%s\"%.*s\", %d", k ? ", " : "", (int)namelen[k], names[k], nidx[k]);
    }
    puts_(E, "]");
}

static void emit_regex(em_t *E, nd_lw_node_t *n) {
    const char *s = E->L->src;
    uint32_t end = n->end, fe = end;
    while (fe > n->start && s[fe - 1] != '/') {
        fe--;
    }
    uint32_t body_end = fe - 1;
    int fs = 0, fu = 0, fv = 0, fy = 0, fg = 0, fd = 0;
    char flags[16];
    int nf = 0;
    for (uint32_t i = fe; i < end; i++) {
        if (s[i] == 's') {
            fs = 1;
        } else if (s[i] == 'u') {
            fu = 1;
        } else if (s[i] == 'v') {
            fu = fv = 1;
        } else if (s[i] == 'y') {
            fy = 1;
        } else if (s[i] == 'd') {
            fd = 1;
        } else if (nf < 14) {
            fg |= s[i] == 'g';
            flags[nf++] = s[i];
        }
    }
    if (fy && !fg) {
        /* sticky: a global regex whose exec fails unless the match starts at lastIndex */
        flags[nf++] = 'g';
    }
    flags[nf] = '\0';
    /* with a lookbehind the translated pattern goes to $nd.lb as a string (docs/lowering.md) */
    int lookbehind = 0;
    /* pass 1: group names */
    const char *names[32];
    uint32_t namelen[32];
    int nidx[32], nnames = 0, group = 0, in_class = 0;
    for (uint32_t i = n->start + 1; i < body_end; i++) {
        if (s[i] == '\\') {
            i++;
            continue;
        }
        if (in_class) {
            if (s[i] == ']') {
                in_class = 0;
            }
            continue;
        }
        if (s[i] == '[') {
            in_class = 1;
        } else if (s[i] == '(') {
            if (s[i + 1] != '?') {
                group++;
            } else if (s[i + 2] == '<' && s[i + 3] != '=' && s[i + 3] != '!') {
                group++;
                uint32_t a = i + 3, b = a;
                while (b < body_end && s[b] != '>') {
                    b++;
                }
                if (nnames < 32) {
                    names[nnames] = s + a;
                    namelen[nnames] = b - a;
                    nidx[nnames++] = group;
                }
            } else if (s[i + 2] == '<') {
                lookbehind = 1;
            }
        }
    }
    if (lookbehind && fd) {
        nd_lw_error_at(E->L, n->start, "Invalid regular expression: lookbehind assertions "
                       "with the 'd' flag are not supported by nodule");
    }
    if (fv && v_set_syntax(s, n->start + 1, body_end)) {
        nd_lw_error_at(E->L, n->start, "Invalid regular expression: nested classes and set "
                       "operations of the v flag are not supported by nodule");
    }
    /* (x*|y)*: x+ for x*, since Duktape does not stop an iteration that matches nothing */
    uint32_t empty_loops[16];
    int nempty = nd_lw_regex_empty_loops(s + n->start + 1, body_end - n->start - 1, empty_loops,
                                         16);
    /* with property escapes the translation is long: the regex reports the source it had, as
     * a v-flag one does its flags (the rest of a v regex means what it does under u), and one
     * with x+ for x* its source */
    int report_source = fv || nempty > 0 || (fu && class_has_property(s, n->start, body_end));
    sync(E, n->start);
    if (report_source) {
        puts_(E, "$nd.rsrc(");
    }
    if (fd) {
        puts_(E, "$nd.rd(");
    }
    if (fy) {
        puts_(E, "$nd.sticky(");
    }
    if (nnames) {
        puts_(E, "$nd.re(");
    }
    nd_lw_buf_t *out = E->o, pattern = { NULL, 0, 0, 1 };
    if (lookbehind && !E->lb_routed) {
        /* String methods read before an argument such as this regex is made must already
         * know lookbehind regexes: the top function's prologue routes them */
        fs_t *top = E->fs;
        while (top->up) {
            top = top->up;
        }
        char decl[48];
        snprintf(decl, sizeof(decl), "%s = $nd.lbs()", gen_name(E, 'l'));
        pro_add(E, top, arena_str(E, decl));
        E->lb_routed = 1;
    }
    if (lookbehind) {
        E->o = &pattern;
    } else {
        puts_(E, "/");
    }
    in_class = 0;
    for (uint32_t i = n->start + 1; i < body_end; i++) {
        char c = s[i];
        if (c == '*' && !in_class && nempty > 0 && star_in(empty_loops, nempty, i - n->start - 1)) {
            nd_lw_buf_putc(E->L, E->o, '+');
            continue;
        }
        uint32_t after = i, astral;
        if (fu && !in_class && ((unsigned char)c >= 0xE0 || (c == '\\' && s[i + 1] == 'u')) &&
            class_atom(s, &after, body_end, &astral) && astral >= 0x10000) {
            /* an astral character is one atom under u: its pair is grouped for a quantifier */
            puts_(E, "(?:");
            put_u16(E, astral);
            puts_(E, ")");
            i = after - 1;
            continue;
        }
        if (c == '\\') {
            char d = s[i + 1];
            if (d == 'u' && s[i + 2] == '{' && fu) {
                uint32_t k = i + 1;
                uint32_t cp = parse_ubrace(s, &k, body_end);
                if (cp >= 0x10000 && in_class) {
                    nd_lw_error_at(E->L, n->start, "Invalid regular expression: astral "
                                   "characters in classes are not supported by nodule");
                }
                if (cp >= 0x10000) {
                    puts_(E, "(?:");
                    put_u16(E, cp);
                    puts_(E, ")");
                } else {
                    put_u16(E, cp);
                }
                i = k - 1;
                continue;
            }
            if ((d == 'p' || d == 'P') && fu) {
                i = emit_property_escape(E, n, i, body_end);
                continue;
            }
            if (d == 'k' && s[i + 2] == '<' && nnames) {
                uint32_t a = i + 3, b = a;
                while (b < body_end && s[b] != '>') {
                    b++;
                }
                for (int k = 0; k < nnames; k++) {
                    if (namelen[k] == b - a && memcmp(names[k], s + a, b - a) == 0) {
                        putf(E, "\\%d", nidx[k]);
                    }
                }
                i = b;
                continue;
            }
            if (d >= '1' && d <= '9' && !fu && !in_class && atoi(s + i + 1) > group) {
                /* Annex B: \N naming no group is a legacy octal escape (\8 and \9 are the
                 * digits), as in highlight.js's /\1/; Duktape refuses it. */
                uint32_t k = i + 1, v = 0;
                while (k < body_end && k < i + (d <= '3' ? 4 : 3) && s[k] >= '0' && s[k] <= '7') {
                    v = v * 8 + (uint32_t)(s[k++] - '0');
                }
                if (k == i + 1) {
                    nd_lw_buf_putc(E->L, E->o, d);
                    i++;
                } else {
                    putf(E, "\\x%02x", v);
                    i = k - 1;
                }
                continue;
            }
            put(E, s + i, 2);
            i++;
            continue;
        }
        if (in_class) {
            if (c == ']') {
                in_class = 0;
            }
        } else if (c == '[' && fu && class_needs_unicode(s, i, body_end)) {
            i = emit_unicode_class(E, n, i, body_end);
            continue;
        } else if (c == '[') {
            in_class = 1;
        } else if (c == '.' && fs) {
            puts_(E, "[\\s\\S]");
            continue;
        } else if (c == '(' && s[i + 1] == '?' && s[i + 2] == '<' && s[i + 3] != '=' &&
                   s[i + 3] != '!' && nnames) {
            while (i < body_end && s[i] != '>') {
                i++;
            }
            if (i == body_end) {
                nd_lw_error_at(E->L, n->start, "Invalid regular expression: Invalid capture "
                               "group name");
            }
            puts_(E, "(");
            continue;
        } else if (c == '{' && s[i - 1] == ')' && nd_lw_regex_bound_too_big(s + i, body_end - i) &&
                   regex_bound_rewritable(s + i)) {
            /* Duktape copies a quantified group once per count and refuses more than 1000
             * copies: (...){a,b} with b > 1000 becomes (...){a,} (a limit on the longest match
             * is lost; docs/lowering.md).  Other cases are left to Duktape. */
            uint32_t k = i + 1;
            while (s[k] >= '0' && s[k] <= '9') {
                k++;
            }
            put(E, s + i, k - i + 1);
            nd_lw_buf_putc(E->L, E->o, '}');
            while (s[k] != '}') {
                k++;
            }
            i = k;
            continue;
        }
        nd_lw_buf_putc(E->L, E->o, c);
    }
    E->o = out;
    if (lookbehind) {
        /* $nd.lb("pattern", "flags"): u tells it to step over surrogate pairs */
        puts_(E, "$nd.lb(\"");
        put_escaped(E, pattern.p, pattern.len);
        putf(E, "\", \"%s%s\")", flags, fu ? "u" : "");
    } else {
        putf(E, "/%s", flags);
    }
    if (nnames) {
        put_group_names(E, names, namelen, nidx, nnames);
        puts_(E, ")");
    }
    if (fy) {
        puts_(E, ")");
    }
    if (fd) {
        /* the names again (for indices.groups), and the flags as written, in V8's order */
        put_group_names(E, names, namelen, nidx, nnames);
        puts_(E, ", \"");
        for (const char *o = "dgimsuvy"; *o; o++) {
            if (memchr(s + fe, *o, end - fe) != NULL) {
                nd_lw_buf_putc(E->L, E->o, *o);
            }
        }
        puts_(E, "\")");
    }
    if (report_source) {
        puts_(E, ", \"");
        put_escaped(E, s + n->start + 1, body_end - n->start - 1);
        puts_(E, "\", \"");
        put(E, s + fe, end - fe);
        puts_(E, "\")");
    }
}

/* ---- generic ---- */

/* Copies source [a, b) without the first comma outside comments: the trailing comma of a
 * parameter list, between the last parameter and ')', which ES5 does not allow. */
static void copy_without_comma(em_t *E, uint32_t a, uint32_t b) {
    const char *s = E->L->src;
    int ci = first_comment_after(E, a);
    for (uint32_t i = a; i < b; i++) {
        while (ci < E->L->ncomments && E->L->comments[2 * ci + 1] <= i) {
            ci++;
        }
        int in_comment = ci < E->L->ncomments && E->L->comments[2 * ci] <= i;
        if (s[i] == ',' && !in_comment) {
            copy(E, a, i);
            copy(E, i + 1, b);
            return;
        }
    }
    copy(E, a, b);
}

/* Emits n from source offset cur on: its children that start there or later, and the source
 * text around them. */
static void emit_generic_from(em_t *E, nd_lw_node_t *n, uint32_t cur) {
    nd_lw_node_t *kids[4] = { n->a, n->b, n->c, n->d };
    for (int i = 0; i < 4; i++) {
        for (nd_lw_node_t *c = kids[i]; c; c = c->next) {
            if (c->start < cur) {
                continue;
            }
            copy(E, cur, c->start);
            emit(E, c);
            cur = c->end;
        }
    }
    if ((n->type == N_CALL || n->type == N_NEW) && n->p3 > cur) {
        /* A trailing comma in the arguments, which ES5 does not allow. */
        copy(E, cur, n->p3 - 1);
        cur = n->p3;
    }
    copy(E, cur, n->end);
}

static void emit_generic(em_t *E, nd_lw_node_t *n) {
    emit_generic_from(E, n, n->start);
}

/* ---- destructuring ---- */

typedef struct dst_s {
    int count;
} dst_t;

static void d_item(em_t *E, dst_t *d) {
    if (d->count++ > 0) {
        puts_(E, ", ");
    }
}

static int is_simple_target(nd_lw_node_t *p) {
    return p->type == N_IDENT || p->type == N_MEMBER || p->type == N_INDEX || p->type == N_PAREN;
}

static void emit_target(em_t *E, nd_lw_node_t *p) {
    if (p->type == N_IDENT) {
        put_ident_name(E, p);
    } else {
        emit(E, p);
    }
}

static void put_val(em_t *E, const char *vt, nd_lw_node_t *vn) {
    if (vn != NULL) {
        emit(E, vn);
    } else {
        puts_(E, vt);
    }
}

/* Prints "target = value" items for pattern p; the value is text vt or node vn. */
static void destr(em_t *E, nd_lw_node_t *p, const char *vt, nd_lw_node_t *vn, dst_t *d) {
    char buf[300];
    switch (p->type) {
    case N_IDENT:
    case N_MEMBER:
    case N_INDEX:
    case N_PAREN:
        d_item(E, d);
        emit_target(E, p);
        puts_(E, " = ");
        put_val(E, vt, vn);
        return;
    case N_ASSIGN_PAT: {
        const char *t = temp(E, 't');
        d_item(E, d);
        if (is_simple_target(p->a)) {
            emit_target(E, p->a);
            putf(E, " = (%s = ", t);
            put_val(E, vt, vn);
            putf(E, ") === void 0 ? (");
            emit(E, p->b);
            putf(E, ") : %s", t);
        } else {
            putf(E, "%s = ", t);
            put_val(E, vt, vn);
            d_item(E, d);
            putf(E, "%s = %s === void 0 ? (", t, t);
            emit(E, p->b);
            putf(E, ") : %s", t);
            destr(E, p->a, t, NULL, d);
        }
        return;
    }
    case N_ARRAY_PAT: {
        int n = 0, rest = 0;
        for (nd_lw_node_t *e = p->a; e; e = e->next) {
            if (e->type == N_REST) {
                rest = 1;
            } else {
                n++;
            }
        }
        const char *t = temp(E, 't');
        d_item(E, d);
        putf(E, "%s = $nd.ai(", t);
        put_val(E, vt, vn);
        putf(E, ", %d)", rest ? -1 : n);
        int i = 0;
        for (nd_lw_node_t *e = p->a; e; e = e->next) {
            if (e->type == N_HOLE) {
                i++;
                continue;
            }
            if (e->type == N_REST) {
                snprintf(buf, sizeof(buf), "%s.slice(%d)", t, i);
                destr(E, e->a, arena_str(E, buf), NULL, d);
                continue;
            }
            snprintf(buf, sizeof(buf), "%s[%d]", t, i);
            destr(E, e, arena_str(E, buf), NULL, d);
            i++;
        }
        return;
    }
    case N_OBJECT_PAT: {
        const char *t;
        nd_lw_buf_t keys = { NULL, 0, 0, 1 };
        if (vn == NULL && strchr(vt, '.') == NULL && strchr(vt, '[') == NULL) {
            t = vt;
            d_item(E, d);
            putf(E, "%s = $nd.oc(%s)", t, t);
        } else {
            t = temp(E, 't');
            d_item(E, d);
            putf(E, "%s = $nd.oc(", t);
            put_val(E, vt, vn);
            puts_(E, ")");
        }
        for (nd_lw_node_t *e = p->a; e; e = e->next) {
            if (e->type == N_REST) {
                d_item(E, d);
                emit_target(E, e->a);
                putf(E, " = $nd.orest(%s, [%s])", t, keys.p ? keys.p : "");
                continue;
            }
            nd_lw_node_t *k = e->a;
            if (e->flags & NF_COMPUTED) {
                const char *kt = temp(E, 'k');
                d_item(E, d);
                putf(E, "%s = ", kt);
                emit(E, k);
                snprintf(buf, sizeof(buf), "%s[%s]", t, kt);
                if (keys.len) {
                    nd_lw_buf_puts(E->L, &keys, ", ");
                }
                nd_lw_buf_puts(E->L, &keys, kt);
            } else if (k->type == N_IDENT) {
                nd_lw_atom_t *at = &E->L->atoms[k->atom];
                snprintf(buf, sizeof(buf), "%s[\"%.*s\"]", t, (int)(at->len > 200 ? 200 : at->len),
                         at->s);
                if (keys.len) {
                    nd_lw_buf_puts(E->L, &keys, ", ");
                }
                nd_lw_buf_putc(E->L, &keys, '"');
                nd_lw_buf_put(E->L, &keys, at->s, at->len);
                nd_lw_buf_putc(E->L, &keys, '"');
                if (at->len <= 200) {
                    snprintf(buf, sizeof(buf), "%s.%.*s", t, (int)at->len, at->s);
                }
            } else {
                uint32_t kl = k->end - k->start;
                snprintf(buf, sizeof(buf), "%s[%.*s]", t, (int)(kl > 200 ? 200 : kl),
                         E->L->src + k->start);
                if (keys.len) {
                    nd_lw_buf_puts(E->L, &keys, ", ");
                }
                if (k->type == N_NUM) {
                    nd_lw_buf_puts(E->L, &keys, "String(");
                }
                nd_lw_buf_put(E->L, &keys, E->L->src + k->start, kl);
                if (k->type == N_NUM) {
                    nd_lw_buf_puts(E->L, &keys, ")");
                }
            }
            destr(E, e->b, arena_str(E, buf), NULL, d);
        }
        return;
    }
    default:
        nd_lw_error_at(E->L, p->start, "Invalid destructuring assignment target");
    }
}

/* ---- functions ---- */

/* Param list with patterns/defaults/rest: prints simple names, returns the body code later. */
typedef struct pinfo_s {
    nd_lw_node_t *p;
    const char *name;        /* temp for patterns */
    int index;
    int late;                /* at or after the first default or rest: read from arguments */
} pinfo_t;

static void emit_param_code(em_t *E, nd_lw_node_t *fn, pinfo_t *pi, int np) {
    E->moved++;
    for (int i = 0; i < np; i++) {
        nd_lw_node_t *p = pi[i].p;
        if (pi[i].late && p->type != N_REST) {
            /* not a formal parameter, so that the function's length stops before it */
            puts_(E, "var ");
            if (pi[i].name != NULL) {
                puts_(E, pi[i].name);
            } else {
                put_ident_name(E, p->type == N_IDENT ? p : p->a);
            }
            putf(E, " = arguments[%d];", pi[i].index);
        }
        if (p->type == N_IDENT) {
            continue;
        }
        if (p->type == N_REST) {
            if (p->a->type == N_IDENT) {
                puts_(E, "var ");
                put_ident_name(E, p->a);
                putf(E, " = $nd.rest(arguments, %d);", pi[i].index);
            } else {
                dst_t d = { 0 };
                char buf[64];
                snprintf(buf, sizeof(buf), "$nd.rest(arguments, %d)", pi[i].index);
                puts_(E, "var ");
                destr(E, p->a, arena_str(E, buf), NULL, &d);
                puts_(E, ";");
            }
            continue;
        }
        if (p->type == N_ASSIGN_PAT && p->a->type == N_IDENT) {
            puts_(E, "if (");
            put_ident_name(E, p->a);
            puts_(E, " === void 0) ");
            put_ident_name(E, p->a);
            puts_(E, " = (");
            emit(E, p->b);
            puts_(E, ");");
            continue;
        }
        if (p->type == N_ASSIGN_PAT) {
            putf(E, "if (%s === void 0) %s = (", pi[i].name, pi[i].name);
            emit(E, p->b);
            puts_(E, ");");
            p = p->a;
        }
        dst_t d = { 0 };
        puts_(E, "var ");
        destr(E, p, pi[i].name, NULL, &d);
        puts_(E, ";");
    }
    (void)fn;
    E->moved--;
}

/*
 * Emits "(params) {body}" of fn (a function, method or arrow) as an ES5 function tail.  kind
 * is FS_FUNC or FS_ARROW; pre/post are extra statements at the start/end of the body.
 */
static int mentions(nd_lw_node_t *n, int atom);

/* Whether fn's own name, read inside it, is fn: it has a name that neither a parameter nor its
 * body mentions (so none rebinds it). */
static int names_itself(nd_lw_node_t *fn) {
    if (fn->a == NULL || fn->a->type != N_IDENT || mentions(fn->c, fn->a->atom)) {
        return 0;
    }
    for (nd_lw_node_t *p = fn->b; p != NULL; p = p->next) {
        if (mentions(p, fn->a->atom)) {
            return 0;
        }
    }
    return 1;
}

static void emit_fn_tail(em_t *E, nd_lw_node_t *fn, int kind, const char *pre, const char *post) {
    fs_t fs;
    pinfo_t pinfo[64];
    int np = 0, idx = 0;
    const char *saved_home = E->home;
    int saved_nplabels = E->nplabels;
    E->nplabels = 0;
    int coro = ((fn->flags & NF_GENERATOR) ? 1 : 0) | ((fn->flags & NF_ASYNC) ? 2 : 0);
    fs_t inner;
    if (kind == FS_FUNC && !(fn->flags & NF_INCLASS)) {
        /* NF_INCLASS: a class member, or an object literal method with its home set */
        E->home = NULL;
    }
    fs_push(E, &fs, kind);
    fs.fn = fn;
    fs.ctor = E->next_ctor;
    E->next_ctor = 0;
    fs.hint = E->next_hint;
    E->next_hint = NULL;
    if (fn->flags & NF_HAS_SUPERCALL) {
        fs.derived = 1;
    }
    /* parameters */
    int modern = (fn->flags & NF_MODERN) != 0;
    if (fn->type == N_ARROW && (fn->p1 == fn->p2 || E->L->src[fn->p1] != '(')) {
        /* x => ...: single parameter without parentheses */
        puts_(E, "(");
        emit(E, fn->b);
        puts_(E, ") ");
    } else if (!modern) {
        uint32_t open = fn->p1;
        if (fn->type == N_ARROW && E->L->src[open] != '(') {
            open = fn->p1;
        }
        copy(E, open, open + 1);
        uint32_t cur = open + 1;
        for (nd_lw_node_t *p = fn->b; p; p = p->next) {
            copy(E, cur, p->start);
            emit(E, p);
            cur = p->end;
        }
        copy_without_comma(E, cur, fn->p2);
        puts_(E, " ");
    } else {
        copy(E, fn->p1, fn->p1 + 1);
        /* Parameters stay formal parameters, defaults and all (only a rest parameter is read
         * from arguments), so Function.length counts those after a default too: reading them
         * from arguments instead, as the spec's length would need, made every call of such a
         * function build an arguments object (11 times the instructions in Duktape). */
        int first = 1, late = 0;
        for (nd_lw_node_t *p = fn->b; p && np < 64; p = p->next, idx++) {
            late |= p->type == N_REST;
            pinfo[np].p = p;
            pinfo[np].index = idx;
            pinfo[np].name = NULL;
            pinfo[np].late = late;
            if (p->type == N_REST) {
                np++;
                continue;
            }
            if (late) {
                if (p->type != N_IDENT && (p->type != N_ASSIGN_PAT || p->a->type != N_IDENT)) {
                    pinfo[np].name = gen_name(E, 'p');
                }
                np++;
                continue;
            }
            if (!first) {
                puts_(E, ", ");
            }
            first = 0;
            if (p->type == N_IDENT) {
                emit_ident(E, p);
            } else if (p->type == N_ASSIGN_PAT && p->a->type == N_IDENT) {
                emit_ident(E, p->a);
            } else {
                pinfo[np].name = gen_name(E, 'p');
                puts_(E, pinfo[np].name);
            }
            np++;
        }
        puts_(E, ") ");
    }
    /* body; a generator/async body runs as a coroutine: the function returns
     * $nd.gen/async/agen(function () { body }), whose inner function sees the outer this and
     * arguments like an arrow does */
    static const char *const coro_helper[4] = { "", "$nd.gen", "$nd.async", "$nd.agen" };
    nd_lw_node_t *body = fn->c;
    if (fn->flags & NF_EXPR_BODY) {
        puts_(E, "{");
        const nd_lw_fname_t *r = nd_lw_fname_of(E->L, fn);
        if (r != NULL && !r->skip) {
            nd_lw_fname_put(E->L, E->o, r);
        }
        fs.ins = E->o->len;
        emit_param_code(E, fn, pinfo, np);
        if (pre) {
            puts_(E, pre);
        }
        if (coro) {
            putf(E, "return %s(function () {", coro_helper[coro]);
            fs_push(E, &inner, FS_ARROW);
            inner.coro = coro;
            inner.ins = E->o->len;
        }
        puts_(E, "return (");
        emit(E, body);
        puts_(E, ");}");
        if (coro) {
            fs_pop(E);
            puts_(E, ");}");
        }
    } else {
        copy(E, body->start, body->start + 1);
        uint32_t cur = body->start + 1;
        nd_lw_node_t *st = body->a;
        while (st && st->type == N_EXPR_STMT && st->a->type == N_STR) {
            copy(E, cur, st->end);
            cur = st->end;
            fs.ins_semi = E->L->src[st->end - 1] != ';';
            st = st->next;
        }
        fs.ins = E->o->len;
        fs.body = st;
        emit_param_code(E, fn, pinfo, np);
        if (pre) {
            puts_(E, pre);
        }
        if (coro) {
            putf(E, "return %s(function () {", coro_helper[coro]);
            fs_push(E, &inner, FS_ARROW);
            inner.coro = coro;
            inner.ins = E->o->len;
            inner.body = st;
        }
        emit_stmt_list(E, st, cur, body->end - 1);
        if (post) {
            puts_(E, post);
        }
        if (coro) {
            sync(E, body->end - 1);
            fs_pop(E);
            if ((coro == 1 || coro == 3) && (names_itself(fn) || fs.hint != NULL)) {
                /* the generator function, whose .prototype its generator objects inherit (a
                 * name emit_function gave is one the function does not mention) */
                puts_(E, "}, ");
                if (fs.hint != NULL) {
                    put_atom(E, fs.hint->atom);
                } else {
                    put_ident_name(E, fn->a);
                }
                puts_(E, ");");
            } else {
                puts_(E, "});");
            }
        }
        copy(E, body->end - 1, body->end);
    }
    fs_pop(E);
    E->home = saved_home;
    E->nplabels = saved_nplabels;
}

/* Emits statements of list from source offset from, then the gap up to offset to. */
static void emit_stmt_list(em_t *E, nd_lw_node_t *list, uint32_t from, uint32_t to) {
    uint32_t cur = from;
    for (nd_lw_node_t *s = list; s; s = s->next) {
        copy(E, cur, s->start);
        emit(E, s);
        cur = s->end;
    }
    copy(E, cur, to);
}

/* Function.length as the spec counts it (the parameters before the first default or rest), when
 * it is less than the formal parameters the lowered function keeps (src/lower keeps defaulted
 * parameters formal: reading them from arguments made every call dearer); -1 when they agree. */
static int spec_length(nd_lw_node_t *fn) {
    int formal = 0, length = -1;
    for (nd_lw_node_t *p = fn->b; p != NULL && p->type != N_REST; p = p->next) {
        if (p->type == N_ASSIGN_PAT && length < 0) {
            length = formal;
        }
        formal++;
    }
    return length >= 0 && length < formal ? length : -1;
}

/* Opens the function expression (or method) fn: `function `, wrapped when the function must
 * carry its kind (async or generator: Symbol.toStringTag, which util.types, util.inspect and
 * libraries read) or its spec length; put_fn_close closes the wraps. */
static void put_fn_open(em_t *E, nd_lw_node_t *fn) {
    if (spec_length(fn) >= 0) {
        puts_(E, "$nd.len(");
    }
    puts_(E, (fn->flags & NF_ASYNC) ? "$nd.afn(function " : (fn->flags & NF_GENERATOR) ?
          "$nd.gfn(function " : "function ");
}

static void put_fn_close(em_t *E, nd_lw_node_t *fn) {
    if (fn->flags & (NF_ASYNC | NF_GENERATOR)) {
        puts_(E, (fn->flags & NF_ASYNC) && (fn->flags & NF_GENERATOR) ? ", 1)" : ")");
    }
    int length = spec_length(fn);
    if (length >= 0) {
        putf(E, ", %d)", length);
    }
}

/* A function declaration among the top statements of its function (or program) that must carry
 * its kind or spec length (put_fn_open) gets them in the prologue, where the hoisted function
 * already exists: `var $$k1 = $nd.afn(f)`.  One in a nested block stays as it is (its binding
 * may be the block's). */
static void tag_declaration(em_t *E, nd_lw_node_t *fn) {
    fs_t *fs = var_fs(E);
    nd_lw_node_t *s = fs->body;
    while (s != NULL && s != fn && !(s->type == N_EXPORT && s->a == fn)) {
        s = s->next;
    }
    if (s == NULL || fn->a == NULL) {
        return;
    }
    nd_lw_binding_t *b = fn->a->x;
    int length = spec_length(fn);
    nd_lw_buf_t decl = { NULL, 0, 0, 1 };
    nd_lw_buf_puts(E->L, &decl, gen_name(E, 'k'));
    nd_lw_buf_puts(E->L, &decl, length >= 0 ? " = $nd.len(" : " = ");
    if (fn->flags & (NF_ASYNC | NF_GENERATOR)) {
        nd_lw_buf_puts(E->L, &decl, (fn->flags & NF_ASYNC) ? "$nd.afn(" : "$nd.gfn(");
    }
    if (b != NULL && b->rename != NULL) {
        nd_lw_buf_put(E->L, &decl, b->rename, b->rename_len);
    } else {
        nd_lw_buf_put(E->L, &decl, E->L->atoms[fn->a->atom].s, E->L->atoms[fn->a->atom].len);
    }
    if (fn->flags & (NF_ASYNC | NF_GENERATOR)) {
        nd_lw_buf_puts(E->L, &decl, (fn->flags & NF_ASYNC) && (fn->flags & NF_GENERATOR) ?
                                    ", 1)" : ")");
    }
    if (length >= 0) {
        char tail[16];
        snprintf(tail, sizeof(tail), ", %d)", length);
        nd_lw_buf_puts(E->L, &decl, tail);
    }
    nd_lw_buf_putc(E->L, &decl, '\0');
    pro_add(E, fs, decl.p);
}

static void emit_function(em_t *E, nd_lw_node_t *fn) {
    /* "function name" then the tail; `async` and `*` go */
    nd_lw_node_t *hint = E->name_hint;
    E->name_hint = NULL;
    int marked = (fn->flags & (NF_ASYNC | NF_GENERATOR)) || spec_length(fn) >= 0;
    int tagged = fn->type == N_FUNC_EXPR && marked;
    if (fn->a != NULL || !(fn->flags & (NF_GENERATOR | NF_NEW_TARGET))) {
        hint = NULL; /* the directive names it (fname.c) */
    } else if (hint != NULL) {
        /* A generator passes itself to $nd.gen, new.target compares with the function: both
         * read the name, which must then be bound to the function, as `function f` binds it. */
        nd_lw_fname_t *r = nd_lw_fname_of(E->L, fn);
        if (r != NULL) {
            r->skip = 1;
        }
    }
    if (marked || hint) {
        sync(E, fn->start);
        if (tagged) {
            put_fn_open(E, fn);
        } else {
            puts_(E, "function ");
            if (fn->type == N_FUNC_DECL && marked) {
                tag_declaration(E, fn);
            }
        }
        if (fn->a) {
            emit(E, fn->a);
        } else if (hint) {
            put_atom(E, hint->atom);
            E->next_hint = hint;
        }
    } else {
        copy(E, fn->start, fn->p1);
    }
    emit_fn_tail(E, fn, FS_FUNC, NULL, NULL);
    if (tagged) {
        put_fn_close(E, fn);
    }
}

static void emit_arrow(em_t *E, nd_lw_node_t *fn) {
    E->name_hint = NULL; /* the directive names it (fname.c) */
    sync(E, fn->start);
    /* An async arrow says so (Symbol.toStringTag 'AsyncFunction'): libraries such as async
     * test it to decide how to call a function. */
    int plain = !(fn->flags & NF_ASYNC) && spec_length(fn) < 0;
    if (plain) {
        puts_(E, "(function ");
    } else {
        put_fn_open(E, fn);
    }
    emit_fn_tail(E, fn, FS_ARROW, NULL, NULL);
    if (plain) {
        puts_(E, ")");
    } else {
        put_fn_close(E, fn);
    }
}

/* ---- calls, spread, chains ---- */

/* Prints an array built from list (elements may be N_SPREAD or N_HOLE): [a, b].concat(...) */
static void emit_spread_array(em_t *E, nd_lw_node_t *list) {
    int segs = 0;
    nd_lw_node_t *e = list;
    while (e) {
        if (e->type == N_SPREAD) {
            if (segs++ == 0) {
                puts_(E, "$nd.spr(");
                emit(E, e->a);
                puts_(E, ")");
            } else {
                puts_(E, ".concat($nd.spr(");
                emit(E, e->a);
                puts_(E, "))");
            }
            e = e->next;
            continue;
        }
        puts_(E, segs++ == 0 ? "[" : ".concat([");
        nd_lw_node_t *last = NULL;
        int first = 1;
        while (e && e->type != N_SPREAD) {
            if (!first) {
                puts_(E, ", ");
            }
            first = 0;
            if (e->type != N_HOLE) {
                emit(E, e);
            }
            last = e;
            e = e->next;
        }
        if (last && last->type == N_HOLE) {
            puts_(E, ",");
        }
        puts_(E, segs == 1 ? "]" : "])");
    }
    if (segs == 0) {
        puts_(E, "[]");
    }
}

static int has_spread(nd_lw_node_t *list) {
    for (; list; list = list->next) {
        if (list->type == N_SPREAD) {
            return 1;
        }
    }
    return 0;
}

/* Prints the argument list of a call as an array expression. */
static void emit_args_array(em_t *E, nd_lw_node_t *list) {
    emit_spread_array(E, list);
}

static void put_home(em_t *E, uint32_t pos) {
    if (E->home == NULL) {
        nd_lw_error_at(E->L, pos, "'super' keyword unexpected here");
    }
    putf(E, "$nd.sp(%s)", E->home);
}

/* Prints a member access suffix ".name", "[expr]" or "[#priv var]" of member/index node m. */
static void emit_member_suffix(em_t *E, nd_lw_node_t *m) {
    if (m->type == N_MEMBER) {
        if (m->b->type == N_PRIVATE_NAME) {
            for (cls_t *c = E->cls; c; c = c->up) {
                for (int i = 0; i < c->np; i++) {
                    if (c->patoms[i] == m->b->atom) {
                        putf(E, "[%s]", c->pnames[i]);
                        return;
                    }
                }
            }
            nd_lw_error_at(E->L, m->b->start,
                           "Private field '#%.*s' must be declared in an enclosing class",
                           (int)E->L->atoms[m->b->atom].len, E->L->atoms[m->b->atom].s);
        }
        puts_(E, ".");
        copy(E, m->b->start, m->b->end);
    } else {
        puts_(E, "[");
        emit(E, m->b);
        puts_(E, "]");
    }
}

/* eval(src, ...) where eval is the global one: eval($nd.le(src), ...), still a direct eval, of
 * the lowered source. */
static int emit_direct_eval(em_t *E, nd_lw_node_t *n) {
    nd_lw_node_t *callee = n->a, *arg = n->b;
    if (callee->type != N_IDENT || callee->atom != A_EVAL || callee->x != NULL || arg == NULL ||
        (callee->flags & NF_DIRTY) || has_spread(arg)) {
        return 0;
    }
    copy(E, n->start, arg->start);
    puts_(E, "$nd.le(");
    emit(E, arg);
    puts_(E, ")");
    emit_generic_from(E, n, arg->end);
    return 1;
}

static void emit_call(em_t *E, nd_lw_node_t *n) {
    nd_lw_node_t *callee = n->a;
    int spread = has_spread(n->b);
    if (emit_direct_eval(E, n)) {
        return;
    }
    if (callee->type == N_SUPER) {
        /* super(...) in a derived constructor */
        sync(E, n->start);
        putf(E, "(%sthis = $nd.sup(%s, this, ", E->L->tmp_prefix, E->cls ? E->cls->temp : "null");
        emit_args_array(E, n->b);
        puts_(E, "))");
        return;
    }
    if ((callee->type == N_MEMBER || callee->type == N_INDEX) && callee->a->type == N_SUPER) {
        sync(E, n->start);
        put_home(E, n->start);
        emit_member_suffix(E, callee);
        if (spread) {
            puts_(E, ".apply(");
            put_this(E);
            puts_(E, ", ");
            emit_args_array(E, n->b);
            puts_(E, ")");
        } else {
            puts_(E, ".call(");
            put_this(E);
            for (nd_lw_node_t *a = n->b; a; a = a->next) {
                puts_(E, ", ");
                emit(E, a);
            }
            puts_(E, ")");
        }
        return;
    }
    if (!spread) {
        emit_generic(E, n);
        return;
    }
    if (callee->type == N_MEMBER || callee->type == N_INDEX) {
        const char *t = temp(E, 't');
        putf(E, "(%s = ", t);
        emit(E, callee->a);
        puts_(E, ")");
        emit_member_suffix(E, callee);
        putf(E, ".apply(%s, ", t);
    } else {
        emit(E, callee);
        puts_(E, ".apply(void 0, ");
    }
    emit_args_array(E, n->b);
    puts_(E, ")");
}

static void emit_new(em_t *E, nd_lw_node_t *n) {
    if (!has_spread(n->b)) {
        emit_generic(E, n);
        return;
    }
    sync(E, n->start);
    puts_(E, "$nd.construct(");
    emit(E, n->a);
    puts_(E, ", ");
    emit_args_array(E, n->b);
    puts_(E, ")");
}

/* Optional chains: see docs/lowering.md.  spine: member/index/call links from n down. */
static int is_link(nd_lw_node_t *n) {
    return n->type == N_MEMBER || n->type == N_INDEX || n->type == N_CALL;
}

static void emit_chain(em_t *E, nd_lw_node_t *n);

/* Prints link n with its object replaced: obj text is printed by the caller already. */
static void emit_link_suffix(em_t *E, nd_lw_node_t *n, const char *this_tmp) {
    if (n->type == N_CALL) {
        if (this_tmp) {
            if (has_spread(n->b)) {
                putf(E, ".apply(%s, ", this_tmp);
                emit_args_array(E, n->b);
                puts_(E, ")");
            } else {
                putf(E, ".call(%s", this_tmp);
                for (nd_lw_node_t *a = n->b; a; a = a->next) {
                    puts_(E, ", ");
                    emit(E, a);
                }
                puts_(E, ")");
            }
            return;
        }
        if (has_spread(n->b)) {
            puts_(E, ".apply(void 0, ");
            emit_args_array(E, n->b);
            puts_(E, ")");
            return;
        }
        puts_(E, "(");
        for (nd_lw_node_t *a = n->b; a; a = a->next) {
            emit(E, a);
            if (a->next) {
                puts_(E, ", ");
            }
        }
        puts_(E, ")");
        return;
    }
    emit_member_suffix(E, n);
}

/* Emits the spine from top down to (excluding) stop, whose value is in text base. */
static void emit_spine(em_t *E, nd_lw_node_t *top, nd_lw_node_t *stop, const char *base,
                       const char *base_this) {
    if (top == stop) {
        puts_(E, base);
        return;
    }
    nd_lw_node_t *obj = top->a;
    if (top->type == N_CALL && obj != stop && (obj->type == N_MEMBER || obj->type == N_INDEX)) {
        /* method call inside the chain: keep `this` */
        emit_spine(E, obj, stop, base, base_this);
        emit_link_suffix(E, top, NULL);
        return;
    }
    if (top->type == N_CALL && obj == stop && base_this) {
        puts_(E, base);
        emit_link_suffix(E, top, base_this);
        return;
    }
    emit_spine(E, obj, stop, base, base_this);
    emit_link_suffix(E, top, NULL);
}

static void emit_chain(em_t *E, nd_lw_node_t *n) {
    /* find the outermost optional link */
    nd_lw_node_t *opt = NULL;
    for (nd_lw_node_t *k = n; is_link(k); k = k->a) {
        if (k->flags & NF_OPTIONAL) {
            opt = k;
            break;
        }
    }
    if (opt == NULL) {
        emit(E, n);
        return;
    }
    nd_lw_node_t *obj = opt->a;
    const char *t = temp(E, 't');
    const char *tt = NULL;
    sync(E, n->start);
    puts_(E, "(");
    if (opt->type == N_CALL && (obj->type == N_MEMBER || obj->type == N_INDEX) &&
        obj->a->type != N_SUPER) {
        /* a.b?.(): keep a as this; a?.b?.() also stops when a is nullish */
        tt = temp(E, 't');
        if (obj->flags & NF_OPTIONAL) {
            putf(E, "((%s = ", tt);
            emit_chain(E, obj->a);
            putf(E, ") == null ? void 0 : %s = %s", t, tt);
        } else {
            putf(E, "(%s = (%s = ", t, tt);
            emit_chain(E, obj->a);
            puts_(E, ")");
        }
        emit_member_suffix(E, obj);
        puts_(E, ")");
    } else {
        putf(E, "(%s = ", t);
        emit_chain(E, obj);
        puts_(E, ")");
    }
    putf(E, " == null ? void 0 : ");
    emit_spine(E, n, obj, t, tt);
    puts_(E, ")");
}

/* ---- object literals ---- */

static void put_key_text(em_t *E, nd_lw_node_t *p) {
    nd_lw_node_t *k = p->a;
    if (p->flags & NF_COMPUTED) {
        emit(E, k);
    } else if (k->type == N_IDENT) {
        puts_(E, "\"");
        put_atom(E, k->atom);
        puts_(E, "\"");
    } else if (k->type == N_PRIVATE_NAME) {
        for (cls_t *c = E->cls; c; c = c->up) {
            for (int i = 0; i < c->np; i++) {
                if (c->patoms[i] == k->atom) {
                    puts_(E, c->pnames[i]);
                    return;
                }
            }
        }
    } else {
        emit(E, k);
    }
}

/* Whether identifier reference `atom` occurs in n's subtree (property names after '.' and
 * plain object literal keys are not references). */
static int mentions(nd_lw_node_t *n, int atom) {
    if (n->type == N_IDENT) {
        return n->atom == atom;
    }
    nd_lw_node_t *kids[4] = { n->a, n->b, n->c, n->d };
    for (int i = 0; i < 4; i++) {
        if ((i == 1 && n->type == N_MEMBER) ||
            (i == 0 && n->type == N_PROP && !(n->flags & NF_COMPUTED))) {
            continue;
        }
        for (nd_lw_node_t *c = kids[i]; c; c = c->next) {
            if (mentions(c, atom)) {
                return 1;
            }
        }
    }
    return 0;
}

/* Whether `function <name>` may be written for the identifier name: no reserved word, also
 * none of strict code's. */
static int name_allowed(int atom) {
    return atom > A_LAST_RESERVED &&
           !(atom >= A_LET && atom <= A_EVAL && atom != A_ASYNC && atom != A_OF && atom != A_GET &&
             atom != A_SET) &&
           !(atom >= A_IMPLEMENTS && atom <= A_PUBLIC);
}

/* Whether method or property m may be named after its key, as its `.name` is in ES2015: a
 * plain identifier key allowed as a function name, which the function's code does not mention
 * (inside, the name would then mean the function itself). */
static int nameable(nd_lw_node_t *m) {
    nd_lw_node_t *key = m->a;
    return !(m->flags & NF_COMPUTED) && key->type == N_IDENT && !(key->flags & NF_DIRTY) &&
           name_allowed(key->atom) && !mentions(m->b, key->atom);
}

static int is_anonymous_fn(nd_lw_node_t *n);

static void emit_prop_value(em_t *E, nd_lw_node_t *p) {
    if (p->op == K_METHOD || p->op == K_GET || p->op == K_SET) {
        sync(E, p->b->start);
        put_fn_open(E, p->b);
        emit_fn_tail(E, p->b, FS_FUNC, NULL, NULL);
        put_fn_close(E, p->b);
    } else {
        emit(E, p->b);
    }
}

/* Returns whether object literal property p is a method, getter or setter using super. */
static int obj_method_home(nd_lw_node_t *p) {
    return p->type == N_PROP && (p->op == K_METHOD || p->op == K_GET || p->op == K_SET) &&
           (p->b->flags & NF_USES_SUPER);
}

static void emit_object(em_t *E, nd_lw_node_t *o) {
    nd_lw_node_t *split = NULL;
    for (nd_lw_node_t *p = o->a; p; p = p->next) {
        /* an ES5 `set x(v)` must keep one formal: a defaulted one goes to the list (length 0) */
        if (p->type == N_SPREAD || (p->flags & NF_COMPUTED) || p->op == K_PROTO ||
            (p->op == K_SET && (p->b->flags & NF_MODERN)) || obj_method_home(p)) {
            split = p;
            break;
        }
    }
    sync(E, o->start);
    if (split) {
        puts_(E, "$nd.props(");
    }
    uint32_t cur = o->start;
    nd_lw_node_t *p;
    for (p = o->a; p && p != split; p = p->next) {
        copy(E, cur, p->start);
        cur = p->end;
        if (!(p->flags & NF_DIRTY)) {
            copy(E, p->start, p->end);
        } else if (p->flags & NF_SHORTHAND) {
            copy(E, p->a->start, p->a->end);
            puts_(E, ": ");
            emit(E, p->b);
        } else if (p->op == K_METHOD) {
            copy(E, p->a->start, p->a->end);
            puts_(E, ": ");
            put_fn_open(E, p->b);
            emit_fn_tail(E, p->b, FS_FUNC, NULL, NULL);
            put_fn_close(E, p->b);
        } else if (p->op == K_GET || p->op == K_SET) {
            copy(E, p->start, p->b->start);
            emit_fn_tail(E, p->b, FS_FUNC, NULL, NULL);
        } else {
            if (p->op == K_INIT && is_anonymous_fn(p->b) && nameable(p)) {
                E->name_hint = p->a; /* `key: () => ...` is named key */
            }
            emit_generic(E, p);
            E->name_hint = NULL;
        }
    }
    if (!split) {
        copy(E, cur, o->end);
        return;
    }
    /* close the literal before the split, then the list of the rest */
    if (cur == o->start) {
        copy(E, o->start, o->start + 1);
    }
    puts_(E, "}, [");
    int first = 1;
    for (; p; p = p->next) {
        if (!first) {
            puts_(E, ", ");
        }
        first = 0;
        sync(E, p->start);
        if (p->type == N_SPREAD) {
            puts_(E, "3, 0, ");
            emit(E, p->a);
            continue;
        }
        if (p->op == K_PROTO) {
            puts_(E, "4, 0, ");
            emit(E, p->b);
            continue;
        }
        int kind = p->op == K_GET ? 1 : p->op == K_SET ? 2 : 0;
        if ((p->flags & NF_COMPUTED) && (p->op != K_INIT || is_anonymous_fn(p->b))) {
            kind += 16; /* $nd.props names the function after the computed key */
        }
        if (obj_method_home(p)) {
            /* super inside: the method is made by a function of its home object, the literal */
            const char *saved_home = E->home;
            E->home = gen_name(E, 'h');
            putf(E, "%d, ", kind + 8);
            put_key_text(E, p);
            sync(E, p->b->start);
            putf(E, ", function (%s) {return function ", E->home);
            p->b->flags |= NF_INCLASS;
            emit_fn_tail(E, p->b, FS_FUNC, NULL, NULL);
            puts_(E, ";}");
            E->home = saved_home;
            continue;
        }
        putf(E, "%d, ", kind);
        put_key_text(E, p);
        puts_(E, ", ");
        if (p->flags & NF_SHORTHAND) {
            emit(E, p->b);
        } else {
            emit_prop_value(E, p);
        }
    }
    sync(E, o->end - 1);
    puts_(E, "])");
}

/* ---- assignments and operators ---- */

/* Emits a reference for read-modify-write: prints "LHS-ref" (with temps) into two pieces:
 * the first use (assigning temps) and the second use. */
static nd_lw_node_t *unparen(nd_lw_node_t *n) {
    while (n->type == N_PAREN) {
        n = n->a;
    }
    return n;
}

static void emit_rmw(em_t *E, nd_lw_node_t *target, const char **second) {
    char buf[300];
    target = unparen(target);
    if (target->type == N_IDENT) {
        emit(E, target);
        nd_lw_binding_t *b = target->x;
        const char *nm = b && b->rename ? b->rename : NULL;
        if (nm == NULL) {
            snprintf(buf, sizeof(buf), "%.*s", (int)E->L->atoms[target->atom].len,
                     E->L->atoms[target->atom].s);
            nm = arena_str(E, buf);
        }
        *second = nm;
        return;
    }
    const char *t = temp(E, 't');
    putf(E, "(%s = ", t);
    emit(E, target->a);
    puts_(E, ")");
    if (target->type == N_MEMBER) {
        size_t before = E->o->len;
        emit_member_suffix(E, target);
        snprintf(buf, sizeof(buf), "%s%.*s", t, (int)(E->o->len - before), E->o->p + before);
        *second = arena_str(E, buf);
    } else {
        const char *k = temp(E, 'k');
        putf(E, "[%s = ", k);
        emit(E, target->b);
        puts_(E, "]");
        snprintf(buf, sizeof(buf), "%s[%s]", t, k);
        *second = arena_str(E, buf);
    }
}

static int is_const_target(nd_lw_node_t *t) {
    if (t->type != N_IDENT || t->x == NULL) {
        return 0;
    }
    return (((nd_lw_binding_t *)t->x)->flags & BF_CONST) != 0;
}

/* Prints the home object and key of super.x / super[k] for $nd.sget/sset: "H, "x"" the first
 * time; a computed key is kept in a temp whose name *key receives for the second use. */
static void put_super_key(em_t *E, nd_lw_node_t *m, const char **key) {
    char buf[300];
    if (E->home == NULL) {
        nd_lw_error_at(E->L, m->start, "'super' keyword unexpected here");
    }
    putf(E, "%s, ", E->home);
    if (m->type == N_MEMBER) {
        snprintf(buf, sizeof(buf), "\"%.*s\"", (int)(m->b->end - m->b->start),
                 E->L->src + m->b->start);
        *key = arena_str(E, buf);
        puts_(E, *key);
        return;
    }
    *key = temp(E, 'k');
    putf(E, "%s = ", *key);
    emit(E, m->b);
}

/* Prints "$nd.sget(H, key, this)" for the second use of a super reference. */
static void put_super_get(em_t *E, const char *key) {
    putf(E, "$nd.sget(%s, %s, ", E->home, key);
    put_this(E);
    puts_(E, ")");
}

/*
 * Emits a write to super.x / super[k] (assignment with op, or update when value is NULL): a
 * [[Set]] on the home object's prototype with `this` as receiver (setters run on this, data
 * lands on this), as Reflect.set(proto, key, v, this) does: $nd.sset(H, key, v, this).
 */
static void emit_super_write(em_t *E, nd_lw_node_t *n, nd_lw_node_t *m, nd_lw_node_t *value) {
    const char *key = NULL, *t = NULL;
    int op = n->op;
    sync(E, n->start);
    if (value == NULL && !(n->flags & NF_PREFIX)) {
        t = temp(E, 't');
        puts_(E, "(");
    } else if (op == T_LAND_A || op == T_LOR_A || op == T_NULLISH_A) {
        t = temp(E, 't');
        putf(E, "((%s = $nd.sget(", t);
        put_super_key(E, m, &key);
        puts_(E, ", ");
        put_this(E);
        puts_(E, op == T_LAND_A ? ")) && " : op == T_LOR_A ? ")) || " : ")) != null ? ");
        if (op == T_NULLISH_A) {
            putf(E, "%s : ", t);
        }
        putf(E, "$nd.sset(%s, %s, ", E->home, key);
        emit(E, value);
        puts_(E, ", ");
        put_this(E);
        puts_(E, "))");
        return;
    }
    puts_(E, "$nd.sset(");
    put_super_key(E, m, &key);
    puts_(E, ", ");
    if (value == NULL) {
        /* ++/--: ToNumber of the old value; a postfix one is the value of the expression */
        if (t != NULL) {
            putf(E, "(%s = +", t);
            put_super_get(E, key);
            putf(E, ") %s 1", op == T_INC ? "+" : "-");
        } else {
            puts_(E, "+");
            put_super_get(E, key);
            puts_(E, op == T_INC ? " + 1" : " - 1");
        }
    } else if (op == T_ASSIGN) {
        emit(E, value);
    } else if (op == T_EXP_A) {
        puts_(E, "Math.pow(");
        put_super_get(E, key);
        puts_(E, ", ");
        emit(E, value);
        puts_(E, ")");
    } else {
        const char *ot = nd_lw_punct(op);
        put_super_get(E, key);
        putf(E, " %.*s (", (int)strlen(ot) - 1, ot);
        emit(E, value);
        puts_(E, ")");
    }
    puts_(E, ", ");
    put_this(E);
    puts_(E, ")");
    if (t != NULL) {
        putf(E, ", %s)", t);
    }
}

static int is_super_ref(nd_lw_node_t *t) {
    return (t->type == N_MEMBER || t->type == N_INDEX) && t->a->type == N_SUPER &&
           !(t->type == N_MEMBER && t->b->type == N_PRIVATE_NAME);
}

static void emit_assign(em_t *E, nd_lw_node_t *n) {
    int op = n->op;
    sync(E, n->start);
    if (is_const_target(n->a)) {
        puts_(E, "(");
        emit(E, n->b);
        puts_(E, ", $nd.ce())");
        return;
    }
    if (is_super_ref(unparen(n->a))) {
        emit_super_write(E, n, unparen(n->a), n->b);
        return;
    }
    if (n->a->type == N_ARRAY_PAT || n->a->type == N_OBJECT_PAT) {
        const char *t = temp(E, 't');
        dst_t d = { 1 };
        putf(E, "(%s = ", t);
        emit(E, n->b);
        destr(E, n->a, t, NULL, &d);
        putf(E, ", %s)", t);
        return;
    }
    if (op == T_ASSIGN || (op != T_EXP_A && op != T_LAND_A && op != T_LOR_A && op != T_NULLISH_A)) {
        E->write_target = unparen(n->a);
        if (op == T_ASSIGN && n->a->type == N_IDENT && !(n->a->flags & NF_DIRTY) &&
            is_anonymous_fn(n->b) && name_allowed(n->a->atom) && !mentions(n->b, n->a->atom)) {
            E->name_hint = n->a; /* `f = () => ...` is named f */
        }
        emit_generic(E, n);
        E->name_hint = NULL;
        return;
    }
    const char *second = NULL;
    puts_(E, "(");
    if (op == T_EXP_A) {
        emit_rmw(E, n->a, &second);
        putf(E, " = Math.pow(%s, ", second);
        emit(E, n->b);
        puts_(E, "))");
        return;
    }
    emit_rmw(E, n->a, &second);
    if (op == T_LAND_A) {
        putf(E, " && (%s = ", second);
    } else if (op == T_LOR_A) {
        putf(E, " || (%s = ", second);
    } else {
        putf(E, " != null ? %s : (%s = ", second, second);
    }
    emit(E, n->b);
    puts_(E, "))");
}

static void emit_update(em_t *E, nd_lw_node_t *n) {
    if (is_const_target(n->a)) {
        sync(E, n->start);
        puts_(E, "$nd.ce()");
        return;
    }
    if (is_super_ref(unparen(n->a))) {
        emit_super_write(E, n, unparen(n->a), NULL);
        return;
    }
    E->write_target = unparen(n->a);
    emit_generic(E, n);
}

static void emit_binary(em_t *E, nd_lw_node_t *n) {
    if (n->op == T_EXP) {
        sync(E, n->start);
        puts_(E, "Math.pow(");
        emit(E, n->a);
        puts_(E, ", ");
        emit(E, n->b);
        puts_(E, ")");
        return;
    }
    if (n->op == 200 && n->a->type == N_PRIVATE_NAME) {
        sync(E, n->start);
        puts_(E, "$nd.phas(");
        emit(E, n->b);
        puts_(E, ", ");
        for (cls_t *c = E->cls; c; c = c->up) {
            for (int i = 0; i < c->np; i++) {
                if (c->patoms[i] == n->a->atom) {
                    puts_(E, c->pnames[i]);
                    puts_(E, ")");
                    return;
                }
            }
        }
        nd_lw_error_at(E->L, n->a->start, "Private field must be declared in an enclosing class");
    }
    if (n->op == T_NULLISH) {
        sync(E, n->start);
        if (n->a->type == N_IDENT || n->a->type == N_THIS) {
            puts_(E, "(");
            emit(E, n->a);
            puts_(E, " != null ? ");
            emit_moved(E, n->a);
            puts_(E, " : ");
            emit(E, n->b);
            puts_(E, ")");
            return;
        }
        const char *t = temp(E, 't');
        putf(E, "((%s = ", t);
        emit(E, n->a);
        putf(E, ") != null ? %s : ", t);
        emit(E, n->b);
        puts_(E, ")");
        return;
    }
    emit_generic(E, n);
}

/* ---- declarations ---- */

typedef void (*bound_fn)(em_t *E, nd_lw_node_t *id, void *arg);
static void pattern_names(em_t *E, nd_lw_node_t *p, bound_fn f, void *arg);

/* A let/const/class binding that closures may read too early (scope.c, BF_TDZ_MARK) holds
 * $nd.T from the top of its function until its declaration runs. */
static void tdz_mark_cb(em_t *E, nd_lw_node_t *id, void *arg) {
    nd_lw_binding_t *b = id->x;
    char buf[300];
    (void)arg;
    if (b != NULL && (b->flags & BF_TDZ_MARK)) {
        if (b->rename != NULL) {
            snprintf(buf, sizeof(buf), "%.*s = $nd.T", (int)b->rename_len, b->rename);
        } else {
            snprintf(buf, sizeof(buf), "%.*s = $nd.T", (int)E->L->atoms[id->atom].len,
                     E->L->atoms[id->atom].s);
        }
        pro_add(E, E->fs, arena_str(E, buf));
    }
}

static void emit_var(em_t *E, nd_lw_node_t *n) {
    int hoist = n->op == VK_VAR && E->fs->kind == FS_WRAP;
    int ctx = E->var_ctx;
    E->var_ctx = 0;
    sync(E, n->start);
    if (hoist) {
        /* var inside a loop-body function: declare in the enclosing function, assign here */
        fs_t *vf = var_fs(E);
        int count = 0;
        for (nd_lw_node_t *d = n->a; d; d = d->next) {
            if (d->a->type == N_IDENT) {
                char buf[300];
                snprintf(buf, sizeof(buf), "%.*s", (int)E->L->atoms[d->a->atom].len,
                         E->L->atoms[d->a->atom].s);
                pro_add(E, vf, arena_str(E, buf));
            }
        }
        if (ctx == 2) {
            put_ident_name(E, n->a->a);
            return;
        }
        for (nd_lw_node_t *d = n->a; d; d = d->next) {
            if (d->b == NULL && d->a->type == N_IDENT) {
                continue;
            }
            if (count++) {
                puts_(E, ", ");
            }
            if (d->a->type == N_IDENT) {
                emit_ident(E, d->a);
                puts_(E, " = ");
                emit(E, d->b);
            } else {
                dst_t dd = { 0 };
                destr(E, d->a, NULL, d->b, &dd);
            }
        }
        if (ctx == 0) {
            puts_(E, count ? ";" : ";");
        } else if (count == 0) {
            puts_(E, "void 0");
        }
        return;
    }
    if (n->op != VK_VAR) {
        for (nd_lw_node_t *d = n->a; d; d = d->next) {
            pattern_names(E, d->a, tdz_mark_cb, NULL);
        }
    }
    puts_(E, "var");
    uint32_t cur = n->start + (n->op == VK_CONST ? 5 : 3);
    if (n->a && n->a->start == cur) {
        puts_(E, " ");
    }
    for (nd_lw_node_t *d = n->a; d; d = d->next) {
        copy(E, cur, d->start);
        cur = d->end;
        if (!(d->flags & NF_DIRTY)) {
            copy(E, d->start, d->end);
            continue;
        }
        if (d->a->type == N_IDENT) {
            emit_ident(E, d->a);
            if (d->b) {
                copy(E, d->a->end, d->b->start);
                nd_lw_binding_t *bd = d->a->x;
                if (n->op == VK_CONST && (bd == NULL || bd->rename == NULL) &&
                    ((d->b->type == N_ARROW) || (d->b->type == N_FUNC_EXPR && !d->b->a) ||
                     (d->b->type == N_CLASS_EXPR && !d->b->a))) {
                    /* the function gets the variable's name, as `.name` does in ES2015;
                     * safe for const: inside, the name means the same function */
                    E->name_hint = d->a;
                }
                emit(E, d->b);
                E->name_hint = NULL;
            } else if (n->op == VK_LET && ctx != 2) {
                puts_(E, " = void 0");
            }
            continue;
        }
        dst_t dd = { 0 };
        destr(E, d->a, NULL, d->b, &dd);
    }
    copy(E, cur, n->end);
}

/* ---- loops ---- */

/* Emits loop body stmt, with text `head` printed first inside braces. */
typedef struct loopinfo_s {
    nd_lw_node_t *loop;
    nd_lw_node_t *body;
    const char *res;        /* for-of: step result temp */
    const char *arr, *idx;  /* for-of: the array and index of the array fast path */
    brk_t *b;
    const char *params;     /* wrapper params / args */
    const char *wb_in;      /* wrapper writeback inside */
    const char *wb_out;     /* after the call */
} loopinfo_t;

static void forof_head(em_t *E, void *arg) {
    loopinfo_t *li = arg;
    nd_lw_node_t *h = li->loop->a;
    char val[200];
    if (li->arr) {
        snprintf(val, sizeof(val), "(%s !== void 0 ? %s[%s] : %s.value)", li->arr, li->arr, li->idx,
                 li->res);
    } else {
        snprintf(val, sizeof(val), "%s.value", li->res);
    }
    E->moved++;
    if (h->type == N_VAR) {
        nd_lw_node_t *t = h->a->a;
        if (h->op == VK_VAR && E->fs->kind == FS_WRAP) {
            fs_t *vf = var_fs(E);
            if (t->type == N_IDENT) {
                char buf[300];
                snprintf(buf, sizeof(buf), "%.*s", (int)E->L->atoms[t->atom].len,
                         E->L->atoms[t->atom].s);
                pro_add(E, vf, arena_str(E, buf));
                put_ident_name(E, t);
                putf(E, " = %s;", val);
            } else {
                dst_t d = { 0 };
                destr(E, t, arena_str(E, val), NULL, &d);
                puts_(E, ";");
            }
        } else {
            dst_t d = { 0 };
            puts_(E, "var ");
            destr(E, t, arena_str(E, val), NULL, &d);
            puts_(E, ";");
        }
    } else {
        dst_t d = { 0 };
        destr(E, h, arena_str(E, val), NULL, &d);
        puts_(E, ";");
    }
    E->moved--;
}

/* The body of a for-of loop: the head's bindings, then the statements inside try/catch, so an
 * exception thrown by the body closes the iterator (calls its return()) before it propagates,
 * as the spec's IteratorClose on an abrupt completion.  Everything stays on the body's lines. */
/* Emits a for-of body in a try whose catch closes the iterator it and rethrows
 * ($nd.acthrow awaits the close of a for await). */
static void emit_forof_body(em_t *E, nd_lw_node_t *body, loopinfo_t *li, const char *it) {
    const char *e = temp(E, 'e');
    const char *helper = li->b->async ? "acthrow" : "cthrow";
    if (body->type == N_BLOCK) {
        copy(E, body->start, body->start + 1);
        forof_head(E, li);
        puts_(E, "try {");
        emit_stmt_list(E, body->a, body->start + 1, body->end - 1);
        putf(E, "} catch (%s) { $nd.%s(%s, %s); }", e, helper, it, e);
        copy(E, body->end - 1, body->end);
        return;
    }
    puts_(E, "{");
    forof_head(E, li);
    puts_(E, "try {");
    emit(E, body);
    putf(E, "} catch (%s) { $nd.%s(%s, %s); }}", e, helper, it, e);
}

static void emit_wrapped_body(em_t *E, loopinfo_t *li);

static void wrap_head(em_t *E, void *arg) {
    loopinfo_t *li = arg;
    fs_t fs;
    const char *r = temp(E, 'r');
    int forof = li->loop->type == N_FOR_OF;
    if (forof) {
        /* a throw out of the body closes the iterator, as in emit_forof_body */
        puts_(E, "try {");
    }
    putf(E, "%s = (function (%s) {", r, li->params ? li->params : "");
    fs_push(E, &fs, FS_WRAP);
    fs.ins = E->o->len;
    fs.wb = li->wb_in;
    for (int i = 0; i < li->b->nlabels; i++) {
        fs.wloop.labels[fs.wloop.nlabels++] = li->b->labels[i];
    }
    if (forof) {
        forof_head(E, li);
    }
    nd_lw_node_t *body = li->body;
    if (body->type == N_BLOCK) {
        emit_stmt_list(E, body->a, body->start + 1, body->end - 1);
        sync(E, body->end - 1);
    } else {
        emit(E, body);
    }
    if (li->wb_in) {
        puts_(E, li->wb_in);
    }
    int codes = fs.codes;
    int lcodes[16], nl = fs.nlcodes;
    memcpy(lcodes, fs.lcodes, sizeof(lcodes));
    fs_pop(E);
    /* a plain call: `this` in the body was rewritten to the captured one, and no native
     * frame (.call) may sit between a coroutine and a yield/await in the body */
    putf(E, "})(%s);", li->params ? li->params : "");
    if (forof) {
        const char *e = gen_name(E, 'e');
        putf(E, "} catch (%s) { $nd.%s(%s, %s); }", e, li->b->async ? "acthrow" : "cthrow",
             li->b->iter, e);
    }
    if (li->wb_out) {
        puts_(E, li->wb_out);
    }
    if (codes || nl) {
        putf(E, "if (%s !== void 0) {", r);
        if (codes & 1) {
            putf(E, "if (%s === 1) ", r);
            put_jump(E, 0, 0);
        }
        if (codes & 2) {
            int nclose;
            putf(E, "if (typeof %s === \"object\") ", r);
            puts_(E, "{");
            put_return_open(E, &nclose);
            putf(E, "%s.r", r);
            put_return_close(E, nclose);
            puts_(E, "}");
        }
        for (int i = 0; i < nl; i++) {
            putf(E, "if (%s === ", r);
            put_label_code(E, lcodes[i] & 1, lcodes[i] >> 1);
            puts_(E, ") ");
            put_jump(E, lcodes[i] & 1, lcodes[i] >> 1);
        }
        puts_(E, "}");
    }
}

static void emit_wrapped_body(em_t *E, loopinfo_t *li) {
    nd_lw_node_t *body = li->body;
    if (body->type == N_BLOCK) {
        copy(E, body->start, body->start + 1);
        wrap_head(E, li);
        copy(E, body->end - 1, body->end);
    } else {
        puts_(E, "{");
        wrap_head(E, li);
        puts_(E, "}");
    }
}

/* Collects the names bound by a let/const loop head into a comma list. */
static void head_names(em_t *E, nd_lw_node_t *p, nd_lw_buf_t *b) {
    switch (p->type) {
    case N_IDENT:
        if (b->len) {
            nd_lw_buf_puts(E->L, b, ", ");
        }
        if (p->x && ((nd_lw_binding_t *)p->x)->rename) {
            nd_lw_buf_puts(E->L, b, ((nd_lw_binding_t *)p->x)->rename);
        } else {
            nd_lw_buf_put(E->L, b, E->L->atoms[p->atom].s, E->L->atoms[p->atom].len);
        }
        break;
    case N_ASSIGN_PAT:
    case N_REST:
        head_names(E, p->a, b);
        break;
    case N_ARRAY_PAT:
        for (nd_lw_node_t *e = p->a; e; e = e->next) {
            head_names(E, e, b);
        }
        break;
    case N_OBJECT_PAT:
        for (nd_lw_node_t *e = p->a; e; e = e->next) {
            head_names(E, e->type == N_REST ? e->a : e->b, b);
        }
        break;
    default:
        break;
    }
}

static void emit_loop(em_t *E, nd_lw_node_t *n) {
    brk_t *b = brk_push(E, n, BK_LOOP);
    loopinfo_t li;
    memset(&li, 0, sizeof(li));
    li.loop = n;
    li.b = b;
    int wrap = (n->flags & NF_WRAP_LOOP) != 0;
    nd_lw_buf_t names = { NULL, 0, 0, 1 };
    switch (n->type) {
    case N_FOR: {
        li.body = n->d;
        copy(E, n->start, n->p1 + 1);
        uint32_t cur = n->p1 + 1;
        if (n->a) {
            copy(E, cur, n->a->start);
            E->var_ctx = 1;
            emit(E, n->a);
            E->var_ctx = 0;
            cur = n->a->end;
            if (wrap && n->a->type == N_VAR && n->a->op != VK_VAR) {
                for (nd_lw_node_t *d = n->a->a; d; d = d->next) {
                    head_names(E, d->a, &names);
                }
            }
        }
        if (n->b) {
            copy(E, cur, n->b->start);
            emit(E, n->b);
            cur = n->b->end;
        }
        if (n->c) {
            copy(E, cur, n->c->start);
            emit(E, n->c);
            cur = n->c->end;
        }
        copy(E, cur, n->d->start);
        if (wrap && names.len) {
            /* writeback: the body's copy of each head variable flows to the next iteration */
            nd_lw_buf_t in = { NULL, 0, 0, 1 }, out = { NULL, 0, 0, 1 };
            char *save = NULL, *tok = strtok_r(names.p, ", ", &save);
            nd_lw_buf_t params = { NULL, 0, 0, 1 };
            while (tok) {
                const char *w = temp(E, 'w');
                char buf[400];
                snprintf(buf, sizeof(buf), ";%s = %s;", w, tok);
                nd_lw_buf_puts(E->L, &in, buf);
                snprintf(buf, sizeof(buf), "%s = %s;", tok, w);
                nd_lw_buf_puts(E->L, &out, buf);
                if (params.len) {
                    nd_lw_buf_puts(E->L, &params, ", ");
                }
                nd_lw_buf_puts(E->L, &params, tok);
                tok = strtok_r(NULL, ", ", &save);
            }
            li.wb_in = arena_str(E, in.p);
            li.wb_out = arena_str(E, out.p);
            li.params = arena_str(E, params.p);
        }
        if (wrap) {
            emit_wrapped_body(E, &li);
        } else {
            emit(E, n->d);
        }
        break;
    }
    case N_FOR_IN:
        li.body = n->c;
        copy(E, n->start, n->a->start);
        E->var_ctx = 2;
        emit(E, n->a);
        E->var_ctx = 0;
        copy(E, n->a->end, n->b->start);
        emit(E, n->b);
        copy(E, n->b->end, n->c->start);
        if (wrap) {
            if (n->a->type == N_VAR && n->a->op != VK_VAR) {
                head_names(E, n->a->a->a, &names);
                li.params = arena_str(E, names.p ? names.p : "");
            }
            emit_wrapped_body(E, &li);
        } else {
            emit(E, n->c);
        }
        break;
    case N_FOR_OF: {
        li.body = n->c;
        const char *it = temp(E, 'i');
        li.res = temp(E, 'r');
        if (n->flags & NF_ASYNC) {
            sync(E, n->start);
            puts_(E, "for (");
        } else {
            copy(E, n->start, n->p1 + 1);
        }
        if (n->flags & NF_ASYNC) {
            putf(E, "%s = $nd.aiter(", it);
            emit(E, n->b);
            putf(E, "); !(%s = $nd.aw(%s.next())).done; ", li.res, it);
        } else {
            /* arrays (with the default iterator) are walked by index: the same steps as the
             * array iterator, without a call per element */
            li.arr = temp(E, 'a');
            li.idx = temp(E, 'k');
            putf(E, "%s = $nd.iter(", it);
            emit(E, n->b);
            putf(E, "), %s = %s.__ndArr, %s = -1; %s !== void 0 ? ++%s < %s.length : "
                 "!(%s = %s.next()).done; ", li.arr, it, li.idx, li.arr, li.idx, li.arr, li.res, it);
        }
        copy(E, n->b->end, n->c->start);
        b->iter = it;
        b->async = (n->flags & NF_ASYNC) != 0;
        if (wrap) {
            emit_wrapped_body(E, &li);
        } else {
            emit_forof_body(E, n->c, &li, it);
        }
        break;
    }
    case N_WHILE:
        li.body = n->b;
        copy(E, n->start, n->a->start);
        emit(E, n->a);
        copy(E, n->a->end, n->b->start);
        if (wrap) {
            emit_wrapped_body(E, &li);
        } else {
            emit(E, n->b);
        }
        break;
    case N_DO_WHILE:
        li.body = n->a;
        copy(E, n->start, n->a->start);
        if (wrap) {
            emit_wrapped_body(E, &li);
        } else {
            emit(E, n->a);
        }
        copy(E, n->a->end, n->b->start);
        emit(E, n->b);
        copy(E, n->b->end, n->end);
        break;
    default:
        break;
    }
    brk_pop(E);
}

/* ---- classes ---- */

static void emit_class(em_t *E, nd_lw_node_t *c) {
    cls_t cl;
    memset(&cl, 0, sizeof(cl));
    cl.up = E->cls;
    nd_lw_binding_t *inner = c->x;
    char buf[400];
    if (inner && inner->rename) {
        cl.temp = inner->rename;
        pro_add(E, E->fs, cl.temp);
    } else {
        cl.temp = temp(E, 'c');
    }
    /* private names */
    for (nd_lw_node_t *m = c->c; m; m = m->next) {
        if ((m->type == N_METHOD || m->type == N_FIELD) && m->a && m->a->type == N_PRIVATE_NAME) {
            int dup = 0;
            for (int i = 0; i < cl.np; i++) {
                if (cl.patoms[i] == m->a->atom) {
                    dup = 1;
                }
            }
            if (dup || cl.np >= 64) {
                continue;
            }
            snprintf(buf, sizeof(buf), "%sp%d", E->L->tmp_prefix, ++E->L->tmp_serial);
            const char *pn = arena_str(E, buf);
            cl.patoms[cl.np] = m->a->atom;
            cl.pnames[cl.np++] = pn;
            snprintf(buf, sizeof(buf), "%s = $nd.pn(\"#%.*s\")", pn,
                     (int)E->L->atoms[m->a->atom].len, E->L->atoms[m->a->atom].s);
            pro_add(E, E->fs, arena_str(E, buf));
        }
    }
    int has_fields = 0;
    nd_lw_node_t *ctor = NULL;
    for (nd_lw_node_t *m = c->c; m; m = m->next) {
        if (m->type == N_FIELD && !(m->flags & NF_STATIC)) {
            has_fields = 1;
        }
        if (m->type == N_METHOD && m->a->type == N_PRIVATE_NAME && !(m->flags & NF_STATIC)) {
            has_fields = 1;
        }
        if (m->type == N_METHOD && m->op == K_CTOR) {
            ctor = m;
        }
    }
    char name[FNAME_TEXT_MAX];
    const char *ctor_name = name; /* the constructor's name binding, if it may have one */
    const nd_lw_fname_t *inferred = nd_lw_fname_of(E->L, c);
    if (c->a) {
        snprintf(name, sizeof(name), "%.*s", (int)(E->L->atoms[c->a->atom].len > 150 ? 150 :
                 E->L->atoms[c->a->atom].len), E->L->atoms[c->a->atom].s);
    } else if (E->name_hint) {
        snprintf(name, sizeof(name), "%.*s", (int)(E->L->atoms[E->name_hint->atom].len > 150 ? 150
                 : E->L->atoms[E->name_hint->atom].len), E->L->atoms[E->name_hint->atom].s);
    } else if (inferred != NULL) {
        /* $nd.cls names the anonymous constructor: a binding of the name inside it would hide
         * the variable of that name */
        nd_lw_fname_text(E->L, inferred, name);
        ctor_name = "";
    } else {
        name[0] = '\0';
    }
    E->name_hint = NULL;
    sync(E, c->start);
    if (c->type == N_CLASS_DECL) {
        tdz_mark_cb(E, c->a, NULL);
        puts_(E, "var ");
        put_ident_name(E, c->a);
        puts_(E, " = ");
    }
    putf(E, "(%s = $nd.cls(\"%s\", ", cl.temp, name);
    if (c->b) {
        puts_(E, "1, ");
        emit(E, c->b);
    } else {
        puts_(E, "0, 0");
    }
    puts_(E, ", [");
    E->cls = &cl;
    /* default constructor */
    char pre[600];
    snprintf(pre, sizeof(pre), "if (!(this instanceof %s)) $nd.nonew(\"%s\");", cl.temp, name);
    if (has_fields && !c->b) {
        size_t l = strlen(pre);
        snprintf(pre + l, sizeof(pre) - l, "$nd.fields(this, %s);", cl.temp);
    }
    int first = 1;
    if (ctor == NULL) {
        sync(E, c->p3);
        if (c->b) {
            putf(E, "9, 0, function %s() {%s return $nd.sup(%s, this, arguments);}", ctor_name,
                 pre, cl.temp);
        } else {
            putf(E, "9, 0, function %s() {%s}", ctor_name, pre);
        }
        first = 0;
    }
    const char *saved_home = E->home;
    for (nd_lw_node_t *m = c->c; m; m = m->next) {
        if (!first) {
            puts_(E, ", ");
        }
        first = 0;
        sync(E, m->start);
        int st = (m->flags & NF_STATIC) != 0;
        snprintf(buf, sizeof(buf), st ? "%s" : "%s.prototype", cl.temp);
        E->home = arena_str(E, buf);
        if (m->type == N_STATIC_BLOCK) {
            fs_t fs;
            puts_(E, "8, 0, function () ");
            nd_lw_node_t *body = m->a;
            fs_push(E, &fs, FS_FUNC);
            copy(E, body->start, body->start + 1);
            fs.ins = E->o->len;
            emit_stmt_list(E, body->a, body->start + 1, body->end - 1);
            copy(E, body->end - 1, body->end);
            fs_pop(E);
            continue;
        }
        if (m->type == N_FIELD) {
            /* +32: the value, an anonymous function, is named after the computed key */
            putf(E, "%d, ", (st ? 7 : 6) +
                 ((m->flags & NF_COMPUTED) && m->b != NULL && is_anonymous_fn(m->b) ? 32 : 0));
            put_key_text(E, m);
            if (m->b == NULL) {
                puts_(E, ", void 0");
                continue;
            }
            fs_t fs;
            puts_(E, ", function () {");
            fs_push(E, &fs, FS_FUNC);
            fs.ins = E->o->len;
            puts_(E, "return (");
            emit(E, m->b);
            puts_(E, ");}");
            fs_pop(E);
            continue;
        }
        /* methods */
        m->b->flags |= NF_INCLASS;
        if (m->op == K_CTOR) {
            E->next_ctor = 1;
            puts_(E, "9, 0, ");
            sync(E, m->b->start);
            put_fn_open(E, m->b);
            puts_(E, ctor_name);
            if (c->b) {
                char post[100];
                snprintf(post, sizeof(post), ";return %sthis;", E->L->tmp_prefix);
                emit_fn_tail(E, m->b, FS_FUNC, pre, post);
            } else {
                emit_fn_tail(E, m->b, FS_FUNC, pre, NULL);
            }
            put_fn_close(E, m->b);
            continue;
        }
        int kind = m->op == K_GET ? 1 : m->op == K_SET ? 2 : 0;
        if (st) {
            kind += 3;
        }
        if (m->a->type == N_PRIVATE_NAME) {
            kind += 16;
        }
        putf(E, "%d, ", kind);
        put_key_text(E, m);
        puts_(E, ", ");
        put_fn_open(E, m->b);
        emit_fn_tail(E, m->b, FS_FUNC, NULL, NULL);
        put_fn_close(E, m->b);
    }
    E->home = saved_home;
    E->cls = cl.up;
    sync(E, c->end - 1);
    putf(E, "]), $nd.cinit(%s))", cl.temp);
    if (c->type == N_CLASS_DECL) {
        puts_(E, ";");
    }
}

/* ---- statements needing care ---- */

static void emit_try(em_t *E, nd_lw_node_t *n) {
    /* In generator bodies a catch clause must not swallow the signal of generator.return(). */
    int gen = (coro_of(E) & 1) != 0;
    copy(E, n->start, n->a->start);
    emit(E, n->a);
    if (n->c) {
        copy(E, n->a->end, n->p2);
        if (n->b == NULL) {
            putf(E, "(%se) ", E->L->tmp_prefix);
            copy(E, n->c->start, n->c->start + 1);
            if (gen) {
                putf(E, "$nd.rt(%se);", E->L->tmp_prefix);
            }
            emit_stmt_list(E, n->c->a, n->c->start + 1, n->c->end);
        } else if (n->b->type == N_IDENT) {
            copy(E, n->p2, n->c->start);
            if (gen) {
                copy(E, n->c->start, n->c->start + 1);
                puts_(E, "$nd.rt(");
                put_ident_name(E, n->b);
                puts_(E, ");");
                emit_stmt_list(E, n->c->a, n->c->start + 1, n->c->end);
            } else {
                emit(E, n->c);
            }
        } else {
            const char *t = temp(E, 'e');
            putf(E, "(%s) ", t);
            copy(E, n->c->start, n->c->start + 1);
            if (gen) {
                putf(E, "$nd.rt(%s);", t);
            }
            dst_t d = { 0 };
            E->moved++;
            puts_(E, "var ");
            destr(E, n->b, t, NULL, &d);
            puts_(E, ";");
            E->moved--;
            emit_stmt_list(E, n->c->a, n->c->start + 1, n->c->end);
        }
        if (n->d) {
            copy(E, n->c->end, n->d->start);
            emit(E, n->d);
        }
    } else {
        copy(E, n->a->end, n->d->start);
        emit(E, n->d);
    }
    copy(E, (n->d ? n->d : n->c)->end, n->end);
}

static void emit_return(em_t *E, nd_lw_node_t *n) {
    fs_t *fs = E->fs;
    int need = fs->kind == FS_WRAP || fs->derived;
    for (int i = 0; i < fs->nbrk && !need; i++) {
        if (fs->brk[i].iter) {
            need = 1;
        }
    }
    if (!need) {
        emit_generic(E, n);
        return;
    }
    int nclose;
    sync(E, n->start);
    puts_(E, "{");
    put_return_open(E, &nclose);
    if (n->a) {
        emit(E, n->a);
    } else if (fs->derived) {
        putf(E, "%sthis", E->L->tmp_prefix);
    } else {
        puts_(E, "void 0");
    }
    put_return_close(E, nclose);
    puts_(E, "}");
}

static void emit_jump_stmt(em_t *E, nd_lw_node_t *n) {
    sync(E, n->start);
    put_jump(E, n->type == N_CONTINUE, n->a ? n->a->atom : 0);
}

static void emit_labeled(em_t *E, nd_lw_node_t *n) {
    nd_lw_node_t *body = n->b;
    int is_loop = body->type == N_FOR || body->type == N_FOR_IN || body->type == N_FOR_OF ||
                  body->type == N_WHILE || body->type == N_DO_WHILE;
    copy(E, n->start, body->start);
    if (is_loop || body->type == N_LABELED) {
        if (E->nplabels < 8) {
            E->plabels[E->nplabels++] = n->a->atom;
        }
        emit(E, body);
    } else {
        brk_t *b = brk_push(E, n, BK_BLOCK);
        b->labels[0] = n->a->atom;
        b->nlabels = 1;
        emit(E, body);
        brk_pop(E);
    }
    copy(E, body->end, n->end);
}

static void emit_switch(em_t *E, nd_lw_node_t *n) {
    brk_push(E, n, BK_SWITCH);
    emit_generic(E, n);
    brk_pop(E);
}

static void emit_member(em_t *E, nd_lw_node_t *n) {
    if (n->a->type == N_SUPER && n != E->write_target) {
        /* a read: getters on the prototype chain see `this` (docs/lowering.md) */
        sync(E, n->start);
        if (E->home == NULL) {
            nd_lw_error_at(E->L, n->start, "'super' keyword unexpected here");
        }
        putf(E, "$nd.sget(%s, ", E->home);
        if (n->type == N_MEMBER) {
            puts_(E, "\"");
            copy(E, n->b->start, n->b->end);
            puts_(E, "\"");
        } else {
            emit(E, n->b);
        }
        puts_(E, ", ");
        put_this(E);
        puts_(E, ")");
        return;
    }
    if (n->a->type == N_SUPER) {
        sync(E, n->start);
        put_home(E, n->start);
        emit_member_suffix(E, n);
        return;
    }
    if (n->type == N_MEMBER && n->b->type == N_PRIVATE_NAME) {
        emit(E, n->a);
        emit_member_suffix(E, n);
        return;
    }
    emit_generic(E, n);
}

/* ---- ES modules (ND_LOWER_ESM) ----
 * The output is one call on line 1 that hands the loader what it links before running the
 * body: $nd_esm.d(specifiers, imported names per specifier, export names, specifiers whose
 * exports are all re-exported, awaits at top level (0/1), function ($$ns, $$m0, ...) { body }),
 * or function ($$ns, $$ms) {var $$m0 = $$ms[0], ...; body} for many dependencies.  The body first
 * defines a getter on its namespace $$ns for every export (live bindings); import bindings
 * were renamed by the scope pass to reads of the $$mN namespaces. */

/* Prints source bytes [a, b) where the emitter is, without moving to their line. */
static void copy_raw(em_t *E, uint32_t a, uint32_t b) {
    put(E, E->L->src + a, b - a);
}

/* Prints a module export/import name as a string literal. */
static void put_module_name(em_t *E, nd_lw_node_t *nm) {
    if (nm->type == N_STR) {
        copy_raw(E, nm->start, nm->end);
    } else {
        puts_(E, "\"");
        put_atom(E, nm->atom);
        puts_(E, "\"");
    }
}

/* Prints the property access of export name nm on a namespace: .x or ["x"]. */
static void put_module_member(em_t *E, nd_lw_node_t *nm) {
    if (nm->type == N_STR) {
        puts_(E, "[");
        copy_raw(E, nm->start, nm->end);
        puts_(E, "]");
    } else {
        puts_(E, ".");
        put_atom(E, nm->atom);
    }
}

static int is_anonymous_fn(nd_lw_node_t *n) {
    n = unparen(n);
    return (n->type == N_FUNC_EXPR || n->type == N_CLASS_EXPR || n->type == N_ARROW) &&
           (n->type == N_ARROW || n->a == NULL);
}

/* The names an export declaration binds (identifiers of var patterns, a function/class). */

static void pattern_names(em_t *E, nd_lw_node_t *p, bound_fn f, void *arg) {
    if (p == NULL) {
        return;
    }
    switch (p->type) {
    case N_IDENT:
        f(E, p, arg);
        break;
    case N_ASSIGN_PAT:
    case N_REST:
        pattern_names(E, p->a, f, arg);
        break;
    case N_ARRAY_PAT:
        for (nd_lw_node_t *e = p->a; e; e = e->next) {
            pattern_names(E, e, f, arg);
        }
        break;
    case N_OBJECT_PAT:
        for (nd_lw_node_t *e = p->a; e; e = e->next) {
            pattern_names(E, e->type == N_REST ? e->a : e->b, f, arg);
        }
        break;
    default:
        break;
    }
}

typedef struct exports_s {
    nd_lw_buf_t names;       /* "a", "b" ... for the header */
    nd_lw_buf_t getters;     /* "a", function () { return a; }, ... */
    uint32_t *seen;          /* output ranges [start, length] of the names, for the duplicate
                              * check */
    int nseen, seen_cap;
    nd_lw_buf_t lexical;     /* "a = $nd_esm.u; " for each exported let/const/class binding */
} exports_t;

/* Notes an exported let/const/class binding: while the module is instantiated ahead of running
 * (a cycle), it holds the loader's uninitialised marker, which the namespace reports as
 * Node's ReferenceError. */
static void add_lexical(em_t *E, exports_t *x, nd_lw_node_t *local) {
    nd_lw_binding_t *b = local->x;
    if (b == NULL || (b->flags & (BF_LEXICAL | BF_IMPORT | BF_EXPORT_GUARD)) != BF_LEXICAL) {
        return;
    }
    b->flags |= BF_EXPORT_GUARD;
    nd_lw_buf_t *saved = E->o;
    E->o = &x->lexical;
    put_ident_name(E, local);
    puts_(E, " = $nd_esm.u; ");
    E->o = saved;
}

/* Adds export `name` (node), read by `local` (an identifier, or NULL: `via` then names a
 * dependency namespace and `member` what is read of it, or is NULL for the namespace). */
static void add_export(em_t *E, exports_t *x, nd_lw_node_t *name, const char *text,
                       nd_lw_node_t *local, int via, nd_lw_node_t *member) {
    nd_lw_buf_t *saved = E->o;
    size_t at = x->names.len;
    E->o = &x->names;
    if (at > 0) {
        puts_(E, ", ");
        at = x->names.len;
    }
    if (name != NULL) {
        put_module_name(E, name);
    } else {
        puts_(E, text);
    }
    for (int i = 0; i < x->nseen; i++) {
        uint32_t a = x->seen[2 * i], len = x->seen[2 * i + 1];
        if (len == x->names.len - at && memcmp(x->names.p + a, x->names.p + at, len) == 0) {
            nd_lw_error_at(E->L, name ? name->start : 0, "Duplicate export of '%.*s'",
                           (int)(len - 2), x->names.p + a + 1);
        }
    }
    if (x->nseen == x->seen_cap) {
        int cap = x->seen_cap ? x->seen_cap * 2 : 32;
        x->seen = nd_lw_grow(E->L, x->seen, sizeof(uint32_t) * 2 * (size_t)x->seen_cap,
                             sizeof(uint32_t) * 2 * (size_t)cap);
        x->seen_cap = cap;
    }
    x->seen[2 * x->nseen] = (uint32_t)at;
    x->seen[2 * x->nseen + 1] = (uint32_t)(x->names.len - at);
    x->nseen++;
    E->o = &x->getters;
    if (x->getters.len > 0) {
        puts_(E, ", ");
    }
    put(E, x->names.p + at, x->names.len - at);
    puts_(E, ", function () { return ");
    if (local != NULL) {
        add_lexical(E, x, local);
        E->o = &x->getters;
        put_ident_name(E, local);
    } else if (via >= 0) {
        putf(E, "%sm%d", E->L->tmp_prefix, via);
        if (member != NULL) {
            put_module_member(E, member);
        }
    } else {
        putf(E, "%sdefault", E->L->tmp_prefix);
    }
    puts_(E, "; }");
    E->o = saved;
}

static void add_bound_export(em_t *E, nd_lw_node_t *id, void *arg) {
    add_export(E, arg, id, NULL, id, -1, NULL);
}

/* Collects every export of the program into x. */
static void collect_exports(em_t *E, exports_t *x) {
    for (nd_lw_node_t *n = E->L->program->a; n; n = n->next) {
        if (n->type != N_EXPORT) {
            continue;
        }
        nd_lw_node_t *d = n->a;
        switch (n->op) {
        case EX_DECL:
            if (d->type == N_VAR) {
                for (nd_lw_node_t *dc = d->a; dc; dc = dc->next) {
                    pattern_names(E, dc->a, add_bound_export, x);
                }
            } else {
                add_bound_export(E, d->a, x);
            }
            break;
        case EX_DEFAULT:
            if (d->type == N_FUNC_DECL || d->type == N_CLASS_DECL) {
                add_export(E, x, NULL, "\"default\"", d->a, -1, NULL);
            } else {
                add_export(E, x, NULL, "\"default\"", NULL, -1, NULL);
            }
            break;
        case EX_LIST:
            for (nd_lw_node_t *sp = n->a; sp; sp = sp->next) {
                if (n->b == NULL) {
                    add_export(E, x, sp->b, NULL, sp->a, -1, NULL);
                } else {
                    add_export(E, x, sp->b, NULL, NULL, nd_lw_dep_index(E->L, n->b), sp->a);
                }
            }
            break;
        case EX_STAR:
            if (d != NULL) {
                add_export(E, x, d, NULL, NULL, nd_lw_dep_index(E->L, n->b), NULL);
            }
            break;
        default:
            break;
        }
    }
}

/* Prints the names a dependency must export, what is imported or re-exported from it, each
 * followed by its line (for the loader's error). */
static void put_dep_imports(em_t *E, int dep) {
    int first = 1;
    puts_(E, "[");
    for (nd_lw_node_t *n = E->L->program->a; n; n = n->next) {
        int imp = n->type == N_IMPORT;
        if (!imp && !(n->type == N_EXPORT && n->op == EX_LIST && n->b != NULL)) {
            continue;
        }
        if (nd_lw_dep_index(E->L, n->b) != dep) {
            continue;
        }
        for (nd_lw_node_t *sp = n->a; sp; sp = sp->next) {
            if (imp && sp->op == IS_NAMESPACE) {
                continue;
            }
            puts_(E, first ? "" : ", ");
            first = 0;
            if (imp && sp->op == IS_DEFAULT) {
                puts_(E, "\"default\"");
            } else {
                put_module_name(E, sp->a);
            }
            putf(E, ", %d", line_of(E, sp->start));
        }
    }
    puts_(E, "]");
}

/* Above this many dependencies the body takes their namespaces as one array. */
#define ESM_MAX_DEP_PARAMS 64

static void put_module_header(em_t *E) {
    nd_lw_t *L = E->L;
    const char *P = L->tmp_prefix;
    exports_t *x = nd_lw_alloc(L, sizeof(*x));
    memset(x, 0, sizeof(*x));
    x->names.arena = 1;
    x->getters.arena = 1;
    x->lexical.arena = 1;
    collect_exports(E, x);
    puts_(E, "$nd_esm.d([");
    for (int i = 0; i < L->ndeps; i++) {
        puts_(E, i ? ", " : "");
        copy_raw(E, L->deps[i]->start, L->deps[i]->end);
    }
    puts_(E, "], [");
    for (int i = 0; i < L->ndeps; i++) {
        puts_(E, i ? ", " : "");
        put_dep_imports(E, i);
    }
    puts_(E, "], [");
    put(E, x->names.p, x->names.len);
    puts_(E, "], [");
    int first = 1;
    for (nd_lw_node_t *n = L->program->a; n; n = n->next) {
        if (n->type == N_EXPORT && n->op == EX_STAR && n->a == NULL) {
            putf(E, "%s%d", first ? "" : ", ", nd_lw_dep_index(L, n->b));
            first = 0;
        }
    }
    putf(E, "], %d, function (%sns", L->tla ? 1 : 0, P);
    if (L->ndeps <= ESM_MAX_DEP_PARAMS) {
        for (int i = 0; i < L->ndeps; i++) {
            putf(E, ", %sm%d", P, i);
        }
        puts_(E, ") {\"use strict\";");
    } else {
        /* Duktape refuses a function with more than about 250 parameters ("register limit",
         * lodash-es's index re-exports 300 modules); variables have no such limit.  The loader
         * passes the namespaces as one array when the body declares fewer parameters. */
        putf(E, ", %sms) {\"use strict\"; var ", P);
        for (int i = 0; i < L->ndeps; i++) {
            putf(E, "%s%sm%d = %sms[%d]", i ? ", " : "", P, i, P, i);
        }
        puts_(E, ";");
    }
    E->exports = x;
}

/* $nd.esmx($$ns, [name, getter, ...]): the namespace's live bindings, set before the body.
 * A module in an import cycle is first run only this far (its functions are then hoisted and
 * its exports defined), on a coroutine that $nd.esmPause() suspends; see the loader. */
static void put_export_getters(em_t *E) {
    exports_t *x = E->exports;
    if (x->getters.len != 0) {
        putf(E, "$nd.esmx(%sns, [", E->L->tmp_prefix);
        put(E, x->getters.p, x->getters.len);
        puts_(E, "]);");
    }
    if (!E->L->tla) {
        puts_(E, "if ($nd_esm.i) { ");
        put(E, x->lexical.p, x->lexical.len);
        puts_(E, "$nd.esmPause(); }");
    }
}

/* The export keyword goes; a declaration stays; a default expression is stored. */
static void emit_export(em_t *E, nd_lw_node_t *n) {
    nd_lw_node_t *d = n->a;
    if (n->op == EX_DECL) {
        emit(E, d);
        return;
    }
    if (n->op != EX_DEFAULT) {
        return;
    }
    if (d->type == N_FUNC_DECL || d->type == N_CLASS_DECL) {
        emit(E, d);
        return;
    }
    sync(E, n->start);
    char decl[16];
    snprintf(decl, sizeof(decl), "%sdefault", E->L->tmp_prefix);
    pro_add(E, var_fs(E), arena_str(E, decl));
    putf(E, "%s = ", decl);
    int name = is_anonymous_fn(d);
    if (name) {
        puts_(E, "$nd.dname(");
    }
    emit(E, d);
    puts_(E, name ? ");" : ";");
}

static void emit(em_t *E, nd_lw_node_t *n) {
    if (!(n->flags & NF_DIRTY)) {
        copy(E, n->start, n->end);
        return;
    }
    switch (n->type) {
    case N_IDENT:
        emit_ident(E, n);
        return;
    case N_THIS:
        sync(E, n->start);
        put_this(E);
        return;
    case N_NUM:
        emit_number(E, n);
        return;
    case N_STR:
        emit_string(E, n);
        return;
    case N_TEMPLATE:
        emit_template(E, n);
        return;
    case N_TAGGED:
        emit_tagged(E, n);
        return;
    case N_FUNC_DECL:
    case N_FUNC_EXPR:
        emit_function(E, n);
        return;
    case N_ARROW:
        emit_arrow(E, n);
        return;
    case N_CLASS_DECL:
    case N_CLASS_EXPR:
        emit_class(E, n);
        return;
    case N_VAR:
        emit_var(E, n);
        return;
    case N_OBJECT:
        emit_object(E, n);
        return;
    case N_ARRAY:
        if (has_spread(n->a)) {
            sync(E, n->start);
            emit_spread_array(E, n->a);
            return;
        }
        break;
    case N_CALL:
        emit_call(E, n);
        return;
    case N_NEW:
        emit_new(E, n);
        return;
    case N_CHAIN:
        emit_chain(E, n->a);
        return;
    case N_MEMBER:
    case N_INDEX:
        emit_member(E, n);
        return;
    case N_ASSIGN:
        emit_assign(E, n);
        return;
    case N_UPDATE:
        emit_update(E, n);
        return;
    case N_BINARY:
    case N_LOGICAL:
        emit_binary(E, n);
        return;
    case N_FOR:
    case N_FOR_IN:
    case N_FOR_OF:
    case N_WHILE:
    case N_DO_WHILE:
        emit_loop(E, n);
        return;
    case N_TRY:
        emit_try(E, n);
        return;
    case N_RETURN:
        emit_return(E, n);
        return;
    case N_BREAK:
    case N_CONTINUE:
        emit_jump_stmt(E, n);
        return;
    case N_LABELED:
        emit_labeled(E, n);
        return;
    case N_SWITCH:
        emit_switch(E, n);
        return;
    case N_EXPR_STMT: {
        /* A lowered expression may start with '(' or '[' where the source did not; after a
         * line without ';' that would continue the previous statement.  Start it with 'void 0,'
         * instead: not a ';', which would end an if/else/loop body of one statement. */
        size_t at = E->o->len;
        char first = E->L->src[n->start];
        emit_generic(E, n);
        if (first != '(' && first != '[') {
            nd_lw_buf_t *o = E->o;
            size_t i = at;
            while (i < o->len && (o->p[i] == ' ' || o->p[i] == '\n' || o->p[i] == '\t')) {
                i++;
            }
            if (i < o->len && (o->p[i] == '(' || o->p[i] == '[')) {
                static const char guard[] = "void 0, ";
                size_t g = sizeof guard - 1;
                for (size_t k = 0; k < g; k++) {
                    nd_lw_buf_putc(E->L, o, ' ');
                }
                memmove(o->p + i + g, o->p + i, o->len - g - i);
                memcpy(o->p + i, guard, g);
            }
        }
        return;
    }
    case N_REGEX:
        emit_regex(E, n);
        return;
    case N_IMPORT:
        return; /* the loader links imports before the body runs */
    case N_EXPORT:
        emit_export(E, n);
        return;
    case N_IMPORT_META:
        sync(E, n->start);
        puts_(E, "$nd_esm.meta");
        return;
    case N_NEW_TARGET: {
        /* class constructors: the constructor of the object being built; named functions
         * (`const f = function () {}` included): that constructor when called on an instance
         * of the function; else unsupported */
        fs_t *f = this_fs(E);
        sync(E, n->start);
        if (f->ctor) {
            puts_(E, "(");
            if (f == E->fs) {
                puts_(E, "this");
            } else {
                put_this(E);
            }
            puts_(E, ").constructor");
            return;
        }
        if ((f->fn && f->fn->a && f->fn->a->type == N_IDENT) || f->hint) {
            puts_(E, "(");
            put_this(E);
            puts_(E, " instanceof ");
            if (f->hint) {
                put_atom(E, f->hint->atom);
            } else {
                put_ident_name(E, f->fn->a);
            }
            puts_(E, " ? ");
            put_this(E);
            puts_(E, ".constructor : void 0)");
            return;
        }
        nd_lw_error_at(E->L, n->start, "new.target in an anonymous function is not supported "
                       "by nodule yet");
    }
    case N_YIELD:
    case N_AWAIT:
        sync(E, n->start);
        if (n->type == N_AWAIT) {
            puts_(E, "$nd.aw(");
        } else if (n->flags & NF_GENERATOR) {
            puts_(E, coro_of(E) == 3 ? "$nd.aydel(" : "$nd.ydel(");
        } else {
            puts_(E, coro_of(E) == 3 ? "$nd.ayld(" : "$nd.yld(");
        }
        if (n->a) {
            emit(E, n->a);
        }
        puts_(E, ")");
        return;
    default:
        break;
    }
    emit_generic(E, n);
}

/* Emits the lowered program into L->out (see the file header). */
void nd_lw_emit(nd_lw_t *L) {
    em_t E;
    fs_t fs, tla;
    int esm = (L->flags & ND_LOWER_ESM) != 0;
    memset(&E, 0, sizeof(E));
    E.L = L;
    E.o = &L->out;
    E.out_line = 1;
    E.fs = NULL;
    fs_push(&E, &fs, FS_PROGRAM);
    nd_lw_node_t *p = L->program;
    uint32_t cur = 0;
    if (esm) {
        /* everything generated goes before a hashbang line, which becomes a comment */
        put_module_header(&E);
        fs.ins = E.o->len;
        if (L->tla) {
            /* top-level await: the body runs as an async function's */
            puts_(&E, "return $nd.async(function () {");
            fs_push(&E, &tla, FS_ARROW);
            tla.coro = 2;
            tla.ins = E.o->len;
        }
        put_export_getters(&E);
    }
    if (L->len >= 2 && L->src[0] == '#' && L->src[1] == '!') {
        puts_(&E, "//");
        cur = 2;
    }
    nd_lw_node_t *st = p->a;
    while (st && st->type == N_EXPR_STMT && st->a->type == N_STR) {
        copy(&E, cur, st->end);
        cur = st->end;
        fs.ins_semi = L->src[st->end - 1] != ';';
        st = st->next;
    }
    if (!esm) {
        fs.ins = E.o->len;
    }
    fs.body = st;
    if (esm && L->tla) {
        tla.body = st;
    }
    emit_stmt_list(&E, st, cur, L->len);
    /* a template literal that ends the source took its line breaks into a string */
    sync(&E, L->len);
    if (esm && L->tla) {
        fs_pop(&E);
        puts_(&E, "\n});");
    }
    fs_pop(&E);
    if (esm) {
        puts_(&E, esm && L->tla ? "});" : "\n});");
    }
}
