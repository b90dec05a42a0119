/*
 * lib/http.c: native side of 'http': an HTTP/1.x parser over http-parser.
 *
 * js/_http_common.js and friends own Node's semantics; this binding parses.  A parser either
 * gets bytes from JavaScript (parser.execute(bytes)) or consumes a TCP handle directly
 * (parser.consume(handle)), so a request costs no JavaScript call per chunk, only:
 *   parser.onHeadersComplete(major, minor, headers, method, url, statusCode, statusMessage,
 *                            upgrade, shouldKeepAlive, complete) -> true to skip the body (HEAD
 *                            replies); for a request that completes in the same read (a GET),
 *                            complete is true and onMessageComplete is not called
 *   parser.onBody(bytes)
 *   parser.onMessageComplete()
 *   parser.onError(code, reason)         a parse error ('HPE_INVALID_METHOD', ...) while consuming
 *   parser.onUpgrade(head)               an upgrade; head holds the bytes after the headers
 * Header names and values, the URL and the status message are decoded as latin1, as Node does.
 * The parser enforces Node's limits: 16 KB of headers (HPE_HEADER_OVERFLOW: the server answers
 * 431) and at most maxHeadersCount header pairs (extra pairs are dropped).
 * JavaScript callbacks run under duk_pcall: an error thrown by one stops the parse and is
 * rethrown after http_parser_execute has returned, so no longjmp crosses http-parser.
 */
#include "nd.h"
#include "bindings.h"
#include "tcp.h"

#include <ctype.h>
#include <errno.h>
#include <http_parser.h>
#include <math.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define HTTP_MAX_HEADER_SIZE_DEFAULT 16384
#define HTTP_MAX_HEADERS_DEFAULT 2000
#define HTTP_PTR_KEY DUK_HIDDEN_SYMBOL("nd_ptr")

typedef struct http_span_s {
    size_t off;
    size_t len;
} http_span_t;

typedef struct nd_http_s {
    duk_context *ctx;
    http_parser parser;
    int self;               /* pin of the JS parser while it consumes a socket */
    int exec_pin;           /* pin of the JS parser during a JS-driven execute() or finish() */
    nd_tcp_t *tcp;          /* the consumed socket, or NULL */
    char *buf;              /* bytes of the URL, status message and header fields and values */
    size_t buf_len;
    size_t buf_cap;
    http_span_t *spans;     /* [url, status, field0, value0, field1, value1, ...] */
    size_t nspans;
    size_t spans_cap;
    size_t header_bytes;
    int last_was_value;
    int max_header_size;
    int max_headers;
    int thrown;             /* nd_ref of an error thrown by a JS callback during execute */
    int headers_dropped;
    int overflow;           /* the headers passed max_header_size */
    int invalid;            /* an enum http_errno that the strict checks below found, or 0 */
    int scanning_head;      /* the head's raw bytes are still being checked (strict_scan) */
    int scan_prev;          /* the byte before the next one to check */
    size_t scan_line;       /* length of the head line being checked */
    size_t scan_lines;      /* head lines checked */
    const char *chunk_end;  /* end of the bytes http_run passed to http-parser */
    int headers_pending;    /* a request's onHeadersComplete waits to learn if it is complete */
    size_t trailer_first;   /* the span of the first trailer field (fields after the headers of
                             * a chunked body), 0 until the headers are complete */
    double headers_start;   /* monotonic ms when the current message began, 0 once its headers
                             * are complete (the server's headersTimeout) */
    double message_start;   /* the same, 0 once the message is complete (requestTimeout) */
} nd_http_t;

enum { SPAN_URL = 0, SPAN_STATUS = 1, SPAN_FIRST_HEADER = 2, HTTP_SPANS_INITIAL = 16 };

/* Starts a message: its span list (released when the last one completed) and state.  Returns 0,
 * or -1 when there is no memory for the spans. */
static int http_reset_message(nd_http_t *h) {
    if (h->spans == NULL) {
        h->spans = calloc(HTTP_SPANS_INITIAL, sizeof(http_span_t));
        if (h->spans == NULL) {
            return -1;
        }
        h->spans_cap = HTTP_SPANS_INITIAL;
    }
    h->buf_len = 0;
    h->nspans = SPAN_FIRST_HEADER;
    memset(h->spans, 0, sizeof(http_span_t) * SPAN_FIRST_HEADER);
    h->header_bytes = 0;
    h->last_was_value = 0;
    h->headers_dropped = 0;
    h->overflow = 0;
    h->invalid = 0;
    h->scanning_head = 0;
    h->scan_lines = 0;
    h->trailer_first = 0;
    return 0;
}

/* Appends bytes to span i (a new span when i == nspans).  Returns 0 or -1 on no memory. */
static int http_append(nd_http_t *h, size_t i, const char *at, size_t len) {
    if (h->buf_len + len > h->buf_cap) {
        size_t cap = h->buf_cap ? h->buf_cap * 2 : 1024;
        while (cap < h->buf_len + len) {
            cap *= 2;
        }
        char *nb = realloc(h->buf, cap);
        if (nb == NULL) {
            return -1;
        }
        h->buf = nb;
        h->buf_cap = cap;
    }
    if (i == h->nspans) {
        if (h->nspans == h->spans_cap) {
            size_t cap = h->spans_cap * 2;
            http_span_t *ns = realloc(h->spans, cap * sizeof(*ns));
            if (ns == NULL) {
                return -1;
            }
            h->spans = ns;
            h->spans_cap = cap;
        }
        h->spans[i].off = h->buf_len;
        h->spans[i].len = 0;
        h->nspans++;
    }
    /* Pieces of one span arrive in order with nothing between them in buf. */
    memcpy(h->buf + h->buf_len, at, len);
    h->buf_len += len;
    h->spans[i].len += len;
    return 0;
}

/* Pushes bytes decoded as latin1 (each byte one code point).  [ ... ] -> [ ... str ] */
static void http_push_latin1(duk_context *ctx, const char *p, size_t len) {
    size_t high = 0;
    for (size_t i = 0; i < len; i++) {
        high += (unsigned char)p[i] >= 0x80;
    }
    if (high == 0) {
        duk_push_lstring(ctx, p, len);
        return;
    }
    char *out = duk_push_fixed_buffer(ctx, len + high);
    size_t o = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)p[i];
        if (c < 0x80) {
            out[o++] = (char)c;
        } else {
            out[o++] = (char)(0xc0 | (c >> 6));
            out[o++] = (char)(0x80 | (c & 0x3f));
        }
    }
    duk_push_lstring(ctx, out, o);
    duk_remove(ctx, -2);
}

static nd_http_t *http_of(http_parser *p) {
    return p->data;
}

/* Counts header bytes against the limit; returns non-zero (stop: HPE_HEADER_OVERFLOW) past it. */
static int http_count(nd_http_t *h, size_t len) {
    h->header_bytes += len;
    if (h->header_bytes > (size_t)h->max_header_size) {
        h->overflow = 1; /* http-parser reports HPE_CB_*; the error names the real cause */
        return 1;
    }
    return 0;
}

