/*
 * lib/fs.c: native side of the 'fs' module (js/fs.js, js/internal/fs/ helpers).
 *
 * One binding function per system call, as Node's own fs binding: open, close, read, write,
 * stat, readdir, mkdir, rename ... plus whole-file readFile/writeFile fast paths and the module
 * loader's primitives (internalModuleStat, internalModuleIsLink, readFileUtf8, realpath).  The JS side owns Node's API:
 * validation, defaults, flags strings, Stats objects, promises; arguments arrive here already
 * checked (duk_require_* is only the safety net).
 *
 * Every syscall binding takes a last argument `req`:
 *   - not a function: synchronous.  The work runs on the calling thread and the result is
 *     returned, or Node's error is thrown (nd_push_errno_error: code, syscall, path, dest).
 *   - a function: asynchronous.  Everything the work needs is copied into a malloc'd fs_req_t
 *     (paths are copied: Duktape's pointers are borrowed); the callback, and any buffer or string
 *     the work reads or fills in place, are pinned in one stash array (nd_ref); the work runs on
 *     the pool (src/pool.c), and fs_after_cb on the loop enters JS only through nd_invoke and
 *     calls callback(err) or callback(null[, result]).
 * Work functions (fs_*_work) run on pool threads: plain syscalls on the request, never Duktape.
 * Their results are either in the request (numbers, stats) or malloc'd bytes the request owns
 * (req->data, req->types); fs_req_release frees them on every path.
 *
 * binding.FSEvent is the handle behind fs.watch: one inotify descriptor watched on the loop,
 * calling handle.onchange(status, eventType, filename); its life cycle is described at
 * nd_fs_event_t below.
 */
#include "nd.h"
#include "bindings.h"
#include "pool.h"

#include <dirent.h>
#include <errno.h>
#include <event2/event.h>
#include <fcntl.h>
#include <limits.h>
#include <linux/fs.h>
#include <stdint.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/ioctl.h>
#include <sys/sendfile.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/sysmacros.h>
#include <sys/uio.h>
#include <unistd.h>

/* The stats array Node's binding fills: dev mode nlink uid gid rdev blksize ino size blocks,
 * then seconds and nanoseconds of atime mtime ctime birthtime. */
#define FS_STAT_FIELDS 18
#define FS_STATFS_FIELDS 7
/* Results that are names: a JS string (UTF-8 decoded) or the raw bytes (encoding 'buffer'). */
#define FS_ENC_UTF8 0
#define FS_ENC_BUFFER 1
/* libuv's copyfile flags (fs.constants.COPYFILE_*). */
#define FS_COPYFILE_EXCL 1
#define FS_COPYFILE_FICLONE 2
#define FS_COPYFILE_FICLONE_FORCE 4
/* libuv's dirent types (fs.constants.UV_DIRENT_*). */
enum {
    FS_DIRENT_UNKNOWN, FS_DIRENT_FILE, FS_DIRENT_DIR, FS_DIRENT_LINK, FS_DIRENT_FIFO,
    FS_DIRENT_SOCKET, FS_DIRENT_CHAR, FS_DIRENT_BLOCK
};
/* Node refuses to read a file into one buffer past this size (kIoMaxLength, 2 GiB). */
#define FS_IO_MAX ((int64_t)2147483647)

typedef struct fs_req_s fs_req_t;
/* Runs the syscalls of a request; on a pool thread when asynchronous.  Sets req->err on failure. */
typedef void (*fs_work_fn)(fs_req_t *req);
/* Pushes the result of a successful request.  [ ... ] -> [ ... result ] */
typedef void (*fs_push_fn)(duk_context *ctx, fs_req_t *req);

typedef struct fs_op_s {
    const char *syscall;    /* named in errors ("open", "scandir") */
    fs_work_fn work;
    fs_push_fn push;        /* NULL: callback(null) only; the sync call returns undefined */
    int no_path_in_error;   /* Node 20 names no path in this syscall's errors (opendir) */
} fs_op_t;

struct fs_req_s {
    nd_work_t work;         /* first member: the pool hands back &req->work */
    duk_context *ctx;
    const fs_op_t *op;
    int ref;                /* nd_ref of [ callback, pinned value ]; 0 when synchronous */
    /* inputs */
    const char *path;       /* borrowed (sync) or pointing into this allocation (async) */
    const char *dest;
    int fd;
    int flags;
    int mode;
    int encoding;           /* FS_ENC_* */
    int uid;
    int gid;
    int64_t pos;            /* file position; -1: the current one */
    size_t len;
    double atime;
    double mtime;
    char *buf;              /* bytes of a pinned buffer or string that are read or written */
    struct iovec *iov;      /* readv/writev: in a pinned Duktape buffer */
    int iovcnt;
    /* outcome */
    int err;                /* 0 or -errno */
    const char *err_syscall; /* the failing syscall when it is not op->syscall (readFile: read) */
    int err_nopath;         /* the failing step names no path (a read after the open) */
    const char *err_path;   /* the path named instead of req->path (mkdtemp's template) */
    int64_t result;
    double stats[FS_STAT_FIELDS];
    char *data;             /* owned result bytes: file contents, a path, NUL-separated names */
    size_t data_len;
    uint8_t *types;         /* owned: readdir's dirent types */
    size_t count;           /* readdir's entries */
};

/* Frees what the work left in req (not req itself). */
static void fs_req_release(fs_req_t *req) {
    free(req->data);
    req->data = NULL;
    free(req->types);
    req->types = NULL;
}

/* ------------------------------------------------------------------------------------------ */
/* Arguments and errors */

/* Returns the path at idx as NUL-terminated UTF-8: a string (lone surrogates become U+FFFD, as
 * Node encodes them) or the bytes of a Buffer/Uint8Array.  The bytes live in stack slot idx,
 * which may be replaced by a buffer holding them.  Throws a TypeError for any other value. */
static const char *fs_require_path(duk_context *ctx, duk_idx_t idx) {
    const char *src;
    duk_size_t len;
    idx = duk_normalize_index(ctx, idx);
    if (duk_is_string(ctx, idx)) {
        size_t n;
        src = nd_get_utf8(ctx, idx, &n);
        if (duk_is_string(ctx, idx)) {
            return src; /* Duktape strings are NUL-terminated */
        }
        len = n;
    } else if (duk_is_buffer_data(ctx, idx)) {
        src = duk_get_buffer_data(ctx, idx, &len);
    } else {
        (void)duk_type_error(ctx, "path must be a string or a Buffer");
        return NULL;
    }
    char *out = duk_push_fixed_buffer(ctx, len + 1); /* zeroed: out[len] is the NUL */
    memcpy(out, src, len);
    duk_replace(ctx, idx);
    return out;
}

/* Returns the bytes of the string (as UTF-8) or buffer at idx; the slot may be replaced by a
 * buffer holding them, and the bytes live as long as that slot. */
static char *fs_require_bytes(duk_context *ctx, duk_idx_t idx, size_t *len) {
    if (duk_is_string(ctx, idx)) {
        return (char *)nd_get_utf8(ctx, idx, len);
    }
    duk_size_t n;
    char *p = duk_require_buffer_data(ctx, idx, &n);
    *len = n;
    return p;
}

/* Returns the integer at idx as int64, or def when it is not a finite number. */
static int64_t fs_get_int64(duk_context *ctx, duk_idx_t idx, int64_t def) {
    double d = duk_get_number_default(ctx, idx, (double)def);
    if (!(d >= -9007199254740991.0 && d <= 9007199254740991.0)) {
        return def;
    }
    return (int64_t)d;
}

/* Returns the non-negative size at idx; throws a RangeError when it is out of range. */
static size_t fs_require_size(duk_context *ctx, duk_idx_t idx) {
    double d = duk_require_number(ctx, idx);
    if (!(d >= 0 && d <= 9007199254740991.0)) {
        (void)duk_range_error(ctx, "invalid size");
    }
    return (size_t)d;
}

/* Returns a user or group id: -1 (leave unchanged) up to 2^32 - 1.  Throws a RangeError
 * otherwise. */
static int fs_require_id(duk_context *ctx, duk_idx_t idx) {
    double d = duk_require_number(ctx, idx);
    if (!(d >= -1 && d <= 4294967295.0)) {
        (void)duk_range_error(ctx, "invalid user or group id");
    }
    return (int)(uint32_t)(int64_t)d;
}

static int fs_has_high_bytes(const char *s) {
    for (; s != NULL && *s != '\0'; s++) {
        if ((unsigned char)*s >= 0x80) {
            return 1;
        }
    }
    return 0;
}

/* Pushes Node's RangeError for a file too large to read into one buffer.  [ ] -> [ err ] */
static void fs_push_too_large(duk_context *ctx, int64_t size) {
    duk_push_error_object(ctx, DUK_ERR_RANGE_ERROR, "File size (%.0f) is greater than 2 GiB",
                          (double)size);
    duk_push_literal(ctx, "ERR_FS_FILE_TOO_LARGE");
    duk_put_prop_literal(ctx, -2, "code");
}

/* Pushes Node's error for req's failure.  [ ... ] -> [ ... err ] */
static void fs_push_error(duk_context *ctx, const fs_req_t *req) {
    if (req->err == -EFBIG && req->result > FS_IO_MAX) {
        fs_push_too_large(ctx, req->result);
        return;
    }
    const char *syscall = req->err_syscall != NULL ? req->err_syscall : req->op->syscall;
    const char *path = req->err_path != NULL ? req->err_path : req->path;
    if (req->err_nopath || req->op->no_path_in_error) {
        path = NULL;
    }
    const char *dest = path != NULL ? req->dest : NULL;
    nd_push_errno_error(ctx, req->err, syscall, path, dest);
    if (!fs_has_high_bytes(path) && !fs_has_high_bytes(dest)) {
        return;
    }
    /* The paths are UTF-8 and Duktape strings are CESU-8: decode them as Node would show them
     * (characters outside the BMP as surrogate pairs, invalid bytes as U+FFFD). */
    duk_idx_t base = duk_get_top(ctx);
    const char *code = nd_errno_code(req->err);
    duk_push_sprintf(ctx, "%s: %s, %s '", code != NULL ? code : "UNKNOWN",
                     nd_errno_message(req->err), syscall);
    nd_push_utf8(ctx, path, strlen(path));
    duk_dup_top(ctx);
    duk_put_prop_literal(ctx, base - 1, "path");
    duk_push_literal(ctx, "'");
    if (dest != NULL) {
        duk_push_literal(ctx, " -> '");
        nd_push_utf8(ctx, dest, strlen(dest));
        duk_dup_top(ctx);
        duk_put_prop_literal(ctx, base - 1, "dest");
        duk_push_literal(ctx, "'");
    }
    duk_concat(ctx, duk_get_top(ctx) - base);  /* [ ... err message ] */
    duk_put_prop_literal(ctx, -2, "message");
}

