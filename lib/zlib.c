/*
 * lib/zlib.c: native side of the 'zlib' module, over the system zlib (libz.a, linked statically).
 *
 * One Zlib handle wraps one z_stream.  js/zlib.js creates it (new Zlib(mode)), calls
 * init(level, windowBits, memLevel, strategy, dictionary) once, then write(flush, bytes) any
 * number of times, and close().  write() runs deflate/inflate until zlib stops filling the output
 * (Node's processChunkSync loop), checks the result as Node's CheckError does, and returns either
 * a Uint8Array of the output or [errno, message] on failure.  The z_stream and the output scratch
 * live in a malloc'd struct owned by the handle: close() ends the stream, the finalizer frees the
 * struct (and ends the stream too if close() never ran).
 *
 * Streams use writeAsync(flush, bytes, chunkSize, callback) instead: the input is copied, the
 * same write runs on a pool thread, and callback(errno, message, u8|null, availIn) is called on
 * the loop.  While a write is in flight the JS handle is pinned (nd_ref) and every other method
 * throws; close() during a write, or during its callback, only marks the struct, which
 * zl_write_after frees once the callback has returned.
 *
 * run(mode, level, windowBits, memLevel, strategy, dictionary, flush, bytes, chunkSize,
 * callback) is the one-shot used by the callback forms: it copies the input and dictionary,
 * compresses on a pool thread with its own z_stream, and calls callback(errno, message, u8|null)
 * on the loop.
 *
 * crc32(bytes, value) returns zlib's crc32.
 */
#include "nd.h"
#include "bindings.h"
#include "pool.h"

#include <errno.h>
#include <string.h>
#include <zlib.h>

/* Node's modes (node_zlib.cc). */
enum {
    ZL_NONE = 0,
    ZL_DEFLATE = 1,
    ZL_INFLATE = 2,
    ZL_GZIP = 3,
    ZL_GUNZIP = 4,
    ZL_DEFLATERAW = 5,
    ZL_INFLATERAW = 6,
    ZL_UNZIP = 7
};

#define ZL_PTR_KEY DUK_HIDDEN_SYMBOL("nd_ptr")
#define ZL_OUT_STEP (64 * 1024)

/* A z_stream with Node's bookkeeping; pure C, usable from a pool thread. */
typedef struct zl_s {
    nd_work_t work;      /* first, so the pool's pointer is the struct's (writeAsync) */
    z_stream strm;
    int mode;
    int level;
    int window_bits;
    int mem_level;
    int strategy;
    int inited;          /* deflateInit2/inflateInit2 succeeded; End still owed */
    int gzip_id_bytes;   /* UNZIP: how many gzip magic bytes were seen so far */
    int err;             /* last zlib status */
    const char *msg;     /* error text when write failed (static or zlib's) */
    unsigned char *dict;
    size_t dict_len;
    unsigned char *out;  /* output of the last write */
    size_t out_len;
    size_t out_cap;
    size_t avail_in_after; /* input bytes the last write left unconsumed */
    /* writeAsync state, touched by the pool thread only between submit and after_fn. */
    duk_context *ctx;
    int busy;            /* a pool write is in flight: the handle is pinned */
    int delivering;      /* the write callback is running: close() must not free */
    int close_pending;   /* close() ran during the write: free after it */
    int self_ref;        /* nd_ref of the JS handle while busy */
    int cb_ref;          /* nd_ref of the write callback while busy */
    int status;          /* result of the pool write: 0, -1 or -ENOMEM */
    int flush;
    size_t chunk;
    unsigned char *in;   /* copy of the input of the pool write */
    size_t in_len;
} zl_t;

static int zl_is_deflate(int mode) {
    return mode == ZL_DEFLATE || mode == ZL_GZIP || mode == ZL_DEFLATERAW;
}

/* Frees everything zl owns except the struct.  Idempotent. */
static void zl_release(zl_t *zl) {
    if (zl->inited) {
        if (zl_is_deflate(zl->mode)) {
            deflateEnd(&zl->strm);
        } else {
            inflateEnd(&zl->strm);
        }
        zl->inited = 0;
    }
    free(zl->dict);
    zl->dict = NULL;
    zl->dict_len = 0;
    free(zl->out);
    zl->out = NULL;
    zl->out_len = zl->out_cap = 0;
    free(zl->in);
    zl->in = NULL;
}

