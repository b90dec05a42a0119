// spawn() arguments that are not strings are passed as their String() form, as Node does
// (the spawnargs keep the values given).
const { spawn, execFileSync } = require('child_process');
const c = spawn('echo', [1, null, {}, true, 2.5]);
console.log(c.spawnargs);
c.stdout.on('data', (d) => process.stdout.write('stdout: ' + d));
c.on('close', (code) => {
    console.log('exit', code);
    console.log('execFileSync:', execFileSync('echo', [42, false]).toString().trim());
});
