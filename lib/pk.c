/*
 * lib/pk.c: native side of crypto's asymmetric keys (internalBinding('pk'), used by
 * js/internal/crypto/keys.js, sig.js, cipher.js and keygen.js): RSA (PKCS#1 v1.5 and PSS
 * signatures, OAEP/PKCS#1/raw encryption), ECDSA, key checks and key generation, on mbedTLS's
 * RSA, ECP and ECDSA code through its pk layer.
 *
 * Keys cross into C as their numbers, never as PEM or DER: js/internal/crypto/der.js reads and
 * writes every key format, so mbedTLS's key parser and writer (and the PEM, PKCS#5 and PKCS#12
 * code and the cipher zoo they would link) stay out of the binary.  A key is a JS array:
 *   [ 'rsa', n, e ]  or  [ 'rsa', n, e, d, p, q ]
 *   [ 'ec', curve, point ]  or  [ 'ec', curve, point | undefined, d ]
 * with unsigned big-endian Buffers, an uncompressed point, and mbedTLS's curve name.  Every call
 * builds a stack mbedtls_pk_context from it and frees it before it returns or throws, so no
 * native state outlives a call and no finalizer is needed.
 *
 * Discipline: all arguments are read and every Duktape buffer the call needs is pushed before
 * mbedtls_pk_init; between init and free only mbedTLS runs, so a Duktape throw cannot skip the
 * free.  Failures come back to JS as a reason string (pk_reason_t) that the shim turns into
 * Node's OpenSSL-shaped error.
 */
#include "nd.h"
#include "bindings.h"
#include "crypto.h"
#include "pool.h"

#include <stdlib.h>
#include <string.h>

#include <mbedtls/ecdsa.h>
#include <mbedtls/ecp.h>
#include <mbedtls/md.h>
#include <mbedtls/pk.h>
#include <mbedtls/platform_util.h>
#include <mbedtls/rsa.h>

#define PK_RSA_PARTS 5 /* n e d p q */
#define PK_OUT_MAX (MBEDTLS_MPI_MAX_SIZE > MBEDTLS_PK_SIGNATURE_MAX_SIZE ? MBEDTLS_MPI_MAX_SIZE \
                                                                         : MBEDTLS_PK_SIGNATURE_MAX_SIZE)

/* Node's RSA padding constants (crypto.constants). */
enum { PK_PKCS1_PADDING = 1, PK_NO_PADDING = 3, PK_OAEP_PADDING = 4, PK_PSS_PADDING = 6 };
/* Node's saltLength specials. */
enum { PK_SALTLEN_DIGEST = -1, PK_SALTLEN_MAX = -2 };

/* What a failure reports; js/internal/crypto/keys.js maps each to Node's error. */
static const char *const pk_reasons[] = {
    NULL,
    "decode",           /* 1: not a valid key */
    "too large",        /* 2: data too large for key size */
    "oaep",             /* 3: oaep decoding error */
    "padding",          /* 4: invalid padding */
    "padding mode",     /* 5: illegal or unsupported padding mode */
    "key type",         /* 6: operation not supported for this keytype */
    "failed",           /* 7: anything else mbedTLS refuses */
    "curve",            /* 8: unknown curve */
};
typedef enum {
    PK_OK,
    PK_E_DECODE,
    PK_E_TOO_LARGE,
    PK_E_OAEP,
    PK_E_PADDING,
    PK_E_PADDING_MODE,
    PK_E_KEY_TYPE,
    PK_E_FAILED,
    PK_E_CURVE
} pk_reason_t;

/* Returns the mbedTLS digest named like lib/crypto.c's digests, or MBEDTLS_MD_NONE. */
static mbedtls_md_type_t pk_md(const char *name) {
    static const struct {
        const char *name;
        mbedtls_md_type_t type;
    } mds[] = {
        { "md5", MBEDTLS_MD_MD5 },       { "sha1", MBEDTLS_MD_SHA1 },
        { "sha224", MBEDTLS_MD_SHA224 }, { "sha256", MBEDTLS_MD_SHA256 },
        { "sha384", MBEDTLS_MD_SHA384 }, { "sha512", MBEDTLS_MD_SHA512 },
    };
    for (size_t i = 0; i < ND_ARRAY_SIZE(mds); i++) {
        if (strcmp(mds[i].name, name) == 0) {
            return mds[i].type;
        }
    }
    return MBEDTLS_MD_NONE;
}

