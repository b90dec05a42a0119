/*
 * lib/tls_cert.h: the certificate helpers lib/tls_wrap.c uses (lib/tls_cert.c).
 */
#ifndef ND_LIB_TLS_CERT_H
#define ND_LIB_TLS_CERT_H

#include "nd.h"

#include <mbedtls/x509_crt.h>

/* Pushes the fields getPeerCertificate() reports for crt (raw as a Uint8Array).
 * [ ] -> [ obj ] */
void nd_tls_push_cert(duk_context *ctx, const mbedtls_x509_crt *crt);

/* Returns OpenSSL's code for a chain that did not verify to a trusted root, judged from the
 * certificates the peer sent (leaf first): a self-signed leaf, a self-signed root in the chain,
 * or an unknown issuer of a lone leaf or of a longer chain.  A static string. */
const char *nd_tls_untrusted_code(const mbedtls_x509_crt *peer);

#endif /* ND_LIB_TLS_CERT_H */