/* Sets an error for the caller to report.  Returns -1. */
static int zl_fail(zl_t *zl, int err, const char *dflt) {
    zl->err = err;
    zl->msg = zl->strm.msg != NULL ? zl->strm.msg : dflt;
    return -1;
}

/* Initialises the stream (Node's ZlibContext::Init and SetDictionary).  Returns 0 or -1 with
 * zl->err and zl->msg set. */
static int zl_init(zl_t *zl) {
    int wb = zl->window_bits;
    int err;
    if (zl->mode == ZL_GZIP || zl->mode == ZL_GUNZIP) {
        wb += 16;
    } else if (zl->mode == ZL_UNZIP) {
        wb += 32;
    } else if (zl->mode == ZL_DEFLATERAW || zl->mode == ZL_INFLATERAW) {
        wb *= -1;
    }
    if (zl_is_deflate(zl->mode)) {
        err = deflateInit2(&zl->strm, zl->level, Z_DEFLATED, wb, zl->mem_level, zl->strategy);
    } else {
        err = inflateInit2(&zl->strm, wb);
    }
    if (err != Z_OK) {
        return zl_fail(zl, err, "Init error");
    }
    zl->inited = 1;
    if (zl->dict != NULL) {
        if (zl->mode == ZL_DEFLATE || zl->mode == ZL_DEFLATERAW) {
            err = deflateSetDictionary(&zl->strm, zl->dict, (uInt)zl->dict_len);
        } else if (zl->mode == ZL_INFLATERAW) {
            err = inflateSetDictionary(&zl->strm, zl->dict, (uInt)zl->dict_len);
        }
        if (err != Z_OK) {
            return zl_fail(zl, err, "Failed to set dictionary");
        }
    }
    return 0;
}

/* Resets the stream for the next gzip member (Node's ResetStream). */
static int zl_reset(zl_t *zl) {
    int err = zl_is_deflate(zl->mode) ? deflateReset(&zl->strm) : inflateReset(&zl->strm);
    if (err != Z_OK) {
        return zl_fail(zl, err, "Failed to reset stream");
    }
    return 0;
}

/* One deflate/inflate call with Node's UNZIP detection, dictionary and multi-member gunzip. */
static void zl_step(zl_t *zl, int flush) {
    const unsigned char *next = zl->strm.next_in;
    if (zl->mode == ZL_UNZIP && zl->strm.avail_in > 0) {
        unsigned int i = 0;
        if (zl->gzip_id_bytes == 0) {
            if (next[0] == 0x1f) {
                zl->gzip_id_bytes = 1;
                i = 1;
            } else {
                zl->mode = ZL_INFLATE;
            }
        }
        if (zl->mode == ZL_UNZIP && zl->gzip_id_bytes == 1 && i < zl->strm.avail_in) {
            zl->mode = next[i] == 0x8b ? ZL_GUNZIP : ZL_INFLATE;
        }
    }
    if (zl_is_deflate(zl->mode)) {
        zl->err = deflate(&zl->strm, flush);
        return;
    }
    zl->err = inflate(&zl->strm, flush);
    if (zl->mode != ZL_INFLATERAW && zl->err == Z_NEED_DICT && zl->dict != NULL) {
        zl->err = inflateSetDictionary(&zl->strm, zl->dict, (uInt)zl->dict_len);
        if (zl->err == Z_OK) {
            zl->err = inflate(&zl->strm, flush);
        } else if (zl->err == Z_DATA_ERROR) {
            zl->err = Z_NEED_DICT;
        }
    }
    while (zl->strm.avail_in > 0 && zl->mode == ZL_GUNZIP && zl->err == Z_STREAM_END &&
           zl->strm.next_in[0] != 0x00) {
        /* Another gzip member follows, or trailing garbage that the next inflate rejects. */
        if (zl_reset(zl) < 0) {
            return;
        }
        zl->err = inflate(&zl->strm, flush);
    }
}

