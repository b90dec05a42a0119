/*
 * lib/sockaddr.c: socket addresses for the socket bindings (lib/sockaddr.h).
 */
#include "sockaddr.h"

#include <arpa/inet.h>
#include <errno.h>
#include <net/if.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/un.h>

/* Parses an IPv6 address with an optional %zone (an interface name or index) into in6.
 * Returns 1 when it parsed, 0 otherwise. */
static int sockaddr_parse6(const char *host, struct sockaddr_in6 *in6) {
    char buf[INET6_ADDRSTRLEN + IF_NAMESIZE + 2];
    const char *zone = strchr(host, '%');
    size_t n = zone != NULL ? (size_t)(zone - host) : strlen(host);
    if (n >= sizeof(buf)) {
        return 0;
    }
    memcpy(buf, host, n);
    buf[n] = '\0';
    if (inet_pton(AF_INET6, buf, &in6->sin6_addr) != 1) {
        return 0;
    }
    if (zone != NULL) {
        /* As libuv's uv_ip6_addr: a name is looked up, anything else read as a number. */
        unsigned idx = if_nametoindex(zone + 1);
        in6->sin6_scope_id = idx != 0 ? idx : (unsigned)atoi(zone + 1);
    }
    return 1;
}

int nd_sockaddr_parse(const char *host, int port, int family, struct sockaddr_storage *ss,
                      socklen_t *len) {
    memset(ss, 0, sizeof(*ss));
    struct sockaddr_in *in4 = (struct sockaddr_in *)ss;
    struct sockaddr_in6 *in6 = (struct sockaddr_in6 *)ss;
    if (family != 6 && inet_pton(AF_INET, host, &in4->sin_addr) == 1) {
        in4->sin_family = AF_INET;
        in4->sin_port = htons((uint16_t)port);
        *len = sizeof(*in4);
        return 0;
    }
    if (family != 4 && sockaddr_parse6(host, in6)) {
        in6->sin6_family = AF_INET6;
        in6->sin6_port = htons((uint16_t)port);
        *len = sizeof(*in6);
        return 0;
    }
    return -EINVAL;
}

void nd_push_sockaddr(duk_context *ctx, const struct sockaddr_storage *ss) {
    char buf[INET6_ADDRSTRLEN];
    if (ss->ss_family == AF_UNIX) {
        /* Node's server.address() of a Unix socket is its path, a string. */
        duk_push_string(ctx, ((const struct sockaddr_un *)ss)->sun_path);
        return;
    }
    const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *)ss;
    const struct sockaddr_in *in4 = (const struct sockaddr_in *)ss;
    int is6 = ss->ss_family == AF_INET6;
    inet_ntop(ss->ss_family, is6 ? (const void *)&in6->sin6_addr : (const void *)&in4->sin_addr,
              buf, sizeof(buf));
    duk_push_object(ctx);
    duk_push_string(ctx, buf);
    duk_put_prop_literal(ctx, -2, "address");
    duk_push_string(ctx, is6 ? "IPv6" : "IPv4");
    duk_put_prop_literal(ctx, -2, "family");
    duk_push_int(ctx, ntohs(is6 ? in6->sin6_port : in4->sin_port));
    duk_put_prop_literal(ctx, -2, "port");
}

int nd_push_sockname(duk_context *ctx, int fd, int peer) {
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    memset(&ss, 0, sizeof(ss));
    if (fd < 0) {
        return -EBADF;
    }
    if ((peer ? getpeername(fd, (struct sockaddr *)&ss, &len)
              : getsockname(fd, (struct sockaddr *)&ss, &len)) != 0) {
        return -errno;
    }
    nd_push_sockaddr(ctx, &ss);
    return 0;
}
