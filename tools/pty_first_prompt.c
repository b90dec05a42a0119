/*
 * tools/pty_first_prompt.c: how long a REPL takes to show its first prompt on a real
 * pseudo-terminal, and its resident memory then (bench/repl.sh).
 *
 *   pty_first_prompt RUNS PROGRAM [ARGS...]
 *
 * Starts PROGRAM RUNS times on a new pty (history off: NODE_REPL_HISTORY=""), reads its output
 * until "> " appears, notes the time since fork and VmRSS from /proc, and kills it.  Prints
 * the median time in milliseconds and the median VmRSS in KB on one line.
 */
#include <errno.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static long rss_kb(pid_t pid) {
    char path[64], line[256];
    long kb = -1;
    snprintf(path, sizeof(path), "/proc/%d/status", (int)pid);
    FILE *f = fopen(path, "r");
    if (f == NULL) {
        return -1;
    }
    while (fgets(line, sizeof(line), f) != NULL) {
        if (strncmp(line, "VmRSS:", 6) == 0) {
            kb = strtol(line + 6, NULL, 10);
        }
    }
    fclose(f);
    return kb;
}

/* Reads from the pty until "> " shows; returns 0, or -1 if the program ended first. */
static int wait_for_prompt(int fd) {
    char buf[4096];
    size_t have = 0;
    for (;;) {
        ssize_t n = read(fd, buf + have, sizeof(buf) - 1 - have);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return -1;
        }
        have += (size_t)n;
        buf[have] = '\0';
        if (strstr(buf, "> ") != NULL) {
            return 0;
        }
        if (have > sizeof(buf) / 2) { /* keep the tail: the prompt may straddle reads */
            memmove(buf, buf + have - 8, 8);
            have = 8;
        }
    }
}

/* One run: fills *ms and *kb; returns 0 or -1. */
static int one_run(char **argv, double *ms, long *kb) {
    int fd;
    double start = now_ms();
    pid_t pid = forkpty(&fd, NULL, NULL, NULL);
    if (pid < 0) {
        perror("forkpty");
        return -1;
    }
    if (pid == 0) {
        setenv("NODE_REPL_HISTORY", "", 1);
        execvp(argv[0], argv);
        _exit(127);
    }
    int ok = wait_for_prompt(fd);
    *ms = now_ms() - start;
    *kb = rss_kb(pid);
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    close(fd);
    return ok;
}

static int cmp_double(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static int cmp_long(const void *a, const void *b) {
    long x = *(const long *)a, y = *(const long *)b;
    return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
    if (argc < 3 || atoi(argv[1]) <= 0) {
        fprintf(stderr, "usage: pty_first_prompt RUNS PROGRAM [ARGS...]\n");
        return 2;
    }
    int runs = atoi(argv[1]);
    double *ms = calloc((size_t)runs, sizeof(*ms));
    long *kb = calloc((size_t)runs, sizeof(*kb));
    if (ms == NULL || kb == NULL) {
        fprintf(stderr, "pty_first_prompt: out of memory\n");
        return 1;
    }
    for (int i = 0; i < runs; i++) {
        if (one_run(argv + 2, &ms[i], &kb[i]) != 0) {
            fprintf(stderr, "pty_first_prompt: %s ended before showing a prompt\n", argv[2]);
            return 1;
        }
    }
    qsort(ms, (size_t)runs, sizeof(*ms), cmp_double);
    qsort(kb, (size_t)runs, sizeof(*kb), cmp_long);
    printf("%.2f %ld\n", ms[runs / 2], kb[runs / 2]);
    free(ms);
    free(kb);
    return 0;
}
