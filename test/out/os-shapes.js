/* os-shapes.js: the 'os' module's exports and the shapes (not the machine's values) of what
 * they return, as Node 20 on Linux: export names in order; EOL, devNull, endianness, platform,
 * type, arch; cpus() entries with model/speed/times; networkInterfaces() entries with
 * address/netmask/family/mac/internal/cidr (scopeid for IPv6) and the loopback address;
 * userInfo() as a null-prototype object (and with { encoding: 'buffer' }); loadavg, uptime,
 * totalmem/freemem, availableParallelism; primitive conversion of the getters. */
var os = require('os');

console.log(Object.keys(os).join(','));
console.log(JSON.stringify(os.EOL), os.devNull, os.endianness(), os.platform(), os.type(),
            os.arch() === process.arch);
['hostname', 'release', 'version', 'machine', 'homedir', 'tmpdir'].forEach(function (n) {
    var v = os[n]();
    console.log(n, typeof v, v.length > 0, ('' + os[n]) === v);
});

var cpus = os.cpus();
console.log('cpus', Array.isArray(cpus), cpus.length > 0);
cpus.forEach(function (c, i) {
    if (i > 0) return;
    console.log(Object.keys(c).join(','), typeof c.model, typeof c.speed, c.speed >= 0,
                Object.keys(c.times).join(','));
    Object.keys(c.times).forEach(function (k) {
        console.log('  times.' + k, typeof c.times[k], c.times[k] >= 0,
                    c.times[k] === Math.round(c.times[k]));
    });
});

var ifaces = os.networkInterfaces();
console.log('interfaces', typeof ifaces, Object.getPrototypeOf(ifaces) === Object.prototype);
Object.keys(ifaces).forEach(function (name) {
    ifaces[name].forEach(function (e) {
        var keys = Object.keys(e).join(',');
        var expectKeys = 'address,netmask,family,mac,internal,cidr' +
                         (e.family === 'IPv6' ? ',scopeid' : '');
        var prefix = e.cidr === null ? -1 : Number(e.cidr.split('/')[1]);
        console.log('entry', keys === expectKeys, /^IPv[46]$/.test(e.family),
                    /^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(e.mac), typeof e.internal,
                    e.cidr === null || e.cidr.split('/')[0] === e.address,
                    prefix >= 0 && prefix <= 128);
    });
});
(ifaces.lo || []).forEach(function (e) {
    if (e.family === 'IPv4') console.log('lo', JSON.stringify(e));
});

var user = os.userInfo();
console.log('userInfo', Object.getPrototypeOf(user) === null, Object.keys(user).join(','),
            typeof user.uid, typeof user.gid, typeof user.username, typeof user.homedir,
            typeof user.shell);
if (typeof process.getuid === 'function') {
    console.log('uid matches', user.uid === process.geteuid(), user.gid === process.getegid());
} else {
    console.log('uid matches', true, true);
}
var ub = os.userInfo({ encoding: 'buffer' });
console.log('userInfo buffer', Buffer.isBuffer(ub.username), Buffer.isBuffer(ub.homedir),
            Buffer.isBuffer(ub.shell), String(ub.username) === user.username);
console.log('userInfo(5)', Object.keys(os.userInfo(5)).join(','));
console.log('userInfo({})', Object.keys(os.userInfo({})).join(','));

var avg = os.loadavg();
console.log('loadavg', avg.length, avg.every(function (x) { return typeof x === 'number' && x >= 0; }));
console.log('uptime', typeof os.uptime(), os.uptime() > 0);
console.log('mem', typeof os.totalmem(), typeof os.freemem(), os.totalmem() > 0,
            os.freemem() > 0, os.freemem() <= os.totalmem());
console.log('parallelism', typeof os.availableParallelism(), os.availableParallelism() >= 1);
/* The shape only: the value is the nice level the suite runs at (make test under nice). */
var prio = os.getPriority();
console.log('priority', typeof prio, prio >= -20 && prio <= 19, os.getPriority(0) === prio,
            os.getPriority(process.pid) === prio);
