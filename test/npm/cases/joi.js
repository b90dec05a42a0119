// joi 18: object schemas, conversion, defaults, custom messages, abortEarly: false.
const Joi = require('joi');
const schema = Joi.object({
    name: Joi.string().min(2).required(),
    age: Joi.number().integer().min(0).default(18),
    email: Joi.string().email(),
    tags: Joi.array().items(Joi.string()).unique(),
    role: Joi.string().valid('admin', 'user')
});
console.log(schema.validate({ name: 'ok', email: 'a@b.co' }));
console.log(schema.validate({ name: 'x', age: '5.5', email: 'nope', tags: ['a', 'a'], role: 'root' }, { abortEarly: false }).error.details.map((d) => d.message));
console.log(Joi.number().validate('42').value, Joi.date().iso().validate('2020-01-02T03:04:05Z').value.toISOString());
try {
    Joi.assert(5, Joi.string(), 'bad value');
} catch (e) {
    console.log(e.name, e.message);
}
