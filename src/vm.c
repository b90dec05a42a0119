/*
 * src/vm.c: the Duktape heap and the way C enters JavaScript.
 *
 * One heap per process.  Its udata is the nd_runtime_t, so every binding reaches per-heap state
 * from its context (nd_rt).  Allocation is counted (process.memoryUsage().heapUsed) and capped, so
 * running out of memory is a JavaScript error or a clear fatal message, never a crash.
 * nd_invoke is the one door from a loop callback into JavaScript: everything happens inside one
 * duk_safe_call, so a throw never longjmps across libevent, and nextTick/microtasks are drained
 * after the callback as Node does.
 */
#include "nd.h"
#include "vm.h"
#include "alloc.h"

#include <errno.h>
#include <malloc.h>
#include <stdint.h>

/* Default ceiling for the JavaScript heap, like V8's default old-space limit on 64-bit. */
#define ND_HEAP_LIMIT_DEFAULT ((size_t)4096 * 1024 * 1024)

/* The heap size of invoke_collect's first collection, and the least garbage let pile up
 * between its collections. */
#define ND_GC_FIRST_BYTES ((size_t)3 << 20)
#define ND_GC_MIN_ALLOWANCE ((size_t)512 << 10)

static void *vm_alloc(void *udata, duk_size_t size) {
    nd_runtime_t *rt = udata;
    if (rt->heap_bytes + size > rt->heap_limit) {
        return NULL;
    }
    void *p = nd_alloc(size);
    if (p != NULL) {
        rt->heap_bytes += nd_alloc_size(p);
    }
    return p;
}

static void *vm_realloc(void *udata, void *ptr, duk_size_t size) {
    nd_runtime_t *rt = udata;
    size_t old = ptr != NULL ? nd_alloc_size(ptr) : 0;
    if (size > old && rt->heap_bytes + (size - old) > rt->heap_limit) {
        return NULL;
    }
    void *p = nd_alloc_realloc(ptr, size);
    if (p != NULL || size == 0) {
        rt->heap_bytes -= old;
        rt->heap_bytes += p != NULL ? nd_alloc_size(p) : 0;
    }
    return p;
}

static void vm_free(void *udata, void *ptr) {
    nd_runtime_t *rt = udata;
    if (ptr != NULL) {
        rt->heap_bytes -= nd_alloc_size(ptr);
        nd_alloc_free(ptr);
    }
}

/* Duktape calls this on an error with no catcher outside any protected call, or on internal
 * corruption.  Nothing can continue: say so, like V8's fatal errors, and end the process. */
static void vm_fatal(void *udata, const char *msg) {
    (void)udata;
    fprintf(stderr, "nodule: fatal error: %s\n", msg != NULL ? msg : "(no message)");
    fflush(stderr);
    abort();
}

nd_runtime_t *nd_rt(duk_context *ctx) {
    duk_memory_functions mf;
    duk_get_memory_functions(ctx, &mf);
    return mf.udata;
}

int nd_vm_create(nd_runtime_t *rt) {
    const char *limit = getenv("NODULE_MAX_HEAP_MB");
    rt->heap_limit = ND_HEAP_LIMIT_DEFAULT;
    rt->gc_next = SIZE_MAX; /* until the main script has run (nd_vm_main_done) */
    if (limit != NULL && atoi(limit) > 0) {
        rt->heap_limit = (size_t)atoi(limit) * 1024 * 1024;
    }
    rt->ctx = duk_create_heap(vm_alloc, vm_realloc, vm_free, rt, vm_fatal);
    return rt->ctx != NULL ? 0 : -ENOMEM;
}

void nd_vm_destroy(nd_runtime_t *rt) {
    if (rt->ctx != NULL) {
        duk_destroy_heap(rt->ctx);
        rt->ctx = NULL;
    }
}

/* ---- stash references ---- */

