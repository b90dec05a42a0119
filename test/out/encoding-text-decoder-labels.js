// TextDecoder decodes utf-16le, utf-16be and latin1 (windows-1252's labels, decoded as ISO-8859-1
// by Node 20), named by any WHATWG label in any case; an unknown label throws
// ERR_ENCODING_NOT_SUPPORTED. UTF-16 streams keep an odd byte and a high surrogate for the next
// call, drop a leading BOM unless ignoreBOM, and give U+FFFD (or a TypeError when fatal) for an
// unpaired surrogate. A fatal UTF-8 decoder throws ERR_ENCODING_INVALID_ENCODED_DATA.
const bytes = Buffer.from([0x68, 0x00, 0xe9, 0x00, 0xac, 0x20]);
for (const enc of ['utf-16le', 'utf-16', 'UTF-16LE', ' unicode ', 'utf16le', 'latin1', 'iso-8859-1', 'ascii',
    'windows-1252', 'utf-16be', 'unicode-1-1-utf-8', 'UTF8', 'bogus']) {
    try {
        const d = new TextDecoder(enc);
        console.log(JSON.stringify(enc), d.encoding, JSON.stringify(d.decode(bytes)));
    } catch (e) {
        console.log(JSON.stringify(enc), e.name, e.code, e.message);
    }
}
const d = new TextDecoder('utf-16le');
console.log(JSON.stringify(d.decode(new Uint8Array([0x3d]), { stream: true })),
    JSON.stringify(d.decode(new Uint8Array([0xd8, 0x00, 0xde]))));
console.log(JSON.stringify(new TextDecoder('utf-16le').decode(new Uint8Array([0xff, 0xfe, 0x41, 0x00]))),
    JSON.stringify(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(new Uint8Array([0xff, 0xfe, 0x41, 0]))),
    JSON.stringify(new TextDecoder('utf-16be').decode(new Uint8Array([0xfe, 0xff, 0, 0x41]))));
const s = new TextDecoder('utf-16le');
console.log(JSON.stringify(s.decode(new Uint8Array([0xff, 0xfe]), { stream: true })),
    JSON.stringify(s.decode(new Uint8Array([0xff, 0xfe, 0x41, 0]))),
    JSON.stringify(s.decode(new Uint8Array([0xff, 0xfe, 0x42, 0]))));
console.log(JSON.stringify(new TextDecoder('utf-16le').decode(new Uint8Array([0x41]))),
    JSON.stringify(new TextDecoder('utf-16le').decode(new Uint8Array([0x00, 0xdc, 0x41, 0x00]))),
    JSON.stringify(new TextDecoder('latin1').decode(new Uint8Array([0x80, 0xe9, 0xff]))));
try {
    new TextDecoder('utf-16le', { fatal: true }).decode(new Uint8Array([0x00, 0xd8]));
} catch (e) {
    console.log(e.name, e.code, e.message);
}
try {
    new TextDecoder().decode("not bytes");
} catch (e) {
    console.log(e.name, e.code, e.message);
}
try {
    new TextDecoder("utf-16be").decode(42);
} catch (e) {
    console.log(e.name, e.code, e.message);
}
console.log(new TextDecoder('utf-16le'), new TextDecoder(), new TextDecoder('latin1', { fatal: true }));
console.log(new TextDecoder().decode(new TextEncoder().encode('héllo €')), new TextDecoder().decode(),
    require('util').TextDecoder === TextDecoder, new TextDecoder() instanceof TextDecoder);
for (const input of [[0xff], [0xe2, 0x82], [0xed, 0xa0, 0x80]]) {
    try {
        console.log(JSON.stringify(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(input))));
    } catch (e) {
        console.log(e.name, e.code, e.message);
    }
}
const streaming = new TextDecoder('utf-8', { fatal: true });
console.log(JSON.stringify(streaming.decode(new Uint8Array([0xe2, 0x82]), { stream: true })),
    JSON.stringify(streaming.decode(new Uint8Array([0xac]))));
