/*
 * lib/crypto.c: native side of the 'crypto' module: digests, HMAC, PBKDF2, scrypt, random bytes.
 *
 * The digests are mbedTLS's (md5, sha1, sha224/256, sha384/512), called directly rather than
 * through mbedtls_md.h, so that only those four objects of libmbedcrypto.a are linked.  HMAC
 * (RFC 2104), PBKDF2 (RFC 8018) and scrypt (RFC 7914) are written here on top of them.
 *
 * A hash or HMAC state is a plain struct with no pointers inside (mbedTLS's digest contexts are
 * plain data), kept in a Duktape fixed buffer that js/internal/crypto/hash.js holds on the Hash
 * object: no malloc, no finalizer, and copy() is a memcpy.  Inputs are strings (UTF-8) or any
 * buffer object (Buffer, TypedArray, DataView, ArrayBuffer); results come back as ArrayBuffers,
 * which the shim wraps with Buffer.from.
 *
 * pbkdf2 and scrypt with a callback run on the worker pool (src/pool.h): the password and salt
 * are copied into the malloc'd request, which after_fn frees after calling back.
 */
#include "nd.h"
#include "bindings.h"
#include "crypto.h"
#include "pool.h"

#include <errno.h>
#include <string.h>
#include <sys/random.h>

#include <mbedtls/md5.h>
#include <mbedtls/sha1.h>
#include <mbedtls/sha256.h>
#include <mbedtls/sha512.h>

#define CRYPTO_MAX_MD 64     /* largest digest, sha512 */
#define CRYPTO_MAX_BLOCK 128 /* largest block, sha384/sha512 */

typedef union crypto_md_ctx_u {
    mbedtls_md5_context md5;
    mbedtls_sha1_context sha1;
    mbedtls_sha256_context sha256;
    mbedtls_sha512_context sha512;
} crypto_md_ctx_t;

typedef struct crypto_md_s {
    const char *name;
    int size;  /* digest bytes */
    int block; /* block bytes, for HMAC */
    void (*start)(crypto_md_ctx_t *c);
    void (*update)(crypto_md_ctx_t *c, const unsigned char *p, size_t n);
    void (*finish)(crypto_md_ctx_t *c, unsigned char *out);
} crypto_md_t;

/* The mbedTLS *_ret functions fail only on bad arguments (never here), so results are ignored. */
static void md5_start(crypto_md_ctx_t *c) { (void)mbedtls_md5_starts_ret(&c->md5); }
static void md5_update(crypto_md_ctx_t *c, const unsigned char *p, size_t n) {
    (void)mbedtls_md5_update_ret(&c->md5, p, n);
}
static void md5_finish(crypto_md_ctx_t *c, unsigned char *o) { (void)mbedtls_md5_finish_ret(&c->md5, o); }
static void sha1_start(crypto_md_ctx_t *c) { (void)mbedtls_sha1_starts_ret(&c->sha1); }
static void sha1_update(crypto_md_ctx_t *c, const unsigned char *p, size_t n) {
    (void)mbedtls_sha1_update_ret(&c->sha1, p, n);
}
static void sha1_finish(crypto_md_ctx_t *c, unsigned char *o) {
    (void)mbedtls_sha1_finish_ret(&c->sha1, o);
}
static void sha224_start(crypto_md_ctx_t *c) { (void)mbedtls_sha256_starts_ret(&c->sha256, 1); }
static void sha256_start(crypto_md_ctx_t *c) { (void)mbedtls_sha256_starts_ret(&c->sha256, 0); }
#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>

static const uint32_t sha256_k[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
};

/* Compresses n 64-byte blocks into state with the SHA extensions (Intel SHA-NI): mbedTLS 2.28
 * has only portable C, about five times slower than node's OpenSSL on sha256. */
