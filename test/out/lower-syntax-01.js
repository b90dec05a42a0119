/* lower-syntax-01: the compiler reports this syntax error as node does */
var ok = 1;
const x;
