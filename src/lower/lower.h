/*
 * src/lower/lower.h: the ES2022 -> ES5.1 lowering compiler (public interface).
 *
 * Every script, module body, -e string and eval source passes through nd_lower() before Duktape
 * compiles it.  The output keeps every token on the line it had in the input, so Duktape's line
 * numbers name the user's lines.  Lowered code calls small helpers on the global object `$nd`
 * (js/internal/lower_runtime.js), which the runtime must install before running lowered code.
 * Plain ES5 input is returned unchanged (copied).  The compiler is self-contained: no Duktape,
 * no libevent; tools/ndlower.c uses it alone.  See docs/lowering.md.
 */
#ifndef ND_LOWER_LOWER_H
#define ND_LOWER_LOWER_H

#include <stddef.h>
#include <stdint.h>

/* Source is a CommonJS module body that will be wrapped in a function: top-level `return` ok. */
#define ND_LOWER_MODULE_FUNCTION_BODY 0x01
/* Source is a classic script (-e, the main script when not wrapped). */
#define ND_LOWER_SCRIPT 0x02
/* Source is an eval / new Function body. */
#define ND_LOWER_EVAL 0x04
/* Source is an ES module body (import/export, strict, top-level await).  The output is one
 * call, $nd_esm.d(specifiers, imports, exports, stars, tla, body), for the loader's $nd_esm
 * (js/internal/modules/esm/loader.js); see docs/lowering.md. */
#define ND_LOWER_ESM 0x08
/* Do not take the ES5 fast path: always run the transforms (tests, debugging). */
#define ND_LOWER_NO_FAST_PATH 0x100
/* Do not give anonymous functions the names ES2015 infers (src/lower/fname.c): for the bundled
 * js/, whose functions keep the names their source writes (and 3 KB of bytecode). */
#define ND_LOWER_NO_NAMES 0x200

/* The name of the global helper object that lowered code refers to. */
#define ND_LOWER_HELPER_GLOBAL "$nd"

typedef struct nd_lower_result_s {
    char *code;          /* malloc'd NUL-terminated ES5.1 output, or NULL on error */
    size_t len;
    int error_line;      /* 1-based, for a syntax error */
    int error_column;    /* 1-based */
    char *error_message; /* malloc'd, Node's wording, e.g. "Unexpected token '}'" */
} nd_lower_result_t;

/*
 * Lowers src[0..len) to ES5.1.  Returns 0 and sets out->code/len; -EINVAL for a syntax error
 * (or a construct nodule cannot lower yet), with out->error_* set; -ENOMEM.  The caller frees
 * the result with nd_lower_result_free() in every case.
 */
int nd_lower(const char *src, size_t len, int flags, nd_lower_result_t *out);

/* The code points of a Unicode set by name: a \p{...} body ("L", "Script=Greek") or one of the
 * extra sets ("gcb=Extend", Grapheme_Cluster_Break).  Returns the number of [first, last]
 * ranges, or -1 for an unknown name; fills ranges (room for twice that many numbers) unless it
 * is NULL. */
int nd_unicode_set(const char *name, uint32_t *ranges);

/* Frees the buffers of a result filled in by nd_lower(); the struct itself is the caller's. */
void nd_lower_result_free(nd_lower_result_t *r);

#endif /* ND_LOWER_LOWER_H */
