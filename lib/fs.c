/*
 * lib/fs.c: native side of the 'fs' module.
 *
 * For now the synchronous primitives the module loader needs (stat without throwing, whole-file
 * reads, realpath).  Errors are Node's: nd_throw_errno with the syscall that failed.
 */
#include "nd.h"
#include "bindings.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* fs.internalModuleStat(path): [ path ] -> [ 0 file | 1 directory | -errno ]  Never throws on
 * a missing path: the loader probes many candidates. */
static duk_ret_t fs_internal_module_stat(duk_context *ctx) {
    struct stat st;
    if (stat(duk_require_string(ctx, 0), &st) != 0) {
        duk_push_int(ctx, -errno);
    } else {
        duk_push_int(ctx, S_ISDIR(st.st_mode) ? 1 : 0);
    }
    return 1;
}

/* Reads all of fd into a new buffer on the stack.  [ ... ] -> [ ... buf ]  Returns 0 or -errno
 * (the buffer is pushed either way, so the caller's stack is predictable). */
static int fs_read_fd(duk_context *ctx, int fd) {
    struct stat st;
    size_t cap = (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
                     ? (size_t)st.st_size + 1 : 65536;
    size_t used = 0;
    char *buf = duk_push_dynamic_buffer(ctx, cap);
    for (;;) {
        if (used == cap) {
            cap *= 2;
            buf = duk_resize_buffer(ctx, -1, cap);
        }
        ssize_t n = read(fd, buf + used, cap - used);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return -errno;
        }
        if (n == 0) {
            break;
        }
        used += (size_t)n;
    }
    duk_resize_buffer(ctx, -1, used);
    return 0;
}

/* fs.readFileUtf8(path): [ path ] -> [ string ]; throws ENOENT etc. as Node's readFileSync. */
static duk_ret_t fs_read_file_utf8(duk_context *ctx) {
    const char *path = duk_require_string(ctx, 0);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return nd_throw_errno(ctx, -errno, "open", path);
    }
    int rc = fs_read_fd(ctx, fd);
    close(fd);
    if (rc < 0) {
        return nd_throw_errno(ctx, rc, "read", NULL);
    }
    duk_size_t len;
    const char *bytes = duk_get_buffer(ctx, -1, &len);
    nd_push_utf8(ctx, bytes, len);
    return 1;
}

/* fs.realpath(path): [ path ] -> [ resolved ] */
static duk_ret_t fs_realpath(duk_context *ctx) {
    const char *path = duk_require_string(ctx, 0);
    char buf[PATH_MAX];
    if (realpath(path, buf) == NULL) {
        return nd_throw_errno(ctx, -errno, "realpath", path);
    }
    duk_push_string(ctx, buf);
    return 1;
}

duk_ret_t nd_open_fs(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "internalModuleStat", fs_internal_module_stat, 1 },
        { "readFileUtf8", fs_read_file_utf8, 1 },
        { "realpath", fs_realpath, 1 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    return 1;
}
