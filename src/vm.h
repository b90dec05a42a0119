/*
 * src/vm.h: heap lifetime and the runtime's own entry points into JavaScript (src/ only).
 */
#ifndef ND_VM_H
#define ND_VM_H

#include "nd.h"

/* Creates the Duktape heap for rt (rt->ctx).  Returns 0 or -ENOMEM. */
int nd_vm_create(nd_runtime_t *rt);
/* Destroys the heap; finalizers run. */
void nd_vm_destroy(nd_runtime_t *rt);
/* Drains nextTick and microtasks if JavaScript flagged any. */
void nd_vm_drain_ticks(duk_context *ctx);
/* After the main script's nd_invoke, which no collection ends: the first is due from the heap
 * it left. */
void nd_vm_main_done(duk_context *ctx);
/* Reports the error at the stack top as uncaught: [ ... err ] -> [ ... ] if a listener
 * handled it; otherwise prints it and exits. */
void nd_vm_report_fatal(duk_context *ctx);

#endif /* ND_VM_H */
