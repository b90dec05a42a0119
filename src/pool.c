/*
 * src/pool.c: a small pool of worker threads for blocking work, so the loop never waits on the
 * disk or the resolver (libuv's threadpool).
 *
 * Started on first use with UV_THREADPOOL_SIZE threads (default 4, as Node).  Work items go on a
 * mutex-protected FIFO; a worker runs work_fn, moves the item to the done list and writes to an
 * eventfd; the loop's read event on that eventfd runs each after_fn on the loop thread.  Each
 * submitted item holds one loop reference until its after_fn has run.
 */
#include "nd.h"
#include "pool.h"

#include <errno.h>
#include <event2/event.h>
#include <pthread.h>
#include <stdint.h>
#include <sys/eventfd.h>
#include <unistd.h>

#define POOL_DEFAULT_THREADS 4
#define POOL_MAX_THREADS 1024

typedef struct nd_pool_s {
    pthread_mutex_t lock;
    pthread_cond_t cond;
    nd_work_t *todo_head;
    nd_work_t *todo_tail;
    nd_work_t *done_head;
    nd_work_t *done_tail;
    int efd;
    struct event *ev;
    nd_runtime_t *rt;
} nd_pool_t;

static void pool_append(nd_work_t **head, nd_work_t **tail, nd_work_t *w) {
    w->next = NULL;
    if (*tail != NULL) {
        (*tail)->next = w;
    } else {
        *head = w;
    }
    *tail = w;
}

static void *pool_worker(void *arg) {
    nd_pool_t *pool = arg;
    for (;;) {
        pthread_mutex_lock(&pool->lock);
        while (pool->todo_head == NULL) {
            pthread_cond_wait(&pool->cond, &pool->lock);
        }
        nd_work_t *w = pool->todo_head;
        pool->todo_head = w->next;
        if (pool->todo_head == NULL) {
            pool->todo_tail = NULL;
        }
        pthread_mutex_unlock(&pool->lock);

        w->work_fn(w);

        pthread_mutex_lock(&pool->lock);
        pool_append(&pool->done_head, &pool->done_tail, w);
        pthread_mutex_unlock(&pool->lock);
        uint64_t one = 1;
        while (write(pool->efd, &one, sizeof(one)) < 0 && errno == EINTR) {
        }
    }
    return NULL;
}

/* Loop side: runs the after_fn of every finished item, in completion order. */
static void pool_done_cb(evutil_socket_t fd, short what, void *arg) {
    (void)what;
    nd_pool_t *pool = arg;
    uint64_t count;
    while (read(fd, &count, sizeof(count)) < 0 && errno == EINTR) {
    }
    pthread_mutex_lock(&pool->lock);
    nd_work_t *w = pool->done_head;
    pool->done_head = pool->done_tail = NULL;
    pthread_mutex_unlock(&pool->lock);
    while (w != NULL) {
        nd_work_t *next = w->next;
        pool->rt->refs--;
        w->after_fn(w);
        w = next;
    }
}

static int pool_threads(void) {
    const char *env = getenv("UV_THREADPOOL_SIZE");
    int n = env != NULL ? atoi(env) : POOL_DEFAULT_THREADS;
    if (n < 1) {
        n = 1;
    }
    return n > POOL_MAX_THREADS ? POOL_MAX_THREADS : n;
}

/* Creates the pool of rt.  Returns 0 or -errno; on failure nothing is left behind except threads
 * already started, which wait harmlessly on an empty queue. */
static int pool_start(nd_runtime_t *rt) {
    nd_pool_t *pool = calloc(1, sizeof(*pool));
    if (pool == NULL) {
        return -ENOMEM;
    }
    pool->rt = rt;
    pool->efd = eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
    if (pool->efd < 0) {
        int err = -errno;
        free(pool);
        return err;
    }
    pool->ev = event_new(rt->base, pool->efd, EV_READ | EV_PERSIST, pool_done_cb, pool);
    if (pool->ev == NULL || event_add(pool->ev, NULL) != 0) {
        if (pool->ev != NULL) {
            event_free(pool->ev);
        }
        close(pool->efd);
        free(pool);
        return -ENOMEM;
    }
    pthread_mutex_init(&pool->lock, NULL);
    pthread_cond_init(&pool->cond, NULL);
    int n = pool_threads();
    int started = 0;
    for (int i = 0; i < n; i++) {
        pthread_t tid;
        pthread_attr_t attr;
        pthread_attr_init(&attr);
        pthread_attr_setdetachstate(&attr, PTHREAD_CREATE_DETACHED);
        pthread_attr_setstacksize(&attr, 256 * 1024);
        if (pthread_create(&tid, &attr, pool_worker, pool) == 0) {
            started++;
        }
        pthread_attr_destroy(&attr);
    }
    if (started == 0) {
        /* No thread could start: the pool is unusable; keep it unregistered. */
        event_del(pool->ev);
        return -EAGAIN;
    }
    rt->pool = pool;
    return 0;
}

int nd_pool_submit(nd_runtime_t *rt, nd_work_t *work, nd_work_fn work_fn,
                   nd_after_work_fn after_fn) {
    if (rt->pool == NULL) {
        int err = pool_start(rt);
        if (err < 0) {
            return err;
        }
    }
    nd_pool_t *pool = rt->pool;
    work->work_fn = work_fn;
    work->after_fn = after_fn;
    rt->refs++;
    pthread_mutex_lock(&pool->lock);
    pool_append(&pool->todo_head, &pool->todo_tail, work);
    pthread_cond_signal(&pool->cond);
    pthread_mutex_unlock(&pool->lock);
    return 0;
}
