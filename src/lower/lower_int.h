/*
 * src/lower/lower_int.h: internals shared by the lowering compiler's passes (lexer, parser,
 * scope analysis, emitter).  Not for use outside src/lower/.
 *
 * All memory of one compilation lives in one arena (nd_lw_arena_*) owned by the compiler
 * state nd_lw_t; errors unwind with longjmp to nd_lower(), which frees the arena.  Nothing
 * here has mutable global state.
 */
#ifndef ND_LOWER_LOWER_INT_H
#define ND_LOWER_LOWER_INT_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

#include "lower/lower.h"

/* ---- tokens ---- */
enum {
    T_EOF = 0, T_IDENT, T_PRIVATE, T_NUM, T_STR, T_TEMPLATE, T_REGEX,
    /* punctuators */
    T_LBRACE, T_RBRACE, T_LPAREN, T_RPAREN, T_LBRACK, T_RBRACK, T_SEMI, T_COMMA, T_DOT,
    T_ELLIPSIS, T_QDOT, T_QUESTION, T_COLON, T_ARROW,
    T_LT, T_GT, T_LE, T_GE, T_EQ, T_NE, T_SEQ, T_SNE,
    T_PLUS, T_MINUS, T_STAR, T_SLASH, T_PERCENT, T_EXP, T_INC, T_DEC,
    T_SHL, T_SAR, T_SHR, T_AMP, T_BAR, T_CARET, T_NOT, T_TILDE, T_AND, T_OR, T_NULLISH,
    T_ASSIGN, T_ADD_A, T_SUB_A, T_MUL_A, T_DIV_A, T_MOD_A, T_EXP_A, T_SHL_A, T_SAR_A,
    T_SHR_A, T_AND_A /* &= */, T_OR_A /* |= */, T_XOR_A, T_LAND_A /* &&= */, T_LOR_A /* ||= */,
    T_NULLISH_A,
    T__COUNT
};

/* token flags */
#define TF_NUM_LOWER 0x01   /* numeric literal needs rewriting (separators, 0b, 0o) */
#define TF_STR_ES6ESC 0x02  /* string uses \u{...} */
#define TF_TPL_TAIL 0x04    /* template part ends with a backtick (not `${`) */
#define TF_ESCAPED 0x08     /* identifier spelled with \u escapes */
#define TF_STR_OCTAL 0x10   /* string has a legacy octal escape */
#define TF_RE_LOWER 0x20    /* regex uses flags/syntax Duktape lacks */

typedef struct nd_lw_tok_s {
    int type;
    int flags;
    int atom;          /* T_IDENT, T_PRIVATE: interned name */
    int nl_before;     /* a line terminator precedes the token */
    uint32_t start, end;
    int line, col;
} nd_lw_tok_t;

/* ---- atoms: interned identifier names.  The first ones are fixed. ---- */
enum {
    A_NONE = 0,
    /* reserved words (A_BREAK..A_LAST_RESERVED) */
    A_BREAK, A_CASE, A_CATCH, A_CLASS, A_CONST, A_CONTINUE, A_DEBUGGER, A_DEFAULT, A_DELETE,
    A_DO, A_ELSE, A_ENUM, A_EXPORT, A_EXTENDS, A_FALSE, A_FINALLY, A_FOR, A_FUNCTION, A_IF,
    A_IMPORT, A_IN, A_INSTANCEOF, A_NEW, A_NULL, A_RETURN, A_SUPER, A_SWITCH, A_THIS,
    A_THROW, A_TRUE, A_TRY, A_TYPEOF, A_VAR, A_VOID, A_WHILE, A_WITH,
    A_LAST_RESERVED = A_WITH,
    /* contextual */
    A_LET, A_STATIC, A_YIELD, A_AWAIT, A_ASYNC, A_OF, A_GET, A_SET, A_ARGUMENTS, A_EVAL,
    A_CONSTRUCTOR, A_TARGET, A_PROTO, A_IMPLEMENTS, A_INTERFACE, A_PACKAGE, A_PRIVATE,
    A_PROTECTED, A_PUBLIC, A_UNDEFINED, A_META, A_PROTOTYPE, A_FROM, A_AS,
    A__FIXED
};

