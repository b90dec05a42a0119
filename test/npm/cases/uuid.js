const uuid = require('uuid');
console.log(/^[0-9a-f-]{36}$/.test(uuid.v4()), uuid.validate('6ba7b810-9dad-11d1-80b4-00c04fd430c8'), uuid.v5('hello', uuid.v5.DNS));