/* ---- Node's strictness ----
 * http-parser accepts what llhttp, Node's parser, refuses as request smuggling risks or plain
 * garbage: a bare LF as line end, obs-fold (a header line starting with a space or tab),
 * characters outside a token in a header name ("Transfer-Encoding : chunked"), control and
 * non-ASCII bytes in the URL, and a request whose Transfer-Encoding does not end in chunked.
 * These checks make such a message the parse error (400 Bad Request) Node answers. */

/* Refuses the message with e; returns non-zero for http-parser to stop. */
static int http_refuse(nd_http_t *h, enum http_errno e) {
    h->invalid = (int)e;
    return 1;
}

/* Checks raw head bytes [at, end) line by line (bare LF, obs-fold) until the empty line that
 * ends the head.  Returns 0, or the error (also kept in h->invalid). */
static int http_strict_scan(nd_http_t *h, const char *at, const char *end) {
    for (const char *c = at; h->scanning_head && c < end; c++) {
        unsigned char b = (unsigned char)*c;
        if (b == '\n') {
            if (h->scan_prev != '\r') {
                return http_refuse(h, HPE_LF_EXPECTED);
            }
            if (h->scan_line == 0) {
                h->scanning_head = 0; /* the empty line: the body follows */
            }
            h->scan_line = 0;
            h->scan_lines++;
        } else if (b != '\r') {
            if (h->scan_line == 0 && h->scan_lines > 0 && (b == ' ' || b == '\t')) {
                return http_refuse(h, HPE_INVALID_HEADER_TOKEN);
            }
            h->scan_line++;
        }
        h->scan_prev = b;
    }
    return 0;
}

/* Starts checking a head at its first line's bytes (the URL or the status text). */
static int http_strict_start(nd_http_t *h, const char *at) {
    if (h->scanning_head || h->scan_lines > 0) {
        return 0;
    }
    h->scanning_head = 1;
    h->scan_prev = 0;
    h->scan_line = 1;
    return http_strict_scan(h, at, h->chunk_end);
}

static int http_is_tchar(unsigned char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
           (c != 0 && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

/* A request's Transfer-Encoding that names chunked must end with it (RFC 9112 6.3): Node
 * refuses "chunked, gzip" before the handler (without chunked at all, http-parser fails the
 * body after the handler saw the request, as Node does). */
static int http_strict_transfer_encoding(nd_http_t *h) {
    for (size_t i = SPAN_FIRST_HEADER; i + 1 < h->nspans; i += 2) {
        if (h->spans[i].len != 17 ||
            strncasecmp(h->buf + h->spans[i].off, "transfer-encoding", 17) != 0) {
            continue;
        }
        const char *v = h->buf + h->spans[i + 1].off;
        size_t n = h->spans[i + 1].len;
        while (n > 0 && (v[n - 1] == ' ' || v[n - 1] == '\t')) {
            n--;
        }
        int names_chunked = 0, ends_chunked = 0;
        for (size_t k = 0; k + 7 <= n; k++) {
            if (strncasecmp(v + k, "chunked", 7) == 0 && (k == 0 || strchr(", \t", v[k - 1])) &&
                (k + 7 == n || strchr(", \t;", v[k + 7]))) {
                names_chunked = 1;
                ends_chunked = k + 7 == n;
            }
        }
        if (names_chunked && !ends_chunked) {
            return http_refuse(h, HPE_INVALID_TRANSFER_ENCODING);
        }
    }
    return 0;
}

static int http_on_message_begin(http_parser *p) {
    nd_http_t *h = http_of(p);
    if (http_reset_message(h) != 0) {
        return -1;
    }
    h->headers_start = h->message_start = nd_hrtime_ms();
    return 0;
}

static int http_on_url(http_parser *p, const char *at, size_t len) {
    nd_http_t *h = http_of(p);
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)at[i];
        if (c <= 0x20 || c >= 0x7f) {
            return http_refuse(h, HPE_INVALID_URL);
        }
    }
    return http_strict_start(h, at) || http_count(h, len) ||
           http_append(h, SPAN_URL, at, len) != 0;
}

static int http_on_status(http_parser *p, const char *at, size_t len) {
    nd_http_t *h = http_of(p);
    return http_strict_start(h, at) || http_count(h, len) ||
           http_append(h, SPAN_STATUS, at, len) != 0;
}

static int http_header_room(nd_http_t *h) {
    return (h->nspans - SPAN_FIRST_HEADER) / 2 < (size_t)h->max_headers;
}

static int http_on_header_field(http_parser *p, const char *at, size_t len) {
    nd_http_t *h = http_of(p);
    if (http_count(h, len)) {
        return 1;
    }
    for (size_t i = 0; i < len; i++) {
        if (!http_is_tchar((unsigned char)at[i])) {
            return http_refuse(h, HPE_INVALID_HEADER_TOKEN);
        }
    }
    if (h->last_was_value || h->nspans == SPAN_FIRST_HEADER) {
        h->last_was_value = 0;
        if (!http_header_room(h)) {
            h->headers_dropped = 1;
        }
        if (h->headers_dropped) {
            return 0;
        }
        return http_append(h, h->nspans, at, len) != 0;
    }
    return h->headers_dropped ? 0 : http_append(h, h->nspans - 1, at, len) != 0;
}

static int http_on_header_value(http_parser *p, const char *at, size_t len) {
    nd_http_t *h = http_of(p);
    if (http_count(h, len)) {
        return 1;
    }
    if (h->headers_dropped) {
        h->last_was_value = 1;
        return 0;
    }
    if (!h->last_was_value) {
        h->last_was_value = 1;
        return http_append(h, h->nspans, at, len) != 0;
    }
    return http_append(h, h->nspans - 1, at, len) != 0;
}

/* Calls parser[name] with the arguments already pushed above it under pcall.
 * [ ... parser fn args... ] -> [ ... result ]  Returns 0, or 1 when it threw (error kept). */
static int http_pcall(nd_http_t *h, duk_idx_t nargs) {
    duk_context *ctx = h->ctx;
    if (duk_pcall_method(ctx, nargs) != DUK_EXEC_SUCCESS) {
        if (h->thrown == 0) {
            h->thrown = nd_ref(ctx, -1);
        }
        return 1;
    }
    return 0;
}

/* Pushes the JS parser object and its method name, or returns 0 when there is none.
 * [ ... ] -> [ ... fn parser ] */
static int http_push_method(nd_http_t *h, const char *name) {
    duk_context *ctx = h->ctx;
    int pin = h->self != 0 ? h->self : h->exec_pin;
    if (pin == 0) {
        return 0;
    }
    nd_push_ref(ctx, pin);
    /* name is always a string literal: Duktape's literal cache finds it without interning */
    duk_get_prop_literal_raw(ctx, -1, name, strlen(name));
    if (!duk_is_function(ctx, -1)) {
        duk_pop_2(ctx);
        return 0;
    }
    duk_swap_top(ctx, -2);
    return 1;
}

