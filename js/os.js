'use strict';
/* js/os.js: Node's 'os' module over internalBinding('os') (lib/os.c).  The binding reads the
 * system (uname, /proc, getifaddrs, getpwuid_r, getpriority); this file gives the results
 * Node's shapes: cpus() objects with times, networkInterfaces() grouped by name with the CIDR
 * computed from the netmask, userInfo() as a null-prototype object (Buffers with
 * { encoding: 'buffer' }), tmpdir() from TMPDIR/TMP/TEMP, and ERR_SYSTEM_ERROR for a failing
 * call.  Like Node, the zero-argument getters also convert to their value as primitives
 * (`${os.hostname}`). */

var binding = internalBinding('os');

var errorsModule = null;
function codes() {
    if (errorsModule === null) errorsModule = require('internal/errors');
    return errorsModule.codes;
}

var validators = null;
function validate() {
    if (validators === null) validators = require('internal/validators');
    return validators;
}

/* Calls a binding function that fills a context object on failure; throws ERR_SYSTEM_ERROR. */
function checked(fn) {
    var ctx = {};
    var ret = fn(ctx);
    if (ret === undefined) throw new (codes().ERR_SYSTEM_ERROR)(ctx);
    return ret;
}

function osInformation() {
    return checked(binding.getOSInformation);
}

function hostname() {
    return checked(binding.getHostname);
}

function type() {
    return osInformation()[0];
}

function version() {
    return osInformation()[1];
}

function release() {
    return osInformation()[2];
}

function machine() {
    return osInformation()[3];
}

function homedir() {
    return checked(binding.getHomeDirectory);
}

function uptime() {
    return checked(binding.getUptime);
}

function totalmem() {
    return binding.getTotalMem();
}

function freemem() {
    return binding.getFreeMem();
}

function loadavg() {
    var avg = [0, 0, 0];
    binding.getLoadAvg(avg);
    return avg;
}

function arch() {
    return process.arch;
}

function platform() {
    return process.platform;
}

function endianness() {
    return 'LE';
}

function availableParallelism() {
    return binding.getAvailableParallelism();
}

/* os.cpus(): [{ model, speed, times: { user, nice, sys, idle, irq } }, ...] */
function cpus() {
    var data = binding.getCPUs() || [];
    var result = [];
    for (var i = 0; i < data.length; i += 7) {
        result.push({
            model: data[i],
            speed: data[i + 1],
            times: {
                user: data[i + 2],
                nice: data[i + 3],
                sys: data[i + 4],
                idle: data[i + 5],
                irq: data[i + 6]
            }
        });
    }
    return result;
}

/* os.tmpdir(): TMPDIR, TMP or TEMP (else '/tmp'), without a trailing slash. */
function tmpdir() {
    var env = process.env;
    var path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
    if (path.length > 1 && path.charAt(path.length - 1) === '/') {
        path = path.slice(0, -1);
    }
    return path;
}

function countBinaryOnes(n) {
    var count = 0;
    while (n !== 0) {
        count += n & 1;
        n >>>= 1;
    }
    return count;
}

/* The prefix length of a netmask as 'address/n', or null when the mask is not contiguous. */
function getCIDR(address, netmask, family) {
    var ones = 0;
    var split = '.';
    var range = 10;
    var groupLength = 8;
    var hasZeros = false;
    var lastPos = 0;
    if (family === 'IPv6') {
        split = ':';
        range = 16;
        groupLength = 16;
    }
    for (var i = 0; i < netmask.length; i++) {
        if (netmask[i] !== split) {
            if (i + 1 < netmask.length) continue;
            i++;
        }
        var part = netmask.slice(lastPos, i);
        lastPos = i + 1;
        if (part !== '') {
            if (hasZeros) {
                if (part !== '0') return null;
            } else {
                var binary = parseInt(part, range);
                var binaryOnes = countBinaryOnes(binary);
                ones += binaryOnes;
                if (binaryOnes !== groupLength) {
                    if (binary.toString(2).indexOf('01') !== -1) return null;
                    hasZeros = true;
                }
            }
        }
    }
    return address + '/' + ones;
}

/* os.networkInterfaces(): { name: [{ address, netmask, family, mac, internal, cidr
 * [, scopeid] }] } */
function networkInterfaces() {
    var data = checked(binding.getInterfaceAddresses);
    var result = {};
    for (var i = 0; i < data.length; i += 7) {
        var name = data[i];
        var entry = {
            address: data[i + 1],
            netmask: data[i + 2],
            family: data[i + 3],
            mac: data[i + 4],
            internal: data[i + 5],
            cidr: getCIDR(data[i + 1], data[i + 2], data[i + 3])
        };
        if (data[i + 6] !== -1) entry.scopeid = data[i + 6];
        if (Object.prototype.hasOwnProperty.call(result, name)) {
            result[name].push(entry);
        } else {
            result[name] = [entry];
        }
    }
    return result;
}

/* os.userInfo([{ encoding }]): the effective user's { uid, gid, username, homedir, shell }. */
function userInfo(options) {
    if (typeof options !== 'object') options = null;
    var user = checked(binding.getUserInfo);
    var out = Object.create(null);
    var toBuffer = options !== null && options.encoding === 'buffer';
    out.uid = user.uid;
    out.gid = user.gid;
    out.username = user.username;
    out.homedir = user.homedir;
    out.shell = user.shell;
    if (toBuffer) {
        var Buffer = require('buffer').Buffer;
        out.username = Buffer.from(out.username);
        out.homedir = Buffer.from(out.homedir);
        if (out.shell !== null) out.shell = Buffer.from(out.shell);
    }
    return out;
}

/* os.getPriority([pid]) */
function getPriority(pid) {
    if (pid === undefined) {
        pid = 0;
    } else {
        validate().validateInt32(pid, 'pid');
    }
    var ctx = {};
    var priority = binding.getPriority(pid, ctx);
    if (priority === undefined) throw new (codes().ERR_SYSTEM_ERROR)(ctx);
    return priority;
}

/* os.setPriority([pid, ]priority) */
function setPriority(pid, priority) {
    if (priority === undefined) {
        priority = pid;
        pid = 0;
    }
    validate().validateInt32(pid, 'pid');
    validate().validateInt32(priority, 'priority', -20, 19);
    var ctx = {};
    if (binding.setPriority(pid, priority, ctx) !== 0) {
        throw new (codes().ERR_SYSTEM_ERROR)(ctx);
    }
}

/* `${os.hostname}` and friends give the value, as in Node. */
if (typeof Symbol.toPrimitive === 'symbol') {
    [freemem, hostname, version, type, release, machine, homedir, totalmem, uptime, arch,
     platform, tmpdir, endianness].forEach(function (fn) {
        Object.defineProperty(fn, Symbol.toPrimitive, {
            value: function () { return fn(); }, writable: true, configurable: true,
            enumerable: false
        });
    });
}

var constants = binding.constants;

module.exports = {
    arch: arch,
    availableParallelism: availableParallelism,
    cpus: cpus,
    endianness: endianness,
    freemem: freemem,
    getPriority: getPriority,
    homedir: homedir,
    hostname: hostname,
    loadavg: loadavg,
    networkInterfaces: networkInterfaces,
    platform: platform,
    release: release,
    setPriority: setPriority,
    tmpdir: tmpdir,
    totalmem: totalmem,
    type: type,
    userInfo: userInfo,
    uptime: uptime,
    version: version,
    machine: machine
};

Object.defineProperties(module.exports, {
    constants: { configurable: false, enumerable: true, value: constants },
    EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
    devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' }
});
