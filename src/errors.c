/*
 * src/errors.c: Node-shaped system errors from negative errno values.
 *
 * ND_ERRNO_MAP holds the code and the text Node prints for each errno (libuv's wording, checked
 * against node; strerror()'s wording and case differ).  Bindings throw through nd_throw_errno, or
 * push with nd_push_errno_error for asynchronous callbacks.
 */
#include "nd.h"

#include <errno.h>
#include <string.h>

#define ND_ERRNO_MAP(X)                                                   \
    X(E2BIG, "argument list too long")                                    \
    X(EACCES, "permission denied")                                        \
    X(EADDRINUSE, "address already in use")                               \
    X(EADDRNOTAVAIL, "address not available")                             \
    X(EAFNOSUPPORT, "address family not supported")                       \
    X(EAGAIN, "resource temporarily unavailable")                         \
    X(EALREADY, "connection already in progress")                         \
    X(EBADF, "bad file descriptor")                                       \
    X(EBUSY, "resource busy or locked")                                   \
    X(ECANCELED, "operation canceled")                                    \
    X(ECONNABORTED, "software caused connection abort")                   \
    X(ECONNREFUSED, "connection refused")                                 \
    X(ECONNRESET, "connection reset by peer")                             \
    X(EDESTADDRREQ, "destination address required")                       \
    X(EEXIST, "file already exists")                                      \
    X(EFAULT, "bad address in system call argument")                      \
    X(EFBIG, "file too large")                                            \
    X(EHOSTUNREACH, "host is unreachable")                                \
    X(EINTR, "interrupted system call")                                   \
    X(EINVAL, "invalid argument")                                         \
    X(EIO, "i/o error")                                                   \
    X(EISCONN, "socket is already connected")                             \
    X(EISDIR, "illegal operation on a directory")                         \
    X(ELOOP, "too many symbolic links encountered")                       \
    X(EMFILE, "too many open files")                                      \
    X(EMLINK, "too many links")                                           \
    X(EMSGSIZE, "message too long")                                       \
    X(ENAMETOOLONG, "name too long")                                      \
    X(ENETDOWN, "network is down")                                        \
    X(ENETUNREACH, "network is unreachable")                              \
    X(ENFILE, "file table overflow")                                      \
    X(ENOBUFS, "no buffer space available")                               \
    X(ENODEV, "no such device")                                           \
    X(ENOENT, "no such file or directory")                                \
    X(ENOMEM, "not enough memory")                                        \
    X(ENOSPC, "no space left on device")                                  \
    X(ENOSYS, "function not implemented")                                 \
    X(ENOTCONN, "socket is not connected")                                \
    X(ENOTDIR, "not a directory")                                         \
    X(ENOTEMPTY, "directory not empty")                                   \
    X(ENOTSOCK, "socket operation on non-socket")                         \
    X(ENOTSUP, "operation not supported on socket")                       \
    X(ENXIO, "no such device or address")                                 \
    X(EPERM, "operation not permitted")                                   \
    X(EPIPE, "broken pipe")                                               \
    X(EPROTO, "protocol error")                                           \
    X(EPROTONOSUPPORT, "protocol not supported")                          \
    X(ERANGE, "result too large")                                         \
    X(EROFS, "read-only file system")                                     \
    X(ESHUTDOWN, "cannot send after transport endpoint shutdown")         \
    X(ESPIPE, "invalid seek")                                             \
    X(ESRCH, "no such process")                                           \
    X(ETIMEDOUT, "connection timed out")                                  \
    X(ETXTBSY, "text file is busy")                                       \
    X(EXDEV, "cross-device link not permitted")

typedef struct errno_entry_s {
    int err;
    const char *code;
    const char *message;
} errno_entry_t;

#define ERRNO_ENTRY(name, text) { name, #name, text },
static const errno_entry_t errno_table[] = { ND_ERRNO_MAP(ERRNO_ENTRY) };
#undef ERRNO_ENTRY

static const errno_entry_t *errno_lookup(int err) {
    int e = err < 0 ? -err : err;
    for (size_t i = 0; i < ND_ARRAY_SIZE(errno_table); i++) {
        if (errno_table[i].err == e) {
            return &errno_table[i];
        }
    }
    return NULL;
}

const char *nd_errno_code(int err) {
    const errno_entry_t *e = errno_lookup(err);
    return e != NULL ? e->code : NULL;
}

const char *nd_errno_message(int err) {
    const errno_entry_t *e = errno_lookup(err);
    return e != NULL ? e->message : "unknown error";
}

void nd_push_errno_error(duk_context *ctx, int err, const char *syscall, const char *path,
                         const char *dest) {
    const char *code = nd_errno_code(err);
    if (code == NULL) {
        code = "UNKNOWN";
    }
    if (path != NULL && dest != NULL) {
        duk_push_error_object(ctx, DUK_ERR_ERROR, "%s: %s, %s '%s' -> '%s'", code,
                              nd_errno_message(err), syscall, path, dest);
    } else if (path != NULL) {
        duk_push_error_object(ctx, DUK_ERR_ERROR, "%s: %s, %s '%s'", code, nd_errno_message(err),
                              syscall, path);
    } else {
        duk_push_error_object(ctx, DUK_ERR_ERROR, "%s: %s, %s", code, nd_errno_message(err),
                              syscall);
    }
    duk_push_int(ctx, err < 0 ? err : -err);
    duk_put_prop_literal(ctx, -2, "errno");
    duk_push_string(ctx, code);
    duk_put_prop_literal(ctx, -2, "code");
    duk_push_string(ctx, syscall);
    duk_put_prop_literal(ctx, -2, "syscall");
    if (path != NULL) {
        duk_push_string(ctx, path);
        duk_put_prop_literal(ctx, -2, "path");
    }
    if (dest != NULL) {
        duk_push_string(ctx, dest);
        duk_put_prop_literal(ctx, -2, "dest");
    }
}

duk_ret_t nd_throw_errno(duk_context *ctx, int err, const char *syscall, const char *path) {
    nd_push_errno_error(ctx, err, syscall, path, NULL);
    return duk_throw(ctx);
}
