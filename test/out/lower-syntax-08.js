/* lower-syntax-08: the compiler reports this syntax error as node does */
var ok = 1;
var v = 1 2;