/* The stash holds an array `refs`; slot 0 is the head of the free list of ids. */
static void ref_push_table(duk_context *ctx) {
    duk_push_heap_stash(ctx);
    if (!duk_get_prop_literal(ctx, -1, "refs")) {
        duk_pop(ctx);
        duk_push_array(ctx);
        duk_push_int(ctx, 0);
        duk_put_prop_index(ctx, -2, 0);
        duk_dup_top(ctx);
        duk_put_prop_literal(ctx, -3, "refs");
    }
    duk_remove(ctx, -2);
}

int nd_ref(duk_context *ctx, duk_idx_t idx) {
    idx = duk_normalize_index(ctx, idx);
    ref_push_table(ctx);                           /* [ ... refs ] */
    duk_get_prop_index(ctx, -1, 0);
    int id = duk_get_int(ctx, -1);
    duk_pop(ctx);
    if (id != 0) {
        duk_get_prop_index(ctx, -1, (duk_uarridx_t)id);  /* next free id */
        duk_put_prop_index(ctx, -2, 0);
    } else {
        id = (int)duk_get_length(ctx, -1);
    }
    duk_dup(ctx, idx);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)id);
    duk_pop(ctx);
    return id;
}

void nd_unref(duk_context *ctx, int ref) {
    if (ref <= 0) {
        return;
    }
    ref_push_table(ctx);
    duk_get_prop_index(ctx, -1, 0);
    duk_put_prop_index(ctx, -2, (duk_uarridx_t)ref);  /* slot becomes a free-list link */
    duk_push_int(ctx, ref);
    duk_put_prop_index(ctx, -2, 0);
    duk_pop(ctx);
}

void nd_push_ref(duk_context *ctx, int ref) {
    ref_push_table(ctx);
    duk_get_prop_index(ctx, -1, (duk_uarridx_t)ref);
    duk_remove(ctx, -2);
}

/* ---- entering JavaScript ---- */

typedef struct invoke_args_s {
    nd_invoke_fn fn;
    void *udata;
} invoke_args_t;

static duk_ret_t invoke_body(duk_context *ctx, void *udata) {
    invoke_args_t *args = udata;
    args->fn(ctx, args->udata);
    return 0;
}

/* Calls stash.<name>(...) with the value at the stack top as its one argument, when defined.
 * [ ... arg ] -> [ ... result ] */
static duk_ret_t invoke_stash_fn(duk_context *ctx, void *udata) {
    const char *name = udata;
    duk_push_heap_stash(ctx);
    duk_get_prop_string(ctx, -1, name);           /* [ arg stash fn ] */
    duk_remove(ctx, -2);
    duk_insert(ctx, -2);                          /* [ fn arg ] */
    duk_call(ctx, 1);
    return 1;
}

/* Prints an error that even the JavaScript reporter could not handle, then exits. */
static void invoke_die(duk_context *ctx, duk_idx_t err_idx) {
    fprintf(stderr, "%s\n", duk_safe_to_stacktrace(ctx, err_idx));
    fflush(stderr);
    exit(7); /* Node: internal exception handler run-time failure */
}

/* Hands the error at the stack top to process._fatalException through the JS reporter
 * (stash.fatalException returns true when a listener handled it; otherwise it has printed the
 * error and returns the exit status).  [ ... err ] -> [ ... ]  Returns -1 when handled. */
static int invoke_fatal(duk_context *ctx) {
    nd_runtime_t *rt = nd_rt(ctx);
    duk_dup_top(ctx);
    if (duk_safe_call(ctx, invoke_stash_fn, (void *)"fatalException", 1, 1) != DUK_EXEC_SUCCESS) {
        invoke_die(ctx, -1);
    }
    if (duk_is_boolean(ctx, -1) && duk_get_boolean(ctx, -1)) {
        duk_pop_2(ctx);
        return -1;
    }
    int status = duk_is_number(ctx, -1) ? duk_get_int(ctx, -1) : 1;
    rt->exiting = 1;
    exit(status);
}

