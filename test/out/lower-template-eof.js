// Proves: a template literal that ends the file keeps the line count (its line breaks become
// escapes in a string, so the lowering adds them after it), found by make fuzz.
console.log("before")
var tail = `one
two
three`