typedef struct nd_lw_atom_s {
    const char *s;
    uint32_t len;
    uint32_t hash;
    int uses;          /* scope: number of bindings + unresolved refs with this name */
    struct nd_lw_binding_s *cur; /* scope: innermost visible binding during the walk */
    uint32_t first[2];  /* the two smallest source offsets of tokens spelling it (scope.c TDZ) */
} nd_lw_atom_t;

/* ---- AST ---- */
enum {
    N_PROGRAM = 1,
    /* statements */
    N_VAR, N_DECLARATOR, N_FUNC_DECL, N_RETURN, N_IF, N_FOR, N_FOR_IN, N_FOR_OF, N_WHILE,
    N_DO_WHILE, N_BREAK, N_CONTINUE, N_THROW, N_TRY, N_SWITCH, N_CASE, N_LABELED, N_BLOCK,
    N_EXPR_STMT, N_EMPTY, N_DEBUGGER, N_WITH, N_CLASS_DECL,
    /* class parts */
    N_METHOD, N_FIELD, N_STATIC_BLOCK,
    /* expressions */
    N_IDENT, N_PRIVATE_NAME, N_THIS, N_SUPER, N_NUM, N_STR, N_REGEX, N_LITERAL, N_TEMPLATE,
    N_TPL_STR, N_TAGGED, N_ARRAY, N_HOLE, N_OBJECT, N_PROP, N_SPREAD, N_UNARY, N_UPDATE,
    N_BINARY, N_LOGICAL, N_ASSIGN, N_COND, N_CALL, N_NEW, N_MEMBER, N_INDEX, N_CHAIN, N_SEQ,
    N_PAREN, N_FUNC_EXPR, N_ARROW, N_CLASS_EXPR, N_YIELD, N_AWAIT, N_NEW_TARGET,
    /* patterns */
    N_ARRAY_PAT, N_OBJECT_PAT, N_ASSIGN_PAT, N_REST,
    /* ES module items (ND_LOWER_ESM): see parse_import / parse_export in parse.c */
    N_IMPORT, N_IMPORT_SPEC, N_EXPORT, N_EXPORT_SPEC, N_IMPORT_META,
    N__COUNT
};

/* node flags */
#define NF_DIRTY 0x0001      /* output differs from the source text: must be re-emitted */
#define NF_OPTIONAL 0x0002   /* ?. on this member/index/call link */
#define NF_COMPUTED 0x0004   /* [key] */
#define NF_SHORTHAND 0x0008  /* {a} / {a = 1} */
#define NF_STATIC 0x0010
#define NF_ASYNC 0x0020
#define NF_GENERATOR 0x0040
#define NF_EXPR_BODY 0x0080  /* arrow with an expression body */
#define NF_PREFIX 0x0100     /* ++x */
#define NF_HAS_SUPERCALL 0x0200
#define NF_USES_THIS 0x0400  /* function: an arrow inside uses this (needs $this) */
#define NF_USES_ARGS 0x0800
#define NF_STRICT 0x1000
#define NF_WRAP_LOOP 0x2000  /* loop whose body becomes a per-iteration function */
#define NF_MODERN 0x4000     /* function: params need lowering (defaults, rest, patterns) */
#define NF_INCLASS 0x8000
#define NF_TDZ NF_PREFIX  /* on N_IDENT: a read that is always in the temporal dead zone */
#define NF_USES_SUPER NF_OPTIONAL /* on functions: super.x inside (arrows included) */
#define NF_TDZ_CHECK NF_STATIC /* on N_IDENT: a closure's read that may run before the init */
#define NF_NEW_TARGET NF_PREFIX /* on functions: new.target inside (arrows included) */

/* N_IMPORT_SPEC kinds (node op) and N_EXPORT kinds (node op) */
enum { IS_NAMED = 0, IS_DEFAULT, IS_NAMESPACE };
enum { EX_DECL = 0, EX_DEFAULT, EX_LIST, EX_STAR };

