/*
 * lib/os.c: native side of the 'os' module.
 *
 * Each function reads one piece of system information and returns plain data; js/os.js shapes
 * it into Node's objects.  The sources are libuv's on Linux: uname(2), gethostname(2),
 * getpwuid_r(3) (with $HOME first for the home directory), /proc/uptime, /proc/meminfo
 * (MemTotal, MemAvailable), /proc/loadavg, /proc/stat with /proc/cpuinfo model names and
 * cpufreq speeds, getifaddrs(3), getpriority(2) and sched_getaffinity(2).  A failure is
 * reported the way Node's binding does: the function returns undefined after filling the
 * caller's context object with errno (negative), code, message and syscall, from which the shim
 * builds ERR_SYSTEM_ERROR.  Nothing is kept between calls; scratch memory comes from Duktape.
 */
#include "nd.h"
#include "bindings.h"

#include <arpa/inet.h>
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <ifaddrs.h>
#include <limits.h>
#include <net/if.h>
#include <netinet/in.h>
#include <netpacket/packet.h>
#include <pwd.h>
#include <sched.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/sysinfo.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

/* Fills the context object at ctx_idx with Node's description of a failed call: errno
 * (negative), code, message and syscall.  [ ... ] -> [ ... ] */
static void os_fill_error(duk_context *ctx, duk_idx_t ctx_idx, int err, const char *syscall) {
    const char *code = nd_errno_code(err);
    if (!duk_is_object(ctx, ctx_idx)) {
        return;
    }
    duk_push_int(ctx, err);
    duk_put_prop_literal(ctx, ctx_idx, "errno");
    duk_push_string(ctx, code != NULL ? code : "UNKNOWN");
    duk_put_prop_literal(ctx, ctx_idx, "code");
    duk_push_string(ctx, nd_errno_message(err));
    duk_put_prop_literal(ctx, ctx_idx, "message");
    duk_push_string(ctx, syscall);
    duk_put_prop_literal(ctx, ctx_idx, "syscall");
}

/* Reads a small file into buf (NUL-terminated).  Returns 0 or -errno. */
static int os_slurp(const char *path, char *buf, size_t len) {
    FILE *f = fopen(path, "re");
    size_t n;
    if (f == NULL) {
        return -errno;
    }
    n = fread(buf, 1, len - 1, f);
    buf[n] = '\0';
    fclose(f);
    return 0;
}

/* Returns the value in kB of a /proc/meminfo field ("MemTotal:") times 1024, or 0. */
static uint64_t os_meminfo(const char *field) {
    char buf[4096];
    const char *p;
    unsigned long long kb;
    if (os_slurp("/proc/meminfo", buf, sizeof(buf)) != 0) {
        return 0;
    }
    p = strstr(buf, field);
    if (p == NULL || sscanf(p + strlen(field), "%llu kB", &kb) != 1) {
        return 0;
    }
    return (uint64_t)kb * 1024;
}

/* getHostname(ctx): [ ctx ] -> [ name | undefined ] */
static duk_ret_t os_get_hostname(duk_context *ctx) {
    char buf[HOST_NAME_MAX + 1];
    if (gethostname(buf, sizeof(buf)) != 0) {
        os_fill_error(ctx, 0, -errno, "uv_os_gethostname");
        return 0;
    }
    buf[sizeof(buf) - 1] = '\0';
    duk_push_string(ctx, buf);
    return 1;
}

/* getOSInformation(ctx): [ ctx ] -> [ [sysname, version, release, machine] | undefined ] */
static duk_ret_t os_get_os_information(duk_context *ctx) {
    struct utsname u;
    if (uname(&u) != 0) {
        os_fill_error(ctx, 0, -errno, "uv_os_uname");
        return 0;
    }
    duk_push_array(ctx);
    duk_push_string(ctx, u.sysname);
    duk_put_prop_index(ctx, -2, 0);
    duk_push_string(ctx, u.version);
    duk_put_prop_index(ctx, -2, 1);
    duk_push_string(ctx, u.release);
    duk_put_prop_index(ctx, -2, 2);
    duk_push_string(ctx, u.machine);
    duk_put_prop_index(ctx, -2, 3);
    return 1;
}

