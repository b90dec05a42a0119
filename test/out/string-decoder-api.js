/* The string_decoder module's surface: encoding names accepted and normalized (case, aliases,
 * null/undefined/'' meaning utf8), ERR_UNKNOWN_ENCODING, ERR_INVALID_ARG_TYPE for a write of a
 * non-view, ERR_INVALID_THIS, what console.log shows of a decoder, and the prototype's
 * properties. */
var sd = require('string_decoder');
var StringDecoder = sd.StringDecoder;
function show(label, f) {
    try {
        console.log(label, f());
    } catch (e) {
        console.log(label, 'threw', e.name, e.code, e.message);
    }
}
console.log(Object.keys(sd).join(' '), typeof StringDecoder, StringDecoder.length);
['utf8', 'UTF-8', 'Utf8', 'ucs2', 'UCS-2', 'utf16le', 'utf-16le', 'latin1', 'BINARY', 'ascii', 'base64',
 'Base64Url', 'hex', null, undefined, '', 'bogus', 'utf-16', 5, {}, 'buffer'].forEach(function (e) {
    show('encoding ' + JSON.stringify(e), function () { return new StringDecoder(e).encoding; });
});
var d = new StringDecoder('utf8');
[5, null, undefined, {}, [1, 2], true, new ArrayBuffer(2)].forEach(function (v, i) {
    show('write bad#' + i, function () { return d.write(v); });
});
show('end bad', function () { return d.end(5); });
show('invalid this', function () { return StringDecoder.prototype.write.call({}, Buffer.alloc(1)); });
show('invalid this string', function () { return StringDecoder.prototype.write.call({}, 'str'); });
console.log(new StringDecoder('latin1'));
var held = new StringDecoder('utf8');
held.write(Buffer.from([0xf0, 0x9f, 0x98]));
console.log(held);
console.log(Object.keys(held), JSON.stringify(held));
console.log(Object.keys(StringDecoder.prototype).join(' '));
console.log(held instanceof StringDecoder, typeof held.lastChar, Buffer.isBuffer(held.lastChar));
var patched = Buffer.isEncoding;
Buffer.isEncoding = function (e) { return e === 'custom' || patched(e); };
show('patched isEncoding', function () { return new StringDecoder('custom').encoding; });
Buffer.isEncoding = patched;
show('restored isEncoding', function () { return new StringDecoder('custom').encoding; });
