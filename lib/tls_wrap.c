/*
 * lib/tls_wrap.c: native side of 'tls': a TLS 1.2 engine on mbedTLS driven through memory buffers.
 *
 * Two classes.  A SecureContext holds the credentials one or many connections share: the trusted
 * CA chain, the own certificate chain and private key, and a CTR-DRBG seeded from getrandom()
 * (lib/crypto.h).  It is reference-counted in C: its JS object holds one reference until it is
 * finalized, and every TLSWrap built on it holds one until it is closed, so a connection never
 * outlives the certificates its mbedtls_ssl_config points at, whatever order GC finalizes in.
 *
 * A TLSWrap is one connection's mbedtls_ssl_context with its own mbedtls_ssl_config (endpoint,
 * verify mode, ALPN list and SNI differ per connection).  It never touches a socket: its BIO
 * callbacks read ciphertext that js/_tls_wrap.js fed with receive() and append ciphertext to an
 * output buffer that JS drains with takeOutput() and writes to the net.Socket underneath.  The
 * calls return mbedTLS status codes; js/_tls_wrap.js owns Node's semantics (events, verification
 * policy, errors).  close() frees everything at once; the finalizer does the same for a wrap
 * that was never closed.  No method holds a resource across a call that can throw.
 */
#include "nd.h"
#include "bindings.h"
#include "crypto.h"
#include "tls_cert.h"

#include <errno.h>
#include <string.h>

#include <mbedtls/ctr_drbg.h>
#include <mbedtls/pk.h>
#include <mbedtls/ssl.h>
#include <mbedtls/x509_crt.h>

#define TLS_PTR_KEY DUK_HIDDEN_SYMBOL("nd_ptr")
#define TLS_READ_CHUNK 16384
#define TLS_STATUS_EOF 1 /* read(): the peer sent close_notify */

/* How a connection treats the peer's certificate (js/_tls_wrap.js uses the same numbers). */
enum { TLS_VERIFY_NONE = 0, TLS_VERIFY_OPTIONAL = 1, TLS_VERIFY_REQUIRED = 2 };

typedef struct tls_creds_s {
    int refs;
    int has_ca;
    int has_cert;
    int has_key;
    mbedtls_ctr_drbg_context drbg;
    mbedtls_x509_crt ca;
    mbedtls_x509_crt cert;
    mbedtls_pk_context key;
} tls_creds_t;

typedef struct nd_tls_s {
    mbedtls_ssl_context ssl;
    mbedtls_ssl_config conf;
    tls_creds_t *creds;       /* one reference, dropped by tls_free */
    const char **alpn;        /* NULL-terminated list and its strings in one malloc */
    unsigned char *in;        /* ciphertext from the peer, in[in_off..in_len) not yet read */
    size_t in_off;
    size_t in_len;
    size_t in_cap;
    unsigned char *out;       /* ciphertext for the peer, out[0..out_len) */
    size_t out_len;
    size_t out_cap;
    int read_status;          /* a read() status held back while data was returned */
    int alert;                /* the fatal alert the peer sent, -1 for none */
    int sent_alert;           /* the last alert sent in clear (during the handshake), -1 */
    unsigned char first[8];   /* the peer's first bytes, to recognise HTTP sent to a server */
    size_t first_len;
    int server;
    const mbedtls_x509_crt *top; /* the top of the chain verification built (a trusted root is
                                  * the credentials'), NULL before verification */
    int top_depth;
    char servername[256];     /* server: the SNI name the client asked for, "" for none */
} nd_tls_t;

/* ---- credentials ---- */

static void tls_creds_release(tls_creds_t *c) {
    if (c == NULL || --c->refs > 0) {
        return;
    }
    mbedtls_ctr_drbg_free(&c->drbg);
    mbedtls_x509_crt_free(&c->ca);
    mbedtls_x509_crt_free(&c->cert);
    mbedtls_pk_free(&c->key);
    free(c);
}

/* Returns new credentials with one reference and a seeded DRBG, or NULL (out of memory or no
 * entropy). */
static tls_creds_t *tls_creds_new(void) {
    static const unsigned char pers[] = "nodule tls";
    tls_creds_t *c = calloc(1, sizeof(*c));
    if (c == NULL) {
        return NULL;
    }
    c->refs = 1;
    mbedtls_ctr_drbg_init(&c->drbg);
    mbedtls_x509_crt_init(&c->ca);
    mbedtls_x509_crt_init(&c->cert);
    mbedtls_pk_init(&c->key);
    if (mbedtls_ctr_drbg_seed(&c->drbg, nd_crypto_rng, NULL, pers, sizeof(pers) - 1) != 0) {
        tls_creds_release(c);
        return NULL;
    }
    return c;
}

/* Returns the native object of `this` (NULL once closed).  [ ] -> [ ] */
static void *tls_this_ptr(duk_context *ctx) {
    duk_push_this(ctx);
    duk_get_prop_literal(ctx, -1, TLS_PTR_KEY);
    void *p = duk_get_pointer(ctx, -1);
    duk_pop_2(ctx);
    return p;
}

/* Gives `this` an empty pointer slot and a finalizer before anything is allocated, so that
 * storing the pointer later cannot fail.  [ ] -> [ ] */
