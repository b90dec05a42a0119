/*
 * src/alloc.h: the allocator of the Duktape heap (src/alloc.c).
 */
#ifndef ND_ALLOC_H
#define ND_ALLOC_H

#include <stddef.h>

/* malloc, realloc and free for the Duktape heap; nd_alloc_size gives the bytes a block holds
 * (its share of the heap, for accounting). */
void *nd_alloc(size_t size);
void *nd_alloc_realloc(void *ptr, size_t size);
void nd_alloc_free(void *ptr);
size_t nd_alloc_size(const void *ptr);

#endif /* ND_ALLOC_H */
