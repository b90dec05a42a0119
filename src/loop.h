/*
 * src/loop.h: the event loop (src/ and lib/timers.c only).
 */
#ifndef ND_LOOP_H
#define ND_LOOP_H

#include "nd.h"

/* Creates the event base and the timer wake-up event.  Returns 0 or -ENOMEM. */
int nd_loop_init(nd_runtime_t *rt);
/* Runs the loop until no ref'd work remains.  Returns 0. */
int nd_loop_run(nd_runtime_t *rt);
/* Returns non-zero while ref'd timers, immediates, handles or requests remain. */
int nd_loop_alive(nd_runtime_t *rt);
/* Re-arms the wake-up for the earliest JS timer, due at loop time `due` ms (0: none). */
void nd_loop_schedule_timer(nd_runtime_t *rt, double due);

#endif /* ND_LOOP_H */
