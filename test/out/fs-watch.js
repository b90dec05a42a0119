/* fs-watch: fs.watch on inotify: a directory watcher reports a created file ('rename' with its
 * name), a file watcher reports a write ('change' with the file's own name), close() emits
 * 'close' once and stops events, unref() lets the process exit, recursive watches report
 * names relative to the root, fs.promises.watch iterates and rejects with AbortError; the
 * errors (ENOENT with syscall 'watch' and filename, argument errors).  inotify may merge or
 * split events, so the test waits for the first matching event instead of counting them. */
var fs = require('fs');
var base = (process.env.TMPDIR || '/tmp') + '/nodule-fs-watch-' + process.pid;

function clean(s) {
    return String(s).split(base).join('<tmp>');
}

fs.mkdirSync(base + '/sub', { recursive: true });
fs.writeFileSync(base + '/file', 'one');

try {
    fs.watch(base + '/nope');
} catch (e) {
    console.log('missing:', e.code, e.errno, e.syscall, clean(e.message), clean(e.path),
                clean(e.filename), Object.keys(e).join(','));
}
try {
    fs.watch(42);
} catch (e) {
    console.log('bad path:', e.code, e.message);
}
try {
    fs.watch(base, 'nope');
} catch (e) {
    console.log('bad encoding:', e.code, e.message);
}

/* Calls check(type, name) for each event until it returns true, then closes the watcher and
 * goes on after its 'close' event (or at once: Node 20's recursive watcher on Linux emits
 * none). */
function waitFor(watcher, check, then, noCloseEvent) {
    var done = false;
    watcher.on('change', function (type, name) {
        if (!done && check(type, String(name))) {
            done = true;
            watcher.close();
            if (noCloseEvent) {
                then();
                return;
            }
            watcher.on('close', function () {
                console.log('  close event, args', arguments.length);
                then();
            });
        }
    });
}

var steps = [
    function (next) {
        var w = fs.watch(base);
        console.log('watcher:', w instanceof require('events'), typeof w.ref, typeof w.unref);
        waitFor(w, function (type, name) {
            if (name === 'created') {
                console.log('dir watcher saw', type, name);
                return true;
            }
            return false;
        }, next);
        fs.writeFileSync(base + '/created', 'x');
    },
    function (next) {
        var w = fs.watch(base + '/file', function (type, name) {
            /* listener passed to watch() */
        });
        waitFor(w, function (type, name) {
            if (type === 'change') {
                console.log('file watcher saw', type, name);
                return true;
            }
            return false;
        }, next);
        fs.appendFileSync(base + '/file', 'two');
    },
    function (next) {
        var w = fs.watch(base, { encoding: 'buffer' });
        waitFor(w, function (type, name) {
            return true;
        }, next);
        w.on('change', function (type, name) {
            if (!w.seen) {
                w.seen = true;
                console.log('buffer name', Buffer.isBuffer(name), name.toString());
            }
        });
        fs.writeFileSync(base + '/bufname', 'x');
    },
    function (next) {
        var w = fs.watch(base, { recursive: true });
        waitFor(w, function (type, name) {
            if (name === 'sub/deep.txt') {
                console.log('recursive saw', type, name);
                return true;
            }
            return false;
        }, next, true);
        fs.writeFileSync(base + '/sub/deep.txt', 'x');
    },
    function (next) {
        var w = fs.watch(base);
        var closes = 0;
        w.on('close', function () {
            closes++;
        });
        w.close();
        w.close();
        w.on('change', function () {
            console.log('event after close!');
        });
        fs.writeFileSync(base + '/after-close', 'x');
        setImmediate(function () {
            console.log('closed watcher:', closes, 'close event(s)');
            next();
        });
    },
    function (next) {
        var ac = new AbortController();
        var it = fs.promises.watch(base, { signal: ac.signal })[Symbol.asyncIterator]();
        it.next().then(function (r) {
            console.log('promises.watch', r.done, typeof r.value.eventType, r.value.filename);
            ac.abort();
            return it.next();
        }).then(function (r) {
            console.log('after abort resolved', r.done);
            next();
        }, function (e) {
            console.log('after abort', e.name, e.code);
            next();
        });
        fs.writeFileSync(base + '/promised', 'x');
    },
    function () {
        fs.rmSync(base, { recursive: true });
        var w = fs.watch(process.env.TMPDIR || '/tmp');
        w.unref();
        console.log('unref\'d watcher left open; the process exits');
    }
];
(function run(i) {
    steps[i](function () { run(i + 1); });
})(0);