__attribute__((target("sha,sse4.1,ssse3"))) static void sha256_ni_blocks(uint32_t state[8],
                                                                         const unsigned char *p,
                                                                         size_t n) {
    const __m128i mask = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128((const __m128i *)&state[0]);
    __m128i st1 = _mm_loadu_si128((const __m128i *)&state[4]);
    tmp = _mm_shuffle_epi32(tmp, 0xB1);        /* CDAB */
    st1 = _mm_shuffle_epi32(st1, 0x1B);        /* EFGH */
    __m128i st0 = _mm_alignr_epi8(tmp, st1, 8); /* ABEF */
    st1 = _mm_blend_epi16(st1, tmp, 0xF0);      /* CDGH */
    for (; n > 0; n--, p += 64) {
        __m128i abef = st0;
        __m128i cdgh = st1;
        __m128i w[16];
        for (int i = 0; i < 16; i++) {
            if (i < 4) {
                w[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(p + 16 * i)), mask);
            } else {
                __m128i t = _mm_sha256msg1_epu32(w[i - 4], w[i - 3]);
                t = _mm_add_epi32(t, _mm_alignr_epi8(w[i - 1], w[i - 2], 4));
                w[i] = _mm_sha256msg2_epu32(t, w[i - 1]);
            }
            __m128i msg = _mm_add_epi32(w[i], _mm_loadu_si128((const __m128i *)&sha256_k[4 * i]));
            st1 = _mm_sha256rnds2_epu32(st1, st0, msg);
            msg = _mm_shuffle_epi32(msg, 0x0E);
            st0 = _mm_sha256rnds2_epu32(st0, st1, msg);
        }
        st0 = _mm_add_epi32(st0, abef);
        st1 = _mm_add_epi32(st1, cdgh);
    }
    tmp = _mm_shuffle_epi32(st0, 0x1B);     /* FEBA */
    st1 = _mm_shuffle_epi32(st1, 0xB1);     /* DCHG */
    st0 = _mm_blend_epi16(tmp, st1, 0xF0);  /* DCBA */
    st1 = _mm_alignr_epi8(st1, tmp, 8);     /* ABEF */
    _mm_storeu_si128((__m128i *)&state[0], st0);
    _mm_storeu_si128((__m128i *)&state[4], st1);
}

/* Returns 1 when the CPU has the SHA extensions and SSE4.1 (checked once; a data race on the
 * cache is benign: every thread computes the same value). */
static int sha256_have_ni(void) {
    static int have = -1;
    if (have < 0) {
        unsigned a, b, c, d;
        int ok = __get_cpuid(1, &a, &b, &c, &d) && (c & (1u << 19)) && (c & (1u << 9));
        ok = ok && __get_cpuid_count(7, 0, &a, &b, &c, &d) && (b & (1u << 29));
        have = ok ? 1 : 0;
    }
    return have;
}

/* mbedtls_sha256_update_ret's buffering, with full blocks compressed by sha256_ni_blocks; the
 * context stays mbedTLS's, so mbedtls_sha256_finish_ret pads and finishes it. */
static void sha256_update(crypto_md_ctx_t *c, const unsigned char *p, size_t n) {
    mbedtls_sha256_context *s = &c->sha256;
    if (!sha256_have_ni()) {
        (void)mbedtls_sha256_update_ret(s, p, n);
        return;
    }
    size_t left = s->total[0] & 0x3F;
    size_t fill = 64 - left;
    s->total[0] += (uint32_t)n;
    s->total[0] &= 0xFFFFFFFF;
    if (s->total[0] < (uint32_t)n) {
        s->total[1]++;
    }
    s->total[1] += (uint32_t)((uint64_t)n >> 32);
    if (left > 0 && n >= fill) {
        memcpy(s->buffer + left, p, fill);
        sha256_ni_blocks(s->state, s->buffer, 1);
        p += fill;
        n -= fill;
        left = 0;
    }
    if (n >= 64) {
        sha256_ni_blocks(s->state, p, n / 64);
        p += n & ~(size_t)63;
        n &= 63;
    }
    if (n > 0) {
        memcpy(s->buffer + left, p, n);
    }
}
#else
static void sha256_update(crypto_md_ctx_t *c, const unsigned char *p, size_t n) {
    (void)mbedtls_sha256_update_ret(&c->sha256, p, n);
}
#endif
static void sha256_finish(crypto_md_ctx_t *c, unsigned char *o) {
    (void)mbedtls_sha256_finish_ret(&c->sha256, o);
}
static void sha384_start(crypto_md_ctx_t *c) { (void)mbedtls_sha512_starts_ret(&c->sha512, 1); }
static void sha512_start(crypto_md_ctx_t *c) { (void)mbedtls_sha512_starts_ret(&c->sha512, 0); }
static void sha512_update(crypto_md_ctx_t *c, const unsigned char *p, size_t n) {
    (void)mbedtls_sha512_update_ret(&c->sha512, p, n);
}
static void sha512_finish(crypto_md_ctx_t *c, unsigned char *o) {
    unsigned char full[64];
    (void)mbedtls_sha512_finish_ret(&c->sha512, full);
    /* sha384 writes only 48 bytes of `full`; the caller copies md->size bytes of it. */
    memcpy(o, full, c->sha512.is384 ? 48 : 64);
}

