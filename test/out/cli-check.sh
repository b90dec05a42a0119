# Proves: --check exits 0 for a valid file without running it and 1 for a syntax error.
printf 'console.log("ran");\n' > "${TMPDIR:-/tmp}/nd-check-ok.js"
"$NODE" --check "${TMPDIR:-/tmp}/nd-check-ok.js"; echo "ok status $?"
printf 'var a = 1;\nvar = ;\n' > "${TMPDIR:-/tmp}/nd-check-bad.js"
"$NODE" -c "${TMPDIR:-/tmp}/nd-check-bad.js" 2>/dev/null; echo "bad status $?"
rm -f "${TMPDIR:-/tmp}/nd-check-ok.js" "${TMPDIR:-/tmp}/nd-check-bad.js"