/* A key as JS passes it (see the file header); pointers are borrowed from the array's Buffers. */
typedef struct pk_key_s {
    int rsa;
    int is_private;
    const mbedtls_ecp_curve_info *curve;   /* EC */
    const unsigned char *part[PK_RSA_PARTS]; /* RSA: n e d p q; EC: point d */
    size_t len[PK_RSA_PARTS];
} pk_key_t;

/* Reads the key array at idx into k; throws a TypeError on a malformed one. */
static void pk_get_key(duk_context *ctx, duk_idx_t idx, pk_key_t *k) {
    memset(k, 0, sizeof(*k));
    duk_require_object(ctx, idx);
    duk_size_t n = duk_get_length(ctx, idx);
    duk_get_prop_index(ctx, idx, 0);
    k->rsa = strcmp(duk_require_string(ctx, -1), "rsa") == 0;
    duk_pop(ctx);
    size_t first = 1;
    if (!k->rsa) {
        duk_get_prop_index(ctx, idx, 1);
        k->curve = mbedtls_ecp_curve_info_from_name(duk_require_string(ctx, -1));
        duk_pop(ctx);
        first = 2;
    }
    size_t count = n > first ? n - first : 0;
    if (k->curve == NULL && !k->rsa) {
        (void)duk_type_error(ctx, "unknown curve");
    }
    if (count > PK_RSA_PARTS || (k->rsa && count != 2 && count != PK_RSA_PARTS) ||
        (!k->rsa && count != 1 && count != 2)) {
        (void)duk_type_error(ctx, "invalid key parts");
    }
    k->is_private = k->rsa ? count == PK_RSA_PARTS : count == 2;
    for (size_t i = 0; i < count; i++) {
        /* The Buffers stay reachable through the array, so their data outlives the pop. */
        duk_get_prop_index(ctx, idx, (duk_uarridx_t)(first + i));
        if (!duk_is_undefined(ctx, -1)) {
            duk_size_t len = 0;
            k->part[i] = duk_require_buffer_data(ctx, -1, &len);
            k->len[i] = len;
        }
        duk_pop(ctx);
    }
}

/* Sets up pk (initialised) from k.  An EC private key without its point gets d*G. */
static pk_reason_t pk_import(mbedtls_pk_context *pk, const pk_key_t *k) {
    int rc = mbedtls_pk_setup(pk, mbedtls_pk_info_from_type(k->rsa ? MBEDTLS_PK_RSA
                                                                    : MBEDTLS_PK_ECKEY));
    if (rc == 0 && k->rsa) {
        mbedtls_rsa_context *rsa = mbedtls_pk_rsa(*pk);
        rc = mbedtls_rsa_import_raw(rsa, k->part[0], k->len[0], k->part[3], k->len[3], k->part[4],
                                    k->len[4], k->part[2], k->len[2], k->part[1], k->len[1]);
        if (rc == 0) {
            rc = mbedtls_rsa_complete(rsa);
        }
    } else if (rc == 0) {
        mbedtls_ecp_keypair *ec = mbedtls_pk_ec(*pk);
        rc = mbedtls_ecp_group_load(&ec->grp, k->curve->grp_id);
        if (rc == 0 && k->is_private) {
            rc = mbedtls_mpi_read_binary(&ec->d, k->part[1], k->len[1]);
        }
        if (rc == 0 && k->part[0] != NULL) {
            rc = mbedtls_ecp_point_read_binary(&ec->grp, &ec->Q, k->part[0], k->len[0]);
        } else if (rc == 0 && k->is_private) {
            rc = mbedtls_ecp_mul(&ec->grp, &ec->Q, &ec->d, &ec->grp.G, nd_crypto_rng, NULL);
        } else if (rc == 0) {
            rc = -1;
        }
    }
    return rc == 0 ? PK_OK : PK_E_DECODE;
}

