/*
 * lib/udp.c: native side of 'dgram': UDP handles on libevent.
 *
 * One UDP object wraps one non-blocking datagram socket of the family it was made for
 * (new UDP(4) or new UDP(6)); the socket itself is created by the first bind, as libuv creates
 * it.  js/dgram.js owns Node's semantics (Socket, binding state, the send queue while binding,
 * name lookup, errors); this file only binds, connects, sends, receives, sets options and
 * closes, and calls back on the JS objects:
 *   handle.onmessage(nread, bytes, rinfo)   a datagram (nread >= 0 bytes) or a receive error
 *   req.oncomplete(status, size)            a send that had to wait for the socket finished
 *                                           (size is the datagram's, even on failure, as Node's)
 * send() writes at once when the kernel takes the datagram (returning its length + 1, as Node's
 * binding does) and otherwise copies it into a queue that drains when the socket is writable.
 * Life cycle (docs/architecture.md, lib/handle.h): the JS object is pinned (nd_ref) from the
 * moment it owns a socket until close() has completed; it keeps the loop alive only while ref'd
 * and receiving or sending.  close() stops everything at once and finishes on the next loop
 * turn, where queued sends complete with ECANCELED, so a struct is never freed under a running
 * callback; the finalizer frees it once it is both closed and finalized.
 */
#include "nd.h"
#include "bindings.h"
#include "handle.h"
#include "sockaddr.h"

#include <errno.h>
#include <event2/event.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

#define UDP_RECV_SIZE 65536
#define UDP_RECV_BATCH 32   /* datagrams read per wake-up, as libuv */
#define UDP_MAX_IOV 1024     /* Linux UIO_MAXIOV: sendmsg takes no more */
#define UDP_FLAG_REUSEADDR 4 /* Node's UV_UDP_REUSEADDR */
#define UDP_FLAG_IPV6ONLY 1  /* Node's UV_UDP_IPV6ONLY */

typedef struct udp_send_s {
    struct udp_send_s *next;
    int req;                 /* nd_ref of the JS request whose oncomplete is called, 0 for none */
    struct sockaddr_storage to;
    socklen_t tolen;         /* 0 on a connected socket */
    size_t len;
    char data[];
} udp_send_t;

typedef struct nd_udp_s {
    nd_handle_t h;           /* first: the shared life cycle (lib/handle.h) */
    int family;              /* AF_INET or AF_INET6, from the constructor */
    struct event *rev;       /* receive, persistent */
    struct event *wev;       /* writability while sends are queued */
    udp_send_t *sq_head;
    udp_send_t *sq_tail;
    size_t sq_bytes;
    size_t sq_count;
    udp_send_t *cancelled;   /* sends dropped by close(), completed on the next turn */
    unsigned receiving : 1;
} nd_udp_t;

/* ---- life cycle ---- */

static int udp_active(nd_handle_t *h) {
    nd_udp_t *u = (nd_udp_t *)h;
    return u->receiving || u->sq_head != NULL;
}

static void udp_update_ref(nd_udp_t *u) {
    nd_handle_update_ref(&u->h);
}

static void udp_free_events(nd_udp_t *u) {
    if (u->rev != NULL) {
        event_free(u->rev);
        u->rev = NULL;
    }
    if (u->wev != NULL) {
        event_free(u->wev);
        u->wev = NULL;
    }
}

/* Frees a list of sends, releasing their requests unless the heap is going away. */
static void udp_free_sends(nd_udp_t *u, udp_send_t *s) {
    while (s != NULL) {
        udp_send_t *next = s->next;
        if (!u->h.finalized) {
            nd_unref(u->h.ctx, s->req);
        }
        free(s);
        s = next;
    }
}

static void udp_discard(nd_handle_t *h) {
    nd_udp_t *u = (nd_udp_t *)h;
    udp_free_events(u);
    udp_free_sends(u, u->sq_head);
    udp_free_sends(u, u->cancelled);
    u->sq_head = u->sq_tail = u->cancelled = NULL;
}

static void udp_closed(nd_handle_t *h);

static const nd_handle_ops_t udp_ops = { "UDP", udp_active, udp_discard, udp_closed };

/* Returns the handle of `this`, or NULL once close() was called. */
static nd_udp_t *udp_this(duk_context *ctx) {
    return nd_handle_this(ctx);
}

