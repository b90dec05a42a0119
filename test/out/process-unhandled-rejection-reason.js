// An unhandled rejection whose reason is not an Error names it as V8's NoSideEffectsToString does:
// a string bare, an object by its constructor ('#<K>'), an array or date by its tag; the process
// exits 1 with ERR_UNHANDLED_REJECTION.
class K {}
const reasons = ['a string', 42, -0, { a: 1 }, [1, 2], new K(), new Date(0), /re/g, new Map(),
    { toString() { return 'TS'; } }, Object.create(null), { name: 'E', message: 'm', toString: Error.prototype.toString }];
const { spawnSync } = require('child_process');
if (process.argv[2] === 'child') {
    Promise.reject(reasons[+process.argv[3]]);
} else {
    for (let i = 0; i < reasons.length; i++) {
        const r = spawnSync(process.execPath, [__filename, 'child', String(i)], { encoding: 'utf8' });
        const line = r.stderr.split('\n').find((l) => l.includes('rejected with the reason'));
        console.log(r.status, line.slice(line.indexOf('the reason')));
    }
    Promise.reject('top-level string');
}
