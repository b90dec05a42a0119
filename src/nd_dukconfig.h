/*
 * src/nd_dukconfig.h: nodule's Duktape configuration.
 *
 * Debian ships Duktape's default configuration (duk_config.h) and not the configure tool, so this
 * header takes that default and adjusts it.  It is force-included (-include, with
 * DUK_COMPILING_DUKTAPE defined so the engine-only sections are kept) when duktape.c is
 * compiled, and included by src/nd.h before duktape.h, so the engine and our code agree on every
 * option.  Each change says why; docs/architecture.md lists them.
 */
#ifndef ND_DUKCONFIG_H
#define ND_DUKCONFIG_H

#include <duk_config.h>

/* Speed: integers stay 64-bit integers inside the VM (loop counters, array indices, byte
 * arithmetic) instead of doubles; results are identical, arithmetic is faster. */
#define DUK_USE_FASTINT

/* Speed: JSON.stringify and JSON.parse take their fast paths. */
#define DUK_USE_JSON_STRINGIFY_FASTPATH

/* NOTE: the CBOR builtin cannot be dropped: Debian's prebuilt builtin tables reference it. */

/* Unused: Duktape's JX/JC JSON dialects, not a Node feature. */
#undef DUK_USE_JX
#undef DUK_USE_JC

/* Node prints 10 stack frames by default (Error.stackTraceLimit). */
#undef DUK_USE_TRACEBACK_DEPTH
#define DUK_USE_TRACEBACK_DEPTH 10

/* A runaway recursion must end in a catchable RangeError, not a C stack overflow: keep
 * Duktape's native call limit well inside the 8 MB main-thread stack. */
#undef DUK_USE_NATIVE_CALL_RECLIMIT
#define DUK_USE_NATIVE_CALL_RECLIMIT 1000

/* V8 has no tail calls: a call in tail position keeps its caller's frame in stack traces
 * (Error.captureStackTrace(obj, fn) and CallSites of packages such as depd depend on it), and
 * deep recursion in tail position ends in RangeError as in Node. */
#undef DUK_USE_TAILCALL

/* Long live object chains (a promise chain built by reduce, a long linked list) make every
 * collection rescan the heap once marking passes this depth: raise it well past the default 256
 * (60,000 chained promises: 12.8 s with 256, 0.38 s with 8192). */
#undef DUK_USE_MARK_AND_SWEEP_RECLIMIT
#define DUK_USE_MARK_AND_SWEEP_RECLIMIT 8192

/* Date.parse and new Date(string): a string Duktape's ISO 8601 parser refuses goes to V8's legacy
 * formats (RFC 2822 and HTTP dates, toString's output, 'Jan 2, 2030'), parsed by the dateParse
 * entry point that the bootstrap leaves in the heap stash (js/internal/polyfills/date.js).
 * Duktape's contract: push the time value and give 1, or push nothing and give 0.  The macro is
 * expanded inside duktape.c, where the API is declared; before the bootstrap has run (or in
 * tools without it) nothing is in the stash and the result is NaN as before. */
#define DUK_USE_DATE_PARSE_STRING(thr, str) \
    ({                                                                                          \
        duk_context *nd_dctx = (duk_context *)(thr);                                            \
        duk_bool_t nd_dfound;                                                                   \
        duk_push_heap_stash(nd_dctx);                                                           \
        nd_dfound = duk_get_prop_string(nd_dctx, -1, "dateParse") && duk_is_function(nd_dctx, -1); \
        if (nd_dfound) {                                                                        \
            duk_push_string(nd_dctx, (str));                                                    \
            duk_call(nd_dctx, 1 /*nargs*/);                                                     \
            duk_to_number(nd_dctx, -1);                                                         \
            duk_remove(nd_dctx, -2);                                                            \
        } else {                                                                                \
            duk_pop_2(nd_dctx);                                                                 \
        }                                                                                       \
        nd_dfound;                                                                              \
    })

#endif /* ND_DUKCONFIG_H */