/* Pushes an ArrayBuffer copy of p[0..n) and wipes p.  [ ] -> [ ab ] */
static void pk_push_result(duk_context *ctx, unsigned char *p, size_t n) {
    unsigned char *out = nd_crypto_push_array_buffer(ctx, n);
    memcpy(out, p, n);
    mbedtls_platform_zeroize(p, n);
}

/* Pushes a failure reason.  [ ] -> [ reason ] */
static duk_ret_t pk_push_reason(duk_context *ctx, pk_reason_t reason) {
    duk_push_string(ctx, pk_reasons[reason]);
    return 1;
}

/* Checks an imported key as mbedTLS's key parser would. */
static pk_reason_t pk_check_loaded(mbedtls_pk_context *pk, int is_private) {
    int rc;
    if (mbedtls_pk_get_type(pk) == MBEDTLS_PK_RSA) {
        rc = is_private ? mbedtls_rsa_check_privkey(mbedtls_pk_rsa(*pk))
                        : mbedtls_rsa_check_pubkey(mbedtls_pk_rsa(*pk));
    } else {
        mbedtls_ecp_keypair *ec = mbedtls_pk_ec(*pk);
        rc = mbedtls_ecp_check_pubkey(&ec->grp, &ec->Q);
        if (rc == 0 && is_private) {
            rc = mbedtls_ecp_check_privkey(&ec->grp, &ec->d);
        }
    }
    return rc == 0 ? PK_OK : PK_E_DECODE;
}

/* check(key): validates a key read by the JS side.  [ key ] -> [ true | point | reason ], the
 * uncompressed public point for an EC key (computed when the key came without it). */
static duk_ret_t pk_check(duk_context *ctx) {
    pk_key_t k;
    pk_get_key(ctx, 0, &k);
    unsigned char *point = duk_push_fixed_buffer(ctx, MBEDTLS_ECP_MAX_PT_LEN);
    size_t point_len = 0;

    mbedtls_pk_context pk;
    mbedtls_pk_init(&pk);
    pk_reason_t reason = pk_import(&pk, &k);
    if (reason == PK_OK) {
        reason = pk_check_loaded(&pk, k.is_private);
    }
    if (reason == PK_OK && !k.rsa) {
        mbedtls_ecp_keypair *ec = mbedtls_pk_ec(pk);
        if (mbedtls_ecp_point_write_binary(&ec->grp, &ec->Q, MBEDTLS_ECP_PF_UNCOMPRESSED,
                                           &point_len, point, MBEDTLS_ECP_MAX_PT_LEN) != 0) {
            reason = PK_E_DECODE;
        }
    }
    mbedtls_pk_free(&pk);
    if (reason != PK_OK) {
        return pk_push_reason(ctx, reason);
    }
    if (k.rsa) {
        duk_push_true(ctx);
    } else {
        pk_push_result(ctx, point, point_len);
    }
    return 1;
}

/* The PSS salt length for Node's saltLength on an RSA key of `bits` with a hlen-byte digest;
 * PK_SALTLEN_MAX is the largest that fits when signing, and any length when verifying. */
static int pk_pss_salt(int salt, size_t bits, size_t hlen, int verifying) {
    if (salt == PK_SALTLEN_DIGEST) {
        return (int)hlen;
    }
    if (salt == PK_SALTLEN_MAX) {
        if (verifying) {
            return MBEDTLS_RSA_SALT_LEN_ANY;
        }
        size_t em_len = (bits - 1 + 7) / 8;
        return em_len >= hlen + 2 ? (int)(em_len - hlen - 2) : 0;
    }
    return salt;
}

/* The options sign and verify share. */
typedef struct pk_sig_opts_s {
    mbedtls_md_type_t md;
    const unsigned char *hash;
    size_t hash_len;
    int padding; /* PK_PKCS1_PADDING or PK_PSS_PADDING (RSA only) */
    int salt;
} pk_sig_opts_t;

