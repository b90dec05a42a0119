// Proves: the deprecated 'constants' module joins os.constants (errno, signals, priority, dlopen)
// and fs.constants, frozen, as Node's; fs-extra (graceful-fs) reads it.
const constants = require('constants');
const os = require('os');
const fs = require('fs');
console.log(constants.ENOENT, constants.SIGTERM, constants.O_CREAT, constants.S_IFMT, constants.RTLD_LAZY);
console.log(constants.PRIORITY_LOW, constants.UV_FS_COPYFILE_EXCL, constants.F_OK, constants.W_OK);
console.log(Object.isFrozen(constants), require('node:constants') === constants);
const fromOs = Object.keys(os.constants.errno).concat(Object.keys(os.constants.signals), Object.keys(fs.constants));
console.log(fromOs.every((k) => k in constants));