/* Pushes the failure outcome of req as its callback's arguments, or its success as
 * (null[, result]).  Returns the number of values pushed. */
static int fs_push_outcome(duk_context *ctx, fs_req_t *req) {
    if (req->err != 0) {
        fs_push_error(ctx, req);
        return 1;
    }
    duk_push_null(ctx);
    if (req->op->push == NULL) {
        return 1;
    }
    req->op->push(ctx, req);
    return 2;
}

/* ------------------------------------------------------------------------------------------ */
/* Running a request: now, or on the pool */

/* Body of the protected push of a synchronous outcome.  [ ] -> [ result | err ] */
static duk_ret_t fs_push_sync_safe(duk_context *ctx, void *udata) {
    fs_req_t *req = udata;
    if (req->err != 0) {
        fs_push_error(ctx, req);
    } else if (req->op->push != NULL) {
        req->op->push(ctx, req);
    } else {
        duk_push_undefined(ctx);
    }
    return 1;
}

/* Runs on the loop inside nd_invoke: unpins, pushes the outcome, frees the request (before the
 * callback runs, so a throwing callback that ends the process leaks nothing) and calls back. */
static void fs_complete(duk_context *ctx, void *udata) {
    fs_req_t **slot = udata;
    fs_req_t *req = *slot;
    nd_push_ref(ctx, req->ref);                 /* [ pins ] */
    nd_unref(ctx, req->ref);
    req->ref = 0;
    duk_get_prop_index(ctx, -1, 0);             /* [ pins callback ] */
    duk_push_undefined(ctx);                    /* [ pins callback this ] */
    int nargs = fs_push_outcome(ctx, req);      /* [ pins callback this err|null result? ] */
    fs_req_release(req);
    free(req);
    *slot = NULL;
    duk_call_method(ctx, nargs);
    duk_pop_2(ctx);
}

static void fs_work_cb(nd_work_t *work) {
    fs_req_t *req = (fs_req_t *)work;
    req->op->work(req);
}

static void fs_after_cb(nd_work_t *work) {
    fs_req_t *req = (fs_req_t *)work;
    nd_invoke(req->ctx, fs_complete, &req);
    if (req != NULL) {
        /* fs_complete threw before it freed the request (out of memory) */
        fs_req_release(req);
        free(req);
    }
}

/*
 * Runs req (filled by a binding with borrowed pointers) with op.  When the value at cb_idx is a
 * function, the request is copied and queued on the pool, and undefined is returned; pin_idx (0
 * for none; bindings never pin their first argument) names a value whose bytes the work uses in
 * place, kept alive until the callback.  Otherwise the work runs now and its result is returned
 * or its error thrown.  [ args... ] -> [ args... result ]
 */
static duk_ret_t fs_run(duk_context *ctx, fs_req_t *req, const fs_op_t *op, duk_idx_t cb_idx,
                        duk_idx_t pin_idx) {
    req->op = op;
    req->ctx = nd_rt(ctx)->ctx; /* the main thread: ctx may be a coroutine */
    if (!duk_is_function(ctx, cb_idx)) {
        op->work(req);
        duk_int_t rc = duk_safe_call(ctx, fs_push_sync_safe, req, 0 /*nargs*/, 1 /*nrets*/);
        fs_req_release(req);
        if (rc != DUK_EXEC_SUCCESS || req->err != 0) {
            return duk_throw(ctx);
        }
        return 1;
    }

    duk_push_array(ctx);                        /* [ ... pins ] */
    duk_dup(ctx, cb_idx);
    duk_put_prop_index(ctx, -2, 0);
    if (pin_idx != 0) {
        duk_dup(ctx, pin_idx);
        duk_put_prop_index(ctx, -2, 1);
    }
    size_t plen = req->path != NULL ? strlen(req->path) + 1 : 0;
    size_t dlen = req->dest != NULL ? strlen(req->dest) + 1 : 0;
    int ref = nd_ref(ctx, -1);
    fs_req_t *copy = malloc(sizeof(*copy) + plen + dlen);
    if (copy == NULL) {
        nd_unref(ctx, ref);
        return nd_throw_errno(ctx, -ENOMEM, op->syscall, NULL);
    }
    *copy = *req;
    char *strings = (char *)(copy + 1);
    if (plen > 0) {
        memcpy(strings, req->path, plen);
        copy->path = strings;
    }
    if (dlen > 0) {
        memcpy(strings + plen, req->dest, dlen);
        copy->dest = strings + plen;
    }
    copy->ref = ref;
    int rc = nd_pool_submit(nd_rt(ctx), &copy->work, fs_work_cb, fs_after_cb);
    if (rc < 0) {
        free(copy);
        nd_unref(ctx, ref);
        return nd_throw_errno(ctx, rc, op->syscall, NULL);
    }
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Result pushers */

static void fs_push_result_number(duk_context *ctx, fs_req_t *req) {
    duk_push_number(ctx, (double)req->result);
}

/* [ ] -> [ Float64Array ] */
static void fs_push_doubles(duk_context *ctx, const double *values, size_t n) {
    double *out = duk_push_fixed_buffer(ctx, n * sizeof(double));
    memcpy(out, values, n * sizeof(double));
    duk_push_buffer_object(ctx, -1, 0, n * sizeof(double), DUK_BUFOBJ_FLOAT64ARRAY);
    duk_remove(ctx, -2);
}

static void fs_push_stats(duk_context *ctx, fs_req_t *req) {
    fs_push_doubles(ctx, req->stats, FS_STAT_FIELDS);
}

static void fs_push_statfs(duk_context *ctx, fs_req_t *req) {
    fs_push_doubles(ctx, req->stats, FS_STATFS_FIELDS);
}

/* Pushes bytes as a Uint8Array over a new buffer.  [ ] -> [ u8 ] */
static void fs_push_uint8array(duk_context *ctx, const char *p, size_t len) {
    char *out = duk_push_buffer_raw(ctx, len, DUK_BUF_FLAG_NOZERO);
    if (len > 0) {
        memcpy(out, p, len);
    }
    duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_UINT8ARRAY);
    duk_remove(ctx, -2);
}

/* Pushes a name as a string or as its bytes, per req->encoding.  [ ] -> [ name ] */
static void fs_push_name(duk_context *ctx, const fs_req_t *req, const char *p, size_t len) {
    if (req->encoding == FS_ENC_BUFFER) {
        fs_push_uint8array(ctx, p, len);
    } else {
        nd_push_utf8(ctx, p, len);
    }
}

/* A path result in req->data (readlink, realpath, mkdtemp, mkdir's first directory). */
static void fs_push_data_name(duk_context *ctx, fs_req_t *req) {
    if (req->data == NULL) {
        duk_push_undefined(ctx);
        return;
    }
    fs_push_name(ctx, req, req->data, req->data_len);
}

/* File contents in req->data: a string decoded as UTF-8, or a Uint8Array. */
static void fs_push_data_contents(duk_context *ctx, fs_req_t *req) {
    if (req->encoding == FS_ENC_BUFFER) {
        fs_push_uint8array(ctx, req->data, req->data_len);
    } else {
        nd_push_utf8(ctx, req->data, req->data_len);
    }
}

