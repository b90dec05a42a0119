// markdown-it 15 and showdown 2: CommonMark with tables, linkify and typographer, plugins as
// rules, and showdown's converter with options and extensions.
const MarkdownIt = require('markdown-it');
const showdown = require('showdown');
const md = new MarkdownIt({ linkify: true, typographer: true, html: true });
const src = '# Title\n\nSome *emph* and **strong** -- "quotes" (c) www.example.com\n\n' +
    '| a | b |\n|:-|-:|\n| 1 | 2 |\n\n1. one\n2. two\n   - nested\n\n```js\nconst x = 1;\n```\n\n> quote ünïcödé 😀\n\n<div>raw</div>\n\nfoo[^1]\n';
console.log(md.render(src));
console.log(md.renderInline('`code` ~~strike~~ __b__'), JSON.stringify(md.parse('*a*', {}).map((t) => t.type)));
const md2 = new MarkdownIt('commonmark');
md2.renderer.rules.heading_open = (tokens, idx) => `<h${tokens[idx].tag.slice(1)} class="h">`;
console.log(md2.render('## Custom\n\nhttp://not.linked'));
const conv = new showdown.Converter({ tables: true, strikethrough: true, tasklists: true, ghCodeBlocks: true, noHeaderId: false });
console.log(conv.makeHtml('# Hello Showdown\n\n- [x] done\n- [ ] todo\n\n~~gone~~\n\n| h1 | h2 |\n|----|----|\n| c1 | c2 |\n\n```\ncode\n```'));
showdown.extension('shout', () => [{ type: 'output', regex: /<p>(.*?)<\/p>/g, replace: (m, t) => '<p>' + t.toUpperCase() + '</p>' }]);
console.log(new showdown.Converter({ extensions: ['shout'] }).makeHtml('quiet words'));
console.log(conv.getOption('tables'), Object.keys(showdown.getDefaultOptions()).length);
