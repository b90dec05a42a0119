/*
 * src/alloc.c: the allocator of the Duktape heap.
 *
 * Duktape allocates and frees a block for every string, object, property table and buffer it
 * makes, a couple of hundred thousand while Express starts, and glibc's malloc and free with the
 * malloc_usable_size that the heap's accounting needs came to a sixth of the instructions.  So
 * small blocks come from size classes instead: 32 classes 16 bytes apart, each served by 64 KB
 * slabs that hand out their blocks from a free list (last freed, first reused).  Every block
 * starts with an 8-byte header naming its slab, which is all free, realloc and the accounting
 * need; a slab whose blocks are all free goes back to malloc (one per class stays), so memory
 * a burst took returns.  Blocks over 504 bytes go to malloc, with a header holding their size.
 *
 * Under AddressSanitizer (make test-asan), or with NODULE_MALLOC=system (valgrind, which checks
 * only what malloc hands out: tools/valgrind-nodule.sh), every block is plain malloc's, so the
 * memory checkers see each one.
 */
#include "alloc.h"

#include <malloc.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#if defined(__SANITIZE_ADDRESS__)
#define ALLOC_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define ALLOC_SANITIZED 1
#endif
#endif

#define ALLOC_GRAIN 16
#define ALLOC_HEADER 8
#define ALLOC_CLASSES 32
#define ALLOC_SMALL_MAX (ALLOC_CLASSES * ALLOC_GRAIN - ALLOC_HEADER)
#define ALLOC_SLAB_BYTES ((size_t)64 * 1024)

typedef struct alloc_free_s {
    struct alloc_free_s *next;
} alloc_free_t;

/* A slab serves one class.  Its blocks' headers point at it (with the low bit set; a large
 * block's header is its size shifted left), so a free finds its slab and class at once. */
typedef struct alloc_slab_s {
    struct alloc_slab_s *next; /* the class's slabs that have a free block */
    struct alloc_slab_s *prev;
    alloc_free_t *free;        /* blocks freed in this slab */
    char *bump;                /* its never used rest */
    unsigned live;             /* blocks handed out */
    unsigned capacity;
    unsigned cls;
} alloc_slab_t;

typedef enum { ALLOC_UNDECIDED, ALLOC_POOL, ALLOC_SYSTEM } alloc_mode_t;

static struct {
    alloc_mode_t mode;
    alloc_slab_t *open[ALLOC_CLASSES];  /* per class, the slabs with room */
} pool;

static alloc_mode_t alloc_mode(void) {
    if (pool.mode == ALLOC_UNDECIDED) {
        const char *m = getenv("NODULE_MALLOC");
        pool.mode = ALLOC_POOL;
#if defined(ALLOC_SANITIZED)
        pool.mode = ALLOC_SYSTEM;
#endif
        if (m != NULL && strcmp(m, "system") == 0) {
            pool.mode = ALLOC_SYSTEM;
        }
    }
    return pool.mode;
}

static size_t alloc_class_bytes(unsigned c) {
    return (size_t)(c + 1) * ALLOC_GRAIN;
}

static void alloc_link(alloc_slab_t *s) {
    s->prev = NULL;
    s->next = pool.open[s->cls];
    if (s->next != NULL) {
        s->next->prev = s;
    }
    pool.open[s->cls] = s;
}

static void alloc_unlink(alloc_slab_t *s) {
    if (s->prev != NULL) {
        s->prev->next = s->next;
    } else {
        pool.open[s->cls] = s->next;
    }
    if (s->next != NULL) {
        s->next->prev = s->prev;
    }
}

static alloc_slab_t *alloc_new_slab(unsigned c) {
    alloc_slab_t *s = malloc(ALLOC_SLAB_BYTES);
    if (s == NULL) {
        return NULL;
    }
    size_t start = (sizeof(*s) + ALLOC_GRAIN - 1) / ALLOC_GRAIN * ALLOC_GRAIN;
    s->free = NULL;
    s->bump = (char *)s + start;
    s->live = 0;
    s->capacity = (unsigned)((ALLOC_SLAB_BYTES - start) / alloc_class_bytes(c));
    s->cls = c;
    alloc_link(s);
    return s;
}