/* Pushes the field/value spans [from, to) as Node's raw list [name, value, name, value, ...].
 * [ ... ] -> [ ... arr ] */
static void http_push_fields(nd_http_t *h, size_t from, size_t to) {
    duk_context *ctx = h->ctx;
    duk_idx_t n = 0;
    /* The strings go on the stack and duk_pack makes the array at its size in one step. */
    duk_require_stack(ctx, (duk_idx_t)(to > from ? to - from : 0));
    for (size_t i = from; i + 1 < to; i += 2) {
        http_push_latin1(ctx, h->buf + h->spans[i].off, h->spans[i].len);
        /* http-parser keeps trailing whitespace of a value; Node's llhttp drops it. */
        const char *value = h->buf + h->spans[i + 1].off;
        size_t vlen = h->spans[i + 1].len;
        while (vlen > 0 && (value[vlen - 1] == ' ' || value[vlen - 1] == '\t')) {
            vlen--;
        }
        http_push_latin1(ctx, value, vlen);
        n += 2;
    }
    nd_duk_pack(ctx, n);
}

/* Which of the headers the server looks at before its handler the message has: bit 0 Host
 * (an HTTP/1.1 request needs one), bit 1 Expect. */
static int http_head_bits(nd_http_t *h, size_t end) {
    int bits = 0;
    for (size_t i = SPAN_FIRST_HEADER; i + 1 < end; i += 2) {
        const char *name = h->buf + h->spans[i].off;
        size_t len = h->spans[i].len;
        if (len == 4 && strncasecmp(name, "host", 4) == 0) {
            bits |= 1;
        } else if (len == 6 && strncasecmp(name, "expect", 6) == 0) {
            bits |= 2;
        }
    }
    return bits;
}

static int http_has_trailers(nd_http_t *h) {
    return h->trailer_first != 0 && h->nspans > h->trailer_first;
}

/* Calls parser.onHeadersComplete(major, minor, headers, method, url, statusCode,
 * statusMessage, upgrade, shouldKeepAlive, complete, headBits (http_head_bits)).
 * Returns its truthiness (skip the body), or -1 when it threw. */
static int http_emit_headers(nd_http_t *h, int complete) {
    http_parser *p = &h->parser;
    duk_context *ctx = h->ctx;
    h->headers_pending = 0;
    if (!http_push_method(h, "onHeadersComplete")) {
        return 0;
    }
    size_t end = h->trailer_first != 0 ? h->trailer_first : h->nspans;
    duk_push_int(ctx, p->http_major);
    duk_push_int(ctx, p->http_minor);
    http_push_fields(h, SPAN_FIRST_HEADER, end);
    if (p->type == HTTP_REQUEST) {
        duk_push_string(ctx, http_method_str((enum http_method)p->method));
        http_push_latin1(ctx, h->buf + h->spans[SPAN_URL].off, h->spans[SPAN_URL].len);
        duk_push_undefined(ctx);
        duk_push_undefined(ctx);
    } else {
        duk_push_undefined(ctx);
        duk_push_undefined(ctx);
        duk_push_int(ctx, p->status_code);
        http_push_latin1(ctx, h->buf + h->spans[SPAN_STATUS].off, h->spans[SPAN_STATUS].len);
    }
    duk_push_boolean(ctx, p->upgrade);
    duk_push_boolean(ctx, http_should_keep_alive(p));
    duk_push_boolean(ctx, complete);
    duk_push_int(ctx, p->type == HTTP_REQUEST ? http_head_bits(h, end) : 0);
    if (http_pcall(h, 11)) {
        duk_pop(ctx);
        return -1;
    }
    int skip_body = duk_to_boolean(ctx, -1);
    duk_pop(ctx);
    return skip_body;
}

static int http_on_headers_complete(http_parser *p) {
    nd_http_t *h = http_of(p);
    h->headers_start = 0;
    h->trailer_first = h->nspans;
    if (p->type == HTTP_REQUEST && http_strict_transfer_encoding(h)) {
        return -1;
    }
    if (p->type == HTTP_REQUEST && !p->upgrade) {
        /* Wait: if the message also completes in this read (a GET), one call does both. */
        h->headers_pending = 1;
        return 0;
    }
    int skip_body = http_emit_headers(h, 0);
    if (p->type == HTTP_REQUEST && p->method != HTTP_CONNECT && skip_body == 0) {
        /* No 'upgrade' listener took it: as in Node, an ordinary request, and what follows
         * on the connection is HTTP again. */
        p->upgrade = 0;
    }
    return skip_body;
}

static int http_on_body(http_parser *p, const char *at, size_t len) {
    nd_http_t *h = http_of(p);
    duk_context *ctx = h->ctx;
    if (h->headers_pending && http_emit_headers(h, 0) < 0) {
        return -1;
    }
    if (!http_push_method(h, "onBody")) {
        return 0;
    }
    void *buf = duk_push_fixed_buffer(ctx, len);
    memcpy(buf, at, len);
    duk_push_buffer_object(ctx, -1, 0, len, DUK_BUFOBJ_UINT8ARRAY);
    duk_remove(ctx, -2);
    int failed = http_pcall(h, 1);
    duk_pop(ctx);
    return failed;
}

/* The message's text and spans are no longer needed once it is complete: an idle keep-alive
 * connection holds neither (1.3 KB each; the next message allocates them again). */
static void http_release_text(nd_http_t *h) {
    free(h->buf);
    h->buf = NULL;
    h->buf_len = 0;
    h->buf_cap = 0;
    free(h->spans);
    h->spans = NULL;
    h->spans_cap = 0;
    h->nspans = 0;
}

/* The end of a message: the headers and end at once for a body-less request, else
 * onMessageComplete with the trailers.  Returns non-zero when a callback threw. */
static int http_message_done(nd_http_t *h) {
    duk_context *ctx = h->ctx;
    h->message_start = 0;
    int trailers = http_has_trailers(h);
    if (h->headers_pending) {
        /* A body-less message completes with its headers in one call (a chunked body of no
         * data but with trailers still needs onMessageComplete for them). */
        if (http_emit_headers(h, !trailers) < 0) {
            return -1;
        }
        if (!trailers) {
            return 0;
        }
    }
    if (!http_push_method(h, "onMessageComplete")) {
        return 0;
    }
    if (trailers) {
        http_push_fields(h, h->trailer_first, h->nspans);
    }
    int failed = http_pcall(h, trailers);
    duk_pop(ctx);
    return failed;
}

static int http_on_message_complete(http_parser *p) {
    nd_http_t *h = http_of(p);
    int rc = http_message_done(h);
    http_release_text(h);
    return rc;
}

static const http_parser_settings http_settings = {
    .on_message_begin = http_on_message_begin,
    .on_url = http_on_url,
    .on_status = http_on_status,
    .on_header_field = http_on_header_field,
    .on_header_value = http_on_header_value,
    .on_headers_complete = http_on_headers_complete,
    .on_body = http_on_body,
    .on_message_complete = http_on_message_complete,
};

