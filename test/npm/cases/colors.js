// picocolors + kleur: forced colour output (escape codes as JSON), nesting, disabled mode.
const pc = require('picocolors');
const kleur = require('kleur');
const c = pc.createColors(true);
console.log(JSON.stringify(c.red('r')), JSON.stringify(c.bold(c.green('g') + ' x')), JSON.stringify(c.bgBlue(c.underline('u'))));
console.log(JSON.stringify(pc.createColors(false).red('plain')), typeof pc.isColorSupported);
kleur.enabled = true;
console.log(JSON.stringify(kleur.red().bold('rb')), JSON.stringify(kleur.blue('b ' + kleur.yellow('y') + ' b')));
kleur.enabled = false;
console.log(kleur.magenta('off'));
