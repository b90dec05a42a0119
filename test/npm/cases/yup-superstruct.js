// yup 1 and superstruct 2: schema validation with casting, nested errors, custom tests and
// coercion.
const yup = require('yup');
const s = require('superstruct');
const schema = yup.object({
    name: yup.string().trim().required(),
    age: yup.number().positive().integer().min(18),
    email: yup.string().email(),
    tags: yup.array().of(yup.string().lowercase()).max(3),
    website: yup.string().url().nullable(),
    when: yup.date(),
});
(async () => {
    console.log(JSON.stringify(await schema.validate({ name: '  Bob ', age: '21', tags: ['A', 'B'], website: null, when: '2020-01-02T00:00:00Z' })));
    try { await schema.validate({ name: '', age: 12, email: 'nope', tags: ['a', 'b', 'c', 'd'] }, { abortEarly: false }); }
    catch (e) { console.log(e.name, e.errors, e.inner.map((x) => x.path)); }
    console.log(schema.isValidSync({ name: 'x' }), schema.cast({ name: ' y ', age: '30' }), yup.string().default('d').cast(undefined));
    const pw = yup.object({ pw: yup.string().min(4), confirm: yup.string().oneOf([yup.ref('pw')], 'must match') });
    console.log(await pw.isValid({ pw: 'abcd', confirm: 'abcd' }), await pw.isValid({ pw: 'abcd', confirm: 'x' }));
    const even = yup.number().test('even', '${path} must be even', (v) => v % 2 === 0);
    try { even.validateSync(3); } catch (e) { console.log(e.message); }
    console.log(JSON.stringify(schema.describe().fields.age));

    const User = s.object({ id: s.number(), name: s.string(), email: s.refine(s.string(), 'email', (v) => v.includes('@')), roles: s.array(s.enums(['admin', 'user'])) });
    console.log(s.is({ id: 1, name: 'a', email: 'a@b', roles: ['user'] }, User));
    const [err, val] = s.validate({ id: '1', name: 'a', email: 'ab', roles: ['x'] }, User);
    console.log(val, err.message, err.failures().map((f) => f.path.join('.') + ':' + f.type));
    const Coerced = s.coerce(s.number(), s.string(), (v) => parseFloat(v));
    console.log(s.create('3.5', Coerced), s.create({ a: undefined }, s.defaulted(s.object({ a: s.optional(s.number()), b: s.defaulted(s.string(), 'x') }), {})));
    try { s.assert(5, s.string()); } catch (e) { console.log(e.constructor.name, e.message); }
})();
