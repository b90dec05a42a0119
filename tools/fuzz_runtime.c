/*
 * tools/fuzz_runtime.c: the libFuzzer harness for the targets that need the whole runtime
 * (make fuzz; linked in build-fuzz/ with every object but src/main.o).
 *
 * ND_FUZZ_SCRIPT names a driver script (test/fuzz/<target>.js).  It runs once at start-up as
 * the main script and defines globalThis.__ndFuzzOne(bytes), bytes a Uint8Array.  Each input
 * calls it and then runs the event loop until no ref'd work is left, so a driver may pass the
 * bytes through a real socket to a live server whose long-lived handles are unref'd.  A
 * driver reports a broken invariant by throwing: the runtime's uncaught-exception path prints
 * the error and exits, and libFuzzer reports the exit ("fuzz target exited") with the input
 * saved, as it does a sanitizer report or a crash.
 */
#include "loop.h"
#include "modules.h"
#include "nd.h"
#include "vm.h"

#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static nd_runtime_t fuzz_rt;
static char *fuzz_argv[3];

/* stash.startMain('file', script) */
static void fuzz_start(duk_context *ctx, void *udata) {
    duk_push_heap_stash(ctx);
    duk_get_prop_literal(ctx, -1, "startMain");
    duk_push_literal(ctx, "file");
    duk_push_string(ctx, (const char *)udata);
    duk_push_undefined(ctx);
    duk_call(ctx, 3);
    duk_pop_2(ctx);
}

typedef struct fuzz_input_s {
    const uint8_t *data;
    size_t size;
} fuzz_input_t;

/* __ndFuzzOne(new Uint8Array(bytes)) */
static void fuzz_call(duk_context *ctx, void *udata) {
    const fuzz_input_t *in = udata;
    duk_get_global_literal(ctx, "__ndFuzzOne");
    if (!duk_is_function(ctx, -1)) {
        fprintf(stderr, "fuzz_runtime: the target did not define __ndFuzzOne\n");
        abort();
    }
    void *p = duk_push_fixed_buffer(ctx, in->size);
    if (in->size > 0) {
        memcpy(p, in->data, in->size);
    }
    duk_push_buffer_object(ctx, -1, 0, in->size, DUK_BUFOBJ_UINT8ARRAY);
    duk_remove(ctx, -2);
    duk_call(ctx, 1);
    duk_pop(ctx);
}

static void fuzz_run_loop(void) {
    if (nd_loop_run(&fuzz_rt) != 0) {
        fprintf(stderr, "fuzz_runtime: event loop failure\n");
        abort();
    }
}

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    const char *script = getenv("ND_FUZZ_SCRIPT");
    if (script == NULL) {
        fprintf(stderr, "fuzz_runtime: set ND_FUZZ_SCRIPT to a target script\n");
        exit(2);
    }
    signal(SIGPIPE, SIG_IGN);
    fuzz_argv[0] = (*argv)[0];
    fuzz_argv[1] = (char *)script;
    (void)argc;
    fuzz_rt.start_ms = nd_hrtime_ms();
    fuzz_rt.argc = 2;
    fuzz_rt.argv = fuzz_argv;
    fuzz_rt.script_argi = 1;
    fuzz_rt.exec_argc = 0;
    if (nd_vm_create(&fuzz_rt) != 0 || nd_loop_init(&fuzz_rt) != 0 ||
        nd_modules_bootstrap(fuzz_rt.ctx) != 0) {
        fprintf(stderr, "fuzz_runtime: the runtime did not start\n");
        exit(1);
    }
    nd_invoke(fuzz_rt.ctx, fuzz_start, (void *)script);
    fuzz_run_loop();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    fuzz_input_t in = { data, size };
    nd_invoke(fuzz_rt.ctx, fuzz_call, &in);
    fuzz_run_loop();
    return 0;
}
