/*
 * src/main.c: nodule's entry point.
 *
 * Parses the command line, creates the heap and the loop, runs the bootstrap, starts the main
 * script, then runs the loop until no work remains, emitting 'beforeExit' and 'exit' as Node
 * does.  Only here, process.exit and the uncaught-exception path end the process.
 */
#include "nd.h"
#include "cli.h"
#include "loop.h"
#include "modules.h"
#include "vm.h"

#include <signal.h>
#include <string.h>

static const char *const main_modes[] = {
    [ND_MODE_FILE] = "file",   [ND_MODE_EVAL] = "eval",   [ND_MODE_PRINT] = "print",
    [ND_MODE_CHECK] = "check", [ND_MODE_STDIN] = "stdin", [ND_MODE_REPL] = "repl",
};

static void main_usage(void) {
    fputs("Usage: nodule [options] [ script.js ] [arguments]\n"
          "       nodule -e|-p \"script\" [arguments]\n"
          "\n"
          "Options:\n"
          "  -                       script read from stdin (default if no file name is\n"
          "                          provided and stdin is not a terminal)\n"
          "  --                      indicate the end of node options\n"
          "  -c, --check             syntax check script without executing\n"
          "  -e, --eval script       evaluate script\n"
          "  -h, --help              print node command line options (this text)\n"
          "  -i, --interactive       always enter the REPL even if stdin does not appear\n"
          "                          to be a terminal\n"
          "  -p, --print script      evaluate script and print result\n"
          "  -r, --require=...       CommonJS module to preload (option can\n"
          "                          be repeated)\n"
          "  -v, --version           print nodule's version\n"
          "\n"
          "Environment variables:\n"
          "  NODE_PATH               ':'-separated list of directories prefixed to the\n"
          "                          module search path\n"
          "  NODULE_MAX_HEAP_MB      ceiling of the JavaScript heap in megabytes\n"
          "\n"
          "Documentation: docs/cli.md\n",
          stdout);
}

typedef struct main_start_s {
    const nd_cli_t *cli;
} main_start_t;

/* stash.startMain(mode, script, code, preloads) */
static void main_start(duk_context *ctx, void *udata) {
    const nd_cli_t *cli = ((main_start_t *)udata)->cli;
    duk_push_heap_stash(ctx);
    duk_get_prop_literal(ctx, -1, "startMain");
    duk_push_string(ctx, main_modes[cli->mode]);
    if (cli->script != NULL) {
        duk_push_string(ctx, cli->script);
    } else {
        duk_push_undefined(ctx);
    }
    if (cli->code != NULL) {
        duk_push_string(ctx, cli->code);
    } else {
        duk_push_undefined(ctx);
    }
    duk_push_array(ctx);
    for (int i = 0; i < cli->npreloads; i++) {
        duk_push_string(ctx, cli->preloads[i]);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    duk_call(ctx, 4);
    duk_pop_2(ctx);
}

/* Calls stash.<name>() and keeps its integer result in *udata (an int). */
typedef struct main_hook_s {
    const char *name;
    int result;
} main_hook_t;

static void main_call_hook(duk_context *ctx, void *udata) {
    main_hook_t *hook = udata;
    duk_push_heap_stash(ctx);
    duk_get_prop_string(ctx, -1, hook->name);
    duk_call(ctx, 0);
    hook->result = duk_get_int_default(ctx, -1, 0);
    duk_pop_2(ctx);
}

int main(int argc, char **argv) {
    nd_cli_t cli;
    int rc = nd_cli_parse(argc, argv, &cli);
    if (rc != 0) {
        return rc;
    }
    if (cli.mode == ND_MODE_VERSION) {
        puts("v" ND_VERSION);
        return 0;
    }
    if (cli.mode == ND_MODE_HELP) {
        main_usage();
        return 0;
    }
    /* A peer that goes away must give EPIPE to the script, never kill the process. */
    signal(SIGPIPE, SIG_IGN);

    static nd_runtime_t rt;
    rt.start_ms = nd_hrtime_ms();
    rt.argc = argc;
    rt.argv = argv;
    rt.script_argi = cli.script_argi;
    rt.exec_argc = cli.exec_argc;
    if (nd_vm_create(&rt) != 0 || nd_loop_init(&rt) != 0) {
        fprintf(stderr, "nodule: out of memory at start-up\n");
        return 1;
    }
    if (nd_modules_bootstrap(rt.ctx) != 0) {
        return 1;
    }
    main_start_t start = { &cli };
    nd_invoke(rt.ctx, main_start, &start);
    nd_vm_main_done(rt.ctx);

    for (;;) {
        if (nd_loop_run(&rt) != 0) {
            return 1;
        }
        main_hook_t before = { "emitBeforeExit", 0 };
        nd_invoke(rt.ctx, main_call_hook, &before);
        if (!nd_loop_alive(&rt)) {
            break;
        }
    }
    main_hook_t done = { "emitExit", 0 };
    nd_invoke(rt.ctx, main_call_hook, &done);
    return done.result;
}
