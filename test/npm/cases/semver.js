const semver = require('semver');
console.log(semver.satisfies('1.2.3', '^1.0.0'), semver.inc('1.2.3', 'minor'), semver.sort(['1.10.0', '1.2.0', '1.9.9']), semver.valid('v2.0.0-rc.1'));