/*
 * Looks up the password entry of uid into pw, with its strings in a Duktape buffer pushed on
 * the stack.  Returns 0 or -errno (-ENOENT when there is no entry).  [ ... ] -> [ ... buf ]
 */
static int os_getpwuid(duk_context *ctx, uid_t uid, struct passwd *pw) {
    struct passwd *result = NULL;
    long hint = sysconf(_SC_GETPW_R_SIZE_MAX);
    size_t size = hint > 0 ? (size_t)hint : 4096;
    int rc;
    for (;;) {
        char *buf = duk_push_dynamic_buffer(ctx, size);
        rc = getpwuid_r(uid, pw, buf, size, &result);
        if (rc != ERANGE) {
            break;
        }
        duk_pop(ctx);
        size *= 2;
    }
    if (rc != 0) {
        return -rc;
    }
    return result == NULL ? -ENOENT : 0;
}

/* getHomeDirectory(ctx): $HOME when set (even empty, as libuv), else the password entry's
 * directory.
 * [ ctx ] -> [ path | undefined ] */
static duk_ret_t os_get_home_directory(duk_context *ctx) {
    const char *home = getenv("HOME");
    struct passwd pw;
    int rc;
    if (home != NULL) {
        duk_push_string(ctx, home);
        return 1;
    }
    rc = os_getpwuid(ctx, geteuid(), &pw);
    if (rc != 0) {
        os_fill_error(ctx, 0, rc, "uv_os_homedir");
        return 0;
    }
    duk_push_string(ctx, pw.pw_dir);
    return 1;
}

/* getUserInfo(ctx): the effective user's password entry.
 * [ ctx ] -> [ { uid, gid, username, homedir, shell } | undefined ] */
static duk_ret_t os_get_user_info(duk_context *ctx) {
    struct passwd pw;
    int rc = os_getpwuid(ctx, geteuid(), &pw);  /* [ ctx buf ] */
    if (rc != 0) {
        os_fill_error(ctx, 0, rc, "uv_os_get_passwd");
        return 0;
    }
    duk_push_object(ctx);
    duk_push_uint(ctx, (duk_uint_t)pw.pw_uid);
    duk_put_prop_literal(ctx, -2, "uid");
    duk_push_uint(ctx, (duk_uint_t)pw.pw_gid);
    duk_put_prop_literal(ctx, -2, "gid");
    duk_push_string(ctx, pw.pw_name);
    duk_put_prop_literal(ctx, -2, "username");
    duk_push_string(ctx, pw.pw_dir);
    duk_put_prop_literal(ctx, -2, "homedir");
    if (pw.pw_shell != NULL) {
        duk_push_string(ctx, pw.pw_shell);
    } else {
        duk_push_null(ctx);
    }
    duk_put_prop_literal(ctx, -2, "shell");
    return 1;
}

/* getUptime(ctx): seconds since boot, from /proc/uptime (fractional) or CLOCK_BOOTTIME.
 * [ ctx ] -> [ seconds | undefined ] */
static duk_ret_t os_get_uptime(duk_context *ctx) {
    char buf[128];
    double uptime;
    struct timespec now;
    if (os_slurp("/proc/uptime", buf, sizeof(buf)) == 0 && sscanf(buf, "%lf", &uptime) == 1) {
        duk_push_number(ctx, uptime);
        return 1;
    }
    if (clock_gettime(CLOCK_BOOTTIME, &now) != 0) {
        os_fill_error(ctx, 0, -errno, "uv_uptime");
        return 0;
    }
    duk_push_number(ctx, (double)now.tv_sec);
    return 1;
}

/* getTotalMem(): [ ] -> [ bytes ] */
static duk_ret_t os_get_total_mem(duk_context *ctx) {
    uint64_t total = os_meminfo("MemTotal:");
    struct sysinfo info;
    if (total == 0 && sysinfo(&info) == 0) {
        total = (uint64_t)info.totalram * info.mem_unit;
    }
    duk_push_number(ctx, (double)total);
    return 1;
}

/* getFreeMem(): MemAvailable, as libuv reports it.  [ ] -> [ bytes ] */
static duk_ret_t os_get_free_mem(duk_context *ctx) {
    uint64_t avail = os_meminfo("MemAvailable:");
    struct sysinfo info;
    if (avail == 0 && sysinfo(&info) == 0) {
        avail = (uint64_t)info.freeram * info.mem_unit;
    }
    duk_push_number(ctx, (double)avail);
    return 1;
}

