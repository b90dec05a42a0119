/*
 * lib/tcp.c: native side of 'net': TCP handles on libevent.
 *
 * One TCP object wraps one non-blocking socket.  js/net.js owns Node's semantics (Socket as a
 * Duplex stream, Server, events, errors); this file only binds, listens, accepts, connects,
 * reads, writes and closes, and calls back on the JS handle object:
 *   handle.onconnection(status, clientHandle)   server: a connection was accepted
 *   handle.onread(nread, bytes)                 nread > 0 data, UV_EOF (-4095) end, < 0 -errno
 *   req.oncomplete(status, handle)              connect, queued write or shutdown finished
 * Life cycle (docs/architecture.md, lib/handle.h): the JS object is pinned (nd_ref) from the
 * moment it owns a socket until close() has completed; it keeps the loop alive only while ref'd
 * and active (reading, listening, connecting, writing or shutting down).  close() stops
 * everything at once and finishes on the next loop turn (handle.onclose), so a struct is never
 * freed under a running callback; the finalizer frees it once it is both closed and finalized.
 */
#include "nd.h"
#include "bindings.h"
#include "handle.h"
#include "sockaddr.h"
#include "tcp.h"

#include <arpa/inet.h>
#include <errno.h>
#include <event2/event.h>
#include <fcntl.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string.h>
#include <stddef.h>
#include <sys/socket.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <unistd.h>

#define TCP_READ_SIZE 65536
#define TCP_ACCEPT_BATCH 32
#define TCP_EMFILE_RETRY_MS 100
#define ND_UV_EOF (-4095)
#define TCP_MAX_PENDING_FDS 16

typedef struct tcp_write_s {
    struct tcp_write_s *next;
    int req;          /* nd_ref of the JS request whose oncomplete is called, 0 for none */
    size_t len;
    size_t off;
    int send_fd;      /* a descriptor (our dup) that goes with the first byte, -1 for none */
    char data[];
} tcp_write_t;

struct nd_tcp_s {
    nd_handle_t h;            /* first: the shared life cycle (lib/handle.h) */
    struct event *rev;        /* read or accept, persistent */
    struct event *wev;        /* connect completion or write readiness */
    struct event *retry;      /* accept retry after EMFILE */
    int connect_req;
    int shutdown_req;
    tcp_write_t *wq_head;
    tcp_write_t *wq_tail;
    size_t wq_bytes;
    nd_tcp_consume_fn consume;
    void *consumer;
    int pending_fds[TCP_MAX_PENDING_FDS]; /* received over an IPC channel, not yet taken */
    int npending;
    unsigned ipc : 1;         /* an IPC channel: reads take descriptors (SCM_RIGHTS) */
    unsigned reading : 1;
    unsigned listening : 1;
    unsigned connecting : 1;
    unsigned shutdown_pending : 1;
};

/* ---- life cycle ---- */

static int tcp_active(nd_handle_t *h) {
    nd_tcp_t *t = (nd_tcp_t *)h;
    return t->reading || t->listening || t->connecting || t->wq_head != NULL ||
           t->shutdown_pending;
}

static void tcp_update_ref(nd_tcp_t *t) {
    nd_handle_update_ref(&t->h);
}

static void tcp_free_events(nd_tcp_t *t) {
    if (t->rev != NULL) {
        event_free(t->rev);
        t->rev = NULL;
    }
    if (t->wev != NULL) {
        event_free(t->wev);
        t->wev = NULL;
    }
    if (t->retry != NULL) {
        event_free(t->retry);
        t->retry = NULL;
    }
}

/* Frees one write that left the queue, closing the descriptor it still carried. */
static void tcp_free_write(tcp_write_t *w) {
    if (w->send_fd >= 0) {
        close(w->send_fd);
    }
    free(w);
}

/* Drops queued writes; their requests are released without a callback (the handle is gone). */
static void tcp_drop_queue(nd_tcp_t *t) {
    tcp_write_t *w = t->wq_head;
    while (w != NULL) {
        tcp_write_t *next = w->next;
        if (!t->h.finalized) {
            nd_unref(t->h.ctx, w->req);
        }
        tcp_free_write(w);
        w = next;
    }
    t->wq_head = t->wq_tail = NULL;
    t->wq_bytes = 0;
}

/* Closes the received descriptors nobody took. */
static void tcp_drop_pending_fds(nd_tcp_t *t) {
    while (t->npending > 0) {
        close(t->pending_fds[--t->npending]);
    }
}

static void tcp_discard(nd_handle_t *h) {
    tcp_free_events((nd_tcp_t *)h);
    tcp_drop_queue((nd_tcp_t *)h);
    tcp_drop_pending_fds((nd_tcp_t *)h);
}

static const nd_handle_ops_t tcp_ops = { "TCP", tcp_active, tcp_discard, NULL };

/* Returns the handle of `this`, or NULL when it has no socket any more. */
static nd_tcp_t *tcp_this(duk_context *ctx) {
    return nd_handle_this(ctx);
}

nd_tcp_t *nd_tcp_from(duk_context *ctx, duk_idx_t idx) {
    return nd_handle_from(ctx, idx);
}