/* Canonical names only; js/internal/crypto/hash.js maps Node's aliases (SHA256, RSA-SHA1 ...). */
static const crypto_md_t crypto_mds[] = {
    { "md5", 16, 64, md5_start, md5_update, md5_finish },
    { "sha1", 20, 64, sha1_start, sha1_update, sha1_finish },
    { "sha224", 28, 64, sha224_start, sha256_update, sha256_finish },
    { "sha256", 32, 64, sha256_start, sha256_update, sha256_finish },
    { "sha384", 48, 128, sha384_start, sha512_update, sha512_finish },
    { "sha512", 64, 128, sha512_start, sha512_update, sha512_finish },
};

/* A hash or HMAC in progress; lives in a Duktape fixed buffer (plain data, copyable). */
typedef struct crypto_hash_s {
    int md;                /* index into crypto_mds */
    int hmac;              /* outer is in use */
    crypto_md_ctx_t inner; /* the hash, or HMAC's H((K ^ ipad) || ...) */
    crypto_md_ctx_t outer; /* HMAC's H((K ^ opad) || ...) */
} crypto_hash_t;

/* Returns the index of the digest called `name`, or -1. */
static int crypto_md_find(const char *name) {
    for (size_t i = 0; i < ND_ARRAY_SIZE(crypto_mds); i++) {
        if (strcmp(crypto_mds[i].name, name) == 0) {
            return (int)i;
        }
    }
    return -1;
}

/* Sets up h for digest md, as HMAC keyed with key when key is not NULL. */
static void crypto_hash_init(crypto_hash_t *h, int md, const unsigned char *key, size_t keylen) {
    const crypto_md_t *m = &crypto_mds[md];
    memset(h, 0, sizeof(*h));
    h->md = md;
    m->start(&h->inner);
    if (key == NULL) {
        return;
    }
    unsigned char k[CRYPTO_MAX_BLOCK];
    unsigned char pad[CRYPTO_MAX_BLOCK];
    memset(k, 0, sizeof(k));
    if (keylen > (size_t)m->block) {
        m->update(&h->inner, key, keylen);
        m->finish(&h->inner, k);
        m->start(&h->inner);
    } else if (keylen > 0) {
        memcpy(k, key, keylen);
    }
    h->hmac = 1;
    m->start(&h->outer);
    for (int i = 0; i < m->block; i++) {
        pad[i] = k[i] ^ 0x36;
    }
    m->update(&h->inner, pad, (size_t)m->block);
    for (int i = 0; i < m->block; i++) {
        pad[i] = k[i] ^ 0x5c;
    }
    m->update(&h->outer, pad, (size_t)m->block);
    memset(k, 0, sizeof(k));
    memset(pad, 0, sizeof(pad));
}

/* Finishes h (destroying it) and writes its digest (crypto_mds[h->md].size bytes) to out. */
static void crypto_hash_final(crypto_hash_t *h, unsigned char *out) {
    const crypto_md_t *m = &crypto_mds[h->md];
    m->finish(&h->inner, out);
    if (h->hmac) {
        m->update(&h->outer, out, (size_t)m->size);
        m->finish(&h->outer, out);
    }
}

/* ------------------------------------------------------------------------------------------ */
/* PBKDF2 and scrypt: plain C, safe on pool threads */