static void tls_prepare_this(duk_context *ctx, duk_c_function finalizer) {
    duk_push_this(ctx);
    duk_push_pointer(ctx, NULL);
    duk_put_prop_literal(ctx, -2, TLS_PTR_KEY);
    duk_push_c_function(ctx, finalizer, 1);
    duk_set_finalizer(ctx, -2);
    duk_pop(ctx);
}

/* Stores p in the slot tls_prepare_this made (overwriting a property never allocates). */
static void tls_store_this(duk_context *ctx, void *p) {
    duk_push_this(ctx);
    duk_push_pointer(ctx, p);
    duk_put_prop_literal(ctx, -2, TLS_PTR_KEY);
    duk_pop(ctx);
}

/* Returns the native pointer of the object at idx and clears it, so that whoever takes it frees
 * it once (finalizer or close).  [ ... ] -> [ ... ] */
static void *tls_take_ptr(duk_context *ctx, duk_idx_t idx) {
    idx = duk_normalize_index(ctx, idx);
    duk_get_prop_literal(ctx, idx, TLS_PTR_KEY);
    void *p = duk_get_pointer(ctx, -1);
    duk_pop(ctx);
    if (p != NULL) {
        duk_push_pointer(ctx, NULL);
        duk_put_prop_literal(ctx, idx, TLS_PTR_KEY);
    }
    return p;
}

static duk_ret_t tls_context_finalize(duk_context *ctx) {
    tls_creds_release(tls_take_ptr(ctx, 0));
    return 0;
}

/* new SecureContext(): empty credentials. */
static duk_ret_t tls_context_constructor(duk_context *ctx) {
    if (!duk_is_constructor_call(ctx)) {
        return duk_type_error(ctx,
                              "Class constructor SecureContext cannot be invoked without 'new'");
    }
    tls_prepare_this(ctx, tls_context_finalize);
    tls_creds_t *c = tls_creds_new();
    if (c == NULL) {
        return duk_error(ctx, DUK_ERR_ERROR, "TLS: cannot seed the random generator");
    }
    tls_store_this(ctx, c);
    return 0;
}

static tls_creds_t *tls_context_this(duk_context *ctx) {
    tls_creds_t *c = tls_this_ptr(ctx);
    if (c == NULL) {
        (void)duk_error(ctx, DUK_ERR_ERROR, "SecureContext is gone");
    }
    return c;
}

/* Returns the bytes of the string or buffer at idx as mbedTLS parses them: PEM text gets a
 * terminating NUL counted in *len (mbedTLS's rule for telling PEM from DER).  The copy lives in a
 * Duktape buffer that replaces the value at idx.  Throws if the value is neither. */
static const unsigned char *tls_get_pem_or_der(duk_context *ctx, duk_idx_t idx, size_t *len) {
    const char *p;
    size_t n = 0;
    idx = duk_require_normalize_index(ctx, idx);
    if (duk_is_string(ctx, idx)) {
        p = nd_get_utf8(ctx, idx, &n);
    } else {
        duk_size_t sz = 0;
        p = duk_require_buffer_data(ctx, idx, &sz);
        n = sz;
    }
    int pem = memmem(p, n, "-----BEGIN", 10) != NULL;
    unsigned char *copy = duk_push_fixed_buffer(ctx, n + (pem ? 1 : 0));
    memcpy(copy, p, n);
    duk_replace(ctx, idx);
    *len = n + (pem ? 1 : 0);
    return copy;
}

/* context.addCACert(pem|der): 0, or a negative mbedTLS code when no certificate parsed.  A PEM
 * bundle in which some certificates do not parse (a system store) still adds the others. */
static duk_ret_t tls_context_add_ca(duk_context *ctx) {
    size_t len = 0;
    const unsigned char *p = tls_get_pem_or_der(ctx, 0, &len);
    tls_creds_t *c = tls_context_this(ctx);
    int ret = mbedtls_x509_crt_parse(&c->ca, p, len);
    if (ret >= 0 && c->ca.version != 0) {
        c->has_ca = 1;
        ret = 0;
    } else if (ret >= 0) {
        ret = MBEDTLS_ERR_X509_CERT_UNKNOWN_FORMAT;
    }
    duk_push_int(ctx, ret);
    return 1;
}

/* context.setCert(pem|der): the own certificate chain.  0 or a negative mbedTLS code. */
static duk_ret_t tls_context_set_cert(duk_context *ctx) {
    size_t len = 0;
    const unsigned char *p = tls_get_pem_or_der(ctx, 0, &len);
    tls_creds_t *c = tls_context_this(ctx);
    if (c->has_cert) {
        return duk_error(ctx, DUK_ERR_ERROR, "SecureContext already has a certificate");
    }
    int ret = mbedtls_x509_crt_parse(&c->cert, p, len);
    if (ret == 0) {
        c->has_cert = 1;
    } else if (ret > 0) {
        ret = MBEDTLS_ERR_X509_CERT_UNKNOWN_FORMAT;
    }
    duk_push_int(ctx, ret);
    return 1;
}

