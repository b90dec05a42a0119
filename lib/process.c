/*
 * lib/process.c: native side of the process object (js/process.js builds it).
 *
 * Plain data and syscalls: argv, environment, ids, clocks, resource usage, exit and the tick-info
 * flags that C reads after every callback.  No Node semantics live here.
 */
#include "nd.h"
#include "bindings.h"

#include <errno.h>
#include <event2/event.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

extern char **environ;

/* Pushes an array of C strings.  [ ... ] -> [ ... arr ] */
static void process_push_strings(duk_context *ctx, char **strs, int n) {
    duk_push_array(ctx);
    for (int i = 0; i < n; i++) {
        duk_push_string(ctx, strs[i]);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
}

/* process.cwd(): [ ] -> [ path ]; throws Node's uv_cwd error. */
static duk_ret_t process_cwd(duk_context *ctx) {
    char buf[4096];
    if (getcwd(buf, sizeof(buf)) == NULL) {
        return nd_throw_errno(ctx, -errno, "uv_cwd", NULL);
    }
    duk_push_string(ctx, buf);
    return 1;
}

/* process.chdir(dir): [ dir ] -> [ ] */
static duk_ret_t process_chdir(duk_context *ctx) {
    const char *dir = duk_require_string(ctx, 0);
    if (chdir(dir) != 0) {
        int err = -errno;
        /* Node: "ENOENT: no such file or directory, chdir /x -> 'y'" */
        char cwd[4096];
        const char *from = getcwd(cwd, sizeof(cwd)) != NULL ? cwd : "";
        nd_push_errno_error(ctx, err, "chdir", from, dir);
        return duk_throw(ctx);
    }
    return 0;
}

/* process.getEnv(name): [ name ] -> [ value | undefined ] */
static duk_ret_t process_get_env(duk_context *ctx) {
    const char *v = getenv(duk_require_string(ctx, 0));
    if (v == NULL) {
        return 0;
    }
    duk_push_string(ctx, v);
    return 1;
}

/* process.setEnv(name, value): [ name value ] -> [ ] */
static duk_ret_t process_set_env(duk_context *ctx) {
    const char *name = duk_require_string(ctx, 0);
    const char *value = duk_require_string(ctx, 1);
    if (name[0] != '\0' && strchr(name, '=') == NULL) {
        setenv(name, value, 1);
    }
    return 0;
}

/* process.unsetEnv(name): [ name ] -> [ ] */
static duk_ret_t process_unset_env(duk_context *ctx) {
    const char *name = duk_require_string(ctx, 0);
    if (name[0] != '\0' && strchr(name, '=') == NULL) {
        unsetenv(name);
    }
    return 0;
}

/* process.envKeys(): [ ] -> [ names ] */
static duk_ret_t process_env_keys(duk_context *ctx) {
    duk_push_array(ctx);
    duk_uarridx_t n = 0;
    for (char **e = environ; e != NULL && *e != NULL; e++) {
        const char *eq = strchr(*e, '=');
        if (eq == NULL || eq == *e) {
            continue;
        }
        duk_push_lstring(ctx, *e, (duk_size_t)(eq - *e));
        duk_put_prop_index(ctx, -2, n++);
    }
    return 1;
}

/* process.hrtime(): [ ] -> [ ms ]  Monotonic milliseconds with nanosecond resolution kept as a
 * pair would be exact; JS splits the double, exact to ~0.1 us for days of uptime. */
static duk_ret_t process_hrtime(duk_context *ctx) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    duk_push_array(ctx);
    duk_push_number(ctx, (double)ts.tv_sec);
    duk_put_prop_index(ctx, -2, 0);
    duk_push_number(ctx, (double)ts.tv_nsec);
    duk_put_prop_index(ctx, -2, 1);
    return 1;
}

