/*
 * lib/process_wrap.c: native side of 'child_process': starting children and reaping them.
 *
 * js/internal/child_process.js owns Node's semantics (ChildProcess, stdio streams, events,
 * errors); this file forks, execs and waits.  A child's stdio slots are given as numbers:
 * PW_PIPE makes a UNIX socket pair (as libuv does, so that shutdown() gives the child EOF) whose
 * non-blocking parent end is returned for a TCP handle to adopt, PW_IGNORE opens /dev/null in
 * the child, and a descriptor >= 0 is inherited.  A program that cannot run (ENOENT, a bad cwd)
 * is reported through a close-on-exec error pipe, as libuv does, so spawn() returns -errno.
 *
 * Exit detection: one persistent libevent SIGCHLD event per heap, added on the first spawn.  Its
 * callback calls waitpid(pid, WNOHANG) for each live child, so nothing busy-waits and no zombie
 * is left.  Each live child is a record in a Duktape fixed buffer pinned with nd_ref (freed with
 * the heap even when the process exits first); its onexit callback is pinned too.  A live child
 * holds a loop reference (nd_loop_ref) until it exits, unless unref()'d.
 *
 * spawnSync blocks, as documented in Node: it reads the child's pipes with poll() until EOF,
 * writing `input` to its stdin, then waitpid()s.
 */
#include "nd.h"
#include "bindings.h"

#include <errno.h>
#include <event2/event.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#define PW_PIPE (-1)
#define PW_IGNORE (-2)
#define PW_MAX_STDIO 16

extern char **environ;

typedef struct pw_child_s {
    struct pw_child_s *next;
    pid_t pid;
    int self;      /* nd_ref of the buffer holding this record */
    int onexit;    /* nd_ref of the JS function called as onexit(exitCode, termSignal) */
    int refed;     /* counted in the loop's references */
    int status;    /* waitpid status once reaped */
} pw_child_t;

typedef struct pw_state_s {
    duk_context *ctx;
    struct event *sigchld;
    pw_child_t *head;
} pw_state_t;

typedef struct pw_spawn_s {
    const char *file;
    char **argv;
    char **envp;          /* NULL: the parent's environment */
    const char *cwd;      /* NULL: the parent's cwd */
    int stdio[PW_MAX_STDIO]; /* child-side descriptor per slot, PW_IGNORE for /dev/null */
    int nstdio;
    int detached;
} pw_spawn_t;

/* Returns the state of the binding that `this` is. */
static pw_state_t *pw_state(duk_context *ctx) {
    duk_push_this(ctx);
    duk_get_prop_literal(ctx, -1, DUK_HIDDEN_SYMBOL("state"));
    pw_state_t *s = duk_require_buffer(ctx, -1, NULL);
    duk_pop_2(ctx);
    return s;
}

/* Writes errno to the error pipe and leaves; runs in the child only. */
static void pw_child_fail(int errfd, int err) {
    ssize_t n;
    do {
        n = write(errfd, &err, sizeof(err));
    } while (n < 0 && errno == EINTR);
    _exit(127);
}

/* The child's side between fork and exec: only async-signal-safe calls. */
static void pw_child_init(const pw_spawn_t *sp, int errfd) {
    int tmp[PW_MAX_STDIO];
    sigset_t none;
    sigemptyset(&none);
    for (int sig = 1; sig < 32; sig++) {
        if (sig != SIGKILL && sig != SIGSTOP) {
            signal(sig, SIG_DFL);
        }
    }
    sigprocmask(SIG_SETMASK, &none, NULL);
    if (sp->detached) {
        setsid();
    }
    /* Move every source above the slot range first, so no dup2 clobbers a later source. */
    for (int i = 0; i < sp->nstdio; i++) {
        int src = sp->stdio[i];
        if (src == PW_IGNORE) {
            src = open("/dev/null", i == 0 ? O_RDONLY : O_RDWR);
            if (src < 0) {
                pw_child_fail(errfd, errno);
            }
        }
        tmp[i] = fcntl(src, F_DUPFD_CLOEXEC, sp->nstdio);
        if (tmp[i] < 0) {
            pw_child_fail(errfd, errno);
        }
    }
    for (int i = 0; i < sp->nstdio; i++) {
        if (dup2(tmp[i], i) < 0) {
            pw_child_fail(errfd, errno);
        }
        if (i <= 2) {
            /* libuv hands the child blocking standard descriptors. */
            int flags = fcntl(i, F_GETFL);
            if (flags >= 0 && (flags & O_NONBLOCK)) {
                fcntl(i, F_SETFL, flags & ~O_NONBLOCK);
            }
        }
    }
    if (sp->cwd != NULL && chdir(sp->cwd) != 0) {
        pw_child_fail(errfd, errno);
    }
    if (sp->envp != NULL) {
        environ = sp->envp;
    }
    execvp(sp->file, sp->argv);
    pw_child_fail(errfd, errno);
}