/* getLoadAvg(array): fills array[0..2] with the 1, 5 and 15 minute load averages.
 * [ array ] -> [ ] */
static duk_ret_t os_get_load_avg(duk_context *ctx) {
    char buf[128];
    double avg[3] = { 0, 0, 0 };
    struct sysinfo info;
    int i;
    duk_require_object(ctx, 0);
    if (os_slurp("/proc/loadavg", buf, sizeof(buf)) != 0 ||
        sscanf(buf, "%lf %lf %lf", &avg[0], &avg[1], &avg[2]) != 3) {
        if (sysinfo(&info) == 0) {
            for (i = 0; i < 3; i++) {
                avg[i] = (double)info.loads[i] / 65536.0;
            }
        }
    }
    for (i = 0; i < 3; i++) {
        duk_push_number(ctx, avg[i]);
        duk_put_prop_index(ctx, 0, (duk_uarridx_t)i);
    }
    return 0;
}

/* Reads the current frequency of cpu in MHz from cpufreq, or 0. */
static long os_cpu_speed(unsigned cpu) {
    char path[96];
    char buf[64];
    unsigned long khz;
    snprintf(path, sizeof(path), "/sys/devices/system/cpu/cpu%u/cpufreq/scaling_cur_freq", cpu);
    if (os_slurp(path, buf, sizeof(buf)) != 0 || sscanf(buf, "%lu", &khz) != 1) {
        return 0;
    }
    return (long)(khz / 1000);
}

/* Reads everything from the fd in *udata into a dynamic buffer, NUL-terminated.
 * [ ] -> [ buf ] */
static duk_ret_t os_read_all_cb(duk_context *ctx, void *udata) {
    int fd = *(int *)udata;
    size_t size = 4096;
    size_t used = 0;
    char *buf = duk_push_dynamic_buffer(ctx, size);
    for (;;) {
        ssize_t n;
        if (used + 1 >= size) {
            size *= 2;
            buf = duk_resize_buffer(ctx, -1, size);
        }
        n = read(fd, buf + used, size - used - 1);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            break;
        }
        used += (size_t)n;
    }
    buf[used] = '\0';
    return 1;
}

/*
 * Pushes the whole content of a (/proc) file as a NUL-terminated buffer and returns it, or
 * returns NULL and pushes nothing when it cannot be opened.  The descriptor is closed before
 * any error propagates.  [ ... ] -> [ ... buf ]
 */
static char *os_read_file(duk_context *ctx, const char *path) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    duk_int_t rc;
    if (fd < 0) {
        return NULL;
    }
    rc = duk_safe_call(ctx, os_read_all_cb, &fd, 0 /*nargs*/, 1 /*nrets*/);
    close(fd);
    if (rc != DUK_EXEC_SUCCESS) {
        (void)duk_throw(ctx);
    }
    return duk_get_buffer(ctx, -1, NULL);
}

/* Returns the start of the next line of a NUL-terminated text and cuts the current one, or
 * NULL at the end.  *p advances past the line. */
static char *os_next_line(char **p) {
    char *line = *p;
    char *nl;
    if (line == NULL || *line == '\0') {
        return NULL;
    }
    nl = strchr(line, '\n');
    if (nl != NULL) {
        *nl = '\0';
        *p = nl + 1;
    } else {
        *p = line + strlen(line);
    }
    return line;
}

/*
 * getCPUs(): one 7-tuple per CPU in /proc/stat, flattened:
 *   [ model, speed, user, nice, sys, idle, irq, ... ]  (times in milliseconds)
 * Models come from /proc/cpuinfo's 'model name' lines in order ('unknown' when missing), the
 * speed in MHz from cpufreq (0 when the kernel does not expose it), as in libuv.
 * [ ] -> [ array | undefined ]
 */