/* readdir: [ names... ], or [ [ names... ], [ types... ] ] when types were asked for (flags). */
static void fs_push_dirents(duk_context *ctx, fs_req_t *req) {
    duk_push_array(ctx);                         /* [ names ] */
    const char *p = req->data;
    for (size_t i = 0; i < req->count; i++) {
        size_t n = strlen(p);
        fs_push_name(ctx, req, p, n);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
        p += n + 1;
    }
    if (!req->flags) {
        return;
    }
    duk_push_array(ctx);                         /* [ names types ] */
    for (size_t i = 0; i < req->count; i++) {
        duk_push_uint(ctx, req->types[i]);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    duk_push_array(ctx);                         /* [ names types result ] */
    duk_insert(ctx, -3);                         /* [ result names types ] */
    duk_put_prop_index(ctx, -3, 1);
    duk_put_prop_index(ctx, -2, 0);
}

/* ------------------------------------------------------------------------------------------ */
/* Work: file descriptors */

static void fs_open_work(fs_req_t *req) {
    int fd;
    do {
        fd = open(req->path, req->flags | O_CLOEXEC, req->mode);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        req->err = -errno;
    } else {
        req->result = fd;
    }
}

static void fs_close_work(fs_req_t *req) {
    /* As libuv: EINTR and EINPROGRESS mean the descriptor is gone all the same. */
    if (close(req->fd) != 0 && errno != EINTR && errno != EINPROGRESS) {
        req->err = -errno;
    }
}

/* Records the outcome of a read or write call that returned n (errno set when n < 0). */
static void set_io_result(fs_req_t *req, ssize_t n) {
    if (n < 0) {
        req->err = -errno;
    } else {
        req->result = n;
    }
}

static void fs_read_work(fs_req_t *req) {
    ssize_t n;
    do {
        n = req->pos < 0 ? read(req->fd, req->buf, req->len)
                         : pread(req->fd, req->buf, req->len, (off_t)req->pos);
    } while (n < 0 && errno == EINTR);
    set_io_result(req, n);
}

static void fs_write_work(fs_req_t *req) {
    ssize_t n;
    do {
        n = req->pos < 0 ? write(req->fd, req->buf, req->len)
                         : pwrite(req->fd, req->buf, req->len, (off_t)req->pos);
    } while (n < 0 && errno == EINTR);
    set_io_result(req, n);
}

static void fs_readv_work(fs_req_t *req) {
    ssize_t n;
    do {
        n = req->pos < 0 ? readv(req->fd, req->iov, req->iovcnt)
                         : preadv(req->fd, req->iov, req->iovcnt, (off_t)req->pos);
    } while (n < 0 && errno == EINTR);
    set_io_result(req, n);
}

static void fs_writev_work(fs_req_t *req) {
    ssize_t n;
    do {
        n = req->pos < 0 ? writev(req->fd, req->iov, req->iovcnt)
                         : pwritev(req->fd, req->iov, req->iovcnt, (off_t)req->pos);
    } while (n < 0 && errno == EINTR);
    set_io_result(req, n);
}

static void fs_fsync_work(fs_req_t *req) {
    if (fsync(req->fd) != 0) {
        req->err = -errno;
    }
}

static void fs_fdatasync_work(fs_req_t *req) {
    if (fdatasync(req->fd) != 0) {
        req->err = -errno;
    }
}

static void fs_ftruncate_work(fs_req_t *req) {
    if (ftruncate(req->fd, (off_t)req->pos) != 0) {
        req->err = -errno;
    }
}

static void fs_fchmod_work(fs_req_t *req) {
    if (fchmod(req->fd, (mode_t)req->mode) != 0) {
        req->err = -errno;
    }
}

static void fs_fchown_work(fs_req_t *req) {
    if (fchown(req->fd, (uid_t)req->uid, (gid_t)req->gid) != 0) {
        req->err = -errno;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Work: stat */

static void fs_fill_stats(fs_req_t *req, const struct statx *sx) {
    double *s = req->stats;
    s[0] = (double)makedev(sx->stx_dev_major, sx->stx_dev_minor);
    s[1] = sx->stx_mode;
    s[2] = sx->stx_nlink;
    s[3] = sx->stx_uid;
    s[4] = sx->stx_gid;
    s[5] = (double)makedev(sx->stx_rdev_major, sx->stx_rdev_minor);
    s[6] = sx->stx_blksize;
    s[7] = (double)sx->stx_ino;
    s[8] = (double)sx->stx_size;
    s[9] = (double)sx->stx_blocks;
    s[10] = (double)sx->stx_atime.tv_sec;
    s[11] = sx->stx_atime.tv_nsec;
    s[12] = (double)sx->stx_mtime.tv_sec;
    s[13] = sx->stx_mtime.tv_nsec;
    s[14] = (double)sx->stx_ctime.tv_sec;
    s[15] = sx->stx_ctime.tv_nsec;
    /* As libuv: a file system without birth times leaves them 0. */
    s[16] = (double)sx->stx_btime.tv_sec;
    s[17] = sx->stx_btime.tv_nsec;
}

/* statx with libuv's fallback to fstatat where the kernel or a seccomp filter refuses it. */
static int fs_statx(int dirfd, const char *path, int flags, fs_req_t *req) {
    struct statx sx;
    if (statx(dirfd, path, flags, STATX_BASIC_STATS | STATX_BTIME, &sx) == 0) {
        fs_fill_stats(req, &sx);
        return 0;
    }
    if (errno != ENOSYS && errno != EPERM) {
        return -errno;
    }
    struct stat st;
    if (fstatat(dirfd, path, &st, flags) != 0) {
        return -errno;
    }
    memset(&sx, 0, sizeof(sx));
    sx.stx_dev_major = major(st.st_dev);
    sx.stx_dev_minor = minor(st.st_dev);
    sx.stx_mode = (uint16_t)st.st_mode;
    sx.stx_nlink = (uint32_t)st.st_nlink;
    sx.stx_uid = st.st_uid;
    sx.stx_gid = st.st_gid;
    sx.stx_rdev_major = major(st.st_rdev);
    sx.stx_rdev_minor = minor(st.st_rdev);
    sx.stx_blksize = (uint32_t)st.st_blksize;
    sx.stx_ino = st.st_ino;
    sx.stx_size = (uint64_t)st.st_size;
    sx.stx_blocks = (uint64_t)st.st_blocks;
    sx.stx_atime.tv_sec = st.st_atim.tv_sec;
    sx.stx_atime.tv_nsec = (uint32_t)st.st_atim.tv_nsec;
    sx.stx_mtime.tv_sec = st.st_mtim.tv_sec;
    sx.stx_mtime.tv_nsec = (uint32_t)st.st_mtim.tv_nsec;
    sx.stx_ctime.tv_sec = st.st_ctim.tv_sec;
    sx.stx_ctime.tv_nsec = (uint32_t)st.st_ctim.tv_nsec;
    fs_fill_stats(req, &sx);
    return 0;
}

static void fs_stat_work(fs_req_t *req) {
    req->err = fs_statx(AT_FDCWD, req->path, 0, req);
}

static void fs_lstat_work(fs_req_t *req) {
    req->err = fs_statx(AT_FDCWD, req->path, AT_SYMLINK_NOFOLLOW, req);
}

static void fs_fstat_work(fs_req_t *req) {
    req->err = fs_statx(req->fd, "", AT_EMPTY_PATH, req);
}

static void fs_statfs_work(fs_req_t *req) {
    struct statfs sf;
    if (statfs(req->path, &sf) != 0) {
        req->err = -errno;
        return;
    }
    req->stats[0] = (double)sf.f_type;
    req->stats[1] = (double)sf.f_bsize;
    req->stats[2] = (double)sf.f_blocks;
    req->stats[3] = (double)sf.f_bfree;
    req->stats[4] = (double)sf.f_bavail;
    req->stats[5] = (double)sf.f_files;
    req->stats[6] = (double)sf.f_ffree;
}

/* ------------------------------------------------------------------------------------------ */
/* Work: directories */

static int fs_dirent_type(unsigned char d_type) {
    switch (d_type) {
    case DT_REG: return FS_DIRENT_FILE;
    case DT_DIR: return FS_DIRENT_DIR;
    case DT_LNK: return FS_DIRENT_LINK;
    case DT_FIFO: return FS_DIRENT_FIFO;
    case DT_SOCK: return FS_DIRENT_SOCKET;
    case DT_CHR: return FS_DIRENT_CHAR;
    case DT_BLK: return FS_DIRENT_BLOCK;
    default: return FS_DIRENT_UNKNOWN;
    }
}

typedef struct fs_dirent_s {
    const char *name;
    uint8_t type;
} fs_dirent_t;

static int fs_dirent_cmp(const void *a, const void *b) {
    return strcmp(((const fs_dirent_t *)a)->name, ((const fs_dirent_t *)b)->name);
}

static const fs_op_t fs_op_opendir;
static const fs_op_t fs_op_opendir_async;

/* Collects the names and types of path's entries ('.' and '..' left out) into req->data
 * (NUL-separated) and req->types: sorted by bytes as libuv's scandir sorts them, or in directory
 * order for opendir, as uv_fs_readdir reads them. */
static void fs_readdir_work(fs_req_t *req) {
    DIR *dir = NULL;
    char *names = NULL;
    fs_dirent_t *ents = NULL;
    size_t used = 0;
    size_t cap = 0;
    size_t count = 0;
    size_t ecap = 0;
    int err = 0;

    dir = opendir(req->path);
    if (dir == NULL) {
        req->err = -errno;
        return;
    }
    for (;;) {
        errno = 0;
        struct dirent *d = readdir(dir);
        if (d == NULL) {
            err = -errno;
            break;
        }
        if (d->d_name[0] == '.' &&
            (d->d_name[1] == '\0' || (d->d_name[1] == '.' && d->d_name[2] == '\0'))) {
            continue;
        }
        size_t n = strlen(d->d_name) + 1;
        if (used + n > cap) {
            size_t ncap = cap == 0 ? 4096 : cap * 2;
            while (ncap < used + n) {
                ncap *= 2;
            }
            char *p = realloc(names, ncap);
            if (p == NULL) {
                err = -ENOMEM;
                break;
            }
            names = p;
            cap = ncap;
        }
        if (count == ecap) {
            size_t necap = ecap == 0 ? 64 : ecap * 2;
            fs_dirent_t *p = realloc(ents, necap * sizeof(*ents));
            if (p == NULL) {
                err = -ENOMEM;
                break;
            }
            ents = p;
            ecap = necap;
        }
        memcpy(names + used, d->d_name, n);
        ents[count].name = (const char *)(uintptr_t)used; /* an offset until names stops moving */
        ents[count].type = (uint8_t)fs_dirent_type(d->d_type);
        used += n;
        count++;
    }
    closedir(dir);
    if (err == 0 && count > 0) {
        req->data = malloc(used);
        req->types = malloc(count);
        if (req->data == NULL || req->types == NULL) {
            err = -ENOMEM;
        }
    }
    if (err != 0) {
        free(names);
        free(ents);
        fs_req_release(req);
        req->err = err;
        return;
    }
    for (size_t i = 0; i < count; i++) {
        ents[i].name = names + (uintptr_t)ents[i].name;
    }
    if (count > 1 && req->op != &fs_op_opendir && req->op != &fs_op_opendir_async) {
        qsort(ents, count, sizeof(*ents), fs_dirent_cmp);
    }
    char *out = req->data;
    for (size_t i = 0; i < count; i++) {
        size_t n = strlen(ents[i].name) + 1;
        memcpy(out, ents[i].name, n);
        out += n;
        req->types[i] = ents[i].type;
    }
    req->count = count;
    free(names);
    free(ents);
}

/* Copies the first n bytes of s into req->data as the result name.  Returns 0 or -ENOMEM. */
static int fs_set_data(fs_req_t *req, const char *s, size_t n) {
    free(req->data);
    req->data = malloc(n + 1);
    if (req->data == NULL) {
        return -ENOMEM;
    }
    memcpy(req->data, s, n);
    req->data[n] = '\0';
    req->data_len = n;
    return 0;
}

/*
 * mkdir -p as Node's MKDirpSync: try the path; on ENOENT create the parent first; an existing
 * component that is not a directory is ENOTDIR (EEXIST for the last one).  req->data gets the
 * first directory created.  Returns 0 or -errno.  The list of pending paths is a stack of
 * lengths into the one path (each pending path is a prefix of it).
 */
static int fs_mkdirp(fs_req_t *req) {
    size_t full = strlen(req->path);
    size_t stack_cap = 16;
    size_t depth = 0;
    size_t *stack = NULL;
    char *buf = NULL;
    int err = 0;

    stack = malloc(stack_cap * sizeof(*stack));
    buf = malloc(full + 1);
    if (stack == NULL || buf == NULL) {
        err = -ENOMEM;
        goto done;
    }
    stack[depth++] = full;
    while (depth > 0) {
        size_t len = stack[--depth];
        memcpy(buf, req->path, len);
        buf[len] = '\0';
        int rc = mkdir(buf, (mode_t)req->mode) == 0 ? 0 : -errno;
        if (rc == 0) {
            if (req->data == NULL && (err = fs_set_data(req, buf, len)) != 0) {
                goto done;
            }
            continue;
        }
        if (rc == -EACCES || rc == -ENOSPC || rc == -ENOTDIR || rc == -EPERM) {
            err = rc;
            goto done;
        }
        if (rc == -ENOENT) {
            size_t parent = len;
            while (parent > 0 && buf[parent - 1] != '/') {
                parent--;
            }
            if (parent > 0) {
                parent--; /* drop the separator itself, as find_last_of + substr */
            }
            if (parent != len && !(parent == 0 && buf[0] != '/')) {
                if (depth + 2 > stack_cap) {
                    size_t *p = realloc(stack, stack_cap * 2 * sizeof(*stack));
                    if (p == NULL) {
                        err = -ENOMEM;
                        goto done;
                    }
                    stack = p;
                    stack_cap *= 2;
                }
                stack[depth++] = len;
                stack[depth++] = parent;
                continue;
            }
            if (depth == 0) {
                rc = -EEXIST;
            } else {
                continue;
            }
        }
        struct stat st;
        int orig = rc;
        if (stat(buf, &st) != 0) {
            err = -errno;
            goto done;
        }
        if (!S_ISDIR(st.st_mode)) {
            err = (orig == -EEXIST && depth > 0) ? -ENOTDIR : -EEXIST;
            goto done;
        }
    }
done:
    free(stack);
    free(buf);
    return err;
}

static void fs_mkdir_work(fs_req_t *req) {
    if (req->flags) {
        int err = fs_mkdirp(req);
        if (err != 0) {
            fs_req_release(req);
            req->err = err;
        }
    } else if (mkdir(req->path, (mode_t)req->mode) != 0) {
        req->err = -errno;
    }
}

static void fs_rmdir_work(fs_req_t *req) {
    if (rmdir(req->path) != 0) {
        req->err = -errno;
    }
}

static void fs_mkdtemp_work(fs_req_t *req) {
    size_t n = strlen(req->path);
    req->data = malloc(n + 7);
    if (req->data == NULL) {
        req->err = -ENOMEM;
        return;
    }
    memcpy(req->data, req->path, n);
    memcpy(req->data + n, "XXXXXX", 7);
    req->data_len = n + 6;
    if (mkdtemp(req->data) == NULL) {
        req->err = -errno;
        /* Node's error names the template when synchronous, the last name tried otherwise. */
        if (req->ref == 0) {
            memcpy(req->data + n, "XXXXXX", 7);
        }
        req->err_path = req->data;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Work: names and links */

static void fs_unlink_work(fs_req_t *req) {
    if (unlink(req->path) != 0) {
        req->err = -errno;
    }
}

static void fs_rename_work(fs_req_t *req) {
    if (rename(req->path, req->dest) != 0) {
        req->err = -errno;
    }
}

static void fs_link_work(fs_req_t *req) {
    if (link(req->path, req->dest) != 0) {
        req->err = -errno;
    }
}

static void fs_symlink_work(fs_req_t *req) {
    if (symlink(req->path, req->dest) != 0) {
        req->err = -errno;
    }
}

static void fs_readlink_work(fs_req_t *req) {
    size_t cap = 256;
    for (;;) {
        char *buf = malloc(cap);
        if (buf == NULL) {
            req->err = -ENOMEM;
            return;
        }
        ssize_t n = readlink(req->path, buf, cap);
        if (n < 0) {
            req->err = -errno;
            free(buf);
            return;
        }
        if ((size_t)n < cap) {
            buf[n] = '\0';
            req->data = buf;
            req->data_len = (size_t)n;
            return;
        }
        free(buf);
        cap *= 2;
    }
}

static void fs_realpath_work(fs_req_t *req) {
    char *p = realpath(req->path, NULL);
    if (p == NULL) {
        req->err = -errno;
        return;
    }
    req->data = p;
    req->data_len = strlen(p);
}

static void fs_access_work(fs_req_t *req) {
    if (access(req->path, req->mode) != 0) {
        req->err = -errno;
    }
}

static void fs_chmod_work(fs_req_t *req) {
    if (chmod(req->path, (mode_t)req->mode) != 0) {
        req->err = -errno;
    }
}

static void fs_chown_work(fs_req_t *req) {
    if (chown(req->path, (uid_t)req->uid, (gid_t)req->gid) != 0) {
        req->err = -errno;
    }
}

static void fs_lchown_work(fs_req_t *req) {
    if (lchown(req->path, (uid_t)req->uid, (gid_t)req->gid) != 0) {
        req->err = -errno;
    }
}

/* Seconds as a double to a timespec, with libuv's microsecond truncation. */
static struct timespec fs_timespec(double t) {
    struct timespec ts;
    if (!(t > -9.2e18 && t < 9.2e18)) {
        t = 0; /* NaN and huge values: the JS side validated; never convert out of range */
    }
    ts.tv_sec = (time_t)t;
    ts.tv_nsec = (long)((t - (double)ts.tv_sec) * 1e9);
    ts.tv_nsec -= ts.tv_nsec % 1000;
    if (ts.tv_nsec < 0) {
        ts.tv_nsec += 1000000000;
        ts.tv_sec -= 1;
    }
    return ts;
}

static void fs_utimes_work(fs_req_t *req) {
    struct timespec ts[2] = { fs_timespec(req->atime), fs_timespec(req->mtime) };
    int rc = req->path != NULL
                 ? utimensat(AT_FDCWD, req->path, ts, req->flags ? AT_SYMLINK_NOFOLLOW : 0)
                 : futimens(req->fd, ts);
    if (rc != 0) {
        req->err = -errno;
    }
}

/* Copies all of in to out from their current offsets.  Returns 0 or -errno. */
static int fs_copy_fd(int in, int out) {
    int use_range = 1;
    for (;;) {
        ssize_t n;
        if (use_range) {
            n = copy_file_range(in, NULL, out, NULL, 1 << 30, 0);
            if (n < 0 && (errno == ENOSYS || errno == EXDEV || errno == EINVAL ||
                          errno == EOPNOTSUPP || errno == EPERM)) {
                use_range = 0;
                continue;
            }
        } else {
            n = sendfile(out, in, NULL, 1 << 30);
        }
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return -errno;
        }
        if (n == 0) {
            return 0;
        }
    }
}

/* copyfile as libuv's: the destination gets the source's mode; it is removed if the copy fails
 * after it was opened. */
static void fs_copyfile_work(fs_req_t *req) {
    int in = -1;
    int out = -1;
    int err = 0;
    struct stat src;
    struct stat dst;

    in = open(req->path, O_RDONLY | O_CLOEXEC);
    if (in < 0 || fstat(in, &src) != 0) {
        err = -errno;
        goto done;
    }
    out = open(req->dest, O_WRONLY | O_CREAT | O_CLOEXEC |
               ((req->flags & FS_COPYFILE_EXCL) ? O_EXCL : 0), src.st_mode);
    if (out < 0) {
        err = -errno;
        goto done;
    }
    if (fstat(out, &dst) != 0) {
        err = -errno;
        goto done;
    }
    if (src.st_dev == dst.st_dev && src.st_ino == dst.st_ino) {
        goto done; /* copying a file onto itself is a no-op */
    }
    if (fchmod(out, src.st_mode) != 0 && errno != EPERM) {
        err = -errno;
        goto done;
    }
    if (ftruncate(out, 0) != 0) {
        err = -errno;
        goto done;
    }
    if (req->flags & (FS_COPYFILE_FICLONE | FS_COPYFILE_FICLONE_FORCE)) {
        if (ioctl(out, FICLONE, in) == 0) {
            goto done;
        }
        if (req->flags & FS_COPYFILE_FICLONE_FORCE) {
            err = -errno;
            goto done;
        }
    }
    err = fs_copy_fd(in, out);
done:
    if (in >= 0) {
        close(in);
    }
    if (out >= 0) {
        if (close(out) != 0 && err == 0 && errno != EINTR) {
            err = -errno;
        }
        if (err != 0) {
            unlink(req->dest);
        }
    }
    req->err = err;
}

/* ------------------------------------------------------------------------------------------ */
/* Work: whole files */

/* Reads all of fd from its position into *data (malloc'd).  size_hint: the regular file's size,
 * read exactly (as Node), or 0 to read until end of file.  Returns 0 or -errno. */
static int fs_read_all(int fd, int64_t size_hint, char **data, size_t *len) {
    size_t cap = size_hint > 0 ? (size_t)size_hint : 8192;
    size_t used = 0;
    char *buf = malloc(cap + 1);
    if (buf == NULL) {
        return -ENOMEM;
    }
    for (;;) {
        if (used == cap) {
            if (size_hint > 0) {
                break;
            }
            char *p = realloc(buf, cap * 2 + 1);
            if (p == NULL) {
                free(buf);
                return -ENOMEM;
            }
            buf = p;
            cap *= 2;
        }
        ssize_t n = read(fd, buf + used, cap - used);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            int err = -errno;
            free(buf);
            return err;
        }
        if (n == 0) {
            break;
        }
        used += (size_t)n;
    }
    buf[used] = '\0';
    *data = buf;
    *len = used;
    return 0;
}

/* Returns the size to read from fd as Node's readFile does (a regular file's size, else 0), or
 * -errno; sets req's error for an oversized file. */
static int64_t fs_file_size(fs_req_t *req, int fd) {
    struct stat st;
    if (fstat(fd, &st) != 0) {
        req->err_syscall = "fstat";
        return -errno;
    }
    int64_t size = S_ISREG(st.st_mode) ? (int64_t)st.st_size : 0;
    if (size > FS_IO_MAX) {
        req->result = size;
        req->err_syscall = "read";
        return -EFBIG;
    }
    return size;
}

/* readFile(path | fd): open (path given), read everything, close.  The contents go to req->data. */
static void fs_read_file_work(fs_req_t *req) {
    int fd = req->fd;
    if (req->path != NULL) {
        do {
            fd = open(req->path, req->flags | O_CLOEXEC, 0666);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0) {
            req->err = -errno;
            return;
        }
    }
    int64_t size = fs_file_size(req, fd);
    int err = size < 0 ? (int)size : fs_read_all(fd, size, &req->data, &req->data_len);
    if (err != 0) {
        if (req->err_syscall == NULL) {
            req->err_syscall = "read";
        }
        req->err_nopath = 1;
        req->err = err;
    }
    if (req->path != NULL) {
        close(fd);
    }
}

/* writeFile(path | fd, bytes): open (path given), write everything, fsync when asked (flush),
 * close. */
static void fs_write_file_work(fs_req_t *req) {
    int fd = req->fd;
    int err = 0;
    if (req->path != NULL) {
        do {
            fd = open(req->path, req->flags | O_CLOEXEC, req->mode);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0) {
            req->err = -errno;
            return;
        }
    }
    const char *p = req->buf;
    size_t left = req->len;
    int64_t pos = req->pos;
    while (left > 0) {
        ssize_t n = pos < 0 ? write(fd, p, left) : pwrite(fd, p, left, (off_t)pos);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            err = -errno;
            req->err_syscall = "write";
            break;
        }
        p += n;
        left -= (size_t)n;
        if (pos >= 0) {
            pos += n;
        }
    }
    if (err == 0 && req->encoding && fsync(fd) != 0) {
        err = -errno;
        req->err_syscall = "fsync";
    }
    if (req->path != NULL && close(fd) != 0 && err == 0 && errno != EINTR) {
        err = -errno;
        req->err_syscall = "close";
    }
    if (err != 0) {
        req->err_nopath = 1;
        req->err = err;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* The operations */

static const fs_op_t fs_op_open = { "open", fs_open_work, fs_push_result_number, 0 };
static const fs_op_t fs_op_close = { "close", fs_close_work, NULL, 0 };
static const fs_op_t fs_op_read = { "read", fs_read_work, fs_push_result_number, 0 };
static const fs_op_t fs_op_readv = { "read", fs_readv_work, fs_push_result_number, 0 };
static const fs_op_t fs_op_write = { "write", fs_write_work, fs_push_result_number, 0 };
static const fs_op_t fs_op_writev = { "write", fs_writev_work, fs_push_result_number, 0 };
static const fs_op_t fs_op_fsync = { "fsync", fs_fsync_work, NULL, 0 };
static const fs_op_t fs_op_fdatasync = { "fdatasync", fs_fdatasync_work, NULL, 0 };
static const fs_op_t fs_op_ftruncate = { "ftruncate", fs_ftruncate_work, NULL, 0 };
static const fs_op_t fs_op_fchmod = { "fchmod", fs_fchmod_work, NULL, 0 };
static const fs_op_t fs_op_fchown = { "fchown", fs_fchown_work, NULL, 0 };
static const fs_op_t fs_op_stat = { "stat", fs_stat_work, fs_push_stats, 0 };
static const fs_op_t fs_op_lstat = { "lstat", fs_lstat_work, fs_push_stats, 0 };
static const fs_op_t fs_op_fstat = { "fstat", fs_fstat_work, fs_push_stats, 0 };
static const fs_op_t fs_op_statfs = { "statfs", fs_statfs_work, fs_push_statfs, 0 };
static const fs_op_t fs_op_readdir = { "scandir", fs_readdir_work, fs_push_dirents, 0 };
/* Node 20 names the path in opendir's errors only in the asynchronous form. */
static const fs_op_t fs_op_opendir = { "opendir", fs_readdir_work, fs_push_dirents, 1 };
static const fs_op_t fs_op_opendir_async = { "opendir", fs_readdir_work, fs_push_dirents, 0 };
static const fs_op_t fs_op_mkdir = { "mkdir", fs_mkdir_work, NULL, 0 };
static const fs_op_t fs_op_mkdirp = { "mkdir", fs_mkdir_work, fs_push_data_name, 0 };
static const fs_op_t fs_op_rmdir = { "rmdir", fs_rmdir_work, NULL, 0 };
static const fs_op_t fs_op_mkdtemp = { "mkdtemp", fs_mkdtemp_work, fs_push_data_name, 0 };
static const fs_op_t fs_op_unlink = { "unlink", fs_unlink_work, NULL, 0 };
static const fs_op_t fs_op_rename = { "rename", fs_rename_work, NULL, 0 };
static const fs_op_t fs_op_link = { "link", fs_link_work, NULL, 0 };
static const fs_op_t fs_op_symlink = { "symlink", fs_symlink_work, NULL, 0 };
static const fs_op_t fs_op_readlink = { "readlink", fs_readlink_work, fs_push_data_name, 0 };
static const fs_op_t fs_op_realpath = { "realpath", fs_realpath_work, fs_push_data_name, 0 };
static const fs_op_t fs_op_access = { "access", fs_access_work, NULL, 0 };
static const fs_op_t fs_op_chmod = { "chmod", fs_chmod_work, NULL, 0 };
static const fs_op_t fs_op_chown = { "chown", fs_chown_work, NULL, 0 };
static const fs_op_t fs_op_lchown = { "lchown", fs_lchown_work, NULL, 0 };
static const fs_op_t fs_op_utimes = { "utime", fs_utimes_work, NULL, 0 };
static const fs_op_t fs_op_futimes = { "futime", fs_utimes_work, NULL, 0 };
static const fs_op_t fs_op_lutimes = { "lutime", fs_utimes_work, NULL, 0 };
static const fs_op_t fs_op_copyfile = { "copyfile", fs_copyfile_work, NULL, 0 };
static const fs_op_t fs_op_read_file = { "open", fs_read_file_work, fs_push_data_contents, 0 };
static const fs_op_t fs_op_write_file = { "open", fs_write_file_work, NULL, 0 };

/* ------------------------------------------------------------------------------------------ */
/* Bindings.  Each: [ args... req ] -> [ result | undefined ] */

/* open(path, flags, mode, req) -> fd */
static duk_ret_t fs_open(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    req.flags = duk_require_int(ctx, 1);
    req.mode = duk_require_int(ctx, 2);
    return fs_run(ctx, &req, &fs_op_open, 3, 0);
}

/* close(fd, req) */
static duk_ret_t fs_close(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.fd = duk_require_int(ctx, 0);
    return fs_run(ctx, &req, &fs_op_close, 1, 0);
}

/* Fills req->buf/len from the buffer at idx and the range [offset, offset + length), which must
 * lie inside it (the JS side checked; this is the safety net). */
static void fs_buffer_range(duk_context *ctx, fs_req_t *req, duk_idx_t idx) {
    duk_size_t size;
    char *p = duk_require_buffer_data(ctx, idx, &size);
    size_t off = fs_require_size(ctx, idx + 1);
    size_t len = fs_require_size(ctx, idx + 2);
    if (off > size || len > size - off) {
        (void)duk_range_error(ctx, "offset and length out of the buffer's bounds");
    }
    req->buf = p + off;
    req->len = len;
}

/* read(fd, buffer, offset, length, position, req) -> bytesRead; position -1: the current one */
static duk_ret_t fs_read(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.fd = duk_require_int(ctx, 0);
    fs_buffer_range(ctx, &req, 1);
    req.pos = fs_get_int64(ctx, 4, -1);
    return fs_run(ctx, &req, &fs_op_read, 5, 1);
}

/* writeBuffer(fd, buffer, offset, length, position, req) -> bytesWritten */
static duk_ret_t fs_write_buffer(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.fd = duk_require_int(ctx, 0);
    fs_buffer_range(ctx, &req, 1);
    req.pos = fs_get_int64(ctx, 4, -1);
    return fs_run(ctx, &req, &fs_op_write, 5, 1);
}

/* writeString(fd, string, position, req) -> bytesWritten (UTF-8) */
static duk_ret_t fs_write_string(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.fd = duk_require_int(ctx, 0);
    duk_require_string(ctx, 1);
    req.buf = fs_require_bytes(ctx, 1, &req.len);
    req.pos = fs_get_int64(ctx, 2, -1);
    return fs_run(ctx, &req, &fs_op_write, 3, 1);
}

/* Builds the iovec array of the buffers in the array at idx, in a Duktape buffer that replaces
 * the array in its slot; the buffers are kept alive by a new array stored on that buffer, so
 * pinning the slot pins them all.  [ ... array ... ] -> [ ... iovbuf ... ] */
static void fs_require_iovecs(duk_context *ctx, fs_req_t *req, duk_idx_t idx) {
    duk_require_object(ctx, idx);
    duk_size_t n = duk_get_length(ctx, idx);
    if (n > IOV_MAX) {
        (void)duk_range_error(ctx, "too many buffers");
    }
    duk_push_array(ctx);                                  /* [ ... keep ] */
    struct iovec *iov = duk_push_fixed_buffer(ctx, (n > 0 ? n : 1) * sizeof(*iov));
    for (duk_size_t i = 0; i < n; i++) {                  /* [ ... keep iovbuf ] */
        duk_get_prop_index(ctx, idx, (duk_uarridx_t)i);
        duk_size_t len;
        void *p = duk_require_buffer_data(ctx, -1, &len);
        iov[i].iov_base = p;
        iov[i].iov_len = len;
        duk_put_prop_index(ctx, -3, (duk_uarridx_t)i);
    }
    /* A plain buffer cannot carry properties: wrap it in an object that holds both. */
    duk_push_object(ctx);                                 /* [ ... keep iovbuf holder ] */
    duk_insert(ctx, -3);                                  /* [ ... holder keep iovbuf ] */
    duk_put_prop_literal(ctx, -3, "iov");
    duk_put_prop_literal(ctx, -2, "keep");
    duk_replace(ctx, idx);
    req->iov = iov;
    req->iovcnt = (int)n;
}

/* readv(fd, buffers, position, req) -> bytesRead */
static duk_ret_t fs_readv(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.fd = duk_require_int(ctx, 0);
    fs_require_iovecs(ctx, &req, 1);
    req.pos = fs_get_int64(ctx, 2, -1);
    return fs_run(ctx, &req, &fs_op_readv, 3, 1);
}

/* writeBuffers(fd, buffers, position, req) -> bytesWritten */
static duk_ret_t fs_write_buffers(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.fd = duk_require_int(ctx, 0);
    fs_require_iovecs(ctx, &req, 1);
    req.pos = fs_get_int64(ctx, 2, -1);
    return fs_run(ctx, &req, &fs_op_writev, 3, 1);
}

/* Shared shape: fn(fd, req) */
static duk_ret_t fs_run_fd(duk_context *ctx, const fs_op_t *op) {
    fs_req_t req = { 0 };
    req.fd = duk_require_int(ctx, 0);
    return fs_run(ctx, &req, op, 1, 0);
}

/* Shared shape: fn(path, req) */
static duk_ret_t fs_run_path(duk_context *ctx, const fs_op_t *op) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    return fs_run(ctx, &req, op, 1, 0);
}

/* Shared shape: fn(path, dest, req) */
static duk_ret_t fs_run_path2(duk_context *ctx, const fs_op_t *op) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    req.dest = fs_require_path(ctx, 1);
    return fs_run(ctx, &req, op, 2, 0);
}

/* fsync(fd, req), fdatasync(fd, req), fstat(fd, req) -> stats */
static duk_ret_t fs_fsync(duk_context *ctx) {
    return fs_run_fd(ctx, &fs_op_fsync);
}

static duk_ret_t fs_fdatasync(duk_context *ctx) {
    return fs_run_fd(ctx, &fs_op_fdatasync);
}

static duk_ret_t fs_fstat(duk_context *ctx) {
    return fs_run_fd(ctx, &fs_op_fstat);
}

/* ftruncate(fd, len, req) */
static duk_ret_t fs_ftruncate(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.fd = duk_require_int(ctx, 0);
    req.pos = fs_get_int64(ctx, 1, 0);
    return fs_run(ctx, &req, &fs_op_ftruncate, 2, 0);
}

/* fchmod(fd, mode, req) */
static duk_ret_t fs_fchmod(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.fd = duk_require_int(ctx, 0);
    req.mode = duk_require_int(ctx, 1);
    return fs_run(ctx, &req, &fs_op_fchmod, 2, 0);
}

/* fchown(fd, uid, gid, req) */
static duk_ret_t fs_fchown(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.fd = duk_require_int(ctx, 0);
    req.uid = fs_require_id(ctx, 1);
    req.gid = fs_require_id(ctx, 2);
    return fs_run(ctx, &req, &fs_op_fchown, 3, 0);
}

/* stat(path, req), lstat(path, req) -> Float64Array of FS_STAT_FIELDS */
static duk_ret_t fs_stat(duk_context *ctx) {
    return fs_run_path(ctx, &fs_op_stat);
}

static duk_ret_t fs_lstat(duk_context *ctx) {
    return fs_run_path(ctx, &fs_op_lstat);
}

/* statfs(path, req) -> Float64Array [ type bsize blocks bfree bavail files ffree ] */
static duk_ret_t fs_statfs(duk_context *ctx) {
    return fs_run_path(ctx, &fs_op_statfs);
}

/* readdir(path, withTypes, encoding, req) -> names | [ names, types ] */
static duk_ret_t fs_readdir(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    req.flags = duk_to_boolean(ctx, 1);
    req.encoding = duk_get_int(ctx, 2);
    return fs_run(ctx, &req, &fs_op_readdir, 3, 0);
}

/* opendir(path, encoding, req) -> [ names, types ]: the whole directory, read at once, in
 * directory order. */
static duk_ret_t fs_opendir(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    req.flags = 1;
    req.encoding = duk_get_int(ctx, 1);
    return fs_run(ctx, &req, duk_is_function(ctx, 2) ? &fs_op_opendir_async : &fs_op_opendir, 2,
                  0);
}

/* mkdir(path, mode, recursive, req) -> recursive: the first directory created, or undefined */
static duk_ret_t fs_mkdir(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    req.mode = duk_require_int(ctx, 1);
    req.flags = duk_to_boolean(ctx, 2);
    return fs_run(ctx, &req, req.flags ? &fs_op_mkdirp : &fs_op_mkdir, 3, 0);
}

/* rmdir(path, req), unlink(path, req) */
static duk_ret_t fs_rmdir(duk_context *ctx) {
    return fs_run_path(ctx, &fs_op_rmdir);
}

static duk_ret_t fs_unlink(duk_context *ctx) {
    return fs_run_path(ctx, &fs_op_unlink);
}

/* mkdtemp(prefix, encoding, req) -> path */
static duk_ret_t fs_mkdtemp(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    req.encoding = duk_get_int(ctx, 1);
    return fs_run(ctx, &req, &fs_op_mkdtemp, 2, 0);
}

/* rename(from, to, req), link(existing, new, req) */
static duk_ret_t fs_rename(duk_context *ctx) {
    return fs_run_path2(ctx, &fs_op_rename);
}

static duk_ret_t fs_link(duk_context *ctx) {
    return fs_run_path2(ctx, &fs_op_link);
}

/* symlink(target, path, flags, req); flags (dir, junction) mean nothing on Linux. */
static duk_ret_t fs_symlink(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    req.dest = fs_require_path(ctx, 1);
    return fs_run(ctx, &req, &fs_op_symlink, 3, 0);
}

/* copyFile(src, dest, mode, req) */
static duk_ret_t fs_copy_file(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    req.dest = fs_require_path(ctx, 1);
    req.flags = duk_require_int(ctx, 2);
    return fs_run(ctx, &req, &fs_op_copyfile, 3, 0);
}

/* readlink(path, encoding, req), realpath(path, encoding, req) -> path.  realpath(path) alone
 * is the module loader's synchronous form. */
static duk_ret_t fs_readlink(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    req.encoding = duk_get_int(ctx, 1);
    return fs_run(ctx, &req, &fs_op_readlink, 2, 0);
}

static duk_ret_t fs_realpath(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    req.encoding = duk_get_int(ctx, 1);
    return fs_run(ctx, &req, &fs_op_realpath, 2, 0);
}

/* access(path, mode, req) */
static duk_ret_t fs_access(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    req.mode = duk_require_int(ctx, 1);
    return fs_run(ctx, &req, &fs_op_access, 2, 0);
}

/* chmod(path, mode, req) */
static duk_ret_t fs_chmod(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    req.mode = duk_require_int(ctx, 1);
    return fs_run(ctx, &req, &fs_op_chmod, 2, 0);
}

/* chown(path, uid, gid, req), lchown(path, uid, gid, req); -1 leaves an id unchanged */
static duk_ret_t fs_chown_common(duk_context *ctx, const fs_op_t *op) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    req.uid = fs_require_id(ctx, 1);
    req.gid = fs_require_id(ctx, 2);
    return fs_run(ctx, &req, op, 3, 0);
}

static duk_ret_t fs_chown(duk_context *ctx) {
    return fs_chown_common(ctx, &fs_op_chown);
}

static duk_ret_t fs_lchown(duk_context *ctx) {
    return fs_chown_common(ctx, &fs_op_lchown);
}

/* utimes(path, atime, mtime, req), lutimes(...), futimes(fd, atime, mtime, req): seconds */
static duk_ret_t fs_utimes(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    req.atime = duk_require_number(ctx, 1);
    req.mtime = duk_require_number(ctx, 2);
    return fs_run(ctx, &req, &fs_op_utimes, 3, 0);
}

static duk_ret_t fs_lutimes(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.path = fs_require_path(ctx, 0);
    req.atime = duk_require_number(ctx, 1);
    req.mtime = duk_require_number(ctx, 2);
    req.flags = 1;
    return fs_run(ctx, &req, &fs_op_lutimes, 3, 0);
}

static duk_ret_t fs_futimes(duk_context *ctx) {
    fs_req_t req = { 0 };
    req.fd = duk_require_int(ctx, 0);
    req.atime = duk_require_number(ctx, 1);
    req.mtime = duk_require_number(ctx, 2);
    return fs_run(ctx, &req, &fs_op_futimes, 3, 0);
}

/* ------------------------------------------------------------------------------------------ */
/* Whole files */

/* The state of a synchronous readFile, shared with its protected body. */
typedef struct fs_read_sync_s {
    const char *path;   /* NULL: read fd */
    int fd;
    int flags;
    int as_buffer;
    int opened;         /* fd was opened here and must be closed */
    fs_req_t req;       /* outcome: err, err_syscall, err_nopath, result (oversized length) */
} fs_read_sync_t;

/* Reads the file straight into a Duktape buffer, without the copy the pool path makes.  Runs
 * inside duk_safe_call so that an allocation failure cannot leak the descriptor.
 * [ ] -> [ string | u8 ] or [ ] with rs->req.err set */
static duk_ret_t fs_read_file_sync_body(duk_context *ctx, void *udata) {
    fs_read_sync_t *rs = udata;
    fs_req_t *req = &rs->req;
    int fd = rs->fd;
    if (rs->path != NULL) {
        do {
            fd = open(rs->path, rs->flags | O_CLOEXEC, 0666);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0) {
            req->err = -errno;
            return 0;
        }
        rs->fd = fd;
        rs->opened = 1;
    }
    int64_t size = fs_file_size(req, fd);
    if (size < 0) {
        req->err = (int)size;
        req->err_nopath = 1;
        return 0;
    }
    size_t cap = size > 0 ? (size_t)size : 8192;
    size_t used = 0;
    char *buf = duk_push_buffer_raw(ctx, cap, DUK_BUF_FLAG_DYNAMIC | DUK_BUF_FLAG_NOZERO);
    for (;;) {
        if (used == cap) {
            if (size > 0) {
                break;
            }
            cap *= 2;
            buf = duk_resize_buffer(ctx, -1, cap);
        }
        ssize_t n = read(fd, buf + used, cap - used);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            req->err = -errno;
            req->err_syscall = "read";
            req->err_nopath = 1;
            return 0;
        }
        if (n == 0) {
            break;
        }
        used += (size_t)n;
    }
    if (rs->as_buffer) {
        duk_push_buffer_object(ctx, -1, 0, used, DUK_BUFOBJ_UINT8ARRAY);
    } else {
        nd_push_utf8(ctx, buf, used);
    }
    return 1;
}