/* Like udp_this, for calls that need the socket: sets *err to -EBADF when there is none. */
static nd_udp_t *udp_this_fd(duk_context *ctx, int *err) {
    nd_udp_t *u = udp_this(ctx);
    *err = u == NULL || u->h.fd < 0 ? -EBADF : 0;
    return *err == 0 ? u : NULL;
}

/* new UDP(family): [ 4 | 6 ] -> this gets an empty handle (no socket yet). */
static duk_ret_t udp_constructor(duk_context *ctx) {
    nd_udp_t *u = nd_handle_construct(ctx, sizeof(nd_udp_t), &udp_ops);
    u->family = duk_get_int_default(ctx, 0, 4) == 6 ? AF_INET6 : AF_INET;
    return 0;
}

/* Creates the handle's socket if it has none, and pins `this`.  Returns 0 or -errno. */
static int udp_ensure_socket(duk_context *ctx, nd_udp_t *u) {
    if (u->h.fd >= 0) {
        return 0;
    }
    duk_push_this(ctx); /* before the socket exists, so an out-of-memory throw leaks nothing */
    int fd = socket(u->family, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        duk_pop(ctx);
        return -errno;
    }
    nd_handle_adopt(ctx, -1, &u->h, fd);
    duk_pop(ctx);
    return 0;
}

/* Parses host and port in the handle's family.  Returns 0 or -EINVAL. */
static int udp_parse(nd_udp_t *u, const char *host, int port, struct sockaddr_storage *ss,
                     socklen_t *len) {
    return nd_sockaddr_parse(host, port, u->family == AF_INET6 ? 6 : 4, ss, len);
}

/* ---- calling back into JavaScript ---- */

typedef struct udp_call_s {
    nd_udp_t *u;
    int req;             /* req.oncomplete(status, sent) when non-zero, else handle.onmessage */
    int status;          /* onmessage: nread (< 0 an error); oncomplete: 0 or -errno */
    size_t sent;
    const char *data;
    const struct sockaddr_storage *from;
} udp_call_t;

static void udp_call_body(duk_context *ctx, void *udata) {
    udp_call_t *c = udata;
    if (c->req != 0) {
        nd_push_ref(ctx, c->req);                      /* [ req ] */
        nd_unref(ctx, c->req);
        duk_get_prop_literal(ctx, -1, "oncomplete");
        duk_swap_top(ctx, -2);                         /* [ fn req ] */
        duk_push_int(ctx, c->status);
        duk_push_number(ctx, (double)c->sent);
        duk_call_method(ctx, 2);
        duk_pop(ctx);
        return;
    }
    nd_push_ref(ctx, c->u->h.self);                    /* [ handle ] */
    duk_get_prop_literal(ctx, -1, "onmessage");
    if (!duk_is_function(ctx, -1)) {
        duk_pop_2(ctx);
        return;
    }
    duk_swap_top(ctx, -2);                             /* [ fn handle ] */
    duk_push_int(ctx, c->status);
    if (c->status >= 0) {
        void *buf = duk_push_fixed_buffer(ctx, (duk_size_t)c->status);
        if (c->status > 0) {
            memcpy(buf, c->data, (size_t)c->status);
        }
        duk_push_buffer_object(ctx, -1, 0, (duk_size_t)c->status, DUK_BUFOBJ_UINT8ARRAY);
        duk_remove(ctx, -2);
        nd_push_sockaddr(ctx, c->from);                /* [ fn handle nread bytes rinfo ] */
    } else {
        duk_push_undefined(ctx);
        duk_push_undefined(ctx);
    }
    duk_call_method(ctx, 3);
    duk_pop(ctx);
}

static void udp_complete(nd_udp_t *u, int req, int status, size_t sent) {
    if (req != 0) {
        udp_call_t c = { .u = u, .req = req, .status = status, .sent = sent };
        nd_invoke(u->h.ctx, udp_call_body, &c);
    }
}

/* ---- receiving ---- */

static void udp_recv_cb(evutil_socket_t fd, short what, void *arg) {
    (void)what;
    nd_udp_t *u = arg;
    char buf[UDP_RECV_SIZE];
    for (int i = 0; i < UDP_RECV_BATCH && u->receiving && !u->h.closing; i++) {
        struct sockaddr_storage from;
        socklen_t fromlen = sizeof(from);
        memset(&from, 0, sizeof(from));
        ssize_t n = recvfrom(fd, buf, sizeof(buf), 0, (struct sockaddr *)&from, &fromlen);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return;
        }
        udp_call_t c = { .u = u, .status = n < 0 ? -errno : (int)n, .data = buf, .from = &from };
        nd_invoke(u->h.ctx, udp_call_body, &c);
    }
}

