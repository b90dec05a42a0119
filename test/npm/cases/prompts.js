// prompts 2: questions answered from a stream (text, number, confirm, select, list) and from
// prompts.inject, with validation, formatting and an onSubmit hook.
const prompts = require('prompts');
const { PassThrough, Writable } = require('stream');
(async () => {
    prompts.inject(['Ann', 33, true, 'b', ['x', 'y']]);
    const r = await prompts([
        { type: 'text', name: 'name', message: 'Name?' },
        { type: 'number', name: 'age', message: 'Age?', validate: (v) => v > 0 },
        { type: 'confirm', name: 'ok', message: 'OK?' },
        { type: 'select', name: 'pick', message: 'Pick', choices: [{ title: 'A', value: 'a' }, { title: 'B', value: 'b' }] },
        { type: 'list', name: 'tags', message: 'Tags', format: (v) => v.map((t) => t.toUpperCase()) },
    ]);
    console.log(r);
    const input = new PassThrough();
    let out = '';
    const output = new Writable({ write(c, e, cb) { out += c; cb(); } });
    const q = prompts([
        { type: 'text', name: 'city', message: 'City?', stdin: input, stdout: output, format: (v) => v.trim() },
        { type: 'number', name: 'n', message: 'N?', stdin: input, stdout: output },
        { type: 'toggle', name: 't', message: 'T?', active: 'yes', inactive: 'no', stdin: input, stdout: output },
    ], { onSubmit: (p, a) => console.log('submitted', p.name, JSON.stringify(a)) });
    const steps = ['Paris ', '\r', '4', '2', '\r', '\u001b[C', '\r'];
    for (const s of steps) { await new Promise((res) => setTimeout(res, 5)); input.write(s); }
    console.log(await q, out.length > 0);
})();
