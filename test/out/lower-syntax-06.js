/* lower-syntax-06: the compiler reports this syntax error as node does */
var ok = 1;
class A { constructor() {} constructor() {} }
