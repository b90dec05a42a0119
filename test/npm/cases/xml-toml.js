// sax 1, xmlbuilder2 4, fast-xml-parser 4 and 5 and @iarna/toml 3: streaming XML parsing,
// building XML documents, XML to and from objects (fast-xml-parser 5 checks names with astral
// ranges in u-flag classes), and TOML parsing and stringifying.
const sax = require('sax');
const { create, convert } = require('xmlbuilder2');
const { XMLParser, XMLBuilder, XMLValidator } = require('fast-xml-parser');
const fxp5 = require('fast-xml-parser5');
const TOML = require('@iarna/toml');
const xml = '<?xml version="1.0"?><root a="1"><item id="x">one &amp; two</item><!-- c --><item id="y"><![CDATA[<raw>]]></item><empty/></root>';
const events = [];
const p = sax.parser(true, { trim: true });
p.onopentag = (n) => events.push('open:' + n.name + JSON.stringify(n.attributes));
p.onclosetag = (n) => events.push('close:' + n);
p.ontext = (t) => events.push('text:' + t);
p.oncdata = (t) => events.push('cdata:' + t);
p.oncomment = (t) => events.push('comment:' + t);
p.write(xml).close();
console.log(events.join(' '));
const ss = sax.createStream(false, { lowercase: true });
let count = 0;
ss.on('opentag', () => count++);
ss.on('end', () => console.log('stream tags', count));
ss.end('<A><B/><C x=1>t</C></A>');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_', parseTagValue: true });
const obj = parser.parse('<r><n>42</n><b>true</b><s at="q">str</s><l>1</l><l>2</l></r>');
console.log(JSON.stringify(obj), new XMLBuilder({ ignoreAttributes: false, format: true }).build(obj));
console.log(XMLValidator.validate('<a><b></a>'), XMLValidator.validate('<a/>'));
const t = TOML.parse('title = "TOML"\n[owner]\nname = "Tom"\ndob = 1979-05-27T07:32:00-08:00\n[[items]]\nn = 1\n[[items]]\nn = 2.5\narr = [1, 2, 3]\nmulti = """\nline1\nline2"""\n');
console.log(JSON.stringify(t), t.owner.dob instanceof Date);
console.log(TOML.stringify({ a: 1, b: 'x', c: { d: [1, 2], e: { f: true } }, g: [{ h: 1 }, { h: 2 }] }));
try { TOML.parse('a = = 1'); } catch (e) { console.log(e.name, e.line, e.col); }
const p5 = new fxp5.XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' });
const o5 = p5.parse('<r a="1"><ünï>😀 x</ünï><l>1</l><l>2</l></r>');
console.log(JSON.stringify(o5), new fxp5.XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '' }).build(o5), fxp5.XMLValidator.validate('<𐀀a/>'));
const doc = create({ version: '1.0' }).ele('catalog', { xmlns: 'urn:x' }).ele('book', { id: 'b1' }).ele('title').txt('XML & you').up().ele('price').txt('9.99').up().up().com('end').doc();
console.log(doc.end({ prettyPrint: true }));
console.log(convert({ root: { '@att': 'v', child: ['a', 'b'], '#': 'text' } }, { format: 'xml' }), JSON.stringify(convert(xml, { format: 'object' })));
console.log(create(xml).root().find((n) => n.node.nodeName === 'item').toString(), convert(xml, { format: 'json', prettyPrint: false }));
