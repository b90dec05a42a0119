/* lower-syntax-15: the compiler reports this syntax error as node does */
var ok = 1;
var s = 'a\u{1F60b';
