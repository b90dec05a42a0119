/*
 * lib/util.c: native helpers for js/util.js and the internal polyfills.
 *
 * hiddenKey(name) returns a Duktape hidden-symbol key: JavaScript can use it as a property key,
 * and no reflection (Object.keys, getOwnPropertySymbols, for-in, JSON) ever shows it.  The Map and
 * Set polyfills store object identities under such keys.
 */
#include "nd.h"
#include "bindings.h"

#include <string.h>

/* util.hiddenKey(name): [ name ] -> [ key ] */
static duk_ret_t util_hidden_key(duk_context *ctx) {
    duk_push_sprintf(ctx, "\xff" "nd_%s", duk_require_string(ctx, 0));
    return 1;
}

duk_ret_t nd_open_util(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "hiddenKey", util_hidden_key, 1 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    /* Duktape's internal key of an error's traceback: js/internal/polyfills/error.js moves it
     * from a wrapper's error to the native one, so `cause` support keeps native stacks. */
    duk_push_string(ctx, "\x82" "Tracedata");
    duk_put_prop_literal(ctx, -2, "tracedataKey");
    return 1;
}