/* context.setKey(pem|der[, passphrase]): the private key.  0 or a negative mbedTLS code. */
static duk_ret_t tls_context_set_key(duk_context *ctx) {
    size_t len = 0;
    size_t pwlen = 0;
    const unsigned char *pw = NULL;
    const unsigned char *p = tls_get_pem_or_der(ctx, 0, &len);
    if (duk_is_string(ctx, 1)) {
        pw = (const unsigned char *)nd_get_utf8(ctx, 1, &pwlen);
    } else if (duk_is_buffer_data(ctx, 1)) {
        duk_size_t sz = 0;
        pw = duk_get_buffer_data(ctx, 1, &sz);
        pwlen = sz;
    }
    tls_creds_t *c = tls_context_this(ctx);
    if (c->has_key) {
        return duk_error(ctx, DUK_ERR_ERROR, "SecureContext already has a key");
    }
    int ret = mbedtls_pk_parse_key(&c->key, p, len, pw, pwlen);
    if (ret == 0) {
        c->has_key = 1;
    } else {
        mbedtls_pk_free(&c->key);
        mbedtls_pk_init(&c->key);
    }
    duk_push_int(ctx, ret);
    return 1;
}

/* ---- the connection: buffers and BIO ---- */

/* Grows *buf to hold need bytes.  Returns 0 or -ENOMEM (the buffer is unchanged then). */
static int tls_reserve(unsigned char **buf, size_t *cap, size_t need) {
    if (need <= *cap) {
        return 0;
    }
    size_t ncap = *cap ? *cap : 16384;
    while (ncap < need) {
        ncap *= 2;
    }
    unsigned char *n = realloc(*buf, ncap);
    if (n == NULL) {
        return -ENOMEM;
    }
    *buf = n;
    *cap = ncap;
    return 0;
}

/* The send BIO: ciphertext mbedTLS produced goes to the output buffer. */
static int tls_send_cb(void *arg, const unsigned char *buf, size_t len) {
    nd_tls_t *t = arg;
    if (tls_reserve(&t->out, &t->out_cap, t->out_len + len) < 0) {
        return MBEDTLS_ERR_SSL_ALLOC_FAILED;
    }
    if (len >= 7 && buf[0] == MBEDTLS_SSL_MSG_ALERT && t->ssl.state != MBEDTLS_SSL_HANDSHAKE_OVER) {
        t->sent_alert = buf[6]; /* type, version, length, then level and description */
    }
    memcpy(t->out + t->out_len, buf, len);
    t->out_len += len;
    return (int)len;
}

/* The receive BIO: ciphertext comes from what receive() buffered, or WANT_READ when none. */
static int tls_recv_cb(void *arg, unsigned char *buf, size_t len) {
    nd_tls_t *t = arg;
    size_t avail = t->in_len - t->in_off;
    if (avail == 0) {
        return MBEDTLS_ERR_SSL_WANT_READ;
    }
    if (len > avail) {
        len = avail;
    }
    memcpy(buf, t->in + t->in_off, len);
    t->in_off += len;
    if (t->in_off == t->in_len) {
        t->in_off = t->in_len = 0;
    }
    return (int)len;
}

/* The SNI callback (server): remembers the name the client asked for; one certificate serves
 * every name. */
static int tls_sni_cb(void *arg, mbedtls_ssl_context *ssl, const unsigned char *name, size_t len) {
    nd_tls_t *t = arg;
    (void)ssl;
    if (len >= sizeof(t->servername)) {
        return -1;
    }
    memcpy(t->servername, name, len);
    t->servername[len] = '\0';
    return 0;
}

/* The verify callback: records the top of the chain mbedTLS built, which getPeerCertificate(true)
 * shows as the last issuer; the verdict itself stays in the flags. */
static int tls_verify_cb(void *arg, mbedtls_x509_crt *crt, int depth, uint32_t *flags) {
    nd_tls_t *t = arg;
    (void)flags;
    if (depth > t->top_depth) {
        t->top = crt;
        t->top_depth = depth;
    }
    return 0;
}

/* Frees every mbedTLS object of t and its buffers, and drops its credentials reference. */
static void tls_free(nd_tls_t *t) {
    mbedtls_ssl_free(&t->ssl);
    mbedtls_ssl_config_free(&t->conf);
    tls_creds_release(t->creds);
    free(t->alpn);
    free(t->in);
    free(t->out);
    free(t);
}

/* Builds the NULL-terminated list mbedTLS wants from ALPN's wire format (each name preceded by
 * its length), names and pointers in one malloc.  Returns 0, -EINVAL for an empty or truncated
 * name, or -ENOMEM. */
static int tls_alpn_from_wire(const unsigned char *p, size_t len, const char ***out) {
    size_t n = 0;
    for (size_t i = 0; i < len; i += 1 + (size_t)p[i]) {
        if (p[i] == 0 || i + 1 + p[i] > len) {
            return -EINVAL;
        }
        n++;
    }
    /* The length bytes become the names' terminating NULs: len bytes hold all the strings. */
    const char **list = malloc((n + 1) * sizeof(char *) + len);
    if (list == NULL) {
        return -ENOMEM;
    }
    char *s = (char *)(list + n + 1);
    size_t k = 0;
    for (size_t i = 0; i < len; i += 1 + (size_t)p[i]) {
        memcpy(s, p + i + 1, p[i]);
        s[p[i]] = '\0';
        list[k++] = s;
        s += p[i] + 1;
    }
    list[n] = NULL;
    *out = list;
    return 0;
}

