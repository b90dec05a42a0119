console.log(require('mustache').render('{{a}}-{{#b}}{{.}},{{/b}}{{^c}}none{{/c}} {{{h}}}', { a: 1, b: [1, 2], h: '<x>' }));
