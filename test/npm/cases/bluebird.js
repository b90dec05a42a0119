// bluebird 3: map with concurrency, props, timeout, promisify, a rejection with catch predicate.
const Promise = require('bluebird');
const fs = require('fs');
(async () => {
    console.log(await Promise.map([3, 1, 2], (x) => Promise.delay(x * 3).then(() => x * 2), { concurrency: 2 }));
    console.log(await Promise.props({ a: Promise.resolve(1), b: 2 }));
    try {
        await Promise.delay(50).timeout(5, 'too slow');
    } catch (e) {
        console.log(e.name, e.message, e instanceof Promise.TimeoutError);
    }
    const readFile = Promise.promisify(fs.readFile);
    await readFile('/nonexistent/nd').catch({ code: 'ENOENT' }, (e) => console.log('caught', e.code));
    console.log(await Promise.reduce([1, 2, 3], (s, x) => s + x, 0), await Promise.all([1, Promise.resolve(2)]).spread((x, y) => x + y));
})();
