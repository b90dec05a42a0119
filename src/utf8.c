/*
 * src/utf8.c: conversions between UTF-8 bytes and Duktape's internal string encoding.
 *
 * Duktape keeps strings as CESU-8: a character outside the BMP is a surrogate pair, each half
 * encoded as three bytes, which gives JavaScript the UTF-16 semantics the spec requires
 * ('😀'.length === 2).  Bytes from the outside world are UTF-8, so:
 * - nd_utf8_to_cesu decodes UTF-8 as the WHATWG decoder does (each maximal invalid subpart
 *   becomes U+FFFD), writing 4-byte sequences as surrogate pairs;
 * - nd_cesu_to_utf8 joins surrogate pairs back into 4-byte sequences and turns lone surrogates
 *   into U+FFFD, as Node does when it writes a string as UTF-8.
 */
#include "utf8.h"

#include <string.h>

static size_t utf8_put3(char *out, unsigned cp) {
    out[0] = (char)(0xe0 | (cp >> 12));
    out[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
    out[2] = (char)(0x80 | (cp & 0x3f));
    return 3;
}

size_t nd_utf8_to_cesu_bound(size_t len) {
    /* Worst cases: a 4-byte sequence becomes 6 bytes (x1.5); one invalid byte becomes 3. */
    return len * 3;
}

size_t nd_utf8_to_cesu(const unsigned char *in, size_t len, char *out) {
    size_t o = 0;
    size_t i = 0;
    while (i < len) {
        unsigned c = in[i];
        if (c < 0x80) {
            out[o++] = (char)c;
            i++;
            continue;
        }
        unsigned need;
        unsigned cp;
        unsigned lo = 0x80;
        unsigned hi = 0xbf;
        if (c >= 0xc2 && c <= 0xdf) {
            need = 1;
            cp = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            need = 2;
            cp = c & 0x0f;
            if (c == 0xe0) {
                lo = 0xa0;
            } else if (c == 0xed) {
                hi = 0x9f; /* no encoded surrogates in valid UTF-8 */
            }
        } else if (c >= 0xf0 && c <= 0xf4) {
            need = 3;
            cp = c & 0x07;
            if (c == 0xf0) {
                lo = 0x90;
            } else if (c == 0xf4) {
                hi = 0x8f;
            }
        } else {
            o += utf8_put3(out + o, 0xfffd);
            i++;
            continue;
        }
        size_t j = i + 1;
        unsigned got = 0;
        while (got < need && j < len) {
            unsigned b = in[j];
            if (b < lo || b > hi) {
                break;
            }
            lo = 0x80;
            hi = 0xbf;
            cp = (cp << 6) | (b & 0x3f);
            j++;
            got++;
        }
        if (got < need) {
            o += utf8_put3(out + o, 0xfffd);
            i = j;
            continue;
        }
        if (need == 3) {
            cp -= 0x10000;
            o += utf8_put3(out + o, 0xd800 | (cp >> 10));
            o += utf8_put3(out + o, 0xdc00 | (cp & 0x3ff));
        } else {
            memcpy(out + o, in + i, j - i);
            o += j - i;
        }
        i = j;
    }
    return o;
}

/* Reads a 3-byte sequence at p encoding a surrogate (ED A0..BF xx); returns it or 0. */
static unsigned cesu_surrogate_at(const unsigned char *p, size_t left) {
    if (left >= 3 && p[0] == 0xed && p[1] >= 0xa0 && p[1] <= 0xbf && (p[2] & 0xc0) == 0x80) {
        return 0xd000 | ((unsigned)(p[1] & 0x3f) << 6) | (p[2] & 0x3f);
    }
    return 0;
}

int nd_cesu_needs_fix(const unsigned char *in, size_t len) {
    return memchr(in, 0xed, len) != NULL;
}

size_t nd_cesu_to_utf8(const unsigned char *in, size_t len, char *out) {
    size_t o = 0;
    size_t i = 0;
    while (i < len) {
        unsigned s = in[i] == 0xed ? cesu_surrogate_at(in + i, len - i) : 0;
        if (s == 0) {
            out[o++] = (char)in[i++];
            continue;
        }
        unsigned t = cesu_surrogate_at(in + i + 3, len - i - 3);
        if (s < 0xdc00 && t >= 0xdc00) {
            unsigned cp = 0x10000 + ((s - 0xd800) << 10) + (t - 0xdc00);
            out[o++] = (char)(0xf0 | (cp >> 18));
            out[o++] = (char)(0x80 | ((cp >> 12) & 0x3f));
            out[o++] = (char)(0x80 | ((cp >> 6) & 0x3f));
            out[o++] = (char)(0x80 | (cp & 0x3f));
            i += 6;
        } else {
            o += utf8_put3(out + o, 0xfffd);
            i += 3;
        }
    }
    return o;
}
