// marked 15 and camelcase 8: ES-module-only packages whose regexes use Unicode property
// escapes (\p{L}, \p{Lu}, \p{N} with the u flag, in literals and new RegExp).
import { marked } from 'marked';
import camelCase from 'camelcase';

console.log(marked.parse('# Hello\n\n*world* and `code` [link](http://x.y)\n\n- a\n- b\n\n' +
    '> quote **bold** ünïcödé\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```js\nlet x = 1;\n```'));
console.log(marked.parseInline('__strong__ _em_ ~~del~~ <https://auto.link>'));
console.log(camelCase('foo-bar_baz'), camelCase('Ünïcode-ßtring'), camelCase(['été', 'ÉCOLE']),
    camelCase('foo-bar', { pascalCase: true }), camelCase('XMLHttpRequest', { preserveConsecutiveUppercase: true }));
