/*
 * src/compile_cache.c: an on-disk cache of compiled module functions (Duktape bytecode).
 *
 * Lowering and compiling are most of the time a program like Express spends starting, and
 * both are pure functions of the source text.  So the function compiled from a module is kept
 * as Duktape bytecode, one file an entry, and the next run that requires the same source under
 * the same file name loads it instead.  Bundled modules, whose bytecode the binary holds
 * deflated, are kept inflated the same way (src/modules.c).
 *
 * - Where: $NODE_COMPILE_CACHE (the variable Node 22 reads), else $XDG_CACHE_HOME/nodule, else
 *   ~/.cache/nodule; NODE_DISABLE_COMPILE_CACHE=1 turns it off, as in Node.  Inside, one
 *   directory per build (named by the binary's GNU build ID, which the Makefile asks the linker
 *   for), since bytecode belongs to one build of Duktape and of the lowering compiler; a new build
 *   removes all but the few builds used last.
 * - An entry is a header then the bytecode.  Duktape does not validate bytecode, so an entry is
 *   loaded only when it is ours (owner, mode), whole (length), for this source (length and hash
 *   of name, flags and text) and intact (hash of the bytecode).  Anything else is a miss.
 * - Entries are written to a temporary file and renamed into place, so concurrent runs never
 *   see half an entry.  Every failure just leaves the cache out: it never costs the program.
 */
#include "compile_cache.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <link.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define CACHE_MAGIC "ndcc0001"
#define CACHE_BUILD_PREFIX 'b'
#define CACHE_KEEP_BUILDS 3        /* other builds' directories kept beside this one's */
#define CACHE_MAX_ENTRIES 4096     /* a build directory holding more starts again empty */

typedef struct cache_header_s {
    char magic[8];
    uint64_t source_hash;
    uint64_t source_len;
    uint64_t payload_hash;
    uint64_t payload_len;
} cache_header_t;

typedef enum { CACHE_UNKNOWN, CACHE_OFF, CACHE_ON } cache_state_t;

static struct {
    cache_state_t state;
    int dir_ready;             /* the build directory exists and was trimmed (first store) */
    int marked;                /* its time was set to now (first hit) */
    uid_t uid;                 /* whose entries are trusted: ours */
    char base[PATH_MAX];       /* .../nodule */
    char dir[PATH_MAX];        /* .../nodule/b<build> */
} cache;

/* A fast 64-bit hash, eight bytes a step; not cryptographic (see the file comment). */
static uint64_t cache_hash(uint64_t h, const void *data, size_t len) {
    const unsigned char *p = data;
    for (; len >= 8; p += 8, len -= 8) {
        uint64_t w;
        memcpy(&w, p, 8);
        h = (h ^ w) * 0xff51afd7ed558ccdULL;
        h ^= h >> 32;
    }
    uint64_t tail = (uint64_t)len << 56;
    for (size_t i = 0; i < len; i++) {
        tail |= (uint64_t)p[i] << (8 * i);
    }
    h = (h ^ tail) * 0xc4ceb9fe1a85ec53ULL;
    return h ^ (h >> 29);
}

static int cache_base_path(char *out, size_t size) {
    const char *dir = getenv("NODE_COMPILE_CACHE");
    const char *xdg = getenv("XDG_CACHE_HOME");
    const char *home = getenv("HOME");
    int n;
    if (dir != NULL && dir[0] != '\0') {
        n = snprintf(out, size, "%s", dir);
    } else if (xdg != NULL && xdg[0] == '/') {
        n = snprintf(out, size, "%s/nodule", xdg);
    } else if (home != NULL && home[0] == '/') {
        n = snprintf(out, size, "%s/.cache/nodule", home);
    } else {
        return -1;
    }
    return n > 0 && (size_t)n < size ? 0 : -1;
}

/* dl_iterate_phdr callback: hashes the GNU build ID of the first object, the program itself
 * (whatever runs it: a copy, the dynamic loader, valgrind), into *data; 0 stays when it has none. */
static int cache_hash_build_id(struct dl_phdr_info *info, size_t size, void *data) {
    (void)size;
    for (ElfW(Half) i = 0; i < info->dlpi_phnum; i++) {
        const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
        if (ph->p_type != PT_NOTE) {
            continue;
        }
        const char *p = (const char *)(info->dlpi_addr + ph->p_vaddr);
        const char *end = p + ph->p_memsz;
        while ((size_t)(end - p) >= sizeof(ElfW(Nhdr))) {
            const ElfW(Nhdr) *note = (const ElfW(Nhdr) *)(const void *)p;
            const char *desc = p + sizeof *note + ((note->n_namesz + 3) & ~3U);
            if (note->n_type == NT_GNU_BUILD_ID && note->n_namesz == 4 &&
                memcmp(p + sizeof *note, "GNU", 4) == 0 && desc + note->n_descsz <= end) {
                *(uint64_t *)data = cache_hash(1, desc, note->n_descsz);
                return 1;
            }
            p = desc + ((note->n_descsz + 3) & ~3U);
        }
    }
    return 1;
}