/* Configures and sets up t for its endpoint.  Returns 0 or a negative mbedTLS code. */
static int tls_setup(nd_tls_t *t, int server, const char *servername, int verify) {
    tls_creds_t *c = t->creds;
    int ret = mbedtls_ssl_config_defaults(&t->conf,
                                          server ? MBEDTLS_SSL_IS_SERVER : MBEDTLS_SSL_IS_CLIENT,
                                          MBEDTLS_SSL_TRANSPORT_STREAM, MBEDTLS_SSL_PRESET_DEFAULT);
    if (ret != 0) {
        return ret;
    }
    mbedtls_ssl_conf_rng(&t->conf, mbedtls_ctr_drbg_random, &c->drbg);
    /* TLS 1.2 only: 3.3 on the wire. */
    mbedtls_ssl_conf_min_version(&t->conf, MBEDTLS_SSL_MAJOR_VERSION_3,
                                 MBEDTLS_SSL_MINOR_VERSION_3);
    mbedtls_ssl_conf_max_version(&t->conf, MBEDTLS_SSL_MAJOR_VERSION_3,
                                 MBEDTLS_SSL_MINOR_VERSION_3);
    /* With OPTIONAL the verdict is JavaScript's (rejectUnauthorized, checkServerIdentity) and
     * mbedTLS only records what it found; a server that requires a valid client certificate
     * fails the handshake as OpenSSL does. */
    int authmode = verify == TLS_VERIFY_REQUIRED   ? MBEDTLS_SSL_VERIFY_REQUIRED
                   : verify == TLS_VERIFY_OPTIONAL ? MBEDTLS_SSL_VERIFY_OPTIONAL
                                                   : MBEDTLS_SSL_VERIFY_NONE;
    mbedtls_ssl_conf_authmode(&t->conf, authmode);
    if (c->has_ca) {
        mbedtls_ssl_conf_ca_chain(&t->conf, &c->ca, NULL);
    }
    mbedtls_ssl_conf_verify(&t->conf, tls_verify_cb, t);
    if (c->has_cert && c->has_key) {
        ret = mbedtls_ssl_conf_own_cert(&t->conf, &c->cert, &c->key);
        if (ret != 0) {
            return ret;
        }
    }
    if (t->alpn != NULL) {
        ret = mbedtls_ssl_conf_alpn_protocols(&t->conf, t->alpn);
        if (ret != 0) {
            return ret;
        }
    }
    if (server) {
        mbedtls_ssl_conf_sni(&t->conf, tls_sni_cb, t);
    }
    ret = mbedtls_ssl_setup(&t->ssl, &t->conf);
    if (ret != 0) {
        return ret;
    }
    if (!server && servername != NULL) {
        ret = mbedtls_ssl_set_hostname(&t->ssl, servername);
        if (ret != 0) {
            return ret;
        }
    }
    mbedtls_ssl_set_bio(&t->ssl, t, tls_send_cb, tls_recv_cb, NULL);
    return 0;
}

static duk_ret_t tls_wrap_finalize(duk_context *ctx) {
    nd_tls_t *t = tls_take_ptr(ctx, 0);
    if (t != NULL) {
        tls_free(t);
    }
    return 0;
}

/* new TLSWrap(context, isServer, servername|null, alpnWire|null, verifyMode): alpnWire is ALPN's
 * wire format (length-prefixed names), verifyMode a TLS_VERIFY_* value. */
static duk_ret_t tls_wrap_constructor(duk_context *ctx) {
    nd_tls_t *t = NULL;
    const char **alpn = NULL;
    if (!duk_is_constructor_call(ctx)) {
        return duk_type_error(ctx, "Class constructor TLSWrap cannot be invoked without 'new'");
    }
    duk_require_object(ctx, 0);
    duk_get_prop_literal(ctx, 0, TLS_PTR_KEY);
    tls_creds_t *c = duk_get_pointer(ctx, -1);
    duk_pop(ctx);
    if (c == NULL) {
        return duk_type_error(ctx, "TLSWrap: not a SecureContext");
    }
    int server = duk_to_boolean(ctx, 1);
    const char *servername = duk_is_string(ctx, 2) ? duk_get_string(ctx, 2) : NULL;
    if (servername != NULL && strlen(servername) > 255) {
        return duk_range_error(ctx, "TLSWrap: servername too long");
    }
    int verify = duk_get_int_default(ctx, 4, TLS_VERIFY_NONE);
    if (verify < TLS_VERIFY_NONE || verify > TLS_VERIFY_REQUIRED) {
        return duk_range_error(ctx, "TLSWrap: bad verify mode");
    }
    tls_prepare_this(ctx, tls_wrap_finalize);
    if (duk_is_buffer_data(ctx, 3)) {
        duk_size_t len = 0;
        const unsigned char *wire = duk_get_buffer_data(ctx, 3, &len);
        int err = tls_alpn_from_wire(wire, len, &alpn);
        if (err < 0) {
            return err == -ENOMEM ? duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory")
                                  : duk_range_error(ctx, "TLSWrap: bad ALPN protocol name");
        }
    }
    /* From here nothing throws until t is stored or freed. */
    t = calloc(1, sizeof(*t));
    if (t == NULL) {
        free(alpn);
        return duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    }
    t->alert = -1;
    t->sent_alert = -1;
    t->top_depth = -1;
    t->server = server;
    t->alpn = alpn;
    t->creds = c;
    c->refs++;
    mbedtls_ssl_init(&t->ssl);
    mbedtls_ssl_config_init(&t->conf);
    int ret = tls_setup(t, server, servername, verify);
    if (ret != 0) {
        tls_free(t);
        return duk_error(ctx, DUK_ERR_ERROR, "TLS setup failed (mbedTLS -0x%04x)", (unsigned)-ret);
    }
    tls_store_this(ctx, t);
    return 0;
}

