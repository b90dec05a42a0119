/* The 'buffer' module itself: its exports and their order, the global Buffer being the
 * module's, constants and kMaxLength, SlowBuffer, btoa/atob (WHATWG forgiving base64 with
 * whitespace, padding rules and InvalidCharacterError DOMExceptions), isUtf8/isAscii on
 * buffers, typed arrays and ArrayBuffers. */
var buffer = require('buffer');
function show(label, f) {
    try {
        console.log(label, f());
    } catch (e) {
        console.log(label, 'threw', e.name, e.code, e.message);
    }
}
var names = Object.keys(buffer).filter(function (k) {
    return k !== 'Blob' && k !== 'resolveObjectURL' && k !== 'File';
});
console.log(names.join(' '));
console.log(buffer.Buffer === Buffer, require('node:buffer') === buffer, typeof buffer.SlowBuffer);
console.log(buffer.kMaxLength, buffer.kStringMaxLength, JSON.stringify(buffer.constants));
console.log(buffer.constants.MAX_LENGTH === buffer.kMaxLength, buffer.INSPECT_MAX_BYTES);
show('constants frozen', function () { buffer.constants.MAX_LENGTH = 1; return buffer.constants.MAX_LENGTH; });

var btoaInputs = ['', 'a', 'ab', 'abc', 'hello world', '\u00ff\u00fe\u0000', 'é', '\u0100', '😀', 123, null, undefined, true, {}];
btoaInputs.forEach(function (v) {
    show('btoa ' + JSON.stringify(String(v)), function () { return buffer.btoa(v); });
});
show('btoa no args', function () { return buffer.btoa(); });
var atobInputs = ['', 'YQ', 'YQ=', 'YQ==', 'YWI', 'YWJj', 'YWJjZA', ' Y W J j ', 'YW\nJj\t', 'YQ===', 'Y', 'YWJjZ',
                  '=', '==', 'Y=Q=', 'YQ=a', 'Y-_', 'Y+/=', '//8=', 'YQ!', 'YWJj\u00e9', 'YW\u000bJj', 'aGVsbG8gd29ybGQ=',
                  '/w', '/w==', 'AP8A', null, undefined, 12, 'abc=', 'ab==', 'a===', 'YQ==\n', ' =='];
atobInputs.forEach(function (v) {
    show('atob ' + JSON.stringify(String(v)), function () {
        var r = buffer.atob(v);
        return JSON.stringify(r) + ' ' + r.length;
    });
});
show('atob no args', function () { return buffer.atob(); });
show('atob error type', function () {
    try {
        buffer.atob('Y');
    } catch (e) {
        return [e instanceof DOMException, e instanceof Error, e.name, e.code].join(' ');
    }
});

[Buffer.from('abc'), Buffer.from('héllo €😀'), Buffer.from([0x80]), Buffer.from([0xc3, 0x28]),
 Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xf4, 0x90, 0x80, 0x80]), Buffer.from([0xe2, 0x82]),
 Buffer.from([0xc0, 0xaf]), Buffer.from([0xef, 0xbf, 0xbf]), Buffer.alloc(0), Buffer.from([0x7f])].forEach(function (b) {
    console.log('isUtf8/isAscii', b.toString('hex'), buffer.isUtf8(b), buffer.isAscii(b));
});
show('isUtf8 ArrayBuffer', function () { return buffer.isUtf8(new Uint8Array([0xc3, 0xa9]).buffer); });
show('isAscii Uint16Array', function () { return buffer.isAscii(new Uint16Array([0x41, 0x100])); });
show('isUtf8 string', function () { return buffer.isUtf8('abc'); });
show('isAscii null', function () { return buffer.isAscii(null); });
show('isUtf8 DataView', function () { return buffer.isUtf8(new DataView(new ArrayBuffer(1))); });
