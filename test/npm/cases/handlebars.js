const Handlebars = require('handlebars');
Handlebars.registerHelper('up', (s) => s.toUpperCase());
console.log(Handlebars.compile('Hi {{up name}} {{#each xs}}[{{this}}]{{/each}} {{#if ok}}yes{{else}}no{{/if}}')({ name: 'x', xs: [1, 2], ok: false }));
