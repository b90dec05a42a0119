'use strict';
// test/fuzz/inspect.js: fuzz driver (tools/fuzz_runtime.c) for JSON and util.inspect/format on
// hostile values.  The input is parsed as JSON when it is JSON (and must then stringify and
// parse back to the same text), and it also drives a small builder that makes objects with
// cycles, getters that throw, proxies (some with throwing traps), odd prototypes, symbols,
// odd keys, sparse arrays and nesting; util.inspect, util.format and JSON.stringify must print
// them without throwing anything but the errors Node throws for them.  Values are kept small
// (64 operations, depth <= 3) since inspect expands shared references, in Node too.
// Seeds: test/fuzz/inspect/.  Checked under node with test/fuzz/replay.js.
const util = require('util');

function check(cond, what) {
    if (!cond) {
        throw new Error('inspect invariant broken: ' + what);
    }
}

// Deep values may exhaust the stack (Duktape's JSON also has a nesting limit of 1000).
function isStackOverflow(e) {
    return e instanceof RangeError;
}

function fromJson(text) {
    let value;
    try {
        value = JSON.parse(text);
    } catch (e) {
        check(e instanceof SyntaxError || isStackOverflow(e), 'JSON.parse threw ' + e);
        return undefined;
    }
    let once;
    try {
        once = JSON.stringify(value);
    } catch (e) {
        check(isStackOverflow(e), 'JSON.stringify threw ' + e);
        return undefined;
    }
    check(JSON.stringify(JSON.parse(once)) === once, 'JSON round trip');
    check(JSON.stringify(JSON.parse(JSON.stringify(value, null, 2))) === once, 'JSON indented');
    return value;
}

const throwingTraps = {
    get() { throw new Error('trap'); },
    ownKeys() { throw new Error('trap'); },
    getOwnPropertyDescriptor() { throw new Error('trap'); },
};

const oddKeys = ['', '__proto__', 'constructor', '1e3', '-0', '4294967295', 'a\nb', '\u0000',
    '\ud800', '\u202e', "'", '"', '`', '[', 'toString', 'length'];

// Builds a value from the bytes: each byte picks an operation on a small stack of values.
function build(bytes) {
    const stack = [{}];
    const top = () => stack[stack.length - 1];
    for (let i = 0; i < bytes.length && i < 64; i++) {
        const b = bytes[i];
        const o = top();
        try {
            op(stack, top, o, b, i);
        } catch (e) {
            /* o may be a proxy with traps, frozen, or a property not configurable */
            check(e.message === 'trap' || e instanceof TypeError, 'builder threw ' + e);
        }
    }
    while (stack.length > 1) {
        const v = stack.pop();
        try { top().last = v; } catch (e) { /* a frozen or exotic holder */ }
    }
    return stack[0];
}

function op(stack, top, o, b, i) {
    switch (b % 20) {
    case 0: stack.push({}); break;
    case 1: stack.push([]); break;
    case 2: o['k' + b] = stack.length > 1 ? stack[stack.length - 2] : o; break;
    case 3: o[Symbol(b & 1 ? 's\n' + b : undefined)] = b; break;
    case 4: Object.defineProperty(o, 'g' + b, { get() { throw new Error('getter'); }, enumerable: true }); break;
    case 5: stack.push(new Map([[o, b]])); break;
    case 6: stack.push(new Set([o, b])); break;
    case 7: if (Array.isArray(o)) { o[b * 1000] = b; } else { o.arr = new Array(b); } break;
    case 8: stack.push(Object.create(null)); break;
    case 9: stack.push(new Proxy(o, b & 1 ? throwingTraps : {})); break;
    case 10: o['\u0000\ud800' + b] = 'x\ud83d'.repeat(b); break;
    /* Not on the stack: a Buffer given properties that lead back to it recurses until the
     * stack overflows, in Node too (its inspect restarts for them), slowly in nodule. */
    case 11: o['buf' + b] = Buffer.from([b, b, b]); break;
    case 12: stack.push(new Error('e' + b)); break;
    case 13: Object.setPrototypeOf(o, stack[0] === o ? null : stack[0]); break;
    case 14: stack.push(function named() {}); break;
    case 15: o[oddKeys[b % oddKeys.length]] = b; break;
    case 16: Object.defineProperty(o, Symbol.toStringTag, { get() { throw new Error('getter'); } }); break;
    case 17: o.toJSON = b & 1 ? () => { throw new Error('toJSON'); } : () => b; break;
    case 18: stack.push(b & 1 ? new Date(b * 1e15) : Object.freeze([b, -0, NaN, -Infinity])); break;
    default: if (stack.length > 1) { const v = stack.pop(); top()['p' + i] = v; } break;
    }
}

// What a hostile value may make these throw: its own getters, traps and toJSON.
function expected(e) {
    return ['getter', 'trap', 'toJSON'].includes(e.message) || isStackOverflow(e);
}

function show(value) {
    /* showHidden (and %o, which implies it with depth 4) prints every function's and
     * prototype's hidden properties: at depth 3 one input can take a second, in node too. */
    for (const opts of [{}, { depth: 1, showHidden: true }, { compact: false, breakLength: 3 },
        { colors: true, sorted: true, getters: true }]) {
        try {
            check(typeof util.inspect(value, opts) === 'string', 'inspect result');
        } catch (e) {
            check(expected(e), 'inspect threw ' + e.stack);
        }
    }
    try {
        util.format('%s %d %i %f %j %O %c %%', value, value, value, value, value, value, value);
    } catch (e) {
        /* %d, %i and %f convert to a number, which a null-prototype object cannot do. */
        check(expected(e) || e instanceof TypeError, 'format threw ' + e.stack);
    }
    try {
        JSON.stringify(value);
    } catch (e) {
        check(expected(e) || (e instanceof TypeError && /circular|BigInt/i.test(e.message)),
              'JSON.stringify threw ' + e.stack);
    }
}

globalThis.__ndFuzzOne = function (bytes) {
    const text = Buffer.from(bytes).toString('utf8');
    const parsed = fromJson(text);
    if (parsed !== undefined) {
        show(parsed);
    }
    show(build(bytes));
    show(text);
};