/* ---- object life ---- */

static duk_ret_t http_finalize(duk_context *ctx) {
    duk_get_prop_literal(ctx, 0, HTTP_PTR_KEY);
    nd_http_t *h = duk_get_pointer(ctx, -1);
    if (h == NULL) {
        return 0;
    }
    duk_del_prop_literal(ctx, 0, HTTP_PTR_KEY);
    free(h->buf);
    free(h->spans);
    free(h);
    return 0;
}

static nd_http_t *http_this(duk_context *ctx) {
    duk_push_this(ctx);
    duk_get_prop_literal(ctx, -1, HTTP_PTR_KEY);
    nd_http_t *h = duk_get_pointer(ctx, -1);
    duk_pop_2(ctx);
    if (h == NULL) {
        (void)duk_error(ctx, DUK_ERR_TYPE_ERROR, "Illegal invocation");
    }
    return h;
}

/* Returns 0, or -1 without memory for the spans. */
static int http_init(nd_http_t *h, int type) {
    h->headers_pending = 0;
    h->headers_start = h->message_start = 0;
    http_parser_init(&h->parser, type == 1 ? HTTP_RESPONSE : HTTP_REQUEST);
    h->parser.data = h;
    return http_reset_message(h);
}

/* new HTTPParser(type): type 0 request, 1 response. */
static duk_ret_t http_constructor(duk_context *ctx) {
    int type = duk_get_int_default(ctx, 0, 0);
    if (!duk_is_constructor_call(ctx)) {
        return duk_error(ctx, DUK_ERR_TYPE_ERROR, "Class constructor HTTPParser cannot be invoked without 'new'");
    }
    nd_http_t *h = calloc(1, sizeof(*h));
    if (h == NULL) {
        return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    }
    h->ctx = nd_rt(ctx)->ctx; /* the main thread: ctx may be a coroutine */
    h->max_header_size = HTTP_MAX_HEADER_SIZE_DEFAULT;
    h->max_headers = HTTP_MAX_HEADERS_DEFAULT;
    if (http_init(h, type) != 0) {
        free(h);
        return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    }
    duk_push_this(ctx);
    duk_push_pointer(ctx, h);
    duk_put_prop_literal(ctx, -2, HTTP_PTR_KEY);
    duk_push_c_function(ctx, http_finalize, 1);
    duk_set_finalizer(ctx, -2);
    return 0;
}

/* parser.initialize(type, maxHeaderSize, maxHeadersCount): resets for a new connection. */
static duk_ret_t http_initialize(duk_context *ctx) {
    int type = duk_get_int_default(ctx, 0, 0);
    nd_http_t *h = http_this(ctx);
    if (duk_is_number(ctx, 1) && duk_get_int(ctx, 1) > 0) {
        h->max_header_size = duk_get_int(ctx, 1);
    }
    if (duk_is_number(ctx, 2) && duk_get_int(ctx, 2) > 0) {
        h->max_headers = duk_get_int(ctx, 2);
    }
    if (http_init(h, type) != 0) {
        return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    }
    return 0;
}

/* Pushes { code, reason } for the parser's error.  [ ... ] -> [ ... ] on the parser */
static void http_push_error_args(duk_context *ctx, nd_http_t *h) {
    enum http_errno e = h->overflow ? HPE_HEADER_OVERFLOW :
                        h->invalid ? (enum http_errno)h->invalid : HTTP_PARSER_ERRNO(&h->parser);
    duk_push_string(ctx, http_errno_name(e));
    duk_push_string(ctx, http_errno_description(e));
}

/* Releases the pin http_run took (0: it took none). */
static void http_unpin_exec(duk_context *ctx, nd_http_t *h, int pinned) {
    if (pinned != 0) {
        nd_unref(ctx, pinned);
        h->exec_pin = 0;
    }
}

/* Runs the parser over data.  Returns bytes parsed, or -1 on a parse error (parser.http_errno).
 * Rethrows, after the parse stopped, an error a JS callback threw. */
static long http_run(duk_context *ctx, nd_http_t *h, const char *data, size_t len) {
    /* The callbacks run on the context that called: the main thread from a socket read, or a
     * coroutine when JavaScript calls execute() from an async function. */
    duk_context *saved = h->ctx;
    int pinned = 0;
    if (h->self == 0 && h->exec_pin == 0) {
        /* execute() from JavaScript (a socket it cannot consume, such as TLS): the callbacks
         * reach the parser through `this`. */
        duk_push_this(ctx);
        h->exec_pin = pinned = nd_ref(ctx, -1);
        duk_pop(ctx);
    }
    h->ctx = ctx;
    /* At the end of the stream there are no bytes and data is NULL: NULL + 0 is undefined. */
    h->chunk_end = len > 0 ? data + len : data;
    if (h->scanning_head && http_strict_scan(h, data, h->chunk_end)) {
        /* the rest of a head that began in an earlier read is bad */
        h->ctx = saved;
        http_unpin_exec(ctx, h, pinned);
        h->parser.http_errno = HPE_CB_header_field;
        return -1;
    }
    size_t n = http_parser_execute(&h->parser, &http_settings, data, len);
    if (h->headers_pending && h->thrown == 0) {
        /* The body follows in a later read, or is bad: either way the request was whole. */
        http_emit_headers(h, 0);
    }
    h->ctx = saved;
    http_unpin_exec(ctx, h, pinned);
    if (h->thrown != 0) {
        int ref = h->thrown;
        h->thrown = 0;
        nd_push_ref(ctx, ref);
        nd_unref(ctx, ref);
        (void)duk_throw(ctx);
    }
    if (HTTP_PARSER_ERRNO(&h->parser) != HPE_OK && !h->parser.upgrade) {
        return -1;
    }
    return (long)n;
}

/* parser.execute(bytes): [ u8 ] -> [ nparsed | {code, reason} ] */
static duk_ret_t http_execute(duk_context *ctx) {
    duk_size_t len;
    const char *data = duk_require_buffer_data(ctx, 0, &len);
    nd_http_t *h = http_this(ctx);
    long n = http_run(ctx, h, data, len);
    if (n < 0) {
        duk_push_object(ctx);
        http_push_error_args(ctx, h);
        duk_put_prop_literal(ctx, -3, "reason");
        duk_put_prop_literal(ctx, -2, "code");
        duk_push_int(ctx, (duk_int_t)h->parser.nread);
        duk_put_prop_literal(ctx, -2, "bytesParsed");
        return 1;
    }
    duk_push_number(ctx, (double)n);
    return 1;
}