/* handle.recvStart(): [ ] -> [ status ] */
static duk_ret_t udp_recv_start(duk_context *ctx) {
    int err;
    nd_udp_t *u = udp_this_fd(ctx, &err);
    if (u != NULL && !u->receiving) {
        if (u->rev == NULL) {
            u->rev = event_new(nd_rt(ctx)->base, u->h.fd, EV_READ | EV_PERSIST, udp_recv_cb, u);
        }
        if (u->rev == NULL) {
            err = -ENOMEM;
        } else {
            event_add(u->rev, NULL);
            u->receiving = 1;
            udp_update_ref(u);
        }
    }
    duk_push_int(ctx, err);
    return 1;
}

/* handle.recvStop(): [ ] -> [ 0 ] */
static duk_ret_t udp_recv_stop(duk_context *ctx) {
    nd_udp_t *u = udp_this(ctx);
    if (u != NULL && u->receiving) {
        event_del(u->rev);
        u->receiving = 0;
        udp_update_ref(u);
    }
    duk_push_int(ctx, 0);
    return 1;
}

/* ---- sending ---- */

/* Sends one datagram made of iov to `to` (NULL on a connected socket).  Returns the bytes sent,
 * -EAGAIN when the socket is full, or another -errno. */
static ssize_t udp_sendmsg(int fd, struct iovec *iov, int iovcnt, const struct sockaddr_storage *to,
                           socklen_t tolen) {
    struct msghdr msg;
    memset(&msg, 0, sizeof(msg));
    msg.msg_name = tolen != 0 ? (void *)to : NULL;
    msg.msg_namelen = tolen;
    msg.msg_iov = iov;
    msg.msg_iovlen = (size_t)iovcnt;
    for (;;) {
        ssize_t n = sendmsg(fd, &msg, 0);
        if (n >= 0) {
            return n;
        }
        if (errno != EINTR) {
            return errno == EWOULDBLOCK ? -EAGAIN : -errno;
        }
    }
}

/* Sends what the queue holds while the socket takes it, completing each send in order. */
static void udp_write_cb(evutil_socket_t fd, short what, void *arg) {
    (void)what;
    nd_udp_t *u = arg;
    while (u->sq_head != NULL && !u->h.closing) {
        udp_send_t *s = u->sq_head;
        struct iovec iov = { s->data, s->len };
        ssize_t n = udp_sendmsg(fd, &iov, 1, &s->to, s->tolen);
        if (n == -EAGAIN) {
            return;
        }
        u->sq_head = s->next;
        if (u->sq_head == NULL) {
            u->sq_tail = NULL;
            event_del(u->wev);
        }
        u->sq_bytes -= s->len;
        u->sq_count--;
        int req = s->req;
        size_t len = s->len;
        free(s);
        udp_update_ref(u);
        udp_complete(u, req, n < 0 ? (int)n : 0, len);
    }
}

/* Queues a copy of the datagram, pinning the request at req_idx when it wants a callback.
 * Returns 0 or -ENOMEM. */
static int udp_enqueue(duk_context *ctx, nd_udp_t *u, struct iovec *iov, int iovcnt, size_t len,
                       const struct sockaddr_storage *to, socklen_t tolen, duk_idx_t req_idx) {
    if (u->wev == NULL) {
        u->wev = event_new(nd_rt(ctx)->base, u->h.fd, EV_WRITE | EV_PERSIST, udp_write_cb, u);
        if (u->wev == NULL) {
            return -ENOMEM;
        }
    }
    /* the ref first: it can throw (no memory), which must not leak the block */
    int req = req_idx != DUK_INVALID_INDEX ? nd_ref(ctx, req_idx) : 0;
    udp_send_t *s = malloc(sizeof(*s) + len);
    if (s == NULL) {
        nd_unref(ctx, req);
        return -ENOMEM;
    }
    size_t off = 0;
    for (int i = 0; i < iovcnt; i++) {
        memcpy(s->data + off, iov[i].iov_base, iov[i].iov_len);
        off += iov[i].iov_len;
    }
    s->len = len;
    s->to = *to;
    s->tolen = tolen;
    s->next = NULL;
    s->req = req;
    if (u->sq_tail != NULL) {
        u->sq_tail->next = s;
    } else {
        u->sq_head = s;
        event_add(u->wev, NULL);
    }
    u->sq_tail = s;
    u->sq_bytes += len;
    u->sq_count++;
    udp_update_ref(u);
    return 0;
}

