/*
 * src/modules.h: the bundled JavaScript table (build/gen/js_bundle.c, written by tools/js2c)
 * and the native side of require: builtin lookup and internalBinding.
 */
#ifndef ND_MODULES_H
#define ND_MODULES_H

#include <stddef.h>

typedef struct nd_js_module_s {
    const char *id;            /* "events", "internal/errors" */
    const unsigned char *bc;   /* the wrapped module function as Duktape bytecode, deflated */
    size_t len;                /* bytes at bc */
    size_t raw_len;            /* bytes of the bytecode once inflated; 0: bc is not deflated */
} nd_js_module_t;

extern const nd_js_module_t nd_js_modules[];   /* sorted by id, NULL-terminated */
extern const size_t nd_js_module_count;

/* Returns the bundled module with this id, or NULL. */
const nd_js_module_t *nd_js_module_find(const char *id);

#include "nd.h"

/* Runs js/internal/bootstrap.js and keeps the entry points it returns in the stash.
 * Returns 0, or -1 after printing why. */
int nd_modules_bootstrap(duk_context *ctx);

#endif /* ND_MODULES_H */