/* readFile(path | fd, flags, encoding, req) -> string (FS_ENC_UTF8) | Uint8Array */
static duk_ret_t fs_read_file(duk_context *ctx) {
    fs_read_sync_t rs;
    memset(&rs, 0, sizeof(rs));
    if (duk_is_number(ctx, 0)) {
        rs.fd = duk_require_int(ctx, 0);
    } else {
        rs.path = fs_require_path(ctx, 0);
    }
    rs.flags = duk_get_int(ctx, 1);
    rs.as_buffer = duk_get_int(ctx, 2) == FS_ENC_BUFFER;
    if (duk_is_function(ctx, 3)) {
        rs.req.path = rs.path;
        rs.req.fd = rs.fd;
        rs.req.flags = rs.flags;
        rs.req.encoding = rs.as_buffer ? FS_ENC_BUFFER : FS_ENC_UTF8;
        return fs_run(ctx, &rs.req, &fs_op_read_file, 3, 0);
    }
    rs.req.op = &fs_op_read_file;
    rs.req.path = rs.path;
    duk_int_t rc = duk_safe_call(ctx, fs_read_file_sync_body, &rs, 0 /*nargs*/, 1 /*nrets*/);
    if (rs.opened) {
        close(rs.fd);
    }
    if (rc != DUK_EXEC_SUCCESS) {
        return duk_throw(ctx);
    }
    if (rs.req.err != 0) {
        fs_push_error(ctx, &rs.req);
        return duk_throw(ctx);
    }
    return 1;
}

