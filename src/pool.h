/*
 * src/pool.h: the worker-thread pool for blocking work (file system, DNS), as libuv's.
 */
#ifndef ND_POOL_H
#define ND_POOL_H

#include "nd.h"

typedef struct nd_work_s nd_work_t;
/* Runs on a pool thread: blocking syscalls only, never Duktape. */
typedef void (*nd_work_fn)(nd_work_t *work);
/* Runs on the loop thread after work_fn; enters JavaScript only through nd_invoke. */
typedef void (*nd_after_work_fn)(nd_work_t *work);

struct nd_work_s {
    nd_work_fn work_fn;
    nd_after_work_fn after_fn;
    nd_work_t *next;        /* queue link, owned by the pool while submitted */
};

/*
 * Queues work; the request keeps the loop alive until after_fn has run.  The caller owns `work`
 * (usually embedded in a larger request struct) and must keep it alive until after_fn.
 * Returns 0 or -errno (the pool could not start: no thread, no eventfd).
 */
int nd_pool_submit(nd_runtime_t *rt, nd_work_t *work, nd_work_fn work_fn,
                   nd_after_work_fn after_fn);

#endif /* ND_POOL_H */
