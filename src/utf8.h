/*
 * src/utf8.h: UTF-8 <-> Duktape (CESU-8) string bytes; see src/utf8.c.
 */
#ifndef ND_UTF8_H
#define ND_UTF8_H

#include <stddef.h>

/* Returns the output size that nd_utf8_to_cesu can need for len input bytes. */
size_t nd_utf8_to_cesu_bound(size_t len);
/* Decodes UTF-8 into out (nd_utf8_to_cesu_bound(len) bytes); returns the bytes written. */
size_t nd_utf8_to_cesu(const unsigned char *in, size_t len, char *out);
/* Returns non-zero when a Duktape string may hold surrogates that need nd_cesu_to_utf8. */
int nd_cesu_needs_fix(const unsigned char *in, size_t len);
/* Encodes Duktape string bytes as UTF-8 into out (at most len bytes); returns bytes written. */
size_t nd_cesu_to_utf8(const unsigned char *in, size_t len, char *out);

#endif /* ND_UTF8_H */
