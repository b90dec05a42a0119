/* os-env.js: the os functions that depend on the environment, as Node 20: tmpdir() from
 * TMPDIR, TMP or TEMP with a trailing slash removed ('/' kept) and '/tmp' by default;
 * homedir() from HOME (even when empty), or the password entry when HOME is unset. */
var os = require('os');

function withEnv(vars, fn) {
    var saved = {};
    Object.keys(vars).forEach(function (k) {
        saved[k] = process.env[k];
        if (vars[k] === undefined) {
            delete process.env[k];
        } else {
            process.env[k] = vars[k];
        }
    });
    try {
        return fn();
    } finally {
        Object.keys(saved).forEach(function (k) {
            if (saved[k] === undefined) {
                delete process.env[k];
            } else {
                process.env[k] = saved[k];
            }
        });
    }
}

var none = { TMPDIR: undefined, TMP: undefined, TEMP: undefined };
function tmp(extra) {
    var vars = {};
    Object.keys(none).forEach(function (k) { vars[k] = none[k]; });
    Object.keys(extra).forEach(function (k) { vars[k] = extra[k]; });
    return withEnv(vars, function () { return os.tmpdir(); });
}
console.log(tmp({}));
console.log(tmp({ TMPDIR: '/foo/bar' }));
console.log(tmp({ TMPDIR: '/foo/bar/' }));
console.log(tmp({ TMPDIR: '/' }));
console.log(tmp({ TMPDIR: '' }));
console.log(tmp({ TMP: '/from/tmp/' }));
console.log(tmp({ TEMP: '/from/temp' }));
console.log(tmp({ TMP: '/t1', TEMP: '/t2' }));
console.log(tmp({ TMPDIR: '/d', TMP: '/t1', TEMP: '/t2' }));
console.log(tmp({ TMPDIR: 'relative/' }));
console.log(tmp({ TMPDIR: '//' }));

var pw = os.userInfo().homedir;
console.log(withEnv({ HOME: '/custom/home' }, function () { return os.homedir(); }));
console.log(JSON.stringify(withEnv({ HOME: '' }, function () { return os.homedir(); })));
console.log(withEnv({ HOME: undefined }, function () { return os.homedir() === pw; }));
