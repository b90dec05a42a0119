/* fs-watchfile: watchFile/unwatchFile: a missing file is reported once with all-zero stats,
 * its creation, replacement and removal each as (curr, prev) Stats; one StatWatcher serves all
 * listeners of a path, and unwatching the last listener stops polling so the process exits.
 * Each change is made from the listener of the previous one (files replaced by rename, in one
 * step), so the sequence does not depend on timing. */
var fs = require('fs');
var base = (process.env.TMPDIR || '/tmp') + '/nodule-fs-watchfile-' + process.pid;
fs.mkdirSync(base);
var f = base + '/watched';

/* Puts contents at f in one step, with fixed times. */
function replace(contents, mtime) {
    fs.writeFileSync(f + '.new', contents);
    fs.utimesSync(f + '.new', mtime, mtime);
    fs.renameSync(f + '.new', f);
}

var events = 0;
function listener(curr, prev) {
    events++;
    var line = [curr.size, prev.size, curr.mtimeMs, prev.mtimeMs, curr.ino === 0,
                curr instanceof fs.Stats, prev instanceof fs.Stats];
    if (events === 1) {
        console.log('missing', JSON.stringify(line));
        replace('first version', 1000);
    } else if (events === 2) {
        console.log('created', JSON.stringify(line));
        replace('the second version', 2000);
    } else if (events === 3) {
        console.log('replaced', JSON.stringify(line));
        fs.unlinkSync(f);
    } else if (events === 4) {
        console.log('removed', JSON.stringify(line));
        fs.unwatchFile(f, listener);
        console.log('other listener still there');
        fs.unwatchFile(f);
        fs.rmSync(base, { recursive: true });
        console.log('unwatched; the process can exit');
    }
}
var w = fs.watchFile(f, { interval: 20 }, listener);
console.log('watcher', typeof w.on, typeof w.ref, typeof w.unref,
            w === fs.watchFile(f, { interval: 20 }, function other() {}));
fs.unwatchFile(f, function notAdded() {});
fs.unwatchFile(base + '/never-watched');

try {
    fs.watchFile(f);
} catch (e) {
    console.log(e.code, e.message);
}
try {
    fs.watchFile(42, function () {});
} catch (e) {
    console.log(e.code, e.message);
}
