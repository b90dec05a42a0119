// ajv 8: compiles JSON schemas to functions with new Function (generated code, classes with
// super getters, a u-flag regex in fast-uri) and reports errors as Node's.
const Ajv = require('ajv');
const ajv = new Ajv({ allErrors: true });
const validate = ajv.compile({
    type: 'object',
    properties: {
        id: { type: 'integer', minimum: 1 },
        name: { type: 'string', minLength: 2 },
        tags: { type: 'array', items: { type: 'string' }, uniqueItems: true },
        kind: { enum: ['a', 'b'] }
    },
    required: ['id', 'name'],
    additionalProperties: false
});
console.log(validate({ id: 3, name: 'ok', tags: ['x', 'y'], kind: 'a' }), validate.errors);
console.log(validate({ id: 0, name: 'n', tags: ['x', 'x'], kind: 'c', extra: 1 }));
console.log(validate.errors.map((e) => e.instancePath + ' ' + e.keyword + ' ' + e.message));
console.log(ajv.errorsText(validate.errors));
try {
    ajv.compile({ type: 'nope' });
} catch (e) {
    console.log('schema error:', e.message.split('\n')[0]);
}