/* handle.send(req, list, port, address, wantCallback): [ req arr port addr bool ] ->
 *   [ length + 1 (sent now) | 0 (queued: req.oncomplete(status, sent) follows) | -errno ]
 * port 0 sends on the connected socket.  list holds Uint8Arrays (Buffers). */
static duk_ret_t udp_send(duk_context *ctx) {
    struct iovec iov[UDP_MAX_IOV];
    struct sockaddr_storage to;
    socklen_t tolen = 0;
    duk_require_object(ctx, 0);
    duk_require_object(ctx, 1);
    int port = duk_get_int_default(ctx, 2, 0);
    const char *host = port != 0 ? duk_require_string(ctx, 3) : NULL;
    int want_cb = duk_to_boolean(ctx, 4);
    duk_size_t count = duk_get_length(ctx, 1);
    int err;
    nd_udp_t *u = udp_this_fd(ctx, &err);
    if (err == 0 && count > UDP_MAX_IOV) {
        err = -EMSGSIZE;
    }
    if (err == 0 && host != NULL) {
        err = udp_parse(u, host, port, &to, &tolen);
    }
    if (err < 0) {
        duk_push_int(ctx, err);
        return 1;
    }
    if (tolen == 0) {
        memset(&to, 0, sizeof(to));
    }
    size_t total = 0;
    for (duk_size_t i = 0; i < count; i++) {
        duk_size_t n = 0;
        duk_get_prop_index(ctx, 1, (duk_uarridx_t)i);
        /* The array keeps each buffer reachable, so its data pointer outlives the pop. */
        iov[i].iov_base = duk_require_buffer_data(ctx, -1, &n);
        iov[i].iov_len = n;
        total += n;
        duk_pop(ctx);
    }
    if (u->sq_head == NULL) {
        ssize_t n = udp_sendmsg(u->h.fd, iov, (int)count, &to, tolen);
        if (n != -EAGAIN) {
            duk_push_number(ctx, n < 0 ? (double)n : (double)n + 1);
            return 1;
        }
    }
    err = udp_enqueue(ctx, u, iov, (int)count, total, &to, tolen,
                      want_cb ? 0 : DUK_INVALID_INDEX);
    duk_push_int(ctx, err);
    return 1;
}

/* handle.getSendQueueSize() / getSendQueueCount(): [ ] -> [ n ] */
static duk_ret_t udp_get_send_queue_size(duk_context *ctx) {
    nd_udp_t *u = udp_this(ctx);
    duk_push_number(ctx, u != NULL ? (double)u->sq_bytes : 0);
    return 1;
}

static duk_ret_t udp_get_send_queue_count(duk_context *ctx) {
    nd_udp_t *u = udp_this(ctx);
    duk_push_number(ctx, u != NULL ? (double)u->sq_count : 0);
    return 1;
}

/* ---- binding and connecting ---- */

/* handle.bind(address, port, flags): [ str n n ] -> [ status ]  The port is taken modulo
 * 65536, as Node's binding takes it. */
static duk_ret_t udp_bind(duk_context *ctx) {
    const char *host = duk_require_string(ctx, 0);
    int port = (uint16_t)duk_to_uint32(ctx, 1);
    int flags = duk_get_int_default(ctx, 2, 0);
    nd_udp_t *u = udp_this(ctx);
    struct sockaddr_storage ss;
    socklen_t len;
    int err = u == NULL ? -EBADF : u->h.fd >= 0 ? -EINVAL : udp_parse(u, host, port, &ss, &len);
    if (err == 0) {
        err = udp_ensure_socket(ctx, u);
    }
    if (err == 0) {
        int on = 1;
        if ((flags & UDP_FLAG_REUSEADDR) &&
            setsockopt(u->h.fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) != 0) {
            err = -errno;
        }
        if (err == 0 && (flags & UDP_FLAG_IPV6ONLY) && u->family == AF_INET6 &&
            setsockopt(u->h.fd, IPPROTO_IPV6, IPV6_V6ONLY, &on, sizeof(on)) != 0) {
            err = -errno;
        }
        if (err == 0 && bind(u->h.fd, (struct sockaddr *)&ss, len) != 0) {
            err = -errno;
        }
    }
    duk_push_int(ctx, err);
    return 1;
}