static nd_tls_t *tls_wrap_this(duk_context *ctx) {
    nd_tls_t *t = tls_this_ptr(ctx);
    if (t == NULL) {
        (void)duk_error(ctx, DUK_ERR_ERROR, "TLSWrap is closed");
    }
    return t;
}

/* Remembers the alert behind a FATAL_ALERT_MESSAGE status, for errorReason(). */
static int tls_note_status(nd_tls_t *t, int ret) {
    if (ret == MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE && t->ssl.in_msg != NULL) {
        t->alert = t->ssl.in_msg[1];
    }
    return ret;
}

/* wrap.receive(bytes): buffers ciphertext from the peer.  [ bytes ] -> [ 0 | -ENOMEM ] */
static duk_ret_t tls_wrap_receive(duk_context *ctx) {
    duk_size_t len = 0;
    const unsigned char *p = duk_require_buffer_data(ctx, 0, &len);
    nd_tls_t *t = tls_wrap_this(ctx);
    if (t->in_off > 0) {
        memmove(t->in, t->in + t->in_off, t->in_len - t->in_off);
        t->in_len -= t->in_off;
        t->in_off = 0;
    }
    while (t->first_len < sizeof(t->first) && t->first_len < len) {
        t->first[t->first_len] = p[t->first_len];
        t->first_len++;
    }
    int err = tls_reserve(&t->in, &t->in_cap, t->in_len + len);
    if (err == 0) {
        memcpy(t->in + t->in_len, p, len);
        t->in_len += len;
    }
    duk_push_int(ctx, err);
    return 1;
}

/* wrap.handshake(): 0 done, 1 needs more input, or a negative mbedTLS code. */
static duk_ret_t tls_wrap_handshake(duk_context *ctx) {
    nd_tls_t *t = tls_wrap_this(ctx);
    int ret = mbedtls_ssl_handshake(&t->ssl);
    if (ret == MBEDTLS_ERR_SSL_WANT_READ || ret == MBEDTLS_ERR_SSL_WANT_WRITE) {
        ret = 1;
    } else if (ret == MBEDTLS_ERR_SSL_NO_CLIENT_CERTIFICATE) {
        /* mbedTLS fails without telling the client; OpenSSL sends handshake_failure.  The
         * handshake has failed either way, so the alert's own status does not matter. */
        (void)mbedtls_ssl_send_alert_message(&t->ssl, MBEDTLS_SSL_ALERT_LEVEL_FATAL,
                                             MBEDTLS_SSL_ALERT_MSG_HANDSHAKE_FAILURE);
    }
    duk_push_int(ctx, tls_note_status(t, ret));
    return 1;
}

/* wrap.read(): the plaintext the buffered input decrypts to (a Uint8Array), or when there is
 * none a status: 0 needs more input, 1 the peer closed (close_notify), < 0 a mbedTLS code. */
static duk_ret_t tls_wrap_read(duk_context *ctx) {
    nd_tls_t *t = tls_wrap_this(ctx);
    size_t total = 0;
    int status = t->read_status;
    unsigned char *buf = duk_push_dynamic_buffer(ctx, 0);
    while (status == 0) {
        /* May throw (out of memory): t holds nothing that would leak. */
        buf = duk_resize_buffer(ctx, -1, total + TLS_READ_CHUNK);
        int ret = mbedtls_ssl_read(&t->ssl, buf + total, TLS_READ_CHUNK);
        if (ret > 0) {
            total += (size_t)ret;
        } else if (ret == MBEDTLS_ERR_SSL_WANT_READ || ret == MBEDTLS_ERR_SSL_WANT_WRITE) {
            break;
        } else if (ret == 0 || ret == MBEDTLS_ERR_SSL_PEER_CLOSE_NOTIFY) {
            status = TLS_STATUS_EOF;
        } else {
            status = tls_note_status(t, ret);
        }
    }
    if (total == 0) {
        t->read_status = 0;
        duk_push_int(ctx, status);
        return 1;
    }
    t->read_status = status;
    duk_resize_buffer(ctx, -1, total);
    duk_push_buffer_object(ctx, -1, 0, total, DUK_BUFOBJ_UINT8ARRAY);
    return 1;
}