/* Node's CheckError.  Returns 0 when the status is acceptable, else -1 with msg set. */
static int zl_check(zl_t *zl, int flush) {
    switch (zl->err) {
    case Z_OK:
    case Z_BUF_ERROR:
        if (zl->strm.avail_out != 0 && flush == Z_FINISH) {
            return zl_fail(zl, zl->err, "unexpected end of file");
        }
        return 0;
    case Z_STREAM_END:
        return 0;
    case Z_NEED_DICT:
        return zl_fail(zl, zl->err, zl->dict == NULL ? "Missing dictionary" : "Bad dictionary");
    default:
        return zl_fail(zl, zl->err, "Zlib error");
    }
}

/* Feeds len bytes with the given flush, collecting all output in zl->out (replaced, not
 * appended).  chunk is the output window per call, as Node's chunkSize.  Returns 0, -1 with
 * err/msg set, or -ENOMEM. */
static int zl_write(zl_t *zl, int flush, const unsigned char *in, size_t len, size_t chunk) {
    zl->out_len = 0;
    zl->msg = NULL;
    zl->strm.next_in = (Bytef *)in;
    zl->strm.avail_in = (uInt)len;
    do {
        if (zl->out_cap - zl->out_len < chunk) {
            size_t cap = zl->out_cap + (chunk > ZL_OUT_STEP ? chunk : ZL_OUT_STEP);
            if (cap < zl->out_cap * 2) {
                cap = zl->out_cap * 2;
            }
            unsigned char *p = realloc(zl->out, cap);
            if (p == NULL) {
                return -ENOMEM;
            }
            zl->out = p;
            zl->out_cap = cap;
        }
        zl->strm.next_out = zl->out + zl->out_len;
        zl->strm.avail_out = (uInt)chunk;
        zl_step(zl, flush);
        zl->out_len += chunk - zl->strm.avail_out;
        if (zl_check(zl, flush) < 0) {
            return -1;
        }
    } while (zl->strm.avail_out == 0);
    /* Input zlib did not take (after the end of a stream) is reported, not kept: the sync path
     * drops it and streams end their readable side, as Node's. */
    zl->avail_in_after = zl->strm.avail_in;
    return 0;
}

/* Copies a byte argument into malloc'd memory.  Returns 0 or -ENOMEM. */
static int zl_copy_bytes(const void *p, size_t len, unsigned char **out) {
    *out = malloc(len > 0 ? len : 1);
    if (*out == NULL) {
        return -ENOMEM;
    }
    if (len > 0) {
        memcpy(*out, p, len);
    }
    return 0;
}

/* Pushes bytes as a new Uint8Array.  [ ] -> [ u8 ] */
static void zl_push_u8(duk_context *ctx, const unsigned char *p, size_t len) {
    void *buf = duk_push_buffer_raw(ctx, len, DUK_BUF_FLAG_NOZERO);
    if (len > 0) {
        memcpy(buf, p, len);
    }
    duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_UINT8ARRAY);
    duk_remove(ctx, -2);
}

/* Pushes [errno, message].  [ ] -> [ arr ] */
static void zl_push_failure(duk_context *ctx, const zl_t *zl) {
    duk_push_array(ctx);
    duk_push_int(ctx, zl->err);
    duk_put_prop_index(ctx, -2, 0);
    duk_push_string(ctx, zl->msg != NULL ? zl->msg : "Zlib error");
    duk_put_prop_index(ctx, -2, 1);
}

/* ---- the Zlib handle ---- */

static duk_ret_t zl_finalize(duk_context *ctx) {
    duk_get_prop_literal(ctx, 0, ZL_PTR_KEY);
    zl_t *zl = duk_get_pointer(ctx, -1);
    if (zl == NULL) {
        return 0;
    }
    duk_del_prop_literal(ctx, 0, ZL_PTR_KEY);
    if (zl->busy || zl->delivering) {
        /* Only at heap destruction (a busy handle is pinned): a pool thread may still use the
         * struct, so it is left to the exiting process. */
        return 0;
    }
    zl_release(zl);
    free(zl);
    return 0;
}