/* PBKDF2-HMAC (RFC 8018) with digest md into out[0..outlen). */
static void crypto_pbkdf2(int md, const unsigned char *pw, size_t pwlen, const unsigned char *salt,
                          size_t saltlen, uint32_t iter, unsigned char *out, size_t outlen) {
    const crypto_md_t *m = &crypto_mds[md];
    crypto_hash_t key;
    crypto_hash_t h;
    unsigned char u[CRYPTO_MAX_MD];
    unsigned char t[CRYPTO_MAX_MD];
    crypto_hash_init(&key, md, pw, pwlen);
    for (uint32_t block = 1; outlen > 0; block++) {
        unsigned char be[4] = { (unsigned char)(block >> 24), (unsigned char)(block >> 16),
                                (unsigned char)(block >> 8), (unsigned char)block };
        h = key;
        m->update(&h.inner, salt, saltlen);
        m->update(&h.inner, be, 4);
        crypto_hash_final(&h, u);
        memcpy(t, u, (size_t)m->size);
        for (uint32_t j = 1; j < iter; j++) {
            h = key;
            m->update(&h.inner, u, (size_t)m->size);
            crypto_hash_final(&h, u);
            for (int i = 0; i < m->size; i++) {
                t[i] ^= u[i];
            }
        }
        size_t n = outlen < (size_t)m->size ? outlen : (size_t)m->size;
        memcpy(out, t, n);
        out += n;
        outlen -= n;
    }
    memset(&key, 0, sizeof(key));
    memset(&h, 0, sizeof(h));
}

#define ROTL32(a, b) (((a) << (b)) | ((a) >> (32 - (b))))

/* Salsa20/8 core (RFC 7914 section 3) on 16 words in place. */
static void scrypt_salsa8(uint32_t b[16]) {
    uint32_t x[16];
    memcpy(x, b, sizeof(x));
    for (int i = 0; i < 8; i += 2) {
        x[4] ^= ROTL32(x[0] + x[12], 7);   x[8] ^= ROTL32(x[4] + x[0], 9);
        x[12] ^= ROTL32(x[8] + x[4], 13);  x[0] ^= ROTL32(x[12] + x[8], 18);
        x[9] ^= ROTL32(x[5] + x[1], 7);    x[13] ^= ROTL32(x[9] + x[5], 9);
        x[1] ^= ROTL32(x[13] + x[9], 13);  x[5] ^= ROTL32(x[1] + x[13], 18);
        x[14] ^= ROTL32(x[10] + x[6], 7);  x[2] ^= ROTL32(x[14] + x[10], 9);
        x[6] ^= ROTL32(x[2] + x[14], 13);  x[10] ^= ROTL32(x[6] + x[2], 18);
        x[3] ^= ROTL32(x[15] + x[11], 7);  x[7] ^= ROTL32(x[3] + x[15], 9);
        x[11] ^= ROTL32(x[7] + x[3], 13);  x[15] ^= ROTL32(x[11] + x[7], 18);
        x[1] ^= ROTL32(x[0] + x[3], 7);    x[2] ^= ROTL32(x[1] + x[0], 9);
        x[3] ^= ROTL32(x[2] + x[1], 13);   x[0] ^= ROTL32(x[3] + x[2], 18);
        x[6] ^= ROTL32(x[5] + x[4], 7);    x[7] ^= ROTL32(x[6] + x[5], 9);
        x[4] ^= ROTL32(x[7] + x[6], 13);   x[5] ^= ROTL32(x[4] + x[7], 18);
        x[11] ^= ROTL32(x[10] + x[9], 7);  x[8] ^= ROTL32(x[11] + x[10], 9);
        x[9] ^= ROTL32(x[8] + x[11], 13);  x[10] ^= ROTL32(x[9] + x[8], 18);
        x[12] ^= ROTL32(x[15] + x[14], 7); x[13] ^= ROTL32(x[12] + x[15], 9);
        x[14] ^= ROTL32(x[13] + x[12], 13); x[15] ^= ROTL32(x[14] + x[13], 18);
    }
    for (int i = 0; i < 16; i++) {
        b[i] += x[i];
    }
}