/* handle.open(fd): [ fd ] -> [ status ]  Adopts an existing datagram socket (bind({ fd })),
 * made non-blocking; the handle owns and closes it from here. */
static duk_ret_t udp_open(duk_context *ctx) {
    int fd = duk_require_int(ctx, 0);
    nd_udp_t *u = udp_this(ctx);
    struct sockaddr_storage ss;
    socklen_t len = sizeof(ss);
    int err = u == NULL ? -EBADF : u->h.fd >= 0 ? -EBUSY : 0;
    int flags = err == 0 ? fcntl(fd, F_GETFL) : 0;
    if (err == 0 && (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) != 0 ||
                     getsockname(fd, (struct sockaddr *)&ss, &len) != 0)) {
        err = -errno;
    }
    if (err == 0) {
        u->family = ss.ss_family == AF_INET6 ? AF_INET6 : AF_INET;
        duk_push_this(ctx);
        nd_handle_adopt(ctx, -1, &u->h, fd);
        duk_pop(ctx);
    }
    duk_push_int(ctx, err);
    return 1;
}

/* handle.connect(address, port): [ str n ] -> [ status ] */
static duk_ret_t udp_connect(duk_context *ctx) {
    const char *host = duk_require_string(ctx, 0);
    int port = duk_require_int(ctx, 1);
    int err;
    nd_udp_t *u = udp_this_fd(ctx, &err);
    struct sockaddr_storage ss;
    socklen_t len;
    if (err == 0) {
        err = udp_parse(u, host, port, &ss, &len);
    }
    if (err == 0 && connect(u->h.fd, (struct sockaddr *)&ss, len) != 0) {
        err = -errno;
    }
    duk_push_int(ctx, err);
    return 1;
}

/* handle.disconnect(): [ ] -> [ status ]  Dissolves the association (connect to AF_UNSPEC). */
static duk_ret_t udp_disconnect(duk_context *ctx) {
    int err;
    nd_udp_t *u = udp_this_fd(ctx, &err);
    if (err == 0) {
        struct sockaddr sa;
        memset(&sa, 0, sizeof(sa));
        sa.sa_family = AF_UNSPEC;
        /* Linux reports EAFNOSUPPORT on success here; libuv ignores it too. */
        if (connect(u->h.fd, &sa, sizeof(sa)) != 0 && errno != EAFNOSUPPORT) {
            err = -errno;
        }
    }
    duk_push_int(ctx, err);
    return 1;
}

static duk_ret_t udp_getname(duk_context *ctx, int peer) {
    nd_udp_t *u = udp_this(ctx);
    int err = nd_push_sockname(ctx, u != NULL ? u->h.fd : -1, peer);
    if (err < 0) {
        duk_push_int(ctx, err);
    }
    return 1;
}

/* handle.getsockname() / getpeername(): [ ] -> [ {address, family, port} | -errno ] */
static duk_ret_t udp_getsockname(duk_context *ctx) {
    return udp_getname(ctx, 0);
}

static duk_ret_t udp_getpeername(duk_context *ctx) {
    return udp_getname(ctx, 1);
}

/* ---- options ---- */

/* Sets an int socket option on the handle's socket.  [ ... ] -> [ ... status ] */
static duk_ret_t udp_push_setopt(duk_context *ctx, int level, int name, int value) {
    int err;
    nd_udp_t *u = udp_this_fd(ctx, &err);
    if (err == 0 && setsockopt(u->h.fd, level, name, &value, sizeof(value)) != 0) {
        err = -errno;
    }
    duk_push_int(ctx, err);
    return 1;
}

/* Returns non-zero when the handle's socket is IPv6 (libuv's UV_HANDLE_IPV6). */
static int udp_is6(duk_context *ctx) {
    nd_udp_t *u = udp_this(ctx);
    return u != NULL && u->family == AF_INET6;
}

/* handle.setBroadcast(on): [ bool ] -> [ status ] */
static duk_ret_t udp_set_broadcast(duk_context *ctx) {
    return udp_push_setopt(ctx, SOL_SOCKET, SO_BROADCAST, duk_to_boolean(ctx, 0));
}

/* Sets a hop limit between min and 255 (libuv's ranges): opt6 on an IPv6 socket, opt4 on an
 * IPv4 one.  [ n ] -> [ n status ] */
