/*
 * lib/timers.c: native side of the 'timers' module.
 *
 * js/timers.js owns Node's semantics (the timer heap, ordering, ref/unref, refresh, intervals,
 * the immediate queue).  This binding only tells the loop (src/loop.c) the earliest deadline and
 * whether it is ref'd, and how many immediates wait, and gives JS the loop's cached time.
 */
#include "nd.h"
#include "bindings.h"
#include "loop.h"

/* timers.getLoopTime(): [ ] -> [ ms ]  The loop time cached for this iteration (uv_now). */
static duk_ret_t timers_get_loop_time(duk_context *ctx) {
    duk_push_number(ctx, nd_rt(ctx)->now);
    return 1;
}

/* timers.scheduleTimer(due): [ due ] -> [ ]  Arms the wake-up at loop time `due` (0: none). */
static duk_ret_t timers_schedule_timer(duk_context *ctx) {
    nd_loop_schedule_timer(nd_rt(ctx), duk_require_number(ctx, 0));
    return 0;
}

/* timers.toggleTimerRef(ref): [ bool ] -> [ ] */
static duk_ret_t timers_toggle_timer_ref(duk_context *ctx) {
    nd_rt(ctx)->timer_ref = duk_require_boolean(ctx, 0);
    return 0;
}

/* timers.setImmediateCounts(count, refCount): [ n n ] -> [ ] */
static duk_ret_t timers_set_immediate_counts(duk_context *ctx) {
    nd_runtime_t *rt = nd_rt(ctx);
    rt->immediate_count = duk_require_int(ctx, 0);
    rt->immediate_ref_count = duk_require_int(ctx, 1);
    return 0;
}

duk_ret_t nd_open_timers(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "getLoopTime", timers_get_loop_time, 0 },
        { "scheduleTimer", timers_schedule_timer, 1 },
        { "toggleTimerRef", timers_toggle_timer_ref, 1 },
        { "setImmediateCounts", timers_set_immediate_counts, 2 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    return 1;
}
