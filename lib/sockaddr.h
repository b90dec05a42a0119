/*
 * lib/sockaddr.h: socket addresses shared by the socket bindings (lib/tcp.c, lib/udp.c):
 * numeric host strings to sockaddr and back to the { address, family, port } objects Node's
 * address() methods return.
 */
#ifndef ND_LIB_SOCKADDR_H
#define ND_LIB_SOCKADDR_H

#include "nd.h"

#include <sys/socket.h>

/* Parses a numeric host ("127.0.0.1", "::1", "fe80::1%eth0") and port into ss and len.  family
 * 4 or 6 accepts only that family, 0 either.  Returns 0 or -EINVAL. */
int nd_sockaddr_parse(const char *host, int port, int family, struct sockaddr_storage *ss,
                      socklen_t *len);

/* Pushes { address, family: 'IPv4' | 'IPv6', port }, or the path string of a Unix-domain
 * address.  [ ... ] -> [ ... obj ] */
void nd_push_sockaddr(duk_context *ctx, const struct sockaddr_storage *ss);

/* Pushes the local (peer 0) or remote (peer 1) address of socket fd as nd_push_sockaddr does.
 * Returns 0, or -errno with nothing pushed.  [ ... ] -> [ ... obj ] */
int nd_push_sockname(duk_context *ctx, int fd, int peer);

#endif /* ND_LIB_SOCKADDR_H */