static duk_ret_t udp_set_hops(duk_context *ctx, int min, int opt6, int opt4) {
    int ttl = duk_to_int(ctx, 0);
    if (ttl < min || ttl > 255) {
        duk_push_int(ctx, -EINVAL);
        return 1;
    }
    if (udp_is6(ctx)) {
        return udp_push_setopt(ctx, IPPROTO_IPV6, opt6, ttl);
    }
    return udp_push_setopt(ctx, IPPROTO_IP, opt4, ttl);
}

/* handle.setTTL(n): [ n ] -> [ status ]  1 to 255. */
static duk_ret_t udp_set_ttl(duk_context *ctx) {
    return udp_set_hops(ctx, 1, IPV6_UNICAST_HOPS, IP_TTL);
}

/* handle.setMulticastTTL(n): [ n ] -> [ status ]  0 to 255. */
static duk_ret_t udp_set_multicast_ttl(duk_context *ctx) {
    return udp_set_hops(ctx, 0, IPV6_MULTICAST_HOPS, IP_MULTICAST_TTL);
}

/* handle.setMulticastLoopback(on): [ bool ] -> [ status ] */
static duk_ret_t udp_set_multicast_loopback(duk_context *ctx) {
    int on = duk_to_boolean(ctx, 0);
    if (udp_is6(ctx)) {
        return udp_push_setopt(ctx, IPPROTO_IPV6, IPV6_MULTICAST_LOOP, on);
    }
    return udp_push_setopt(ctx, IPPROTO_IP, IP_MULTICAST_LOOP, on);
}

/* handle.setMulticastInterface(address): [ str ] -> [ status ]  The address's family picks
 * the option, as in libuv: an IPv4 address, or an IPv6 one whose %zone names the interface. */
static duk_ret_t udp_set_multicast_interface(duk_context *ctx) {
    const char *host = duk_require_string(ctx, 0);
    int err;
    nd_udp_t *u = udp_this_fd(ctx, &err);
    struct sockaddr_storage ss;
    socklen_t len;
    if (err == 0) {
        err = nd_sockaddr_parse(host, 0, 0, &ss, &len);
    }
    if (err == 0) {
        int rc;
        if (ss.ss_family == AF_INET6) {
            unsigned idx = ((struct sockaddr_in6 *)&ss)->sin6_scope_id;
            rc = setsockopt(u->h.fd, IPPROTO_IPV6, IPV6_MULTICAST_IF, &idx, sizeof(idx));
        } else {
            struct in_addr a = ((struct sockaddr_in *)&ss)->sin_addr;
            rc = setsockopt(u->h.fd, IPPROTO_IP, IP_MULTICAST_IF, &a, sizeof(a));
        }
        err = rc == 0 ? 0 : -errno;
    }
    duk_push_int(ctx, err);
    return 1;
}

/* Binds a handle without a socket to the any address with SO_REUSEADDR, as libuv does before
 * joining a group.  Returns 0 or -errno. */
static int udp_bind_any(duk_context *ctx, nd_udp_t *u) {
    struct sockaddr_storage any;
    socklen_t len;
    int on = 1;
    if (u->h.fd >= 0) {
        return 0;
    }
    int err = udp_ensure_socket(ctx, u);
    if (err == 0) {
        err = nd_sockaddr_parse(u->family == AF_INET6 ? "::" : "0.0.0.0", 0, 0, &any, &len);
    }
    if (err == 0 && setsockopt(u->h.fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on)) != 0) {
        err = -errno;
    }
    if (err == 0) {
        err = bind(u->h.fd, (struct sockaddr *)&any, len) == 0 ? 0 : -errno;
    }
    return err;
}

/* Joins or leaves a group: the socket is bound to the any address first if it is not yet, as
 * libuv does.  [ group iface ] -> [ status ] */