/* Reads [ key digest hash padding saltLength ] from idx 0. */
static void pk_get_sig_opts(duk_context *ctx, pk_sig_opts_t *o) {
    o->md = pk_md(duk_require_string(ctx, 1));
    o->hash = nd_crypto_get_bytes(ctx, 2, &o->hash_len);
    o->padding = duk_require_int(ctx, 3);
    o->salt = duk_require_int(ctx, 4);
}

static pk_reason_t pk_sign_loaded(mbedtls_pk_context *pk, const pk_sig_opts_t *o,
                                  unsigned char *sig, size_t *sig_len) {
    if (mbedtls_pk_get_type(pk) == MBEDTLS_PK_RSA) {
        mbedtls_rsa_context *rsa = mbedtls_pk_rsa(*pk);
        *sig_len = mbedtls_rsa_get_len(rsa);
        if (o->padding == PK_PSS_PADDING) {
            int salt = pk_pss_salt(o->salt, mbedtls_pk_get_bitlen(pk), o->hash_len, 0);
            /* mbedTLS refuses only a salt too long for the key. */
            mbedtls_rsa_set_padding(rsa, MBEDTLS_RSA_PKCS_V21, o->md);
            return mbedtls_rsa_rsassa_pss_sign_ext(rsa, nd_crypto_rng, NULL, o->md,
                                                   (unsigned)o->hash_len, o->hash, salt,
                                                   sig) == 0 ? PK_OK : PK_E_TOO_LARGE;
        }
        if (o->padding != PK_PKCS1_PADDING) {
            return PK_E_PADDING_MODE;
        }
    }
    int rc = mbedtls_pk_sign(pk, o->md, o->hash, o->hash_len, sig, sig_len, nd_crypto_rng, NULL);
    return rc == 0 ? PK_OK : PK_E_FAILED;
}

/* sign(key, digest, hash, padding, saltLength): an RSA or DER ECDSA signature of the digest
 * `hash`.  [ ... ] -> [ ArrayBuffer | reason ] */
static duk_ret_t pk_sign(duk_context *ctx) {
    pk_key_t k;
    pk_get_key(ctx, 0, &k);
    pk_sig_opts_t o;
    pk_get_sig_opts(ctx, &o);
    unsigned char *sig = duk_push_fixed_buffer(ctx, PK_OUT_MAX);
    size_t sig_len = 0;

    mbedtls_pk_context pk;
    mbedtls_pk_init(&pk);
    pk_reason_t reason = k.is_private ? pk_import(&pk, &k) : PK_E_KEY_TYPE;
    if (reason == PK_OK) {
        reason = pk_sign_loaded(&pk, &o, sig, &sig_len);
    }
    mbedtls_pk_free(&pk);
    if (reason != PK_OK) {
        return pk_push_reason(ctx, reason);
    }
    pk_push_result(ctx, sig, sig_len);
    return 1;
}

/* verify(key, digest, hash, padding, saltLength, signature):
 * [ ... ] -> [ true | false | reason ] */