/* parser.finish(): [ ] -> [ 0 | {code, reason} ]  Tells the parser the stream ended. */
static duk_ret_t http_finish(duk_context *ctx) {
    nd_http_t *h = http_this(ctx);
    if (http_run(ctx, h, NULL, 0) < 0) {
        duk_push_object(ctx);
        http_push_error_args(ctx, h);
        duk_put_prop_literal(ctx, -3, "reason");
        duk_put_prop_literal(ctx, -2, "code");
        return 1;
    }
    duk_push_int(ctx, 0);
    return 1;
}

/* Calls parser[name](args...) on the consumed socket's behalf.  [ ... args ] pushed by caller.
 * Throws out (inside the tcp read's nd_invoke) what the callback throws. */
static void http_emit(duk_context *ctx, nd_http_t *h, const char *name, duk_idx_t nargs) {
    nd_push_ref(ctx, h->self);
    duk_get_prop_string(ctx, -1, name);
    duk_swap_top(ctx, -2);
    duk_insert(ctx, -2 - nargs);
    duk_insert(ctx, -2 - nargs);                   /* [ fn parser args... ] */
    if (!duk_is_function(ctx, -2 - nargs)) {
        duk_pop_n(ctx, 2 + nargs);
        return;
    }
    duk_call_method(ctx, nargs);
    duk_pop(ctx);
}

static void http_unconsume(nd_http_t *h) {
    if (h->tcp != NULL) {
        nd_tcp_set_consumer(h->tcp, NULL, NULL);
        h->tcp = NULL;
    }
    if (h->self != 0) {
        nd_unref(h->ctx, h->self);
        h->self = 0;
    }
}

/* The consumer hook of lib/tcp.h: parses what the socket read, inside its nd_invoke. */
static int http_consume_cb(duk_context *ctx, void *consumer, const char *data, ssize_t n) {
    nd_http_t *h = consumer;
    if (n < 0) {
        if (n == -ECANCELED) {
            /* The socket closed: let go of it and of the pin. */
            h->tcp = NULL;
            if (h->self != 0) {
                nd_unref(ctx, h->self);
                h->self = 0;
            }
            return 0;
        }
        return 1;
    }
    if (n == 0) {
        /* End of stream: a message delimited by the close completes now. */
        long r = http_run(ctx, h, NULL, 0);
        if (r < 0 && h->self != 0) {
            http_push_error_args(ctx, h);
            http_emit(ctx, h, "onError", 2);
        }
        return 1;
    }
    long r = http_run(ctx, h, data, (size_t)n);
    if (h->self == 0) {
        return 0; /* a callback unconsumed or closed */
    }
    if (r < 0) {
        http_push_error_args(ctx, h);
        http_emit(ctx, h, "onError", 2);
        return 0;
    }
    if (h->parser.upgrade) {
        /* The socket now speaks another protocol: hand it back with the bytes already read. */
        size_t used = (size_t)r;
        size_t rest = (size_t)n - used;
        nd_push_ref(ctx, h->self);                 /* [ parser ] keeps it alive for the call */
        http_unconsume(h);
        duk_get_prop_literal(ctx, -1, "onUpgrade");
        duk_swap_top(ctx, -2);                     /* [ fn parser ] */
        void *buf = duk_push_fixed_buffer(ctx, rest);
        memcpy(buf, data + used, rest);
        duk_push_buffer_object(ctx, -1, 0, rest, DUK_BUFOBJ_UINT8ARRAY);
        duk_remove(ctx, -2);                       /* [ fn parser head ] */
        if (duk_is_function(ctx, -3)) {
            duk_call_method(ctx, 1);
            duk_pop(ctx);
        } else {
            duk_pop_3(ctx);
        }
    }
    return 0;
}

/* parser.elapsed(): [ ] -> [ [msInHeaders, msInMessage] ]  How long the message being parsed has
 * been arriving: -1 when its headers (or the whole message) are complete or none has begun. */
static duk_ret_t http_elapsed(duk_context *ctx) {
    nd_http_t *h = http_this(ctx);
    double now = nd_hrtime_ms();
    duk_push_array(ctx);
    duk_push_number(ctx, h->headers_start > 0 ? now - h->headers_start : -1);
    duk_put_prop_index(ctx, -2, 0);
    duk_push_number(ctx, h->message_start > 0 ? now - h->message_start : -1);
    duk_put_prop_index(ctx, -2, 1);
    return 1;
}

/* parser.consume(tcpHandle): the socket's reads go straight to this parser. */
static duk_ret_t http_consume(duk_context *ctx) {
    nd_http_t *h = http_this(ctx);
    nd_tcp_t *t = nd_tcp_from(ctx, 0);
    if (t == NULL) {
        return duk_error(ctx, DUK_ERR_TYPE_ERROR, "consume: not an open TCP handle");
    }
    http_unconsume(h);
    duk_push_this(ctx);
    h->self = nd_ref(ctx, -1);
    duk_pop(ctx);
    h->tcp = t;
    nd_tcp_set_consumer(t, http_consume_cb, h);
    return 0;
}

/* parser.unconsume(): reads go back to the handle's onread. */
static duk_ret_t http_unconsume_js(duk_context *ctx) {
    http_unconsume(http_this(ctx));
    return 0;
}

/* ---- serialising a message head (Node's OutgoingMessage._storeHeader, in C) ---- */

/* Flags from js/_http_outgoing.js describing the message (HEAD_* must match it). */
enum {
    HEAD_SEND_DATE = 1 << 0,
    HEAD_KEEP_ALIVE = 1 << 1,          /* shouldKeepAlive */
    HEAD_HAS_BODY = 1 << 2,
    HEAD_CHUNKED_DEFAULT = 1 << 3,     /* useChunkedEncodingByDefault */
    HEAD_LENGTH_KNOWN = 1 << 4,        /* end(body) before the head: Content-Length is known */
    HEAD_MAX_REQUESTS = 1 << 5,        /* maxRequestsOnConnectionReached */
    HEAD_AGENT = 1 << 6,               /* a client request through an agent */
    HEAD_REMOVED_CONNECTION = 1 << 7,
    HEAD_REMOVED_CONTLEN = 1 << 8,
    HEAD_REMOVED_TE = 1 << 9,
    HEAD_DEFAULT_KEEPALIVE = 1 << 10,  /* _defaultKeepAlive */
    HEAD_CHUNKED_SET = 1 << 11,        /* chunkedEncoding already true */
    HEAD_STATUS_NOBODY = 1 << 12       /* 204/304 */
};

/* Result bits: what the head decided, for the JS object's fields. */
enum {
    HEAD_OUT_LAST = 1 << 0,            /* _last: the connection closes after this message */
    HEAD_OUT_CHUNKED = 1 << 1,         /* chunkedEncoding */
    HEAD_OUT_NO_BODY = 1 << 2,         /* _hasBody became false */
    HEAD_OUT_QUEUED = 1 << 3,          /* bytes wait in the socket's queue (req.oncomplete) */
    HEAD_OUT_NO_KEEPALIVE_HDR = 1 << 4 /* a user Keep-Alive header: _defaultKeepAlive = false */
};

