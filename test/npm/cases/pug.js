// pug 3: compiles templates to functions (new Function with generated code), mixins, escaping.
const pug = require('pug');
console.log(pug.render('ul\n  each x in xs\n    li(class=x === "b" ? "on" : null)= x', { xs: ['a', 'b'] }));
const fn = pug.compile('mixin item(n)\n  p.item Item #{n}\n+item(1)\n+item(2)\np= text\np!= text');
console.log(fn({ text: '<i>x</i>' }));
console.log(pug.render('doctype html\nhtml\n  head: title= t\n  body#main(data-n=3) Hello', { t: 'T' }));
try {
    pug.render('p(');
} catch (e) {
    console.log(e.code, e.msg);
}