/* scryptBlockMix (RFC 7914 section 4): b (2r blocks of 16 words) -> y, then copied back. */
static void scrypt_blockmix(uint32_t *b, uint32_t *y, uint32_t r) {
    uint32_t x[16];
    memcpy(x, &b[(2 * r - 1) * 16], sizeof(x));
    for (uint32_t i = 0; i < 2 * r; i++) {
        for (int k = 0; k < 16; k++) {
            x[k] ^= b[i * 16 + k];
        }
        scrypt_salsa8(x);
        /* Even blocks go to the first half, odd ones to the second. */
        memcpy(&y[((i & 1) * r + i / 2) * 16], x, sizeof(x));
    }
    memcpy(b, y, 128 * (size_t)r);
}

static uint32_t le32(const unsigned char *p) {
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* scrypt (RFC 7914) into out[0..outlen).  Returns 0 or -ENOMEM. */
static int crypto_scrypt(const unsigned char *pw, size_t pwlen, const unsigned char *salt,
                         size_t saltlen, uint64_t n, uint32_t r, uint32_t p, unsigned char *out,
                         size_t outlen) {
    int sha256 = 3; /* index of sha256 in crypto_mds */
    size_t blen = 128 * (size_t)r;
    unsigned char *b = malloc(blen * p);
    uint32_t *x = malloc(blen);
    uint32_t *y = malloc(blen);
    uint32_t *v = malloc(blen * n);
    int rc = 0;
    if (b == NULL || x == NULL || y == NULL || v == NULL) {
        rc = -ENOMEM;
        goto cleanup;
    }
    crypto_pbkdf2(sha256, pw, pwlen, salt, saltlen, 1, b, blen * p);
    for (uint32_t i = 0; i < p; i++) {
        unsigned char *bi = b + i * blen;
        size_t words = blen / 4;
        for (size_t k = 0; k < words; k++) {
            x[k] = le32(bi + 4 * k);
        }
        for (uint64_t k = 0; k < n; k++) {
            memcpy(&v[k * words], x, blen);
            scrypt_blockmix(x, y, r);
        }
        for (uint64_t k = 0; k < n; k++) {
            uint64_t j = x[(2 * r - 1) * 16] & (n - 1);
            for (size_t w = 0; w < words; w++) {
                x[w] ^= v[j * words + w];
            }
            scrypt_blockmix(x, y, r);
        }
        for (size_t k = 0; k < words; k++) {
            bi[4 * k] = (unsigned char)x[k];
            bi[4 * k + 1] = (unsigned char)(x[k] >> 8);
            bi[4 * k + 2] = (unsigned char)(x[k] >> 16);
            bi[4 * k + 3] = (unsigned char)(x[k] >> 24);
        }
    }
    crypto_pbkdf2(sha256, pw, pwlen, b, blen * p, 1, out, outlen);
cleanup:
    free(b);
    free(x);
    free(y);
    free(v);
    return rc;
}

/* ------------------------------------------------------------------------------------------ */
/* Binding functions */

/* Returns the bytes of the string (as UTF-8) or buffer object at idx; throws on anything else.
 * A string may be replaced in its slot by its UTF-8 bytes (nd_get_utf8). */
static const unsigned char *crypto_get_bytes(duk_context *ctx, duk_idx_t idx, size_t *len) {
    if (duk_is_string(ctx, idx)) {
        return (const unsigned char *)nd_get_utf8(ctx, idx, len);
    }
    duk_size_t n = 0;
    void *p = duk_require_buffer_data(ctx, idx, &n);
    *len = n;
    return p;
}

/* Pushes an ArrayBuffer of n bytes and returns its data.  [ ] -> [ ab ] */
static unsigned char *crypto_push_array_buffer(duk_context *ctx, size_t n) {
    unsigned char *p = duk_push_fixed_buffer(ctx, n);
    duk_push_buffer_object(ctx, -1, 0, n, DUK_BUFOBJ_ARRAYBUFFER);
    duk_remove(ctx, -2);
    return p;
}

/* hashSize(name): [ name ] -> [ digest bytes, or 0 when the digest is unknown ] */
static duk_ret_t crypto_hash_size(duk_context *ctx) {
    int md = crypto_md_find(duk_require_string(ctx, 0));
    duk_push_int(ctx, md < 0 ? 0 : crypto_mds[md].size);
    return 1;
}

/* hashNew(name[, key]): [ name key? ] -> [ state buffer | undefined when unknown ] */
static duk_ret_t crypto_hash_new(duk_context *ctx) {
    int md = crypto_md_find(duk_require_string(ctx, 0));
    const unsigned char *key = NULL;
    size_t keylen = 0;
    if (!duk_is_undefined(ctx, 1)) {
        key = crypto_get_bytes(ctx, 1, &keylen);
    }
    if (md < 0) {
        return 0;
    }
    crypto_hash_t *h = duk_push_fixed_buffer(ctx, sizeof(crypto_hash_t));
    crypto_hash_init(h, md, key, keylen);
    return 1;
}

static crypto_hash_t *crypto_require_state(duk_context *ctx, duk_idx_t idx) {
    duk_size_t n = 0;
    crypto_hash_t *h = duk_require_buffer(ctx, idx, &n);
    if (n != sizeof(crypto_hash_t) || h->md < 0 || h->md >= (int)ND_ARRAY_SIZE(crypto_mds)) {
        (void)duk_type_error(ctx, "invalid hash state");
    }
    return h;
}

/* hashDigestSize(state): [ state ] -> [ digest bytes ] */
static duk_ret_t crypto_hash_digest_size(duk_context *ctx) {
    crypto_hash_t *h = crypto_require_state(ctx, 0);
    duk_push_int(ctx, crypto_mds[h->md].size);
    return 1;
}

/* hashUpdate(state, data): [ state data ] -> [ ] */
static duk_ret_t crypto_hash_update(duk_context *ctx) {
    crypto_hash_t *h = crypto_require_state(ctx, 0);
    size_t len = 0;
    const unsigned char *p = crypto_get_bytes(ctx, 1, &len);
    crypto_mds[h->md].update(&h->inner, p, len);
    return 0;
}

/* hashDigest(state): finishes the state.  [ state ] -> [ ArrayBuffer ] */
static duk_ret_t crypto_hash_digest(duk_context *ctx) {
    crypto_hash_t *h = crypto_require_state(ctx, 0);
    unsigned char *out = crypto_push_array_buffer(ctx, (size_t)crypto_mds[h->md].size);
    crypto_hash_final(h, out);
    return 1;
}

/* hashCopy(state): [ state ] -> [ new state ] */
static duk_ret_t crypto_hash_copy(duk_context *ctx) {
    crypto_hash_t *h = crypto_require_state(ctx, 0);
    crypto_hash_t *c = duk_push_fixed_buffer(ctx, sizeof(crypto_hash_t));
    memcpy(c, h, sizeof(*c));
    return 1;
}

/* See lib/crypto.h. */
int nd_crypto_random(unsigned char *p, size_t n) {
    while (n > 0) {
        ssize_t got = getrandom(p, n, 0);
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            return -errno;
        }
        p += got;
        n -= (size_t)got;
    }
    return 0;
}

