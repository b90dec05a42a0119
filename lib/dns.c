/*
 * lib/dns.c: native side of dns.lookup: getaddrinfo on the worker pool.
 *
 * lookup(host, family, callback) copies the host name, resolves it on a pool thread and calls
 * callback(status, addresses) on the loop, addresses being [address, family, ...] in the order
 * getaddrinfo gave them (Node's 'verbatim' order).  Failures are libuv's negative EAI codes,
 * which js/internal/errors.js turns into Node's ENOTFOUND and friends.
 *
 * lookupService(address, port, callback) does the same for getnameinfo (NI_NAMEREQD, as libuv's
 * uv_getnameinfo callers in Node get it) and calls callback(status, hostname, service).  Each
 * request is malloc'd, owned by the pool until its after-callback frees it.
 */
#include "nd.h"
#include "bindings.h"
#include "pool.h"

#include <arpa/inet.h>
#include <errno.h>
#include <netdb.h>
#include <string.h>
#include <sys/socket.h>

/* What both requests start with, so one submit and one cleanup serve them. */
typedef struct dns_head_s {
    nd_work_t work;
    duk_context *ctx;        /* the main thread's context */
    int callback;            /* nd_ref of the JS callback */
} dns_head_t;

typedef struct dns_req_s {
    dns_head_t head;
    int family;              /* 0, 4 or 6 */
    int status;              /* 0 or a negative libuv code */
    struct addrinfo *res;
    char host[];
} dns_req_t;

/* getaddrinfo's EAI_* as libuv's UV_EAI_* numbers. */
static int dns_uv_code(int eai) {
    switch (eai) {
    case EAI_AGAIN: return -3001;
    case EAI_BADFLAGS: return -3002;
    case EAI_FAIL: return -3004;
    case EAI_FAMILY: return -3005;
    case EAI_MEMORY: return -3006;
    case EAI_NODATA: return -3007;
    case EAI_NONAME: return -3008;
    case EAI_OVERFLOW: return -3009;
    case EAI_SERVICE: return -3010;
    case EAI_SOCKTYPE: return -3011;
    case EAI_SYSTEM: return -errno;
    default: return -3004;
    }
}

static void dns_work(nd_work_t *work) {
    dns_req_t *req = (dns_req_t *)work;
    struct addrinfo hints;
    memset(&hints, 0, sizeof(hints));
    hints.ai_family = req->family == 4 ? AF_INET : req->family == 6 ? AF_INET6 : AF_UNSPEC;
    hints.ai_socktype = SOCK_STREAM;
    int rc = getaddrinfo(req->host, NULL, &hints, &req->res);
    req->status = rc == 0 ? 0 : dns_uv_code(rc);
}

static void dns_deliver(duk_context *ctx, void *udata) {
    dns_req_t *req = udata;
    nd_push_ref(ctx, req->head.callback);
    duk_push_int(ctx, req->status);
    duk_push_array(ctx);
    duk_uarridx_t n = 0;
    for (struct addrinfo *ai = req->res; ai != NULL; ai = ai->ai_next) {
        char buf[INET6_ADDRSTRLEN];
        const void *addr;
        int fam;
        if (ai->ai_family == AF_INET) {
            addr = &((struct sockaddr_in *)ai->ai_addr)->sin_addr;
            fam = 4;
        } else if (ai->ai_family == AF_INET6) {
            addr = &((struct sockaddr_in6 *)ai->ai_addr)->sin6_addr;
            fam = 6;
        } else {
            continue;
        }
        if (inet_ntop(ai->ai_family, addr, buf, sizeof(buf)) == NULL) {
            continue;
        }
        duk_push_string(ctx, buf);
        duk_put_prop_index(ctx, -2, n++);
        duk_push_int(ctx, fam);
        duk_put_prop_index(ctx, -2, n++);
    }
    duk_call(ctx, 2);
    duk_pop(ctx);
}

/* Delivers a finished request through nd_invoke, then drops its callback and frees it. */
static void dns_finish(dns_head_t *head, void (*deliver)(duk_context *ctx, void *udata)) {
    nd_invoke(head->ctx, deliver, head);
    nd_unref(head->ctx, head->callback);
    free(head);
}

/* Pins the callback at stack index 2 and queues `head` on the pool; a request the pool refuses
 * is freed here.  [ ... ] -> [ ... 0|-errno ] */