/* Forks and execs sp.  Returns 0 with *pid set, or -errno when the child could not start (the
 * failed child is reaped before returning). */
static int pw_fork(const pw_spawn_t *sp, pid_t *pid) {
    int errpipe[2];
    int err = 0;
    ssize_t n;
    if (pipe2(errpipe, O_CLOEXEC) != 0) {
        return -errno;
    }
    pid_t p = fork();
    if (p < 0) {
        err = -errno;
        close(errpipe[0]);
        close(errpipe[1]);
        return err;
    }
    if (p == 0) {
        close(errpipe[0]);
        pw_child_init(sp, errpipe[1]);
    }
    close(errpipe[1]);
    do {
        n = read(errpipe[0], &err, sizeof(err));
    } while (n < 0 && errno == EINTR);
    close(errpipe[0]);
    if (n == (ssize_t)sizeof(err)) {
        while (waitpid(p, NULL, 0) < 0 && errno == EINTR) {
        }
        return -err;
    }
    *pid = p;
    return 0;
}

/* Returns the string at idx as NUL-terminated UTF-8, valid while that stack slot holds it (the
 * slot may be replaced by a buffer holding the bytes).  Throws if it is not a string. */
static const char *pw_cstr(duk_context *ctx, duk_idx_t idx) {
    size_t n;
    const char *p = nd_get_utf8(ctx, idx, &n);
    if (duk_is_string(ctx, idx)) {
        return p;   /* Duktape strings are NUL-terminated */
    }
    idx = duk_normalize_index(ctx, idx);
    char *copy = duk_push_fixed_buffer(ctx, n + 1);   /* zeroed: the NUL is there */
    memcpy(copy, p, n);
    duk_replace(ctx, idx);
    return copy;
}

/* Fills sp from the JS arguments [ file args cwd env stdio detached ... ].  Strings are passed
 * as UTF-8 (pw_cstr), each left on the stack so its bytes live for the whole call; the
 * argv and envp arrays are scratch buffers on the stack too.  Throws on a malformed argument.
 * [ ... ] -> [ ... scratch... ] */
static void pw_read_spawn(duk_context *ctx, pw_spawn_t *sp) {
    memset(sp, 0, sizeof(*sp));
    sp->file = pw_cstr(ctx, 0);
    duk_require_object(ctx, 1);
    duk_require_object(ctx, 4);
    duk_size_t argc = duk_get_length(ctx, 1);
    duk_size_t envc = duk_is_object(ctx, 3) ? duk_get_length(ctx, 3) : 0;
    duk_size_t nstdio = duk_get_length(ctx, 4);
    if (nstdio > PW_MAX_STDIO) {
        (void)duk_range_error(ctx, "too many stdio entries");
    }
    duk_require_stack(ctx, (duk_idx_t)(argc + envc + 4));
    sp->argv = duk_push_fixed_buffer(ctx, (argc + 1) * sizeof(char *));
    for (duk_size_t i = 0; i < argc; i++) {
        duk_get_prop_index(ctx, 1, (duk_uarridx_t)i);    /* [ ... argv arg ] */
        sp->argv[i] = (char *)pw_cstr(ctx, -1);
    }
    sp->argv[argc] = NULL;
    sp->cwd = duk_is_string(ctx, 2) ? pw_cstr(ctx, 2) : NULL;
    if (duk_is_object(ctx, 3)) {
        sp->envp = duk_push_fixed_buffer(ctx, (envc + 1) * sizeof(char *));
        for (duk_size_t i = 0; i < envc; i++) {
            duk_get_prop_index(ctx, 3, (duk_uarridx_t)i); /* [ ... envp pair ] */
            sp->envp[i] = (char *)pw_cstr(ctx, -1);
        }
        sp->envp[envc] = NULL;
    }
    sp->nstdio = (int)nstdio;
    for (int i = 0; i < sp->nstdio; i++) {
        duk_get_prop_index(ctx, 4, (duk_uarridx_t)i);
        sp->stdio[i] = duk_require_int(ctx, -1);
        duk_pop(ctx);
    }
    sp->detached = duk_to_boolean(ctx, 5);
}