/* randomFill(buf, offset, size): byte offsets within the buffer object's view.
 * [ buf offset size ] -> [ ] ; throws a system error if getrandom fails. */
static duk_ret_t crypto_random_fill(duk_context *ctx) {
    duk_size_t len = 0;
    unsigned char *p = duk_require_buffer_data(ctx, 0, &len);
    double off = duk_require_number(ctx, 1);
    double size = duk_require_number(ctx, 2);
    if (!(off >= 0 && size >= 0 && off + size <= (double)len)) {
        return duk_range_error(ctx, "randomFill out of range");
    }
    int err = nd_crypto_random(p + (size_t)off, (size_t)size);
    if (err < 0) {
        return nd_throw_errno(ctx, err, "getrandom", NULL);
    }
    return 0;
}

/* timingSafeEqual(a, b): same-length buffer objects.  [ a b ] -> [ bool ] */
static duk_ret_t crypto_timing_safe_equal(duk_context *ctx) {
    duk_size_t la = 0;
    duk_size_t lb = 0;
    const unsigned char *a = duk_require_buffer_data(ctx, 0, &la);
    const unsigned char *b = duk_require_buffer_data(ctx, 1, &lb);
    if (la != lb) {
        return duk_range_error(ctx, "lengths differ");
    }
    unsigned char diff = 0;
    for (duk_size_t i = 0; i < la; i++) {
        diff |= a[i] ^ b[i];
    }
    duk_push_boolean(ctx, diff == 0);
    return 1;
}

