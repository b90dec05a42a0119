/* lower-syntax-13: the compiler reports this syntax error as node does */
var ok = 1;
var t = `abc