/* Returns the struct of `this`; throws when the handle was closed. */
static zl_t *zl_this(duk_context *ctx) {
    duk_push_this(ctx);
    duk_get_prop_literal(ctx, -1, ZL_PTR_KEY);
    zl_t *zl = duk_get_pointer(ctx, -1);
    duk_pop_2(ctx);
    if (zl == NULL) {
        (void)duk_error(ctx, DUK_ERR_ERROR, "zlib binding closed");
    }
    if (zl->busy) {
        (void)duk_error(ctx, DUK_ERR_ERROR, "write already in progress");
    }
    return zl;
}

/* new Zlib(mode): [ mode ] -> this owns a zl_t */
static duk_ret_t zl_constructor(duk_context *ctx) {
    if (!duk_is_constructor_call(ctx)) {
        return duk_error(ctx, DUK_ERR_TYPE_ERROR,
                         "Class constructor Zlib cannot be invoked without 'new'");
    }
    int mode = duk_require_int(ctx, 0);
    if (mode < ZL_DEFLATE || mode > ZL_UNZIP) {
        return duk_error(ctx, DUK_ERR_RANGE_ERROR, "Bad argument");
    }
    duk_push_this(ctx);
    zl_t *zl = calloc(1, sizeof(*zl));
    if (zl == NULL) {
        return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    }
    zl->mode = mode;
    duk_push_pointer(ctx, zl);
    duk_put_prop_literal(ctx, -2, ZL_PTR_KEY);
    duk_push_c_function(ctx, zl_finalize, 1);
    duk_set_finalizer(ctx, -2);
    return 0;
}

/* Reads level, windowBits, memLevel, strategy and dictionary from args base..base+4 into zl
 * (dictionary copied).  Throws on bad types before anything is allocated. */
