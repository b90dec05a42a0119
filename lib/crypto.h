/*
 * lib/crypto.h: helpers lib/crypto.c shares with the other crypto bindings (lib/cipher.c,
 * lib/pk.c, lib/tls_wrap.c): reading bytes from JS, returning ArrayBuffers, and the random source.
 */
#ifndef ND_LIB_CRYPTO_H
#define ND_LIB_CRYPTO_H

#include "nd.h"

/* Returns the bytes of the string (as UTF-8) or buffer object at idx; throws on anything else.
 * A string may be replaced in its slot by its UTF-8 bytes (nd_get_utf8).  The pointer is
 * borrowed: valid while the value stays at idx. */
const unsigned char *nd_crypto_get_bytes(duk_context *ctx, duk_idx_t idx, size_t *len);

/* Pushes an ArrayBuffer of n bytes and returns its data.  [ ] -> [ ab ] */
unsigned char *nd_crypto_push_array_buffer(duk_context *ctx, size_t n);

/* Fills p[0..n) from getrandom().  Returns 0 or -errno. */
int nd_crypto_random(unsigned char *p, size_t n);

/* An mbedTLS f_rng over nd_crypto_random (p_rng is unused).  Returns 0, or mbedTLS's entropy
 * failure code. */
int nd_crypto_rng(void *p_rng, unsigned char *out, size_t n);

#endif /* ND_LIB_CRYPTO_H */
