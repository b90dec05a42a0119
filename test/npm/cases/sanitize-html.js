// sanitize-html: default allow-list, custom tags/attributes, transformTags, disallowed script/style.
const sanitizeHtml = require('sanitize-html');
const dirty = '<p onclick="x()">Hi <b>there</b><script>alert(1)</script><a href="javascript:bad()">x</a><a href="https://ok.test" target="_blank">ok</a><img src="a.png" onerror="e()"><style>p{}</style></p>';
console.log(sanitizeHtml(dirty));
console.log(sanitizeHtml(dirty, { allowedTags: ['p', 'a', 'img'], allowedAttributes: { a: ['href'], img: ['src'] } }));
console.log(sanitizeHtml('<h1>T</h1><i>x</i>', { transformTags: { h1: 'h2', i: sanitizeHtml.simpleTransform('em', { class: 'e' }) }, allowedAttributes: { em: ['class'] } }));
console.log(sanitizeHtml('<div>text &amp; <span>more</span></div>', { allowedTags: [] }));