static duk_ret_t dns_submit(duk_context *ctx, dns_head_t *head, nd_work_fn work,
                            nd_after_work_fn after) {
    head->ctx = nd_rt(ctx)->ctx; /* the main thread: ctx may be a coroutine */
    head->callback = nd_ref(ctx, 2);
    int err = nd_pool_submit(nd_rt(ctx), &head->work, work, after);
    if (err < 0) {
        nd_unref(ctx, head->callback);
        free(head);
    }
    duk_push_int(ctx, err);
    return 1;
}

static void dns_after(nd_work_t *work) {
    dns_req_t *req = (dns_req_t *)work;
    struct addrinfo *res = req->res;
    dns_finish(&req->head, dns_deliver);
    if (res != NULL) {
        freeaddrinfo(res);
    }
}

/* dns.lookup(host, family, callback): [ host n fn ] -> [ 0 | -errno ] */
static duk_ret_t dns_lookup(duk_context *ctx) {
    duk_size_t len;
    const char *host = duk_require_lstring(ctx, 0, &len);
    int family = duk_get_int_default(ctx, 1, 0);
    duk_require_function(ctx, 2);
    dns_req_t *req = calloc(1, sizeof(*req) + len + 1);
    if (req == NULL) {
        duk_push_int(ctx, -ENOMEM);
        return 1;
    }
    memcpy(req->host, host, len + 1);
    req->family = family;
    return dns_submit(ctx, &req->head, dns_work, dns_after);
}

typedef struct dns_ni_req_s {
    dns_head_t head;
    int status;              /* 0 or a negative libuv code */
    struct sockaddr_storage addr;
    socklen_t addrlen;
    char host[NI_MAXHOST];
    char service[NI_MAXSERV];
} dns_ni_req_t;

static void dns_ni_work(nd_work_t *work) {
    dns_ni_req_t *req = (dns_ni_req_t *)work;
    int rc = getnameinfo((struct sockaddr *)&req->addr, req->addrlen, req->host, sizeof(req->host),
                         req->service, sizeof(req->service), NI_NAMEREQD);
    req->status = rc == 0 ? 0 : dns_uv_code(rc);
}

static void dns_ni_deliver(duk_context *ctx, void *udata) {
    dns_ni_req_t *req = udata;
    nd_push_ref(ctx, req->head.callback);
    duk_push_int(ctx, req->status);
    duk_push_string(ctx, req->host);
    duk_push_string(ctx, req->service);
    duk_call(ctx, 3 /*nargs*/);
    duk_pop(ctx);
}

static void dns_ni_after(nd_work_t *work) {
    dns_finish((dns_head_t *)work, dns_ni_deliver);
}

/* dns.lookupService(address, port, callback): [ address port fn ] -> [ 0 | -errno ].  The
 * address must be a numeric IPv4 or IPv6 address (-EINVAL otherwise). */
static duk_ret_t dns_lookup_service(duk_context *ctx) {
    const char *address = duk_require_string(ctx, 0);
    int port = duk_require_int(ctx, 1);
    duk_require_function(ctx, 2);
    struct sockaddr_storage addr;
    socklen_t addrlen;
    memset(&addr, 0, sizeof(addr));
    struct sockaddr_in *sin = (struct sockaddr_in *)&addr;
    struct sockaddr_in6 *sin6 = (struct sockaddr_in6 *)&addr;
    if (inet_pton(AF_INET, address, &sin->sin_addr) == 1) {
        sin->sin_family = AF_INET;
        sin->sin_port = htons((uint16_t)port);
        addrlen = sizeof(*sin);
    } else if (inet_pton(AF_INET6, address, &sin6->sin6_addr) == 1) {
        sin6->sin6_family = AF_INET6;
        sin6->sin6_port = htons((uint16_t)port);
        addrlen = sizeof(*sin6);
    } else {
        duk_push_int(ctx, -EINVAL);
        return 1;
    }
    dns_ni_req_t *req = calloc(1, sizeof(*req));
    if (req == NULL) {
        duk_push_int(ctx, -ENOMEM);
        return 1;
    }
    req->addr = addr;
    req->addrlen = addrlen;
    return dns_submit(ctx, &req->head, dns_ni_work, dns_ni_after);
}

duk_ret_t nd_open_dns(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "lookup", dns_lookup, 3 },
        { "lookupService", dns_lookup_service, 3 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    return 1;
}
