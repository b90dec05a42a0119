// The smaller util exports of node 20: getSystemErrorName/Map, _errnoException,
// _exceptionWithHostPort, aborted, transferableAbortSignal/Controller, TextEncoder/TextDecoder,
// and lazy exports that can be replaced.
'use strict';
const util = require('util');

function attempt(label, fn) {
    try {
        console.log(label, fn());
    } catch (e) {
        console.log(label, e.name, e.code, JSON.stringify(e.message));
    }
}

attempt('name -2', () => util.getSystemErrorName(-2));
attempt('name -111', () => util.getSystemErrorName(-111));
attempt('name -4095', () => util.getSystemErrorName(-4095));
attempt('name unknown', () => util.getSystemErrorName(-1234));
attempt('name positive', () => util.getSystemErrorName(1));
attempt('name zero', () => util.getSystemErrorName(0));
attempt('name fraction', () => util.getSystemErrorName(-1.5));
attempt('name string', () => util.getSystemErrorName('-2'));
attempt('name NaN', () => util.getSystemErrorName(NaN));
attempt('name -Infinity', () => util.getSystemErrorName(-Infinity));

const map = util.getSystemErrorMap();
console.log(map instanceof Map, map.size, map.get(-2), map.get(-98), map.get(1));
console.log([...map.keys()].join(' '));
console.log([...map.values()].map((v) => v[0]).join(' '));
console.log(util.getSystemErrorMap() === map);

const errno = util._errnoException(-2, 'open');
console.log(errno.message, errno.errno, errno.code, errno.syscall, errno instanceof Error, Object.keys(errno));
const errno2 = util._errnoException(-32, 'write', 'extra');
console.log(errno2.message, errno2.code);
const hp = util._exceptionWithHostPort(-111, 'connect', '127.0.0.1', 80);
console.log(hp.message, hp.code, hp.errno, hp.syscall, hp.address, hp.port, Object.keys(hp));
const hp2 = util._exceptionWithHostPort(-98, 'listen', '::', 0, 'local');
console.log(hp2.message, Object.keys(hp2));

console.log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
console.log(new util.TextDecoder().decode(new util.TextEncoder().encode('h\u00e9')));

const ac = new AbortController();
const t = util.transferableAbortSignal(ac.signal);
console.log(t instanceof AbortSignal, t === ac.signal, t.aborted);
const reason = new Error('why');
const ta = util.transferableAbortSignal(AbortSignal.abort(reason));
console.log(ta.aborted, ta.reason === reason);
attempt('transferable bad', () => util.transferableAbortSignal({ aborted: false }));
attempt('transferable none', () => util.transferableAbortSignal());
const tc = util.transferableAbortController();
console.log(tc instanceof AbortController, tc.signal.aborted);

// Lazy exports are replaceable like plain ones.
const saved = util.parseArgs;
util.parseArgs = 42;
console.log(util.parseArgs, Object.getOwnPropertyDescriptor(util, 'parseArgs').enumerable);
util.parseArgs = saved;
console.log(typeof util.MIMEType, typeof util.MIMEParams, typeof util.isDeepStrictEqual);

async function main() {
    for (const [label, fn] of [
        ['aborted no signal', () => util.aborted()],
        ['aborted bad resource', () => util.aborted(ac.signal, 5)],
        ['aborted null resource', () => util.aborted(ac.signal, null)],
    ]) {
        await fn().then((v) => console.log(label, 'resolved', v),
                        (e) => console.log(label, 'rejected', e.code, e.message));
    }
    const already = new AbortController();
    already.abort();
    console.log('already', await util.aborted(already.signal, {}));
    const later = util.aborted(ac.signal, () => {});
    console.log(later instanceof Promise);
    setTimeout(() => ac.abort(), 1);
    const ev = await later;
    console.log('aborted with', ev.type, ac.signal.aborted, t.aborted);
}
main();
// Every export, in node's order (nothing missing, nothing extra).
console.log(Object.keys(util).join(' '));
