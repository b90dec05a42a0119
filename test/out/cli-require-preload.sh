# Proves: -r/--require/--require=X preload CommonJS modules before the main script, -e and -p (a
# package from the current folder's node_modules, a relative file), in order, with NODE_OPTIONS'
# preloads first and its other options ignored; process.execArgv lists them; a missing module is
# Node's MODULE_NOT_FOUND with exit status 1; -r without a module is a CLI error (exit 9).
dir=$(mktemp -d)
cd "$dir" || exit 1
mkdir -p node_modules/greet
printf 'console.log("greet preloaded by", module.parent && module.parent.id);\nglobal.GREETING = "hi";\n' > node_modules/greet/index.js
printf 'console.log("local preloaded", require("path").basename(__filename));\n' > local.js
printf 'console.log("main", GREETING, JSON.stringify(process.execArgv));\n' > main.js
"$NODE" -r greet --require ./local.js --require=./local.js main.js; echo "status $?"
"$NODE" -r greet -p 'GREETING + "!"'; echo "status $?"
NODE_OPTIONS='--max-old-space-size=64 --require ./local.js' "$NODE" -r greet -e 'console.log("eval", GREETING)'
NODE_OPTIONS='-r "./local.js"' "$NODE" main.js 2>&1 | head -1
"$NODE" -r no-such-module main.js 2>&1 | grep -E "^Error|code:"; echo "missing status ${PIPESTATUS[0]}"
"$NODE" main.js -r greet 2>&1 | grep -o "GREETING is not defined"
"$NODE" -r 2>&1; echo "no module status $?"
cd / && rm -rf "$dir"