static void *alloc_small(size_t size) {
    unsigned c = (unsigned)((size + ALLOC_HEADER + ALLOC_GRAIN - 1) / ALLOC_GRAIN) - 1;
    alloc_slab_t *s = pool.open[c];
    if (s == NULL && (s = alloc_new_slab(c)) == NULL) {
        return NULL;
    }
    uintptr_t *header = (uintptr_t *)(void *)s->free;
    if (header != NULL) {
        s->free = s->free->next;
    } else {
        header = (uintptr_t *)(void *)s->bump;
        s->bump += alloc_class_bytes(c);
    }
    if (++s->live == s->capacity) {
        alloc_unlink(s);       /* full: no longer where allocations look */
    }
    *header = (uintptr_t)s | 1;
    return header + 1;
}

static void alloc_free_small(alloc_slab_t *s, uintptr_t *header) {
    alloc_free_t *b = (alloc_free_t *)(void *)header;
    b->next = s->free;
    s->free = b;
    if (s->live-- == s->capacity) {
        alloc_link(s);
    } else if (s->live == 0 && (s->prev != NULL || s->next != NULL)) {
        /* Empty and not the class's only open slab: back to malloc, which can return it to
         * the system (malloc_trim after collections, src/vm.c). */
        alloc_unlink(s);
        free(s);
    }
}

static void *alloc_large(size_t size) {
    uintptr_t *header = malloc(size + ALLOC_HEADER);
    if (header == NULL) {
        return NULL;
    }
    *header = (uintptr_t)size << 1;
    return header + 1;
}

void *nd_alloc(size_t size) {
    if (alloc_mode() == ALLOC_SYSTEM) {
        return malloc(size);
    }
    return size <= ALLOC_SMALL_MAX ? alloc_small(size) : alloc_large(size);
}

/* The payload a block can hold. */
static size_t alloc_capacity(uintptr_t header) {
    if (header & 1) {
        return alloc_class_bytes(((alloc_slab_t *)(header - 1))->cls) - ALLOC_HEADER;
    }
    return (size_t)(header >> 1);
}

size_t nd_alloc_size(const void *ptr) {
    if (pool.mode == ALLOC_SYSTEM) {
        return malloc_usable_size((void *)ptr);
    }
    return alloc_capacity(((const uintptr_t *)ptr)[-1]) + ALLOC_HEADER;
}

void nd_alloc_free(void *ptr) {
    if (ptr == NULL) {
        return;
    }
    if (pool.mode == ALLOC_SYSTEM) {
        free(ptr);
        return;
    }
    uintptr_t *header = (uintptr_t *)ptr - 1;
    if (*header & 1) {
        alloc_free_small((alloc_slab_t *)(*header - 1), header);
    } else {
        free(header);
    }
}

/* realloc(ptr, 0) frees and returns NULL, as glibc's does. */
void *nd_alloc_realloc(void *ptr, size_t size) {
    if (alloc_mode() == ALLOC_SYSTEM) {
        return realloc(ptr, size);
    }
    if (ptr == NULL) {
        return nd_alloc(size);
    }
    if (size == 0) {
        nd_alloc_free(ptr);
        return NULL;
    }
    uintptr_t *header = (uintptr_t *)ptr - 1;
    size_t have = alloc_capacity(*header);
    if (!(*header & 1) && size > ALLOC_SMALL_MAX) {
        uintptr_t *moved = realloc(header, size + ALLOC_HEADER);
        if (moved == NULL) {
            return NULL;
        }
        *moved = (uintptr_t)size << 1;
        return moved + 1;
    }
    if ((*header & 1) && size <= have && size + ALLOC_GRAIN > have) {
        return ptr;            /* the block fits and is not much too big */
    }
    void *p = nd_alloc(size);
    if (p == NULL) {
        return NULL;
    }
    memcpy(p, ptr, have < size ? have : size);
    nd_alloc_free(ptr);
    return p;
}