/* method/property kinds (node op for N_PROP / N_METHOD) */
enum { K_INIT = 0, K_GET, K_SET, K_METHOD, K_CTOR, K_PROTO, K_SPREAD };

typedef struct nd_lw_node_s nd_lw_node_t;
struct nd_lw_node_s {
    uint8_t type;
    uint8_t op;          /* operator token, var kind atom index, property kind */
    uint16_t flags;
    uint32_t start, end; /* source range [start, end) */
    uint32_t p1, p2;     /* extra positions: function '(' and after ')' */
    uint32_t p3;         /* arrow: offset of '=>'; class: offset of '{' */
    int atom;            /* identifiers, private names */
    nd_lw_node_t *a, *b, *c, *d;
    nd_lw_node_t *next;  /* next sibling in a list */
    void *x;             /* scope pass: binding (identifiers) or scope data */
};

/* var kinds in node op of N_VAR */
enum { VK_VAR = 0, VK_LET, VK_CONST };

/* ---- scope pass ---- */
#define BF_LEXICAL 0x01
#define BF_CONST 0x02
#define BF_CAPTURED 0x04
#define BF_BLOCK 0x08        /* declared in a block, not the function's top scope */
#define BF_CLASS 0x10
#define BF_IMPORT 0x20       /* an import binding: read through its module's namespace */
#define BF_EXPORT_GUARD 0x40 /* an exported let/const/class the module header already guards */
#define BF_TDZ_OK 0x80       /* let/const/class statement outside loops and switch: may hold the
                              * uninitialised mark $nd.T (scope.c) */
#define BF_TDZ_MARK 0x100    /* holds $nd.T until initialised: closures check their reads */

typedef struct nd_lw_binding_s {
    int atom;
    int flags;
    struct nd_lw_binding_s *shadowed;  /* atom's previous innermost binding */
    nd_lw_node_t *loop;                /* innermost loop (same function) around the decl */
    void *fn;                          /* declaring function scope */
    void *scope;                       /* declaring scope (scope.c) */
    uint32_t init_end;                 /* lexical: source offset where it is initialised */
    const char *rename;                /* new name, or NULL */
    uint32_t rename_len;
} nd_lw_binding_t;

/* ---- inferred function names (fname.c) ---- */
/* The name ES2015 gives an anonymous function where it is the value of a binding, assignment,
 * key, default or field (NamedEvaluation).  The output names it with the directive
 * "use duk name NAME" (src/duk_name_directive.sed) right after the body's '{'. */
typedef struct nd_lw_fname_s {
    uint32_t at;         /* where the directive goes (after the body's '{'); FNAME_NONE: the
                          * emitter writes it (an arrow's expression body) */
    uint32_t src, len;   /* the name's text in the source, when atom is 0 */
    int atom;            /* or the name is this atom's text */
    char prefix;         /* 0, or 'g' (`get `), 's' (`set `), '#' (a private name) */
    uint8_t skip;        /* the emitter named the function another way */
    nd_lw_node_t *fn;    /* the function (only while the AST is kept) */
} nd_lw_fname_t;

#define FNAME_NONE UINT32_MAX
#define FNAME_TEXT_MAX 208   /* a name's text with its prefix and NUL */

/* ---- growable byte buffer ---- */
typedef struct nd_lw_buf_s {
    char *p;
    size_t len, cap;
    int arena;           /* grows in the arena (freed with it) rather than with realloc */
} nd_lw_buf_t;

/* ---- compiler state ---- */
typedef struct nd_lw_chunk_s nd_lw_chunk_t;

