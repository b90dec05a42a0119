// minimatch: globstar, braces (numeric ranges use a lookbehind regex), extglobs, negation, options.
const { minimatch, braceExpand } = require('minimatch');
console.log(minimatch('a/b/c.js', '**/*.js'), minimatch('a.ts', '*.js'), minimatch('.x', '*'), minimatch('.x', '*', { dot: true }));
console.log(braceExpand('file{1..3}.{js,ts}'), braceExpand('\\{1..2}'), minimatch('file2.js', 'file{1..3}.js'));
console.log(minimatch('a.min.js', '!(*.min).js'), minimatch('a.js', '!(*.min).js'), minimatch('x/y', '!x/**'), minimatch('ABC', 'abc', { nocase: true }));
console.log(minimatch.filter('*.md')('README.md'), minimatch('a/b', 'a/*/'), minimatch('a/b/', 'a/*/'));
