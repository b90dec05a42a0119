/*
 * src/util.c: small services shared by src/ and lib/: the monotonic clock, complete writes, and
 * strings crossing between UTF-8 bytes and Duktape (src/utf8.c does the byte work).
 */
#include "nd.h"
#include "utf8.h"

#include <errno.h>
#include <poll.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

double nd_hrtime_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

int nd_write_all(int fd, const char *buf, size_t len) {
    while (len > 0) {
        ssize_t n = write(fd, buf, len);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == EAGAIN) {
                /* A non-blocking pipe or terminal is full: Node's stdout is synchronous on
                 * Linux, so wait until it drains rather than lose the bytes. */
                struct pollfd pfd = { fd, POLLOUT, 0 };
                poll(&pfd, 1, -1);
                continue;
            }
            return -errno;
        }
        buf += n;
        len -= (size_t)n;
    }
    return 0;
}

void nd_push_utf8(duk_context *ctx, const char *p, size_t len) {
    const unsigned char *u = (const unsigned char *)p;
    size_t i = 0;
    /* Eight bytes a step: the sources require() reads are mostly ASCII (a byte a step was 2%
     * of Express's start-up). */
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, u + i, 8);
        if ((w & 0x8080808080808080ULL) != 0) {
            break;
        }
    }
    while (i < len && u[i] < 0x80) {
        i++;
    }
    if (i == len) {
        duk_push_lstring(ctx, p, len);
        return;
    }
    char *out = duk_push_fixed_buffer(ctx, nd_utf8_to_cesu_bound(len));
    size_t n = nd_utf8_to_cesu(u, len, out);
    duk_push_lstring(ctx, out, n);
    duk_remove(ctx, -2);
}

const char *nd_get_utf8(duk_context *ctx, duk_idx_t idx, size_t *len) {
    duk_size_t n;
    const char *s = duk_require_lstring(ctx, idx, &n);
    if (!nd_cesu_needs_fix((const unsigned char *)s, n)) {
        *len = n;
        return s;
    }
    idx = duk_normalize_index(ctx, idx);
    char *out = duk_push_fixed_buffer(ctx, n);
    *len = nd_cesu_to_utf8((const unsigned char *)s, n, out);
    duk_replace(ctx, idx);
    return out;
}