/* Makes the socket pairs for PW_PIPE slots: parent ends in pfd (non-blocking), child ends
 * replace the slot in sp.  Other slots get -1 in pfd.  Returns 0 or -errno (nothing left open). */
static int pw_make_pipes(pw_spawn_t *sp, int *pfd, int *cfd) {
    for (int i = 0; i < sp->nstdio; i++) {
        pfd[i] = -1;
        cfd[i] = -1;
    }
    for (int i = 0; i < sp->nstdio; i++) {
        if (sp->stdio[i] != PW_PIPE) {
            continue;
        }
        int pair[2];
        if (socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, pair) != 0) {
            int err = -errno;
            for (int j = 0; j < i; j++) {
                if (pfd[j] >= 0) {
                    close(pfd[j]);
                    close(cfd[j]);
                }
            }
            return err;
        }
        pfd[i] = pair[0];
        cfd[i] = pair[1];
        sp->stdio[i] = pair[1];
    }
    return 0;
}

static void pw_close_fds(const int *fds, int n) {
    for (int i = 0; i < n; i++) {
        if (fds[i] >= 0) {
            close(fds[i]);
        }
    }
}

/* ---- asynchronous children ---- */

typedef struct pw_exit_s {
    pw_child_t *child;
    int status;
} pw_exit_t;

static void pw_exit_body(duk_context *ctx, void *udata) {
    pw_exit_t *e = udata;
    nd_push_ref(ctx, e->child->onexit);
    if (WIFSIGNALED(e->status)) {
        duk_push_int(ctx, 0);
        duk_push_int(ctx, WTERMSIG(e->status));
    } else {
        duk_push_int(ctx, WEXITSTATUS(e->status));
        duk_push_int(ctx, 0);
    }
    duk_call(ctx, 2 /*nargs*/);
    duk_pop(ctx);
}

/* Reports one reaped child to JavaScript and releases its record (c is garbage afterwards). */
static void pw_report_exit(pw_state_t *s, pw_child_t *c) {
    if (c->refed) {
        c->refed = 0;
        nd_loop_unref(s->ctx);
    }
    pw_exit_t e = { c, c->status };
    nd_invoke(s->ctx, pw_exit_body, &e);
    nd_unref(s->ctx, c->onexit);
    nd_unref(s->ctx, c->self);
}

/* Reaps every child that has exited, then reports them.  Collecting first means a child spawned
 * by a report (an 'exit' or 'close' listener) is not reaped in this callback: its exit waits for
 * its own SIGCHLD, which the poll delivers after what the child left in its pipes and IPC channel
 * (a process's descriptors close before its parent is signalled), so those come first, as in
 * Node. */
static void pw_sigchld_cb(evutil_socket_t fd, short what, void *arg) {
    (void)fd;
    (void)what;
    pw_state_t *s = arg;
    pw_child_t *exited = NULL;
    pw_child_t **tail = &exited;
    pw_child_t **pp = &s->head;
    while (*pp != NULL) {
        pw_child_t *c = *pp;
        int status = 0;
        pid_t r = waitpid(c->pid, &status, WNOHANG);
        if (r == 0 || (r < 0 && errno == EINTR)) {
            pp = &c->next;
            continue;
        }
        /* r < 0: someone else reaped it (ECHILD); report a plain exit. */
        c->status = r < 0 ? 0 : status;
        *pp = c->next;
        c->next = NULL;
        *tail = c;
        tail = &c->next;
    }
    while (exited != NULL) {
        pw_child_t *c = exited;
        exited = c->next;
        pw_report_exit(s, c);
    }
}