void nd_tcp_set_consumer(nd_tcp_t *t, nd_tcp_consume_fn fn, void *consumer) {
    t->consume = fn;
    t->consumer = consumer;
}

/* new TCP(): [ ] -> this gets an empty handle (no socket yet). */
static duk_ret_t tcp_constructor(duk_context *ctx) {
    nd_handle_construct(ctx, sizeof(nd_tcp_t), &tcp_ops);
    return 0;
}

/* ---- calling back into JavaScript ---- */

typedef struct tcp_call_s {
    nd_tcp_t *t;
    int req;             /* call req.oncomplete instead of handle.<name> when non-zero */
    const char *name;
    int status;
    const char *data;
    ssize_t len;
    int with_handle;     /* push the handle as 2nd argument (connect) */
    int new_fd;          /* accept: the accepted socket, -1 if none */
} tcp_call_t;

/* Pushes a new TCP handle without a socket yet.  [ ... ] -> [ ... handle ] */
static nd_tcp_t *tcp_push_new_handle(duk_context *ctx) {
    duk_push_heap_stash(ctx);
    duk_get_prop_literal(ctx, -1, "ndTCP");
    duk_remove(ctx, -2);
    duk_new(ctx, 0);                                   /* [ ... handle ] */
    return nd_handle_from(ctx, -1);
}

static void tcp_call_body(duk_context *ctx, void *udata) {
    tcp_call_t *c = udata;
    nd_tcp_t *t = c->t;
    if (c->req != 0) {
        nd_push_ref(ctx, c->req);                      /* [ req ] */
        nd_unref(ctx, c->req);
        duk_get_prop_literal(ctx, -1, "oncomplete");
        duk_swap_top(ctx, -2);                         /* [ fn req ] */
        duk_push_int(ctx, c->status);
        if (c->with_handle) {
            nd_push_ref(ctx, t->h.self);
        } else {
            duk_push_undefined(ctx);
        }
        duk_call_method(ctx, 2);
        duk_pop(ctx);
        return;
    }
    nd_push_ref(ctx, t->h.self);                       /* [ handle ] */
    duk_get_prop_string(ctx, -1, c->name);
    if (!duk_is_function(ctx, -1)) {
        duk_pop_2(ctx);
        if (c->new_fd >= 0) {
            close(c->new_fd);
        }
        return;
    }
    duk_swap_top(ctx, -2);                             /* [ fn handle ] */
    if (c->new_fd >= 0) {
        duk_push_int(ctx, 0);
        nd_tcp_t *client = tcp_push_new_handle(ctx);
        int fd = c->new_fd;
        c->new_fd = -1;        /* the handle owns it from the adopt on, even if its pin throws */
        nd_handle_adopt(ctx, -1, &client->h, fd);
    } else if (c->data != NULL) {
        duk_push_int(ctx, (duk_int_t)c->len);
        void *buf = duk_push_fixed_buffer(ctx, (duk_size_t)c->len);
        memcpy(buf, c->data, (size_t)c->len);
        duk_push_buffer_object(ctx, -1, 0, (duk_size_t)c->len, DUK_BUFOBJ_UINT8ARRAY);
        duk_remove(ctx, -2);
    } else {
        duk_push_int(ctx, c->status);
        duk_push_undefined(ctx);
    }
    duk_call_method(ctx, 2);
    duk_pop(ctx);
}

static void tcp_call(nd_tcp_t *t, tcp_call_t *c) {
    c->t = t;
    nd_invoke(t->h.ctx, tcp_call_body, c);
}

/* ---- reading ---- */

/* Runs the consumer inside nd_invoke, so its JavaScript callbacks are protected too. */
typedef struct tcp_consume_s {
    nd_tcp_t *t;
    const char *data;
    ssize_t n;
    int pass_on;
} tcp_consume_t;

static void tcp_consume_body(duk_context *ctx, void *udata) {
    tcp_consume_t *c = udata;
    c->pass_on = c->t->consume(ctx, c->t->consumer, c->data, c->n);
}

/* Keeps the descriptors a message carried, in order, for handle.takeHandle(); beyond the
 * queue's room they are closed (a peer sending handles nobody takes). */
static void tcp_keep_fds(nd_tcp_t *t, struct msghdr *msg) {
    for (struct cmsghdr *cm = CMSG_FIRSTHDR(msg); cm != NULL; cm = CMSG_NXTHDR(msg, cm)) {
        if (cm->cmsg_level != SOL_SOCKET || cm->cmsg_type != SCM_RIGHTS) {
            continue;
        }
        int *fds = (int *)CMSG_DATA(cm);
        size_t count = (cm->cmsg_len - CMSG_LEN(0)) / sizeof(int);
        for (size_t i = 0; i < count; i++) {
            if (t->npending < TCP_MAX_PENDING_FDS) {
                t->pending_fds[t->npending++] = fds[i];
            } else {
                close(fds[i]);
            }
        }
    }
}

/* Reads into buf; an IPC channel's read also takes the descriptors sent with the bytes.
 * Returns the byte count, 0 at the end, or -1 with errno. */
