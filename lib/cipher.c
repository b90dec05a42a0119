/*
 * lib/cipher.c: native side of crypto.createCipheriv / createDecipheriv (internalBinding('cipher'),
 * used by js/internal/crypto/cipher.js).
 *
 * AES in ECB, CBC, CTR, CFB (128 and 8 bit), OFB and GCM, ChaCha20 and ChaCha20-Poly1305, on
 * mbedTLS's block and stream primitives.  The EVP-like layer is ours, because mbedTLS 2.28's
 * generic cipher layer differs from OpenSSL where Node users can see it: ECB takes one block per
 * call, and GCM takes only whole blocks until the last call and all AAD at once.  So block
 * buffering and PKCS#7 padding follow OpenSSL's EVP (a decrypting update holds back the last full
 * block for final), and GCM is CTR with a 32-bit counter plus our GHASH (SP 800-38D), which
 * returns output for every byte at once as OpenSSL does.
 *
 * A cipher in progress is one plain struct in a Duktape fixed buffer that the JS Cipher object
 * holds: no malloc and no finalizer.  It must never be copied (mbedtls_aes_context points into
 * itself); fixed buffers do not move.  final() wipes the key schedule.
 */
#include "nd.h"
#include "bindings.h"
#include "crypto.h"

#include <string.h>

#include <mbedtls/aes.h>
#include <mbedtls/aesni.h>
#include <mbedtls/chacha20.h>
#include <mbedtls/chachapoly.h>
#include <mbedtls/platform_util.h>

#define CIPHER_BLOCK 16
#define CIPHER_TAG 16

typedef enum {
    CIPHER_ECB,
    CIPHER_CBC,
    CIPHER_CTR,
    CIPHER_CFB,
    CIPHER_CFB8,
    CIPHER_OFB,
    CIPHER_GCM,
    CIPHER_CHACHA20,
    CIPHER_CHACHAPOLY
} cipher_mode_t;

typedef struct cipher_info_s {
    const char *name; /* OpenSSL's canonical name, lower case */
    cipher_mode_t mode;
    int key_len;
    int iv_len;     /* the only length accepted, except for GCM (any length from 1) */
    int block_size; /* 16 for ECB and CBC (padded), 1 for the stream modes */
    int nid;        /* OpenSSL's NID, for getCipherInfo */
} cipher_info_t;

