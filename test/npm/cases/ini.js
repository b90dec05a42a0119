const ini = require('ini');
const o = ini.parse('a = 1\n[s]\nk = v\nlist[] = x\nlist[] = y\n');
console.log(o, ini.stringify({ top: 1, sec: { k: 'v' } }));
