/*
 * src/nd.h: the small header every nodule C file includes.
 *
 * It brings in Duktape (with our configuration) and declares the runtime services shared by
 * src/ and lib/: the per-heap runtime record, protected invocation from loop callbacks
 * (nd_invoke), stash references (nd_ref), Node-shaped errno errors and loop reference counting.
 * It deliberately includes no libevent or http-parser header; files that need them include them.
 */
#ifndef ND_ND_H
#define ND_ND_H

#include "nd_dukconfig.h"
#include <duktape.h>

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#define ND_VERSION "0.1.0"
/* The Node release whose behaviour nodule follows; process.version reports it, as other
 * Node-compatible runtimes do, so that packages' version checks pass. */
#define ND_NODE_VERSION "20.20.2"

/* Aborts with file:line on a state our own C makes impossible; never on data from JS. */
#define ND_ASSERT(cond)                                                                          \
    do {                                                                                         \
        if (!(cond)) {                                                                           \
            fprintf(stderr, "nodule: assertion failed: %s (%s:%d)\n", #cond, __FILE__, __LINE__); \
            abort();                                                                             \
        }                                                                                        \
    } while (0)

#define ND_ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

struct event_base;
struct event;

/* Indices into the tick-info array shared with js/internal/process/task_queues.js. */
enum { ND_TICK_HAS_TICK = 0, ND_TICK_HAS_MICROTASK = 1, ND_TICK_COUNT = 2 };

typedef struct nd_runtime_s {
    duk_context *ctx;
    struct event_base *base;
    struct event *timer_ev;   /* wakes the poll for the earliest JS timer */
    double now;               /* loop time in ms, updated once per iteration (uv_now) */
    double timer_due;         /* deadline of the earliest JS timer, 0 when none */
    int timer_ref;            /* the JS timer list holds a ref'd timer */
    int immediate_count;      /* pending setImmediate callbacks */
    int immediate_ref_count;  /* of which ref'd */
    int refs;                 /* other ref'd handles and requests keeping the loop alive */
    struct nd_pool_s *pool;   /* worker threads, started on first use (src/pool.c) */
    int exiting;              /* process.exit() is under way */
    uint8_t *tick_info;       /* ND_TICK_* flags written by JS, read after every callback */
    double start_ms;          /* process start, for process.uptime() */
    long http_date_sec;       /* second of the cached HTTP Date header (lib/http.c) */
    char http_date[32];       /* "Wed, 25 Nov 2026 17:40:00 GMT" */
    size_t heap_bytes;        /* bytes currently allocated by the Duktape heap */
    size_t heap_limit;        /* allocation ceiling; past it allocation fails (OOM error) */
    size_t gc_next;           /* heap_bytes past which the next callback ends with a collection */
    int argc;
    char **argv;
    int script_argi;          /* index in argv of the script (or -1) */
    int exec_argc;            /* options before the script: process.execArgv */
} nd_runtime_t;

/* Returns the runtime record of the heap that owns ctx.  Its ctx field is the main thread: a
 * binding that keeps a context for a later callback keeps that one, never the ctx it was called
 * with, which may be a coroutine (a generator or async function) that is gone by then. */
nd_runtime_t *nd_rt(duk_context *ctx);

/* Body of a protected invocation: runs with ctx's stack as it was at nd_invoke. */
typedef void (*nd_invoke_fn)(duk_context *ctx, void *udata);

/*
 * Runs fn inside one protected call, then drains process.nextTick and microtasks, as Node does
 * after every callback from the loop.  A throw goes to process._fatalException; when no
 * 'uncaughtException' listener takes it, the error is printed as Node prints it and the process
 * exits with status 1 (or the status the fatal handler chose).  The value stack is left as it was.
 * Returns 0, or -1 when fn threw and a listener handled it.
 */
int nd_invoke(duk_context *ctx, nd_invoke_fn fn, void *udata);


/* Stash references: keep a JS value alive from C.  Returns an id > 0.  [ ... val ] -> [ ... val ] */
int nd_ref(duk_context *ctx, duk_idx_t idx);
/* Releases an id from nd_ref; 0 is ignored. */
void nd_unref(duk_context *ctx, int ref);
/* Pushes the referenced value.  [ ... ] -> [ ... val ] */
void nd_push_ref(duk_context *ctx, int ref);

/* Pushes Node's error for a negative errno: `ENOENT: no such file or directory, open 'x'` with
 * errno, code, syscall and path (dest when given).  [ ... ] -> [ ... err ] */
void nd_push_errno_error(duk_context *ctx, int err, const char *syscall, const char *path,
                         const char *dest);
/* Throws the error nd_push_errno_error builds.  Does not return. */
duk_ret_t nd_throw_errno(duk_context *ctx, int err, const char *syscall, const char *path);
/* Returns the Node code ("ENOENT") for a negative errno, or NULL when unknown. */
const char *nd_errno_code(int err);
/* Returns Node's text ("no such file or directory") for a negative errno. */
const char *nd_errno_message(int err);

/* Loop liveness for handles and requests outside the timer and immediate queues. */
void nd_loop_ref(duk_context *ctx);
void nd_loop_unref(duk_context *ctx);

/* Monotonic clock in milliseconds. */
double nd_hrtime_ms(void);
/* Writes all of buf to fd, waiting when fd is non-blocking and full.  Returns 0 or -errno. */
int nd_write_all(int fd, const char *buf, size_t len);

/* Pushes a string decoded from UTF-8 bytes (invalid sequences become U+FFFD, as in Node).
 * [ ... ] -> [ ... str ] */
void nd_push_utf8(duk_context *ctx, const char *p, size_t len);
/* Returns the UTF-8 bytes of the string at idx (lone surrogates become U+FFFD).  When the bytes
 * differ from Duktape's, the value at idx is replaced by a buffer holding them, so the pointer
 * lives as long as that stack slot.  Throws if the value is not a string. */
const char *nd_get_utf8(duk_context *ctx, duk_idx_t idx, size_t *len);

/* Reading a plain object's own properties without duk_enum (src/duk_fastpath.c, compiled inside
 * Duktape; weak stand-ins in lib/util.c answer -1 when that file is left out).  nd_duk_plain_slots returns the
 * number of slots when every property is an enumerable data property with a non-index string
 * key, else -1; nd_duk_plain_entry pushes slot i's key and value and returns 1, or returns 0 for
 * an empty slot.  [ ... ] -> [ ... key value ] */
duk_int_t nd_duk_plain_slots(duk_context *ctx, duk_idx_t idx);
duk_bool_t nd_duk_plain_entry(duk_context *ctx, duk_idx_t idx, duk_int_t i);
/* Gives the object at idx room for `entries` own properties at once (no-op in the stand-in). */
void nd_duk_presize(duk_context *ctx, duk_idx_t idx, duk_uint_t entries);
/* Replaces the top count values with an array of them.  [ ... v1 .. vN ] -> [ ... arr ] */
void nd_duk_pack(duk_context *ctx, duk_idx_t count);

#endif /* ND_ND_H */
