/*
 * lib/tcp.h: what other bindings may know of a TCP handle: the consumer hook, through which the
 * HTTP parser (lib/http.c) reads a socket's bytes in C without a trip through JavaScript, as
 * Node's parser.consume(socket._handle) does.
 */
#ifndef ND_LIB_TCP_H
#define ND_LIB_TCP_H

#include "nd.h"

#include <sys/types.h>

typedef struct nd_tcp_s nd_tcp_t;

/* Called on the loop, inside nd_invoke, with each chunk read (n > 0) or at end of stream
 * (n == 0) or a read error (n < 0, -errno).  Returns non-zero to also deliver the event to the
 * handle's own onread (the consumer gave up the stream, e.g. after an upgrade). */
typedef int (*nd_tcp_consume_fn)(duk_context *ctx, void *consumer, const char *data, ssize_t n);

/* Returns the TCP handle of the JS object at idx, or NULL if it is none or closed. */
nd_tcp_t *nd_tcp_from(duk_context *ctx, duk_idx_t idx);
/* Routes the handle's reads to fn(consumer, ...); fn NULL restores delivery to onread. */
void nd_tcp_set_consumer(nd_tcp_t *t, nd_tcp_consume_fn fn, void *consumer);

/* Writes now what the socket takes and queues the rest, pinning the request object at req_idx
 * (DUK_INVALID_INDEX: none) whose oncomplete(status) is called when the queued bytes leave.
 * Returns 0 (all written: done), 1 (queued) or -errno. */
int nd_tcp_write(duk_context *ctx, nd_tcp_t *t, const char *data, size_t len, duk_idx_t req_idx);

#endif /* ND_LIB_TCP_H */