/* process.uptime(): [ ] -> [ seconds ] */
static duk_ret_t process_uptime(duk_context *ctx) {
    duk_push_number(ctx, (nd_hrtime_ms() - nd_rt(ctx)->start_ms) / 1000.0);
    return 1;
}

/* Reads the resident set size from /proc/self/statm; returns bytes or 0. */
static double process_rss(void) {
    FILE *f = fopen("/proc/self/statm", "r");
    if (f == NULL) {
        return 0;
    }
    unsigned long size = 0;
    unsigned long resident = 0;
    int n = fscanf(f, "%lu %lu", &size, &resident);
    fclose(f);
    return n == 2 ? (double)resident * (double)sysconf(_SC_PAGESIZE) : 0;
}

/* process.memoryUsage(): [ ] -> [ {rss, heapTotal, heapUsed, external, arrayBuffers} ] */
static duk_ret_t process_memory_usage(duk_context *ctx) {
    nd_runtime_t *rt = nd_rt(ctx);
    duk_push_object(ctx);
    duk_push_number(ctx, process_rss());
    duk_put_prop_literal(ctx, -2, "rss");
    duk_push_number(ctx, (double)rt->heap_bytes);
    duk_put_prop_literal(ctx, -2, "heapTotal");
    duk_push_number(ctx, (double)rt->heap_bytes);
    duk_put_prop_literal(ctx, -2, "heapUsed");
    duk_push_number(ctx, 0);
    duk_put_prop_literal(ctx, -2, "external");
    duk_push_number(ctx, 0);
    duk_put_prop_literal(ctx, -2, "arrayBuffers");
    return 1;
}

/* process.rss(): [ ] -> [ bytes ] */
static duk_ret_t process_rss_fn(duk_context *ctx) {
    duk_push_number(ctx, process_rss());
    return 1;
}

/* process.cpuUsage(): [ ] -> [ [user_us, system_us] ] */
static duk_ret_t process_cpu_usage(duk_context *ctx) {
    struct rusage ru;
    if (getrusage(RUSAGE_SELF, &ru) != 0) {
        return nd_throw_errno(ctx, -errno, "uv_getrusage", NULL);
    }
    duk_push_array(ctx);
    duk_push_number(ctx, (double)ru.ru_utime.tv_sec * 1e6 + (double)ru.ru_utime.tv_usec);
    duk_put_prop_index(ctx, -2, 0);
    duk_push_number(ctx, (double)ru.ru_stime.tv_sec * 1e6 + (double)ru.ru_stime.tv_usec);
    duk_put_prop_index(ctx, -2, 1);
    return 1;
}

/* process.kill(pid, sig): [ pid sig ] -> [ 0 | -errno ] */
static duk_ret_t process_kill(duk_context *ctx) {
    int pid = duk_require_int(ctx, 0);
    int sig = duk_require_int(ctx, 1);
    duk_push_int(ctx, kill(pid, sig) == 0 ? 0 : -errno);
    return 1;
}

/* process.umask([mask]): [ mask? ] -> [ old ] */
static duk_ret_t process_umask(duk_context *ctx) {
    mode_t old;
    if (duk_is_number(ctx, 0)) {
        old = umask((mode_t)duk_get_uint(ctx, 0));
    } else {
        old = umask(0);
        umask(old);
    }
    duk_push_uint(ctx, (duk_uint_t)old);
    return 1;
}

/* gc() of --expose-gc: a full mark-and-sweep; the second pass frees what finalizers let go. */
static duk_ret_t process_gc(duk_context *ctx) {
    duk_gc(ctx, 0);
    duk_gc(ctx, 0);
    return 0;
}

/* process.reallyExit(code): [ code ] -> never returns */
static duk_ret_t process_really_exit(duk_context *ctx) {
    int code = duk_get_int_default(ctx, 0, 0);
    nd_rt(ctx)->exiting = 1;
    exit(code & 0xff);
    return 0;
}

