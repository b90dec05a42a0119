/* lower-syntax-04: the compiler reports this syntax error as node does */
var ok = 1;
f(1, 2;