/* Decides once whether the cache is on and where its directory is. */
static int cache_enabled(void) {
    if (cache.state != CACHE_UNKNOWN) {
        return cache.state == CACHE_ON;
    }
    cache.state = CACHE_OFF;
    const char *off = getenv("NODE_DISABLE_COMPILE_CACHE");
    uint64_t build = 0;
    if ((off != NULL && off[0] != '\0') || cache_base_path(cache.base, sizeof cache.base) != 0) {
        return 0;
    }
    (void)dl_iterate_phdr(cache_hash_build_id, &build);
    int n = snprintf(cache.dir, sizeof cache.dir, "%s/%c%016llx", cache.base, CACHE_BUILD_PREFIX,
                     (unsigned long long)build);
    if (build != 0 && n > 0 && (size_t)n < sizeof cache.dir) {
        cache.state = CACHE_ON;
        cache.uid = geteuid();
    }
    return cache.state == CACHE_ON;
}

static int cache_entry_path(const nd_cache_key_t *key, char *out, size_t size) {
    int n = snprintf(out, size, "%s/%016llx", cache.dir, (unsigned long long)key->name_hash);
    return n > 0 && (size_t)n < size ? 0 : -1;
}

static int cache_read_exact(int fd, void *buf, size_t len) {
    char *p = buf;
    while (len > 0) {
        ssize_t n = read(fd, p, len);
        if (n < 0 && errno == EINTR) {
            continue;
        }
        if (n <= 0) {
            return -1;
        }
        p += n;
        len -= (size_t)n;
    }
    return 0;
}

/* Reads and checks the entry's header; the file must be ours and exactly header + payload. */
static int cache_read_header(int fd, const nd_cache_key_t *key, cache_header_t *h) {
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_uid != cache.uid ||
        (st.st_mode & (S_IWGRP | S_IWOTH)) != 0 || cache_read_exact(fd, h, sizeof *h) != 0) {
        return -1;
    }
    if (memcmp(h->magic, CACHE_MAGIC, sizeof h->magic) != 0 ||
        h->source_hash != key->source_hash || h->source_len != key->source_len ||
        (uint64_t)st.st_size != sizeof *h + h->payload_len || h->payload_len == 0) {
        return -1;
    }
    return 0;
}

static duk_ret_t cache_push_buffer_cb(duk_context *ctx, void *udata) {
    (void)duk_push_fixed_buffer(ctx, *(duk_size_t *)udata);
    return 1;
}

/* [ ... ] -> [ ... bytecode ] and 1, or [ ... ] and 0.  The buffer is pushed in a protected
 * call: running out of memory must not jump past the caller's close(fd). */
static int cache_read_entry(duk_context *ctx, int fd, const nd_cache_key_t *key) {
    cache_header_t h;
    if (cache_read_header(fd, key, &h) != 0) {
        return 0;
    }
    duk_size_t size = (duk_size_t)h.payload_len;
    if (duk_safe_call(ctx, cache_push_buffer_cb, &size, 0 /*nargs*/, 1 /*nrets*/) !=
        DUK_EXEC_SUCCESS) {
        duk_pop(ctx);
        return 0;
    }
    void *bc = duk_get_buffer(ctx, -1, NULL);
    if (cache_read_exact(fd, bc, (size_t)h.payload_len) != 0 ||
        cache_hash(0, bc, (size_t)h.payload_len) != h.payload_hash) {
        duk_pop(ctx);
        return 0;
    }
    return 1;
}

/* Dates this build's directory on its first hit of a run (see cache_remove_old_builds). */
static void cache_mark_used(void) {
    if (!cache.marked) {
        cache.marked = 1;
        (void)utimensat(AT_FDCWD, cache.dir, NULL, 0);
    }
}

int nd_compile_cache_load(duk_context *ctx, const char *source, size_t len, const char *filename,
                          int flags, nd_cache_key_t *key) {
    memset(key, 0, sizeof *key);
    if (!cache_enabled()) {
        return 0;
    }
    uint64_t name = cache_hash((uint64_t)flags, filename, strlen(filename));
    key->name_hash = name;
    key->source_hash = cache_hash(name, source, len);
    key->source_len = len;
    key->usable = 1;
    char path[PATH_MAX];
    if (cache_entry_path(key, path, sizeof path) != 0) {
        key->usable = 0;
        return 0;
    }
    int fd = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0) {
        return 0;
    }
    int found = cache_read_entry(ctx, fd, key);
    close(fd);
    if (found) {
        duk_load_function(ctx);
        cache_mark_used();
    }
    return found;
}

