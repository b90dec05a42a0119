// highlight.js 11: highlight JavaScript and JSON by name, auto-detect among a subset.
const hljs = require('highlight.js');
const js = hljs.highlight('const x = 1; // note\nfunction f(a) { return "s" + a; }', { language: 'javascript' });
console.log(js.language, js.value);
console.log(hljs.highlight('{"a": [1, true, null]}', { language: 'json' }).value);
const auto = hljs.highlightAuto('#include <stdio.h>\nint main(void) { printf("hi\\n"); return 0; }', ['c', 'python', 'javascript']);
console.log(auto.language, auto.relevance > 0);
console.log(hljs.listLanguages().length > 100, hljs.getLanguage('py').name);
