/*
 * lib/buffer.c: native side of the 'buffer' and 'string_decoder' modules.
 *
 * js/buffer.js owns Node's API and its argument checks; this file only moves bytes: strings
 * encoded into a Buffer and decoded out of one in every encoding Node knows (utf8, utf16le,
 * latin1, ascii, base64, base64url, hex), byte lengths, compare, copy, fill with a pattern,
 * searches, byte swaps, UTF-8/ASCII validation, atob/btoa, and the incremental decoder behind
 * StringDecoder.
 *
 * A Buffer is a Duktape Uint8Array whose prototype is Buffer.prototype (handed over once by
 * setBufferPrototype and kept in the heap stash), so Buffers created here and in JS are the
 * same kind of object.  Functions read and write the caller's typed-array memory in place
 * (duk_require_buffer_data); temporaries come from duk_push_buffer_raw, so a throw leaks
 * nothing.  Pointers into a typed array stay valid for the whole call: the array is an argument
 * (on the value stack) and Duktape never moves the data of a fixed buffer.
 *
 * Strings: Duktape keeps strings as CESU-8 (UTF-16 code units, a surrogate encoded as three
 * bytes); strings pushed raw by C code may also hold 4-byte UTF-8 sequences, which read here as
 * two code units, as JavaScript sees them.  Every string pushed is valid CESU-8.
 */
#include "nd.h"
#include "bindings.h"

#include <math.h>
#include <string.h>

/* Encoding ids, Node's own numbers (a StringDecoder's state shows them); js/buffer.js reads
 * them from binding.encodings. */
enum {
    ENC_ASCII = 0,
    ENC_UTF8 = 1,
    ENC_BASE64 = 2,
    ENC_UTF16LE = 3,
    ENC_LATIN1 = 4,
    ENC_HEX = 5,
    ENC_BASE64URL = 7
};

/* Layout of a StringDecoder's state buffer, as Node's (lastChar is bytes 0..3). */
enum {
    DEC_CHARS = 0,
    DEC_MISSING = 4,
    DEC_BUFFERED = 5,
    DEC_ENCODING = 6,
    DEC_SIZE = 7
};

#define BUFFER_PROTO_KEY DUK_HIDDEN_SYMBOL("nd_buffer_proto")

