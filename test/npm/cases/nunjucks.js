// nunjucks 3: filters, loops, inheritance from in-memory templates, autoescape, errors.
const nunjucks = require('nunjucks');
console.log(nunjucks.renderString('Hi {{ name | upper }}{% for x in xs %} {{ loop.index }}:{{ x }}{% endfor %}', { name: 'bob', xs: ['a', 'b'] }));
console.log(nunjucks.renderString('{{ html }} {{ html | safe }} {{ n | round(1) }} {{ list | join("-") }}', { html: '<b>', n: 2.46, list: [1, 2] }));
const loader = { getSource: (name) => ({ src: name === 'base' ? '[{% block body %}base{% endblock %}]' : '{% extends "base" %}{% block body %}child {{ v }}{% endblock %}', path: name, noCache: true }) };
console.log(new nunjucks.Environment(loader).render('child', { v: 1 }));
try {
    nunjucks.renderString('{% if %}', {});
} catch (e) {
    console.log(e.name, e.message.split('\n')[0]);
}