static duk_ret_t udp_membership(duk_context *ctx, int join) {
    const char *group = duk_require_string(ctx, 0);
    const char *iface = duk_is_string(ctx, 1) ? duk_get_string(ctx, 1) : NULL;
    nd_udp_t *u = udp_this(ctx);
    struct sockaddr_storage g;
    struct sockaddr_storage i;
    socklen_t len;
    int err = u == NULL ? -EBADF : nd_sockaddr_parse(group, 0, 0, &g, &len);
    if (err == 0) {
        err = udp_bind_any(ctx, u);
    }
    if (err == 0 && iface != NULL) {
        err = nd_sockaddr_parse(iface, 0, g.ss_family == AF_INET6 ? 6 : 4, &i, &len);
    }
    if (err == 0 && g.ss_family == AF_INET6) {
        struct ipv6_mreq mreq;
        memset(&mreq, 0, sizeof(mreq));
        mreq.ipv6mr_multiaddr = ((struct sockaddr_in6 *)&g)->sin6_addr;
        mreq.ipv6mr_interface = iface != NULL ? ((struct sockaddr_in6 *)&i)->sin6_scope_id : 0;
        if (setsockopt(u->h.fd, IPPROTO_IPV6, join ? IPV6_ADD_MEMBERSHIP : IPV6_DROP_MEMBERSHIP,
                       &mreq, sizeof(mreq)) != 0) {
            err = -errno;
        }
    } else if (err == 0) {
        struct ip_mreq mreq;
        memset(&mreq, 0, sizeof(mreq));
        mreq.imr_multiaddr = ((struct sockaddr_in *)&g)->sin_addr;
        mreq.imr_interface.s_addr =
            iface != NULL ? ((struct sockaddr_in *)&i)->sin_addr.s_addr : htonl(INADDR_ANY);
        if (setsockopt(u->h.fd, IPPROTO_IP, join ? IP_ADD_MEMBERSHIP : IP_DROP_MEMBERSHIP, &mreq,
                       sizeof(mreq)) != 0) {
            err = -errno;
        }
    }
    duk_push_int(ctx, err);
    return 1;
}

/* handle.addMembership(group, iface) / dropMembership(group, iface) */
static duk_ret_t udp_add_membership(duk_context *ctx) {
    return udp_membership(ctx, 1);
}

static duk_ret_t udp_drop_membership(duk_context *ctx) {
    return udp_membership(ctx, 0);
}

/* Joins or leaves a source-specific group; the group's family picks the option, and the
 * socket is bound first as for udp_membership.  [ source group iface ] -> [ status ] */
static duk_ret_t udp_source_membership(duk_context *ctx, int join) {
    const char *source = duk_require_string(ctx, 0);
    const char *group = duk_require_string(ctx, 1);
    const char *iface = duk_is_string(ctx, 2) ? duk_get_string(ctx, 2) : NULL;
    nd_udp_t *u = udp_this(ctx);
    struct sockaddr_storage g;
    struct sockaddr_storage src;
    struct sockaddr_storage i;
    socklen_t len;
    int err = u == NULL ? -EBADF : nd_sockaddr_parse(group, 0, 0, &g, &len);
    int fam = err == 0 && g.ss_family == AF_INET6 ? 6 : 4;
    if (err == 0) {
        err = nd_sockaddr_parse(source, 0, fam, &src, &len);
    }
    if (err == 0 && iface != NULL) {
        err = nd_sockaddr_parse(iface, 0, fam, &i, &len);
    }
    if (err == 0) {
        err = udp_bind_any(ctx, u);
    }
    if (err == 0 && fam == 6) {
        struct group_source_req req;
        memset(&req, 0, sizeof(req));
        req.gsr_group = g;
        req.gsr_source = src;
        req.gsr_interface = iface != NULL ? ((struct sockaddr_in6 *)&i)->sin6_scope_id : 0;
        if (setsockopt(u->h.fd, IPPROTO_IPV6, join ? MCAST_JOIN_SOURCE_GROUP :
                       MCAST_LEAVE_SOURCE_GROUP, &req, sizeof(req)) != 0) {
            err = -errno;
        }
    } else if (err == 0) {
        struct ip_mreq_source mreq;
        memset(&mreq, 0, sizeof(mreq));
        mreq.imr_multiaddr = ((struct sockaddr_in *)&g)->sin_addr;
        mreq.imr_sourceaddr = ((struct sockaddr_in *)&src)->sin_addr;
        mreq.imr_interface.s_addr =
            iface != NULL ? ((struct sockaddr_in *)&i)->sin_addr.s_addr : htonl(INADDR_ANY);
        if (setsockopt(u->h.fd, IPPROTO_IP, join ? IP_ADD_SOURCE_MEMBERSHIP :
                       IP_DROP_SOURCE_MEMBERSHIP, &mreq, sizeof(mreq)) != 0) {
            err = -errno;
        }
    }
    duk_push_int(ctx, err);
    return 1;
}

static duk_ret_t udp_add_source_membership(duk_context *ctx) {
    return udp_source_membership(ctx, 1);
}