#define AES_MODES(bits, ecb, cbc, ofb, cfb, cfb8, ctr, gcm)                                      \
    { "aes-" #bits "-cbc", CIPHER_CBC, bits / 8, 16, 16, cbc },                                 \
    { "aes-" #bits "-cfb", CIPHER_CFB, bits / 8, 16, 1, cfb },                                  \
    { "aes-" #bits "-cfb8", CIPHER_CFB8, bits / 8, 16, 1, cfb8 },                               \
    { "aes-" #bits "-ctr", CIPHER_CTR, bits / 8, 16, 1, ctr },                                  \
    { "aes-" #bits "-ecb", CIPHER_ECB, bits / 8, 0, 16, ecb },                                  \
    { "aes-" #bits "-gcm", CIPHER_GCM, bits / 8, 12, 1, gcm },                                  \
    { "aes-" #bits "-ofb", CIPHER_OFB, bits / 8, 16, 1, ofb }

/* In the order of Node's getCiphers(). */
static const cipher_info_t cipher_infos[] = {
    AES_MODES(128, 418, 419, 420, 421, 653, 904, 895),
    AES_MODES(192, 422, 423, 424, 425, 654, 905, 898),
    AES_MODES(256, 426, 427, 428, 429, 655, 906, 901),
    { "chacha20", CIPHER_CHACHA20, 32, 16, 1, 1019 },
    { "chacha20-poly1305", CIPHER_CHACHAPOLY, 32, 12, 1, 1018 },
};

/* GHASH (SP 800-38D section 6.4) over AAD then ciphertext, each zero-padded to a block. */
typedef struct cipher_ghash_s {
    unsigned char h[CIPHER_BLOCK];   /* the hash key E(K, 0^128) */
    unsigned char x[CIPHER_BLOCK];   /* the running hash */
    unsigned char buf[CIPHER_BLOCK]; /* a partial block not yet hashed */
    size_t buf_len;
    uint64_t aad_len; /* bytes */
    uint64_t data_len;
} cipher_ghash_t;

typedef struct cipher_state_s {
    int info; /* index into cipher_infos */
    int decrypt;
    int padding; /* PKCS#7 for ECB and CBC (setAutoPadding) */
    int started; /* data went through update(): no more AAD */
    union {
        mbedtls_aes_context aes;
        mbedtls_chacha20_context chacha;
        mbedtls_chachapoly_context chachapoly;
    } u;
    unsigned char iv[CIPHER_BLOCK];     /* CBC/CFB/OFB chaining value; CTR and GCM counter */
    unsigned char stream[CIPHER_BLOCK]; /* CTR and GCM key stream block */
    size_t stream_off;                  /* bytes of `stream` used; CFB and OFB offset */
    unsigned char buf[CIPHER_BLOCK];    /* ECB and CBC input held for the next call or final */
    size_t buf_len;
    cipher_ghash_t ghash;
    unsigned char j0[CIPHER_BLOCK]; /* GCM pre-counter block, masks the tag */
    unsigned char tag[CIPHER_TAG];  /* full tag computed by final */
} cipher_state_t;

/* ------------------------------------------------------------------------------------------ */
/* GCM */

/* x = x * y in GF(2^128) with GCM's bit order (SP 800-38D algorithm 1), with PCLMULQDQ when the
 * CPU has it (through mbedTLS). */
static void ghash_mult(unsigned char x[CIPHER_BLOCK], const unsigned char y[CIPHER_BLOCK]) {
#if defined(MBEDTLS_AESNI_C) && defined(MBEDTLS_HAVE_X86_64)
    if (mbedtls_aesni_has_support(MBEDTLS_AESNI_CLMUL)) {
        unsigned char z[CIPHER_BLOCK];
        mbedtls_aesni_gcm_mult(z, x, y);
        memcpy(x, z, CIPHER_BLOCK);
        return;
    }
#endif
    uint64_t vh = 0;
    uint64_t vl = 0;
    uint64_t zh = 0;
    uint64_t zl = 0;
    for (int i = 0; i < 8; i++) {
        vh = vh << 8 | y[i];
        vl = vl << 8 | y[i + 8];
    }
    for (int i = 0; i < 128; i++) {
        /* Branch-free: the key must not leak through timing. */
        uint64_t bit = (uint64_t)0 - ((x[i / 8] >> (7 - i % 8)) & 1);
        zh ^= vh & bit;
        zl ^= vl & bit;
        uint64_t carry = (uint64_t)0 - (vl & 1);
        vl = vl >> 1 | vh << 63;
        vh = (vh >> 1) ^ (0xE100000000000000ULL & carry);
    }
    for (int i = 0; i < 8; i++) {
        x[i] = (unsigned char)(zh >> (56 - 8 * i));
        x[i + 8] = (unsigned char)(zl >> (56 - 8 * i));
    }
}

static void ghash_block(cipher_ghash_t *g, const unsigned char *p) {
    for (int i = 0; i < CIPHER_BLOCK; i++) {
        g->x[i] ^= p[i];
    }
    ghash_mult(g->x, g->h);
}

static void ghash_update(cipher_ghash_t *g, const unsigned char *p, size_t n) {
    while (n > 0) {
        size_t take = CIPHER_BLOCK - g->buf_len;
        if (take > n) {
            take = n;
        }
        memcpy(g->buf + g->buf_len, p, take);
        g->buf_len += take;
        p += take;
        n -= take;
        if (g->buf_len == CIPHER_BLOCK) {
            ghash_block(g, g->buf);
            g->buf_len = 0;
        }
    }
}

/* Zero-pads and hashes a partial block (the end of the AAD or of the data). */
static void ghash_pad(cipher_ghash_t *g) {
    if (g->buf_len > 0) {
        memset(g->buf + g->buf_len, 0, CIPHER_BLOCK - g->buf_len);
        ghash_block(g, g->buf);
        g->buf_len = 0;
    }
}

static void put_be64(unsigned char *p, uint64_t v) {
    for (int i = 0; i < 8; i++) {
        p[i] = (unsigned char)(v >> (56 - 8 * i));
    }
}

/* Increments the low 32 bits of a counter block (GCM's inc32). */
static void gcm_inc32(unsigned char c[CIPHER_BLOCK]) {
    for (int i = CIPHER_BLOCK - 1; i >= CIPHER_BLOCK - 4; i--) {
        if (++c[i] != 0) {
            break;
        }
    }
}

/* Derives H and J0 from the key (already set) and the IV; the counter starts at inc32(J0). */
static void gcm_start(cipher_state_t *s, const unsigned char *iv, size_t iv_len) {
    unsigned char zero[CIPHER_BLOCK] = { 0 };
    (void)mbedtls_aes_crypt_ecb(&s->u.aes, MBEDTLS_AES_ENCRYPT, zero, s->ghash.h);
    if (iv_len == 12) {
        memcpy(s->j0, iv, 12);
        memset(s->j0 + 12, 0, 3);
        s->j0[15] = 1;
    } else {
        cipher_ghash_t g;
        unsigned char lens[CIPHER_BLOCK] = { 0 };
        memset(&g, 0, sizeof(g));
        memcpy(g.h, s->ghash.h, CIPHER_BLOCK);
        ghash_update(&g, iv, iv_len);
        ghash_pad(&g);
        put_be64(lens + 8, (uint64_t)iv_len * 8);
        ghash_block(&g, lens);
        memcpy(s->j0, g.x, CIPHER_BLOCK);
    }
    memcpy(s->iv, s->j0, CIPHER_BLOCK);
    gcm_inc32(s->iv);
    s->stream_off = CIPHER_BLOCK;
}

/* CTR with inc32 over n bytes; the ciphertext (output or input) goes into the hash. */
static void gcm_crypt(cipher_state_t *s, const unsigned char *in, unsigned char *out, size_t n) {
    if (s->decrypt) {
        ghash_update(&s->ghash, in, n);
    }
    for (size_t i = 0; i < n; i++) {
        if (s->stream_off == CIPHER_BLOCK) {
            (void)mbedtls_aes_crypt_ecb(&s->u.aes, MBEDTLS_AES_ENCRYPT, s->iv, s->stream);
            gcm_inc32(s->iv);
            s->stream_off = 0;
        }
        out[i] = in[i] ^ s->stream[s->stream_off++];
    }
    if (!s->decrypt) {
        ghash_update(&s->ghash, out, n);
    }
    s->ghash.data_len += n;
}

/* Computes the full tag into s->tag. */
static void gcm_finish(cipher_state_t *s) {
    unsigned char lens[CIPHER_BLOCK];
    unsigned char mask[CIPHER_BLOCK];
    ghash_pad(&s->ghash);
    put_be64(lens, s->ghash.aad_len * 8);
    put_be64(lens + 8, s->ghash.data_len * 8);
    ghash_block(&s->ghash, lens);
    (void)mbedtls_aes_crypt_ecb(&s->u.aes, MBEDTLS_AES_ENCRYPT, s->j0, mask);
    for (int i = 0; i < CIPHER_TAG; i++) {
        s->tag[i] = s->ghash.x[i] ^ mask[i];
    }
}

/* ------------------------------------------------------------------------------------------ */
/* Modes */

static const cipher_info_t *cipher_info_of(const cipher_state_t *s) {
    return &cipher_infos[s->info];
}

/* ECB or CBC over whole blocks. */
static void cipher_blocks(cipher_state_t *s, const unsigned char *in, unsigned char *out,
                          size_t n) {
    int mode = s->decrypt ? MBEDTLS_AES_DECRYPT : MBEDTLS_AES_ENCRYPT;
    if (cipher_info_of(s)->mode == CIPHER_CBC) {
        (void)mbedtls_aes_crypt_cbc(&s->u.aes, mode, n, s->iv, in, out);
        return;
    }
    for (size_t i = 0; i < n; i += CIPHER_BLOCK) {
        (void)mbedtls_aes_crypt_ecb(&s->u.aes, mode, in + i, out + i);
    }
}

/* Bytes update(n bytes) returns for a block mode, as OpenSSL's EVP: whole blocks, less the last
 * one when decrypting with padding and the input ends on a block boundary. */
static size_t block_output_len(const cipher_state_t *s, size_t n) {
    size_t total = s->buf_len + n;
    size_t keep = total % CIPHER_BLOCK;
    if (s->decrypt && s->padding && keep == 0 && total > 0) {
        keep = CIPHER_BLOCK;
    }
    return total - keep;
}

/* Feeds n bytes to ECB or CBC; out has room for block_output_len(s, n). */
static void block_update(cipher_state_t *s, const unsigned char *in, size_t n,
                         unsigned char *out) {
    size_t outlen = block_output_len(s, n);
    size_t done = 0;
    if (outlen > 0 && s->buf_len > 0) {
        size_t fill = CIPHER_BLOCK - s->buf_len;
        memcpy(s->buf + s->buf_len, in, fill);
        cipher_blocks(s, s->buf, out, CIPHER_BLOCK);
        in += fill;
        n -= fill;
        done = CIPHER_BLOCK;
        s->buf_len = 0;
    }
    if (outlen > done) {
        cipher_blocks(s, in, out + done, outlen - done);
        in += outlen - done;
        n -= outlen - done;
    }
    memcpy(s->buf + s->buf_len, in, n);
    s->buf_len += n;
}

/* Feeds n bytes to a stream mode (every mode but ECB and CBC); out has room for n bytes. */
static void stream_update(cipher_state_t *s, const unsigned char *in, size_t n,
                          unsigned char *out) {
    int mode = s->decrypt ? MBEDTLS_AES_DECRYPT : MBEDTLS_AES_ENCRYPT;
    switch (cipher_info_of(s)->mode) {
    case CIPHER_CTR:
        (void)mbedtls_aes_crypt_ctr(&s->u.aes, n, &s->stream_off, s->iv, s->stream, in, out);
        break;
    case CIPHER_CFB:
        (void)mbedtls_aes_crypt_cfb128(&s->u.aes, mode, n, &s->stream_off, s->iv, in, out);
        break;
    case CIPHER_CFB8:
        (void)mbedtls_aes_crypt_cfb8(&s->u.aes, mode, n, s->iv, in, out);
        break;
    case CIPHER_OFB:
        (void)mbedtls_aes_crypt_ofb(&s->u.aes, n, &s->stream_off, s->iv, in, out);
        break;
    case CIPHER_GCM:
        gcm_crypt(s, in, out, n);
        break;
    case CIPHER_CHACHA20:
        (void)mbedtls_chacha20_update(&s->u.chacha, n, in, out);
        break;
    case CIPHER_CHACHAPOLY:
        (void)mbedtls_chachapoly_update(&s->u.chachapoly, n, in, out);
        break;
    default:
        ND_ASSERT(0);
    }
}

/* Keys the cipher; returns 0 or -1 when mbedTLS refuses (it cannot: lengths are checked). */
static int cipher_setup(cipher_state_t *s, const unsigned char *key, const unsigned char *iv,
                        size_t iv_len) {
    const cipher_info_t *info = cipher_info_of(s);
    unsigned bits = (unsigned)info->key_len * 8;
    int rc = 0;
    switch (info->mode) {
    case CIPHER_ECB:
    case CIPHER_CBC:
        mbedtls_aes_init(&s->u.aes);
        rc = s->decrypt ? mbedtls_aes_setkey_dec(&s->u.aes, key, bits)
                        : mbedtls_aes_setkey_enc(&s->u.aes, key, bits);
        break;
    case CIPHER_CHACHA20:
        /* OpenSSL's 16-byte IV: a little-endian block counter, then the 96-bit nonce. */
        mbedtls_chacha20_init(&s->u.chacha);
        rc = mbedtls_chacha20_setkey(&s->u.chacha, key);
        if (rc == 0) {
            uint32_t counter = (uint32_t)iv[0] | (uint32_t)iv[1] << 8 | (uint32_t)iv[2] << 16 |
                               (uint32_t)iv[3] << 24;
            rc = mbedtls_chacha20_starts(&s->u.chacha, iv + 4, counter);
        }
        return rc == 0 ? 0 : -1;
    case CIPHER_CHACHAPOLY:
        mbedtls_chachapoly_init(&s->u.chachapoly);
        rc = mbedtls_chachapoly_setkey(&s->u.chachapoly, key);
        if (rc == 0) {
            rc = mbedtls_chachapoly_starts(&s->u.chachapoly, iv,
                                           s->decrypt ? MBEDTLS_CHACHAPOLY_DECRYPT
                                                      : MBEDTLS_CHACHAPOLY_ENCRYPT);
        }
        return rc == 0 ? 0 : -1;
    default:
        /* The stream modes of AES use only the forward cipher. */
        mbedtls_aes_init(&s->u.aes);
        rc = mbedtls_aes_setkey_enc(&s->u.aes, key, bits);
        break;
    }
    if (rc != 0) {
        return -1;
    }
    if (info->mode == CIPHER_GCM) {
        gcm_start(s, iv, iv_len);
    } else if (iv_len > 0) {
        memcpy(s->iv, iv, CIPHER_BLOCK);
    }
    return 0;
}

/* ------------------------------------------------------------------------------------------ */
/* Binding functions */

static int cipher_find(const char *name) {
    for (size_t i = 0; i < ND_ARRAY_SIZE(cipher_infos); i++) {
        if (strcmp(cipher_infos[i].name, name) == 0) {
            return (int)i;
        }
    }
    return -1;
}

static cipher_state_t *cipher_require_state(duk_context *ctx, duk_idx_t idx) {
    duk_size_t n = 0;
    cipher_state_t *s = duk_require_buffer(ctx, idx, &n);
    if (n != sizeof(cipher_state_t) || s->info < 0 || s->info >= (int)ND_ARRAY_SIZE(cipher_infos)) {
        (void)duk_type_error(ctx, "invalid cipher state");
    }
    return s;
}

static int cipher_is_aead(const cipher_state_t *s) {
    cipher_mode_t mode = cipher_info_of(s)->mode;
    return mode == CIPHER_GCM || mode == CIPHER_CHACHAPOLY;
}

/* info(name): [ name ] -> [ { name mode keyLength ivLength blockSize nid } | undefined ] */
static duk_ret_t cipher_info_fn(duk_context *ctx) {
    static const char *const modes[] = { "ecb", "cbc", "ctr", "cfb", "cfb", "ofb", "gcm",
                                         "stream", "stream" };
    int i = cipher_find(duk_require_string(ctx, 0));
    if (i < 0) {
        return 0;
    }
    const cipher_info_t *info = &cipher_infos[i];
    duk_push_object(ctx);
    duk_push_string(ctx, info->name);
    duk_put_prop_string(ctx, -2, "name");
    duk_push_string(ctx, modes[info->mode]);
    duk_put_prop_string(ctx, -2, "mode");
    duk_push_int(ctx, info->key_len);
    duk_put_prop_string(ctx, -2, "keyLength");
    duk_push_int(ctx, info->iv_len);
    duk_put_prop_string(ctx, -2, "ivLength");
    duk_push_int(ctx, info->block_size);
    duk_put_prop_string(ctx, -2, "blockSize");
    duk_push_int(ctx, info->nid);
    duk_put_prop_string(ctx, -2, "nid");
    return 1;
}

/* create(name, decrypt, key, iv): lengths already checked by the shim.
 * [ name decrypt key iv ] -> [ state ] ; throws a TypeError on a bad name or length. */
static duk_ret_t cipher_create(duk_context *ctx) {
    int i = cipher_find(duk_require_string(ctx, 0));
    int decrypt = duk_require_boolean(ctx, 1);
    size_t key_len = 0;
    size_t iv_len = 0;
    const unsigned char *key = nd_crypto_get_bytes(ctx, 2, &key_len);
    const unsigned char *iv = nd_crypto_get_bytes(ctx, 3, &iv_len);
    if (i < 0 || key_len != (size_t)cipher_infos[i].key_len ||
        (cipher_infos[i].mode == CIPHER_GCM ? iv_len == 0 : iv_len != (size_t)cipher_infos[i].iv_len)) {
        return duk_type_error(ctx, "invalid cipher parameters");
    }
    cipher_state_t *s = duk_push_fixed_buffer(ctx, sizeof(cipher_state_t)); /* zeroed */
    s->info = i;
    s->decrypt = decrypt;
    s->padding = 1;
    if (cipher_setup(s, key, iv, iv_len) < 0) {
        return duk_error(ctx, DUK_ERR_ERROR, "cipher setup failed");
    }
    return 1;
}

/* update(state, data): [ state data ] -> [ ArrayBuffer ] */
static duk_ret_t cipher_update(duk_context *ctx) {
    cipher_state_t *s = cipher_require_state(ctx, 0);
    size_t n = 0;
    const unsigned char *in = nd_crypto_get_bytes(ctx, 1, &n);
    if (!s->started && cipher_info_of(s)->mode == CIPHER_GCM) {
        ghash_pad(&s->ghash);
    }
    s->started = 1;
    if (cipher_info_of(s)->block_size > 1) {
        unsigned char *out = nd_crypto_push_array_buffer(ctx, block_output_len(s, n));
        block_update(s, in, n, out);
    } else {
        unsigned char *out = nd_crypto_push_array_buffer(ctx, n);
        stream_update(s, in, n, out);
    }
    return 1;
}

/* setAAD(state, data): [ state data ] -> [ true, or false once data went through ] */
static duk_ret_t cipher_set_aad(duk_context *ctx) {
    cipher_state_t *s = cipher_require_state(ctx, 0);
    size_t n = 0;
    const unsigned char *p = nd_crypto_get_bytes(ctx, 1, &n);
    int ok = cipher_is_aead(s) && !s->started;
    if (ok && cipher_info_of(s)->mode == CIPHER_GCM) {
        ghash_update(&s->ghash, p, n);
        s->ghash.aad_len += n;
    } else if (ok) {
        ok = mbedtls_chachapoly_update_aad(&s->u.chachapoly, p, n) == 0;
    }
    duk_push_boolean(ctx, ok);
    return 1;
}

/* setPadding(state, on): [ state on ] -> [ ] */
static duk_ret_t cipher_set_padding(duk_context *ctx) {
    cipher_state_t *s = cipher_require_state(ctx, 0);
    s->padding = duk_to_boolean(ctx, 1);
    return 0;
}

/* Finishes ECB or CBC into out (room for one block).  Returns the bytes written, or -1 for
 * "wrong final block length", -2 for "bad decrypt". */
static int block_final(cipher_state_t *s, unsigned char *out) {
    if (!s->padding) {
        return s->buf_len == 0 ? 0 : -1;
    }
    if (!s->decrypt) {
        unsigned char pad = (unsigned char)(CIPHER_BLOCK - s->buf_len);
        memset(s->buf + s->buf_len, pad, pad);
        cipher_blocks(s, s->buf, out, CIPHER_BLOCK);
        return CIPHER_BLOCK;
    }
    if (s->buf_len != CIPHER_BLOCK) {
        return -1;
    }
    cipher_blocks(s, s->buf, out, CIPHER_BLOCK);
    unsigned pad = out[CIPHER_BLOCK - 1];
    if (pad == 0 || pad > CIPHER_BLOCK) {
        return -2;
    }
    for (unsigned i = CIPHER_BLOCK - pad; i < CIPHER_BLOCK; i++) {
        if (out[i] != pad) {
            return -2;
        }
    }
    return CIPHER_BLOCK - (int)pad;
}

/* Returns 0 when the first n bytes of a and b are equal, in time independent of the bytes. */
static int tag_differs(const unsigned char *a, const unsigned char *b, size_t n) {
    unsigned char diff = 0;
    for (size_t i = 0; i < n; i++) {
        diff |= a[i] ^ b[i];
    }
    return diff != 0;
}

/* Computes the AEAD tag into s->tag; when decrypting, compares expected (n bytes, or NULL when
 * no tag was set).  Returns 0, or -3 for "unable to authenticate". */
static int aead_final(cipher_state_t *s, const unsigned char *expected, size_t n) {
    if (cipher_info_of(s)->mode == CIPHER_GCM) {
        gcm_finish(s);
    } else if (mbedtls_chachapoly_finish(&s->u.chachapoly, s->tag) != 0) {
        return -3;
    }
    if (s->decrypt && (expected == NULL || n == 0 || n > CIPHER_TAG ||
                       tag_differs(s->tag, expected, n))) {
        return -3;
    }
    return 0;
}

/* final(state[, tag]): wipes the key.  [ state tag? ] -> [ ArrayBuffer | error reason string ]
 * with the reasons 'wrong final block length', 'bad decrypt' and 'auth'. */
static duk_ret_t cipher_final(duk_context *ctx) {
    static const char *const reasons[] = { "wrong final block length", "bad decrypt", "auth" };
    cipher_state_t *s = cipher_require_state(ctx, 0);
    const unsigned char *expected = NULL;
    size_t n = 0;
    if (!duk_is_undefined(ctx, 1)) {
        expected = nd_crypto_get_bytes(ctx, 1, &n);
    }
    unsigned char block[CIPHER_BLOCK];
    int rc = 0;
    if (cipher_info_of(s)->block_size > 1) {
        rc = block_final(s, block);
    } else if (cipher_is_aead(s)) {
        rc = aead_final(s, expected, n);
    }
    mbedtls_platform_zeroize(&s->u, sizeof(s->u));
    mbedtls_platform_zeroize(s->buf, sizeof(s->buf));
    if (rc < 0) {
        mbedtls_platform_zeroize(block, sizeof(block));
        duk_push_string(ctx, reasons[-rc - 1]);
        return 1;
    }
    unsigned char *out = nd_crypto_push_array_buffer(ctx, (size_t)rc);
    memcpy(out, block, (size_t)rc);
    mbedtls_platform_zeroize(block, sizeof(block));
    return 1;
}

/* tag(state): the full tag computed by final.  [ state ] -> [ ArrayBuffer ] */
static duk_ret_t cipher_tag(duk_context *ctx) {
    cipher_state_t *s = cipher_require_state(ctx, 0);
    unsigned char *out = nd_crypto_push_array_buffer(ctx, CIPHER_TAG);
    memcpy(out, s->tag, CIPHER_TAG);
    return 1;
}

/* Pushes the binding object, with `names`, the ciphers in getCiphers() order: [ ] -> [ binding ] */
duk_ret_t nd_open_cipher(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "info", cipher_info_fn, 1 },
        { "create", cipher_create, 4 },
        { "update", cipher_update, 2 },
        { "setAAD", cipher_set_aad, 2 },
        { "setPadding", cipher_set_padding, 2 },
        { "final", cipher_final, 2 },
        { "tag", cipher_tag, 1 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    duk_push_array(ctx);
    for (size_t i = 0; i < ND_ARRAY_SIZE(cipher_infos); i++) {
        duk_push_string(ctx, cipher_infos[i].name);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    duk_put_prop_string(ctx, -2, "names");
    return 1;
}
