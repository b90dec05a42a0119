/* lower-syntax-09: the compiler reports this syntax error as node does */
var ok = 1;
for (let i of [1], [2]) {}