static ssize_t tcp_read_bytes(nd_tcp_t *t, int fd, char *buf, size_t size) {
    if (!t->ipc) {
        return read(fd, buf, size);
    }
    char control[CMSG_SPACE(sizeof(int) * TCP_MAX_PENDING_FDS)];
    struct iovec iov = { buf, size };
    struct msghdr msg = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control,
                          .msg_controllen = sizeof(control) };
    ssize_t n = recvmsg(fd, &msg, MSG_CMSG_CLOEXEC);
    if (n >= 0) {
        tcp_keep_fds(t, &msg);
    }
    return n;
}

/* Reads once and hands the bytes (or the end, or the error) to the consumer or to onread.
 * Returns 1 when bytes were delivered and the handle still reads, 0 otherwise. */
static int tcp_read_once(nd_tcp_t *t, evutil_socket_t fd) {
    char buf[TCP_READ_SIZE];
    ssize_t n = tcp_read_bytes(t, fd, buf, sizeof(buf));
    if (n < 0) {
        if (errno == EAGAIN || errno == EINTR) {
            return 0;
        }
        n = -errno;
    }
    if (n <= 0) {
        /* End of stream or error: no more reads. */
        event_del(t->rev);
        t->reading = 0;
        tcp_update_ref(t);
    }
    if (t->consume != NULL) {
        tcp_consume_t c = { t, buf, n, 0 };
        nd_invoke(t->h.ctx, tcp_consume_body, &c);
        if (!c.pass_on || t->h.closing) {
            return 0;
        }
    }
    tcp_call_t c = { .name = "onread", .new_fd = -1 };
    if (n > 0) {
        c.data = buf;
        c.len = n;
    } else {
        c.status = n == 0 ? ND_UV_EOF : (int)n;
    }
    tcp_call(t, &c);
    return n > 0 && t->reading && !t->h.closing;
}

/* Once the peer has closed (EV_CLOSED: EPOLLRDHUP), its last bytes and the end wait together:
 * reading on until the end delivers both in this callback.  A forked child's last IPC message
 * and the channel's end then come before its exit (SIGCHLD is raised after its descriptors
 * close), as in Node. */
static void tcp_read_cb(evutil_socket_t fd, short what, void *arg) {
    nd_tcp_t *t = arg;
    while (tcp_read_once(t, fd) && (what & EV_CLOSED)) {
    }
}

/* handle.readStart(): [ ] -> [ status ] */
static duk_ret_t tcp_read_start(duk_context *ctx) {
    nd_tcp_t *t = tcp_this(ctx);
    if (t == NULL || t->h.fd < 0) {
        duk_push_int(ctx, -EBADF);
        return 1;
    }
    if (!t->reading) {
        if (t->rev == NULL) {
            t->rev = event_new(nd_rt(ctx)->base, t->h.fd, EV_READ | EV_PERSIST | EV_CLOSED,
                               tcp_read_cb, t);
            if (t->rev == NULL) {
                duk_push_int(ctx, -ENOMEM);
                return 1;
            }
        }
        event_add(t->rev, NULL);
        t->reading = 1;
        tcp_update_ref(t);
    }
    duk_push_int(ctx, 0);
    return 1;
}

/* handle.readStop(): [ ] -> [ status ] */
static duk_ret_t tcp_read_stop(duk_context *ctx) {
    nd_tcp_t *t = tcp_this(ctx);
    if (t != NULL && t->reading) {
        event_del(t->rev);
        t->reading = 0;
        tcp_update_ref(t);
    }
    duk_push_int(ctx, 0);
    return 1;
}

/* ---- writing ---- */

static void tcp_write_cb(evutil_socket_t fd, short what, void *arg);

/* Writes iov, and send_fd (>= 0) with its first byte as SCM_RIGHTS.  Returns what write()
 * returns. */
static ssize_t tcp_send(int fd, struct iovec *iov, int n, int send_fd) {
    if (send_fd < 0) {
        return writev(fd, iov, n);
    }
    union {
        char buf[CMSG_SPACE(sizeof(int))];
        struct cmsghdr align;
    } control;
    memset(&control, 0, sizeof(control));
    struct msghdr msg = { .msg_iov = iov, .msg_iovlen = (size_t)n, .msg_control = control.buf,
                          .msg_controllen = sizeof(control.buf) };
    struct cmsghdr *cm = CMSG_FIRSTHDR(&msg);
    cm->cmsg_level = SOL_SOCKET;
    cm->cmsg_type = SCM_RIGHTS;
    cm->cmsg_len = CMSG_LEN(sizeof(int));
    memcpy(CMSG_DATA(cm), &send_fd, sizeof(int));
    return sendmsg(fd, &msg, MSG_NOSIGNAL);
}

