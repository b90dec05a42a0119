/* lower-syntax-12: the compiler reports this syntax error as node does */
var ok = 1;
a => {} ();