/* process.writeString(fd, str): [ fd str ] -> [ 0 | -errno ]  Synchronous, complete write:
 * Node's stdout and stderr are synchronous on Linux for files, pipes and terminals. */
static duk_ret_t process_write_string(duk_context *ctx) {
    int fd = duk_require_int(ctx, 0);
    size_t len;
    const char *s = nd_get_utf8(ctx, 1, &len);
    duk_push_int(ctx, nd_write_all(fd, s, len));
    return 1;
}

/* process.writeBytes(fd, bytes): [ fd u8 ] -> [ 0 | -errno ]  Synchronous, complete. */
static duk_ret_t process_write_bytes(duk_context *ctx) {
    int fd = duk_require_int(ctx, 0);
    duk_size_t len;
    const char *p = duk_require_buffer_data(ctx, 1, &len);
    duk_push_int(ctx, nd_write_all(fd, p, len));
    return 1;
}

/* process.stdinPollable(): [ ] -> [ bool ]  True when fd 0 is a pipe, socket or terminal, which
 * the loop can wait on; a regular file or /dev/null is read directly instead. */
static duk_ret_t process_stdin_pollable(duk_context *ctx) {
    struct stat st;
    int ok = fstat(0, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode) ||
                                    (S_ISCHR(st.st_mode) && isatty(0)));
    duk_push_boolean(ctx, ok);
    return 1;
}

/* The terminal's mode before the first setRawMode(true): the terminal is a process-wide resource
 * (one per process, not per heap), restored at exit whatever ends the process. */
static struct termios tty_saved;
static int tty_saved_fd = -1;

static void tty_restore(void) {
    if (tty_saved_fd >= 0) {
        tcsetattr(tty_saved_fd, TCSANOW, &tty_saved);
    }
}

/* process.setRawMode(fd, raw): [ fd bool ] -> [ 0 | -errno ]  libuv's raw mode: no echo, no line
 * buffering, no signals from keys, output post-processing kept (\n still moves to column 0). */
static duk_ret_t process_set_raw_mode(duk_context *ctx) {
    int fd = duk_require_int(ctx, 0);
    int raw = duk_to_boolean(ctx, 1);
    struct termios t;
    if (tty_saved_fd < 0) {
        if (tcgetattr(fd, &tty_saved) != 0) {
            duk_push_int(ctx, -errno);
            return 1;
        }
        tty_saved_fd = fd;
        atexit(tty_restore);
    }
    t = tty_saved;
    if (raw) {
        t.c_iflag &= ~(tcflag_t)(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
        t.c_oflag |= ONLCR;
        t.c_cflag |= CS8;
        t.c_lflag &= ~(tcflag_t)(ECHO | ICANON | IEXTEN | ISIG);
        t.c_cc[VMIN] = 1;
        t.c_cc[VTIME] = 0;
    }
    duk_push_int(ctx, tcsetattr(fd, TCSADRAIN, &t) == 0 ? 0 : -errno);
    return 1;
}

/* process.ttyInfo(fd): [ fd ] -> [ {isTTY, columns, rows} ] */
static duk_ret_t process_tty_info(duk_context *ctx) {
    int fd = duk_require_int(ctx, 0);
    duk_push_object(ctx);
    int tty = isatty(fd);
    duk_push_boolean(ctx, tty);
    duk_put_prop_literal(ctx, -2, "isTTY");
    struct winsize ws;
    if (tty && ioctl(fd, TIOCGWINSZ, &ws) == 0) {
        duk_push_int(ctx, ws.ws_col);
        duk_put_prop_literal(ctx, -2, "columns");
        duk_push_int(ctx, ws.ws_row);
        duk_put_prop_literal(ctx, -2, "rows");
    }
    return 1;
}

/* process.readStdin(): [ ] -> [ string ]  Reads standard input to its end, synchronously; for
 * `nodule -` and a script piped in, before the loop starts. */
static duk_ret_t process_read_stdin(duk_context *ctx) {
    duk_push_dynamic_buffer(ctx, 0);
    size_t used = 0;
    size_t cap = 0;
    for (;;) {
        if (used == cap) {
            cap = cap ? cap * 2 : 65536;
            duk_resize_buffer(ctx, -1, cap);
        }
        char *buf = duk_get_buffer(ctx, -1, NULL);
        ssize_t n = read(0, buf + used, cap - used);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n < 0) {
            return nd_throw_errno(ctx, -errno, "read", NULL);
        }
        if (n == 0) {
            break;
        }
        used += (size_t)n;
    }
    nd_push_utf8(ctx, duk_get_buffer(ctx, -1, NULL), used);
    return 1;
}