/* A pbkdf2 or scrypt job; password and salt are copied after the struct. */
typedef struct crypto_kdf_s {
    nd_work_t work;
    duk_context *ctx;
    int callback; /* nd_ref of the JS callback */
    int scrypt;
    int md;
    uint32_t iter;
    uint64_t n;
    uint32_t r, p;
    int status;   /* 0 or -errno */
    size_t pwlen, saltlen, outlen;
    unsigned char *out; /* outlen bytes, after the salt */
    unsigned char data[];
} crypto_kdf_t;

static void crypto_kdf_run(crypto_kdf_t *job) {
    const unsigned char *pw = job->data;
    const unsigned char *salt = job->data + job->pwlen;
    if (job->scrypt) {
        job->status = crypto_scrypt(pw, job->pwlen, salt, job->saltlen, job->n, job->r, job->p,
                                    job->out, job->outlen);
    } else {
        crypto_pbkdf2(job->md, pw, job->pwlen, salt, job->saltlen, job->iter, job->out,
                      job->outlen);
        job->status = 0;
    }
}

static void crypto_kdf_work(nd_work_t *work) {
    crypto_kdf_run((crypto_kdf_t *)work);
}

static void crypto_kdf_deliver(duk_context *ctx, void *udata) {
    crypto_kdf_t *job = udata;
    nd_push_ref(ctx, job->callback);
    duk_push_int(ctx, job->status);
    if (job->status == 0) {
        unsigned char *out = crypto_push_array_buffer(ctx, job->outlen);
        memcpy(out, job->out, job->outlen);
    } else {
        duk_push_undefined(ctx);
    }
    duk_call(ctx, 2 /*nargs*/);
    duk_pop(ctx);
}

static void crypto_kdf_after(nd_work_t *work) {
    crypto_kdf_t *job = (crypto_kdf_t *)work;
    nd_invoke(job->ctx, crypto_kdf_deliver, job);
    nd_unref(job->ctx, job->callback);
    memset(job->data, 0, job->pwlen + job->saltlen + job->outlen);
    free(job);
}

/* Runs job now ([ ... job ] -> [ ... job ArrayBuffer ], throwing on failure), or queues it when
 * the callback at cb_idx is a function ([ ] -> [ 0 | -errno ]).  A synchronous job is a Duktape
 * buffer on the stack; an asynchronous one is malloc'd with its callback pinned, and is owned
 * here from now on (freed by crypto_kdf_after, or now when the pool cannot take it). */
static duk_ret_t crypto_kdf_start(duk_context *ctx, crypto_kdf_t *job, duk_idx_t cb_idx) {
    if (!duk_is_function(ctx, cb_idx)) {
        crypto_kdf_run(job);
        if (job->status < 0) {
            return nd_throw_errno(ctx, job->status, job->scrypt ? "scrypt" : "pbkdf2", NULL);
        }
        unsigned char *out = crypto_push_array_buffer(ctx, job->outlen);
        memcpy(out, job->out, job->outlen);
        memset(job->data, 0, job->pwlen + job->saltlen + job->outlen);
        return 1;
    }
    job->ctx = nd_rt(ctx)->ctx; /* the main thread: ctx may be a coroutine */
    int err = nd_pool_submit(nd_rt(ctx), &job->work, crypto_kdf_work, crypto_kdf_after);
    if (err < 0) {
        nd_unref(ctx, job->callback);
        free(job);
    }
    duk_push_int(ctx, err);
    return 1;
}

/* Copies password (idx) and salt (idx + 1) into a new job with room for outlen bytes.  Without a
 * callback at cb_idx the job is a fixed buffer pushed on the stack ([ ] -> [ job ]); with one it
 * is malloc'd (the stack is unchanged).  Throws (nothing allocated) on bad arguments or OOM. */
