/*
 * lib/crypto.h: what lib/crypto.c shares with other bindings: the process's random source, which
 * lib/tls_wrap.c also seeds its generators from.
 */
#ifndef ND_LIB_CRYPTO_H
#define ND_LIB_CRYPTO_H

#include <stddef.h>

/* Fills p[0..n) from getrandom().  Returns 0 or -errno. */
int nd_crypto_random(unsigned char *p, size_t n);

#endif /* ND_LIB_CRYPTO_H */