/* Pushes process.versions' native part.  [ ... ] -> [ ... obj ] */
static void process_push_versions(duk_context *ctx) {
    duk_push_object(ctx);
    duk_push_string(ctx, ND_NODE_VERSION);
    duk_put_prop_literal(ctx, -2, "node");
    duk_push_string(ctx, ND_VERSION);
    duk_put_prop_literal(ctx, -2, "nodule");
    duk_push_sprintf(ctx, "%d.%d.%d", DUK_VERSION / 10000, (DUK_VERSION / 100) % 100,
                     DUK_VERSION % 100);
    duk_put_prop_literal(ctx, -2, "duktape");
    duk_push_string(ctx, event_get_version());
    duk_put_prop_literal(ctx, -2, "libevent");
}

duk_ret_t nd_open_process(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "cwd", process_cwd, 0 },
        { "chdir", process_chdir, 1 },
        { "getEnv", process_get_env, 1 },
        { "setEnv", process_set_env, 2 },
        { "unsetEnv", process_unset_env, 1 },
        { "envKeys", process_env_keys, 0 },
        { "hrtime", process_hrtime, 0 },
        { "uptime", process_uptime, 0 },
        { "memoryUsage", process_memory_usage, 0 },
        { "rss", process_rss_fn, 0 },
        { "cpuUsage", process_cpu_usage, 0 },
        { "kill", process_kill, 2 },
        { "umask", process_umask, 1 },
        { "reallyExit", process_really_exit, 1 },
        { "writeString", process_write_string, 2 },
        { "writeBytes", process_write_bytes, 2 },
        { "stdinPollable", process_stdin_pollable, 0 },
        { "setRawMode", process_set_raw_mode, 2 },
        { "ttyInfo", process_tty_info, 1 },
        { "readStdin", process_read_stdin, 0 },
        { "gc", process_gc, 0 },
        { NULL, NULL, 0 }
    };
    nd_runtime_t *rt = nd_rt(ctx);
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);

    process_push_strings(ctx, rt->argv, rt->argc);
    duk_put_prop_literal(ctx, -2, "rawArgv");
    duk_push_int(ctx, rt->script_argi);
    duk_put_prop_literal(ctx, -2, "scriptIndex");
    duk_push_int(ctx, rt->exec_argc);
    duk_put_prop_literal(ctx, -2, "execArgc");

    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    duk_push_lstring(ctx, exe, n > 0 ? (duk_size_t)n : 0);
    duk_put_prop_literal(ctx, -2, "execPath");
    duk_push_int(ctx, getpid());
    duk_put_prop_literal(ctx, -2, "pid");
    duk_push_int(ctx, getppid());
    duk_put_prop_literal(ctx, -2, "ppid");
    process_push_versions(ctx);
    duk_put_prop_literal(ctx, -2, "versions");

    /* Tick flags, read by C after every callback (src/vm.c). */
    rt->tick_info = duk_push_fixed_buffer(ctx, ND_TICK_COUNT);
    duk_push_buffer_object(ctx, -1, 0, ND_TICK_COUNT, DUK_BUFOBJ_UINT8ARRAY);
    duk_remove(ctx, -2);
    duk_put_prop_literal(ctx, -2, "tickInfo");
    return 1;
}