static pw_child_t *pw_find(pw_state_t *s, pid_t pid) {
    for (pw_child_t *c = s->head; c != NULL; c = c->next) {
        if (c->pid == pid) {
            return c;
        }
    }
    return NULL;
}

/* spawn(file, args, cwd, env, stdio, detached, onexit):
 *   [ ... ] -> [ { pid, fds } | -errno ]
 * fds holds the parent end of each PW_PIPE slot (non-blocking) and -1 for the others. */
static duk_ret_t pw_spawn(duk_context *ctx) {
    pw_spawn_t sp;
    int pfd[PW_MAX_STDIO];
    int cfd[PW_MAX_STDIO];
    pid_t pid = 0;
    duk_require_function(ctx, 6);
    pw_read_spawn(ctx, &sp);
    pw_state_t *s = pw_state(ctx);
    pw_child_t *c = duk_push_fixed_buffer(ctx, sizeof(pw_child_t)); /* [ ... rec ] */
    int err;
    if (s->sigchld == NULL) {
        s->ctx = nd_rt(ctx)->ctx; /* the main thread: ctx may be a coroutine */
        s->sigchld = evsignal_new(nd_rt(ctx)->base, SIGCHLD, pw_sigchld_cb, s);
        if (s->sigchld == NULL || evsignal_add(s->sigchld, NULL) != 0) {
            duk_push_int(ctx, -ENOMEM);
            return 1;
        }
    }
    err = pw_make_pipes(&sp, pfd, cfd);
    if (err < 0) {
        duk_push_int(ctx, err);
        return 1;
    }
    err = pw_fork(&sp, &pid);
    pw_close_fds(cfd, sp.nstdio);
    if (err < 0) {
        pw_close_fds(pfd, sp.nstdio);
        duk_push_int(ctx, err);
        return 1;
    }
    for (int i = 0; i < sp.nstdio; i++) {
        if (pfd[i] >= 0) {
            int flags = fcntl(pfd[i], F_GETFL);
            fcntl(pfd[i], F_SETFL, flags | O_NONBLOCK);
        }
    }
    /* The child runs: from here nothing may throw before the record is linked.  Pushes
     * below can only fail on OOM, and the record is linked first so the child is reaped. */
    c->pid = pid;
    c->self = nd_ref(ctx, -1);
    c->onexit = nd_ref(ctx, 6);
    c->refed = 1;
    c->next = s->head;
    s->head = c;
    nd_loop_ref(ctx);
    duk_push_object(ctx);
    duk_push_int(ctx, (duk_int_t)pid);
    duk_put_prop_literal(ctx, -2, "pid");
    duk_push_array(ctx);
    for (int i = 0; i < sp.nstdio; i++) {
        duk_push_int(ctx, pfd[i]);
        duk_put_prop_index(ctx, -2, (duk_uarridx_t)i);
    }
    duk_put_prop_literal(ctx, -2, "fds");
    /* A child that exited before the SIGCHLD event was armed is still found on the next signal;
     * one that exits now raises SIGCHLD, which the armed event sees. */
    return 1;
}

/* kill(pid, signal): [ pid sig ] -> [ 0 | -errno ]  Only live children of this binding. */
static duk_ret_t pw_kill(duk_context *ctx) {
    pid_t pid = (pid_t)duk_require_int(ctx, 0);
    int sig = duk_require_int(ctx, 1);
    pw_state_t *s = pw_state(ctx);
    if (pw_find(s, pid) == NULL) {
        duk_push_int(ctx, -ESRCH);
        return 1;
    }
    duk_push_int(ctx, kill(pid, sig) == 0 ? 0 : -errno);
    return 1;
}