/* wrap.write(bytes|string): encrypts all of it into the output.  0 or a negative mbedTLS code. */
static duk_ret_t tls_wrap_write(duk_context *ctx) {
    size_t len = 0;
    const unsigned char *p;
    if (duk_is_string(ctx, 0)) {
        p = (const unsigned char *)nd_get_utf8(ctx, 0, &len);
    } else {
        duk_size_t sz = 0;
        p = duk_require_buffer_data(ctx, 0, &sz);
        len = sz;
    }
    nd_tls_t *t = tls_wrap_this(ctx);
    size_t off = 0;
    int ret = 0;
    while (off < len) {
        ret = mbedtls_ssl_write(&t->ssl, p + off, len - off);
        if (ret < 0) {
            break;
        }
        off += (size_t)ret;
        ret = 0;
    }
    duk_push_int(ctx, ret);
    return 1;
}

/* wrap.takeOutput(): the ciphertext produced so far (a Uint8Array), or undefined. */
static duk_ret_t tls_wrap_take_output(duk_context *ctx) {
    nd_tls_t *t = tls_wrap_this(ctx);
    if (t->out_len == 0) {
        return 0;
    }
    size_t n = t->out_len;
    unsigned char *p = duk_push_fixed_buffer(ctx, n);
    memcpy(p, t->out, n);
    t->out_len = 0;
    duk_push_buffer_object(ctx, -1, 0, n, DUK_BUFOBJ_UINT8ARRAY);
    return 1;
}

/* wrap.closeNotify(): queues the close_notify alert.  0 or a negative mbedTLS code. */
static duk_ret_t tls_wrap_close_notify(duk_context *ctx) {
    nd_tls_t *t = tls_wrap_this(ctx);
    int ret = mbedtls_ssl_close_notify(&t->ssl);
    duk_push_int(ctx, ret == MBEDTLS_ERR_SSL_WANT_WRITE ? 0 : ret);
    return 1;
}

/* wrap.close(): frees the connection now; later calls throw. */
static duk_ret_t tls_wrap_close(duk_context *ctx) {
    duk_push_this(ctx);
    nd_tls_t *t = tls_take_ptr(ctx, -1);
    if (t != NULL) {
        tls_free(t);
    }
    return 0;
}

/* ---- verification and certificates ---- */

/* wrap.verifyError(): OpenSSL's code for why the peer's certificate is not trusted, or
 * undefined when it is.  The host name is JavaScript's to check (checkServerIdentity). */
static duk_ret_t tls_wrap_verify_error(duk_context *ctx) {
    nd_tls_t *t = tls_wrap_this(ctx);
    const mbedtls_x509_crt *peer = mbedtls_ssl_get_peer_cert(&t->ssl);
    uint32_t flags = mbedtls_ssl_get_verify_result(&t->ssl);
    flags &= ~(uint32_t)MBEDTLS_X509_BADCERT_CN_MISMATCH;
    const char *code = NULL;
    if (peer == NULL || (flags & MBEDTLS_X509_BADCERT_MISSING)) {
        code = "UNABLE_TO_GET_ISSUER_CERT";
    } else if (flags & MBEDTLS_X509_BADCERT_NOT_TRUSTED) {
        code = nd_tls_untrusted_code(peer);
    } else if (flags & MBEDTLS_X509_BADCERT_EXPIRED) {
        code = "CERT_HAS_EXPIRED";
    } else if (flags & MBEDTLS_X509_BADCERT_FUTURE) {
        code = "CERT_NOT_YET_VALID";
    } else if (flags & MBEDTLS_X509_BADCERT_REVOKED) {
        code = "CERT_REVOKED";
    } else if (flags & (MBEDTLS_X509_BADCERT_KEY_USAGE | MBEDTLS_X509_BADCERT_EXT_KEY_USAGE |
                        MBEDTLS_X509_BADCERT_NS_CERT_TYPE)) {
        code = "INVALID_PURPOSE";
    } else if (flags != 0) {
        code = "CERT_REJECTED";
    }
    if (code == NULL) {
        return 0;
    }
    duk_push_string(ctx, code);
    return 1;
}

/* wrap.peerCertificates(): the peer's chain as sent, leaf first, then the trusted root that
 * verified it when the peer did not send that (an empty array if no certificate). */
static duk_ret_t tls_wrap_peer_certificates(duk_context *ctx) {
    nd_tls_t *t = tls_wrap_this(ctx);
    duk_push_array(ctx);
    duk_uarridx_t i = 0;
    int top_sent = 0;
    for (const mbedtls_x509_crt *crt = mbedtls_ssl_get_peer_cert(&t->ssl);
         crt != NULL && crt->version != 0; crt = crt->next) {
        top_sent = top_sent || crt == t->top;
        nd_tls_push_cert(ctx, crt);
        duk_put_prop_index(ctx, -2, i++);
    }
    if (i > 0 && t->top != NULL && !top_sent) {
        nd_tls_push_cert(ctx, t->top);
        duk_put_prop_index(ctx, -2, i);
    }
    return 1;
}

/* context.certificate(): the own leaf certificate's fields, or undefined. */
static duk_ret_t tls_context_certificate(duk_context *ctx) {
    tls_creds_t *c = tls_context_this(ctx);
    if (!c->has_cert) {
        return 0;
    }
    nd_tls_push_cert(ctx, &c->cert);
    return 1;
}