/* writeFile(path | fd, data, flags, mode, flush, position, req): data is a string (written as
 * UTF-8) or a buffer; position -1 writes at the descriptor's own position. */
static duk_ret_t fs_write_file(duk_context *ctx) {
    fs_req_t req = { 0 };
    if (duk_is_number(ctx, 0)) {
        req.fd = duk_require_int(ctx, 0);
    } else {
        req.path = fs_require_path(ctx, 0);
    }
    req.buf = fs_require_bytes(ctx, 1, &req.len);
    req.flags = duk_get_int(ctx, 2);
    req.mode = duk_get_int(ctx, 3);
    req.encoding = duk_to_boolean(ctx, 4); /* flush */
    req.pos = fs_get_int64(ctx, 5, -1);
    return fs_run(ctx, &req, &fs_op_write_file, 6, 1);
}

/* ------------------------------------------------------------------------------------------ */
/* The module loader's primitives */

/* internalModuleStat(path): [ path ] -> [ 0 file | 1 directory | -errno ]  Never throws on a
 * missing path: the loader probes many candidates. */
static duk_ret_t fs_internal_module_stat(duk_context *ctx) {
    struct stat st;
    if (stat(fs_require_path(ctx, 0), &st) != 0) {
        duk_push_int(ctx, -errno);
    } else {
        duk_push_int(ctx, S_ISDIR(st.st_mode) ? 1 : 0);
    }
    return 1;
}

