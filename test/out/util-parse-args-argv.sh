# Proves: util.parseArgs() without `args` reads process.argv after the script, or after the
# executable under -e/--eval/-p/--print.
script="${TMPDIR:-/tmp}/nd-parse-args-argv.js"
printf 'console.log(require("util").parseArgs({ strict: false }));\n' > "$script"
"$NODE" "$script" pos --flag -xy --name=v
"$NODE" -e 'console.log(require("util").parseArgs({ strict: false }))' a --b
"$NODE" --eval 'console.log(require("util").parseArgs({ strict: false }))' -- c -d
"$NODE" -p 'require("util").parseArgs({ strict: false, tokens: true }).tokens.length' e
"$NODE" --print 'JSON.stringify(require("util").parseArgs({ allowPositionals: true }).positionals)' f g
"$NODE" -e 'try { require("util").parseArgs() } catch (e) { console.log(e.code, e.message) }' -- -z
rm -f "$script"