typedef struct nd_lw_s {
    const char *src;
    uint32_t len;
    int flags;
    jmp_buf jb;
    int err;             /* -EINVAL or -ENOMEM when unwinding */
    int err_line, err_col;
    char err_msg[256];

    nd_lw_chunk_t *chunks;  /* arena */
    char *arena_p;
    size_t arena_left;
    int arena_pins;         /* bumped when arena memory must survive statement release */
    int discard;            /* fast-path probe: parse without keeping the AST */

    /* line starts (offsets), filled by the lexer */
    uint32_t *lines;
    int nlines, lines_cap;

    /* atoms */
    nd_lw_atom_t *atoms;
    int natoms, atoms_cap;
    int *atab;              /* open-addressing hash of atom ids */
    int atab_cap;

    /* lexer */
    uint32_t pos;
    int line;
    uint32_t line_start;
    nd_lw_tok_t tok;        /* current token */
    nd_lw_tok_t prev;       /* last consumed token */
    int has_peek;
    nd_lw_tok_t peek;
    uint32_t peek_pos;
    int peek_line;
    uint32_t peek_line_start;

    /* parser */
    int modern;             /* some construct needs lowering */
    int in_function, in_async, in_generator, strict, depth, in_class;
    int no_in;
    int loop_depth;
    int tla;                /* ES module: top-level await seen */
    uint32_t cover_init_pos; /* pending `{a = 1}` outside a pattern (0 = none) */
    nd_lw_node_t *program;

    /* emitter, scope: see emit.c / scope.c */
    int tmp_serial;
    char tmp_prefix[8];     /* prefix of generated names, "$$" unless the source uses it */
    nd_lw_buf_t out;        /* emitted code (in the state so longjmp cannot lose it) */
    nd_lw_node_t **deps;    /* ES module: import/export-from specifiers (N_STR), in order */
    int ndeps, deps_cap;
    uint32_t *comments;     /* [start,end) pairs of comments, in order */
    int ncomments, comments_cap;
    uint32_t *undefs;       /* offsets of references to `undefined`, in order (undef.c) */
    int nundefs, undefs_cap;
    int undef_unsafe;       /* the source may mean something else by it: no rewrite */
    nd_lw_fname_t *fnames;  /* inferred function names, sorted by `at` once parsed (fname.c) */
    int nfnames, fnames_cap;
} nd_lw_t;

/* lower.c */
void *nd_lw_alloc(nd_lw_t *L, size_t n);
void *nd_lw_grow(nd_lw_t *L, void *old, size_t oldsize, size_t newsize);
nd_lw_node_t *nd_lw_node(nd_lw_t *L, int type, uint32_t start);
void nd_lw_error_at(nd_lw_t *L, uint32_t pos, const char *fmt, ...)
    __attribute__((noreturn, format(printf, 3, 4)));
void nd_lw_oom(nd_lw_t *L) __attribute__((noreturn));
int nd_lw_line_of(nd_lw_t *L, uint32_t pos);
void nd_lw_buf_put(nd_lw_t *L, nd_lw_buf_t *b, const char *s, size_t n);
void nd_lw_buf_puts(nd_lw_t *L, nd_lw_buf_t *b, const char *s);
void nd_lw_buf_putc(nd_lw_t *L, nd_lw_buf_t *b, char c);

/* undef.c: references to `undefined` become `void 0` */
void nd_lw_undef_ref(nd_lw_t *L, uint32_t pos);
/* The index of the first recorded reference at or after pos (nundefs if none or unsafe). */
int nd_lw_undef_first(nd_lw_t *L, uint32_t pos);
/* The text for the identifier at pos (a recorded reference), or NULL to print it as it is. */
const char *nd_lw_undef_text(nd_lw_t *L, uint32_t pos);

/* fname.c: inferred function names */
/* Records that value (an expression, parenthesised or not) gets the name key when it is an
 * anonymous function: key is an N_IDENT, N_STR, N_NUM or N_PRIVATE_NAME node; prefix as in
 * nd_lw_fname_t.  Keys that cannot be written in the directive are ignored. */
