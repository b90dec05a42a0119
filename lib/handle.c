/*
 * lib/handle.c: the socket handles' shared life cycle (lib/handle.h).
 */
#include "handle.h"

#include <event2/event.h>
#include <unistd.h>

#define HANDLE_PTR_KEY DUK_HIDDEN_SYMBOL("nd_ptr")

static duk_ret_t handle_finalize(duk_context *ctx) {
    duk_get_prop_literal(ctx, 0, HANDLE_PTR_KEY);
    nd_handle_t *h = duk_get_pointer(ctx, -1);
    if (h == NULL) {
        return 0;
    }
    duk_del_prop_literal(ctx, 0, HANDLE_PTR_KEY);
    h->finalized = 1;
    if (!h->closed) {
        /* Only at heap destruction, or a handle that never owned a descriptor: a live one is
         * pinned. */
        h->ops->discard(h);
        if (h->fd >= 0) {
            close(h->fd);
        }
    }
    free(h);
    return 0;
}

void *nd_handle_construct(duk_context *ctx, size_t size, const nd_handle_ops_t *ops) {
    if (!duk_is_constructor_call(ctx)) {
        (void)duk_error(ctx, DUK_ERR_TYPE_ERROR,
                        "Class constructor %s cannot be invoked without 'new'", ops->name);
    }
    duk_push_this(ctx);
    nd_handle_t *h = calloc(1, size);
    if (h == NULL) {
        (void)duk_error(ctx, DUK_ERR_RANGE_ERROR, "out of memory");
    }
    h->ops = ops;
    h->ctx = nd_rt(ctx)->ctx; /* the main thread: ctx may be a coroutine */
    h->fd = -1;
    h->refed = 1;
    duk_push_pointer(ctx, h);
    duk_put_prop_literal(ctx, -2, HANDLE_PTR_KEY);
    duk_push_c_function(ctx, handle_finalize, 1);
    duk_set_finalizer(ctx, -2);
    duk_pop(ctx);
    return h;
}

void *nd_handle_from(duk_context *ctx, duk_idx_t idx) {
    if (!duk_is_object(ctx, idx)) {
        return NULL;
    }
    duk_get_prop_literal(ctx, idx, HANDLE_PTR_KEY);
    nd_handle_t *h = duk_get_pointer(ctx, -1);
    duk_pop(ctx);
    return (h != NULL && !h->closing) ? h : NULL;
}

void *nd_handle_this(duk_context *ctx) {
    duk_push_this(ctx);
    void *h = nd_handle_from(ctx, -1);
    duk_pop(ctx);
    return h;
}

void nd_handle_adopt(duk_context *ctx, duk_idx_t idx, nd_handle_t *h, int fd) {
    h->fd = fd;
    h->self = nd_ref(ctx, idx);
}

void nd_handle_update_ref(nd_handle_t *h) {
    int want = h->refed && !h->closing && h->ops->active(h);
    if (want && !h->counted) {
        nd_loop_ref(h->ctx);
        h->counted = 1;
    } else if (!want && h->counted) {
        nd_loop_unref(h->ctx);
        h->counted = 0;
    }
}

static void handle_close_done_body(duk_context *ctx, void *udata) {
    nd_handle_t *h = udata;
    nd_push_ref(ctx, h->self);
    nd_unref(ctx, h->self);
    h->self = 0;
    h->closed = 1;
    duk_get_prop_literal(ctx, -1, "onclose");
    if (duk_is_function(ctx, -1)) {
        duk_dup(ctx, -2);
        duk_call_method(ctx, 0);
    }
    duk_pop_2(ctx);
}

/* Second half of close(), on the next loop turn: the binding's last words, then unpin and tell
 * JavaScript. */
static void handle_close_done_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    nd_handle_t *h = arg;
    nd_loop_unref(h->ctx); /* the reference close() took so the loop waits for this */
    if (h->ops->closed != NULL) {
        h->ops->closed(h);
    }
    nd_invoke(h->ctx, handle_close_done_body, h);
}

void nd_handle_close(duk_context *ctx, nd_handle_t *h) {
    h->closing = 1;
    nd_handle_update_ref(h);
    if (h->fd > 2) {
        close(h->fd);
    }
    h->fd = -1;
    if (h->self == 0) {
        /* It never owned a descriptor: nothing pins it, so nothing may wait for it either (the
         * finalizer can free it before the next turn). */
        h->closed = 1;
        return;
    }
    struct timeval zero = { 0, 0 };
    nd_loop_ref(ctx);
    if (event_base_once(nd_rt(ctx)->base, -1, EV_TIMEOUT, handle_close_done_cb, h, &zero) != 0) {
        /* No event for the second half: finish now; the binding frees its queues without
         * calling JavaScript. */
        nd_loop_unref(ctx);
        h->ops->discard(h);
        handle_close_done_body(ctx, h);
    }
}

static duk_ret_t handle_set_ref(duk_context *ctx, int on) {
    nd_handle_t *h = nd_handle_this(ctx);
    if (h != NULL) {
        h->refed = on ? 1 : 0;
        nd_handle_update_ref(h);
    }
    return 0;
}

duk_ret_t nd_handle_ref(duk_context *ctx) {
    return handle_set_ref(ctx, 1);
}

duk_ret_t nd_handle_unref(duk_context *ctx) {
    return handle_set_ref(ctx, 0);
}

duk_ret_t nd_handle_has_ref(duk_context *ctx) {
    nd_handle_t *h = nd_handle_this(ctx);
    duk_push_boolean(ctx, h != NULL && h->refed);
    return 1;
}

duk_ret_t nd_handle_get_fd(duk_context *ctx) {
    nd_handle_t *h = nd_handle_this(ctx);
    duk_push_int(ctx, h != NULL ? h->fd : -1);
    return 1;
}

void nd_handle_def_fd(duk_context *ctx, duk_idx_t idx) {
    idx = duk_normalize_index(ctx, idx);
    duk_push_literal(ctx, "fd");
    duk_push_c_function(ctx, nd_handle_get_fd, 0);
    duk_def_prop(ctx, idx, DUK_DEFPROP_HAVE_GETTER | DUK_DEFPROP_SET_CONFIGURABLE);
}