/* ref(pid, on): [ pid bool ] -> [ ]  Whether a live child keeps the loop alive. */
static duk_ret_t pw_ref(duk_context *ctx) {
    pid_t pid = (pid_t)duk_require_int(ctx, 0);
    int on = duk_to_boolean(ctx, 1);
    pw_state_t *s = pw_state(ctx);
    pw_child_t *c = pw_find(s, pid);
    if (c == NULL || c->refed == on) {
        return 0;
    }
    c->refed = on;
    if (on) {
        nd_loop_ref(ctx);
    } else {
        nd_loop_unref(ctx);
    }
    return 0;
}

/* ---- synchronous children ---- */

typedef struct pw_sync_s {
    int fd;            /* parent end, -1 when done */
    int slot;
    size_t len;        /* bytes read, or for stdin bytes written */
} pw_sync_t;

/* spawnSync(file, args, cwd, env, stdio, detached, input, timeoutMs, maxBuffer, killSignal):
 *   [ ... ] -> [ { pid, status, signal, output: [buf|null], error } ]
 * status is null when killed by a signal; error is 0 or -errno (ETIMEDOUT after the timeout,
 * ENOBUFS past maxBuffer, in both cases after killing the child). */
static duk_ret_t pw_spawn_sync(duk_context *ctx) {
    pw_spawn_t sp;
    int pfd[PW_MAX_STDIO];
    int cfd[PW_MAX_STDIO];
    pw_sync_t io[PW_MAX_STDIO];
    struct pollfd pfds[PW_MAX_STDIO];
    pid_t pid = 0;
    int status = 0;
    int error = 0;
    int nio = 0;
    duk_size_t input_len = 0;
    const char *input = NULL;
    pw_read_spawn(ctx, &sp);
    if (duk_is_buffer_data(ctx, 6)) {
        input = duk_get_buffer_data(ctx, 6, &input_len);
    }
    double timeout = duk_get_number_default(ctx, 7, 0);
    double max_buffer = duk_get_number_default(ctx, 8, 0);
    int kill_sig = duk_get_int_default(ctx, 9, SIGTERM);
    duk_idx_t out_idx = duk_get_top(ctx);
    duk_push_array(ctx);                                  /* [ ... outbufs ] */
    for (int i = 0; i < sp.nstdio; i++) {
        if (sp.stdio[i] == PW_PIPE && i != 0) {
            duk_push_dynamic_buffer(ctx, 0);
        } else {
            duk_push_null(ctx);
        }
        duk_put_prop_index(ctx, out_idx, (duk_uarridx_t)i);
    }
    int err = pw_make_pipes(&sp, pfd, cfd);
    if (err == 0) {
        err = pw_fork(&sp, &pid);
        pw_close_fds(cfd, sp.nstdio);
        if (err < 0) {
            pw_close_fds(pfd, sp.nstdio);
        }
    }
    duk_push_object(ctx);                                 /* [ ... outbufs result ] */
    if (err < 0) {
        duk_push_int(ctx, err);
        duk_put_prop_literal(ctx, -2, "error");
        duk_push_int(ctx, 0);
        duk_put_prop_literal(ctx, -2, "pid");
        return 1;
    }
    for (int i = 0; i < sp.nstdio; i++) {
        if (pfd[i] < 0) {
            continue;
        }
        if (i == 0 && input_len == 0) {
            close(pfd[i]);
            continue;
        }
        fcntl(pfd[i], F_SETFL, fcntl(pfd[i], F_GETFL) | O_NONBLOCK);
        io[nio].fd = pfd[i];
        io[nio].slot = i;
        io[nio].len = 0;
        nio++;
    }
    double deadline = timeout > 0 ? nd_hrtime_ms() + timeout : 0;
    int killed = 0;
    for (;;) {
        int n = 0;
        for (int i = 0; i < nio; i++) {
            if (io[i].fd >= 0) {
                pfds[n].fd = io[i].fd;
                pfds[n].events = io[i].slot == 0 ? POLLOUT : POLLIN;
                pfds[n].revents = 0;
                n++;
            }
        }
        if (n == 0) {
            break;
        }
        int wait_ms = -1;
        if (deadline > 0) {
            double left = deadline - nd_hrtime_ms();
            wait_ms = left <= 0 ? 0 : (int)left + 1;
        }
        int r = poll(pfds, (nfds_t)n, wait_ms);
        if (r < 0 && errno == EINTR) {
            continue;
        }
        if (r == 0 && deadline > 0 && nd_hrtime_ms() >= deadline) {
            error = -ETIMEDOUT;
            kill(pid, kill_sig);
            killed = 1;
            break;
        }
        int k = 0;
        for (int i = 0; i < nio; i++) {
            pw_sync_t *s = &io[i];
            if (s->fd < 0) {
                continue;
            }
            short rev = pfds[k++].revents;
            if (rev == 0) {
                continue;
            }
            if (s->slot == 0) {
                ssize_t w = write(s->fd, input + s->len, input_len - s->len);
                if (w > 0) {
                    s->len += (size_t)w;
                }
                if ((w < 0 && errno != EAGAIN && errno != EINTR) || s->len == input_len) {
                    close(s->fd);
                    s->fd = -1;
                }
                continue;
            }
            duk_get_prop_index(ctx, out_idx, (duk_uarridx_t)s->slot); /* [ ... buf ] */
            duk_size_t cap;
            duk_get_buffer(ctx, -1, &cap);
            if (cap < s->len + 65536) {
                duk_resize_buffer(ctx, -1, s->len + 65536 + s->len / 2);
            }
            char *p = duk_get_buffer(ctx, -1, &cap);
            ssize_t got = read(s->fd, p + s->len, cap - s->len);
            if (got > 0) {
                s->len += (size_t)got;
            } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
                close(s->fd);
                s->fd = -1;
            }
            duk_pop(ctx);
            if (max_buffer > 0 && (double)s->len > max_buffer) {
                error = -ENOBUFS;
                kill(pid, kill_sig);
                killed = 1;
                break;
            }
        }
        if (killed) {
            break;
        }
    }
    for (int i = 0; i < nio; i++) {
        if (io[i].fd >= 0) {
            close(io[i].fd);
        }
        if (io[i].slot != 0) {
            duk_get_prop_index(ctx, out_idx, (duk_uarridx_t)io[i].slot); /* [ ... buf ] */
            duk_resize_buffer(ctx, -1, io[i].len);
            duk_push_buffer_object(ctx, -1, 0, io[i].len, DUK_BUFOBJ_UINT8ARRAY);
            duk_put_prop_index(ctx, out_idx, (duk_uarridx_t)io[i].slot);
            duk_pop(ctx);
        }
    }
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    duk_push_int(ctx, (duk_int_t)pid);
    duk_put_prop_literal(ctx, -2, "pid");
    if (WIFSIGNALED(status)) {
        duk_push_null(ctx);
        duk_put_prop_literal(ctx, -2, "status");
        duk_push_int(ctx, WTERMSIG(status));
    } else {
        duk_push_int(ctx, WEXITSTATUS(status));
        duk_put_prop_literal(ctx, -2, "status");
        duk_push_int(ctx, 0);
    }
    duk_put_prop_literal(ctx, -2, "signal");
    duk_dup(ctx, out_idx);
    duk_put_prop_literal(ctx, -2, "output");
    duk_push_int(ctx, error);
    duk_put_prop_literal(ctx, -2, "error");
    return 1;
}

/* Pushes the binding object: [ ] -> [ binding ] */
duk_ret_t nd_open_process_wrap(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "spawn", pw_spawn, 7 },
        { "spawnSync", pw_spawn_sync, 10 },
        { "kill", pw_kill, 2 },
        { "ref", pw_ref, 2 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);
    duk_push_fixed_buffer(ctx, sizeof(pw_state_t)); /* zeroed */
    duk_put_prop_literal(ctx, -2, DUK_HIDDEN_SYMBOL("state"));
    duk_push_int(ctx, PW_PIPE);
    duk_put_prop_literal(ctx, -2, "PIPE");
    duk_push_int(ctx, PW_IGNORE);
    duk_put_prop_literal(ctx, -2, "IGNORE");
    return 1;
}
