# Proves: -e and -p evaluate in the global scope with require, __filename '[eval]', argv after
# the code; -p prints the result; a bad option exits 9 with Node's message.
"$NODE" -e 'console.log("eval", __filename, __dirname, typeof require, process.argv.length)' a b
"$NODE" -p '6 * 7'
"$NODE" -p '"a string"'
"$NODE" -e 'var x = 1; console.log(typeof globalThis === "undefined" ? "no" : typeof x)'
"$NODE" --eval 'process.exitCode = 4'; echo "status $?"
"$NODE" --no-such-option; echo "status $?"
echo 'console.log("from stdin", __filename)' | "$NODE"
echo 'console.log("dash", process.argv.length)' | "$NODE" - x y
"$NODE" -e 'throw new Error("in eval")' 2>/dev/null; echo "status $?"