typedef struct head_state_s {
    int connection;
    int contlen;
    int te;
    int date;
    int trailer;
    int flags;
    int out;
} head_state_t;

/* A growing byte buffer on the value stack (freed with it on a throw). */
typedef struct strbuf_s {
    duk_context *ctx;
    duk_idx_t idx;
    char *p;
    size_t len;
    size_t cap;
} strbuf_t;

static void sb_init(strbuf_t *sb, duk_context *ctx, size_t cap) {
    sb->ctx = ctx;
    sb->p = duk_push_dynamic_buffer(ctx, cap);
    sb->idx = duk_get_top_index(ctx);
    sb->len = 0;
    sb->cap = cap;
}

static void sb_add(strbuf_t *sb, const char *s, size_t n) {
    if (sb->len + n > sb->cap) {
        size_t cap = sb->cap * 2;
        while (cap < sb->len + n) {
            cap *= 2;
        }
        sb->p = duk_resize_buffer(sb->ctx, sb->idx, cap);
        sb->cap = cap;
    }
    memcpy(sb->p + sb->len, s, n);
    sb->len += n;
}

static void sb_adds(strbuf_t *sb, const char *s) {
    sb_add(sb, s, strlen(s));
}

/* Appends the decimal digits of a non-negative whole number below 2^53 (snprintf's "%.0f"
 * cost more than the rest of a small head). */
