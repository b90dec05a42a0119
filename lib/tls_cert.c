/*
 * lib/tls_cert.c: X.509 certificates as 'tls' shows them, for lib/tls_wrap.c.
 *
 * Turns a parsed mbedtls_x509_crt into the fields of Node's getPeerCertificate() (subject and
 * issuer as null-prototype objects of OpenSSL's short names, subjectaltname as OpenSSL prints
 * it, OpenSSL's date text, colon-separated fingerprints, the serial in hex, the DER bytes), and
 * names an untrusted chain with OpenSSL's verification code.  Only reads the certificates it is
 * given; owns nothing.
 */
#include "nd.h"
#include "tls_cert.h"

#include <string.h>

#include <mbedtls/asn1.h>
#include <mbedtls/oid.h>
#include <mbedtls/sha1.h>
#include <mbedtls/sha256.h>
#include <mbedtls/sha512.h>

#define TLS_ASN1_SEQ (MBEDTLS_ASN1_CONSTRUCTED | MBEDTLS_ASN1_SEQUENCE)

static int tls_self_issued(const mbedtls_x509_crt *crt) {
    return crt->issuer_raw.len == crt->subject_raw.len &&
           memcmp(crt->issuer_raw.p, crt->subject_raw.p, crt->issuer_raw.len) == 0;
}

/* See lib/tls_cert.h. */
const char *nd_tls_untrusted_code(const mbedtls_x509_crt *peer) {
    const mbedtls_x509_crt *last = peer;
    int n = 1;
    while (last->next != NULL && last->next->version != 0) {
        last = last->next;
        n++;
    }
    if (tls_self_issued(last)) {
        return n == 1 ? "DEPTH_ZERO_SELF_SIGNED_CERT" : "SELF_SIGNED_CERT_IN_CHAIN";
    }
    return n == 1 ? "UNABLE_TO_VERIFY_LEAF_SIGNATURE" : "UNABLE_TO_GET_ISSUER_CERT_LOCALLY";
}

/* Pushes "AB:CD:..." for n bytes.  [ ] -> [ str ] */
static void tls_push_hex(duk_context *ctx, const unsigned char *p, size_t n, int colons) {
    static const char hex[] = "0123456789ABCDEF";
    char *s = duk_push_fixed_buffer(ctx, n * 3 + 1);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (colons && i > 0) {
            s[k++] = ':';
        }
        s[k++] = hex[p[i] >> 4];
        s[k++] = hex[p[i] & 15];
    }
    duk_push_lstring(ctx, s, k);
    duk_remove(ctx, -2);
}

/* Pushes a distinguished name as Node shows it: a null-prototype object of short names, a name
 * that repeats becoming an array.  [ ] -> [ obj ] */
static void tls_push_dn(duk_context *ctx, const mbedtls_x509_name *name) {
    duk_push_bare_object(ctx);
    for (; name != NULL; name = name->next) {
        const char *key = NULL;
        char oid[64];
        if (name->oid.p == NULL) {
            continue;
        }
        if (mbedtls_oid_get_attr_short_name(&name->oid, &key) != 0) {
            if (mbedtls_oid_get_numeric_string(oid, sizeof(oid), &name->oid) < 0) {
                continue;
            }
            key = oid;
        }
        nd_push_utf8(ctx, (const char *)name->val.p, name->val.len); /* [ obj val ] */
        duk_get_prop_string(ctx, -2, key);                           /* [ obj val old ] */
        if (duk_is_undefined(ctx, -1)) {
            duk_pop(ctx);
        } else {
            if (!duk_is_array(ctx, -1)) {
                duk_push_array(ctx);
                duk_swap_top(ctx, -2);
                duk_put_prop_index(ctx, -2, 0);
            }                                                        /* [ obj val arr ] */
            duk_swap_top(ctx, -2);
            duk_put_prop_index(ctx, -2, (duk_uarridx_t)duk_get_length(ctx, -2));
        }
        duk_put_prop_string(ctx, -2, key);
    }
}

