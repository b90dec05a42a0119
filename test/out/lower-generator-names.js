// Generators and async functions take inferred names too (src/lower/fname.c); a generator that
// passes itself to $nd.gen keeps a name binding, so its objects still inherit its prototype.
const gen = function* () { yield 1; };
let lgen = function* () { yield 2; };
const agen = async function* () {};
const afn = async () => 1;
const o = { *g() { yield 3; }, ag: async function () {}, key: function* () { yield 4; } };
console.log(gen.name, lgen.name, agen.name, afn.name, o.g.name, o.ag.name, o.key.name);
console.log(gen() instanceof gen, lgen() instanceof lgen, o.key() instanceof o.key,
            [...gen(), ...lgen(), ...o.g(), ...o.key()].join());