static duk_ret_t invoke_tick(duk_context *ctx, void *udata) {
    (void)udata;
    duk_push_undefined(ctx);
    return invoke_stash_fn(ctx, (void *)"tickCallback");
}

/* Drains nextTick and microtasks when JavaScript flagged any; a throw there is fatal-handled and
 * the drain resumes, as in Node's processTicksAndRejections. */
static void invoke_drain_ticks(duk_context *ctx) {
    nd_runtime_t *rt = nd_rt(ctx);
    while (rt->tick_info != NULL &&
           (rt->tick_info[ND_TICK_HAS_TICK] || rt->tick_info[ND_TICK_HAS_MICROTASK])) {
        if (duk_safe_call(ctx, invoke_tick, NULL, 0, 1) == DUK_EXEC_SUCCESS) {
            duk_pop(ctx);
            break;
        }
        invoke_fatal(ctx);
    }
}

/* Duktape frees most garbage at once by reference counting, but cycles (a request and its
 * response point at each other) wait for mark-and-sweep, which Duktape starts only after some
 * fifty times the live objects were allocated: a server's heap would grow to tens of megabytes
 * and each sweep of it stall requests for a hundred milliseconds.  So a callback that leaves
 * the heap past gc_next ends with a collection, and the next one is due when the heap has
 * grown by gc_allowance() past what survived it.  A collection costs about 0.3 ms per MB alive:
 * a small heap is collected often, so a small server's RSS stays within a tenth of where it
 * started (the soak of bench/soak.sh: +24% with doubling); a large one approaches doubling, so
 * that marking does not eat a framework's requests (Express hello world: 7% of its
 * instructions went to collections with a quarter for every heap, 4% this way). */
static size_t gc_allowance(size_t kept) {
    size_t a = kept / 4;
    if (kept > ND_GC_FIRST_BYTES && kept - ND_GC_FIRST_BYTES > a) {
        a = kept - ND_GC_FIRST_BYTES;
    }
    return a > ND_GC_MIN_ALLOWANCE ? a : ND_GC_MIN_ALLOWANCE;
}

static void invoke_collect(duk_context *ctx) {
    nd_runtime_t *rt = nd_rt(ctx);
    if (rt->heap_bytes <= rt->gc_next) {
        return;
    }
    duk_gc(ctx, 0);
    (void)malloc_trim(0); /* hand the freed pages back, or RSS keeps the high-water mark */
    rt->gc_next = rt->heap_bytes + gc_allowance(rt->heap_bytes);
}

int nd_invoke(duk_context *ctx, nd_invoke_fn fn, void *udata) {
    duk_idx_t top = duk_get_top(ctx);
    invoke_args_t args = { fn, udata };
    int rc = 0;
    if (duk_safe_call(ctx, invoke_body, &args, 0, 1) != DUK_EXEC_SUCCESS) {
        rc = invoke_fatal(ctx);
    } else {
        duk_pop(ctx);
    }
    invoke_drain_ticks(ctx);
    invoke_collect(ctx);
    ND_ASSERT(duk_get_top(ctx) == top);
    return rc;
}

/* The main script's run (loading a program's modules) ends without that collection: it leaves
 * the program's code, not garbage (Express: 8.4 MB before one, 8.4 MB after, 1.3 ms).  The first
 * is due when the heap has grown past what the run left by the usual allowance. */
void nd_vm_main_done(duk_context *ctx) {
    nd_runtime_t *rt = nd_rt(ctx);
    size_t next = rt->heap_bytes + gc_allowance(rt->heap_bytes);
    rt->gc_next = next > ND_GC_FIRST_BYTES ? next : ND_GC_FIRST_BYTES;
}

void nd_vm_drain_ticks(duk_context *ctx) {
    invoke_drain_ticks(ctx);
}

void nd_vm_report_fatal(duk_context *ctx) {
    invoke_fatal(ctx);
}