/* Pushes OpenSSL's time text, "Jan  1 00:00:00 2020 GMT".  [ ] -> [ str ] */
static void tls_push_time(duk_context *ctx, const mbedtls_x509_time *tm) {
    static const char months[12][4] = { "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                        "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    int mon = tm->mon >= 1 && tm->mon <= 12 ? tm->mon - 1 : 0;
    duk_push_sprintf(ctx, "%s %2d %02d:%02d:%02d %d GMT", months[mon], tm->day, tm->hour, tm->min,
                     tm->sec, tm->year);
}

/* Appends one general name to the subjectaltname text under construction.  [ str ] -> [ str ] */
static void tls_append_general_name(duk_context *ctx, int tag, const unsigned char *p, size_t n) {
    int first = duk_get_length(ctx, -1) == 0;
    const char *sep = first ? "" : ", ";
    switch (tag) {
    case MBEDTLS_ASN1_CONTEXT_SPECIFIC | 2:
        duk_push_sprintf(ctx, "%sDNS:%.*s", sep, (int)n, (const char *)p);
        break;
    case MBEDTLS_ASN1_CONTEXT_SPECIFIC | 1:
        duk_push_sprintf(ctx, "%semail:%.*s", sep, (int)n, (const char *)p);
        break;
    case MBEDTLS_ASN1_CONTEXT_SPECIFIC | 6:
        duk_push_sprintf(ctx, "%sURI:%.*s", sep, (int)n, (const char *)p);
        break;
    case MBEDTLS_ASN1_CONTEXT_SPECIFIC | 7:
        if (n == 4) {
            duk_push_sprintf(ctx, "%sIP Address:%d.%d.%d.%d", sep, p[0], p[1], p[2], p[3]);
        } else if (n == 16) {
            duk_push_sprintf(ctx, "%sIP Address:%X:%X:%X:%X:%X:%X:%X:%X", sep,
                             p[0] << 8 | p[1], p[2] << 8 | p[3], p[4] << 8 | p[5],
                             p[6] << 8 | p[7], p[8] << 8 | p[9], p[10] << 8 | p[11],
                             p[12] << 8 | p[13], p[14] << 8 | p[15]);
        } else {
            return;
        }
        break;
    default:
        return;
    }
    duk_concat(ctx, 2);
}

/* Pushes the subjectAltName extension as OpenSSL prints it ("DNS:a, IP Address:1.2.3.4"), or
 * undefined.  mbedTLS 2.28 keeps only the DNS names, so the extension is read from the DER.
 * [ ] -> [ str|undefined ] */
static void tls_push_san(duk_context *ctx, const mbedtls_x509_crt *crt) {
    static const unsigned char san_oid[] = { 0x55, 0x1D, 0x11 };
    unsigned char *p = crt->v3_ext.p;
    const unsigned char *end = p + crt->v3_ext.len;
    size_t len;
    if (p == NULL || mbedtls_asn1_get_tag(&p, end, &len, TLS_ASN1_SEQ) != 0) {
        duk_push_undefined(ctx);
        return;
    }
    end = p + len;
    while (p < end) {
        if (mbedtls_asn1_get_tag(&p, end, &len, TLS_ASN1_SEQ) != 0) {
            break;
        }
        const unsigned char *ext_end = p + len;
        int critical = 0;
        if (mbedtls_asn1_get_tag(&p, ext_end, &len, MBEDTLS_ASN1_OID) != 0) {
            break;
        }
        int is_san = len == sizeof(san_oid) && memcmp(p, san_oid, len) == 0;
        p += len;
        /* critical is optional (DEFAULT FALSE): its absence is no error. */
        (void)mbedtls_asn1_get_bool(&p, ext_end, &critical);
        if (!is_san || mbedtls_asn1_get_tag(&p, ext_end, &len, MBEDTLS_ASN1_OCTET_STRING) != 0 ||
            mbedtls_asn1_get_tag(&p, ext_end, &len, TLS_ASN1_SEQ) != 0) {
            p = (unsigned char *)ext_end;
            continue;
        }
        const unsigned char *names_end = p + len;
        duk_push_string(ctx, "");
        while (p < names_end) {
            int tag = *p++;
            if (mbedtls_asn1_get_len(&p, names_end, &len) != 0) {
                break;
            }
            tls_append_general_name(ctx, tag, p, len);
            p += len;
        }
        return;
    }
    duk_push_undefined(ctx);
}

/* Puts the fingerprint of raw under key.  [ obj ] -> [ obj ] */
static void tls_put_fingerprint(duk_context *ctx, const mbedtls_x509_crt *crt, int bits,
                                const char *key) {
    unsigned char md[64];
    size_t n = 0;
    int ret;
    if (bits == 1) {
        ret = mbedtls_sha1_ret(crt->raw.p, crt->raw.len, md);
        n = 20;
    } else if (bits == 256) {
        ret = mbedtls_sha256_ret(crt->raw.p, crt->raw.len, md, 0);
        n = 32;
    } else {
        ret = mbedtls_sha512_ret(crt->raw.p, crt->raw.len, md, 0);
        n = 64;
    }
    if (ret != 0) {
        return;
    }
    tls_push_hex(ctx, md, n, 1);
    duk_put_prop_string(ctx, -2, key);
}

/* See lib/tls_cert.h. */
void nd_tls_push_cert(duk_context *ctx, const mbedtls_x509_crt *crt) {
    duk_push_object(ctx);
    tls_push_dn(ctx, &crt->subject);
    duk_put_prop_literal(ctx, -2, "subject");
    tls_push_dn(ctx, &crt->issuer);
    duk_put_prop_literal(ctx, -2, "issuer");
    tls_push_san(ctx, crt);
    if (duk_is_undefined(ctx, -1)) {
        duk_pop(ctx);
    } else {
        duk_put_prop_literal(ctx, -2, "subjectaltname");
    }
    duk_push_boolean(ctx, crt->ca_istrue != 0);
    duk_put_prop_literal(ctx, -2, "ca");
    duk_push_uint(ctx, (duk_uint_t)mbedtls_pk_get_bitlen(&crt->pk));
    duk_put_prop_literal(ctx, -2, "bits");
    tls_push_time(ctx, &crt->valid_from);
    duk_put_prop_literal(ctx, -2, "valid_from");
    tls_push_time(ctx, &crt->valid_to);
    duk_put_prop_literal(ctx, -2, "valid_to");
    tls_put_fingerprint(ctx, crt, 1, "fingerprint");
    tls_put_fingerprint(ctx, crt, 256, "fingerprint256");
    tls_put_fingerprint(ctx, crt, 512, "fingerprint512");
    size_t skip = 0;
    while (skip + 1 < crt->serial.len && crt->serial.p[skip] == 0) {
        skip++; /* OpenSSL prints the serial as a number: no leading zero bytes */
    }
    tls_push_hex(ctx, crt->serial.p + skip, crt->serial.len - skip, 0);
    duk_put_prop_literal(ctx, -2, "serialNumber");
    unsigned char *raw = duk_push_fixed_buffer(ctx, crt->raw.len);
    memcpy(raw, crt->raw.p, crt->raw.len);
    duk_push_buffer_object(ctx, -1, 0, crt->raw.len, DUK_BUFOBJ_UINT8ARRAY);
    duk_remove(ctx, -2);
    duk_put_prop_literal(ctx, -2, "raw");
}
