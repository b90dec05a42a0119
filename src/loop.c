/*
 * src/loop.c: the event loop, in libuv's phases on one libevent base.
 *
 * An iteration: update the loop time; run expired JS timers (timers phase); poll for I/O, blocking
 * unless immediates are waiting (poll phase, where socket and pool callbacks run); run immediates
 * (check phase).  JavaScript keeps its own timer heap and immediate queue (js/timers.js); C only
 * knows the earliest deadline, whether it is ref'd, and how many immediates are queued.  The loop
 * ends when nothing ref'd remains: libevent has no notion of unref, so liveness is our count.
 */
#include "nd.h"
#include "loop.h"

#include <event2/event.h>
#include <math.h>

/* The wake-up timer only ends the poll; the timers phase of the next iteration does the work. */
static void loop_timer_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    (void)arg;
}

int nd_loop_init(nd_runtime_t *rt) {
    struct event_config *cfg = event_config_new();
    if (cfg == NULL) {
        return -ENOMEM;
    }
    /* One thread owns the base; skip libevent's locking.  A precise clock: libevent's default
     * coarse monotonic clock ticks every 4 ms here, which made setTimeout(fn, 1) take 4 ms. */
    event_config_set_flag(cfg, EVENT_BASE_FLAG_NOLOCK | EVENT_BASE_FLAG_PRECISE_TIMER);
    rt->base = event_base_new_with_config(cfg);
    event_config_free(cfg);
    if (rt->base == NULL) {
        return -ENOMEM;
    }
    rt->timer_ev = evtimer_new(rt->base, loop_timer_cb, rt);
    if (rt->timer_ev == NULL) {
        return -ENOMEM;
    }
    rt->now = nd_hrtime_ms();
    return 0;
}

int nd_loop_alive(nd_runtime_t *rt) {
    return rt->refs > 0 || (rt->timer_due > 0 && rt->timer_ref) || rt->immediate_ref_count > 0;
}

void nd_loop_schedule_timer(nd_runtime_t *rt, double due) {
    rt->timer_due = due;
    if (due <= 0) {
        evtimer_del(rt->timer_ev);
        return;
    }
    double ms = due - nd_hrtime_ms();
    if (ms < 0) {
        ms = 0;
    }
    /* Round up: waking a little late is correct, waking early costs a useless iteration. */
    double whole = ceil(ms);
    struct timeval tv = { (time_t)(whole / 1000), (suseconds_t)fmod(whole, 1000) * 1000 };
    /* Inside a callback libevent measures from the time it cached before running callbacks,
     * which can be long past: refresh it, or the wake-up comes early. */
    event_base_update_cache_time(rt->base);
    evtimer_add(rt->timer_ev, &tv);
}

static void loop_call_stash(duk_context *ctx, void *udata) {
    nd_runtime_t *rt = nd_rt(ctx);
    duk_push_heap_stash(ctx);
    duk_get_prop_string(ctx, -1, (const char *)udata);
    duk_push_number(ctx, rt->now);
    duk_call(ctx, 1);
    duk_pop_2(ctx);
}

static void loop_run_timers(nd_runtime_t *rt) {
    if (rt->timer_due > 0 && rt->timer_due <= rt->now) {
        nd_invoke(rt->ctx, loop_call_stash, (void *)"processTimers");
    } else if (rt->timer_due > 0 && !evtimer_pending(rt->timer_ev, NULL)) {
        /* The wake-up fired before the deadline (clock rounding): wait for the rest. */
        nd_loop_schedule_timer(rt, rt->timer_due);
    }
}

static void loop_run_immediates(nd_runtime_t *rt) {
    if (rt->immediate_count > 0) {
        nd_invoke(rt->ctx, loop_call_stash, (void *)"processImmediate");
    }
}

int nd_loop_run(nd_runtime_t *rt) {
    /* As libuv's uv_run, a loop with nothing ref'd runs no timers: an unref'd timer already
     * due when the script ends does not fire. */
    if (!nd_loop_alive(rt)) {
        return 0;
    }
    for (;;) {
        rt->now = nd_hrtime_ms();
        loop_run_timers(rt);
        if (!nd_loop_alive(rt)) {
            break;
        }
        int flags = EVLOOP_ONCE;
        if (rt->immediate_count > 0) {
            flags |= EVLOOP_NONBLOCK;
        }
        if (event_base_loop(rt->base, flags) < 0) {
            fprintf(stderr, "nodule: event loop failure\n");
            return -1;
        }
        rt->now = nd_hrtime_ms();
        loop_run_immediates(rt);
    }
    return 0;
}

void nd_loop_ref(duk_context *ctx) {
    nd_rt(ctx)->refs++;
}

void nd_loop_unref(duk_context *ctx) {
    nd_runtime_t *rt = nd_rt(ctx);
    ND_ASSERT(rt->refs > 0);
    rt->refs--;
}
