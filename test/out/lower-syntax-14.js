/* lower-syntax-14: the compiler reports this syntax error as node does */
var ok = 1;
obj?.a = 1;
