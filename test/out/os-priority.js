/* os-priority.js: os.getPriority/setPriority argument checks and system errors as Node 20:
 * ERR_INVALID_ARG_TYPE and ERR_OUT_OF_RANGE (-20..19 for the priority, int32 for the pid),
 * ERR_SYSTEM_ERROR for a process that does not exist (message, code, errno, syscall, info),
 * and setting the current priority to itself. */
var os = require('os');

function attempt(label, fn) {
    try {
        var r = fn();
        console.log(label, '->', r);
    } catch (e) {
        console.log(label, 'throws', e.name, e.code, e.message);
        if (e.code === 'ERR_SYSTEM_ERROR') {
            console.log('  ', e.errno, e.syscall, JSON.stringify(e.info), Object.keys(e).join(','));
        }
    }
}

var current = os.getPriority();
attempt('set same', function () { return os.setPriority(current); });
attempt('set same pid', function () { return os.setPriority(0, current); });
attempt('get string', function () { return os.getPriority('1'); });
attempt('get float', function () { return os.getPriority(1.5); });
attempt('get big', function () { return os.getPriority(2147483648); });
attempt('get null', function () { return os.getPriority(null); });
attempt('set no args', function () { return os.setPriority(); });
attempt('set string', function () { return os.setPriority('x'); });
attempt('set too low', function () { return os.setPriority(-21); });
attempt('set too high', function () { return os.setPriority(20); });
attempt('set pid string', function () { return os.setPriority('1', 0); });
attempt('get missing pid', function () { return os.getPriority(2147483647); });
attempt('set missing pid', function () { return os.setPriority(2147483647, 0); });
