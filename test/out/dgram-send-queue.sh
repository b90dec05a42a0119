# Proves: datagrams the kernel refuses for now (EAGAIN) wait in the send queue and leave in
# order when the socket is writable, each send callback getting (null, bytes); sends without a
# callback leave too.  EAGAIN is forced by an LD_PRELOAD shim, built here, that fails two
# datagram sends out of three.
tmp=$(mktemp -d)
cat > "$tmp/eagain.c" <<'C'
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <sys/socket.h>
static int calls;
static int refuse(int fd) {
    int type = 0;
    socklen_t len = sizeof(type);
    getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &len);
    return type == SOCK_DGRAM && calls++ % 3 != 2;
}
ssize_t sendmsg(int fd, const struct msghdr *msg, int flags) {
    ssize_t (*real)(int, const struct msghdr *, int) = dlsym(RTLD_NEXT, "sendmsg");
    if (refuse(fd)) { errno = EAGAIN; return -1; }
    return real(fd, msg, flags);
}
int sendmmsg(int fd, struct mmsghdr *v, unsigned n, int flags) {
    int (*real)(int, struct mmsghdr *, unsigned, int) = dlsym(RTLD_NEXT, "sendmmsg");
    if (refuse(fd)) { errno = EAGAIN; return -1; }
    return real(fd, v, n, flags);
}
C
cc -shared -fPIC -o "$tmp/eagain.so" "$tmp/eagain.c" -ldl || exit 1
cat > "$tmp/queue.js" <<'JS'
var dgram = require('dgram');
var r = dgram.createSocket('udp4');
var got = [];
var done = 0;
r.on('message', function (m) {
    got.push(m.toString());
    if (got.length === 6) {
        console.log('received', got.join(' '));
        r.close();
    }
});
r.bind(0, '127.0.0.1', function () {
    var s = dgram.createSocket('udp4');
    s.bind(0, '127.0.0.1', function () {
        for (var i = 0; i < 6; i++) {
            s.send(['m', String(i)], r.address().port, '127.0.0.1', i === 3 ? undefined : cb(i));
        }
    });
    function cb(i) {
        return function (err, n) {
            console.log('sent', i, err, n);
            if (++done === 5) {
                console.log('queue', s.getSendQueueSize(), s.getSendQueueCount());
                s.close();
            }
        };
    }
});
JS
ASAN_OPTIONS=verify_asan_link_order=0 LD_PRELOAD="$tmp/eagain.so" "$NODE" "$tmp/queue.js"
rm -rf "$tmp"
