/*
 * lib/pk.c: native side of crypto's asymmetric keys (internalBinding('pk'), used by
 * js/internal/crypto/keys.js, sig.js and keygen.js): parsing PEM/DER keys, RSA (PKCS#1 v1.5 and
 * PSS signatures, OAEP/PKCS#1/raw encryption) and ECDSA, key generation, on mbedTLS's pk layer.
 *
 * Keys cross into JS as canonical DER and nothing else: a private key as PKCS#1 RSAPrivateKey or
 * SEC1 ECPrivateKey (what mbedtls_pk_write_key_der writes), a public key as SubjectPublicKeyInfo.
 * Every call parses the DER it is given into a stack mbedtls_pk_context and frees it before it
 * returns or throws, so no native state outlives a call and no finalizer is needed.  The JS side
 * does the rest in DER (PKCS#8 wrapping, PEM armour, JWK, IEEE P1363 signatures).
 *
 * Discipline: all arguments are read and every Duktape buffer the call needs is pushed before
 * mbedtls_pk_init; between init and free only mbedTLS runs, so a Duktape throw cannot skip the
 * free.  Failures come back to JS as a reason string (pk_reason_t) that the shim turns into
 * Node's OpenSSL-shaped error.
 */
#include "nd.h"
#include "bindings.h"
#include "crypto.h"

#include <string.h>

#include <mbedtls/ecdsa.h>
#include <mbedtls/ecp.h>
#include <mbedtls/md.h>
#include <mbedtls/pk.h>
#include <mbedtls/platform_util.h>
#include <mbedtls/rsa.h>

#define PK_DER_MAX 8192 /* a private RSA key of 16384 bits fits */
#define PK_OUT_MAX (MBEDTLS_MPI_MAX_SIZE > MBEDTLS_PK_SIGNATURE_MAX_SIZE ? MBEDTLS_MPI_MAX_SIZE \
                                                                         : MBEDTLS_PK_SIGNATURE_MAX_SIZE)

/* Node's RSA padding constants (crypto.constants). */
enum { PK_PKCS1_PADDING = 1, PK_NO_PADDING = 3, PK_OAEP_PADDING = 4, PK_PSS_PADDING = 6 };
/* Node's saltLength specials. */
enum { PK_SALTLEN_DIGEST = -1, PK_SALTLEN_MAX = -2 };

/* Which key a parse accepts; PK_PUBLIC also takes a private key and returns its public half. */
enum { PK_PRIVATE = 0, PK_PUBLIC = 1 };