/* Writes as much of the queue as the socket takes.  Returns 0 or -errno. */
static int tcp_flush(nd_tcp_t *t) {
    while (t->wq_head != NULL) {
        struct iovec iov[16];
        int n = 0;
        /* A write carrying a descriptor starts a sendmsg of its own. */
        for (tcp_write_t *w = t->wq_head; w != NULL && n < 16 && (n == 0 || w->send_fd < 0);
             w = w->next) {
            iov[n].iov_base = w->data + w->off;
            iov[n].iov_len = w->len - w->off;
            n++;
        }
        int send_fd = t->wq_head->send_fd;
        ssize_t sent = tcp_send(t->h.fd, iov, n, send_fd);
        if (sent > 0 && send_fd >= 0) {
            close(send_fd);
            t->wq_head->send_fd = -1;
        }
        if (sent < 0) {
            if (errno == EINTR) {
                continue;
            }
            return errno == EAGAIN ? 0 : -errno;
        }
        t->wq_bytes -= (size_t)sent;
        /* Complete the writes that went out entirely, in order. */
        while (t->wq_head != NULL && sent > 0) {
            tcp_write_t *w = t->wq_head;
            size_t left = w->len - w->off;
            if ((size_t)sent < left) {
                w->off += (size_t)sent;
                sent = 0;
                break;
            }
            sent -= (ssize_t)left;
            t->wq_head = w->next;
            if (t->wq_head == NULL) {
                t->wq_tail = NULL;
            }
            int req = w->req;
            tcp_free_write(w);
            if (req != 0) {
                tcp_call_t c = { .req = req, .new_fd = -1 };
                tcp_call(t, &c);
                if (t->h.closing) {
                    return 0;
                }
            }
        }
        if (t->wq_head != NULL && t->wq_head->off < t->wq_head->len) {
            return 0; /* the socket is full */
        }
    }
    return 0;
}

static void tcp_do_shutdown(nd_tcp_t *t) {
    int status = shutdown(t->h.fd, SHUT_WR) == 0 ? 0 : -errno;
    t->shutdown_pending = 0;
    int req = t->shutdown_req;
    t->shutdown_req = 0;
    tcp_update_ref(t);
    tcp_call_t c = { .req = req, .status = status, .new_fd = -1 };
    tcp_call(t, &c);
}

/* Fails every queued write with err, in order. */
static void tcp_fail_queue(nd_tcp_t *t, int err) {
    while (t->wq_head != NULL && !t->h.closing) {
        tcp_write_t *w = t->wq_head;
        t->wq_head = w->next;
        if (t->wq_head == NULL) {
            t->wq_tail = NULL;
        }
        t->wq_bytes -= w->len - w->off;
        int req = w->req;
        tcp_free_write(w);
        tcp_call_t c = { .req = req, .status = err, .new_fd = -1 };
        if (req != 0) {
            tcp_call(t, &c);
        }
    }
}

static void tcp_write_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    nd_tcp_t *t = arg;
    int err = tcp_flush(t);
    if (t->h.closing) {
        return;
    }
    if (err < 0) {
        tcp_fail_queue(t, err);
    }
    if (t->h.closing) {
        return;
    }
    if (t->wq_head == NULL) {
        event_del(t->wev);
        if (t->shutdown_pending) {
            tcp_do_shutdown(t);
            return;
        }
    }
    tcp_update_ref(t);
}

/* Queues bytes that could not be written at once, with a dup of send_fd (>= 0) to go with
 * them; the request at req_idx (DUK_INVALID_INDEX: none) is pinned.  Returns 0 or -errno. */
static int tcp_enqueue(duk_context *ctx, nd_tcp_t *t, const char *data, size_t len,
                       duk_idx_t req_idx, int send_fd) {
    tcp_write_t *w = malloc(sizeof(*w) + len);
    if (w == NULL) {
        return -ENOMEM;
    }
    w->send_fd = send_fd >= 0 ? fcntl(send_fd, F_DUPFD_CLOEXEC, 3) : -1;
    if (send_fd >= 0 && w->send_fd < 0) {
        free(w);
        return -errno;
    }
    if (t->wev == NULL) {
        t->wev = event_new(nd_rt(ctx)->base, t->h.fd, EV_WRITE | EV_PERSIST, tcp_write_cb, t);
        if (t->wev == NULL) {
            tcp_free_write(w);
            return -ENOMEM;
        }
    }
    memcpy(w->data, data, len);
    w->len = len;
    w->off = 0;
    w->next = NULL;
    w->req = req_idx != DUK_INVALID_INDEX && duk_is_object(ctx, req_idx) ? nd_ref(ctx, req_idx) : 0;
    if (t->wq_tail != NULL) {
        t->wq_tail->next = w;
    } else {
        t->wq_head = w;
        event_add(t->wev, NULL);
    }
    t->wq_tail = w;
    t->wq_bytes += len;
    tcp_update_ref(t);
    return 0;
}

/* nd_tcp_write, with send_fd (>= 0) going out with the first byte: the descriptor is
 * duplicated when the write must wait, so the caller may close its handle at once. */
static int tcp_write_with_fd(duk_context *ctx, nd_tcp_t *t, const char *data, size_t len,
                             duk_idx_t req_idx, int send_fd) {
    if (t->connecting || t->wq_head != NULL) {
        int err = tcp_enqueue(ctx, t, data, len, req_idx, send_fd);
        return err < 0 ? err : 1;
    }
    size_t off = 0;
    while (off < len) {
        struct iovec iov = { (char *)data + off, len - off };
        ssize_t n = tcp_send(t->h.fd, &iov, 1, off == 0 ? send_fd : -1);
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno == EAGAIN) {
                break;
            }
            return -errno;
        }
        off += (size_t)n;
    }
    if (off == len) {
        return 0;
    }
    int err = tcp_enqueue(ctx, t, data + off, len - off, req_idx, off == 0 ? send_fd : -1);
    return err < 0 ? err : 1;
}

