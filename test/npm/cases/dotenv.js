// dotenv: parse quoting, comments, multiline values, and config() loading a file into process.env.
const dotenv = require('dotenv');
const fs = require('fs');
const os = require('os');
const path = require('path');
const src = 'A=1\n# comment\nB="two words"\nC=\'single\'\nD="line1\\nline2"\nE=x # trailing\nexport F=exp\nEMPTY=\n';
console.log(dotenv.parse(src));
const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'nd-env-')), '.env');
fs.writeFileSync(file, 'ND_DOTENV_X=hello\nND_DOTENV_Y=world\n');
const r = dotenv.config({ path: file, quiet: true });
console.log(r.parsed, process.env.ND_DOTENV_X, process.env.ND_DOTENV_Y);
console.log(dotenv.config({ path: file + '.missing', quiet: true }).error.code);
