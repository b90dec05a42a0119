const chalk = require('chalk');
const c = new chalk.Instance({ level: 1 });
console.log(JSON.stringify(c.red.bold('x')), chalk.level === 0 || chalk.level >= 0);