static crypto_kdf_t *crypto_kdf_new(duk_context *ctx, duk_idx_t idx, size_t outlen,
                                    duk_idx_t cb_idx) {
    size_t pwlen = 0;
    size_t saltlen = 0;
    const unsigned char *pw = crypto_get_bytes(ctx, idx, &pwlen);
    const unsigned char *salt = crypto_get_bytes(ctx, idx + 1, &saltlen);
    size_t size = sizeof(crypto_kdf_t) + pwlen + saltlen + outlen + 1;
    crypto_kdf_t *job;
    if (duk_is_function(ctx, cb_idx)) {
        /* Pin the callback first: nd_ref can throw (OOM), calloc cannot. */
        int callback = nd_ref(ctx, cb_idx);
        job = calloc(1, size);
        if (job == NULL) {
            nd_unref(ctx, callback);
            (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "Out of memory");
        }
        job->callback = callback;
    } else {
        job = duk_push_fixed_buffer(ctx, size); /* zeroed */
    }
    if (pwlen > 0) {
        memcpy(job->data, pw, pwlen);
    }
    if (saltlen > 0) {
        memcpy(job->data + pwlen, salt, saltlen);
    }
    job->pwlen = pwlen;
    job->saltlen = saltlen;
    job->outlen = outlen;
    job->out = job->data + pwlen + saltlen;
    return job;
}

/* pbkdf2(password, salt, iterations, keylen, digest[, callback]): see crypto_kdf_start. */
static duk_ret_t crypto_pbkdf2_fn(duk_context *ctx) {
    duk_uint_t iter = duk_require_uint(ctx, 2);
    duk_uint_t keylen = duk_require_uint(ctx, 3);
    int md = crypto_md_find(duk_require_string(ctx, 4));
    if (md < 0 || iter == 0) {
        return duk_type_error(ctx, "Invalid digest");
    }
    crypto_kdf_t *job = crypto_kdf_new(ctx, 0, keylen, 5);
    job->md = md;
    job->iter = iter;
    return crypto_kdf_start(ctx, job, 5);
}

/* scrypt(password, salt, N, r, p, keylen[, callback]): N a power of two; see crypto_kdf_start. */
static duk_ret_t crypto_scrypt_fn(duk_context *ctx) {
    double n = duk_require_number(ctx, 2);
    duk_uint_t r = duk_require_uint(ctx, 3);
    duk_uint_t p = duk_require_uint(ctx, 4);
    duk_uint_t keylen = duk_require_uint(ctx, 5);
    if (!(n >= 2 && n <= 4294967296.0) || r == 0 || p == 0) {
        return duk_range_error(ctx, "Invalid scrypt params");
    }
    uint64_t nn = (uint64_t)n;
    /* js/internal/crypto/kdf.js enforces maxmem; this bound only keeps the sizes in
     * crypto_scrypt from overflowing whatever JS passes. */
    if ((nn & (nn - 1)) != 0 || 128.0 * r * ((double)nn + p) > 281474976710656.0) {
        return duk_range_error(ctx, "Invalid scrypt params");
    }
    crypto_kdf_t *job = crypto_kdf_new(ctx, 0, keylen, 6);
    job->scrypt = 1;
    job->n = nn;
    job->r = r;
    job->p = p;
    return crypto_kdf_start(ctx, job, 6);
}

/* Pushes the binding object: [ ] -> [ binding ] */
duk_ret_t nd_open_crypto(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "hashSize", crypto_hash_size, 1 },
        { "hashNew", crypto_hash_new, 2 },
        { "hashDigestSize", crypto_hash_digest_size, 1 },
        { "hashUpdate", crypto_hash_update, 2 },
        { "hashDigest", crypto_hash_digest, 1 },
        { "hashCopy", crypto_hash_copy, 1 },
        { "randomFill", crypto_random_fill, 3 },
        { "timingSafeEqual", crypto_timing_safe_equal, 2 },
        { "pbkdf2", crypto_pbkdf2_fn, 6 },
        { "scrypt", crypto_scrypt_fn, 7 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    duk_push_array(ctx);
    for (size_t i = 0; i < ND_ARRAY_SIZE(crypto_mds); i++) {
        duk_push_string(ctx, crypto_mds[i].name);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    duk_put_prop_string(ctx, -2, "hashes");
    return 1;
}
