// An uncaught exception is shown under the line that threw it (a rethrow moves it), not the line
// that made the Error; a thrown string or object gets that line too, after a blank line, and no
// blank line under its caret. A rejection still shows where its Error was made, and an Error that
// the runtime throws (an unhandled 'error' event) no line of the user's (Node's own shows, left out
// here).
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'throw-site-'));
const cases = {
    later: 'const e = new Error("made here");\nconsole.log("between");\nthrow e;\n',
    rethrow: 'try {\n  JSON.parse("{");\n} catch (e) {\n  throw e;\n}\n',
    string: 'function f() {\n  throw "a string";\n}\nf();\n',
    object: 'process.exitCode = 4;\nthrow { custom: "object" };\n',
    timer: 'setTimeout(() => {\n  const e = new TypeError("in a timer");\n  throw e;\n}, 1);\n',
    rejection: 'async function f() {\n  await null;\n  const e = new Error("rejected");\n  throw e;\n}\nf();\n',
    emitter: 'const { EventEmitter } = require("events");\nconst e = new Error("made here");\nnew EventEmitter().emit("error", e);\n',
    destroyed: 'const { Readable } = require("stream");\nconst r = new Readable({ read() {} });\nr.destroy(new Error("made here"));\n',
    callback: 'const m = new Map([[1, 2]]);\nm.forEach(() => {\n  null.x;\n});\n',
    caughtElsewhere: 'const e = new Error("thrown twice");\ntry {\n  throw e;\n} catch (x) {}\nsetImmediate(() => {\n  throw e;\n});\n',
};
for (const name of Object.keys(cases)) {
    const file = path.join(dir, name + '.js');
    fs.writeFileSync(file, cases[name]);
    const r = spawnSync(process.execPath, [file], { encoding: 'utf8' });
    // Node's own source lines (node:events:N, its line, caret and a blank line) are its, not ours.
    const lines = r.stderr.split('\n');
    const internal = lines.findIndex((l) => /^node:\S*:\d+$/.test(l));
    if (internal !== -1) lines.splice(internal, 4);
    const end = lines.findIndex((l) => /^\s+at |^\(Use|^Node\.js/.test(l));
    console.log(`--- ${name}: exit ${r.status}, stdout ${JSON.stringify(r.stdout)}`);
    console.log(lines.slice(0, end).filter((l) => !/^\s*\^\s*$/.test(l)).join('\n').trimEnd().split(dir).join('<dir>'));
}
fs.rmSync(dir, { recursive: true });