static duk_ret_t udp_drop_source_membership(duk_context *ctx) {
    return udp_source_membership(ctx, 0);
}

/* handle.bufferSize(size, recv): [ n bool ] -> [ size | -errno ]
 * size 0 reads the current SO_RCVBUF / SO_SNDBUF (Linux reports twice what was set). */
static duk_ret_t udp_buffer_size(duk_context *ctx) {
    int size = duk_to_int(ctx, 0);
    int name = duk_to_boolean(ctx, 1) ? SO_RCVBUF : SO_SNDBUF;
    int err;
    nd_udp_t *u = udp_this_fd(ctx, &err);
    if (err == 0 && size != 0 &&
        setsockopt(u->h.fd, SOL_SOCKET, name, &size, sizeof(size)) != 0) {
        err = -errno;
    }
    socklen_t len = sizeof(size);
    if (err == 0 && getsockopt(u->h.fd, SOL_SOCKET, name, &size, &len) != 0) {
        err = -errno;
    }
    duk_push_int(ctx, err < 0 ? err : size);
    return 1;
}

/* ---- close ---- */

/* On the turn after close(): the sends close() cancelled complete with ECANCELED, each as its
 * own callback from the loop, as libuv's do. */
static void udp_closed(nd_handle_t *h) {
    nd_udp_t *u = (nd_udp_t *)h;
    while (u->cancelled != NULL) {
        udp_send_t *s = u->cancelled;
        u->cancelled = s->next;
        int req = s->req;
        size_t len = s->len;
        free(s);
        udp_complete(u, req, -ECANCELED, len);
    }
}

/* handle.close(): [ ] -> [ ]  Stops everything now; the handle is released on the next turn. */
static duk_ret_t udp_close(duk_context *ctx) {
    nd_udp_t *u = udp_this(ctx);
    if (u == NULL) {
        return 0;
    }
    u->h.closing = 1;
    u->receiving = 0;
    udp_free_events(u);
    u->cancelled = u->sq_head;
    u->sq_head = u->sq_tail = NULL;
    u->sq_bytes = u->sq_count = 0;
    nd_handle_close(ctx, &u->h);
    return 0;
}

/* Pushes the binding object: [ ] -> [ binding ] */
duk_ret_t nd_open_udp(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "bind", udp_bind, 3 },
        { "open", udp_open, 1 },
        { "connect", udp_connect, 2 },
        { "disconnect", udp_disconnect, 0 },
        { "send", udp_send, 5 },
        { "recvStart", udp_recv_start, 0 },
        { "recvStop", udp_recv_stop, 0 },
        { "getsockname", udp_getsockname, 0 },
        { "getpeername", udp_getpeername, 0 },
        { "setBroadcast", udp_set_broadcast, 1 },
        { "setTTL", udp_set_ttl, 1 },
        { "setMulticastTTL", udp_set_multicast_ttl, 1 },
        { "setMulticastLoopback", udp_set_multicast_loopback, 1 },
        { "setMulticastInterface", udp_set_multicast_interface, 1 },
        { "addMembership", udp_add_membership, 2 },
        { "dropMembership", udp_drop_membership, 2 },
        { "addSourceSpecificMembership", udp_add_source_membership, 3 },
        { "dropSourceSpecificMembership", udp_drop_source_membership, 3 },
        { "bufferSize", udp_buffer_size, 2 },
        { "getSendQueueSize", udp_get_send_queue_size, 0 },
        { "getSendQueueCount", udp_get_send_queue_count, 0 },
        { "ref", nd_handle_ref, 0 },
        { "unref", nd_handle_unref, 0 },
        { "hasRef", nd_handle_has_ref, 0 },
        { "close", udp_close, 0 },
        { "getFd", nd_handle_get_fd, 0 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);                              /* [ binding ] */
    duk_push_c_function(ctx, udp_constructor, 1);      /* [ binding UDP ] */
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    nd_handle_def_fd(ctx, -1);
    duk_put_prop_literal(ctx, -2, "prototype");
    duk_put_prop_literal(ctx, -2, "UDP");
    duk_push_int(ctx, UDP_FLAG_REUSEADDR);
    duk_put_prop_literal(ctx, -2, "UV_UDP_REUSEADDR");
    duk_push_int(ctx, UDP_FLAG_IPV6ONLY);
    duk_put_prop_literal(ctx, -2, "UV_UDP_IPV6ONLY");
    return 1;
}
