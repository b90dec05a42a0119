/*
 * tools/ndlower.c: command-line front end of the lowering compiler, for tests and debugging.
 *
 *   ndlower [-f] [-s|-m] [-t N] FILE  lower FILE (a CommonJS module body) and print the ES5 code;
 *                                   -f disables the ES5 fast path, -s lowers as a script, -m as
 *                                   an ES module,
 *                                   -t N lowers N times and prints the throughput instead.
 * On a syntax error prints "FILE:LINE:COL: SyntaxError: MSG" to stderr and exits 1.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "lower/lower.h"

static char *read_file(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    size_t cap = 0, n = 0;
    if (f == NULL) {
        return NULL;
    }
    for (;;) {
        if (n + 65536 > cap) {
            cap = cap ? cap * 2 : 65536 * 2;
            char *nb = realloc(buf, cap);
            if (nb == NULL) {
                free(buf);
                fclose(f);
                return NULL;
            }
            buf = nb;
        }
        size_t r = fread(buf + n, 1, cap - n, f);
        n += r;
        if (r == 0) {
            break;
        }
    }
    fclose(f);
    *len = n;
    return buf;
}

int main(int argc, char **argv) {
    int flags = ND_LOWER_MODULE_FUNCTION_BODY;
    int times = 0;
    const char *path = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "-f") == 0) {
            flags |= ND_LOWER_NO_FAST_PATH;
        } else if (strcmp(argv[i], "-m") == 0) {
            flags = (flags & ~ND_LOWER_MODULE_FUNCTION_BODY) | ND_LOWER_ESM;
        } else if (strcmp(argv[i], "-s") == 0) {
            flags = (flags & ~ND_LOWER_MODULE_FUNCTION_BODY) | ND_LOWER_SCRIPT;
        } else if (strcmp(argv[i], "-t") == 0 && i + 1 < argc) {
            times = atoi(argv[++i]);
        } else {
            path = argv[i];
        }
    }
    if (path == NULL) {
        fprintf(stderr, "usage: ndlower [-f] [-s] [-t N] FILE\n");
        return 2;
    }
    size_t len = 0;
    char *src = read_file(path, &len);
    if (src == NULL) {
        fprintf(stderr, "ndlower: cannot read %s: %s\n", path, strerror(errno));
        return 2;
    }
    nd_lower_result_t r;
    if (times > 0) {
        struct timespec t0, t1;
        clock_gettime(CLOCK_MONOTONIC, &t0);
        for (int i = 0; i < times; i++) {
            int rc = nd_lower(src, len, flags, &r);
            if (rc != 0) {
                fprintf(stderr, "%s:%d:%d: SyntaxError: %s\n", path, r.error_line,
                        r.error_column, r.error_message ? r.error_message : "out of memory");
                nd_lower_result_free(&r);
                free(src);
                return 1;
            }
            nd_lower_result_free(&r);
        }
        clock_gettime(CLOCK_MONOTONIC, &t1);
        double s = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
        printf("%zu bytes x %d in %.3f s: %.1f MB/s\n", len, times, s,
               (double)len * times / s / 1e6);
        free(src);
        return 0;
    }
    int rc = nd_lower(src, len, flags, &r);
    if (rc != 0) {
        fprintf(stderr, "%s:%d:%d: SyntaxError: %s\n", path, r.error_line, r.error_column,
                r.error_message ? r.error_message : "out of memory");
        nd_lower_result_free(&r);
        free(src);
        return 1;
    }
    fwrite(r.code, 1, r.len, stdout);
    nd_lower_result_free(&r);
    free(src);
    return 0;
}
