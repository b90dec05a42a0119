/*
 * lib/unicode.c: internalBinding('unicode'), the Unicode sets of the lowering compiler's tables
 * (src/lower/unicode.c) for the JavaScript that needs character classes: Intl.Segmenter's
 * grapheme clusters (js/internal/intl/).
 *
 *   ranges(name)   [first0, last0, first1, last1, ...] code points of the set, or undefined
 *                  for an unknown name ("L", "Script=Greek", "Extended_Pictographic",
 *                  "gcb=Extend", ...)
 */
#include "duktape.h"
#include "bindings.h"
#include "lower/lower.h"

static duk_ret_t unicode_ranges(duk_context *ctx) {
    const char *name = duk_require_string(ctx, 0);
    int n = nd_unicode_set(name, NULL);
    if (n < 0) {
        return 0;
    }
    /* the numbers go through a Duktape buffer: nothing to free if a push throws */
    uint32_t *copy = duk_push_fixed_buffer(ctx, sizeof(uint32_t) * 2 * (size_t)n + 1);
    nd_unicode_set(name, copy);
    duk_push_array(ctx);
    for (int i = 0; i < 2 * n; i++) {
        duk_push_uint(ctx, copy[i]);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    return 1;
}

duk_ret_t nd_open_unicode(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "ranges", unicode_ranges, 1 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    return 1;
}
