// slugify 1.6, he 2 and entities: slugs with locales and custom replacements, HTML entity
// encoding and decoding (named, numeric, astral code points).
const slugify = require('slugify');
const he = require('he');
const entities = require('entities');
console.log(slugify('Hello World & Co. ünïcödé €5'), slugify('Some  String!', { lower: true, strict: true }));
console.log(slugify('Ich ♥ Straße', { locale: 'de', replacement: '_' }), slugify('a*b+c~d', { remove: /[*+~]/g }));
slugify.extend({ '☢': 'radioactive' });
console.log(slugify('unicode ☢ love'));
console.log(he.encode('foo © bar ≠ baz 𝌆 qux <&>'), he.encode('"x" \'y\'', { useNamedReferences: true }));
console.log(he.decode('foo &copy; bar &ne; baz &#x1D306; qux &amp;lt; &notit; &ampx'), he.escape('<img src=\'x\'>'));
console.log(he.decode('&#xD800;', { strict: false }).length);
try { he.decode('&#xD800;', { strict: true }); } catch (e) { console.log(e.message); }
console.log(entities.decodeHTML('&lt;p&gt;&eacute;&#x1F600;&nbsp;'), entities.encodeXML('<a href="x">\'&\'</a>'), entities.escapeUTF8('ü<>'));
console.log(entities.encodeHTML('ünï 😀 <b>'), entities.decodeXML('&apos;&quot;&#65;'));