/* internalModuleIsLink(path): [ path ] -> [ true | false | -errno ]  lstat's answer, for the
 * loader's realpath, which resolves a file that is no link through its folder's cached one. */
static duk_ret_t fs_internal_module_is_link(duk_context *ctx) {
    struct stat st;
    if (lstat(fs_require_path(ctx, 0), &st) != 0) {
        duk_push_int(ctx, -errno);
    } else {
        duk_push_boolean(ctx, S_ISLNK(st.st_mode));
    }
    return 1;
}

/* readFileUtf8(path[, flags]): [ path flags ] -> [ string ]; throws as readFileSync does. */
static duk_ret_t fs_read_file_utf8(duk_context *ctx) {
    duk_set_top(ctx, 2);
    duk_push_int(ctx, FS_ENC_UTF8);
    duk_push_undefined(ctx);                    /* [ path flags enc undefined ] */
    return fs_read_file(ctx);
}

/* ------------------------------------------------------------------------------------------ */
/* FSEvent: one inotify watch (fs.watch) */

#define FS_EVENT_PTR_KEY DUK_HIDDEN_SYMBOL("nd_ptr")
/* What libuv's uv_fs_event watches for. */
#define FS_EVENT_MASK (IN_ATTRIB | IN_CREATE | IN_MODIFY | IN_DELETE | IN_DELETE_SELF | \
                       IN_MOVE_SELF | IN_MOVED_FROM | IN_MOVED_TO)