/* mkdir -p, each level private to the user.  Returns 0 when path is a directory at the end. */
static int cache_make_dirs(char *path) {
    for (char *p = path + 1; *p != '\0'; p++) {
        if (*p == '/') {
            *p = '\0';
            int rc = mkdir(path, 0700);
            *p = '/';
            if (rc != 0 && errno != EEXIST) {
                return -1;
            }
        }
    }
    return mkdir(path, 0700) == 0 || errno == EEXIST ? 0 : -1;
}

/* Counts the entries of a build directory, unlinking them too unless count_only.  Best effort. */
static size_t cache_scan_entries(const char *dir, int count_only) {
    char entry[PATH_MAX];
    size_t count = 0;
    DIR *d = opendir(dir);
    if (d == NULL) {
        return 0;
    }
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.') {
            continue;
        }
        count++;
        if (!count_only && (size_t)snprintf(entry, sizeof entry, "%s/%s", dir, e->d_name) <
                               sizeof entry) {
            (void)unlink(entry);
        }
    }
    closedir(d);
    return count;
}

static void cache_remove_build(const char *name) {
    char dir[PATH_MAX];
    if ((size_t)snprintf(dir, sizeof dir, "%s/%s", cache.base, name) < sizeof dir) {
        (void)cache_scan_entries(dir, 0);
        (void)rmdir(dir);
    }
}

typedef struct cache_build_s {
    char name[32];
    time_t used;
} cache_build_t;

static int cache_build_newer_first(const void *a, const void *b) {
    time_t ta = ((const cache_build_t *)a)->used;
    time_t tb = ((const cache_build_t *)b)->used;
    return ta > tb ? -1 : ta < tb;
}

/* When a new build starts its directory, the bytecode of the builds that ran least recently
 * goes; the few most recent stay, so that runs of two binaries (a build and its sanitized twin)
 * keep theirs.  A build directory's time is that of its last use (cache_mark_used). */
static void cache_remove_old_builds(void) {
    const char *own = strrchr(cache.dir, '/') + 1;
    cache_build_t builds[64];
    size_t n = 0;
    DIR *d = opendir(cache.base);
    if (d == NULL) {
        return;
    }
    struct dirent *e;
    struct stat st;
    while ((e = readdir(d)) != NULL && n < ND_ARRAY_SIZE(builds)) {
        if (e->d_name[0] == CACHE_BUILD_PREFIX && strlen(e->d_name) == strlen(own) &&
            strcmp(e->d_name, own) != 0 && fstatat(dirfd(d), e->d_name, &st, 0) == 0) {
            memcpy(builds[n].name, e->d_name, strlen(own) + 1);   /* as long as own */
            builds[n++].used = st.st_mtime;
        }
    }
    closedir(d);
    qsort(builds, n, sizeof *builds, cache_build_newer_first);
    for (size_t i = CACHE_KEEP_BUILDS; i < n; i++) {
        cache_remove_build(builds[i].name);
    }
}

static int cache_prepare_dir(void) {
    if (cache.dir_ready) {
        return 0;
    }
    struct stat st;
    if (stat(cache.dir, &st) != 0) {
        if (cache_make_dirs(cache.dir) != 0) {
            cache.state = CACHE_OFF;
            return -1;
        }
        cache_remove_old_builds();
    } else if (cache_scan_entries(cache.dir, 1) > CACHE_MAX_ENTRIES) {
        /* Scripts run from fresh temporary directories would otherwise pile up for ever. */
        (void)cache_scan_entries(cache.dir, 0);
    }
    cache.dir_ready = 1;
    return 0;
}

static int cache_write_entry(const char *path, const cache_header_t *h, const void *bc) {
    char tmp[PATH_MAX];
    if ((size_t)snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid()) >= sizeof tmp) {
        return -1;
    }
    /* O_EXCL: never through a link or a file someone else put there. */
    int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        return -1;
    }
    int rc = nd_write_all(fd, (const char *)h, sizeof *h);
    if (rc == 0) {
        rc = nd_write_all(fd, bc, (size_t)h->payload_len);
    }
    if (close(fd) != 0) {
        rc = -1;
    }
    if (rc == 0 && rename(tmp, path) == 0) {
        return 0;
    }
    (void)unlink(tmp);
    return -1;
}

void nd_compile_cache_store(duk_context *ctx, const nd_cache_key_t *key) {
    char path[PATH_MAX];
    if (!key->usable || cache_prepare_dir() != 0 || cache_entry_path(key, path, sizeof path) != 0) {
        return;
    }
    duk_dup_top(ctx);
    duk_dump_function(ctx);
    duk_size_t len;
    const void *bc = duk_get_buffer(ctx, -1, &len);
    cache_header_t h;
    memcpy(h.magic, CACHE_MAGIC, sizeof h.magic);
    h.source_hash = key->source_hash;
    h.source_len = key->source_len;
    h.payload_hash = cache_hash(0, bc, len);
    h.payload_len = len;
    (void)cache_write_entry(path, &h, bc);
    duk_pop(ctx);
}
