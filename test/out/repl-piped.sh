# Proves: the REPL (-i with input from a pipe) as Node's: results inspected, declarations that
# persist, multi-line input on '... ' prompts, _ and _error, uncaught errors printed and the
# session going on, an object literal read as one, the commands (.help, .save/.load, .exit).
f="${TMPDIR:-/tmp}/nd-repl-$$.js"
printf '1+1\nlet x = 5\nx * 2\nfunction f() {\nreturn 7;\n}\nf()\n_\nthrow new Error("boom")\n_error.message\n{a: 1}\n.help\nnull.x\n"str"\n[1, 2, 3].map(n => n * 2)\nconst o = { s: new Set([1]) }\no\nclass A {}\nnew A()\n.exit\n' | "$NODE" -i
printf 'var saved = 40 + 2\n.save %s\n.exit\n' "$f" | "$NODE" -i > /dev/null
printf '.load %s\nsaved\n' "$f" | "$NODE" -i
rm -f "$f"