void nd_lw_fname_infer(nd_lw_t *L, nd_lw_node_t *value, nd_lw_node_t *key, char prefix);
/* Sorts the records by position once the source is parsed, and numbers their functions. */
void nd_lw_fname_sort(nd_lw_t *L);
/* The record of function or class fn, or NULL. */
nd_lw_fname_t *nd_lw_fname_of(nd_lw_t *L, nd_lw_node_t *fn);
/* The index of the first record whose directive goes at or after pos. */
int nd_lw_fname_first(nd_lw_t *L, uint32_t pos);
/* Writes the name record r gives (`get x`, `#p`, `a-b`) to buf, NUL-terminated. */
void nd_lw_fname_text(nd_lw_t *L, const nd_lw_fname_t *r, char buf[FNAME_TEXT_MAX]);
/* Appends the directive `"use duk name NAME";` of record r to b. */
void nd_lw_fname_put(nd_lw_t *L, nd_lw_buf_t *b, const nd_lw_fname_t *r);
/* The changes to the source text, in order: `undefined` rewritten (undef.c) and directives
 * inserted.  Start at offset from; each nd_lw_patch_next() returns 1 with the next change before
 * end (a directive: at or before end, just after the '{' the copy holds), 0 when none is left. */
typedef struct nd_lw_patch_s {
    int k, j;                    /* cursors in L->undefs and L->fnames */
    uint32_t pos, cut;           /* the change replaces cut bytes at pos ... */
    const char *text;            /* ... with text, */
    const nd_lw_fname_t *fname;  /* or with this record's directive */
} nd_lw_patch_t;
void nd_lw_patch_start(nd_lw_t *L, nd_lw_patch_t *p, uint32_t from);
int nd_lw_patch_next(nd_lw_t *L, nd_lw_patch_t *p, uint32_t end);
/* Appends the whole source to b with its changes; 0 (nothing appended) when there are none. */
int nd_lw_fast_copy(nd_lw_t *L, nd_lw_buf_t *b);

/* lex.c */
void nd_lw_lex_init(nd_lw_t *L);
void nd_lw_lex_reset(nd_lw_t *L);
void nd_lw_next(nd_lw_t *L);
const nd_lw_tok_t *nd_lw_peek(nd_lw_t *L);
void nd_lw_rescan_regex(nd_lw_t *L);
void nd_lw_rescan_template(nd_lw_t *L);
int nd_lw_intern(nd_lw_t *L, const char *s, uint32_t len);
int nd_lw_atom_find(nd_lw_t *L, const char *s, uint32_t len);
const char *nd_lw_punct(int type);
const char *nd_lw_tok_desc(nd_lw_t *L, const nd_lw_tok_t *t, char *buf, size_t n);
void nd_lw_unexpected(nd_lw_t *L) __attribute__((noreturn));

/* parse.c */
void nd_lw_parse(nd_lw_t *L);

/* scope.c */
void nd_lw_analyze(nd_lw_t *L);
int nd_lw_dep_index(nd_lw_t *L, nd_lw_node_t *spec);

/* emit.c */
void nd_lw_emit(nd_lw_t *L);

/* unicode.c: Unicode property escapes.  nd_lw_uni_property() finds the set that a \p{...}
 * body names (len bytes at name; its complement for \P) as sorted [first, last] code point
 * pairs in the arena and returns their number, or -1 for an unknown name.  put_bmp appends
 * the pairs' BMP part as regex class contents (without U+D800..U+DFFF if no_surrogates, for
 * sets that also match surrogate pairs); put_astral appends their astral part as
 * surrogate-pair alternatives, each preceded by '|' unless *first, which it then clears. */
int nd_lw_uni_property(nd_lw_t *L, const char *name, uint32_t len, int negated,
                       uint32_t **ranges);
void nd_lw_uni_put_bmp(nd_lw_t *L, nd_lw_buf_t *b, const uint32_t *r, int n, int no_surrogates);
void nd_lw_uni_put_astral(nd_lw_t *L, nd_lw_buf_t *b, const uint32_t *r, int n, int *first);

/* Counted regex quantifier with a bound above 1000 at p ('{' in a body of n bytes)? */
int nd_lw_regex_bound_too_big(const char *p, uint32_t n);
/* The '*' offsets of the x* alternatives of (...)* groups in regex body p (see lex.c). */
int nd_lw_regex_empty_loops(const char *p, uint32_t n, uint32_t *at, int max);

#endif /* ND_LOWER_LOWER_INT_H */