int nd_tcp_write(duk_context *ctx, nd_tcp_t *t, const char *data, size_t len,
                 duk_idx_t req_idx) {
    return tcp_write_with_fd(ctx, t, data, len, req_idx, -1);
}

/* The descriptor of the optional handle to send at idx: -1 for none, -EBADF for a closed one. */
static int tcp_send_handle_fd(duk_context *ctx, duk_idx_t idx) {
    if (duk_is_null_or_undefined(ctx, idx)) {
        return -1;
    }
    nd_tcp_t *s = nd_tcp_from(ctx, idx);
    return s != NULL && s->h.fd >= 0 ? s->h.fd : -EBADF;
}

/* Writes data (the bytes at index 1) with the optional handle at index 2.
 * [ req data handle? ] -> [ req data handle? status ] */
static duk_ret_t tcp_write_data(duk_context *ctx, const char *data, size_t len) {
    nd_tcp_t *t = tcp_this(ctx);
    int send_fd = tcp_send_handle_fd(ctx, 2);
    int err = t == NULL || t->h.fd < 0 ? -EBADF : send_fd < -1 ? send_fd :
        tcp_write_with_fd(ctx, t, data, len, 0, send_fd);
    duk_push_int(ctx, err);
    return 1;
}

/* handle.writeBuffer(req, bytes[, sendHandle]): [ req u8 handle? ] -> [ 0 | 1 | -errno ]
 * sendHandle (a TCP handle) goes along over an IPC channel. */
static duk_ret_t tcp_write_buffer(duk_context *ctx) {
    duk_size_t len;
    const char *data = duk_require_buffer_data(ctx, 1, &len);
    return tcp_write_data(ctx, data, len);
}

/* handle.writeString(req, string[, sendHandle]): [ req str handle? ] -> [ 0 | 1 | -errno ]
 * UTF-8. */
static duk_ret_t tcp_write_string(duk_context *ctx) {
    size_t len;
    const char *data = nd_get_utf8(ctx, 1, &len);
    return tcp_write_data(ctx, data, len);
}

/* Removes and returns the oldest received descriptor (npending > 0). */
static int tcp_shift_fd(nd_tcp_t *t) {
    int fd = t->pending_fds[0];
    t->npending--;
    memmove(t->pending_fds, t->pending_fds + 1, (size_t)t->npending * sizeof(int));
    return fd;
}

/* handle.takeHandle([empty]): [ handle? ] -> [ handle | undefined ]  The oldest descriptor
 * received over this IPC channel, as a new TCP handle that owns it, or given to `empty` (a
 * UDP handle, for a datagram socket) through its open(fd); undefined when there is none or
 * open() fails, the descriptor then closed. */
static duk_ret_t tcp_take_handle(duk_context *ctx) {
    nd_tcp_t *t = tcp_this(ctx);
    if (t == NULL || t->npending == 0) {
        return 0;
    }
    if (!duk_is_object(ctx, 0)) {
        nd_tcp_t *c = tcp_push_new_handle(ctx);        /* [ handle ] */
        nd_handle_adopt(ctx, -1, &c->h, tcp_shift_fd(t));
        return 1;
    }
    duk_push_literal(ctx, "open");
    duk_push_int(ctx, t->pending_fds[0]);              /* [ empty "open" fd ] */
    int fd = tcp_shift_fd(t);  /* owned by empty once its open() succeeds */
    if (duk_pcall_prop(ctx, 0, 1 /*nargs*/) != DUK_EXEC_SUCCESS || duk_get_int(ctx, -1) != 0) {
        close(fd);
        return 0;
    }
    duk_dup(ctx, 0);
    return 1;
}

/* handle.writeQueueSize(): [ ] -> [ bytes not yet written ] */
static duk_ret_t tcp_write_queue_size(duk_context *ctx) {
    nd_tcp_t *t = tcp_this(ctx);
    duk_push_number(ctx, t != NULL ? (double)t->wq_bytes : 0);
    return 1;
}

/* handle.shutdown(req): [ req ] -> [ status ]  Completes through req.oncomplete. */
static duk_ret_t tcp_shutdown(duk_context *ctx) {
    duk_require_object(ctx, 0);
    nd_tcp_t *t = tcp_this(ctx);
    if (t == NULL || t->h.fd < 0) {
        duk_push_int(ctx, -ENOTCONN);
        return 1;
    }
    if (t->shutdown_pending) {
        duk_push_int(ctx, -EALREADY);
        return 1;
    }
    t->shutdown_req = nd_ref(ctx, 0);
    t->shutdown_pending = 1;
    tcp_update_ref(t);
    if (t->wq_head == NULL && !t->connecting) {
        /* Complete on the next loop turn, as libuv does, through the write event. */
        if (t->wev == NULL) {
            t->wev = event_new(nd_rt(ctx)->base, t->h.fd, EV_WRITE | EV_PERSIST, tcp_write_cb, t);
        }
        if (t->wev == NULL) {
            duk_push_int(ctx, -ENOMEM);
            return 1;
        }
        event_add(t->wev, NULL);
    }
    duk_push_int(ctx, 0);
    return 1;
}

