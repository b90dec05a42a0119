/* lower-syntax-05: the compiler reports this syntax error as node does */
var ok = 1;
var s = "abc