/*
 * Life cycle (docs/architecture.md): start() pins the JS handle (nd_ref) and, while ref'd,
 * counts in the loop's liveness; close() stops the watch, unpins and uncounts at once.  The
 * struct is freed by the finalizer, or after a delivery when the finalizer ran during it.
 */
typedef struct nd_fs_event_s {
    duk_context *ctx;
    struct event *ev;
    int fd;                 /* inotify descriptor; -1 before start() and after close() */
    int self;               /* nd_ref of the JS handle while started */
    int as_buffer;          /* filenames as Uint8Array (encoding 'buffer') */
    char *name;             /* basename of the watched path: events about the path itself */
    unsigned refed : 1;
    unsigned counted : 1;   /* currently counted in rt->refs */
    unsigned delivering : 1;
    unsigned finalized : 1;
} nd_fs_event_t;

typedef struct fs_event_batch_s {
    nd_fs_event_t *w;
    const char *buf;
    size_t len;
} fs_event_batch_t;

static void fs_event_update_ref(nd_fs_event_t *w) {
    int want = w->refed && w->fd >= 0;
    if (want && !w->counted) {
        nd_loop_ref(w->ctx);
        w->counted = 1;
    } else if (!want && w->counted) {
        nd_loop_unref(w->ctx);
        w->counted = 0;
    }
}

/* Stops the watch; no Duktape call except the unpin (skipped when finalized). */
static void fs_event_stop(nd_fs_event_t *w) {
    if (w->ev != NULL) {
        event_free(w->ev);
        w->ev = NULL;
    }
    if (w->fd >= 0) {
        close(w->fd);
        w->fd = -1;
    }
    free(w->name);
    w->name = NULL;
}

static duk_ret_t fs_event_finalize(duk_context *ctx) {
    duk_get_prop_literal(ctx, 0, FS_EVENT_PTR_KEY);
    nd_fs_event_t *w = duk_get_pointer(ctx, -1);
    if (w == NULL) {
        return 0;
    }
    duk_del_prop_literal(ctx, 0, FS_EVENT_PTR_KEY);
    /* A started handle is pinned: it is finalized only after close() or at heap destruction. */
    fs_event_stop(w);
    w->finalized = 1;
    if (!w->delivering) {
        free(w);
    }
    return 0;
}

/* Returns the watcher of `this` (never NULL: FSEvent objects always have one). */
static nd_fs_event_t *fs_event_this(duk_context *ctx) {
    duk_push_this(ctx);
    duk_get_prop_literal(ctx, -1, FS_EVENT_PTR_KEY);
    nd_fs_event_t *w = duk_get_pointer(ctx, -1);
    duk_pop_2(ctx);
    if (w == NULL) {
        (void)duk_type_error(ctx, "Illegal invocation");
    }
    return w;
}

/* Calls handle.onchange(0, eventType, filename) for each event of the batch, as libuv reports
 * them: 'rename' for anything but a change of contents or attributes. */
static void fs_event_deliver(duk_context *ctx, void *udata) {
    fs_event_batch_t *b = udata;
    nd_fs_event_t *w = b->w;
    nd_push_ref(ctx, w->self);                      /* [ handle ] */
    size_t off = 0;
    while (off + sizeof(struct inotify_event) <= b->len && w->fd >= 0) {
        const struct inotify_event *e = (const struct inotify_event *)(b->buf + off);
        off += sizeof(*e) + e->len;
        const char *type = (e->mask & ~(uint32_t)(IN_ATTRIB | IN_MODIFY)) ? "rename" : "change";
        const char *name = e->len > 0 ? e->name : w->name;
        duk_get_prop_literal(ctx, -1, "onchange");   /* [ handle onchange ] */
        duk_dup(ctx, -2);
        duk_push_int(ctx, 0);
        duk_push_string(ctx, type);
        if (w->as_buffer) {
            fs_push_uint8array(ctx, name, strlen(name));
        } else {
            nd_push_utf8(ctx, name, strlen(name));
        }
        duk_call_method(ctx, 3);                     /* [ handle result ] */
        duk_pop(ctx);
    }
    duk_pop(ctx);
}

static void fs_event_cb(evutil_socket_t fd, short what, void *arg) {
    (void)what;
    nd_fs_event_t *w = arg;
    /* Aligned for struct inotify_event; large enough for one event with the longest name. */
    uint64_t buf[(sizeof(struct inotify_event) + NAME_MAX + 1) * 16 / sizeof(uint64_t)];
    while (w->fd >= 0) {
        ssize_t n = read(fd, buf, sizeof(buf));
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        fs_event_batch_t b = { w, (const char *)buf, (size_t)n };
        w->delivering = 1;
        nd_invoke(w->ctx, fs_event_deliver, &b);
        w->delivering = 0;
        if (w->finalized) {
            /* closed and collected while its listener ran */
            free(w);
            return;
        }
    }
}

/* new FSEvent(): [ ] -> this gets an idle watcher. */
static duk_ret_t fs_event_constructor(duk_context *ctx) {
    if (!duk_is_constructor_call(ctx)) {
        return duk_type_error(ctx, "Class constructor FSEvent cannot be invoked without 'new'");
    }
    duk_push_this(ctx);
    nd_fs_event_t *w = calloc(1, sizeof(*w));
    if (w == NULL) {
        return duk_range_error(ctx, "out of memory");
    }
    w->ctx = nd_rt(ctx)->ctx; /* the main thread: ctx may be a coroutine */
    w->fd = -1;
    w->refed = 1;
    duk_push_pointer(ctx, w);
    duk_put_prop_literal(ctx, -2, FS_EVENT_PTR_KEY);
    duk_push_c_function(ctx, fs_event_finalize, 2);
    duk_set_finalizer(ctx, -2);
    return 0;
}