/* ---- addresses ---- */

static duk_ret_t tcp_getname(duk_context *ctx, int peer) {
    nd_tcp_t *t = tcp_this(ctx);
    return t != NULL && nd_push_sockname(ctx, t->h.fd, peer) == 0 ? 1 : 0;
}

/* handle.getsockname() / getpeername(): [ ] -> [ {address, family, port} | undefined ] */
static duk_ret_t tcp_getsockname(duk_context *ctx) {
    return tcp_getname(ctx, 0);
}

static duk_ret_t tcp_getpeername(duk_context *ctx) {
    return tcp_getname(ctx, 1);
}

/* Creates the socket for family if the handle has none.  Returns 0 or -errno. */
static int tcp_ensure_socket(duk_context *ctx, nd_tcp_t *t, int family) {
    if (t->h.fd >= 0) {
        return 0;
    }
    int fd = socket(family, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        return -errno;
    }
    duk_push_this(ctx);
    nd_handle_adopt(ctx, -1, &t->h, fd);
    duk_pop(ctx);
    return 0;
}

/* handle.bind(host, port, ipv6Only): [ host port bool ] -> [ status ] */
static duk_ret_t tcp_bind(duk_context *ctx) {
    const char *host = duk_require_string(ctx, 0);
    int port = duk_require_int(ctx, 1);
    int v6only = duk_get_boolean_default(ctx, 2, 0);
    nd_tcp_t *t = tcp_this(ctx);
    struct sockaddr_storage ss;
    socklen_t len;
    int err = t == NULL ? -EBADF : nd_sockaddr_parse(host, port, 0, &ss, &len);
    if (err == 0) {
        err = tcp_ensure_socket(ctx, t, ss.ss_family);
    }
    if (err == 0) {
        int on = 1;
        setsockopt(t->h.fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof(on));
        if (ss.ss_family == AF_INET6) {
            int only = v6only ? 1 : 0;
            setsockopt(t->h.fd, IPPROTO_IPV6, IPV6_V6ONLY, &only, sizeof(only));
        }
        if (bind(t->h.fd, (struct sockaddr *)&ss, len) != 0) {
            err = -errno;
        }
    }
    duk_push_int(ctx, err);
    return 1;
}

/* Fills a Unix-domain address.  Returns 0 or -ENAMETOOLONG. */
static int tcp_unix_addr(const char *path, struct sockaddr_un *un, socklen_t *len) {
    size_t n = strlen(path);
    if (n >= sizeof(un->sun_path)) {
        return -ENAMETOOLONG;
    }
    memset(un, 0, sizeof(*un));
    un->sun_family = AF_UNIX;
    memcpy(un->sun_path, path, n + 1);
    *len = (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n + 1);
    return 0;
}

/* handle.bindPath(path): [ path ] -> [ status ]  A Unix-domain socket (net.Server.listen(path)). */
static duk_ret_t tcp_bind_path(duk_context *ctx) {
    const char *path = duk_require_string(ctx, 0);
    nd_tcp_t *t = tcp_this(ctx);
    struct sockaddr_un un;
    socklen_t len;
    int err = t == NULL ? -EBADF : tcp_unix_addr(path, &un, &len);
    if (err == 0) {
        err = tcp_ensure_socket(ctx, t, AF_UNIX);
    }
    if (err == 0 && bind(t->h.fd, (struct sockaddr *)&un, len) != 0) {
        /* libuv's uv_pipe_bind reports a missing folder as EACCES, and so does Node */
        err = errno == ENOENT ? -EACCES : -errno;
    }
    duk_push_int(ctx, err);
    return 1;
}

/* ---- listening and accepting ---- */

static void tcp_accept_cb(evutil_socket_t fd, short what, void *arg);

static void tcp_retry_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    nd_tcp_t *t = arg;
    if (t->listening && !t->h.closing) {
        event_add(t->rev, NULL);
    }
}