static duk_ret_t pk_verify(duk_context *ctx) {
    size_t sig_len = 0;
    pk_key_t k;
    pk_get_key(ctx, 0, &k);
    pk_sig_opts_t o;
    pk_get_sig_opts(ctx, &o);
    const unsigned char *sig = nd_crypto_get_bytes(ctx, 5, &sig_len);

    mbedtls_pk_context pk;
    int ok = 0;
    mbedtls_pk_init(&pk);
    pk_reason_t reason = pk_import(&pk, &k);
    if (reason == PK_OK && mbedtls_pk_get_type(&pk) == MBEDTLS_PK_RSA &&
        o.padding == PK_PSS_PADDING) {
        mbedtls_rsa_context *rsa = mbedtls_pk_rsa(pk);
        int salt = pk_pss_salt(o.salt, mbedtls_pk_get_bitlen(&pk), o.hash_len, 1);
        ok = sig_len == mbedtls_rsa_get_len(rsa) &&
             mbedtls_rsa_rsassa_pss_verify_ext(rsa, NULL, NULL, MBEDTLS_RSA_PUBLIC, o.md,
                                               (unsigned)o.hash_len, o.hash, o.md, salt,
                                               sig) == 0;
    } else if (reason == PK_OK && mbedtls_pk_get_type(&pk) == MBEDTLS_PK_RSA &&
               o.padding != PK_PKCS1_PADDING) {
        reason = PK_E_PADDING_MODE;
    } else if (reason == PK_OK) {
        ok = mbedtls_pk_verify(&pk, o.md, o.hash, o.hash_len, sig, sig_len) == 0;
    }
    mbedtls_pk_free(&pk);
    if (reason != PK_OK) {
        return pk_push_reason(ctx, reason);
    }
    duk_push_boolean(ctx, ok);
    return 1;
}

/* The four RSA encryption operations of Node. */
enum { PK_PUBLIC_ENCRYPT, PK_PRIVATE_DECRYPT, PK_PRIVATE_ENCRYPT, PK_PUBLIC_DECRYPT };

typedef struct pk_crypt_s {
    int op;
    int padding;
    mbedtls_md_type_t oaep_md;
    const unsigned char *label;
    size_t label_len;
    const unsigned char *in;
    size_t in_len;
} pk_crypt_t;

/* Strips PKCS#1 v1.5 type 1 padding (00 01 FF.. 00) from k bytes in place; returns the data
 * length or -1. */
static int pk_unpad_type1(unsigned char *buf, size_t k) {
    size_t i = 2;
    if (k < 11 || buf[0] != 0 || buf[1] != 1) {
        return -1;
    }
    while (i < k && buf[i] == 0xFF) {
        i++;
    }
    if (i == k || buf[i] != 0 || i < 10) {
        return -1;
    }
    memmove(buf, buf + i + 1, k - i - 1);
    return (int)(k - i - 1);
}

/* Runs c on an RSA key: out gets *out_len bytes. */
static pk_reason_t pk_rsa_crypt(mbedtls_rsa_context *rsa, const pk_crypt_t *c, unsigned char *out,
                                size_t *out_len) {
    size_t k = mbedtls_rsa_get_len(rsa);
    int rc = 0;
    *out_len = k;
    if (c->padding == PK_NO_PADDING) {
        if (c->in_len != k) {
            return c->in_len > k ? PK_E_TOO_LARGE : PK_E_FAILED;
        }
        rc = c->op == PK_PUBLIC_ENCRYPT || c->op == PK_PUBLIC_DECRYPT
                 ? mbedtls_rsa_public(rsa, c->in, out)
                 : mbedtls_rsa_private(rsa, nd_crypto_rng, NULL, c->in, out);
        return rc == 0 ? PK_OK : PK_E_TOO_LARGE;
    }
    switch (c->op) {
    case PK_PUBLIC_ENCRYPT:
        if (c->padding == PK_OAEP_PADDING) {
            mbedtls_rsa_set_padding(rsa, MBEDTLS_RSA_PKCS_V21, c->oaep_md);
            size_t hlen = mbedtls_md_get_size(mbedtls_md_info_from_type(c->oaep_md));
            if (c->in_len + 2 * hlen + 2 > k) {
                return PK_E_TOO_LARGE;
            }
            rc = mbedtls_rsa_rsaes_oaep_encrypt(rsa, nd_crypto_rng, NULL, MBEDTLS_RSA_PUBLIC,
                                                c->label, c->label_len, c->in_len, c->in, out);
        } else if (c->padding == PK_PKCS1_PADDING) {
            if (c->in_len + 11 > k) {
                return PK_E_TOO_LARGE;
            }
            rc = mbedtls_rsa_rsaes_pkcs1_v15_encrypt(rsa, nd_crypto_rng, NULL, MBEDTLS_RSA_PUBLIC,
                                                     c->in_len, c->in, out);
        } else {
            return PK_E_PADDING_MODE;
        }
        return rc == 0 ? PK_OK : PK_E_FAILED;
    case PK_PRIVATE_DECRYPT:
        if (c->padding != PK_OAEP_PADDING) {
            return PK_E_PADDING_MODE;
        }
        if (c->in_len != k) {
            return PK_E_OAEP;
        }
        mbedtls_rsa_set_padding(rsa, MBEDTLS_RSA_PKCS_V21, c->oaep_md);
        rc = mbedtls_rsa_rsaes_oaep_decrypt(rsa, nd_crypto_rng, NULL, MBEDTLS_RSA_PRIVATE,
                                            c->label, c->label_len, out_len, c->in, out, k);
        return rc == 0 ? PK_OK : PK_E_OAEP;
    case PK_PRIVATE_ENCRYPT:
        if (c->padding != PK_PKCS1_PADDING) {
            return PK_E_PADDING_MODE;
        }
        if (c->in_len + 11 > k) {
            return PK_E_TOO_LARGE;
        }
        /* Type 1 padding of raw data is a PKCS#1 v1.5 signature with no DigestInfo. */
        rc = mbedtls_rsa_rsassa_pkcs1_v15_sign(rsa, nd_crypto_rng, NULL, MBEDTLS_RSA_PRIVATE,
                                               MBEDTLS_MD_NONE, (unsigned)c->in_len, c->in, out);
        return rc == 0 ? PK_OK : PK_E_FAILED;
    default: {
        if (c->padding != PK_PKCS1_PADDING) {
            return PK_E_PADDING_MODE;
        }
        if (c->in_len != k || mbedtls_rsa_public(rsa, c->in, out) != 0) {
            return PK_E_PADDING;
        }
        int n = pk_unpad_type1(out, k);
        if (n < 0) {
            return PK_E_PADDING;
        }
        *out_len = (size_t)n;
        return PK_OK;
    }
    }
}

