/* lower-syntax-02: the compiler reports this syntax error as node does */
var ok = 1;
let a = 1; let a = 2;