/* handle.start(path, persistent, asBuffer): [ path persistent asBuffer ] -> [ 0 | -errno ] */
static duk_ret_t fs_event_start(duk_context *ctx) {
    nd_fs_event_t *w = fs_event_this(ctx);
    const char *path = fs_require_path(ctx, 0);
    int persistent = duk_to_boolean(ctx, 1);
    int as_buffer = duk_to_boolean(ctx, 2);
    if (w->fd >= 0) {
        duk_push_int(ctx, 0);
        return 1;
    }
    const char *slash = strrchr(path, '/');
    char *name = strdup(slash != NULL && slash[1] != '\0' ? slash + 1 : path);
    int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    int err = 0;
    if (name == NULL) {
        err = -ENOMEM;
    } else if (fd < 0) {
        err = -errno;
    } else if (inotify_add_watch(fd, path, FS_EVENT_MASK) < 0) {
        err = -errno;
    }
    struct event *ev = NULL;
    if (err == 0) {
        ev = event_new(nd_rt(ctx)->base, fd, EV_READ | EV_PERSIST, fs_event_cb, w);
        if (ev == NULL || event_add(ev, NULL) != 0) {
            err = -ENOMEM;
        }
    }
    if (err != 0) {
        if (ev != NULL) {
            event_free(ev);
        }
        if (fd >= 0) {
            close(fd);
        }
        free(name);
        duk_push_int(ctx, err);
        return 1;
    }
    /* The struct owns everything from here; the finalizer releases it if a call below throws. */
    w->fd = fd;
    w->ev = ev;
    w->name = name;
    w->as_buffer = as_buffer;
    w->refed = persistent;
    duk_push_this(ctx);
    w->self = nd_ref(ctx, -1);
    fs_event_update_ref(w);
    duk_push_int(ctx, 0);
    return 1;
}

/* handle.close(): stops watching; the handle can be collected afterwards. */
static duk_ret_t fs_event_close(duk_context *ctx) {
    nd_fs_event_t *w = fs_event_this(ctx);
    if (w->fd < 0) {
        return 0;
    }
    fs_event_stop(w);
    fs_event_update_ref(w);
    nd_unref(ctx, w->self);
    w->self = 0;
    return 0;
}

/* handle.ref(), handle.unref(): whether an active watch keeps the loop alive. */
static duk_ret_t fs_event_ref(duk_context *ctx) {
    nd_fs_event_t *w = fs_event_this(ctx);
    w->refed = 1;
    fs_event_update_ref(w);
    return 0;
}

static duk_ret_t fs_event_unref(duk_context *ctx) {
    nd_fs_event_t *w = fs_event_this(ctx);
    w->refed = 0;
    fs_event_update_ref(w);
    return 0;
}

/* handle.initialized: whether start() succeeded and close() was not called. */
static duk_ret_t fs_event_initialized(duk_context *ctx) {
    duk_push_boolean(ctx, fs_event_this(ctx)->fd >= 0);
    return 1;
}

/* Pushes the FSEvent constructor.  [ ] -> [ FSEvent ] */
static void fs_push_event_class(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "start", fs_event_start, 3 },
        { "close", fs_event_close, 0 },
        { "ref", fs_event_ref, 0 },
        { "unref", fs_event_unref, 0 },
        { NULL, NULL, 0 }
    };
    duk_push_c_function(ctx, fs_event_constructor, 0);   /* [ FSEvent ] */
    duk_push_object(ctx);                                /* [ FSEvent proto ] */
    duk_put_function_list(ctx, -1, methods);
    duk_push_literal(ctx, "initialized");
    duk_push_c_function(ctx, fs_event_initialized, 0);
    duk_def_prop(ctx, -3, DUK_DEFPROP_HAVE_GETTER | DUK_DEFPROP_SET_CONFIGURABLE);
    duk_put_prop_literal(ctx, -2, "prototype");
}

/* ------------------------------------------------------------------------------------------ */

/* Pushes fs.constants in Node's order.  [ ] -> [ constants ] */
static void fs_push_constants(duk_context *ctx) {
    static const struct {
        const char *name;
        int value;
    } constants[] = {
        { "UV_FS_SYMLINK_DIR", 1 }, { "UV_FS_SYMLINK_JUNCTION", 2 },
        { "O_RDONLY", O_RDONLY }, { "O_WRONLY", O_WRONLY }, { "O_RDWR", O_RDWR },
        { "UV_DIRENT_UNKNOWN", FS_DIRENT_UNKNOWN }, { "UV_DIRENT_FILE", FS_DIRENT_FILE },
        { "UV_DIRENT_DIR", FS_DIRENT_DIR }, { "UV_DIRENT_LINK", FS_DIRENT_LINK },
        { "UV_DIRENT_FIFO", FS_DIRENT_FIFO }, { "UV_DIRENT_SOCKET", FS_DIRENT_SOCKET },
        { "UV_DIRENT_CHAR", FS_DIRENT_CHAR }, { "UV_DIRENT_BLOCK", FS_DIRENT_BLOCK },
        { "EXTENSIONLESS_FORMAT_JAVASCRIPT", 0 }, { "EXTENSIONLESS_FORMAT_WASM", 1 },
        { "S_IFMT", S_IFMT }, { "S_IFREG", S_IFREG }, { "S_IFDIR", S_IFDIR },
        { "S_IFCHR", S_IFCHR }, { "S_IFBLK", S_IFBLK }, { "S_IFIFO", S_IFIFO },
        { "S_IFLNK", S_IFLNK }, { "S_IFSOCK", S_IFSOCK },
        { "O_CREAT", O_CREAT }, { "O_EXCL", O_EXCL }, { "UV_FS_O_FILEMAP", 0 },
        { "O_NOCTTY", O_NOCTTY }, { "O_TRUNC", O_TRUNC }, { "O_APPEND", O_APPEND },
        { "O_DIRECTORY", O_DIRECTORY }, { "O_NOATIME", O_NOATIME },
        { "O_NOFOLLOW", O_NOFOLLOW }, { "O_SYNC", O_SYNC }, { "O_DSYNC", O_DSYNC },
        { "O_DIRECT", O_DIRECT }, { "O_NONBLOCK", O_NONBLOCK },
        { "S_IRWXU", S_IRWXU }, { "S_IRUSR", S_IRUSR }, { "S_IWUSR", S_IWUSR },
        { "S_IXUSR", S_IXUSR }, { "S_IRWXG", S_IRWXG }, { "S_IRGRP", S_IRGRP },
        { "S_IWGRP", S_IWGRP }, { "S_IXGRP", S_IXGRP }, { "S_IRWXO", S_IRWXO },
        { "S_IROTH", S_IROTH }, { "S_IWOTH", S_IWOTH }, { "S_IXOTH", S_IXOTH },
        { "F_OK", F_OK }, { "R_OK", R_OK }, { "W_OK", W_OK }, { "X_OK", X_OK },
        { "UV_FS_COPYFILE_EXCL", FS_COPYFILE_EXCL }, { "COPYFILE_EXCL", FS_COPYFILE_EXCL },
        { "UV_FS_COPYFILE_FICLONE", FS_COPYFILE_FICLONE },
        { "COPYFILE_FICLONE", FS_COPYFILE_FICLONE },
        { "UV_FS_COPYFILE_FICLONE_FORCE", FS_COPYFILE_FICLONE_FORCE },
        { "COPYFILE_FICLONE_FORCE", FS_COPYFILE_FICLONE_FORCE },
    };
    duk_push_object(ctx);
    for (size_t i = 0; i < ND_ARRAY_SIZE(constants); i++) {
        duk_push_int(ctx, constants[i].value);
        duk_put_prop_string(ctx, -2, constants[i].name);
    }
}

duk_ret_t nd_open_fs(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "access", fs_access, 3 },
        { "chmod", fs_chmod, 3 },
        { "chown", fs_chown, 4 },
        { "close", fs_close, 2 },
        { "copyFile", fs_copy_file, 4 },
        { "fchmod", fs_fchmod, 3 },
        { "fchown", fs_fchown, 4 },
        { "fdatasync", fs_fdatasync, 2 },
        { "fstat", fs_fstat, 2 },
        { "fsync", fs_fsync, 2 },
        { "ftruncate", fs_ftruncate, 3 },
        { "futimes", fs_futimes, 4 },
        { "internalModuleStat", fs_internal_module_stat, 1 },
        { "internalModuleIsLink", fs_internal_module_is_link, 1 },
        { "lchown", fs_lchown, 4 },
        { "link", fs_link, 3 },
        { "lstat", fs_lstat, 2 },
        { "lutimes", fs_lutimes, 4 },
        { "mkdir", fs_mkdir, 4 },
        { "mkdtemp", fs_mkdtemp, 3 },
        { "open", fs_open, 4 },
        { "opendir", fs_opendir, 3 },
        { "read", fs_read, 6 },
        { "readFile", fs_read_file, 4 },
        { "readFileUtf8", fs_read_file_utf8, 2 },
        { "readdir", fs_readdir, 4 },
        { "readlink", fs_readlink, 3 },
        { "readv", fs_readv, 4 },
        { "realpath", fs_realpath, 3 },
        { "rename", fs_rename, 3 },
        { "rmdir", fs_rmdir, 2 },
        { "stat", fs_stat, 2 },
        { "statfs", fs_statfs, 2 },
        { "symlink", fs_symlink, 4 },
        { "unlink", fs_unlink, 2 },
        { "utimes", fs_utimes, 4 },
        { "writeBuffer", fs_write_buffer, 6 },
        { "writeBuffers", fs_write_buffers, 4 },
        { "writeFile", fs_write_file, 7 },
        { "writeString", fs_write_string, 4 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    fs_push_constants(ctx);
    duk_put_prop_literal(ctx, -2, "constants");
    fs_push_event_class(ctx);
    duk_put_prop_literal(ctx, -2, "FSEvent");
    return 1;
}
