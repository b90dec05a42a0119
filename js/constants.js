'use strict';
/* js/constants.js: Node's deprecated 'constants' module: one frozen object with os.constants'
 * dlopen, errno, priority and signals, fs.constants and crypto.constants, in Node's order.
 * fs-extra (through graceful-fs) still reads it. */

var os = require('os');
var fs = require('fs');
var crypto = require('crypto');

var sources = [os.constants.dlopen, os.constants.errno, os.constants.priority,
    os.constants.signals, fs.constants, crypto.constants];
sources.forEach(function (source) {
    Object.keys(source || {}).forEach(function (key) {
        exports[key] = source[key];
    });
});
Object.freeze(exports);
