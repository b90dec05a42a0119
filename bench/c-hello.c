/*
 * bench/c-hello.c: the ceiling for bench/http.sh, a hand-written HTTP server in C on the same
 * libevent and http-parser nodule uses, answering every request with the hello-world response
 * (the head and chunked body Node sends for it, with Date).  No JavaScript, no objects per
 * request: the distance between this and nodule is what the runtime costs.
 * Usage: c-hello PORT
 */
#include <arpa/inet.h>
#include <errno.h>
#include <event2/event.h>
#include <http_parser.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

typedef struct conn_s {
    int fd;
    struct event *ev;
    http_parser parser;
    char out[16384];
    size_t out_len;
} conn_t;

static struct event_base *base;

static const char *date_now(void) {
    static char buf[64];
    static time_t last;
    time_t now = time(NULL);
    if (now != last) {
        struct tm tm;
        gmtime_r(&now, &tm);
        strftime(buf, sizeof(buf), "%a, %d %b %Y %H:%M:%S GMT", &tm);
        last = now;
    }
    return buf;
}

static int on_message_complete(http_parser *p) {
    conn_t *c = p->data;
    int keep = http_should_keep_alive(p);
    int n = snprintf(c->out + c->out_len, sizeof(c->out) - c->out_len,
                     "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nDate: %s\r\n"
                     "Connection: %s\r\n%sTransfer-Encoding: chunked\r\n\r\n"
                     "b\r\nHello World\r\n0\r\n\r\n",
                     date_now(), keep ? "keep-alive" : "close",
                     keep ? "Keep-Alive: timeout=5\r\n" : "");
    if (n < 0 || (size_t)n >= sizeof(c->out) - c->out_len) {
        return -1;
    }
    c->out_len += (size_t)n;
    return 0;
}

static const http_parser_settings settings = { .on_message_complete = on_message_complete };

static void conn_close(conn_t *c) {
    event_free(c->ev);
    close(c->fd);
    free(c);
}

static void on_read(evutil_socket_t fd, short what, void *arg) {
    (void)what;
    conn_t *c = arg;
    char buf[16384];
    ssize_t n = read(fd, buf, sizeof(buf));
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) {
        return;
    }
    if (n <= 0) {
        conn_close(c);
        return;
    }
    c->out_len = 0;
    size_t used = http_parser_execute(&c->parser, &settings, buf, (size_t)n);
    if (used != (size_t)n || c->parser.http_errno != HPE_OK) {
        conn_close(c);
        return;
    }
    /* The responses of a read leave in one write; loopback takes them whole. */
    if (c->out_len > 0 && write(fd, c->out, c->out_len) != (ssize_t)c->out_len) {
        conn_close(c);
    }
}

static void on_accept(evutil_socket_t lfd, short what, void *arg) {
    (void)what;
    (void)arg;
    int fd = accept4(lfd, NULL, NULL, SOCK_NONBLOCK | SOCK_CLOEXEC);
    if (fd < 0) {
        return;
    }
    int one = 1;
    (void)setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));
    conn_t *c = calloc(1, sizeof(*c));
    if (c == NULL) {
        close(fd);
        return;
    }
    c->fd = fd;
    http_parser_init(&c->parser, HTTP_REQUEST);
    c->parser.data = c;
    c->ev = event_new(base, fd, EV_READ | EV_PERSIST, on_read, c);
    if (c->ev == NULL || event_add(c->ev, NULL) != 0) {
        if (c->ev != NULL) {
            event_free(c->ev);
        }
        close(fd);
        free(c);
    }
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: c-hello PORT\n");
        return 2;
    }
    signal(SIGPIPE, SIG_IGN);
    int lfd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    int one = 1;
    struct sockaddr_in sa = { .sin_family = AF_INET, .sin_port = htons((uint16_t)atoi(argv[1])) };
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (lfd < 0 || setsockopt(lfd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) != 0 ||
        bind(lfd, (struct sockaddr *)&sa, sizeof(sa)) != 0 || listen(lfd, 511) != 0) {
        perror("c-hello: listen");
        return 1;
    }
    base = event_base_new();
    struct event *lev = base ? event_new(base, lfd, EV_READ | EV_PERSIST, on_accept, NULL) : NULL;
    if (lev == NULL || event_add(lev, NULL) != 0) {
        fprintf(stderr, "c-hello: libevent setup failed\n");
        return 1;
    }
    printf("listening on http://127.0.0.1:%s/\n", argv[1]);
    fflush(stdout);
    return event_base_dispatch(base) < 0 ? 1 : 0;
}
