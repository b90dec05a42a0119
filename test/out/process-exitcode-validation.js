// process.exitCode and process.exit(code) take an integer or a string that reads as a number
// (kept as given); anything else throws Node's ERR_INVALID_ARG_TYPE or ERR_OUT_OF_RANGE and
// leaves the exit code alone. process.exit(undefined) clears an exit code set before.
const values = [3, -1, '7', ' 2 ', '0x10', '', 'abc', '1.5', 1.5, NaN, Infinity, true, [], {},
    9007199254740992, null, undefined];
for (const v of values) {
    try {
        process.exitCode = v;
        console.log('set', JSON.stringify(v), '->', JSON.stringify(process.exitCode));
    } catch (e) {
        console.log(e.name, e.code, e.message, JSON.stringify(process.exitCode));
    }
}
const d = Object.getOwnPropertyDescriptor(process, 'exitCode');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable, Object.keys(process).includes('exitCode'));
try {
    process.exit('not a number');
} catch (e) {
    console.log('exit threw', e.code);
}
process.on('exit', (code) => console.log('exit event', code, process.exitCode));
process.exitCode = 9;
process.exit(undefined);
