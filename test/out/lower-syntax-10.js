/* lower-syntax-10: the compiler reports this syntax error as node does */
var ok = 1;
if (x) { y = 1;
