// chokidar 3: watches a temp directory (fs.watch underneath) for add, change and unlink.
const chokidar = require('chokidar');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nd-chokidar-'));
const file = path.join(dir, 'f.txt');
const watcher = chokidar.watch(dir, { ignoreInitial: true, awaitWriteFinish: false });
const steps = [() => fs.writeFileSync(file, 'one'), () => fs.appendFileSync(file, 'two'), () => fs.unlinkSync(file)];
watcher.on('ready', () => {
    console.log('ready', Object.keys(watcher.getWatched()).length);
    steps.shift()();
});
watcher.on('all', (event, p) => {
    console.log(event, path.basename(p));
    const next = steps.shift();
    if (next) {
        setTimeout(next, 50);
    } else {
        watcher.close().then(() => {
            fs.rmSync(dir, { recursive: true });
            console.log('closed');
        });
    }
});
