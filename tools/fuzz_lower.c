/*
 * tools/fuzz_lower.c: libFuzzer target for the lowering compiler (src/lower/).
 *
 * Feeds arbitrary bytes to nd_lower() with each flag set: it must return 0, -EINVAL or -ENOMEM,
 * never crash, leak or hang, and a successful result must keep the input's line count (the
 * compiler's promise to stack traces).  Built and run by `make fuzz` with clang's
 * -fsanitize=fuzzer,address,undefined; the seed corpus is the lowering probes in test/out/.
 */
#include "lower/lower.h"

#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static size_t count_lines(const char *p, size_t n) {
    size_t lines = 1;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\n') {
            lines++;
        }
    }
    return lines;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const int flags[] = {
        ND_LOWER_MODULE_FUNCTION_BODY,
        ND_LOWER_SCRIPT | ND_LOWER_NO_FAST_PATH,
        ND_LOWER_EVAL,
        ND_LOWER_ESM
    };
    const char *src = (const char *)data;
    for (size_t i = 0; i < sizeof(flags) / sizeof(flags[0]); i++) {
        nd_lower_result_t r;
        memset(&r, 0, sizeof(r));
        int rc = nd_lower(src, size, flags[i], &r);
        if (rc != 0 && rc != -EINVAL && rc != -ENOMEM) {
            abort();
        }
        /* Only line feeds count: a carriage return alone may be normalised.  An ES module's
         * output ends with one line more, the closing of its body. */
        int extra = (flags[i] & ND_LOWER_ESM) ? 1 : 0;
        if (rc == 0 && memchr(src, '\r', size) == NULL &&
            count_lines(r.code, r.len) != count_lines(src, size) + extra) {
            abort();
        }
        nd_lower_result_free(&r);
    }
    return 0;
}
