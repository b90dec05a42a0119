'use strict';
/* js/tty.js: Node's 'tty' module: isatty, and the ReadStream/WriteStream classes of the standard
 * streams on a terminal (js/internal/process/stdio.js). */

var binding = internalBinding('process');

function isatty(fd) {
    return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && binding.ttyInfo(fd).isTTY;
}

var stdio = require('internal/process/stdio');

/* new tty.WriteStream(fd): a synchronous writable on fd, with isTTY, columns and rows. */
function WriteStream(fd) {
    if (!(this instanceof WriteStream)) {
        return new WriteStream(fd);
    }
    stdio.WriteStream.call(this, fd);
}
WriteStream.prototype = Object.create(stdio.WriteStream.prototype, {
    constructor: { value: WriteStream, writable: true, configurable: true }
});

/* new tty.ReadStream(fd): a socket reading fd. */
function ReadStream(fd, options) {
    var net = require('net');
    var TCP = internalBinding('tcp').TCP;
    var handle = new TCP();
    handle.open(fd);
    var socket = new net.Socket(Object.assign({ handle: handle, readable: true,
        writable: false, manualStart: true }, options || {}));
    socket.fd = fd;
    socket.isTTY = true;
    socket.isRaw = false;
    socket.setRawMode = require('internal/process/stdio').setRawMode;
    return socket;
}

module.exports = {
    isatty: isatty,
    ReadStream: ReadStream,
    WriteStream: WriteStream
};
