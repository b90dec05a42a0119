/*
 * lib/signal.c: native side of process.on('SIGINT') and friends.
 *
 * One libevent signal event per signal number with a listener.  js/process.js starts a watcher
 * when the first listener for a signal is added and stops it when the last one goes.  Watchers do
 * not keep the loop alive (as in Node, a signal listener alone lets the process exit).  Delivery
 * runs through nd_invoke, so a throwing listener is an uncaught exception like any other.
 * The watcher table is a buffer owned by the binding object, which the stash keeps for the life
 * of the heap.
 */
#include "nd.h"
#include "bindings.h"

#include <event2/event.h>
#include <signal.h>

#define SIGNAL_MAX 65

typedef struct nd_signal_s {
    duk_context *ctx;
    struct event *ev;
    int callback;   /* nd_ref of the JS function called with the signal number; 0 when idle */
    int signum;
} nd_signal_t;

/* Returns the watcher table of the binding that `this` is. */
static nd_signal_t *signal_table(duk_context *ctx) {
    duk_push_this(ctx);
    duk_get_prop_literal(ctx, -1, DUK_HIDDEN_SYMBOL("table"));
    nd_signal_t *t = duk_require_buffer(ctx, -1, NULL);
    duk_pop_2(ctx);
    return t;
}

static void signal_deliver(duk_context *ctx, void *udata) {
    nd_signal_t *s = udata;
    nd_push_ref(ctx, s->callback);
    duk_push_int(ctx, s->signum);
    duk_call(ctx, 1);
    duk_pop(ctx);
}

static void signal_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    nd_signal_t *s = arg;
    if (s->callback != 0) {
        nd_invoke(s->ctx, signal_deliver, s);
    }
}

/* signal.start(signum, callback): [ n fn ] -> [ 0 | -errno ] */
static duk_ret_t signal_start(duk_context *ctx) {
    int signum = duk_require_int(ctx, 0);
    duk_require_function(ctx, 1);
    if (signum <= 0 || signum >= SIGNAL_MAX || signum == SIGKILL || signum == SIGSTOP) {
        duk_push_int(ctx, -EINVAL);
        return 1;
    }
    nd_signal_t *s = &signal_table(ctx)[signum];
    if (s->ev == NULL) {
        s->ctx = nd_rt(ctx)->ctx; /* the main thread: ctx may be a coroutine */
        s->signum = signum;
        s->ev = evsignal_new(nd_rt(ctx)->base, signum, signal_cb, s);
        if (s->ev == NULL) {
            duk_push_int(ctx, -ENOMEM);
            return 1;
        }
    }
    nd_unref(ctx, s->callback);
    s->callback = nd_ref(ctx, 1);
    if (evsignal_add(s->ev, NULL) != 0) {
        duk_push_int(ctx, -EINVAL);
        return 1;
    }
    duk_push_int(ctx, 0);
    return 1;
}

/* signal.stop(signum): [ n ] -> [ ]  Restores the default disposition. */
static duk_ret_t signal_stop(duk_context *ctx) {
    int signum = duk_require_int(ctx, 0);
    if (signum <= 0 || signum >= SIGNAL_MAX) {
        return 0;
    }
    nd_signal_t *s = &signal_table(ctx)[signum];
    if (s->ev != NULL) {
        evsignal_del(s->ev);
    }
    nd_unref(ctx, s->callback);
    s->callback = 0;
    return 0;
}

duk_ret_t nd_open_signal(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "start", signal_start, 2 },
        { "stop", signal_stop, 1 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    duk_push_fixed_buffer(ctx, sizeof(nd_signal_t) * SIGNAL_MAX); /* zeroed */
    duk_put_prop_literal(ctx, -2, DUK_HIDDEN_SYMBOL("table"));
    return 1;
}
