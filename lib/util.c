/*
 * lib/util.c: native helpers for js/util.js and the internal polyfills.
 *
 * hiddenKey(name) returns a Duktape hidden-symbol key: JavaScript can use it as a property key,
 * and no reflection (Object.keys, getOwnPropertySymbols, for-in, JSON) ever shows it.  The Map and
 * Set polyfills store object identities under such keys.  guessHandleType(fd) names what a
 * descriptor is, as libuv's uv_guess_handle and Node's util binding do.  presize(obj, n) makes
 * room for an object's properties at once, and parseFrame(line) splits a traceback line (both
 * for hot paths).  The weak stand-ins below answer for src/duk_fastpath.c's helpers when a
 * changed Duktape source leaves that file out.
 */
#include "nd.h"
#include "bindings.h"

#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <unistd.h>

/* util.hiddenKey(name): [ name ] -> [ key ] */
static duk_ret_t util_hidden_key(duk_context *ctx) {
    duk_push_sprintf(ctx, "\xff" "nd_%s", duk_require_string(ctx, 0));
    return 1;
}

/* Returns what fd is: 'TCP', 'TTY', 'UDP', 'FILE', 'PIPE' or 'UNKNOWN' (libuv's rules). */
static const char *util_handle_type(int fd) {
    struct stat st;
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    int type = 0;
    socklen_t tlen = sizeof(type);
    if (fd < 0) {
        return "UNKNOWN";
    }
    if (isatty(fd)) {
        return "TTY";
    }
    if (fstat(fd, &st) != 0) {
        return "UNKNOWN";
    }
    if (S_ISREG(st.st_mode) || S_ISCHR(st.st_mode)) {
        return "FILE";
    }
    if (S_ISFIFO(st.st_mode)) {
        return "PIPE";
    }
    if (!S_ISSOCK(st.st_mode) || getsockname(fd, (struct sockaddr *)&ss, &len) != 0 ||
        getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &tlen) != 0) {
        return "UNKNOWN";
    }
    int inet = ss.ss_family == AF_INET || ss.ss_family == AF_INET6;
    if (type == SOCK_DGRAM && inet) {
        return "UDP";
    }
    if (type == SOCK_STREAM && inet) {
        return "TCP";
    }
    if (type == SOCK_STREAM && ss.ss_family == AF_UNIX) {
        return "PIPE";
    }
    return "UNKNOWN";
}

/* util.guessHandleType(fd): [ fd ] -> [ type ] */
static duk_ret_t util_guess_handle_type(duk_context *ctx) {
    duk_push_string(ctx, util_handle_type(duk_require_int(ctx, 0)));
    return 1;
}

/* util.presize(obj, n): room for n own properties of a freshly made object, in one allocation
 * (src/duk_fastpath.c). */
static duk_ret_t util_presize(duk_context *ctx) {
    nd_duk_presize(ctx, 0, (duk_uint_t)duk_require_uint(ctx, 1));
    return 0;
}

/* Stand-ins for src/duk_fastpath.c's helpers when a Duktape source without its hooks left that
 * file out of the build: no presizing, arrays filled one element at a time, and every object read
 * through duk_enum. */
__attribute__((weak)) void nd_duk_presize(duk_context *ctx, duk_idx_t idx, duk_uint_t entries) {
    (void)ctx;
    (void)idx;
    (void)entries;
}

__attribute__((weak)) void nd_duk_pack(duk_context *ctx, duk_idx_t count) {
    duk_push_array(ctx);
    duk_insert(ctx, -count - 1);
    for (duk_idx_t i = count - 1; i >= 0; i--) {
        duk_put_prop_index(ctx, -(i + 2), (duk_uarridx_t)i); /* [ arr v0 .. vi ] -> [ arr v0 .. ] */
    }
}

__attribute__((weak)) duk_int_t nd_duk_plain_slots(duk_context *ctx, duk_idx_t idx) {
    (void)ctx;
    (void)idx;
    return -1;
}

__attribute__((weak)) duk_bool_t nd_duk_plain_entry(duk_context *ctx, duk_idx_t idx, duk_int_t i) {
    (void)ctx;
    (void)idx;
    (void)i;
    return 0;
}

