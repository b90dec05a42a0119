// iconv-lite: single-byte, multi-byte and UTF-16 encodings to and from Buffers, and streams.
const iconv = require('iconv-lite');
console.log(iconv.encode('héllo €', 'win1252'), iconv.decode(Buffer.from([0x68, 0xe9]), 'latin1'));
console.log(iconv.encode('日本', 'shift_jis'), iconv.decode(iconv.encode('日本', 'gbk'), 'gbk'));
console.log(iconv.encode('ab', 'utf16le'), iconv.decode(Buffer.from([0xff, 0xfe, 0x61, 0x00]), 'utf16'), iconv.encodingExists('koi8-r'));
const dec = iconv.decodeStream('win1251');
let out = '';
dec.on('data', (s) => out += s);
dec.on('end', () => console.log('stream', out));
dec.write(Buffer.from([0xcf, 0xf0]));
dec.end(Buffer.from([0xe8, 0xe2, 0xe5, 0xf2]));
