const yargs = require('yargs/yargs');
const argv = yargs(['--a', '1', 'b', '--flag']).parse();
// $0 is left out: yargs strips the runtime from it only when the binary is named node.
delete argv['$0'];
console.log(argv);
