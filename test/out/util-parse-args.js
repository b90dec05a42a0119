// util.parseArgs: Node 20's tokens, values, positionals, defaults, allowNegative and every error
// (strict-mode usage errors and configuration errors), compared with node 20.
'use strict';
const { parseArgs } = require('util');

function show(label, config) {
    try {
        const r = parseArgs(config);
        console.log(label, JSON.stringify(r, (k, v) => (v === undefined ? '<undefined>' : v)),
                    Object.getPrototypeOf(r.values) === null);
    } catch (e) {
        console.log(label, e.name, e.code, JSON.stringify(e.message));
    }
}

const options = {
    verbose: { type: 'boolean', short: 'v' },
    file: { type: 'string', short: 'f' },
    color: { type: 'boolean', short: 'c' },
    tag: { type: 'string', short: 't', multiple: true },
    level: { type: 'string', default: 'info' },
    flag: { type: 'boolean', multiple: true, default: [true] },
};

// Shapes of arguments.
show('long', { args: ['--verbose', '--file', 'a.txt'], options });
show('long=', { args: ['--file=a=b', '--level='], options });
show('short', { args: ['-v', '-f', 'x'], options });
show('short inline', { args: ['-fx.txt'], options });
show('group', { args: ['-vc'], options, tokens: true });
show('group ends in string', { args: ['-vcf', 'out'], options, tokens: true });
show('group string in middle', { args: ['-vfout', 'next'], options, allowPositionals: true, tokens: true });
show('multiple', { args: ['-t', 'a', '--tag', 'b', '--tag=c', '-td'], options });
show('multiple boolean', { args: ['--flag', '--flag'], options });
show('default kept', { args: [], options });
show('default replaced', { args: ['--level', 'debug'], options });
show('terminator', { args: ['-v', '--', '--file', '-x', 'y'], options, allowPositionals: true, tokens: true });
show('positionals', { args: ['a', '-v', 'b', '-', 'c'], options, allowPositionals: true, tokens: true });
show('negative number', { args: ['-1'], allowPositionals: true });
show('negative number after --', { args: ['--', '-1'], allowPositionals: true });
show('negative number as value', { args: ['--file', '-1'], options });
show('negative inline', { args: ['--file=-1', '-f-2'], options });
show('dash value', { args: ['--file', '-'], options });
show('dashdash value', { args: ['--file', '--'], options, tokens: true });
show('empty args', { args: [] });
show('no config', undefined);

// strict: false keeps unknown options and never complains about values.
show('loose', { args: ['--foo', '--bar=1', '-xyz', 'pos', '--verbose=yes', '-f'], options, strict: false, tokens: true });
show('loose cluster', { args: ['-a-b'], strict: false, tokens: true });
show('loose __proto__', { args: ['--__proto__', 'x', '--constructor', '--toString=1'], strict: false });
show('loose positionals default', { args: ['x'], strict: false });
show('loose no positionals', { args: ['x'], strict: false, allowPositionals: false });

// allowNegative.
const neg = { color: { type: 'boolean' }, name: { type: 'string' }, 'no-x': { type: 'boolean' } };
show('negate', { args: ['--no-color'], options: neg, allowNegative: true, tokens: true });
show('negate then set', { args: ['--no-color', '--color'], options: neg, allowNegative: true });
show('negate multiple', { args: ['--no-c', '--c', '--no-c'], options: { c: { type: 'boolean', multiple: true } }, allowNegative: true });
show('negate default', { args: ['--no-color'], options: { color: { type: 'boolean', default: true } }, allowNegative: true });
show('negate string', { args: ['--no-name'], options: neg, allowNegative: true });
show('negate with value', { args: ['--no-color=1'], options: neg, allowNegative: true });
show('negate declared', { args: ['--no-x'], options: neg, allowNegative: true });
show('negate unknown', { args: ['--no-thing'], options: neg, allowNegative: true });
show('negate loose', { args: ['--no-thing', '--no-other=2'], strict: false, allowNegative: true });
show('negate off', { args: ['--no-color'], options: neg });

// Strict-mode usage errors.
show('unknown long', { args: ['--nope'], options });
show('unknown short', { args: ['-z'], options });
show('unknown with positionals', { args: ['-z'], options, allowPositionals: true });
show('unknown in group', { args: ['-vz'], options });
show('unknown inline', { args: ['--nope=1'], options });
show('missing value', { args: ['--file'], options });
show('missing short value', { args: ['-f'], options });
show('boolean with value', { args: ['--verbose=1'], options });
show('boolean short with value', { args: ['-c=1'], options: { c: { type: 'boolean' }, '=': { type: 'boolean' } } });
show('ambiguous long', { args: ['--file', '-v'], options });
show('ambiguous short', { args: ['-f', '--verbose'], options });
show('positional', { args: ['pos'], options });
show('positional after terminator', { args: ['--', 'pos'], options });

// Configuration errors.
show('args not array', { args: 'x' });
show('strict not boolean', { args: [], strict: 'yes' });
show('allowPositionals not boolean', { args: [], allowPositionals: 1 });
show('tokens not boolean', { args: [], tokens: 'yes' });
show('allowNegative not boolean', { args: [], allowNegative: 1 });
show('options array', { args: [], options: [] });
show('options string', { args: [], options: 'x' });
show('option null', { args: [], options: { a: null } });
show('option no type', { args: [], options: { a: {} } });
show('option bad type', { args: [], options: { a: { type: 'number' } } });
show('short not string', { args: [], options: { a: { type: 'boolean', short: 1 } } });
show('short too long', { args: [], options: { a: { type: 'boolean', short: 'ab' } } });
show('short empty', { args: [], options: { a: { type: 'boolean', short: '' } } });
show('multiple not boolean', { args: [], options: { a: { type: 'string', multiple: 'yes' } } });
show('default bad string', { args: [], options: { a: { type: 'string', default: 1 } } });
show('default bad boolean', { args: [], options: { a: { type: 'boolean', default: 'x' } } });
show('default not array', { args: [], options: { a: { type: 'string', multiple: true, default: 'x' } } });
show('default bad element', { args: [], options: { a: { type: 'boolean', multiple: true, default: [true, 1] } } });
show('config null', null);
show('config number', 5);
show('null fields', { args: null, options: null, strict: null, allowPositionals: null, tokens: null });
show('inherited config ignored', Object.create({ args: ['--x'] }));

console.log(parseArgs.name, parseArgs.length);

// How the result prints.
console.log(parseArgs({ args: ['-vf', 'x', 'pos'], options, allowPositionals: true, tokens: true }));
