/*
 * src/cli.c: command-line parsing, with Node's options, messages and exit codes.
 *
 * Options come before the script; everything after the script (or after `--`) belongs to it.
 * An unknown option prints `nodule: bad option: X` and exits 9, as node does.
 */
#include "cli.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* Node flags that change nothing here yet but must not be rejected: scripts and tools pass them. */
static const char *const cli_ignored_flags[] = {
    "--no-warnings", "--no-deprecation", "--trace-warnings", "--trace-deprecation",
    "--throw-deprecation", "--trace-uncaught", "--enable-source-maps", "--preserve-symlinks",
    "--expose-gc", "--no-experimental-fetch", NULL
};

static int cli_is_ignored(const char *arg) {
    for (int i = 0; cli_ignored_flags[i] != NULL; i++) {
        if (strcmp(arg, cli_ignored_flags[i]) == 0) {
            return 1;
        }
    }
    /* V8 tuning flags (--max-old-space-size=N, --stack-size=N) are accepted and ignored. */
    return strncmp(arg, "--max-old-space-size=", 21) == 0 || strncmp(arg, "--stack-size=", 13) == 0;
}

static int cli_missing_value(const char *opt) {
    fprintf(stderr, "nodule: %s requires an argument\n", opt);
    return 9;
}

int nd_cli_parse(int argc, char **argv, nd_cli_t *cli) {
    memset(cli, 0, sizeof(*cli));
    cli->mode = ND_MODE_FILE;
    int check = 0;
    int interactive = 0;
    int i = 1;
    for (; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[0] != '-' || strcmp(a, "-") == 0) {
            break;
        }
        if (strcmp(a, "-e") == 0 || strcmp(a, "--eval") == 0 || strcmp(a, "-p") == 0 ||
            strcmp(a, "--print") == 0 || strcmp(a, "-pe") == 0) {
            if (i + 1 >= argc) {
                return cli_missing_value(a);
            }
            cli->mode = (a[1] == 'p' || strcmp(a, "--print") == 0) ? ND_MODE_PRINT : ND_MODE_EVAL;
            cli->code = argv[++i];
        } else if (strncmp(a, "--eval=", 7) == 0) {
            cli->mode = ND_MODE_EVAL;
            cli->code = a + 7;
        } else if (strncmp(a, "--print=", 8) == 0) {
            cli->mode = ND_MODE_PRINT;
            cli->code = a + 8;
        } else if (strcmp(a, "-r") == 0 || strcmp(a, "--require") == 0 ||
                   strncmp(a, "--require=", 10) == 0) {
            const char *module = a[1] == '-' && a[9] == '=' ? a + 10 : NULL;
            if (module == NULL && i + 1 >= argc) {
                return cli_missing_value(a);
            }
            if (cli->npreloads == ND_CLI_MAX_PRELOADS) {
                fprintf(stderr, "nodule: more than %d modules to preload\n", ND_CLI_MAX_PRELOADS);
                return 9;
            }
            cli->preloads[cli->npreloads++] = module != NULL ? module : argv[++i];
        } else if (strcmp(a, "-c") == 0 || strcmp(a, "--check") == 0) {
            check = 1;
        } else if (strcmp(a, "-i") == 0 || strcmp(a, "--interactive") == 0) {
            interactive = 1;
        } else if (strcmp(a, "-v") == 0 || strcmp(a, "--version") == 0) {
            cli->mode = ND_MODE_VERSION;
            return 0;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            cli->mode = ND_MODE_HELP;
            return 0;
        } else if (!cli_is_ignored(a)) {
            fprintf(stderr, "nodule: bad option: %s\n", a);
            return 9;
        }
    }
    cli->exec_argc = i - 1;
    if (i > 1 && strcmp(argv[i - 1], "--") == 0) {
        cli->exec_argc = i - 2;
    }
    cli->script_argi = i;
    if (cli->mode == ND_MODE_EVAL || cli->mode == ND_MODE_PRINT) {
        return 0;
    }
    if (i < argc && strcmp(argv[i], "-") != 0) {
        cli->script = argv[i];
        cli->mode = check ? ND_MODE_CHECK : ND_MODE_FILE;
        return 0;
    }
    cli->mode = (interactive || (i >= argc && isatty(0))) ? ND_MODE_REPL : ND_MODE_STDIN;
    return 0;
}