/* Pushes [ line name where flags engine ] for parse_frame: the slices of s at the given bounds,
 * flags undefined when fl_start is 0, engine whether where matches /\.c:\d+$/. */
static void util_push_frame(duk_context *ctx, const char *s, size_t p, size_t w_end, size_t fl_start,
                            size_t len) {
    size_t d = w_end;
    while (d > p + 2 && s[d - 1] >= '0' && s[d - 1] <= '9') {
        d--;
    }
    int engine = d < w_end && d >= p + 5 && memcmp(s + d - 3, ".c:", 3) == 0;
    duk_push_array(ctx);
    duk_dup(ctx, 0);
    duk_put_prop_index(ctx, -2, 0);
    duk_push_lstring(ctx, s + 7, p - 7);
    duk_put_prop_index(ctx, -2, 1);
    duk_push_lstring(ctx, s + p + 2, w_end - (p + 2));
    duk_put_prop_index(ctx, -2, 2);
    if (fl_start != 0) {
        duk_push_lstring(ctx, s + fl_start, len - fl_start);
    } else {
        duk_push_undefined(ctx);
    }
    duk_put_prop_index(ctx, -2, 3);
    duk_push_boolean(ctx, engine);
    duk_put_prop_index(ctx, -2, 4);
}

/* util.parseFrame(line): [ line ] -> [ [ line name where flags engine ] | null | undefined ]
 * What /^ {4}at (.*?) \((.*)\)(?: ([a-z ]+))?$/.exec(line) gives for a traceback line (the
 * first ' (' after which the rest can close: on a last ')' or on one before ' flags'), and
 * whether `where` ends in a C file's ':line' (/\.c:\d+$/), without Duktape's regular expression
 * matcher, which tried every split of every line (js/internal/error_stack.js; depd reads a stack
 * for every module that uses it).  undefined for a line with a line terminator, which '.' does
 * not match: the caller runs the regular expression then.  The structure is ASCII, which is
 * never part of a longer character in Duktape's encoding, so byte positions cut where the
 * expression's would. */
static duk_ret_t util_parse_frame(duk_context *ctx) {
    duk_size_t len;
    const char *s = duk_require_lstring(ctx, 0, &len);
    if (len < 7 || memcmp(s, "    at ", 7) != 0) {
        duk_push_null(ctx);
        return 1;
    }
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '\n' || c == '\r' ||
            (c == 0xe2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
             ((unsigned char)s[i + 2] == 0xa8 || (unsigned char)s[i + 2] == 0xa9))) {
            return 0;
        }
    }
    /* The flags can only be the longest tail of [a-z ] characters, after ') '. */
    size_t fl = len;
    while (fl > 0 && ((s[fl - 1] >= 'a' && s[fl - 1] <= 'z') || s[fl - 1] == ' ')) {
        fl--;
    }
    for (size_t p = 7; p + 1 < len; p++) {
        if (s[p] != ' ' || s[p + 1] != '(') {
            continue;
        }
        if (s[len - 1] == ')' && len - 1 >= p + 2) {
            util_push_frame(ctx, s, p, len - 1, 0, len);
            return 1;
        }
        if (fl >= p + 3 && fl + 1 < len && s[fl - 1] == ')' && s[fl] == ' ') {
            util_push_frame(ctx, s, p, fl - 1, fl + 1, len);
            return 1;
        }
    }
    duk_push_null(ctx);
    return 1;
}

duk_ret_t nd_open_util(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "hiddenKey", util_hidden_key, 1 },
        { "guessHandleType", util_guess_handle_type, 1 },
        { "presize", util_presize, 2 },
        { "parseFrame", util_parse_frame, 1 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    /* Duktape's internal key of an error's traceback: js/internal/polyfills/error.js moves it
     * from a wrapper's error to the native one, so `cause` support keeps native stacks. */
    duk_push_string(ctx, "\x82" "Tracedata");
    duk_put_prop_literal(ctx, -2, "tracedataKey");
    return 1;
}
