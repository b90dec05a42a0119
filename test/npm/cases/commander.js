const { Command } = require('commander');
const p = new Command();
p.name('tool').option('-d, --debug', 'debug').option('-n, --num <n>', 'number', parseFloat).argument('<file>');
p.parse(['node', 'tool', '-d', '-n', '5', 'a.txt']);
console.log(p.opts(), p.args, p.helpInformation().split('\n')[0]);
