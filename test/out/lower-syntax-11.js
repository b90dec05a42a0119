/* lower-syntax-11: the compiler reports this syntax error as node does */
var ok = 1;
let let = 3;
