/*
 * lib/handle.h: the life cycle every socket handle shares (lib/tcp.c, lib/udp.c), as
 * docs/architecture.md draws it: create -> pin -> close -> finalize -> free.
 *
 * A binding's struct starts with an nd_handle_t.  The JS object is pinned (nd_ref) from the
 * moment it owns a descriptor until close() has completed, and counts in the loop's liveness
 * only while ref'd and active (the binding's `active` hook says when).  nd_handle_close stops
 * the handle at once and finishes on the next loop turn, so a struct is never freed under a
 * running callback; the finalizer frees it once it is both closed and finalized.
 */
#ifndef ND_LIB_HANDLE_H
#define ND_LIB_HANDLE_H

#include "nd.h"

typedef struct nd_handle_s nd_handle_t;

typedef struct nd_handle_ops_s {
    const char *name;                     /* the JS class name, for Node's constructor error */
    int (*active)(nd_handle_t *h);        /* has work that keeps the loop alive */
    void (*discard)(nd_handle_t *h);      /* frees events and queues without calling JS (at
                                           * heap destruction, or from the binding's close) */
    void (*closed)(nd_handle_t *h);       /* optional: on the turn after close, before the JS
                                           * object's onclose() and unpinning; may call JS */
} nd_handle_ops_t;

struct nd_handle_s {
    const nd_handle_ops_t *ops;
    duk_context *ctx;         /* the heap's main thread */
    int fd;                   /* -1 until the handle owns a descriptor */
    int self;                 /* nd_ref pin of the JS object while it owns a descriptor */
    unsigned refed : 1;
    unsigned counted : 1;     /* currently counted in rt->refs */
    unsigned closing : 1;
    unsigned closed : 1;
    unsigned finalized : 1;
};

/* Body of a binding's constructor: throws unless called with new, then gives `this` a zeroed
 * struct of `size` bytes (fd -1, ref'd) owned by a finalizer.  Returns it. */
void *nd_handle_construct(duk_context *ctx, size_t size, const nd_handle_ops_t *ops);
/* Returns the handle of `this`, or NULL once close() was called. */
void *nd_handle_this(duk_context *ctx);
/* Returns the handle of the JS object at idx, or NULL if it is none or closed. */
void *nd_handle_from(duk_context *ctx, duk_idx_t idx);
/* Gives the handle its descriptor and pins the JS object at idx.  fd is owned from here. */
void nd_handle_adopt(duk_context *ctx, duk_idx_t idx, nd_handle_t *h, int fd);
/* Keeps rt->refs in step with "ref'd, not closing and active". */
void nd_handle_update_ref(nd_handle_t *h);
/* Marks the handle closing, closes its descriptor (never 0-2), and finishes on the next loop
 * turn: ops->closed, then handle.onclose() in JS, then unpinning.  The binding stops its events
 * before calling this. */
void nd_handle_close(duk_context *ctx, nd_handle_t *h);

/* handle.ref() / unref() / hasRef() / getFd(), shared by the bindings' method tables. */
duk_ret_t nd_handle_ref(duk_context *ctx);
duk_ret_t nd_handle_unref(duk_context *ctx);
duk_ret_t nd_handle_has_ref(duk_context *ctx);
duk_ret_t nd_handle_get_fd(duk_context *ctx);
/* Defines the read-only `fd` accessor Node's handles have (-1 without a descriptor) on the
 * prototype at idx.  [ ... proto ... ] -> [ ... proto ... ] */
void nd_handle_def_fd(duk_context *ctx, duk_idx_t idx);

#endif /* ND_LIB_HANDLE_H */