static duk_ret_t os_get_cpus(duk_context *ctx) {
    long ticks = sysconf(_SC_CLK_TCK);
    double mult = ticks > 0 ? 1000.0 / (double)ticks : 10.0;
    duk_uarridx_t idx = 0;
    duk_uarridx_t nmodels = 0;
    duk_uarridx_t ncpu = 0;
    duk_idx_t models;
    char *text;
    char *line;

    duk_push_array(ctx);                                  /* [ models ] */
    models = duk_get_top_index(ctx);
    text = os_read_file(ctx, "/proc/cpuinfo");            /* [ models cpuinfo ] */
    if (text != NULL) {
        while ((line = os_next_line(&text)) != NULL) {
            char *colon;
            char *end;
            if (strncmp(line, "model name", 10) != 0 || (colon = strchr(line, ':')) == NULL) {
                continue;
            }
            colon++;
            while (*colon == ' ' || *colon == '\t') {
                colon++;
            }
            end = colon + strlen(colon);
            while (end > colon && end[-1] == ' ') {
                end--;
            }
            duk_push_lstring(ctx, colon, (duk_size_t)(end - colon));
            duk_put_prop_index(ctx, models, nmodels++);
        }
        duk_pop(ctx);                                     /* [ models ] */
    }

    text = os_read_file(ctx, "/proc/stat");               /* [ models stat ] */
    if (text == NULL) {
        return 0;
    }
    duk_push_array(ctx);                                  /* [ models stat result ] */
    while ((line = os_next_line(&text)) != NULL) {
        unsigned cpu;
        unsigned long long user, nice, sys, idle, iowait, irq;
        int len = 0;
        if (strncmp(line, "cpu", 3) != 0 || line[3] < '0' || line[3] > '9') {
            continue;
        }
        if (sscanf(line, "cpu%u %n", &cpu, &len) != 1 ||
            sscanf(line + len, "%llu %llu %llu %llu %llu %llu", &user, &nice, &sys, &idle,
                   &iowait, &irq) != 6) {
            continue;
        }
        if (ncpu < nmodels) {
            duk_get_prop_index(ctx, models, ncpu);
        } else {
            duk_push_string(ctx, "unknown");
        }
        duk_put_prop_index(ctx, -2, idx++);
        duk_push_number(ctx, (double)os_cpu_speed(cpu));
        duk_put_prop_index(ctx, -2, idx++);
        duk_push_number(ctx, (double)user * mult);
        duk_put_prop_index(ctx, -2, idx++);
        duk_push_number(ctx, (double)nice * mult);
        duk_put_prop_index(ctx, -2, idx++);
        duk_push_number(ctx, (double)sys * mult);
        duk_put_prop_index(ctx, -2, idx++);
        duk_push_number(ctx, (double)idle * mult);
        duk_put_prop_index(ctx, -2, idx++);
        duk_push_number(ctx, (double)irq * mult);
        duk_put_prop_index(ctx, -2, idx++);
        ncpu++;
    }
    return 1;
}

/* uv__ifaddr_exclude: interfaces that are down, have no address, or (for addresses) are raw
 * packet entries are skipped; for MAC addresses only the packet entries count. */
static int os_ifaddr_skip(const struct ifaddrs *ent, int want_packet) {
    if (!((ent->ifa_flags & IFF_UP) && (ent->ifa_flags & IFF_RUNNING))) {
        return 1;
    }
    if (ent->ifa_addr == NULL) {
        return 1;
    }
    if (ent->ifa_addr->sa_family == AF_PACKET) {
        return !want_packet;
    }
    return want_packet;
}

/* Formats the MAC address of interface `name` (or of its alias base 'eth0' for 'eth0:1'). */
static void os_mac_of(const struct ifaddrs *addrs, const char *name, char *out, size_t len) {
    const struct ifaddrs *ent;
    unsigned char mac[6] = { 0, 0, 0, 0, 0, 0 };
    for (ent = addrs; ent != NULL; ent = ent->ifa_next) {
        size_t namelen;
        if (os_ifaddr_skip(ent, 1)) {
            continue;
        }
        namelen = strlen(ent->ifa_name);
        if (strncmp(name, ent->ifa_name, namelen) == 0 &&
            (name[namelen] == '\0' || name[namelen] == ':')) {
            const struct sockaddr_ll *sll = (const struct sockaddr_ll *)ent->ifa_addr;
            memcpy(mac, sll->sll_addr, sizeof(mac));
        }
    }
    snprintf(out, len, "%02x:%02x:%02x:%02x:%02x:%02x", mac[0], mac[1], mac[2], mac[3], mac[4],
             mac[5]);
}

