// htmlparser2 (streaming Parser callbacks, parseDocument + DomUtils) and cheerio 1 (load, select,
// traverse, modify, serialize).
const htmlparser2 = require('htmlparser2');
const cheerio = require('cheerio');
const html = '<html><body><h1 class="t">Title &amp; more</h1><ul id="l"><li>one</li><li class="x">two</li><li>three</li></ul><a href="/a">A</a><a href="http://b.test/">B</a><br><p>para <b>bold</b></p></body></html>';
const events = [];
const p = new htmlparser2.Parser({
    onopentag: (name, attrs) => events.push('<' + name + (Object.keys(attrs).length ? JSON.stringify(attrs) : '')),
    ontext: (t) => events.push('"' + t + '"'),
    onclosetag: (name, implied) => events.push('/' + name + (implied ? '*' : '')),
}, { decodeEntities: true });
p.write(html.slice(0, 40));
p.write(html.slice(40));
p.end();
console.log(events.join(' '));
const doc = htmlparser2.parseDocument(html);
console.log(htmlparser2.DomUtils.getElementsByTagName('li', doc).map((e) => htmlparser2.DomUtils.textContent(e)));
const $ = cheerio.load(html);
console.log($('h1.t').text(), $('#l li').length, $('li.x').prev().text(), $('li').last().text());
console.log($('a').map((i, e) => $(e).attr('href')).get());
$('ul').append('<li>four</li>');
$('li.x').addClass('y').removeClass('x');
$('b').replaceWith('<i>it</i>');
console.log($('ul').html());
console.log($('p').html(), $.html('h1'));
console.log($('li').filter((i, e) => $(e).text().length > 3).toArray().map((e) => $(e).text()));