static void sb_add_uint(strbuf_t *sb, double value) {
    char tmp[24];
    size_t i = sizeof(tmp);
    uint64_t v = value > 0 && value < 9007199254740992.0 ? (uint64_t)value : 0;
    do {
        tmp[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v != 0);
    sb_add(sb, tmp + i, sizeof(tmp) - i);
}

/* Appends n in lower-case hexadecimal (a chunk size). */
static void sb_add_hex(strbuf_t *sb, size_t n) {
    char tmp[2 * sizeof(size_t)];
    size_t i = sizeof(tmp);
    do {
        tmp[--i] = "0123456789abcdef"[n & 15];
        n >>= 4;
    } while (n != 0);
    sb_add(sb, tmp + i, sizeof(tmp) - i);
}

/* Appends a JS value as header text: strings as UTF-8 bytes, anything else through String(). */
static void sb_add_value(strbuf_t *sb, duk_idx_t idx) {
    duk_context *ctx = sb->ctx;
    duk_dup(ctx, idx);
    duk_to_string(ctx, -1);
    size_t n;
    const char *s = nd_get_utf8(ctx, -1, &n);
    sb_add(sb, s, n);
    duk_pop(ctx);
}

static int ascii_ieq(const char *a, size_t alen, const char *b) {
    size_t blen = strlen(b);
    if (alen != blen) {
        return 0;
    }
    for (size_t i = 0; i < alen; i++) {
        char c = a[i];
        if (c >= 'A' && c <= 'Z') {
            c = (char)(c + 32);
        }
        if (c != b[i]) {
            return 0;
        }
    }
    return 1;
}

/* Node's matchHeader: notes the headers that change what is added. */
static void head_match(head_state_t *st, const char *name, size_t nlen, const char *value,
                       size_t vlen) {
    if (nlen < 4 || nlen > 17) {
        return;
    }
    if (ascii_ieq(name, nlen, "connection")) {
        st->connection = 1;
        st->flags &= ~HEAD_REMOVED_CONNECTION;
        /* /(?:^|\W)close(?:$|\W)/i */
        for (size_t i = 0; i + 5 <= vlen; i++) {
            if (ascii_ieq(value + i, 5, "close") &&
                (i == 0 || !isalnum((unsigned char)value[i - 1])) &&
                (i + 5 == vlen || !isalnum((unsigned char)value[i + 5]))) {
                st->out |= HEAD_OUT_LAST;
                break;
            }
        }
    } else if (ascii_ieq(name, nlen, "transfer-encoding")) {
        st->te = 1;
        st->flags &= ~HEAD_REMOVED_TE;
        for (size_t i = 0; i + 7 <= vlen; i++) {
            if (ascii_ieq(value + i, 7, "chunked")) {
                st->out |= HEAD_OUT_CHUNKED;
                break;
            }
        }
    } else if (ascii_ieq(name, nlen, "content-length")) {
        st->contlen = 1;
        st->flags &= ~HEAD_REMOVED_CONTLEN;
    } else if (ascii_ieq(name, nlen, "date")) {
        st->date = 1;
    } else if (ascii_ieq(name, nlen, "trailer")) {
        st->trailer = 1;
    } else if (ascii_ieq(name, nlen, "keep-alive")) {
        st->flags &= ~HEAD_DEFAULT_KEEPALIVE;
        st->out |= HEAD_OUT_NO_KEEPALIVE_HDR;
    }
}

/* Appends `name: value\r\n` for the name and value at the given stack indices (arrays of values
 * give one line each, except cookie arrays joined with '; ', as Node). */
static void head_add_header(strbuf_t *sb, head_state_t *st, duk_idx_t name_idx,
                            duk_idx_t value_idx) {
    duk_context *ctx = sb->ctx;
    name_idx = duk_normalize_index(ctx, name_idx);
    value_idx = duk_normalize_index(ctx, value_idx);
    duk_size_t nlen;
    const char *name = duk_to_lstring(ctx, name_idx, &nlen);
    if (duk_is_array(ctx, value_idx)) {
        duk_size_t n = duk_get_length(ctx, value_idx);
        if (n >= 2 && ascii_ieq(name, nlen, "cookie")) {
            sb_add(sb, name, nlen);
            sb_add(sb, ": ", 2);
            for (duk_size_t i = 0; i < n; i++) {
                duk_get_prop_index(ctx, value_idx, (duk_uarridx_t)i);
                if (i > 0) {
                    sb_add(sb, "; ", 2);
                }
                sb_add_value(sb, -1);
                duk_pop(ctx);
            }
            sb_add(sb, "\r\n", 2);
            head_match(st, name, nlen, "", 0);
            return;
        }
        for (duk_size_t i = 0; i < n; i++) {
            duk_get_prop_index(ctx, value_idx, (duk_uarridx_t)i);
            size_t start = sb->len + nlen + 2;
            sb_add(sb, name, nlen);
            sb_add(sb, ": ", 2);
            sb_add_value(sb, -1);
            head_match(st, name, nlen, sb->p + start, sb->len - start);
            sb_add(sb, "\r\n", 2);
            duk_pop(ctx);
        }
        return;
    }
    sb_add(sb, name, nlen);
    sb_add(sb, ": ", 2);
    size_t start = sb->len;
    sb_add_value(sb, value_idx);
    head_match(st, name, nlen, sb->p + start, sb->len - start);
    sb_add(sb, "\r\n", 2);
}

/* Calls fn with [ ... key val ] on top for each own enumerable property of the object at idx,
 * until fn returns 0 (then returns 0): slot by slot where nd_duk_plain_slots can (duk_enum's
 * enumerator cost 2,400 instructions, and 1,400 a property), else through duk_enum. */
typedef int (*own_prop_fn)(duk_context *ctx, void *udata);

static int each_own_prop(duk_context *ctx, duk_idx_t idx, own_prop_fn fn, void *udata) {
    int go = 1;
    idx = duk_normalize_index(ctx, idx);
    duk_int_t slots = nd_duk_plain_slots(ctx, idx);
    if (slots >= 0) {
        for (duk_int_t i = 0; go && i < slots; i++) {
            if (nd_duk_plain_entry(ctx, idx, i)) {          /* [ key val ] */
                go = fn(ctx, udata);
                duk_pop_2(ctx);
            }
        }
        return go;
    }
    duk_enum(ctx, idx, DUK_ENUM_OWN_PROPERTIES_ONLY);
    while (go && duk_next(ctx, -1, 1 /*get_value*/)) {      /* [ enum key val ] */
        go = fn(ctx, udata);
        duk_pop_2(ctx);
    }
    duk_pop(ctx);
    return go;
}

typedef struct head_adding_s {
    strbuf_t *sb;
    head_state_t *st;
    int kind;
} head_adding_t;

/* Appends the header of one own property [ key val ] of a headers object: kind 1 {Name: value},
 * kind 2 kOutHeaders {lower: [Name, value]}. */
static int head_add_entry(duk_context *ctx, void *udata) {
    head_adding_t *a = udata;
    if (a->kind == 2) {
        duk_get_prop_index(ctx, -1, 0);
        duk_get_prop_index(ctx, -2, 1);                     /* [ key entry name value ] */
        head_add_header(a->sb, a->st, -2, -1);
        duk_pop_2(ctx);
    } else {
        head_add_header(a->sb, a->st, -2, -1);
    }
    return 1;
}

/* Appends every header of the value at idx: kind 1 a plain object {Name: value}, 2 Node's
 * kOutHeaders map {lower: [Name, value]}, 3 a flat array [n, v, n, v], 4 an array of pairs. */
static void head_add_headers(strbuf_t *sb, head_state_t *st, duk_idx_t idx, int kind) {
    duk_context *ctx = sb->ctx;
    if (kind == 1 || kind == 2) {
        head_adding_t adding = { sb, st, kind };
        (void)each_own_prop(ctx, idx, head_add_entry, &adding);
    } else if (kind == 3 || kind == 4) {
        duk_size_t n = duk_get_length(ctx, idx);
        for (duk_size_t i = 0; i < n; i += (kind == 3 ? 2 : 1)) {
            if (kind == 3) {
                duk_get_prop_index(ctx, idx, (duk_uarridx_t)i);
                duk_get_prop_index(ctx, idx, (duk_uarridx_t)(i + 1));
            } else {
                duk_get_prop_index(ctx, idx, (duk_uarridx_t)i);
                duk_get_prop_index(ctx, -1, 0);
                duk_get_prop_index(ctx, -2, 1);
                duk_remove(ctx, -3);
            }
            head_add_header(sb, st, -2, -1);
            duk_pop_2(ctx);
        }
    }
}

/* The Date header value, formatted once a second per heap. */
static const char *http_date(duk_context *ctx) {
    nd_runtime_t *rt = nd_rt(ctx);
    time_t now = time(NULL);
    if ((long)now != rt->http_date_sec) {
        struct tm tm;
        gmtime_r(&now, &tm);
        strftime(rt->http_date, sizeof(rt->http_date), "%a, %d %b %Y %H:%M:%S GMT", &tm);
        rt->http_date_sec = (long)now;
    }
    return rt->http_date;
}

/* Builds the whole head into sb: firstLine, the headers at idx, then what Node adds (Date,
 * Connection, Keep-Alive, Content-Length or Transfer-Encoding) and the blank line.
 * Returns the HEAD_OUT_* bits. */
static int head_build(strbuf_t *sb, const char *first, size_t first_len, duk_idx_t headers_idx,
                      int kind, int flags, double keep_alive_ms, double content_length) {
    head_state_t st = { 0, 0, 0, 0, 0, flags, 0 };
    if (flags & HEAD_CHUNKED_SET) {
        st.out |= HEAD_OUT_CHUNKED;
    }
    sb_add(sb, first, first_len);
    head_add_headers(sb, &st, headers_idx, kind);
    flags = st.flags;
    if ((flags & HEAD_SEND_DATE) && !st.date) {
        sb_adds(sb, "Date: ");
        sb_adds(sb, http_date(sb->ctx));
        sb_add(sb, "\r\n", 2);
    }
    int has_body = (flags & HEAD_HAS_BODY) != 0;
    if ((st.out & HEAD_OUT_CHUNKED) && (flags & HEAD_STATUS_NOBODY)) {
        has_body = 0;
    }
    if (!(flags & HEAD_REMOVED_CONNECTION) && !st.connection) {
        int send_keep_alive = (flags & HEAD_KEEP_ALIVE) &&
            (st.contlen || (flags & HEAD_CHUNKED_DEFAULT) || (flags & HEAD_AGENT));
        if (send_keep_alive && (flags & HEAD_MAX_REQUESTS)) {
            sb_adds(sb, "Connection: close\r\n");
        } else if (send_keep_alive) {
            sb_adds(sb, "Connection: keep-alive\r\n");
            if (keep_alive_ms > 0 && (flags & HEAD_DEFAULT_KEEPALIVE)) {
                sb_adds(sb, "Keep-Alive: timeout=");
                sb_add_uint(sb, floor(keep_alive_ms / 1000));
                sb_add(sb, "\r\n", 2);
            }
        } else {
            st.out |= HEAD_OUT_LAST;
            sb_adds(sb, "Connection: close\r\n");
        }
    }
    if (!st.contlen && !st.te) {
        if (!has_body) {
            st.out &= ~HEAD_OUT_CHUNKED;
        } else if (!(flags & HEAD_CHUNKED_DEFAULT)) {
            st.out |= HEAD_OUT_LAST;
        } else if (!st.trailer && !(flags & HEAD_REMOVED_CONTLEN) && (flags & HEAD_LENGTH_KNOWN)) {
            sb_adds(sb, "Content-Length: ");
            sb_add_uint(sb, content_length);
            sb_add(sb, "\r\n", 2);
        } else if (!(flags & HEAD_REMOVED_TE)) {
            sb_adds(sb, "Transfer-Encoding: chunked\r\n");
            st.out |= HEAD_OUT_CHUNKED;
        } else {
            st.out |= HEAD_OUT_LAST;
        }
    }
    if (!has_body) {
        st.out |= HEAD_OUT_NO_BODY;
    }
    sb_add(sb, "\r\n", 2);
    return st.out;
}

/* http.formatHead(firstLine, headers, kind, flags, keepAliveMs, contentLength):
 * [ str obj n n n n ] -> [ [head, bits] ]  The head as a latin1-safe string for the JS path. */
static duk_ret_t http_format_head(duk_context *ctx) {
    duk_size_t first_len;
    const char *first = duk_require_lstring(ctx, 0, &first_len);
    int kind = duk_get_int_default(ctx, 2, 0);
    int flags = duk_require_int(ctx, 3);
    double keep_alive = duk_get_number_default(ctx, 4, 0);
    double content_length = duk_get_number_default(ctx, 5, 0);
    strbuf_t sb;
    sb_init(&sb, ctx, 256);
    int out = head_build(&sb, first, first_len, 1, kind, flags, keep_alive, content_length);
    duk_push_array(ctx);
    duk_push_lstring(ctx, sb.p, sb.len);
    duk_put_prop_index(ctx, -2, 0);
    duk_push_int(ctx, out);
    duk_put_prop_index(ctx, -2, 1);
    return 1;
}

/* http.writeResponse(handle, req, firstLine, headers, kind, flags, keepAliveMs, body):
 * [ tcp req str obj n n n body ] -> [ bits + 64 * bytes written | -errno ]
 * The fast path of res.end(body) when nothing else is queued on the socket: the head and the
 * body (chunk-framed when the head says chunked) leave in one write.  Returns the HEAD_OUT_*
 * bits (HEAD_OUT_QUEUED when part waits in the socket queue: req.oncomplete follows). */
static duk_ret_t http_write_response(duk_context *ctx) {
    nd_tcp_t *t = nd_tcp_from(ctx, 0);
    duk_size_t first_len;
    const char *first = duk_require_lstring(ctx, 2, &first_len);
    int kind = duk_get_int_default(ctx, 4, 0);
    int flags = duk_require_int(ctx, 5);
    double keep_alive = duk_get_number_default(ctx, 6, 0);
    const char *body = NULL;
    size_t body_len = 0;
    if (duk_is_string(ctx, 7)) {
        body = nd_get_utf8(ctx, 7, &body_len);
    } else if (duk_is_buffer_data(ctx, 7)) {
        duk_size_t n;
        body = duk_get_buffer_data(ctx, 7, &n);
        body_len = n;
    }
    if (t == NULL) {
        duk_push_int(ctx, -EBADF);
        return 1;
    }
    strbuf_t sb;
    sb_init(&sb, ctx, 256 + body_len + 32);
    int out = head_build(&sb, first, first_len, 3, kind, flags, keep_alive, (double)body_len);
    if (!(out & HEAD_OUT_NO_BODY) && body_len > 0) {
        if (out & HEAD_OUT_CHUNKED) {
            sb_add_hex(&sb, body_len);
            sb_add(&sb, "\r\n", 2);
            sb_add(&sb, body, body_len);
            sb_add(&sb, "\r\n", 2);
        } else {
            sb_add(&sb, body, body_len);
        }
    }
    if (!(out & HEAD_OUT_NO_BODY) && (out & HEAD_OUT_CHUNKED)) {
        sb_add(&sb, "0\r\n\r\n", 5);
    }
    int rc = nd_tcp_write(ctx, t, sb.p, sb.len, 1);
    if (rc < 0) {
        duk_push_int(ctx, rc);
        return 1;
    }
    /* Bits below 64, the byte count above them (for socket.bytesWritten). */
    duk_push_number(ctx, (double)(out | (rc == 1 ? HEAD_OUT_QUEUED : 0)) + (double)sb.len * 64);
    return 1;
}

/* A header value that needs no further check: a number, or a string of tab and printable ASCII
 * (what Node's checkInvalidHeaderChar accepts, short of the Latin-1 range). */
static int http_plain_header_value(duk_context *ctx, duk_idx_t idx) {
    if (duk_is_number(ctx, idx)) {
        return 1;
    }
    if (!duk_is_string(ctx, idx)) {
        return 0;
    }
    duk_size_t len;
    const unsigned char *v = (const unsigned char *)duk_get_lstring(ctx, idx, &len);
    for (duk_size_t i = 0; i < len; i++) {
        if ((v[i] < 0x20 && v[i] != '\t') || v[i] > 0x7e) {
            return 0;
        }
    }
    return 1;
}

/* A token name at -2 and a plain value at -1 (an own_prop_fn). */
static int http_plain_header(duk_context *ctx, void *udata) {
    (void)udata;
    duk_size_t nlen;
    const unsigned char *name = (const unsigned char *)duk_get_lstring(ctx, -2, &nlen);
    int ok = nlen > 0 && http_plain_header_value(ctx, -1);
    for (duk_size_t i = 0; ok && i < nlen; i++) {
        ok = http_is_tchar(name[i]);
    }
    return ok;
}

/* validatePlainHeaders(obj): true when every own enumerable header of a {Name: value} object
 * has a token name and a plain value (above), so writeHead needs no check in JavaScript; false
 * sends the object through the JavaScript validators, which throw Node's errors. */
static duk_ret_t http_validate_plain_headers(duk_context *ctx) {
    int ok = duk_is_object(ctx, 0) && !duk_is_array(ctx, 0) && !duk_is_function(ctx, 0) &&
             each_own_prop(ctx, 0, http_plain_header, NULL);
    duk_push_boolean(ctx, ok);
    return 1;
}

/* Pushes the method names as an array, in http-parser's numbering.  [ ... ] -> [ ... arr ] */
static void http_push_methods(duk_context *ctx) {
    duk_push_array(ctx);
    duk_uarridx_t i = 0;
#define HTTP_METHOD_NAME(num, name, string) \
    duk_push_string(ctx, #string);          \
    duk_put_prop_index(ctx, -2, i++);
    HTTP_METHOD_MAP(HTTP_METHOD_NAME)
#undef HTTP_METHOD_NAME
}

duk_ret_t nd_open_http(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "initialize", http_initialize, 3 },
        { "execute", http_execute, 1 },
        { "finish", http_finish, 0 },
        { "consume", http_consume, 1 },
        { "unconsume", http_unconsume_js, 0 },
        { "elapsed", http_elapsed, 0 },
        { NULL, NULL, 0 }
    };
    static const duk_function_list_entry functions[] = {
        { "formatHead", http_format_head, 6 },
        { "writeResponse", http_write_response, 8 },
        { "validatePlainHeaders", http_validate_plain_headers, 1 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, functions);
    duk_push_c_function(ctx, http_constructor, 1);
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    duk_put_prop_literal(ctx, -2, "prototype");
    duk_push_int(ctx, 0);
    duk_put_prop_literal(ctx, -2, "REQUEST");
    duk_push_int(ctx, 1);
    duk_put_prop_literal(ctx, -2, "RESPONSE");
    duk_put_prop_literal(ctx, -2, "HTTPParser");
    http_push_methods(ctx);
    duk_put_prop_literal(ctx, -2, "methods");
    duk_push_sprintf(ctx, "%d.%d.%d", HTTP_PARSER_VERSION_MAJOR, HTTP_PARSER_VERSION_MINOR,
                     HTTP_PARSER_VERSION_PATCH);
    duk_put_prop_literal(ctx, -2, "version");
    return 1;
}