static void zl_read_params(duk_context *ctx, duk_idx_t base, zl_t *zl) {
    zl->level = duk_require_int(ctx, base);
    zl->window_bits = duk_require_int(ctx, base + 1);
    zl->mem_level = duk_require_int(ctx, base + 2);
    zl->strategy = duk_require_int(ctx, base + 3);
    free(zl->dict);
    zl->dict = NULL;
    zl->dict_len = 0;
    if (!duk_is_null_or_undefined(ctx, base + 4)) {
        duk_size_t n;
        const void *p = duk_require_buffer_data(ctx, base + 4, &n);
        if (zl_copy_bytes(p, n, &zl->dict) < 0) {
            (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
        }
        zl->dict_len = n;
    }
}

/* handle.init(level, windowBits, memLevel, strategy, dictionary):
 * [ ... ] -> [ null | [errno msg] ] */
static duk_ret_t zl_init_method(duk_context *ctx) {
    zl_t *zl = zl_this(ctx);
    if (zl->inited) {
        return duk_error(ctx, DUK_ERR_ERROR, "zlib binding already initialised");
    }
    zl_read_params(ctx, 0, zl);
    if (zl_init(zl) < 0) {
        zl_push_failure(ctx, zl);
        return 1;
    }
    duk_push_null(ctx);
    return 1;
}

/* handle.write(flush, bytes, chunkSize): [ flush u8 n ] -> [ u8 | [errno msg] ] */
static duk_ret_t zl_write_method(duk_context *ctx) {
    zl_t *zl = zl_this(ctx);
    int flush = duk_require_int(ctx, 0);
    duk_size_t len;
    const unsigned char *in = duk_require_buffer_data(ctx, 1, &len);
    double chunk = duk_get_number_default(ctx, 2, 16 * 1024);
    if (!zl->inited) {
        return duk_error(ctx, DUK_ERR_ERROR, "zlib binding not initialised");
    }
    if (flush < Z_NO_FLUSH || flush > Z_TREES) {
        return duk_error(ctx, DUK_ERR_RANGE_ERROR, "Invalid flush value");
    }
    if (!(chunk >= 64) || chunk > 1073741824.0) {
        chunk = 16 * 1024;
    }
    int rc = zl_write(zl, flush, in, len, (size_t)chunk);
    if (rc == -ENOMEM) {
        return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    }
    if (rc < 0) {
        zl_push_failure(ctx, zl);
        return 1;
    }
    zl_push_u8(ctx, zl->out, zl->out_len);
    if (zl->out_cap > 4 * ZL_OUT_STEP) {
        /* Keep a long-lived stream's scratch small between writes. */
        free(zl->out);
        zl->out = NULL;
        zl->out_cap = 0;
    }
    zl->out_len = 0;
    return 1;
}

/* handle.params(level, strategy): [ level strategy ] -> [ null | [errno msg] ] */
static duk_ret_t zl_params_method(duk_context *ctx) {
    zl_t *zl = zl_this(ctx);
    int level = duk_require_int(ctx, 0);
    int strategy = duk_require_int(ctx, 1);
    if (zl->inited && zl_is_deflate(zl->mode)) {
        int err = deflateParams(&zl->strm, level, strategy);
        if (err != Z_OK && err != Z_BUF_ERROR) {
            zl_fail(zl, err, "Failed to set parameters");
            zl_push_failure(ctx, zl);
            return 1;
        }
    }
    zl->level = level;
    zl->strategy = strategy;
    duk_push_null(ctx);
    return 1;
}

/* handle.reset(): [ ] -> [ null | [errno msg] ] */
static duk_ret_t zl_reset_method(duk_context *ctx) {
    zl_t *zl = zl_this(ctx);
    if (zl->inited && zl_reset(zl) < 0) {
        zl_push_failure(ctx, zl);
        return 1;
    }
    duk_push_null(ctx);
    return 1;
}

/* handle.close(): ends the stream; later calls throw.  [ ] -> [ ] */
static duk_ret_t zl_close_method(duk_context *ctx) {
    duk_push_this(ctx);
    duk_get_prop_literal(ctx, -1, ZL_PTR_KEY);
    zl_t *zl = duk_get_pointer(ctx, -1);
    if (zl != NULL) {
        duk_del_prop_literal(ctx, -2, ZL_PTR_KEY);
        if (zl->busy || zl->delivering) {
            zl->close_pending = 1;    /* zl_write_after frees it */
        } else {
            zl_release(zl);
            free(zl);
        }
    }
    return 0;
}

static void zl_write_work(nd_work_t *work) {
    zl_t *zl = (zl_t *)work;
    zl->status = zl_write(zl, zl->flush, zl->in, zl->in_len, zl->chunk);
}

/* Calls the write callback with (errno, message, u8|null, unconsumed input bytes). */
static void zl_write_deliver(duk_context *ctx, void *udata) {
    zl_t *zl = udata;
    nd_push_ref(ctx, zl->cb_ref);
    nd_push_ref(ctx, zl->self_ref);
    if (zl->status == 0) {
        duk_push_int(ctx, 0);
        duk_push_null(ctx);
        zl_push_u8(ctx, zl->out, zl->out_len);
    } else if (zl->status == -ENOMEM) {
        duk_push_int(ctx, Z_MEM_ERROR);
        duk_push_string(ctx, "out of memory");
        duk_push_null(ctx);
    } else {
        duk_push_int(ctx, zl->err);
        duk_push_string(ctx, zl->msg != NULL ? zl->msg : "Zlib error");
        duk_push_null(ctx);
    }
    duk_push_number(ctx, (double)zl->avail_in_after);
    duk_call_method(ctx, 4 /*nargs*/);
    duk_pop(ctx);
}

static void zl_write_after(nd_work_t *work) {
    zl_t *zl = (zl_t *)work;
    duk_context *ctx = zl->ctx;
    int cb = zl->cb_ref;
    int self = zl->self_ref;
    zl->busy = 0;
    free(zl->in);
    zl->in = NULL;
    zl->delivering = 1;
    nd_invoke(ctx, zl_write_deliver, zl);
    zl->delivering = 0;
    /* The callback may have queued the next write (busy again) or closed the handle. */
    if (zl->close_pending && !zl->busy) {
        zl_release(zl);
        free(zl);
    }
    /* Unpinned last: the finalizer may run once the self reference is gone. */
    nd_unref(ctx, cb);
    nd_unref(ctx, self);
}

/* handle.writeAsync(flush, bytes, chunkSize, callback): copies the bytes and runs write() on the
 * worker pool; callback(errno, message, u8|null, availIn) is called on the loop with `this` the
 * handle, which stays pinned meanwhile.  [ flush u8 n fn ] -> [ 0 | -errno ] */
static duk_ret_t zl_write_async_method(duk_context *ctx) {
    zl_t *zl = zl_this(ctx);
    int flush = duk_require_int(ctx, 0);
    duk_size_t len;
    const unsigned char *in = duk_require_buffer_data(ctx, 1, &len);
    double chunk = duk_get_number_default(ctx, 2, 16 * 1024);
    duk_require_function(ctx, 3);
    if (!zl->inited) {
        return duk_error(ctx, DUK_ERR_ERROR, "zlib binding not initialised");
    }
    if (flush < Z_NO_FLUSH || flush > Z_TREES) {
        return duk_error(ctx, DUK_ERR_RANGE_ERROR, "Invalid flush value");
    }
    if (!(chunk >= 64) || chunk > 1073741824.0) {
        chunk = 16 * 1024;
    }
    if (zl_copy_bytes(in, len, &zl->in) < 0) {
        duk_push_int(ctx, -ENOMEM);
        return 1;
    }
    zl->in_len = len;
    zl->flush = flush;
    zl->chunk = (size_t)chunk;
    zl->ctx = nd_rt(ctx)->ctx; /* the main thread: ctx may be a coroutine */
    zl->cb_ref = nd_ref(ctx, 3);
    duk_push_this(ctx);
    zl->self_ref = nd_ref(ctx, -1);
    duk_pop(ctx);
    zl->busy = 1;
    int err = nd_pool_submit(nd_rt(ctx), &zl->work, zl_write_work, zl_write_after);
    if (err < 0) {
        zl->busy = 0;
        free(zl->in);
        zl->in = NULL;
        nd_unref(ctx, zl->cb_ref);
        nd_unref(ctx, zl->self_ref);
    }
    duk_push_int(ctx, err);
    return 1;
}

/* ---- one-shot on the worker pool ---- */

typedef struct zl_req_s {
    nd_work_t work;
    duk_context *ctx;
    int callback;         /* nd_ref of the JS callback */
    int flush;
    int status;           /* 0, -1 (zlib error in zl) or -ENOMEM */
    size_t chunk;
    unsigned char *in;
    size_t in_len;
    zl_t zl;
} zl_req_t;

static void zl_work(nd_work_t *work) {
    zl_req_t *req = (zl_req_t *)work;
    req->status = zl_init(&req->zl);
    if (req->status == 0) {
        req->status = zl_write(&req->zl, req->flush, req->in, req->in_len, req->chunk);
    }
}

static void zl_deliver(duk_context *ctx, void *udata) {
    zl_req_t *req = udata;
    nd_push_ref(ctx, req->callback);
    if (req->status == 0) {
        duk_push_int(ctx, 0);
        duk_push_null(ctx);
        zl_push_u8(ctx, req->zl.out, req->zl.out_len);
    } else if (req->status == -ENOMEM) {
        duk_push_int(ctx, Z_MEM_ERROR);
        duk_push_string(ctx, "out of memory");
        duk_push_null(ctx);
    } else {
        duk_push_int(ctx, req->zl.err);
        duk_push_string(ctx, req->zl.msg != NULL ? req->zl.msg : "Zlib error");
        duk_push_null(ctx);
    }
    duk_call(ctx, 3 /*nargs*/);
    duk_pop(ctx);
}

static void zl_req_free(zl_req_t *req) {
    zl_release(&req->zl);
    free(req->in);
    free(req);
}

static void zl_after(nd_work_t *work) {
    zl_req_t *req = (zl_req_t *)work;
    /* The stream is ended before JS runs; the output stays until the callback has it. */
    nd_invoke(req->ctx, zl_deliver, req);
    nd_unref(req->ctx, req->callback);
    zl_req_free(req);
}

/* binding.run(mode, level, windowBits, memLevel, strategy, dictionary, flush, bytes, chunkSize,
 * callback): [ ... ] -> [ 0 | -errno ] */
static duk_ret_t zl_run(duk_context *ctx) {
    int mode = duk_require_int(ctx, 0);
    int flush = duk_require_int(ctx, 6);
    duk_size_t len;
    const void *in = duk_require_buffer_data(ctx, 7, &len);
    double chunk = duk_get_number_default(ctx, 8, 16 * 1024);
    duk_require_function(ctx, 9);
    if (mode < ZL_DEFLATE || mode > ZL_UNZIP) {
        return duk_error(ctx, DUK_ERR_RANGE_ERROR, "Bad argument");
    }
    if (flush < Z_NO_FLUSH || flush > Z_TREES) {
        return duk_error(ctx, DUK_ERR_RANGE_ERROR, "Invalid flush value");
    }
    if (!(chunk >= 64) || chunk > 1073741824.0) {
        chunk = 16 * 1024;
    }
    /* Scratch from Duktape first, so a throw below leaks nothing; copied into malloc after. */
    zl_t params;
    memset(&params, 0, sizeof(params));
    params.level = duk_require_int(ctx, 1);
    params.window_bits = duk_require_int(ctx, 2);
    params.mem_level = duk_require_int(ctx, 3);
    params.strategy = duk_require_int(ctx, 4);
    const void *dict = NULL;
    duk_size_t dict_len = 0;
    if (!duk_is_null_or_undefined(ctx, 5)) {
        dict = duk_require_buffer_data(ctx, 5, &dict_len);
    }
    zl_req_t *req = calloc(1, sizeof(*req));
    if (req == NULL || zl_copy_bytes(in, len, &req->in) < 0 ||
        (dict != NULL && zl_copy_bytes(dict, dict_len, &req->zl.dict) < 0)) {
        if (req != NULL) {
            zl_req_free(req);
        }
        duk_push_int(ctx, -ENOMEM);
        return 1;
    }
    req->in_len = len;
    req->zl.mode = mode;
    req->zl.level = params.level;
    req->zl.window_bits = params.window_bits;
    req->zl.mem_level = params.mem_level;
    req->zl.strategy = params.strategy;
    req->zl.dict_len = dict != NULL ? dict_len : 0;
    req->flush = flush;
    req->chunk = (size_t)chunk;
    req->ctx = nd_rt(ctx)->ctx; /* the main thread: ctx may be a coroutine */
    req->callback = nd_ref(ctx, 9);
    int err = nd_pool_submit(nd_rt(ctx), &req->work, zl_work, zl_after);
    if (err < 0) {
        nd_unref(ctx, req->callback);
        zl_req_free(req);
    }
    duk_push_int(ctx, err);
    return 1;
}

/* binding.crc32(bytes, value): [ u8 n ] -> [ n ] */
static duk_ret_t zl_crc32(duk_context *ctx) {
    duk_size_t len;
    const unsigned char *p = duk_require_buffer_data(ctx, 0, &len);
    uLong crc = (uLong)duk_to_uint32(ctx, 1);
    /* zlib takes uInt lengths; feed huge inputs in pieces. */
    while (len > 0) {
        uInt n = len > 0x40000000u ? 0x40000000u : (uInt)len;
        crc = crc32(crc, p, n);
        p += n;
        len -= n;
    }
    duk_push_uint(ctx, (duk_uint_t)crc);
    return 1;
}

/* Pushes the binding object: [ ] -> [ binding ] */
duk_ret_t nd_open_zlib(duk_context *ctx) {
    static const duk_function_list_entry handle_methods[] = {
        { "init", zl_init_method, 5 },
        { "write", zl_write_method, 3 },
        { "writeAsync", zl_write_async_method, 4 },
        { "params", zl_params_method, 2 },
        { "reset", zl_reset_method, 0 },
        { "close", zl_close_method, 0 },
        { NULL, NULL, 0 }
    };
    static const duk_function_list_entry methods[] = {
        { "run", zl_run, 10 },
        { "crc32", zl_crc32, 2 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);                        /* [ binding ] */
    duk_put_function_list(ctx, -1, methods);
    duk_push_c_function(ctx, zl_constructor, 1); /* [ binding Zlib ] */
    duk_push_object(ctx);                        /* [ binding Zlib proto ] */
    duk_put_function_list(ctx, -1, handle_methods);
    duk_put_prop_literal(ctx, -2, "prototype");
    duk_put_prop_literal(ctx, -2, "Zlib");
    duk_push_string(ctx, zlibVersion());
    duk_put_prop_literal(ctx, -2, "zlibVersion");
    return 1;
}