/* Pushes the flattened address tuples of the getifaddrs list in udata.  [ ] -> [ array ] */
static duk_ret_t os_push_interfaces_cb(duk_context *ctx, void *udata) {
    const struct ifaddrs *addrs = udata;
    const struct ifaddrs *ent;
    duk_uarridx_t idx = 0;
    duk_push_array(ctx);
    for (ent = addrs; ent != NULL; ent = ent->ifa_next) {
        char ip[INET6_ADDRSTRLEN];
        char mask[INET6_ADDRSTRLEN];
        char mac[18];
        const char *family;
        double scopeid = -1;
        if (os_ifaddr_skip(ent, 0)) {
            continue;
        }
        ip[0] = mask[0] = '\0';
        if (ent->ifa_addr->sa_family == AF_INET6) {
            const struct sockaddr_in6 *a6 = (const struct sockaddr_in6 *)ent->ifa_addr;
            inet_ntop(AF_INET6, &a6->sin6_addr, ip, sizeof(ip));
            scopeid = (double)a6->sin6_scope_id;
            family = "IPv6";
        } else if (ent->ifa_addr->sa_family == AF_INET) {
            const struct sockaddr_in *a4 = (const struct sockaddr_in *)ent->ifa_addr;
            inet_ntop(AF_INET, &a4->sin_addr, ip, sizeof(ip));
            family = "IPv4";
        } else {
            family = "unknown";
        }
        if (ent->ifa_netmask != NULL && ent->ifa_netmask->sa_family == AF_INET6) {
            const struct sockaddr_in6 *m6 = (const struct sockaddr_in6 *)ent->ifa_netmask;
            inet_ntop(AF_INET6, &m6->sin6_addr, mask, sizeof(mask));
        } else if (ent->ifa_netmask != NULL) {
            const struct sockaddr_in *m4 = (const struct sockaddr_in *)ent->ifa_netmask;
            inet_ntop(AF_INET, &m4->sin_addr, mask, sizeof(mask));
        }
        os_mac_of(addrs, ent->ifa_name, mac, sizeof(mac));
        duk_push_string(ctx, ent->ifa_name);
        duk_put_prop_index(ctx, -2, idx++);
        duk_push_string(ctx, ip);
        duk_put_prop_index(ctx, -2, idx++);
        duk_push_string(ctx, mask);
        duk_put_prop_index(ctx, -2, idx++);
        duk_push_string(ctx, family);
        duk_put_prop_index(ctx, -2, idx++);
        duk_push_string(ctx, mac);
        duk_put_prop_index(ctx, -2, idx++);
        duk_push_boolean(ctx, (ent->ifa_flags & IFF_LOOPBACK) != 0);
        duk_put_prop_index(ctx, -2, idx++);
        duk_push_number(ctx, scopeid);
        duk_put_prop_index(ctx, -2, idx++);
    }
    return 1;
}

/*
 * getInterfaceAddresses(ctx): one 7-tuple per address, flattened:
 *   [ name, address, netmask, family, mac, internal, scopeid (-1 for IPv4), ... ]
 * The list from getifaddrs is freed before any error propagates.
 * [ ctx ] -> [ array | undefined ]
 */
static duk_ret_t os_get_interface_addresses(duk_context *ctx) {
    struct ifaddrs *addrs = NULL;
    duk_int_t rc;
    if (getifaddrs(&addrs) != 0) {
        os_fill_error(ctx, 0, -errno, "uv_interface_addresses");
        return 0;
    }
    rc = duk_safe_call(ctx, os_push_interfaces_cb, addrs, 0 /*nargs*/, 1 /*nrets*/);
    freeifaddrs(addrs);
    if (rc != DUK_EXEC_SUCCESS) {
        (void)duk_throw(ctx);
    }
    return 1;
}

/* getPriority(pid, ctx): [ pid ctx ] -> [ priority | undefined ] */
static duk_ret_t os_get_priority(duk_context *ctx) {
    int pid = duk_require_int(ctx, 0);
    int prio;
    errno = 0;
    prio = getpriority(PRIO_PROCESS, (id_t)pid);
    if (prio == -1 && errno != 0) {
        os_fill_error(ctx, 1, -errno, "uv_os_getpriority");
        return 0;
    }
    duk_push_int(ctx, prio);
    return 1;
}

