// util.promisify(setTimeout) and util.promisify(setImmediate) are timers/promises' functions,
// through util.promisify.custom, as in Node: a common way to write sleep().
const util = require('util');
const timersPromises = require('timers/promises');
const sleep = util.promisify(setTimeout);
const immediate = util.promisify(setImmediate);
console.log(sleep === timersPromises.setTimeout, immediate === timersPromises.setImmediate);
console.log(setTimeout === require('timers').setTimeout, typeof setTimeout[util.promisify.custom]);
console.log(typeof setInterval[util.promisify.custom]);
(async () => {
    console.log(await sleep(2, 'slept'));
    console.log(await immediate('immediate value'));
    const ac = new AbortController();
    const pending = sleep(1000, null, { signal: ac.signal });
    ac.abort();
    try {
        await pending;
    } catch (e) {
        console.log(e.name, e.code);
    }
})();
