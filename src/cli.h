/*
 * src/cli.h: the command line, parsed as Node parses its own.
 */
#ifndef ND_CLI_H
#define ND_CLI_H

typedef enum nd_cli_mode_e {
    ND_MODE_FILE,     /* nodule FILE [args] */
    ND_MODE_EVAL,     /* -e CODE */
    ND_MODE_PRINT,    /* -p CODE */
    ND_MODE_CHECK,    /* --check FILE */
    ND_MODE_STDIN,    /* nodule - , or a script piped in with no file */
    ND_MODE_REPL,     /* no script and a terminal, or -i */
    ND_MODE_VERSION,
    ND_MODE_HELP
} nd_cli_mode_t;

/* -r/--require modules a run may preload (node has no limit; this is far more than any uses). */
#define ND_CLI_MAX_PRELOADS 64

typedef struct nd_cli_s {
    nd_cli_mode_t mode;
    const char *preloads[ND_CLI_MAX_PRELOADS]; /* -r / --require, in order */
    int npreloads;
    const char *code;    /* -e / -p source */
    const char *script;  /* FILE for ND_MODE_FILE and ND_MODE_CHECK */
    int script_argi;     /* argv index of the first argument after options (the script or its args) */
    int exec_argc;       /* options consumed, for process.execArgv: argv[1 .. exec_argc] */
} nd_cli_t;

/* Parses argv.  Returns 0, or the exit status after printing the error (9 for a bad option). */
int nd_cli_parse(int argc, char **argv, nd_cli_t *cli);

#endif /* ND_CLI_H */