/* Pushes s, or undefined for NULL.  [ ] -> [ str|undefined ] */
static duk_ret_t tls_return_string(duk_context *ctx, const char *s) {
    if (s == NULL || *s == '\0') {
        return 0;
    }
    duk_push_string(ctx, s);
    return 1;
}

/* wrap.protocol(): "TLSv1.2", or undefined before the handshake. */
static duk_ret_t tls_wrap_protocol(duk_context *ctx) {
    nd_tls_t *t = tls_wrap_this(ctx);
    if (t->ssl.state != MBEDTLS_SSL_HANDSHAKE_OVER) {
        return 0;
    }
    return tls_return_string(ctx, mbedtls_ssl_get_version(&t->ssl));
}

/* wrap.cipher(): the IANA cipher suite name with dashes ("TLS-ECDHE-ECDSA-WITH-..."). */
static duk_ret_t tls_wrap_cipher(duk_context *ctx) {
    nd_tls_t *t = tls_wrap_this(ctx);
    if (t->ssl.state != MBEDTLS_SSL_HANDSHAKE_OVER) {
        return 0;
    }
    return tls_return_string(ctx, mbedtls_ssl_get_ciphersuite(&t->ssl));
}

/* wrap.alpnProtocol(): the negotiated protocol, or undefined. */
static duk_ret_t tls_wrap_alpn_protocol(duk_context *ctx) {
    nd_tls_t *t = tls_wrap_this(ctx);
    return tls_return_string(ctx, mbedtls_ssl_get_alpn_protocol(&t->ssl));
}

/* wrap.setServername(name): the SNI name a client sends (and mbedTLS checks; JavaScript ignores
 * that verdict).  Before the handshake.  0 or a negative mbedTLS code. */
static duk_ret_t tls_wrap_set_servername(duk_context *ctx) {
    const char *name = duk_require_string(ctx, 0);
    nd_tls_t *t = tls_wrap_this(ctx);
    duk_push_int(ctx, mbedtls_ssl_set_hostname(&t->ssl, name));
    return 1;
}

/* wrap.servername(): server side, the SNI name the client sent, or undefined. */
static duk_ret_t tls_wrap_servername(duk_context *ctx) {
    nd_tls_t *t = tls_wrap_this(ctx);
    return tls_return_string(ctx, t->servername);
}

/* ---- errors ---- */

static const struct {
    int alert;
    const char *reason;
} tls_alerts[] = {
    { MBEDTLS_SSL_ALERT_MSG_UNEXPECTED_MESSAGE, "sslv3 alert unexpected message" },
    { MBEDTLS_SSL_ALERT_MSG_BAD_RECORD_MAC, "sslv3 alert bad record mac" },
    { MBEDTLS_SSL_ALERT_MSG_HANDSHAKE_FAILURE, "sslv3 alert handshake failure" },
    { MBEDTLS_SSL_ALERT_MSG_BAD_CERT, "sslv3 alert bad certificate" },
    { MBEDTLS_SSL_ALERT_MSG_UNSUPPORTED_CERT, "sslv3 alert unsupported certificate" },
    { MBEDTLS_SSL_ALERT_MSG_CERT_REVOKED, "sslv3 alert certificate revoked" },
    { MBEDTLS_SSL_ALERT_MSG_CERT_EXPIRED, "sslv3 alert certificate expired" },
    { MBEDTLS_SSL_ALERT_MSG_CERT_UNKNOWN, "sslv3 alert certificate unknown" },
    { MBEDTLS_SSL_ALERT_MSG_ILLEGAL_PARAMETER, "sslv3 alert illegal parameter" },
    { MBEDTLS_SSL_ALERT_MSG_UNKNOWN_CA, "tlsv1 alert unknown ca" },
    { MBEDTLS_SSL_ALERT_MSG_ACCESS_DENIED, "tlsv1 alert access denied" },
    { MBEDTLS_SSL_ALERT_MSG_DECODE_ERROR, "tlsv1 alert decode error" },
    { MBEDTLS_SSL_ALERT_MSG_DECRYPT_ERROR, "tlsv1 alert decrypt error" },
    { MBEDTLS_SSL_ALERT_MSG_PROTOCOL_VERSION, "tlsv1 alert protocol version" },
    { MBEDTLS_SSL_ALERT_MSG_INSUFFICIENT_SECURITY, "tlsv1 alert insufficient security" },
    { MBEDTLS_SSL_ALERT_MSG_INTERNAL_ERROR, "tlsv1 alert internal error" },
    { MBEDTLS_SSL_ALERT_MSG_UNRECOGNIZED_NAME, "tlsv1 unrecognized name" },
    { MBEDTLS_SSL_ALERT_MSG_NO_APPLICATION_PROTOCOL, "tlsv1 alert no application protocol" },
    { 116, "tlsv13 alert certificate required" },
};

