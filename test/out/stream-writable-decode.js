/* Writable chunk handling: strings become Buffers (encoding 'buffer') unless decodeStrings is
 * false; the encoding argument and defaultEncoding decide how strings are converted;
 * setDefaultEncoding lower-cases its argument; Uint8Arrays become Buffers; object mode passes
 * values through; writableLength counts bytes. */
var Writable = require('stream').Writable;

function sink(opts, tag) {
    opts.write = function (chunk, enc, cb) {
        var kind = Buffer.isBuffer(chunk) ? 'Buffer(' + chunk.toString('hex') + ')' : typeof chunk + '(' + JSON.stringify(chunk) + ')';
        console.log(tag + ' _write ' + kind + ' enc=' + enc);
        cb();
    };
    return new Writable(opts);
}

var a = sink({}, 'default');
a.write('hi');
a.write('6869', 'hex');
a.write('aGk=', 'base64');
a.write(Buffer.from('hi'));
a.write(new Uint8Array([1, 2]));
console.log('default len after sync writes=' + a.writableLength);

var b = sink({ decodeStrings: false }, 'nodecode');
b.write('hi');
b.write('6869', 'hex');
b.write(Buffer.from('x'));

var c = sink({ defaultEncoding: 'hex' }, 'defhex');
c.write('ff00');
c.setDefaultEncoding('UTF8');
c.write('ff');
console.log('setDefaultEncoding returns stream: ' + (c.setDefaultEncoding('latin1') === c));
c.write('\u00e9');

var d = sink({ objectMode: true }, 'object');
d.write('str');
d.write(7);
d.write({ k: 'v' });

var e = sink({ decodeStrings: false, defaultEncoding: 'base64' }, 'nodecode64');
e.write('aGk=');

var len = new Writable({ write: function (c, enc, cb) { setImmediate(cb); } });
len.write('\u20ac\u20ac');
len.write(Buffer.alloc(3));
console.log('bytes pending=' + len.writableLength);
