// xml2js: parse attributes, repeated elements, text with attributes; build XML back.
const xml2js = require('xml2js');
const xml = '<root a="1"><item id="x">one</item><item id="y">two</item><empty/></root>';
xml2js.parseString(xml, (err, result) => {
    console.log(err, JSON.stringify(result));
    const builder = new xml2js.Builder({ headless: true });
    console.log(builder.buildObject({ doc: { $: { v: '2' }, entry: ['a', 'b'] } }));
    xml2js.parseStringPromise('<broken>', {}).catch((e) => console.log('error', e.message.split('\n')[0]));
});