/* crypt(key, op, data, padding, oaepDigest, label): op is 0 publicEncrypt, 1 privateDecrypt,
 * 2 privateEncrypt, 3 publicDecrypt.  [ ... ] -> [ ArrayBuffer | reason ] */
static duk_ret_t pk_crypt(duk_context *ctx) {
    pk_key_t k;
    pk_get_key(ctx, 0, &k);
    pk_crypt_t c;
    memset(&c, 0, sizeof(c));
    c.op = duk_require_int(ctx, 1);
    c.in = nd_crypto_get_bytes(ctx, 2, &c.in_len);
    c.padding = duk_require_int(ctx, 3);
    c.oaep_md = pk_md(duk_require_string(ctx, 4));
    if (!duk_is_null_or_undefined(ctx, 5)) {
        c.label = nd_crypto_get_bytes(ctx, 5, &c.label_len);
    }
    unsigned char *out = duk_push_fixed_buffer(ctx, PK_OUT_MAX);
    size_t out_len = 0;
    int needs_private = c.op == PK_PRIVATE_DECRYPT || c.op == PK_PRIVATE_ENCRYPT;

    mbedtls_pk_context pk;
    mbedtls_pk_init(&pk);
    pk_reason_t reason = (needs_private && !k.is_private) || !k.rsa ? PK_E_KEY_TYPE
                                                                    : pk_import(&pk, &k);
    if (reason == PK_OK && mbedtls_pk_get_type(&pk) != MBEDTLS_PK_RSA) {
        reason = PK_E_KEY_TYPE;
    }
    if (reason == PK_OK) {
        reason = pk_rsa_crypt(mbedtls_pk_rsa(pk), &c, out, &out_len);
    }
    mbedtls_pk_free(&pk);
    if (reason != PK_OK) {
        mbedtls_platform_zeroize(out, PK_OUT_MAX);
        return pk_push_reason(ctx, reason);
    }
    pk_push_result(ctx, out, out_len);
    return 1;
}

/* Writes mpis m[0..count) one after another to out[0..size), their lengths to lens.
 * Returns 0 or -1 when they do not fit. */