static void tcp_accept_cb(evutil_socket_t fd, short what, void *arg) {
    (void)what;
    nd_tcp_t *t = arg;
    for (int i = 0; i < TCP_ACCEPT_BATCH && t->listening && !t->h.closing; i++) {
        int cfd = accept4(fd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
        if (cfd < 0) {
            if (errno == EINTR || errno == ECONNABORTED) {
                continue;
            }
            if (errno == EMFILE || errno == ENFILE) {
                /* Out of descriptors: keep serving the connections we have and try again
                 * shortly, instead of spinning on a ready listen socket. */
                struct timeval tv = { 0, TCP_EMFILE_RETRY_MS * 1000 };
                event_del(t->rev);
                if (t->retry == NULL) {
                    t->retry = evtimer_new(nd_rt(t->h.ctx)->base, tcp_retry_cb, t);
                }
                if (t->retry != NULL) {
                    evtimer_add(t->retry, &tv);
                }
            }
            return;
        }
        tcp_call_t c = { .name = "onconnection", .new_fd = cfd };
        tcp_call(t, &c);
        if (c.new_fd >= 0) {
            close(c.new_fd); /* the JS side failed before taking it */
        }
    }
}

/* handle.listen(backlog): [ n ] -> [ status ] */
static duk_ret_t tcp_listen(duk_context *ctx) {
    int backlog = duk_get_int_default(ctx, 0, 511);
    nd_tcp_t *t = tcp_this(ctx);
    if (t == NULL || t->h.fd < 0) {
        duk_push_int(ctx, -EBADF);
        return 1;
    }
    if (listen(t->h.fd, backlog) != 0) {
        duk_push_int(ctx, -errno);
        return 1;
    }
    t->rev = event_new(nd_rt(ctx)->base, t->h.fd, EV_READ | EV_PERSIST, tcp_accept_cb, t);
    if (t->rev == NULL) {
        duk_push_int(ctx, -ENOMEM);
        return 1;
    }
    event_add(t->rev, NULL);
    t->listening = 1;
    tcp_update_ref(t);
    duk_push_int(ctx, 0);
    return 1;
}

/* ---- connecting ---- */

static void tcp_connect_cb(evutil_socket_t fd, short what, void *arg) {
    (void)what;
    nd_tcp_t *t = arg;
    int soerr = 0;
    socklen_t len = sizeof(soerr);
    if (getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &len) != 0) {
        soerr = errno;
    }
    t->connecting = 0;
    event_free(t->wev);
    t->wev = NULL;
    int req = t->connect_req;
    t->connect_req = 0;
    tcp_update_ref(t);
    tcp_call_t c = { .req = req, .status = -soerr, .with_handle = 1, .new_fd = -1 };
    tcp_call(t, &c);
    if (!t->h.closing && t->wq_head != NULL && soerr == 0) {
        /* Writes queued while connecting go out now. */
        t->wev = event_new(nd_rt(t->h.ctx)->base, t->h.fd, EV_WRITE | EV_PERSIST, tcp_write_cb, t);
        if (t->wev != NULL) {
            event_add(t->wev, NULL);
        }
    }
}

/* handle.connect(req, host, port): [ req host port ] -> [ status ]
 * Completes through req.oncomplete(status, handle). */
static duk_ret_t tcp_connect(duk_context *ctx) {
    duk_require_object(ctx, 0);
    const char *host = duk_require_string(ctx, 1);
    int port = duk_require_int(ctx, 2);
    nd_tcp_t *t = tcp_this(ctx);
    struct sockaddr_storage ss;
    socklen_t len;
    int err = t == NULL ? -EBADF : nd_sockaddr_parse(host, port, 0, &ss, &len);
    if (err == 0) {
        err = tcp_ensure_socket(ctx, t, ss.ss_family);
    }
    if (err == 0 && connect(t->h.fd, (struct sockaddr *)&ss, len) != 0 && errno != EINPROGRESS) {
        err = -errno;
    }
    if (err == 0) {
        t->wev = event_new(nd_rt(ctx)->base, t->h.fd, EV_WRITE, tcp_connect_cb, t);
        if (t->wev == NULL) {
            err = -ENOMEM;
        } else {
            event_add(t->wev, NULL);
            t->connecting = 1;
            t->connect_req = nd_ref(ctx, 0);
            tcp_update_ref(t);
        }
    }
    duk_push_int(ctx, err);
    return 1;
}

/* handle.connectPath(req, path): [ req path ] -> [ status ]  A Unix-domain socket. */
static duk_ret_t tcp_connect_path(duk_context *ctx) {
    duk_require_object(ctx, 0);
    const char *path = duk_require_string(ctx, 1);
    nd_tcp_t *t = tcp_this(ctx);
    struct sockaddr_un un;
    socklen_t len;
    int err = t == NULL ? -EBADF : tcp_unix_addr(path, &un, &len);
    if (err == 0) {
        err = tcp_ensure_socket(ctx, t, AF_UNIX);
    }
    if (err == 0 && connect(t->h.fd, (struct sockaddr *)&un, len) != 0 && errno != EINPROGRESS &&
        errno != EAGAIN) {
        err = -errno;
    }
    if (err == 0) {
        t->wev = event_new(nd_rt(ctx)->base, t->h.fd, EV_WRITE, tcp_connect_cb, t);
        if (t->wev == NULL) {
            err = -ENOMEM;
        } else {
            event_add(t->wev, NULL);
            t->connecting = 1;
            t->connect_req = nd_ref(ctx, 0);
            tcp_update_ref(t);
        }
    }
    duk_push_int(ctx, err);
    return 1;
}

/* ---- options, ref, close ---- */

