# Proves: readline over a real process.stdin (a pipe, and a regular file): 'line' events for
# \n, \r\n and an unterminated last line, then 'close'; question() writing its query to
# process.stdout and reading the answer from the pipe; `for await` over the lines of stdin;
# rl.prompt() and the readline/promises question; and the process exiting once stdin ends.
printf 'alpha\nbeta\r\ngamma' | "$NODE" -e '
const rl = require("readline").createInterface({ input: process.stdin });
let n = 0;
rl.on("line", (l) => console.log(++n, JSON.stringify(l)));
rl.on("close", () => console.log("close after", n));'
printf 'Ada\nblue\n' | "$NODE" -e '
const rl = require("readline").createInterface({ input: process.stdin, output: process.stdout });
rl.question("Name? ", (name) => {
  rl.question("Colour? ", (c) => { console.log("\n" + name + " likes " + c); rl.close(); });
});'
printf 'one\ntwo\nthree\n' | "$NODE" -e '
(async () => {
  const rl = require("readline").createInterface({ input: process.stdin, crlfDelay: Infinity });
  const lines = [];
  for await (const line of rl) lines.push(line.toUpperCase());
  console.log(lines.join(","));
})();'
printf '1\n2\nquit\n3\n' | "$NODE" -e '
const rl = require("readline").createInterface({ input: process.stdin, output: process.stdout, prompt: "calc> " });
rl.prompt();
rl.on("line", (l) => {
  if (l === "quit") { rl.close(); return; }
  console.log(" =", Number(l) * 10);
  rl.prompt();
});
rl.on("close", () => console.log("\nbye"));'
printf 'x\ny\n' | "$NODE" -e '
const rlp = require("readline/promises");
const rl = rlp.createInterface({ input: process.stdin, output: process.stdout });
rl.question("first? ").then((a) => { console.log("[" + a + "]"); return rl.question("second? "); })
  .then((b) => { console.log("[" + b + "]"); rl.close(); });'
f="${TMPDIR:-/tmp}/nd-readline-$$.txt"
printf 'from\nfile\n' > "$f"
"$NODE" -e '
const rl = require("readline").createInterface({ input: process.stdin });
rl.on("line", (l) => console.log("file line", l));
rl.on("close", () => console.log("file close"));' < "$f"
rm -f "$f"