static const struct {
    int code;
    const char *reason;
} tls_reasons[] = {
    { MBEDTLS_ERR_SSL_INVALID_RECORD, "wrong version number" },
    { MBEDTLS_ERR_SSL_BAD_HS_PROTOCOL_VERSION, "unsupported protocol" },
    { MBEDTLS_ERR_SSL_INVALID_MAC, "decryption failed or bad record mac" },
    { MBEDTLS_ERR_SSL_NO_CIPHER_CHOSEN, "no shared cipher" },
    { MBEDTLS_ERR_SSL_BAD_HS_CLIENT_HELLO, "no shared cipher" },
    { MBEDTLS_ERR_SSL_BAD_HS_CERTIFICATE, "peer did not return a certificate" },
    { MBEDTLS_ERR_SSL_NO_CLIENT_CERTIFICATE, "peer did not return a certificate" },
    { MBEDTLS_ERR_X509_CERT_VERIFY_FAILED, "certificate verify failed" },
    { MBEDTLS_ERR_SSL_UNEXPECTED_MESSAGE, "unexpected message" },
    { MBEDTLS_ERR_SSL_CONN_EOF, "unexpected eof while reading" },
    { MBEDTLS_ERR_SSL_ALLOC_FAILED, "malloc failure" },
    { MBEDTLS_ERR_SSL_PRIVATE_KEY_REQUIRED, "missing private key" },
};

/* What OpenSSL says where mbedTLS has only a generic code: a server sent HTTP, or a server that
 * found no common ALPN protocol.  NULL when neither applies. */
static const char *tls_server_reason(const nd_tls_t *t) {
    static const char *const http_starts[] = { "GET ", "POST ", "HEAD ", "PUT " };
    if (!t->server) {
        return NULL;
    }
    for (size_t i = 0; i < ND_ARRAY_SIZE(http_starts); i++) {
        size_t n = strlen(http_starts[i]);
        if (t->first_len >= n && memcmp(t->first, http_starts[i], n) == 0) {
            return "http request";
        }
    }
    if (t->first_len >= 8 && memcmp(t->first, "CONNECT ", 8) == 0) {
        return "https proxy request";
    }
    if (t->sent_alert == MBEDTLS_SSL_ALERT_MSG_NO_APPLICATION_PROTOCOL) {
        return "no application protocol";
    }
    return NULL;
}

/* wrap.errorReason(code): OpenSSL's reason text for a mbedTLS status ("wrong version number",
 * "tlsv1 alert unknown ca"), from which JavaScript makes Node's ERR_SSL_* code. */
static duk_ret_t tls_wrap_error_reason(duk_context *ctx) {
    int code = duk_require_int(ctx, 0);
    nd_tls_t *t = tls_this_ptr(ctx);
    const char *why = t != NULL ? tls_server_reason(t) : NULL;
    if (why != NULL) {
        duk_push_string(ctx, why);
        return 1;
    }
    if (code == MBEDTLS_ERR_SSL_FATAL_ALERT_MESSAGE && t != NULL) {
        for (size_t i = 0; i < ND_ARRAY_SIZE(tls_alerts); i++) {
            if (tls_alerts[i].alert == t->alert) {
                duk_push_string(ctx, tls_alerts[i].reason);
                return 1;
            }
        }
    }
    for (size_t i = 0; i < ND_ARRAY_SIZE(tls_reasons); i++) {
        if (tls_reasons[i].code == code) {
            duk_push_string(ctx, tls_reasons[i].reason);
            return 1;
        }
    }
    duk_push_sprintf(ctx, "handshake failure (mbedTLS -0x%04x)", (unsigned)-code);
    return 1;
}

/* Pushes the binding object: [ ] -> [ binding ] */
duk_ret_t nd_open_tls_wrap(duk_context *ctx) {
    static const duk_function_list_entry context_methods[] = {
        { "addCACert", tls_context_add_ca, 1 },
        { "setCert", tls_context_set_cert, 1 },
        { "setKey", tls_context_set_key, 2 },
        { "certificate", tls_context_certificate, 0 },
        { NULL, NULL, 0 }
    };
    static const duk_function_list_entry wrap_methods[] = {
        { "receive", tls_wrap_receive, 1 },
        { "handshake", tls_wrap_handshake, 0 },
        { "read", tls_wrap_read, 0 },
        { "write", tls_wrap_write, 1 },
        { "takeOutput", tls_wrap_take_output, 0 },
        { "closeNotify", tls_wrap_close_notify, 0 },
        { "close", tls_wrap_close, 0 },
        { "verifyError", tls_wrap_verify_error, 0 },
        { "peerCertificates", tls_wrap_peer_certificates, 0 },
        { "protocol", tls_wrap_protocol, 0 },
        { "cipher", tls_wrap_cipher, 0 },
        { "alpnProtocol", tls_wrap_alpn_protocol, 0 },
        { "servername", tls_wrap_servername, 0 },
        { "setServername", tls_wrap_set_servername, 1 },
        { "errorReason", tls_wrap_error_reason, 1 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);                                    /* [ binding ] */
    duk_push_c_function(ctx, tls_context_constructor, 0);    /* [ binding SecureContext ] */
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, context_methods);
    duk_put_prop_literal(ctx, -2, "prototype");
    duk_put_prop_literal(ctx, -2, "SecureContext");
    duk_push_c_function(ctx, tls_wrap_constructor, 5);       /* [ binding TLSWrap ] */
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, wrap_methods);
    duk_put_prop_literal(ctx, -2, "prototype");
    duk_put_prop_literal(ctx, -2, "TLSWrap");
    return 1;
}
