/* lower-syntax-07: the compiler reports this syntax error as node does */
var ok = 1;
x = {a = 1};