/* handle.setNoDelay(bool): [ bool ] -> [ status ] */
static duk_ret_t tcp_set_no_delay(duk_context *ctx) {
    int on = duk_to_boolean(ctx, 0);
    nd_tcp_t *t = tcp_this(ctx);
    int err = t == NULL || t->h.fd < 0 ? -EBADF :
        (setsockopt(t->h.fd, IPPROTO_TCP, TCP_NODELAY, &on, sizeof(on)) == 0 ? 0 : -errno);
    duk_push_int(ctx, err);
    return 1;
}

/* handle.setKeepAlive(bool, delaySeconds): [ bool n ] -> [ status ] */
static duk_ret_t tcp_set_keep_alive(duk_context *ctx) {
    int on = duk_to_boolean(ctx, 0);
    int delay = duk_get_int_default(ctx, 1, 0);
    nd_tcp_t *t = tcp_this(ctx);
    if (t == NULL || t->h.fd < 0) {
        duk_push_int(ctx, -EBADF);
        return 1;
    }
    int err = setsockopt(t->h.fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof(on)) == 0 ? 0 : -errno;
    if (err == 0 && on && delay > 0) {
        setsockopt(t->h.fd, IPPROTO_TCP, TCP_KEEPIDLE, &delay, sizeof(delay));
    }
    duk_push_int(ctx, err);
    return 1;
}

/* handle.close(): [ ] -> [ ]  Stops everything now; onclose follows on the next turn. */
static duk_ret_t tcp_close(duk_context *ctx) {
    nd_tcp_t *t = tcp_this(ctx);
    if (t == NULL) {
        return 0;
    }
    t->h.closing = 1;
    tcp_free_events(t);
    tcp_drop_queue(t);
    nd_unref(ctx, t->connect_req);
    nd_unref(ctx, t->shutdown_req);
    t->connect_req = t->shutdown_req = 0;
    t->reading = t->listening = t->connecting = t->shutdown_pending = 0;
    tcp_drop_pending_fds(t);
    if (t->consume != NULL) {
        t->consume(ctx, t->consumer, NULL, -ECANCELED);
        t->consume = NULL;
    }
    nd_handle_close(ctx, &t->h);
    return 0;
}

/* handle.open(fd[, ipc]): [ fd bool ] -> [ status ]  Wraps an inherited descriptor (a pipe or
 * terminal on standard input, a forked child's IPC channel, whose reads then take the handles
 * sent along), made non-blocking; one above the standard three becomes close-on-exec, so the
 * channel does not leak into grandchildren (as in Node).  Descriptors 0-2 are never closed by
 * close(). */
static duk_ret_t tcp_open(duk_context *ctx) {
    int fd = duk_require_int(ctx, 0);
    int ipc = duk_get_boolean_default(ctx, 1, 0);
    nd_tcp_t *t = tcp_this(ctx);
    if (t == NULL || t->h.fd >= 0) {
        duk_push_int(ctx, -EINVAL);
        return 1;
    }
    int flags = fcntl(fd, F_GETFL);
    if (flags < 0 || fcntl(fd, F_SETFL, flags | O_NONBLOCK) < 0) {
        duk_push_int(ctx, -errno);
        return 1;
    }
    if (fd > 2) {
        (void)fcntl(fd, F_SETFD, FD_CLOEXEC);
    }
    t->ipc = ipc;
    duk_push_this(ctx);
    nd_handle_adopt(ctx, -1, &t->h, fd);
    duk_pop(ctx);
    duk_push_int(ctx, 0);
    return 1;
}

duk_ret_t nd_open_tcp(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "bind", tcp_bind, 3 },
        { "bindPath", tcp_bind_path, 1 },
        { "connectPath", tcp_connect_path, 2 },
        { "listen", tcp_listen, 1 },
        { "connect", tcp_connect, 3 },
        { "readStart", tcp_read_start, 0 },
        { "readStop", tcp_read_stop, 0 },
        { "writeBuffer", tcp_write_buffer, 3 },
        { "writeString", tcp_write_string, 3 },
        { "writeQueueSize", tcp_write_queue_size, 0 },
        { "shutdown", tcp_shutdown, 1 },
        { "close", tcp_close, 0 },
        { "getsockname", tcp_getsockname, 0 },
        { "getpeername", tcp_getpeername, 0 },
        { "setNoDelay", tcp_set_no_delay, 1 },
        { "setKeepAlive", tcp_set_keep_alive, 2 },
        { "ref", nd_handle_ref, 0 },
        { "unref", nd_handle_unref, 0 },
        { "hasRef", nd_handle_has_ref, 0 },
        { "getFd", nd_handle_get_fd, 0 },
        { "open", tcp_open, 2 },
        { "takeHandle", tcp_take_handle, 1 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);                              /* [ binding ] */
    duk_push_c_function(ctx, tcp_constructor, 0);      /* [ binding TCP ] */
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    nd_handle_def_fd(ctx, -1);
    duk_put_prop_literal(ctx, -2, "prototype");
    duk_push_heap_stash(ctx);
    duk_dup(ctx, -2);
    duk_put_prop_literal(ctx, -2, "ndTCP");
    duk_pop(ctx);
    duk_put_prop_literal(ctx, -2, "TCP");
    duk_push_int(ctx, ND_UV_EOF);
    duk_put_prop_literal(ctx, -2, "UV_EOF");
    return 1;
}