/* setPriority(pid, priority, ctx): [ pid priority ctx ] -> [ 0 | -errno ] */
static duk_ret_t os_set_priority(duk_context *ctx) {
    int pid = duk_require_int(ctx, 0);
    int prio = duk_require_int(ctx, 1);
    if (setpriority(PRIO_PROCESS, (id_t)pid, prio) != 0) {
        int err = -errno;
        os_fill_error(ctx, 2, err, "uv_os_setpriority");
        duk_push_int(ctx, err);
        return 1;
    }
    duk_push_int(ctx, 0);
    return 1;
}

/* getAvailableParallelism(): CPUs this process may run on.  [ ] -> [ n ] */
static duk_ret_t os_get_available_parallelism(duk_context *ctx) {
    cpu_set_t set;
    long n = 0;
    memset(&set, 0, sizeof(set));
    if (sched_getaffinity(0, sizeof(set), &set) == 0) {
        n = CPU_COUNT(&set);
    }
    if (n < 1) {
        n = sysconf(_SC_NPROCESSORS_ONLN);
    }
    duk_push_int(ctx, n > 0 ? (duk_int_t)n : 1);
    return 1;
}

typedef struct os_constant_s {
    const char *name;
    int value;
} os_constant_t;

/* Node's os.constants.errno, in Node's order. */
static const os_constant_t os_errno_constants[] = {
#define OS_E(name) { #name, name },
    OS_E(E2BIG) OS_E(EACCES) OS_E(EADDRINUSE) OS_E(EADDRNOTAVAIL) OS_E(EAFNOSUPPORT)
    OS_E(EAGAIN) OS_E(EALREADY) OS_E(EBADF) OS_E(EBADMSG) OS_E(EBUSY) OS_E(ECANCELED)
    OS_E(ECHILD) OS_E(ECONNABORTED) OS_E(ECONNREFUSED) OS_E(ECONNRESET) OS_E(EDEADLK)
    OS_E(EDESTADDRREQ) OS_E(EDOM) OS_E(EDQUOT) OS_E(EEXIST) OS_E(EFAULT) OS_E(EFBIG)
    OS_E(EHOSTUNREACH) OS_E(EIDRM) OS_E(EILSEQ) OS_E(EINPROGRESS) OS_E(EINTR) OS_E(EINVAL)
    OS_E(EIO) OS_E(EISCONN) OS_E(EISDIR) OS_E(ELOOP) OS_E(EMFILE) OS_E(EMLINK) OS_E(EMSGSIZE)
    OS_E(EMULTIHOP) OS_E(ENAMETOOLONG) OS_E(ENETDOWN) OS_E(ENETRESET) OS_E(ENETUNREACH)
    OS_E(ENFILE) OS_E(ENOBUFS) OS_E(ENODATA) OS_E(ENODEV) OS_E(ENOENT) OS_E(ENOEXEC)
    OS_E(ENOLCK) OS_E(ENOLINK) OS_E(ENOMEM) OS_E(ENOMSG) OS_E(ENOPROTOOPT) OS_E(ENOSPC)
    OS_E(ENOSR) OS_E(ENOSTR) OS_E(ENOSYS) OS_E(ENOTCONN) OS_E(ENOTDIR) OS_E(ENOTEMPTY)
    OS_E(ENOTSOCK) OS_E(ENOTSUP) OS_E(ENOTTY) OS_E(ENXIO) OS_E(EOPNOTSUPP) OS_E(EOVERFLOW)
    OS_E(EPERM) OS_E(EPIPE) OS_E(EPROTO) OS_E(EPROTONOSUPPORT) OS_E(EPROTOTYPE) OS_E(ERANGE)
    OS_E(EROFS) OS_E(ESPIPE) OS_E(ESRCH) OS_E(ESTALE) OS_E(ETIME) OS_E(ETIMEDOUT)
    OS_E(ETXTBSY) OS_E(EWOULDBLOCK) OS_E(EXDEV)
#undef OS_E
    { NULL, 0 }
};

