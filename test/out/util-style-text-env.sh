# Proves: util.styleText with a single name follows stdout's colouring: FORCE_COLOR=1 styles it
# even into a pipe, FORCE_COLOR=0 and a pipe alone do not; an array is styled either way.
code='console.log(JSON.stringify([require("util").styleText("red", "a"), require("util").styleText(["red"], "b")]))'
FORCE_COLOR=1 "$NODE" -e "$code"
FORCE_COLOR=3 "$NODE" -e "$code"
FORCE_COLOR=0 "$NODE" -e "$code"
NO_COLOR=1 FORCE_COLOR=1 "$NODE" -e "$code" 2>/dev/null
NO_COLOR=1 "$NODE" -e "$code"
"$NODE" -e "$code"
