/*
 * src/compile_cache.h: an on-disk cache of compiled module functions, so that a module whose
 * source has not changed since an earlier run is neither lowered nor compiled again.
 */
#ifndef ND_COMPILE_CACHE_H
#define ND_COMPILE_CACHE_H

#include "nd.h"

#include <stdint.h>

/* What one lookup computed, for the store that follows a miss. */
typedef struct nd_cache_key_s {
    uint64_t name_hash;        /* names the entry: file name and compile flags */
    uint64_t source_hash;      /* checks it: file name, flags and the source text */
    uint64_t source_len;
    int usable;                /* 0: the cache is off or could not be opened */
} nd_cache_key_t;

/* Pushes the function compiled earlier from this source, file name and flags, and returns 1;
 * returns 0 with the stack untouched when there is none.  Fills key for nd_compile_cache_store. */
int nd_compile_cache_load(duk_context *ctx, const char *source, size_t len, const char *filename,
                          int flags, nd_cache_key_t *key);

/* Keeps the freshly compiled function at the stack top for later runs.  Never throws for the
 * cache's sake: a full disk or a read-only home only means no entry.  [ ... func ] unchanged. */
void nd_compile_cache_store(duk_context *ctx, const nd_cache_key_t *key);

#endif /* ND_COMPILE_CACHE_H */