/* Node's os.constants.signals, in Node's order. */
static const os_constant_t os_signal_constants[] = {
#define OS_S(name) { #name, name },
    OS_S(SIGHUP) OS_S(SIGINT) OS_S(SIGQUIT) OS_S(SIGILL) OS_S(SIGTRAP) OS_S(SIGABRT)
    OS_S(SIGIOT) OS_S(SIGBUS) OS_S(SIGFPE) OS_S(SIGKILL) OS_S(SIGUSR1) OS_S(SIGSEGV)
    OS_S(SIGUSR2) OS_S(SIGPIPE) OS_S(SIGALRM) OS_S(SIGTERM) OS_S(SIGCHLD) OS_S(SIGSTKFLT)
    OS_S(SIGCONT) OS_S(SIGSTOP) OS_S(SIGTSTP) OS_S(SIGTTIN) OS_S(SIGTTOU) OS_S(SIGURG)
    OS_S(SIGXCPU) OS_S(SIGXFSZ) OS_S(SIGVTALRM) OS_S(SIGPROF) OS_S(SIGWINCH) OS_S(SIGIO)
    OS_S(SIGPOLL) OS_S(SIGPWR) OS_S(SIGSYS)
#undef OS_S
    { NULL, 0 }
};

static const os_constant_t os_priority_constants[] = {
    { "PRIORITY_LOW", 19 }, { "PRIORITY_BELOW_NORMAL", 10 }, { "PRIORITY_NORMAL", 0 },
    { "PRIORITY_ABOVE_NORMAL", -7 }, { "PRIORITY_HIGH", -14 }, { "PRIORITY_HIGHEST", -20 },
    { NULL, 0 }
};

static const os_constant_t os_dlopen_constants[] = {
    { "RTLD_LAZY", RTLD_LAZY }, { "RTLD_NOW", RTLD_NOW }, { "RTLD_GLOBAL", RTLD_GLOBAL },
    { "RTLD_LOCAL", RTLD_LOCAL }, { "RTLD_DEEPBIND", RTLD_DEEPBIND },
    { NULL, 0 }
};

/* Pushes a null-prototype object of constants.  [ ... ] -> [ ... obj ] */
static void os_push_constants(duk_context *ctx, const os_constant_t *list) {
    duk_push_bare_object(ctx);
    for (; list->name != NULL; list++) {
        duk_push_int(ctx, list->value);
        duk_put_prop_string(ctx, -2, list->name);
    }
}

/* Pushes the binding object.  [ ] -> [ binding ] */
duk_ret_t nd_open_os(duk_context *ctx) {
    static const duk_function_list_entry methods[] = {
        { "getHostname", os_get_hostname, 1 },
        { "getOSInformation", os_get_os_information, 1 },
        { "getHomeDirectory", os_get_home_directory, 1 },
        { "getUserInfo", os_get_user_info, 1 },
        { "getUptime", os_get_uptime, 1 },
        { "getTotalMem", os_get_total_mem, 0 },
        { "getFreeMem", os_get_free_mem, 0 },
        { "getLoadAvg", os_get_load_avg, 1 },
        { "getCPUs", os_get_cpus, 0 },
        { "getInterfaceAddresses", os_get_interface_addresses, 1 },
        { "getPriority", os_get_priority, 2 },
        { "setPriority", os_set_priority, 3 },
        { "getAvailableParallelism", os_get_available_parallelism, 0 },
        { NULL, NULL, 0 }
    };
    duk_push_object(ctx);
    duk_put_function_list(ctx, -1, methods);

    duk_push_object(ctx);                                 /* [ binding constants ] */
    duk_push_int(ctx, 4);
    duk_put_prop_literal(ctx, -2, "UV_UDP_REUSEADDR");
    os_push_constants(ctx, os_dlopen_constants);
    duk_put_prop_literal(ctx, -2, "dlopen");
    os_push_constants(ctx, os_errno_constants);
    duk_put_prop_literal(ctx, -2, "errno");
    os_push_constants(ctx, os_signal_constants);
    duk_put_prop_literal(ctx, -2, "signals");
    os_push_constants(ctx, os_priority_constants);
    duk_put_prop_literal(ctx, -2, "priority");
    duk_put_prop_literal(ctx, -2, "constants");
    return 1;
}