static int pk_write_mpis(const mbedtls_mpi *m, int count, unsigned char *out, size_t size,
                         size_t *lens) {
    size_t off = 0;
    for (int i = 0; i < count; i++) {
        lens[i] = mbedtls_mpi_size(&m[i]);
        if (off + lens[i] > size || mbedtls_mpi_write_binary(&m[i], out + off, lens[i]) != 0) {
            return -1;
        }
        off += lens[i];
    }
    return 0;
}

/* Writes an RSA key's n e d p q dp dq qi to out (see pk_write_mpis).  Returns 8 or -1. */
static int pk_export_rsa(mbedtls_rsa_context *rsa, unsigned char *out, size_t size, size_t *lens) {
    mbedtls_mpi m[8];
    for (int i = 0; i < 8; i++) {
        mbedtls_mpi_init(&m[i]);
    }
    /* mbedtls_rsa_export's order is N P Q D E; ours is n e d p q. */
    int rc = mbedtls_rsa_export(rsa, &m[0], &m[3], &m[4], &m[2], &m[1]);
    if (rc == 0) {
        rc = mbedtls_rsa_export_crt(rsa, &m[5], &m[6], &m[7]);
    }
    if (rc == 0) {
        rc = pk_write_mpis(m, 8, out, size, lens);
    }
    for (int i = 0; i < 8; i++) {
        mbedtls_mpi_free(&m[i]);
    }
    return rc == 0 ? 8 : -1;
}

/* Writes an EC key's uncompressed point and d (field-sized) to out.  Returns 2 or -1. */
static int pk_export_ec(mbedtls_ecp_keypair *ec, unsigned char *out, size_t size, size_t *lens) {
    if (mbedtls_ecp_point_write_binary(&ec->grp, &ec->Q, MBEDTLS_ECP_PF_UNCOMPRESSED, &lens[0],
                                       out, size) != 0) {
        return -1;
    }
    lens[1] = (ec->grp.pbits + 7) / 8;
    if (lens[0] + lens[1] > size || mbedtls_mpi_write_binary(&ec->d, out + lens[0], lens[1]) != 0) {
        return -1;
    }
    return 2;
}

#define PK_GEN_OUT (8 * (size_t)MBEDTLS_MPI_MAX_SIZE)

/* A key generation: a Duktape buffer when synchronous, malloc'd (with its callback pinned) when
 * it runs on the worker pool. */
typedef struct pk_gen_s {
    nd_work_t work;
    duk_context *ctx;
    int callback; /* nd_ref of the JS callback (async only) */
    int rsa;
    unsigned bits;
    int exponent;
    const mbedtls_ecp_curve_info *curve;
    int count; /* parts written, -1 on failure */
    size_t lens[8];
    unsigned char out[PK_GEN_OUT];
} pk_gen_t;

/* Generates the key and writes its numbers to g->out; plain C, safe on a pool thread. */
static void pk_gen_run(pk_gen_t *g) {
    mbedtls_pk_context pk;
    mbedtls_pk_init(&pk);
    int rc = mbedtls_pk_setup(&pk, mbedtls_pk_info_from_type(g->rsa ? MBEDTLS_PK_RSA
                                                                     : MBEDTLS_PK_ECKEY));
    if (rc == 0 && g->rsa) {
        rc = mbedtls_rsa_gen_key(mbedtls_pk_rsa(pk), nd_crypto_rng, NULL, g->bits, g->exponent);
    } else if (rc == 0) {
        rc = mbedtls_ecp_gen_key(g->curve->grp_id, mbedtls_pk_ec(pk), nd_crypto_rng, NULL);
    }
    g->count = -1;
    if (rc == 0) {
        g->count = g->rsa ? pk_export_rsa(mbedtls_pk_rsa(pk), g->out, PK_GEN_OUT, g->lens)
                          : pk_export_ec(mbedtls_pk_ec(pk), g->out, PK_GEN_OUT, g->lens);
    }
    mbedtls_pk_free(&pk);
}

