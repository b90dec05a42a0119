/*
 * lib/path.c: the POSIX path scans of js/path.js, in C.
 *
 * Module resolution calls path.resolve, dirname, basename and extname thousands of times at
 * start-up (half of the JavaScript Express runs before it listens), and a character loop in
 * Duktape costs a native call per character.  These functions work on the bytes of Duktape's
 * string encoding: '/' and '.' are single bytes there and never part of another character, so
 * every cut falls where Node's loop over UTF-16 units would cut.  Arguments are strings checked by
 * js/path.js.
 */
#include "nd.h"
#include "bindings.h"

#include <string.h>

/* Where the last segment of out[0..len) starts. */
static size_t path_last_segment(const char *out, size_t len) {
    while (len > 0 && out[len - 1] != '/') {
        len--;
    }
    return len;
}

/* Writes the segments of p[0..len) without '' and '.', each '..' taking back the segment before
 * it (kept when there is none and allow_above_root), joined by '/', to out; returns the length.
 * out may be p: the output never runs ahead of the input. */
static size_t path_normalize(const char *p, size_t len, char *out, int allow_above_root) {
    size_t n = 0;
    for (size_t i = 0; i <= len;) {
        size_t start = i;
        while (i < len && p[i] != '/') {
            i++;
        }
        size_t seg = i - start;
        i++;
        if (seg == 0 || (seg == 1 && p[start] == '.')) {
            continue;
        }
        if (seg == 2 && p[start] == '.' && p[start + 1] == '.') {
            size_t last = path_last_segment(out, n);
            if (n > 0 && !(n - last == 2 && out[last] == '.' && out[last + 1] == '.')) {
                n = last > 0 ? last - 1 : 0;
                continue;
            }
            if (!allow_above_root) {
                continue;
            }
        }
        if (n > 0) {
            out[n++] = '/';
        }
        memmove(out + n, p + start, seg);
        n += seg;
    }
    return n;
}

/* path.normalizeString(path, allowAboveRoot): [ path bool ] -> [ normalized ] */
static duk_ret_t path_normalize_string(duk_context *ctx) {
    duk_size_t len;
    const char *p = duk_require_lstring(ctx, 0, &len);
    int allow_above_root = duk_to_boolean(ctx, 1);
    char *out = duk_push_buffer_raw(ctx, len + 1, DUK_BUF_FLAG_NOZERO);
    duk_push_lstring(ctx, out, path_normalize(p, len, out, allow_above_root));
    return 1;
}

/* path.resolveAbsolute(...paths): [ paths... ] -> [ resolved | undefined ]
 * posix.resolve when every argument is a string and one is absolute, so the working directory
 * plays no part; undefined otherwise (js/path.js then checks the arguments and asks
 * process.cwd(), which a program may have replaced). */
static duk_ret_t path_resolve_absolute(duk_context *ctx) {
    duk_idx_t n = duk_get_top(ctx);
    duk_idx_t first = -1;
    size_t total = 0;
    for (duk_idx_t i = n - 1; i >= 0 && first < 0; i--) {
        duk_size_t len;
        const char *p = duk_get_lstring(ctx, i, &len);
        if (p == NULL) {
            return 0;
        }
        total += len + 1;
        if (len > 0 && p[0] == '/') {
            first = i;
        }
    }
    if (first < 0) {
        return 0;
    }
    char *buf = duk_push_buffer_raw(ctx, total + 1, DUK_BUF_FLAG_NOZERO);
    size_t used = 0;
    for (duk_idx_t i = first; i < n; i++) {
        duk_size_t len;
        const char *p = duk_get_lstring(ctx, i, &len);
        memcpy(buf + used, p, len);
        used += len;
        buf[used++] = '/';
    }
    /* buf[0] is the root's '/': the rest normalizes in place after it. */
    size_t len = path_normalize(buf + 1, used - 1, buf + 1, 0);
    duk_push_lstring(ctx, buf, len + 1);
    return 1;
}

/* path.dirname(path): [ path ] -> [ dir ]  posix.dirname of a string. */
static duk_ret_t path_dirname(duk_context *ctx) {
    duk_size_t len;
    const char *p = duk_require_lstring(ctx, 0, &len);
    if (len == 0) {
        duk_push_literal(ctx, ".");
        return 1;
    }
    int has_root = p[0] == '/';
    size_t end = 0;
    int matched_slash = 1;
    for (size_t i = len - 1; i >= 1; i--) {
        if (p[i] != '/') {
            matched_slash = 0;
        } else if (!matched_slash) {
            end = i;
            break;
        }
    }
    if (end == 0) {
        duk_push_string(ctx, has_root ? "/" : ".");
    } else if (has_root && end == 1) {
        duk_push_literal(ctx, "//");
    } else {
        duk_push_lstring(ctx, p, end);
    }
    return 1;
}

/* The bounds of the last name in the string at idx, trailing slashes aside. */
static const char *path_last_name(duk_context *ctx, duk_idx_t idx, size_t *start, size_t *end) {
    duk_size_t len;
    const char *p = duk_require_lstring(ctx, idx, &len);
    while (len > 0 && p[len - 1] == '/') {
        len--;
    }
    *end = len;
    *start = path_last_segment(p, len);
    return p;
}

/* path.basename(path): [ path ] -> [ base ]  posix.basename of a string, without a suffix. */
static duk_ret_t path_basename(duk_context *ctx) {
    size_t start, end;
    const char *p = path_last_name(ctx, 0, &start, &end);
    duk_push_lstring(ctx, p + start, end - start);
    return 1;
}

/* path.extname(path): [ path ] -> [ ext ]  posix.extname: from the last dot of the last segment,
 * unless that dot leads the segment or the segment is '..'. */
static duk_ret_t path_extname(duk_context *ctx) {
    size_t start, end;
    const char *p = path_last_name(ctx, 0, &start, &end);
    size_t dot = end;
    while (dot > start && p[dot - 1] != '.') {
        dot--;
    }
    /* No dot, a leading dot only ('.profile'), or '..'. */
    if (dot == start || dot - 1 == start || (dot == end && end - start == 2 && p[start] == '.')) {
        duk_push_literal(ctx, "");
        return 1;
    }
    duk_push_lstring(ctx, p + dot - 1, end - dot + 1);
    return 1;
}

duk_ret_t nd_open_path(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "normalizeString", path_normalize_string, 2 },
        { "resolveAbsolute", path_resolve_absolute, DUK_VARARGS },
        { "dirname", path_dirname, 1 },
        { "basename", path_basename, 1 },
        { "extname", path_extname, 1 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    return 1;
}