/* What a failure reports; js/internal/crypto/keys.js maps each to Node's error. */
static const char *const pk_reasons[] = {
    NULL,
    "decode",           /* 1: not a key we can read */
    "passphrase",       /* 2: encrypted and no or a wrong passphrase */
    "too large",        /* 3: data too large for key size */
    "oaep",             /* 4: oaep decoding error */
    "padding",          /* 5: invalid padding */
    "padding mode",     /* 6: illegal or unsupported padding mode */
    "key type",         /* 7: operation not supported for this keytype */
    "failed",           /* 8: anything else mbedTLS refuses */
    "curve",            /* 9: unknown curve */
};
typedef enum {
    PK_OK,
    PK_E_DECODE,
    PK_E_PASSPHRASE,
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

/* Parses DER that lib/pk.c wrote (private: PKCS#1/SEC1, public: SPKI) into pk (initialised). */
static pk_reason_t pk_load(mbedtls_pk_context *pk, const unsigned char *der, size_t len,
                           int is_private) {
    int rc = is_private ? mbedtls_pk_parse_key(pk, der, len, NULL, 0)
                        : mbedtls_pk_parse_public_key(pk, der, len);
    return rc == 0 ? PK_OK : PK_E_DECODE;
}

/* Writes pk's canonical DER (private, or SPKI when public) to the end of buf[0..size), as
 * mbedTLS does.  Returns its length, or 0 on failure. */
static size_t pk_write(mbedtls_pk_context *pk, int is_private, unsigned char *buf, size_t size) {
    int n = is_private ? mbedtls_pk_write_key_der(pk, buf, size)
                       : mbedtls_pk_write_pubkey_der(pk, buf, size);
    return n > 0 ? (size_t)n : 0;
}

/* Pushes a failure reason.  [ ] -> [ reason ] */
static duk_ret_t pk_push_reason(duk_context *ctx, pk_reason_t reason) {
    duk_push_string(ctx, pk_reasons[reason]);
    return 1;
}

/* Pushes an ArrayBuffer copy of p[0..n) and wipes p.  [ ] -> [ ab ] */
static void pk_push_result(duk_context *ctx, unsigned char *p, size_t n) {
    unsigned char *out = nd_crypto_push_array_buffer(ctx, n);
    memcpy(out, p, n);
    mbedtls_platform_zeroize(p, n);
}

/* Reads the facts JS shows about a key.  The strings are static. */
typedef struct pk_facts_s {
    const char *key_type; /* "rsa" or "ec" */
    size_t bits;          /* RSA modulus length */
    const char *curve;    /* mbedTLS's curve name, EC only */
} pk_facts_t;

static pk_reason_t pk_get_facts(mbedtls_pk_context *pk, pk_facts_t *f) {
    memset(f, 0, sizeof(*f));
    switch (mbedtls_pk_get_type(pk)) {
    case MBEDTLS_PK_RSA:
        f->key_type = "rsa";
        f->bits = mbedtls_pk_get_bitlen(pk);
        return PK_OK;
    case MBEDTLS_PK_ECKEY: {
        const mbedtls_ecp_curve_info *info =
            mbedtls_ecp_curve_info_from_grp_id(mbedtls_pk_ec(*pk)->grp.id);
        if (info == NULL) {
            return PK_E_DECODE;
        }
        f->key_type = "ec";
        f->curve = info->name;
        return PK_OK;
    }
    default:
        return PK_E_DECODE;
    }
}

/* parse(data, want, passphrase): data is PEM text or DER (any of PKCS#1, PKCS#8, SEC1, SPKI);
 * want is 0 (private) or 1 (public, from a public or a private key).
 * [ data want passphrase ] -> [ { type der keyType bits curve } | reason ] */
static duk_ret_t pk_parse(duk_context *ctx) {
    size_t len = 0;
    size_t pass_len = 0;
    const unsigned char *data = nd_crypto_get_bytes(ctx, 0, &len);
    int want = duk_require_int(ctx, 1);
    const unsigned char *pass = NULL;
    if (!duk_is_null_or_undefined(ctx, 2)) {
        pass = nd_crypto_get_bytes(ctx, 2, &pass_len);
    }
    /* mbedTLS reads PEM only from a NUL-terminated buffer whose length counts the NUL. */
    unsigned char *copy = duk_push_fixed_buffer(ctx, len + 1);
    unsigned char *der = duk_push_fixed_buffer(ctx, PK_DER_MAX);
    memcpy(copy, data, len);
    size_t in_len = memchr(copy, 0, len) == NULL && len > 0 && copy[0] != 0x30 ? len + 1 : len;

    mbedtls_pk_context pk;
    pk_facts_t facts;
    int is_private = 0;
    size_t n = 0;
    pk_reason_t reason = PK_OK;
    mbedtls_pk_init(&pk);
    if (want == PK_PUBLIC && mbedtls_pk_parse_public_key(&pk, copy, in_len) == 0) {
        is_private = 0;
    } else {
        mbedtls_pk_free(&pk);
        mbedtls_pk_init(&pk);
        int rc = mbedtls_pk_parse_key(&pk, copy, in_len, pass, pass_len);
        if (rc == MBEDTLS_ERR_PK_PASSWORD_REQUIRED || rc == MBEDTLS_ERR_PK_PASSWORD_MISMATCH) {
            reason = PK_E_PASSPHRASE;
        } else if (rc != 0) {
            reason = PK_E_DECODE;
        }
        is_private = want == PK_PRIVATE;
    }
    if (reason == PK_OK) {
        reason = pk_get_facts(&pk, &facts);
    }
    if (reason == PK_OK) {
        n = pk_write(&pk, is_private, der, PK_DER_MAX);
        reason = n == 0 ? PK_E_FAILED : PK_OK;
    }
    mbedtls_pk_free(&pk);
    mbedtls_platform_zeroize(copy, len + 1);
    if (reason != PK_OK) {
        return pk_push_reason(ctx, reason);
    }
    duk_push_object(ctx);
    duk_push_string(ctx, is_private ? "private" : "public");
    duk_put_prop_string(ctx, -2, "type");
    pk_push_result(ctx, der + PK_DER_MAX - n, n);
    duk_put_prop_string(ctx, -2, "der");
    duk_push_string(ctx, facts.key_type);
    duk_put_prop_string(ctx, -2, "keyType");
    duk_push_number(ctx, (double)facts.bits);
    duk_put_prop_string(ctx, -2, "bits");
    if (facts.curve != NULL) {
        duk_push_string(ctx, facts.curve);
        duk_put_prop_string(ctx, -2, "curve");
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

/* Reads [ der isPrivate digest hash padding saltLength ] from idx 0. */
static void pk_get_sig_opts(duk_context *ctx, pk_sig_opts_t *o) {
    o->md = pk_md(duk_require_string(ctx, 2));
    o->hash = nd_crypto_get_bytes(ctx, 3, &o->hash_len);
    o->padding = duk_require_int(ctx, 4);
    o->salt = duk_require_int(ctx, 5);
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

/* sign(der, isPrivate, digest, hash, padding, saltLength): an RSA or DER ECDSA signature of the
 * digest `hash`.  [ ... ] -> [ ArrayBuffer | reason ] */
static duk_ret_t pk_sign(duk_context *ctx) {
    size_t der_len = 0;
    const unsigned char *der = nd_crypto_get_bytes(ctx, 0, &der_len);
    int is_private = duk_require_boolean(ctx, 1);
    pk_sig_opts_t o;
    pk_get_sig_opts(ctx, &o);
    unsigned char *sig = duk_push_fixed_buffer(ctx, PK_OUT_MAX);
    size_t sig_len = 0;

    mbedtls_pk_context pk;
    mbedtls_pk_init(&pk);
    pk_reason_t reason = is_private ? pk_load(&pk, der, der_len, 1) : PK_E_KEY_TYPE;
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

/* verify(der, isPrivate, digest, hash, padding, saltLength, signature):
 * [ ... ] -> [ true | false | reason ] */
static duk_ret_t pk_verify(duk_context *ctx) {
    size_t der_len = 0;
    size_t sig_len = 0;
    const unsigned char *der = nd_crypto_get_bytes(ctx, 0, &der_len);
    int is_private = duk_require_boolean(ctx, 1);
    pk_sig_opts_t o;
    pk_get_sig_opts(ctx, &o);
    const unsigned char *sig = nd_crypto_get_bytes(ctx, 6, &sig_len);

    mbedtls_pk_context pk;
    int ok = 0;
    mbedtls_pk_init(&pk);
    pk_reason_t reason = pk_load(&pk, der, der_len, is_private);
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

/* crypt(der, isPrivate, op, data, padding, oaepDigest, label): op is 0 publicEncrypt,
 * 1 privateDecrypt, 2 privateEncrypt, 3 publicDecrypt.  [ ... ] -> [ ArrayBuffer | reason ] */
static duk_ret_t pk_crypt(duk_context *ctx) {
    size_t der_len = 0;
    const unsigned char *der = nd_crypto_get_bytes(ctx, 0, &der_len);
    int is_private = duk_require_boolean(ctx, 1);
    pk_crypt_t c;
    memset(&c, 0, sizeof(c));
    c.op = duk_require_int(ctx, 2);
    c.in = nd_crypto_get_bytes(ctx, 3, &c.in_len);
    c.padding = duk_require_int(ctx, 4);
    c.oaep_md = pk_md(duk_require_string(ctx, 5));
    if (!duk_is_null_or_undefined(ctx, 6)) {
        c.label = nd_crypto_get_bytes(ctx, 6, &c.label_len);
    }
    unsigned char *out = duk_push_fixed_buffer(ctx, PK_OUT_MAX);
    size_t out_len = 0;
    int needs_private = c.op == PK_PRIVATE_DECRYPT || c.op == PK_PRIVATE_ENCRYPT;

    mbedtls_pk_context pk;
    mbedtls_pk_init(&pk);
    pk_reason_t reason = needs_private && !is_private ? PK_E_KEY_TYPE
                                                      : pk_load(&pk, der, der_len, is_private);
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

/* generate(type, bitsOrCurve, exponent): a new private key's DER.  type is 'rsa' (bits and
 * exponent) or 'ec' (mbedTLS's curve name).  [ ... ] -> [ ArrayBuffer | reason ] */
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
    unsigned char *der = duk_push_fixed_buffer(ctx, PK_DER_MAX);
    size_t n = 0;

    mbedtls_pk_context pk;
    mbedtls_pk_init(&pk);
    int rc = mbedtls_pk_setup(&pk, mbedtls_pk_info_from_type(rsa ? MBEDTLS_PK_RSA
                                                                  : MBEDTLS_PK_ECKEY));
    if (rc == 0 && rsa) {
        rc = mbedtls_rsa_gen_key(mbedtls_pk_rsa(pk), nd_crypto_rng, NULL, bits, exponent);
    } else if (rc == 0) {
        rc = mbedtls_ecp_gen_key(curve->grp_id, mbedtls_pk_ec(pk), nd_crypto_rng, NULL);
    }
    if (rc == 0) {
        n = pk_write(&pk, 1, der, PK_DER_MAX);
    }
    mbedtls_pk_free(&pk);
    if (n == 0) {
        return pk_push_reason(ctx, PK_E_FAILED);
    }
    pk_push_result(ctx, der + PK_DER_MAX - n, n);
    return 1;
}

/* Pushes the binding object: [ ] -> [ binding ] */
duk_ret_t nd_open_pk(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "parse", pk_parse, 3 },
        { "sign", pk_sign, 6 },
        { "verify", pk_verify, 7 },
        { "crypt", pk_crypt, 7 },
        { "generate", pk_generate, 3 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    return 1;
}