/* Pushes the result of a finished generation and wipes it: [ ] -> [ array of ArrayBuffers |
 * reason ] */
static void pk_gen_push(duk_context *ctx, pk_gen_t *g) {
    if (g->count < 0) {
        (void)pk_push_reason(ctx, PK_E_FAILED);
        return;
    }
    duk_push_array(ctx);
    size_t off = 0;
    for (int i = 0; i < g->count; i++) {
        pk_push_result(ctx, g->out + off, g->lens[i]);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
        off += g->lens[i];
    }
}

static void pk_gen_work(nd_work_t *work) {
    pk_gen_run((pk_gen_t *)work);
}

static void pk_gen_deliver(duk_context *ctx, void *udata) {
    pk_gen_t *g = udata;
    nd_push_ref(ctx, g->callback);
    pk_gen_push(ctx, g);
    duk_call(ctx, 1 /*nargs*/);
    duk_pop(ctx);
}

static void pk_gen_after(nd_work_t *work) {
    pk_gen_t *g = (pk_gen_t *)work;
    nd_invoke(g->ctx, pk_gen_deliver, g);
    nd_unref(g->ctx, g->callback);
    mbedtls_platform_zeroize(g->out, PK_GEN_OUT);
    free(g);
}

/* generate(type, bitsOrCurve, exponent[, callback]): a new key's numbers.  type is 'rsa' (bits
 * and exponent; [ n e d p q dp dq qi ]) or 'ec' (mbedTLS's curve name; [ point d ]).  Without a
 * callback: [ ... ] -> [ array of ArrayBuffers | reason ].  With one, the key is made on the
 * worker pool and the callback gets that result: [ ... ] -> [ 0 | -errno ], and the job is
 * owned here from now on (freed by pk_gen_after, or now when the pool cannot take it). */
static duk_ret_t pk_generate(duk_context *ctx) {
    int rsa = strcmp(duk_require_string(ctx, 0), "rsa") == 0;
    unsigned bits = 0;
    int exponent = 0;
    const mbedtls_ecp_curve_info *curve = NULL;
    if (rsa) {
        bits = duk_require_uint(ctx, 1);
        exponent = duk_require_int(ctx, 2);
    } else {
        curve = mbedtls_ecp_curve_info_from_name(duk_require_string(ctx, 1));
        if (curve == NULL) {
            return pk_push_reason(ctx, PK_E_CURVE);
        }
    }
    int async = duk_is_function(ctx, 3);
    pk_gen_t *g;
    if (async) {
        /* Pin the callback first: nd_ref can throw (OOM), calloc cannot. */
        int callback = nd_ref(ctx, 3);
        g = calloc(1, sizeof(*g));
        if (g == NULL) {
            nd_unref(ctx, callback);
            return duk_error(ctx, DUK_ERR_RANGE_ERROR, "Out of memory");
        }
        g->callback = callback;
        g->ctx = nd_rt(ctx)->ctx; /* the main thread: ctx may be a coroutine */
    } else {
        g = duk_push_fixed_buffer(ctx, sizeof(*g)); /* zeroed */
    }
    g->rsa = rsa;
    g->bits = bits;
    g->exponent = exponent;
    g->curve = curve;
    if (!async) {
        pk_gen_run(g);
        pk_gen_push(ctx, g);
        mbedtls_platform_zeroize(g->out, PK_GEN_OUT);
        return 1;
    }
    int err = nd_pool_submit(nd_rt(ctx), &g->work, pk_gen_work, pk_gen_after);
    if (err < 0) {
        nd_unref(ctx, g->callback);
        free(g);
    }
    duk_push_int(ctx, err);
    return 1;
}

/* Pushes the binding object: [ ] -> [ binding ] */
duk_ret_t nd_open_pk(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "check", pk_check, 1 },
        { "sign", pk_sign, 5 },
        { "verify", pk_verify, 6 },
        { "crypt", pk_crypt, 6 },
        { "generate", pk_generate, 4 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    return 1;
}
