/*
 * Stand-ins for mbedTLS's test certificates.
 *
 * Debian's libmbedx509.a keeps mbedtls_x509_self_test() in the same object as the X.509
 * functions TLS needs, and the self-test names four of the sample certificates of certs.c.
 * Defining them here keeps the linker from pulling in certs.c.o: 54 KB of sample keys and
 * certificates nodule never uses.  The self-test is never called.
 */
#include <stddef.h>

extern const char mbedtls_test_ca_crt[];
extern const size_t mbedtls_test_ca_crt_len;
extern const char mbedtls_test_cli_crt[];
extern const size_t mbedtls_test_cli_crt_len;

const char mbedtls_test_ca_crt[] = "";
const size_t mbedtls_test_ca_crt_len = 0;
const char mbedtls_test_cli_crt[] = "";
const size_t mbedtls_test_cli_crt_len = 0;