static const char hex_digits[] = "0123456789abcdef";
static const char b64_std[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char b64_url[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/* ------------------------------------------------------------------------------------------ */
/* Small helpers */

/* Digit values of base64 (both alphabets) and hex, 255 for anything else. */
static const uint8_t unbase64_table[256] = {
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,  62, 255,  62, 255,  63,
     52,  53,  54,  55,  56,  57,  58,  59,  60,  61, 255, 255, 255, 255, 255, 255,
    255,   0,   1,   2,   3,   4,   5,   6,   7,   8,   9,  10,  11,  12,  13,  14,
     15,  16,  17,  18,  19,  20,  21,  22,  23,  24,  25, 255, 255, 255, 255,  63,
    255,  26,  27,  28,  29,  30,  31,  32,  33,  34,  35,  36,  37,  38,  39,  40,
     41,  42,  43,  44,  45,  46,  47,  48,  49,  50,  51, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
};

static const uint8_t unhex_table[256] = {
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
      0,   1,   2,   3,   4,   5,   6,   7,   8,   9, 255, 255, 255, 255, 255, 255,
    255,  10,  11,  12,  13,  14,  15, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255,  10,  11,  12,  13,  14,  15, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
    255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255,
};

/* Returns the value of a base64 digit (either alphabet), or -1. */
static int b64_value(uint32_t c) {
    return c < 256 && unbase64_table[c] != 255 ? unbase64_table[c] : -1;
}

/* Returns the value of a hex digit, or -1. */
static int hex_value(uint32_t c) {
    return c < 256 && unhex_table[c] != 255 ? unhex_table[c] : -1;
}

/* Reads an integer argument, truncated toward zero and clamped to [lo, hi]; NaN and
 * undefined give def. */
static int64_t buffer_arg_int(duk_context *ctx, duk_idx_t idx, int64_t def, int64_t lo,
                              int64_t hi) {
    if (duk_is_undefined(ctx, idx)) {
        return def;
    }
    double d = duk_to_number(ctx, idx);
    if (d != d) {
        return def;
    }
    if (d <= (double)lo) {
        return lo;
    }
    if (d >= (double)hi) {
        return hi;
    }
    return (int64_t)d;
}

/* Pushes a Buffer viewing len bytes of the ArrayBuffer (or plain buffer) at idx from offset.
 * [ ... ] -> [ ... view ] */
static void buffer_push_view(duk_context *ctx, duk_idx_t idx, size_t offset, size_t len) {
    duk_push_buffer_object(ctx, idx, offset, len, DUK_BUFOBJ_UINT8ARRAY);
    duk_push_heap_stash(ctx);
    if (duk_get_prop_literal(ctx, -1, BUFFER_PROTO_KEY)) { /* [ ... view stash proto ] */
        duk_set_prototype(ctx, -3);
        duk_pop(ctx);
    } else {
        duk_pop_2(ctx);
    }
}

/* Pushes a new Buffer of len bytes (zeroed when zero is set) and returns its data.
 * [ ... ] -> [ ... buf ] */
static uint8_t *buffer_push_new(duk_context *ctx, size_t len, int zero) {
    uint8_t *data = duk_push_buffer_raw(ctx, len, zero ? 0 : DUK_BUF_FLAG_NOZERO);
    buffer_push_view(ctx, -1, 0, len); /* [ ... plain view ] */
    duk_remove(ctx, -2);
    return data;
}

/* Pushes len bytes of scratch memory, not zeroed.  [ ... ] -> [ ... scratch ] */
static uint8_t *buffer_push_scratch(duk_context *ctx, size_t len) {
    return duk_push_buffer_raw(ctx, len, DUK_BUF_FLAG_NOZERO);
}

/* ------------------------------------------------------------------------------------------ */
/* Reading Duktape strings as UTF-16 code units */

typedef struct str_iter_s {
    const uint8_t *p;
    const uint8_t *end;
    uint32_t pending; /* low surrogate still to return, or 0 */
} str_iter_t;

static void str_iter_init(str_iter_t *it, const char *s, size_t len) {
    it->p = (const uint8_t *)s;
    it->end = (const uint8_t *)s + len;
    it->pending = 0;
}

/* Stores the next UTF-16 code unit in *unit; returns 0 at the end of the string.  A byte that
 * starts no valid sequence reads as itself (only strings pushed raw by C can hold one). */
static int str_iter_next(str_iter_t *it, uint32_t *unit) {
    if (it->pending != 0) {
        *unit = it->pending;
        it->pending = 0;
        return 1;
    }
    const uint8_t *p = it->p;
    size_t left = (size_t)(it->end - p);
    if (left == 0) {
        return 0;
    }
    uint32_t c = p[0];
    if (c < 0x80) {
        it->p = p + 1;
        *unit = c;
        return 1;
    }
    if (c >= 0xc0 && c < 0xe0 && left >= 2 && (p[1] & 0xc0) == 0x80) {
        it->p = p + 2;
        *unit = ((c & 0x1f) << 6) | (p[1] & 0x3f);
        return 1;
    }
    if (c >= 0xe0 && c < 0xf0 && left >= 3 && (p[1] & 0xc0) == 0x80 && (p[2] & 0xc0) == 0x80) {
        it->p = p + 3;
        *unit = ((c & 0x0f) << 12) | ((uint32_t)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
        return 1;
    }
    if (c >= 0xf0 && c < 0xf8 && left >= 4 && (p[1] & 0xc0) == 0x80 &&
        (p[2] & 0xc0) == 0x80 && (p[3] & 0xc0) == 0x80) {
        uint32_t cp = ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3f) << 12) |
                      ((uint32_t)(p[2] & 0x3f) << 6) | (p[3] & 0x3f);
        it->p = p + 4;
        if (cp >= 0x10000 && cp <= 0x10ffff) {
            cp -= 0x10000;
            *unit = 0xd800 | (cp >> 10);
            it->pending = 0xdc00 | (cp & 0x3ff);
        } else {
            *unit = cp & 0xffff;
        }
        return 1;
    }
    it->p = p + 1;
    *unit = c;
    return 1;
}

/* Returns the number of UTF-16 code units in a Duktape string. */
static size_t str_unit_count(const char *s, size_t len) {
    size_t n = 0;
    size_t i;
    for (i = 0; i < len; i++) {
        uint8_t c = (uint8_t)s[i];
        /* Every byte but a continuation byte starts a unit; a 4-byte lead starts two. */
        if ((c & 0xc0) != 0x80) {
            n += (c >= 0xf0 && c < 0xf8) ? 2 : 1;
        }
    }
    return n;
}

/* Returns non-zero when the bytes are all ASCII. */
static int bytes_are_ascii(const uint8_t *p, size_t len) {
    size_t i = 0;
    uint8_t acc = 0;
    for (; i < len; i++) {
        acc |= p[i];
    }
    return (acc & 0x80) == 0;
}

/* Returns the UTF-8 length of a Duktape string: a surrogate pair (two 3-byte halves) becomes
 * one 4-byte sequence and a lone surrogate becomes U+FFFD, also 3 bytes. */
static size_t str_utf8_length(const char *s, size_t len) {
    const uint8_t *p = (const uint8_t *)s;
    const uint8_t *end = p + len;
    size_t n = len;
    p = memchr(p, 0xed, len);
    while (p != NULL && end - p >= 6) {
        if (p[1] >= 0xa0 && p[1] <= 0xaf && p[3] == 0xed && p[4] >= 0xb0 && p[4] <= 0xbf) {
            n -= 2;
            p += 6;
        } else {
            p += 1;
        }
        p = memchr(p, 0xed, (size_t)(end - p));
    }
    return n;
}

/* ------------------------------------------------------------------------------------------ */
/* Encoders: string -> bytes */

/* Returns the bytes to encode for the string at idx: for utf8 its UTF-8 bytes; for hex and
 * base64 one byte per UTF-16 code unit, the unit's low byte (Node reads them so); otherwise
 * Duktape's own string bytes, which encode_bytes reads as code units.  The value at idx may
 * be replaced by a buffer holding the bytes returned.  Throws unless a string. */
static const char *encode_source(duk_context *ctx, duk_idx_t idx, int enc, size_t *len) {
    duk_size_t n;
    const char *s;
    if (enc == ENC_UTF8) {
        return nd_get_utf8(ctx, idx, len);
    }
    s = duk_require_lstring(ctx, idx, &n);
    *len = n;
    if ((enc == ENC_HEX || enc == ENC_BASE64 || enc == ENC_BASE64URL) &&
        !bytes_are_ascii((const uint8_t *)s, n)) {
        str_iter_t it;
        uint32_t u;
        size_t i = 0;
        idx = duk_normalize_index(ctx, idx);
        uint8_t *low = buffer_push_scratch(ctx, str_unit_count(s, n));
        str_iter_init(&it, s, n);
        while (str_iter_next(&it, &u)) {
            low[i++] = (uint8_t)u;
        }
        duk_replace(ctx, idx);
        *len = i;
        return (const char *)low;
    }
    return s;
}

/* Writes at most cap bytes of a string (s, slen from encode_source for the same enc) in enc
 * into dst (dst NULL: only counts, cap ignored).  UTF-8 and UTF-16 never write part of a
 * character; hex stops at the first invalid pair; base64 skips characters outside both
 * alphabets and stops at '='.  Returns the bytes written (or needed). */
static size_t encode_bytes(const char *s, size_t slen, int enc, uint8_t *dst, size_t cap) {
    str_iter_t it;
    uint32_t u;
    size_t n = 0;

    if (enc == ENC_UTF8) {
        size_t blen = slen;
        if (dst == NULL) {
            return blen;
        }
        if (blen > cap) {
            /* Back off to the start of the character cut by the end of the room. */
            blen = cap;
            while (blen > 0 && ((uint8_t)s[blen] & 0xc0) == 0x80) {
                blen--;
            }
        }
        memcpy(dst, s, blen);
        return blen;
    }

    switch (enc) {
    case ENC_LATIN1:
    case ENC_ASCII:
        if (dst == NULL) {
            return bytes_are_ascii((const uint8_t *)s, slen) ? slen : str_unit_count(s, slen);
        }
        if (bytes_are_ascii((const uint8_t *)s, slen)) {
            n = slen < cap ? slen : cap;
            memcpy(dst, s, n);
            return n;
        }
        str_iter_init(&it, s, slen);
        while (n < cap && str_iter_next(&it, &u)) {
            dst[n++] = (uint8_t)u;
        }
        return n;

    case ENC_UTF16LE:
        if (dst == NULL) {
            return str_unit_count(s, slen) * 2;
        }
        str_iter_init(&it, s, slen);
        while (n + 2 <= cap && str_iter_next(&it, &u)) {
            dst[n++] = (uint8_t)u;
            dst[n++] = (uint8_t)(u >> 8);
        }
        return n;

    case ENC_HEX: {
        const uint8_t *in = (const uint8_t *)s;
        size_t i;
        for (i = 0; i + 2 <= slen && (dst == NULL || n < cap); i += 2) {
            int a = hex_value(in[i]);
            int b = hex_value(in[i + 1]);
            if (a < 0 || b < 0) {
                break;
            }
            if (dst != NULL) {
                dst[n] = (uint8_t)((a << 4) | b);
            }
            n++;
        }
        return n;
    }

    case ENC_BASE64:
    case ENC_BASE64URL: {
        const uint8_t *in = (const uint8_t *)s;
        uint32_t acc = 0;
        int have = 0;
        size_t i = 0;
        for (;;) {
            /* Whole groups of four valid digits, the common case, go four at a time. */
            while (have == 0 && i + 4 <= slen && (dst == NULL || n + 3 <= cap)) {
                uint32_t a = unbase64_table[in[i]];
                uint32_t b = unbase64_table[in[i + 1]];
                uint32_t c = unbase64_table[in[i + 2]];
                uint32_t d = unbase64_table[in[i + 3]];
                if ((a | b | c | d) & 0x80) {
                    break;
                }
                if (dst != NULL) {
                    uint32_t v = (a << 18) | (b << 12) | (c << 6) | d;
                    dst[n] = (uint8_t)(v >> 16);
                    dst[n + 1] = (uint8_t)(v >> 8);
                    dst[n + 2] = (uint8_t)v;
                }
                n += 3;
                i += 4;
            }
            if (i >= slen || (dst != NULL && n >= cap)) {
                break;
            }
            uint32_t v = unbase64_table[in[i]];
            if (v == 255) {
                /* '=' ends the data; any other stray character is skipped. */
                if (in[i] == '=') {
                    break;
                }
                i++;
                continue;
            }
            i++;
            acc = (acc << 6) | v;
            have++;
            if (have == 1) {
                continue;
            }
            /* Each digit after the first of a group of four completes one byte. */
            if (dst != NULL) {
                dst[n] = (uint8_t)(acc >> (2 * (4 - have)));
            }
            n++;
            if (have == 4) {
                have = 0;
                acc = 0;
            }
        }
        return n;
    }

    default:
        return 0;
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Decoders: bytes -> string */

/* Appends code unit u (any value below 0x10000, surrogates as themselves) in CESU-8. */
static size_t cesu_put(uint8_t *out, uint32_t u) {
    if (u < 0x80) {
        out[0] = (uint8_t)u;
        return 1;
    }
    if (u < 0x800) {
        out[0] = (uint8_t)(0xc0 | (u >> 6));
        out[1] = (uint8_t)(0x80 | (u & 0x3f));
        return 2;
    }
    out[0] = (uint8_t)(0xe0 | (u >> 12));
    out[1] = (uint8_t)(0x80 | ((u >> 6) & 0x3f));
    out[2] = (uint8_t)(0x80 | (u & 0x3f));
    return 3;
}

/* Returns the base64 text length of len bytes (padded unless url). */
static size_t base64_encoded_length(size_t len, int url) {
    return url ? (len / 3) * 4 + ((len % 3) ? (len % 3) + 1 : 0) : ((len + 2) / 3) * 4;
}

/* Writes the base64 text of len bytes into out; returns its length. */
static size_t base64_encode(const uint8_t *p, size_t len, uint8_t *out, int url) {
    const char *alphabet = url ? b64_url : b64_std;
    size_t o = 0;
    size_t i = 0;
    for (; i + 3 <= len; i += 3) {
        uint32_t v = ((uint32_t)p[i] << 16) | ((uint32_t)p[i + 1] << 8) | p[i + 2];
        out[o++] = (uint8_t)alphabet[v >> 18];
        out[o++] = (uint8_t)alphabet[(v >> 12) & 0x3f];
        out[o++] = (uint8_t)alphabet[(v >> 6) & 0x3f];
        out[o++] = (uint8_t)alphabet[v & 0x3f];
    }
    if (len - i == 1) {
        uint32_t v = (uint32_t)p[i] << 16;
        out[o++] = (uint8_t)alphabet[v >> 18];
        out[o++] = (uint8_t)alphabet[(v >> 12) & 0x3f];
        if (!url) {
            out[o++] = '=';
            out[o++] = '=';
        }
    } else if (len - i == 2) {
        uint32_t v = ((uint32_t)p[i] << 16) | ((uint32_t)p[i + 1] << 8);
        out[o++] = (uint8_t)alphabet[v >> 18];
        out[o++] = (uint8_t)alphabet[(v >> 12) & 0x3f];
        out[o++] = (uint8_t)alphabet[(v >> 6) & 0x3f];
        if (!url) {
            out[o++] = '=';
        }
    }
    return o;
}

/* Pushes the string that len bytes at p decode to in enc.  The bytes must not live in a
 * buffer this call could free (they are an argument's data).  [ ... ] -> [ ... str ] */
static void decode_push(duk_context *ctx, const uint8_t *p, size_t len, int enc) {
    uint8_t *out;
    size_t o = 0;
    size_t i;

    switch (enc) {
    case ENC_UTF8:
        nd_push_utf8(ctx, (const char *)p, len);
        return;

    case ENC_LATIN1:
        if (bytes_are_ascii(p, len)) {
            duk_push_lstring(ctx, (const char *)p, len);
            return;
        }
        out = buffer_push_scratch(ctx, len * 2);
        for (i = 0; i < len; i++) {
            o += cesu_put(out + o, p[i]);
        }
        break;

    case ENC_ASCII:
        if (bytes_are_ascii(p, len)) {
            duk_push_lstring(ctx, (const char *)p, len);
            return;
        }
        out = buffer_push_scratch(ctx, len);
        for (i = 0; i < len; i++) {
            out[i] = p[i] & 0x7f;
        }
        o = len;
        break;

    case ENC_UTF16LE:
        out = buffer_push_scratch(ctx, (len / 2) * 3);
        for (i = 0; i + 2 <= len; i += 2) {
            o += cesu_put(out + o, (uint32_t)p[i] | ((uint32_t)p[i + 1] << 8));
        }
        break;

    case ENC_HEX:
        out = buffer_push_scratch(ctx, len * 2);
        for (i = 0; i < len; i++) {
            out[o++] = (uint8_t)hex_digits[p[i] >> 4];
            out[o++] = (uint8_t)hex_digits[p[i] & 15];
        }
        break;

    case ENC_BASE64:
    case ENC_BASE64URL:
        out = buffer_push_scratch(ctx, base64_encoded_length(len, enc == ENC_BASE64URL));
        o = base64_encode(p, len, out, enc == ENC_BASE64URL);
        break;

    default:
        duk_push_string(ctx, "");
        return;
    }
    duk_push_lstring(ctx, (const char *)out, o); /* [ ... scratch str ] */
    duk_remove(ctx, -2);
}

/* Returns a typed array argument's bytes; throws a TypeError for anything else. */
static uint8_t *buffer_require_data(duk_context *ctx, duk_idx_t idx, size_t *len) {
    duk_size_t n = 0;
    uint8_t *p = duk_require_buffer_data(ctx, idx, &n);
    *len = n;
    return p;
}

/* ------------------------------------------------------------------------------------------ */
/* Creating Buffers */

/* binding.setBufferPrototype(proto): the prototype of every Buffer made here.  [ proto ] -> [ ] */
static duk_ret_t buffer_set_prototype(duk_context *ctx) {
    duk_require_object(ctx, 0);
    duk_push_heap_stash(ctx);
    duk_dup(ctx, 0);
    duk_put_prop_literal(ctx, -2, BUFFER_PROTO_KEY);
    return 0;
}

/* binding.createBuffer(size, zeroFill): a new Buffer of size bytes.  [ size zero ] -> [ buf ] */
static duk_ret_t buffer_create(duk_context *ctx) {
    double size = duk_require_number(ctx, 0);
    int zero = duk_to_boolean(ctx, 1);
    if (!(size >= 0 && size <= 4294967295.0)) {
        return duk_range_error(ctx, "Invalid typed array length: %g", size);
    }
    buffer_push_new(ctx, (size_t)size, zero);
    return 1;
}

/* Node's adjustOffset: the position truncated, negative counting from the end, clamped to
 * [0, len]; NaN is 0. */
static size_t buffer_adjust_offset(duk_context *ctx, duk_idx_t idx, size_t len) {
    double d = duk_to_number(ctx, idx);
    if (d != d) {
        return 0;
    }
    d = d < 0 ? ceil(d) : floor(d);
    if (d < 0) {
        d += (double)len;
        return d > 0 ? (size_t)d : 0;
    }
    return d < (double)len ? (size_t)d : len;
}

/* binding.subarray(buf, start, end): a Buffer viewing buf's memory from start to end (Node's
 * positions); it shares buf's ArrayBuffer, so view.buffer === buf.buffer.
 * [ buf start end ] -> [ view ] */
static duk_ret_t buffer_subarray(duk_context *ctx) {
    size_t len;
    size_t ab_len;
    const uint8_t *view = buffer_require_data(ctx, 0, &len);
    size_t start = buffer_adjust_offset(ctx, 1, len);
    size_t end = duk_is_undefined(ctx, 2) ? len : buffer_adjust_offset(ctx, 2, len);
    /* Reading .buffer makes Duktape create (and keep) the array's ArrayBuffer. */
    duk_get_prop_literal(ctx, 0, "buffer"); /* [ buf start end ab ] */
    duk_idx_t ab = duk_normalize_index(ctx, -1);
    const uint8_t *base = duk_require_buffer_data(ctx, ab, &ab_len);
    size_t offset = (size_t)(view - base) + start;
    buffer_push_view(ctx, ab, offset, end > start ? end - start : 0);
    return 1;
}

/* binding.fromString(str, enc): a new Buffer holding str encoded in enc, of exactly the encoded
 * length.  [ str enc ] -> [ buf ] */
static duk_ret_t buffer_from_string(duk_context *ctx) {
    int enc = duk_require_int(ctx, 1);
    size_t slen;
    const char *s = encode_source(ctx, 0, enc, &slen);
    size_t len = encode_bytes(s, slen, enc, NULL, 0);
    uint8_t *dst = buffer_push_new(ctx, len, 0);
    size_t n = encode_bytes(s, slen, enc, dst, len);
    if (n < len) {
        /* Only possible when the count and the write disagree; never show stale bytes. */
        memset(dst + n, 0, len - n);
    }
    return 1;
}

/* ------------------------------------------------------------------------------------------ */
/* Strings in and out of Buffers */

/* binding.byteLengthUtf8(str): [ str ] -> [ n ] */
static duk_ret_t buffer_byte_length_utf8(duk_context *ctx) {
    duk_size_t len;
    const char *s = duk_require_lstring(ctx, 0, &len);
    duk_push_number(ctx, (double)str_utf8_length(s, len));
    return 1;
}

/* binding.write(buf, str, offset, maxLength, enc): writes str at offset, at most maxLength
 * bytes and never past the end.  [ buf str offset max enc ] -> [ written ] */
static duk_ret_t buffer_write(duk_context *ctx) {
    size_t len;
    duk_require_string(ctx, 1);
    int64_t offset = buffer_arg_int(ctx, 2, 0, 0, INT64_MAX / 2);
    int64_t max = buffer_arg_int(ctx, 3, INT64_MAX / 2, 0, INT64_MAX / 2);
    int enc = duk_require_int(ctx, 4);
    uint8_t *data = buffer_require_data(ctx, 0, &len);
    if ((uint64_t)offset > len) {
        return duk_range_error(ctx, "\"offset\" is outside of buffer bounds");
    }
    size_t room = len - (size_t)offset;
    if ((uint64_t)max < room) {
        room = (size_t)max;
    }
    if (room == 0) {
        duk_push_int(ctx, 0);
        return 1;
    }
    size_t slen;
    const char *s = encode_source(ctx, 1, enc, &slen);
    size_t n = encode_bytes(s, slen, enc, data + offset, room);
    duk_push_number(ctx, (double)n);
    return 1;
}

/* binding.slice(buf, start, end, enc): the bytes [start, end) decoded, the range clamped to
 * the buffer.  [ buf start end enc ] -> [ str ] */
static duk_ret_t buffer_slice(duk_context *ctx) {
    size_t len;
    int enc = duk_require_int(ctx, 3);
    int64_t start = buffer_arg_int(ctx, 1, 0, 0, INT64_MAX / 2);
    int64_t end = buffer_arg_int(ctx, 2, INT64_MAX / 2, 0, INT64_MAX / 2);
    const uint8_t *data = buffer_require_data(ctx, 0, &len);
    if ((uint64_t)end > len) {
        end = (int64_t)len;
    }
    if (start > end) {
        start = end;
    }
    decode_push(ctx, data + start, (size_t)(end - start), enc);
    return 1;
}

/* ------------------------------------------------------------------------------------------ */
/* compare, copy, fill, swap */

static int compare_normalize(int cmp, size_t a_len, size_t b_len) {
    if (cmp == 0) {
        return a_len > b_len ? 1 : (a_len < b_len ? -1 : 0);
    }
    return cmp > 0 ? 1 : -1;
}

/* binding.compare(a, b): [ a b ] -> [ -1 | 0 | 1 ] */
static duk_ret_t buffer_compare(duk_context *ctx) {
    size_t a_len;
    size_t b_len;
    const uint8_t *a = buffer_require_data(ctx, 0, &a_len);
    const uint8_t *b = buffer_require_data(ctx, 1, &b_len);
    size_t n = a_len < b_len ? a_len : b_len;
    duk_push_int(ctx, compare_normalize(n > 0 ? memcmp(a, b, n) : 0, a_len, b_len));
    return 1;
}

/* binding.compareOffset(source, target, targetStart, sourceStart, targetEnd, sourceEnd):
 * compares source[sourceStart, sourceEnd) with target[targetStart, targetEnd); the ends are
 * clamped to the lengths.  [ source target ts ss te se ] -> [ -1 | 0 | 1 ] */
static duk_ret_t buffer_compare_offset(duk_context *ctx) {
    size_t s_len;
    size_t t_len;
    int64_t ts = buffer_arg_int(ctx, 2, 0, 0, INT64_MAX / 2);
    int64_t ss = buffer_arg_int(ctx, 3, 0, 0, INT64_MAX / 2);
    int64_t te = buffer_arg_int(ctx, 4, INT64_MAX / 2, 0, INT64_MAX / 2);
    int64_t se = buffer_arg_int(ctx, 5, INT64_MAX / 2, 0, INT64_MAX / 2);
    const uint8_t *s = buffer_require_data(ctx, 0, &s_len);
    const uint8_t *t = buffer_require_data(ctx, 1, &t_len);
    if ((uint64_t)se > s_len) {
        se = (int64_t)s_len;
    }
    if ((uint64_t)te > t_len) {
        te = (int64_t)t_len;
    }
    if (ss > se) {
        return duk_range_error(ctx, "The value of \"sourceStart\" is out of range.");
    }
    if (ts > te) {
        return duk_range_error(ctx, "The value of \"targetStart\" is out of range.");
    }
    size_t s_n = (size_t)(se - ss);
    size_t t_n = (size_t)(te - ts);
    size_t n = s_n < t_n ? s_n : t_n;
    duk_push_int(ctx, compare_normalize(n > 0 ? memcmp(s + ss, t + ts, n) : 0, s_n, t_n));
    return 1;
}

/* binding.copy(source, target, targetStart, sourceStart, count): copies count bytes (clamped
 * to both buffers; overlapping ranges are fine).  [ src dst ts ss n ] -> [ copied ] */
static duk_ret_t buffer_copy(duk_context *ctx) {
    size_t s_len;
    size_t t_len;
    int64_t ts = buffer_arg_int(ctx, 2, 0, 0, INT64_MAX / 2);
    int64_t ss = buffer_arg_int(ctx, 3, 0, 0, INT64_MAX / 2);
    int64_t n = buffer_arg_int(ctx, 4, INT64_MAX / 2, 0, INT64_MAX / 2);
    const uint8_t *s = buffer_require_data(ctx, 0, &s_len);
    uint8_t *t = buffer_require_data(ctx, 1, &t_len);
    if ((uint64_t)ts >= t_len || (uint64_t)ss >= s_len) {
        duk_push_int(ctx, 0);
        return 1;
    }
    if ((uint64_t)n > s_len - (size_t)ss) {
        n = (int64_t)(s_len - (size_t)ss);
    }
    if ((uint64_t)n > t_len - (size_t)ts) {
        n = (int64_t)(t_len - (size_t)ts);
    }
    memmove(t + ts, s + ss, (size_t)n);
    duk_push_number(ctx, (double)n);
    return 1;
}

/* Repeats the first have bytes at p until len bytes are filled. */
static void fill_repeat(uint8_t *p, size_t have, size_t len) {
    while (have < len - have) {
        memcpy(p + have, p, have);
        have *= 2;
    }
    if (have < len) {
        memcpy(p + have, p, len - have);
    }
}

/* binding.fill(buf, value, start, end, enc): fills [start, end) with value, a number (its low
 * byte), a typed array's bytes or a string encoded in enc, repeated.  Returns undefined, -1
 * when the value encodes to no bytes, or -2 when the range is outside the buffer.
 * [ buf value start end enc ] -> [ undefined | -1 | -2 ] */
static duk_ret_t buffer_fill(duk_context *ctx) {
    size_t len;
    size_t have;
    int64_t start = buffer_arg_int(ctx, 2, 0, 0, INT64_MAX / 2);
    int64_t end = buffer_arg_int(ctx, 3, INT64_MAX / 2, 0, INT64_MAX / 2);
    int enc = duk_get_int_default(ctx, 4, ENC_UTF8);
    unsigned byte = 0;
    int is_string = duk_is_string(ctx, 1) && !duk_is_symbol(ctx, 1);
    int is_view = !is_string && duk_is_buffer_data(ctx, 1);
    if (!is_string && !is_view) {
        /* Coerce before touching any memory: valueOf may run user code. */
        byte = duk_to_uint32(ctx, 1) & 0xff;
    }
    uint8_t *data = buffer_require_data(ctx, 0, &len);
    if (start > end || (uint64_t)end > len) {
        duk_push_int(ctx, -2);
        return 1;
    }
    uint8_t *p = data + start;
    size_t n = (size_t)(end - start);
    if (n == 0) {
        return 0;
    }
    if (is_view) {
        size_t v_len;
        const uint8_t *v = buffer_require_data(ctx, 1, &v_len);
        have = v_len < n ? v_len : n;
        memmove(p, v, have);
    } else if (is_string) {
        size_t slen;
        const char *s = encode_source(ctx, 1, enc, &slen);
        if (enc == ENC_UTF8 || enc == ENC_UTF16LE) {
            /* Node copies these byte for byte, cutting a character at the end if need be. */
            have = encode_bytes(s, slen, enc, NULL, 0);
            if (have <= n) {
                encode_bytes(s, slen, enc, p, have);
            } else {
                uint8_t *tmp = buffer_push_scratch(ctx, have);
                encode_bytes(s, slen, enc, tmp, have);
                memcpy(p, tmp, n);
                have = n;
            }
        } else {
            have = encode_bytes(s, slen, enc, p, n);
        }
    } else {
        memset(p, (int)byte, n);
        return 0;
    }
    if (have >= n) {
        return 0;
    }
    if (have == 0) {
        duk_push_int(ctx, -1);
        return 1;
    }
    fill_repeat(p, have, n);
    return 0;
}

/* Reverses every group of `size` bytes of a typed array argument in place. */
static duk_ret_t buffer_swap(duk_context *ctx, size_t size) {
    size_t len;
    uint8_t *p = buffer_require_data(ctx, 0, &len);
    size_t i;
    size_t j;
    for (i = 0; i + size <= len; i += size) {
        for (j = 0; j < size / 2; j++) {
            uint8_t t = p[i + j];
            p[i + j] = p[i + size - 1 - j];
            p[i + size - 1 - j] = t;
        }
    }
    duk_dup(ctx, 0);
    return 1;
}

/* binding.swap16/32/64(buf): [ buf ] -> [ buf ] */
static duk_ret_t buffer_swap16(duk_context *ctx) {
    return buffer_swap(ctx, 2);
}

static duk_ret_t buffer_swap32(duk_context *ctx) {
    return buffer_swap(ctx, 4);
}

static duk_ret_t buffer_swap64(duk_context *ctx) {
    return buffer_swap(ctx, 8);
}

/* ------------------------------------------------------------------------------------------ */
/* Searching */

/* Returns where a search starts, as Node computes it: a negative offset counts from the end;
 * -1 means no match is possible. */
static int64_t index_of_offset(size_t length, int64_t offset, size_t needle_len, int forward) {
    int64_t len = (int64_t)length;
    if (offset < 0) {
        if (offset + len >= 0) {
            return len + offset;
        }
        if (forward || needle_len == 0) {
            return 0;
        }
        return -1;
    }
    if (offset + (int64_t)needle_len <= len) {
        return offset;
    }
    if (needle_len == 0) {
        return len;
    }
    return forward ? -1 : len - 1;
}

/* Searches units of `width` bytes (1 or 2) for the needle: forward from unit `start`, or
 * backward for the last match at or before it.  Returns the unit index or -1. */
static int64_t search_units(const uint8_t *h, size_t h_units, const uint8_t *nd, size_t n_units,
                            size_t start, int forward, size_t width) {
    size_t nbytes = n_units * width;
    size_t pos;
    if (h_units < n_units) {
        return -1;
    }
    size_t last = h_units - n_units;
    if (forward) {
        if (width == 1 && n_units == 1) {
            const uint8_t *hit = start <= last ? memchr(h + start, nd[0], h_units - start) : NULL;
            return hit != NULL ? (int64_t)(hit - h) : -1;
        }
        for (pos = start; pos <= last; pos++) {
            if (h[pos * width] == nd[0] && memcmp(h + pos * width, nd, nbytes) == 0) {
                return (int64_t)pos;
            }
        }
        return -1;
    }
    pos = start < last ? start : last;
    for (;;) {
        if (h[pos * width] == nd[0] && memcmp(h + pos * width, nd, nbytes) == 0) {
            return (int64_t)pos;
        }
        if (pos == 0) {
            return -1;
        }
        pos--;
    }
}

/* The search shared by indexOfString and indexOfBuffer over a haystack of h_len bytes.
 * Mirrors Node's quirks: utf16le compares whole code units at even offsets only. */
static double index_of_bytes(const uint8_t *h, size_t h_len, const uint8_t *nd, size_t n_len,
                             int64_t offset_arg, int enc, int forward) {
    int64_t offset = index_of_offset(h_len, offset_arg, n_len, forward);
    if (n_len == 0) {
        return (double)offset;
    }
    if (h_len == 0 || offset <= -1) {
        return -1;
    }
    if ((forward && n_len + (size_t)offset > h_len) || n_len > h_len) {
        return -1;
    }
    if (enc == ENC_UTF16LE) {
        if (h_len < 2 || n_len < 2) {
            return -1;
        }
        int64_t r = search_units(h, h_len / 2, nd, n_len / 2, (size_t)offset / 2, forward, 2);
        /* Node's "not found" test compares against the byte length, so an odd-length
         * haystack reports its even part's length instead of -1. */
        if (r < 0) {
            return (h_len & 1) ? (double)(h_len - 1) : -1;
        }
        return (double)(r * 2);
    }
    return (double)search_units(h, h_len, nd, n_len, (size_t)offset, forward, 1);
}

/* binding.indexOfString(buf, str, byteOffset, enc, forward): enc is utf8, utf16le or latin1.
 * [ buf str off enc dir ] -> [ index | -1 ] */
static duk_ret_t buffer_index_of_string(duk_context *ctx) {
    size_t h_len;
    duk_require_string(ctx, 1);
    int64_t offset = buffer_arg_int(ctx, 2, 0, INT64_MIN / 2, INT64_MAX / 2);
    int enc = duk_require_int(ctx, 3);
    int forward = duk_to_boolean(ctx, 4);
    const uint8_t *h = buffer_require_data(ctx, 0, &h_len);
    if (enc == ENC_UTF16LE) {
        h_len &= ~(size_t)1;
    }
    size_t slen;
    const char *s = encode_source(ctx, 1, enc, &slen);
    size_t n_len = encode_bytes(s, slen, enc, NULL, 0);
    int64_t start = index_of_offset(h_len, offset, n_len, forward);
    if (n_len == 0) {
        duk_push_number(ctx, (double)start);
        return 1;
    }
    if (h_len == 0 || start <= -1 || n_len > h_len) {
        duk_push_int(ctx, -1);
        return 1;
    }
    uint8_t *nd = buffer_push_scratch(ctx, n_len);
    encode_bytes(s, slen, enc, nd, n_len);
    duk_push_number(ctx, index_of_bytes(h, h_len, nd, n_len, offset, enc, forward));
    return 1;
}

/* binding.indexOfBuffer(buf, needle, byteOffset, enc, forward):
 * [ buf needle off enc dir ] -> [ index | -1 ] */
static duk_ret_t buffer_index_of_buffer(duk_context *ctx) {
    size_t h_len;
    size_t n_len;
    int64_t offset = buffer_arg_int(ctx, 2, 0, INT64_MIN / 2, INT64_MAX / 2);
    int enc = duk_require_int(ctx, 3);
    int forward = duk_to_boolean(ctx, 4);
    const uint8_t *h = buffer_require_data(ctx, 0, &h_len);
    const uint8_t *nd = buffer_require_data(ctx, 1, &n_len);
    duk_push_number(ctx, index_of_bytes(h, h_len, nd, n_len, offset, enc, forward));
    return 1;
}

/* binding.indexOfNumber(buf, byte, byteOffset, forward): [ buf n off dir ] -> [ index | -1 ] */
static duk_ret_t buffer_index_of_number(duk_context *ctx) {
    size_t len;
    unsigned byte = duk_to_uint32(ctx, 1) & 0xff;
    int64_t offset = buffer_arg_int(ctx, 2, 0, INT64_MIN / 2, INT64_MAX / 2);
    int forward = duk_to_boolean(ctx, 3);
    const uint8_t *p = buffer_require_data(ctx, 0, &len);
    int64_t start = index_of_offset(len, offset, 1, forward);
    if (start <= -1 || len == 0) {
        duk_push_int(ctx, -1);
        return 1;
    }
    const uint8_t *hit = NULL;
    if (forward) {
        hit = memchr(p + start, (int)byte, len - (size_t)start);
    } else {
        hit = memrchr(p, (int)byte, (size_t)start + 1);
    }
    duk_push_number(ctx, hit != NULL ? (double)(hit - p) : -1);
    return 1;
}

/* ------------------------------------------------------------------------------------------ */
/* Validation */

/* binding.isAscii(view): [ view ] -> [ bool ] */
static duk_ret_t buffer_is_ascii(duk_context *ctx) {
    size_t len;
    const uint8_t *p = buffer_require_data(ctx, 0, &len);
    duk_push_boolean(ctx, bytes_are_ascii(p, len));
    return 1;
}

/* binding.isUtf8(view): strict UTF-8 (no overlongs, surrogates or values past U+10FFFF).
 * [ view ] -> [ bool ] */
static duk_ret_t buffer_is_utf8(duk_context *ctx) {
    size_t len;
    const uint8_t *p = buffer_require_data(ctx, 0, &len);
    size_t i = 0;
    while (i < len) {
        unsigned c = p[i];
        unsigned need;
        unsigned lo = 0x80;
        unsigned hi = 0xbf;
        if (c < 0x80) {
            i++;
            continue;
        }
        if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
        } else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            lo = c == 0xe0 ? 0xa0 : 0x80;
            hi = c == 0xed ? 0x9f : 0xbf;
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            lo = c == 0xf0 ? 0x90 : 0x80;
            hi = c == 0xf4 ? 0x8f : 0xbf;
        } else {
            break;
        }
        if (len - i <= need) {
            break;
        }
        if (p[i + 1] < lo || p[i + 1] > hi) {
            break;
        }
        unsigned k;
        for (k = 2; k <= need; k++) {
            if ((p[i + k] & 0xc0) != 0x80) {
                break;
            }
        }
        if (k <= need) {
            break;
        }
        i += need + 1;
    }
    duk_push_boolean(ctx, i == len);
    return 1;
}

/* binding.hasOwnProperties(obj): whether obj may have own properties besides the virtual
 * index keys of a typed array, in O(1) (Object.keys on a typed array lists every index, which
 * takes seconds for a megabyte).  True can still mean only deleted slots.  [ obj ] -> [ bool ] */
static duk_ret_t buffer_has_own_properties(duk_context *ctx) {
    duk_inspect_value(ctx, 0);
    duk_get_prop_literal(ctx, -1, "enext");
    duk_push_boolean(ctx, duk_get_int(ctx, -1) > 0);
    return 1;
}

/* ------------------------------------------------------------------------------------------ */
/* atob / btoa (the WHATWG forgiving base64) */

/* binding.btoa(str): the base64 of the string's code units, or -1 when one is above 0xff.
 * [ str ] -> [ str | -1 ] */
static duk_ret_t buffer_btoa(duk_context *ctx) {
    duk_size_t slen;
    const char *s = duk_require_lstring(ctx, 0, &slen);
    size_t n = str_unit_count(s, slen);
    str_iter_t it;
    uint32_t u;
    size_t i = 0;
    uint8_t *bytes = buffer_push_scratch(ctx, n);
    str_iter_init(&it, s, slen);
    while (str_iter_next(&it, &u)) {
        if (u > 0xff) {
            duk_push_int(ctx, -1);
            return 1;
        }
        bytes[i++] = (uint8_t)u;
    }
    uint8_t *out = buffer_push_scratch(ctx, base64_encoded_length(n, 0));
    size_t o = base64_encode(bytes, n, out, 0);
    duk_push_lstring(ctx, (const char *)out, o);
    return 1;
}

static int atob_is_space(uint32_t u) {
    return u == ' ' || u == '\t' || u == '\n' || u == '\f' || u == '\r';
}

/* binding.atob(str): the latin1 string the base64 text decodes to; -2 for a character outside
 * the standard alphabet, -1 when the length is wrong.  [ str ] -> [ str | -1 | -2 ] */
static duk_ret_t buffer_atob(duk_context *ctx) {
    duk_size_t slen;
    const char *s = duk_require_lstring(ctx, 0, &slen);
    str_iter_t it;
    uint32_t u;
    size_t n = 0;
    size_t pad = 0;
    size_t i;

    /* First pass: strip whitespace and validate. */
    uint8_t *digits = buffer_push_scratch(ctx, slen);
    str_iter_init(&it, s, slen);
    while (str_iter_next(&it, &u)) {
        if (atob_is_space(u)) {
            continue;
        }
        if (u == '=') {
            pad++;
            continue;
        }
        if (pad > 0 || u > 0x7f || u == '-' || u == '_' || b64_value(u) < 0) {
            duk_push_int(ctx, -2);
            return 1;
        }
        digits[n++] = (uint8_t)b64_value(u);
    }
    if (pad > 0 && ((n + pad) % 4 != 0 || pad > 2)) {
        duk_push_int(ctx, -2);
        return 1;
    }
    if (n % 4 == 1) {
        duk_push_int(ctx, -1);
        return 1;
    }
    size_t out_len = (n / 4) * 3 + (n % 4 == 0 ? 0 : n % 4 - 1);
    uint8_t *bytes = buffer_push_scratch(ctx, out_len);
    size_t o = 0;
    for (i = 0; i + 4 <= n; i += 4) {
        uint32_t v = ((uint32_t)digits[i] << 18) | ((uint32_t)digits[i + 1] << 12) |
                     ((uint32_t)digits[i + 2] << 6) | digits[i + 3];
        bytes[o++] = (uint8_t)(v >> 16);
        bytes[o++] = (uint8_t)(v >> 8);
        bytes[o++] = (uint8_t)v;
    }
    if (n - i >= 2) {
        uint32_t v = ((uint32_t)digits[i] << 18) | ((uint32_t)digits[i + 1] << 12);
        if (n - i == 3) {
            v |= (uint32_t)digits[i + 2] << 6;
        }
        bytes[o++] = (uint8_t)(v >> 16);
        if (n - i == 3) {
            bytes[o++] = (uint8_t)(v >> 8);
        }
    }
    decode_push(ctx, bytes, o, ENC_LATIN1);
    return 1;
}

/* ------------------------------------------------------------------------------------------ */
/* StringDecoder */

/* Pushes the decoded text of the incomplete-character bytes and resets the buffered count.
 * [ ... ] -> [ ... str ] */
static void decoder_push_chars(duk_context *ctx, uint8_t *st, int enc) {
    uint8_t chars[4];
    size_t n = st[DEC_BUFFERED];
    memcpy(chars, st + DEC_CHARS, n);
    decode_push(ctx, chars, n, enc);
}

/* binding.decode(state, view): decodes view's bytes after the bytes held in state, keeping an
 * incomplete character at the end for the next call (Node's algorithm, so the split points,
 * and the U+FFFD replacements, are Node's).  [ state view ] -> [ str ] */
static duk_ret_t buffer_decode(duk_context *ctx) {
    size_t st_len;
    size_t nread;
    uint8_t *st = buffer_require_data(ctx, 0, &st_len);
    const uint8_t *data = buffer_require_data(ctx, 1, &nread);
    int have_prepend = 0;
    size_t i;
    if (st_len < DEC_SIZE) {
        return duk_type_error(ctx, "invalid decoder state");
    }
    int enc = st[DEC_ENCODING];

    if (enc != ENC_UTF8 && enc != ENC_UTF16LE && enc != ENC_BASE64 && enc != ENC_BASE64URL) {
        decode_push(ctx, data, nread, enc);
        return 1;
    }

    if (st[DEC_MISSING] > 0) {
        if (enc == ENC_UTF8) {
            /* A byte that should continue the character but does not ends it early; that
             * byte starts the next character. */
            for (i = 0; i < nread && i < st[DEC_MISSING]; i++) {
                if ((data[i] & 0xc0) != 0x80) {
                    st[DEC_MISSING] = 0;
                    memcpy(st + DEC_CHARS + st[DEC_BUFFERED], data, i);
                    st[DEC_BUFFERED] = (uint8_t)(st[DEC_BUFFERED] + i);
                    data += i;
                    nread -= i;
                    break;
                }
            }
        }
        size_t found = nread < st[DEC_MISSING] ? nread : st[DEC_MISSING];
        if (st[DEC_BUFFERED] + found > 4) {
            found = 4 - st[DEC_BUFFERED];
        }
        memcpy(st + DEC_CHARS + st[DEC_BUFFERED], data, found);
        data += found;
        nread -= found;
        st[DEC_MISSING] = (uint8_t)(st[DEC_MISSING] - found);
        st[DEC_BUFFERED] = (uint8_t)(st[DEC_BUFFERED] + found);
        if (st[DEC_MISSING] == 0) {
            decoder_push_chars(ctx, st, enc); /* [ state view prepend ] */
            st[DEC_BUFFERED] = 0;
            have_prepend = 1;
        }
    }

    if (nread == 0) {
        if (!have_prepend) {
            duk_push_string(ctx, "");
        }
        return 1;
    }

    if (enc == ENC_UTF8 && (data[nread - 1] & 0x80)) {
        /* Ended on a non-ASCII byte: find where its character starts. */
        for (i = nread - 1;; i--) {
            st[DEC_BUFFERED]++;
            if ((data[i] & 0xc0) == 0x80) {
                if (st[DEC_BUFFERED] >= 4 || i == 0) {
                    /* No lead byte within reach: invalid, let the decoder replace it. */
                    st[DEC_BUFFERED] = 0;
                    break;
                }
            } else {
                if ((data[i] & 0xe0) == 0xc0) {
                    st[DEC_MISSING] = 2;
                } else if ((data[i] & 0xf0) == 0xe0) {
                    st[DEC_MISSING] = 3;
                } else if ((data[i] & 0xf8) == 0xf0) {
                    st[DEC_MISSING] = 4;
                } else {
                    st[DEC_BUFFERED] = 0;
                    break;
                }
                if (st[DEC_BUFFERED] >= st[DEC_MISSING]) {
                    /* Complete (or too long, hence invalid anyway): nothing to keep. */
                    st[DEC_MISSING] = 0;
                    st[DEC_BUFFERED] = 0;
                }
                st[DEC_MISSING] = (uint8_t)(st[DEC_MISSING] - st[DEC_BUFFERED]);
                break;
            }
        }
    } else if (enc == ENC_UTF16LE) {
        if (nread % 2 == 1) {
            st[DEC_BUFFERED] = 1;
            st[DEC_MISSING] = 1;
        } else if ((data[nread - 1] & 0xfc) == 0xd8) {
            /* The first half of a surrogate pair. */
            st[DEC_BUFFERED] = 2;
            st[DEC_MISSING] = 2;
        }
    } else if (enc == ENC_BASE64 || enc == ENC_BASE64URL) {
        st[DEC_BUFFERED] = (uint8_t)(nread % 3);
        if (st[DEC_BUFFERED] > 0) {
            st[DEC_MISSING] = (uint8_t)(3 - st[DEC_BUFFERED]);
        }
    }

    if (st[DEC_BUFFERED] > 0) {
        nread -= st[DEC_BUFFERED];
        memcpy(st + DEC_CHARS, data + nread, st[DEC_BUFFERED]);
    }

    if (nread > 0) {
        decode_push(ctx, data, nread, enc);
    } else {
        duk_push_string(ctx, "");
    }
    if (have_prepend) {
        duk_concat(ctx, 2);
    }
    return 1;
}

/* binding.flush(state): the text of whatever bytes are held, which are then dropped.
 * [ state ] -> [ str ] */
static duk_ret_t buffer_flush(duk_context *ctx) {
    size_t st_len;
    uint8_t *st = buffer_require_data(ctx, 0, &st_len);
    if (st_len < DEC_SIZE) {
        return duk_type_error(ctx, "invalid decoder state");
    }
    int enc = st[DEC_ENCODING];
    if (enc == ENC_UTF16LE && st[DEC_BUFFERED] % 2 == 1) {
        /* A single trailing byte is dropped. */
        st[DEC_MISSING]--;
        st[DEC_BUFFERED]--;
    }
    if (st[DEC_BUFFERED] == 0) {
        duk_push_string(ctx, "");
        return 1;
    }
    decoder_push_chars(ctx, st, enc);
    st[DEC_MISSING] = 0;
    st[DEC_BUFFERED] = 0;
    return 1;
}

/* ------------------------------------------------------------------------------------------ */

/* Pushes the binding object.  [ ] -> [ binding ] */
duk_ret_t nd_open_buffer(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "setBufferPrototype", buffer_set_prototype, 1 },
        { "createBuffer", buffer_create, 2 },
        { "subarray", buffer_subarray, 3 },
        { "fromString", buffer_from_string, 2 },
        { "byteLengthUtf8", buffer_byte_length_utf8, 1 },
        { "write", buffer_write, 5 },
        { "slice", buffer_slice, 4 },
        { "compare", buffer_compare, 2 },
        { "compareOffset", buffer_compare_offset, 6 },
        { "copy", buffer_copy, 5 },
        { "fill", buffer_fill, 5 },
        { "swap16", buffer_swap16, 1 },
        { "swap32", buffer_swap32, 1 },
        { "swap64", buffer_swap64, 1 },
        { "indexOfString", buffer_index_of_string, 5 },
        { "indexOfBuffer", buffer_index_of_buffer, 5 },
        { "indexOfNumber", buffer_index_of_number, 4 },
        { "isAscii", buffer_is_ascii, 1 },
        { "isUtf8", buffer_is_utf8, 1 },
        { "hasOwnProperties", buffer_has_own_properties, 1 },
        { "atob", buffer_atob, 1 },
        { "btoa", buffer_btoa, 1 },
        { "decode", buffer_decode, 2 },
        { "flush", buffer_flush, 1 },
        { NULL, NULL, 0 }
    };
    static const duk_number_list_entry encodings[] = {
        { "utf8", ENC_UTF8 },
        { "utf16le", ENC_UTF16LE },
        { "latin1", ENC_LATIN1 },
        { "ascii", ENC_ASCII },
        { "base64", ENC_BASE64 },
        { "base64url", ENC_BASE64URL },
        { "hex", ENC_HEX },
        { NULL, 0.0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    duk_push_object(ctx);
    duk_put_number_list(ctx, -1, encodings);
    duk_put_prop_literal(ctx, -2, "encodings");
    duk_push_int(ctx, DEC_SIZE);
    duk_put_prop_literal(ctx, -2, "decoderStateSize");
    return 1;
}
